"""Reading a report from disk with a clear error for every way it can be unusable."""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

MAX_BYTES = 5 * 1024 * 1024


# Half of a UTF-16 pair: a JSON escape or a Python string can hold one alone, but no file, hash or database can.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(text: str) -> str | None:
    """The first unpaired surrogate in ``text``, else None (pairs are already one character in Python)."""
    found = _LONE_SURROGATE.search(text)
    return found.group() if found else None


def lone_surrogate_problem(character: str) -> str:
    return f"not valid text (\\u{ord(character):04x} is half of a UTF-16 surrogate pair, with no other half)"


class InputError(Exception):
    """An input that cannot be read as a report; the message names the file and the problem."""


def decode_report(data: bytes, name: str, max_bytes: int = MAX_BYTES, declared: str | None = None) -> str:
    """The text of a report, or ``InputError`` saying why not. UTF-8 (or UTF-16 with its byte-order mark) first;
    bytes that are no UTF-8 are read in the charset a web server or the page itself ``declared``, if any."""
    if len(data) > max_bytes:  # read bounded (``read_bounded``), so the length may be only the first byte past the limit
        raise InputError(f"{name}: over the {max_bytes:,}-byte limit for one report")
    text = _decoded(data, name, declared)
    if problem := nul_problem(text):  # past the binary sniff, or UTF-16's U+0000
        raise InputError(f"{name}: {problem}")
    return text


def nul_problem(text: str) -> str | None:
    """Why a report's text cannot be stored, where it holds a NUL (SQLite stored it where PostgreSQL refused it), else None."""
    if "\x00" not in text:
        return None
    return f"text holds a NUL character (\\u0000, character {text.index(chr(0)):,}), which no PostgreSQL ledger can store: not stored on any"


# How the files people keep reports in begin, where they are no text: a feed saved compressed ("feed.jsonl.gz",
# "reports.zip"), a PDF. Named, the error says what to do (decompress, extract, save as text), where "binary data"
# or "not valid UTF-8 at byte 1" left the reader guessing; truncated or whole, none can be read as a report.
_PACKED = (
    (b"\x1f\x8b", "gzip-compressed data", "decompress it first"),
    (b"PK\x03\x04", "a zip archive", "extract its files first"),
    (b"PK\x05\x06", "a zip archive (empty)", "it holds no file"),
    (b"BZh", "bzip2-compressed data", "decompress it first"),
    (b"\xfd7zXZ\x00", "xz-compressed data", "decompress it first"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data", "decompress it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "extract its files first"),
    (b"%PDF-", "a PDF document", "save its text as .txt first"),
)
_BZIP2_BLOCK = b"1AY&SY"  # after "BZh" and a digit: three letters alone may begin a text


def packed_problem(head: bytes) -> str | None:
    """What a file that begins with ``head`` is, and what to do, where it is compressed, archived or a PDF; else None."""
    for magic, kind, advice in _PACKED:
        if head.startswith(magic) and (magic != b"BZh" or head[4:10] == _BZIP2_BLOCK):
            return f"{kind}, not a text report ({advice})"
    return None


def _decoded(data: bytes, name: str, declared: str | None) -> str:
    if problem := packed_problem(data[:16]):
        raise InputError(f"{name}: {problem}")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(codecs.BOM_UTF32_LE):
        return _utf16(data, name)
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary data (NUL bytes), not a text report")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if declared is None:
            raise InputError(f"{name}: not valid UTF-8 ({error.reason} at byte {error.start})") from None
    return _declared_charset(data, name, declared)


LATIN1_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819", "ibm819"}
"""Labels that web pages use for windows-1252 (the WHATWG Encoding standard reads them so, as browsers do)."""


def _windows_1252_table() -> dict[int, str]:
    table = {}
    for byte in range(0x80, 0xA0):
        try:
            table[byte] = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: no character in Python's cp1252
            pass
    return table


_CP1252_HIGH = _windows_1252_table()
"""The characters windows-1252 gives the bytes 0x80-0x9F where it differs from ISO-8859-1."""


def _windows_1252(data: bytes) -> str:
    """``data`` in windows-1252 as the WHATWG Encoding standard (and every browser) reads it: the five bytes
    Python's cp1252 leaves undefined are the C1 controls ISO-8859-1 makes them, not an error, so a Latin-1
    page holding one is read, not refused."""
    return data.decode("latin-1").translate(_CP1252_HIGH)


def _declared_charset(data: bytes, name: str, declared: str) -> str:
    label = declared.strip().lower()
    try:
        codec = codecs.lookup("cp1252" if label in LATIN1_LABELS else label).name
        if codec == "cp1252":
            return _windows_1252(data)
        return data.decode(codec)
    except LookupError:  # unknown, or a codec Python keeps for bytes only ('hex', 'base64', 'rot13'): no text
        raise InputError(f"{name}: not valid UTF-8, and the charset it declares ({declared!r}) is not a text encoding Python knows") from None
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: not valid UTF-8, nor the {declared} it declares ({error.reason} at byte {error.start})") from None


def _utf16(data: bytes, name: str) -> str:
    """Text saved as Windows' "Unicode" (UTF-16 with its byte-order mark): every other byte of it is a
    NUL, which is no sign of binary data here."""
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: not valid UTF-16 ({error.reason} at byte {error.start})") from None


def not_blank(text: str, name: str) -> str:
    """``text``, or ``InputError`` when it holds nothing to read (``/dev/null``, a file of blank lines)."""
    if not text.strip():
        raise InputError(f"{name}: empty (no text)")
    return text


def not_a_file(path: Path) -> str | None:
    """Why ``path`` cannot be read as an input file (a directory, nothing there), or None."""
    if path.is_dir():
        return f"{path}: a directory, not a file"
    return None if path.exists() else f"{path}: no such file"


def has_an_end(handle: object) -> bool:
    """Whether reading ``handle`` must come to an end: a regular file (or bytes in memory, with no file
    number) does; a pipe, socket or device may never (``/dev/zero``, a FIFO its writer keeps open)."""
    try:
        mode = os.fstat(handle.fileno()).st_mode  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):  # io.BytesIO: no file number, and its bytes end
        return True
    return stat.S_ISREG(mode)


def read_bounded(handle: BinaryIO, max_bytes: int = MAX_BYTES) -> bytes:
    """At most one byte more than ``max_bytes``: a file's size says nothing of a device or a ``/proc`` file
    (``/dev/zero`` says 0 and never ends), so a whole-file read could wait or fill memory for ever."""
    return handle.read(max_bytes + 1)


def read_report(path: Path, max_bytes: int = MAX_BYTES) -> str:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit for one report")
        with open(path, "rb") as handle:
            return not_blank(decode_report(read_bounded(handle, max_bytes), str(path), max_bytes), str(path))
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
