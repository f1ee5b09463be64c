"""The word lists (``data/``) and what reads them: loading them once into a
:class:`~extractor.lexicon.loader.Lexicons`, matching phrases of them over syllables, and the
comparison form of names (``keys``). Reads the text layer only."""
