"""Reading input files: bytes for pages, UTF-8 only for texts, with typed errors a batch can record."""

from __future__ import annotations

import sys

from ..errors import EncodingError, ReadError


def read_bytes(path: str) -> bytes:
    """A file's bytes (standard input for '-'); ``ReadError`` when it cannot be read."""
    try:
        if path == "-":
            return sys.stdin.buffer.read()
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise ReadError(f"cannot read {path}: {exc.strerror or exc}") from exc


def read_text_file(path: str) -> str:
    """Read a UTF-8 text file (or standard input for '-'); typed errors for bad input."""
    return decode_text(read_bytes(path), path)


def decode_text(data: bytes, name: str) -> str:
    """A text file's bytes as UTF-8 (a BOM is dropped); a clear error when they are not."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"{name} is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8 first"
        ) from exc
