"""Entities: institutions and officials read from syllables by rules over the word lists, the
statistical NER (inference only), the rules that put its spans in the VLSP convention, and the
article-level reader that merges them all."""
