"""Numbers: the number grammar (``grammar``: digits, words, scales) and the percentages and
money amounts it finds in running text (``quantities``)."""
