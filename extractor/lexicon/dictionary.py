"""underthesea's segmentation dictionary: tells a real word ("kiểm sát", "thiết bị") from a
name glued to a verb ("Hồng Hà ký") or a currency word that makes a word with the next
("một đô thị")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text.normalize import canonical
from ..text.syllables import Syllable, segmenter_dir

_OLD_TONE_PLACE = re.compile("[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]")


class WordDictionary:
    """Words of the dictionary, lower case, syllables joined by spaces. Empty when underthesea
    is not installed, and then every look-up answers None ("cannot tell")."""

    def __init__(self, words: frozenset[str]) -> None:
        self._words = words

    @classmethod
    def load(cls) -> WordDictionary:
        folder = segmenter_dir()
        if folder is None or not (folder / "dictionary.bin").exists():  # pragma: no cover - depends on underthesea
            return cls(frozenset())
        import joblib

        words = joblib.load(str(folder / "dictionary.bin"))
        # The dictionary writes old tone places ("thuỷ lợi"); our text has "thủy lợi". Only those
        # words are rewritten, which keeps the load fast.
        return cls(frozenset(words) | frozenset(canonical(w) for w in words if _OLD_TONE_PLACE.search(w)))

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and text.lower() in self._words

    def has(self, text: str) -> bool | None:
        """Is ``text`` (syllables joined by spaces) a word? None when there is no dictionary."""
        return text.lower() in self._words if self._words else None

    def known_word(self, syls: Sequence[Syllable]) -> bool | None:
        """Is this run of syllables a word ("kiểm sát"; not "hà ký")? None without a dictionary."""
        return self.has(" ".join(s.text for s in syls))
