"""Many cue regexes, one pass: an Aho-Corasick scan for their literal starts.

Trying a hundred-alternative regex at every character costs about a
millisecond a sentence; scanning once for the cues' literal prefixes and
matching only where one starts a word costs microseconds. Every cue must
therefore begin with at least two literal characters, or with a choice of
literal words (``(?:shot|killed) ...``). A cue is tried only where the whole of
its literal start is: many share a short first run ("the\\ us", "the\\ uk" under "the"),
and trying each of them at every "the" was most of a scan.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from operator import itemgetter
from typing import Any

import ahocorasick

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_LITERAL = re.compile(r"(?:[a-z0-9 '\-:]|\\\.)+")  # "u\.s\.": an escaped stop is literal too
_ESCAPED = re.compile(r"\\(\.)")
# a character a regex matches as itself: any but its special characters, or one of those escaped ("\ ", "\-")
_LITERAL_CHAR = re.compile(r"[^\\.^$*+?{}\[\]|()]|\\[^0-9A-Za-z_]")
_LITERAL_RUN = re.compile(rf"(?:{_LITERAL_CHAR.pattern})*")
_LEADING_CHOICE = re.compile(r"\(\?:([a-z0-9 '\-|]+)\)(?![?*{])")


def lowered(text: str) -> str:
    """``text`` in lower case with every offset kept (a few letters lower to two characters: "İ")."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


@dataclass(frozen=True)
class Cue:
    """One regex of a slot's word list; ``rank`` orders the slot's rules (lower wins)."""

    slot: str
    rank: int
    value: Any
    regex: str

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Compiled when its prefix first appears: compiling the word lists' ~1,300 regexes up front took
        most of a second of every process's start, and a run of a few reports meets a small part of them."""
        return re.compile(f"(?:{self.regex})(?![a-z0-9])")


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    cue: Cue


def _alternatives(regex: str) -> list[str]:
    """``(?:shot|killed) a civilian`` as ``shot a civilian`` and ``killed a civilian``, each with a literal start."""
    choice = _LEADING_CHOICE.match(regex)
    if not choice:
        return [regex]
    return [word + regex[choice.end():] for word in choice.group(1).split("|")]


def literal_prefix(regex: str) -> str:
    """The characters every match of ``regex`` starts with (a char before ``?`` or ``*`` is optional)."""
    match = _LITERAL.match(regex)
    written = match.group(0) if match else ""
    if written and regex[len(written):len(written) + 1] in ("?", "*", "{"):
        written = written[:-2] if written.endswith("\\.") else written[:-1]
    prefix = _ESCAPED.sub(r"\1", written)
    if len(prefix) < 2:
        raise ValueError(f"cue {regex!r} must begin with two literal characters")
    return prefix


def whole_literal_start(regex: str) -> str:
    """All the characters every match of ``regex`` starts with, escaped ones too ("the\\ us\\-led" → "the us-led"):
    ``literal_prefix`` and what follows it up to the first character a regex gives a meaning."""
    written = _LITERAL_RUN.match(regex).group(0)
    chars = [char[-1] for char in _LITERAL_CHAR.findall(written)]  # an escaped one is its last character
    if regex[len(written):len(written) + 1] in ("?", "*", "{"):  # the last is optional
        chars.pop()
    return "".join(chars)


class CueIndex:
    """Cues in one automaton under the whole of their literal start (``whole_literal_start``), each with the
    length of its literal prefix and its place among the cues of that prefix, which order cues matching the same
    stretch: the automaton finds only where a cue's whole start is, so the cues of a shorter prefix ("the") are
    not each asked where it stands without the rest of their start ("the us"): of 34k hits of the prefixes over
    400 GVA dev articles, 14k were no start of any cue (another 50k asks of a start in Python)."""

    def __init__(self, cues: Iterable[tuple[str, int, Any, str]]) -> None:
        by_prefix: dict[str, list[Cue]] = {}
        for slot, rank, value, written in cues:
            for regex in _alternatives(written):
                cue = Cue(slot, rank, value, regex)
                by_prefix.setdefault(literal_prefix(regex), []).append(cue)
        by_start: dict[str, list[tuple[int, int, Cue]]] = {}
        for prefix, grouped in by_prefix.items():
            for place, cue in enumerate(grouped):
                by_start.setdefault(whole_literal_start(cue.regex), []).append((len(prefix), place, cue))
        self._automaton = ahocorasick.Automaton()
        for start, placed in by_start.items():
            self._automaton.add_word(start, (len(start), tuple(placed)))
        self._automaton.make_automaton()

    def compile_all(self) -> int:
        """Compile every cue now, so that a bad regex in a word list fails a test, not a report; the count."""
        return sum(bool(cue.pattern) for _, placed in self._automaton.values() for _, _, cue in placed)

    def scan(self, low: str) -> list[Hit]:
        """Every cue matching at a word start of lower-cased ``low`` and not inside a longer one, in text order;
        cues matching the same stretch in the order of their prefix's length and their place in its group."""
        found = []
        for last, (length, placed) in self._automaton.iter(low):
            start = last - length + 1
            if start and (low[start - 1].isalnum() or low[start - 1] == "-"):
                continue  # inside a word, or a hyphenated one: "anti-drone" is no drone
            for prefix_length, place, cue in placed:
                if match := cue.pattern.match(low, start):
                    found.append((start, -match.end(), prefix_length, place, cue))
        found.sort(key=_ORDER)
        return _outermost([Hit(start, -neg_end, cue) for start, neg_end, _, _, cue in found])


_ORDER = itemgetter(0, 1, 2, 3)


def _outermost(hits: list[Hit]) -> list[Hit]:
    """Drop a cue inside a longer one of its slot: "sexual assault" is no clash, "anti-tank mine" one mine.

    ``hits`` come by start, longest first, so a hit is inside another exactly
    when an earlier hit of its slot reaches as far, from an earlier start or further.
    """
    reach: dict[str, tuple[int, int]] = {}
    kept = []
    for hit in hits:
        start, end = reach.get(hit.cue.slot, (-1, -1))
        if end > hit.end or (end == hit.end and start < hit.start):
            continue
        kept.append(hit)
        if hit.end > end:
            reach[hit.cue.slot] = (hit.start, hit.end)
    return kept
