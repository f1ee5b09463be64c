"""Development-only code, not installed with the wheel: the VLSP 2018 reader, training docs
for the NER, and the extraction guide's scoring. Used by ``scripts/`` and ``tests/``."""
