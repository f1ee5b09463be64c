"""Checks on an input text before it is read: empty, not Vietnamese, broken encoding."""

from __future__ import annotations

import re
import unicodedata

from ..errors import EmptyTextError, EncodingError, NotVietnameseError

# Letters that only Vietnamese (among the languages news here is written in) uses a lot.
_VIETNAMESE_LETTERS = frozenset("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
# UTF-8 bytes read as Latin-1 / Windows-1252: "PhÆ°á»ng" for "Phường".
_MOJIBAKE = re.compile(r"(?:Ã[\x80-\xbf¡-¿]|Æ[°¡]|á[º»][\x80-\xbf¡-¿]|Ä[\x80-\xbf‘’]|â€)")
_MIN_LETTERS_FOR_LANGUAGE = 60


_LETTER = re.compile(r"[^\W\d_]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_VIETNAMESE_LETTER = re.compile("[" + "".join(sorted(_VIETNAMESE_LETTERS)) + "]")


def vietnamese_ratio(text: str) -> float:
    """Share of letters that are Vietnamese-specific (about 0.2-0.35 in Vietnamese prose)."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return 0.0
    return len(_VIETNAMESE_LETTER.findall(text.lower())) / letters


def check_text(text: str, *, require_vietnamese: bool = True) -> list[str]:
    """Raise a typed error for a text that cannot be read; return warnings for a weak one."""
    if not isinstance(text, str):
        raise TypeError(f"extract_text takes a str, not {type(text).__name__}")
    if not text.strip():
        raise EmptyTextError("the text is empty (nothing but white space)")
    surrogate = _SURROGATE.search(text)
    if surrogate:
        raise EncodingError(
            f"the text holds a lone surrogate (U+{ord(surrogate.group()):04X}) at {surrogate.start()}: "
            "it was decoded with errors='surrogateescape' or is not valid Unicode"
        )
    replacement = text.count("\ufffd")
    if replacement >= 3 and replacement > len(text) / 200:
        raise EncodingError(
            f"the text holds {replacement} replacement characters (U+FFFD): it was decoded with the wrong encoding"
        )
    mojibake = len(_MOJIBAKE.findall(text))
    if mojibake >= 3:
        raise EncodingError(
            "the text looks like UTF-8 decoded as Latin-1/Windows-1252 (e.g. 'Æ°á»' for 'ườ'); decode it as UTF-8"
        )
    warnings = []
    composed = unicodedata.normalize("NFC", text)  # NFD text is Vietnamese too: count composed letters
    letters = len(_LETTER.findall(composed))
    ratio = vietnamese_ratio(composed)
    if letters >= _MIN_LETTERS_FOR_LANGUAGE and ratio < 0.04:
        message = f"the text does not look Vietnamese (only {ratio:.1%} of its letters are Vietnamese-specific)"
        if require_vietnamese:
            raise NotVietnameseError(message)
        warnings.append(message)
    elif letters < _MIN_LETTERS_FOR_LANGUAGE:
        warnings.append(f"the text is very short ({letters} letters): results may be incomplete")
    return warnings
