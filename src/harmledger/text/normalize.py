"""Unicode and punctuation normalisation that remembers where each character came from.

Extraction rules see one spelling of quotes, dashes and spaces; evidence spans are
mapped back through ``NormalizedText.original_span`` so they point into the text
exactly as the user supplied it. The offsets are a machine-integer array: as a tuple of
Python ints, a 10 MB text's map took 360 MB and slowed every garbage collection.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass

from harmledger.model import Span

_REPLACEMENTS = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u3000": " ",
    "\u2026": "...", "\t": " ", "\r": " ",
}
_DROPPED = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


@dataclass(frozen=True)
class NormalizedText:
    """Normalised text plus, for every character, its offset in the original."""

    original: str
    text: str
    offsets: array  # of "q": offsets[i] is where text[i] came from in original

    def original_span(self, start: int, end: int) -> Span:
        """The span of the original text that normalised characters [start, end) came from."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return Span(pos, pos, "")
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1
        return Span(o_start, o_end, self.original[o_start:o_end])


_SPECIAL = re.compile(r"[^\x20-\x7e\n]")


def normalize(original: str) -> NormalizedText:
    """Map typographic variants to ASCII and drop invisible characters, keeping offsets."""
    chars: list[str] = []
    offsets = array("q")
    done = 0
    for match in _SPECIAL.finditer(original):
        index = match.start()
        chars.append(original[done:index])
        offsets.extend(range(done, index))
        done = index + 1
        replacement = _replacement(match.group())
        chars.append(replacement)
        offsets.extend([index] * len(replacement))
    chars.append(original[done:])
    offsets.extend(range(done, len(original)))
    return NormalizedText(original, "".join(chars), offsets)


def _replacement(char: str) -> str:
    if char in _DROPPED:
        return ""
    replacement = _REPLACEMENTS.get(char)
    if replacement is None:
        replacement = unicodedata.normalize("NFKC", char) if ord(char) > 0x7F else " "
    return replacement
