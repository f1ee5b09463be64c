"""Text in, text out: reading files, checking the input, normalizing with an offset map back
to the caller's string, the article's lines (title, body, captions, bylines), sentences, and
syllables grouped into words. Imports nothing above itself."""
