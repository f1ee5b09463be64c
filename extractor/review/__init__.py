"""Seeing what was read: the review page (every item highlighted in the article) and the HTTP
service that serves it (issue #13)."""
