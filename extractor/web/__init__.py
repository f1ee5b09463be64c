"""The web scraper, apart from the NLP: polite fetching, the conditional-GET cache, page
templates as data, parsing a page into an :class:`~extractor.web.article.Article`, and
discovering article URLs. Never imports the NLP layers."""
