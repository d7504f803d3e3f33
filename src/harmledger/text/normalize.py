"""Unicode and punctuation normalisation that remembers where each character came from.

Extraction rules see one spelling of quotes, dashes and spaces; evidence spans are
mapped back through ``NormalizedText.original_span`` so they point into the text
exactly as the user supplied it. The map is kept as runs, one for each stretch copied
unchanged and one for each replaced character, so that it costs the number of special
characters, not the text's length (an offset per character, even as a machine-integer
array, was a few percent of extraction; as a tuple of Python ints a 10 MB text's map
took 360 MB).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
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
    """Normalised text plus, for every character, its offset in the original (``original_offset``)."""

    original: str
    text: str
    run_starts: array  # of "q": where each run of the map begins in ``text``, in order
    run_origins: array  # of "q": where that run's first character came from in ``original``
    run_copied: array  # of "b": 1 for text copied unchanged, 0 for one character's replacement

    def original_offset(self, index: int) -> int:
        """Where ``text[index]`` came from in the original."""
        run = bisect_right(self.run_starts, index) - 1
        return self.run_origins[run] + (index - self.run_starts[run]) * self.run_copied[run]

    def original_span(self, start: int, end: int) -> Span:
        """The span of the original text that normalised characters [start, end) came from."""
        if start >= end:
            pos = self.original_offset(start) if start < len(self.text) else len(self.original)
            return Span(pos, pos, "")
        o_start = self.original_offset(start)
        o_end = self.original_offset(end - 1) + 1
        return Span(o_start, o_end, self.original[o_start:o_end])


_SPECIAL = re.compile(r"[^\x20-\x7e\n]")


def normalize(original: str) -> NormalizedText:
    """Map typographic variants to ASCII and drop invisible characters, keeping offsets."""
    chars: list[str] = []
    starts, origins, copied = array("q"), array("q"), array("b")
    length = 0  # of the normalised text so far

    def run(origin: int, text: str, unchanged: bool) -> None:
        nonlocal length
        if text:
            starts.append(length)
            origins.append(origin)
            copied.append(unchanged)
            chars.append(text)
            length += len(text)

    done = 0
    for match in _SPECIAL.finditer(original):
        index = match.start()
        run(done, original[done:index], True)
        run(index, _replacement(match.group()), False)
        done = index + 1
    run(done, original[done:], True)
    return NormalizedText(original, "".join(chars), starts, origins, copied)


def _replacement(char: str) -> str:
    if char in _DROPPED:
        return ""
    replacement = _REPLACEMENTS.get(char)
    if replacement is None:
        replacement = unicodedata.normalize("NFKC", char) if ord(char) > 0x7F else " "
    return replacement
