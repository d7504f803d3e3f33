"""Folding of names and text so that spellings meet: case, accents, apostrophes, soft signs.

``fold`` turns a name into its lookup key; ``fold_text`` does the same to running text and
keeps, for every folded character, the offset of the original character it came from, so a
match in the folded text maps back to a span of the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Apostrophes, primes and quotes that transliterations use for soft signs ("Slov'yans'k"):
# dropped. Dashes and hyphens: a space, so "Ivano-Frankivsk" meets "Ivano Frankivsk".
_DROP = frozenset("'’‘ʼʹ`´\"“”″′ʻ")
_SPACE = frozenset("-‐‑‒–—―_\u00a0\t\n\r\f\v")


@lru_cache(maxsize=65536)
def _fold_char(char: str) -> str:
    if char in _DROP:
        return ""
    if char in _SPACE:
        return " "
    if char.isascii():
        return char.lower()
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.lower() if base else ""


_ASCII_FOLD = str.maketrans({c: (" " if c in _SPACE else None) for c in _DROP | _SPACE if c.isascii()})


_ASCII_DROPPED = re.compile("[" + re.escape("".join(c for c in _DROP if c.isascii())) + "]")


def _fold_ascii(text: str, base: int = 0) -> tuple[str, list[int]]:
    """``fold_text`` for ASCII, by slices: what is kept maps to ranges of offsets (from ``base``)."""
    offsets: list[int] = []
    kept = 0
    for match in _ASCII_DROPPED.finditer(text):
        offsets.extend(range(base + kept, base + match.start()))
        kept = match.end()
    offsets.extend(range(base + kept, base + len(text)))
    return text.translate(_ASCII_FOLD).lower(), offsets


def _fold_chars(text: str, base: int) -> tuple[str, list[int]]:
    """``fold_text`` a character at a time, for what is not ASCII."""
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text, base):
        folded = _fold_char(char)
        if len(folded) == 1:
            out.append(folded)
            offsets.append(index)
        elif folded:
            out.extend(folded)
            offsets.extend([index] * len(folded))
    return "".join(out), offsets


_RUNS = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")


def fold_text(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the offset in ``text`` it came from.
    A text with a few non-ASCII characters ("•", "é") still folds its ASCII stretches by slices."""
    if text.isascii():
        return _fold_ascii(text)
    out: list[str] = []
    offsets: list[int] = []
    for run in _RUNS.finditer(text):
        fold_run = _fold_ascii if run.group().isascii() else _fold_chars
        folded, run_offsets = fold_run(run.group(), run.start())
        out.append(folded)
        offsets += run_offsets
    return "".join(out), offsets


_ASCII_NOT_ALNUM = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
_NOT_ALNUM = re.compile(r"[\W_]")  # \w less the underscore: what str.isalnum rejects


def word_spaced(folded: str) -> str:
    """``folded`` after a space, with a space for every character that is not a letter or digit:
    the form the gazetteer's automaton holds names in, so that it finds a name only where a
    word starts (after the space that stands for what came before)."""
    return " " + (folded.translate(_ASCII_NOT_ALNUM) if folded.isascii() else _NOT_ALNUM.sub(" ", folded))


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The lookup key of a name: folded, with runs of spaces collapsed and the ends trimmed."""
    return " ".join(fold_text(name)[0].split())


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin (so Cyrillic or CJK names are left out)."""
    return name.isascii() or all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


# Where GeoNames' main name carries a suffix or an honorific the press drops ("Acapulco de Juárez",
# "Iguala de la Independencia", "Heroica Zitácuaro"; not "Ciudad Hidalgo", whose bare name is a state's).
_SUFFIXED = re.compile(r"(?P<short>.{5,}?) (?:de|del|de la|de las|de los|do|da|dos|das) .+|heroica (?P<bare>.{5,})")


def short_form(key: str) -> str | None:
    """The folded main name ``key`` without that suffix or honorific ("acapulco de juarez": "acapulco")."""
    found = _SUFFIXED.fullmatch(key)
    return (found.group("short") or found.group("bare")) if found else None


# The first words local news abbreviates in a town's name ("Mt. Vernon", "Ft. Myers", "Pt. Pleasant"), and how
ABBREVIATED = {"mount": ("mt.", "mt"), "fort": ("ft.", "ft"), "point": ("pt.",)}


def abbreviated(key: str) -> tuple[str, ...]:
    """The folded name ``key`` with its first word abbreviated ("mount oliver": "mt. oliver", "mt oliver")."""
    first, _, rest = key.partition(" ")
    return tuple(f"{short} {rest}" for short in ABBREVIATED.get(first, ())) if rest else ()
