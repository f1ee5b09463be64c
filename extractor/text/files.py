"""Reading input files: bytes for pages, UTF-8 only for texts, with typed errors a batch can record."""

from __future__ import annotations

import os
import stat
import sys

from ..errors import EncodingError, ReadError

# No article file is this large; a bigger one (or a link to /dev/zero) is not read at all.
MAX_FILE_BYTES = 20 * 1024 * 1024


def read_bytes(path: str, *, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """A file's bytes (standard input for '-'); ``ReadError`` when it cannot be read, is not
    a regular file (a FIFO or device would block or never end) or is over ``max_bytes``."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            with os.fdopen(fd, "rb") as handle:
                if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                    raise ReadError(f"cannot read {path}: not a regular file")
                data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ReadError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise ReadError(f"cannot read {path}: larger than {max_bytes:,} bytes")
    return data


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
