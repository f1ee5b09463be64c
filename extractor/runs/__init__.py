"""Many articles at once: output records, resumable parallel batch runs, and tables."""
