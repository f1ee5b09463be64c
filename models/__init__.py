"""Trained model files the extractor loads (installed as the package ``extractor_models``)."""
