"""Patterns that must end where a quantity starts, tried only where they can begin.

``counts`` asks, for each quantity of a sentence, whether a pattern anchored with ``$``
ends right before it, within ``LOOK_BACK`` characters. A regex search of that window
tries the pattern at every character of it, so a sentence dense with figures
("killed 2 people, " a hundred times) had each of its characters read again for every
quantity within reach, by every pattern.

A ``Backward`` pattern is written as its head (what it begins with: "killing",
"death toll", a month's name) and the rest. Over one sentence, a ``Lookback`` finds
where each head may begin in one pass and tries the whole pattern only there, left to
right: no match can begin anywhere else, so the first one found is the match the
window search returns. Before either search, a sentence is asked whether it holds one of the few
words every head needs ("call" or "dial", a month's first three letters, "age"): most hold none,
and a substring test answers for the whole sentence at once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from harmledger.text.literals import LiteralGate
from harmledger.text.regex import first_letter_gate, lowers_as_ignorecase

LOOK_BACK = 200
MAX_NEEDED = 16  # a head that needs one of more words than this is searched for without asking first


@dataclass(frozen=True, eq=False)
class Backward:
    """``whole`` is ``head`` then the rest, anchored at the end; ``heads`` finds every start of ``head``;
    every match holds one of ``needed`` (lower-cased; none to ask where ``needed`` is empty)."""

    whole: re.Pattern[str]
    heads: re.Pattern[str]
    needed: tuple[str, ...] = ()


def backward(head: str, rest: str, flags: int = 0) -> Backward:
    """The pattern ``head rest $``; ``head`` has no ``|`` outside a group, so the two join as written. Its heads
    are found behind the gate of their first letters (``first_letter_gate``): the search tries every character
    of a sentence, and most begin no head ("call", "dial", a month), refused at that one test rather than at the
    word boundary and each of the head's words (the heads of 400 GVA dev articles' sentences took a third less)."""
    return Backward(re.compile(f"{head}{rest}$", flags), re.compile(f"(?={first_letter_gate(head, flags)}{head})", flags),
                    _needed(re.compile(head, flags)))


def _needed(head: re.Pattern[str]) -> tuple[str, ...]:
    """The fewest lower-cased words one of which every match of ``head`` holds (``LiteralGate``), each
    without another of them inside it ("call" stands for "called" too); none where that takes more than ``MAX_NEEDED``."""
    choices = [{word for word in clause if not any(other != word and other in word for other in clause)}
               for clause in LiteralGate.of(head).clauses]
    fewest = min(choices, key=len, default=set())
    return tuple(sorted(fewest)) if len(fewest) <= MAX_NEEDED else ()


class Lookback:
    """The ``Backward`` patterns ending at given offsets of one sentence.

    Where the quantities' windows together are shorter than the sentence, each window is
    searched as it is asked for; otherwise each pattern's heads are found once for the
    whole sentence, which then costs its length, not its length times its figures.
    """

    def __init__(self, sentence: str, quantities: int):
        self.sentence = sentence
        self._indexed = quantities * LOOK_BACK > len(sentence)
        self._heads: dict[Backward, list[int]] = {}
        self._lowered: str | None = None

    def ending_at(self, pattern: Backward, end: int) -> re.Match[str] | None:
        """The leftmost match of ``pattern`` that ends at ``end`` and starts within ``LOOK_BACK`` before it."""
        start = max(0, end - LOOK_BACK)
        if not self._indexed:
            return pattern.whole.search(self.sentence, start, end) if self._may_hold(pattern) else None
        heads = self._heads.get(pattern)
        if heads is None:
            heads = self._heads[pattern] = [m.start() for m in pattern.heads.finditer(self.sentence)] if self._may_hold(pattern) else []
        for head in heads[bisect_left(heads, start):bisect_right(heads, end)]:
            if match := pattern.whole.match(self.sentence, head, end):
                return match
        return None

    def _may_hold(self, pattern: Backward) -> bool:
        """Whether the sentence holds one of the words every head of ``pattern`` needs (yes where lower-casing
        would not equate its letters as ``re.IGNORECASE`` does: "K", the Kelvin sign)."""
        if not pattern.needed:
            return True
        if self._lowered is None:
            self._lowered = self.sentence.lower() if lowers_as_ignorecase(self.sentence) else ""
        return not self._lowered or any(word in self._lowered for word in pattern.needed)
