"""Sentence splitting that repairs the breaks machine translation leaves.

A full stop only ends a sentence when what follows starts like a sentence
(a capital, a digit or an opening quote) and what precedes is not a known
abbreviation. Stray stops before a lower-case word ("where many civilians
live. shelter, killing about 600 people") therefore never split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from harmledger.data import word_set

_BOUNDARY = re.compile(
    r"""(?P<stop>(?<=[.!?])["')\]]*\s+(?=["'(\[]?[A-Z0-9]))"""
    r"""|(?P<line>\s*\n\s*\n\s*|(?<=[.!?:"'])[ \t]*\n\s*)"""
)
_LAST_WORD = re.compile(r"(\S+)$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return word_set("abbreviations")


def _ends_with_abbreviation(chunk: str) -> bool:
    match = _LAST_WORD.search(chunk)
    if not match:
        return False
    word = match.group(1).lower().lstrip("\"'(")
    if word in _abbreviations():
        return True
    # Initials and acronyms with stops: "U.S.", "J.", "a.m."
    return bool(re.fullmatch(r"(?:[a-z]\.)+", word))


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with offsets into it."""
    sentences: list[Sentence] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        chunk = text[start:boundary.start()]
        if boundary.group("stop") and (_ends_with_abbreviation(chunk) or _is_fragment(text, boundary.end())):
            continue
        _append(sentences, text, start, boundary.start())
        start = boundary.end()
    _append(sentences, text, start, len(text))
    return sentences


_FRAGMENT = re.compile(r"[^\s.!?]+(?:\s+[^\s.!?]+)?[.!?]?[\"')]*\s*$|[^\s.!?]+(?:\s+[^\s.!?]+)?[.!?]")


_VERB = re.compile(r"\b(?:is|was|were|are|has|had|have|said|says|did|do|does|\w+ed)\b", re.IGNORECASE)


def _is_fragment(text: str, start: int) -> bool:
    """Two words with no verb ("... but not to mention. Kremenchuk bombing."): a stray
    stop that machine translation left, not a sentence of its own."""
    fragment = _FRAGMENT.match(text, start)
    return bool(fragment) and not _VERB.search(fragment.group()) and not text[start:start + 1].isdigit()


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end]))
