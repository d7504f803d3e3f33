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
window search returns.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from harmledger.text.regex import first_letter_gate

LOOK_BACK = 200


@dataclass(frozen=True, eq=False)
class Backward:
    """``whole`` is ``head`` then the rest, anchored at the end; ``heads`` finds every start of ``head``."""

    whole: re.Pattern[str]
    heads: re.Pattern[str]


def backward(head: str, rest: str, flags: int = 0) -> Backward:
    """The pattern ``head rest $``; ``head`` has no ``|`` outside a group, so the two join as written. Its heads
    are found behind the gate of their first letters (``first_letter_gate``): the search tries every character
    of a sentence, and most begin no head ("call", "dial", a month), refused at that one test rather than at the
    word boundary and each of the head's words (the heads of 400 GVA dev articles' sentences took a third less)."""
    return Backward(re.compile(f"{head}{rest}$", flags), re.compile(f"(?={first_letter_gate(head, flags)}{head})", flags))


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

    def ending_at(self, pattern: Backward, end: int) -> re.Match[str] | None:
        """The leftmost match of ``pattern`` that ends at ``end`` and starts within ``LOOK_BACK`` before it."""
        start = max(0, end - LOOK_BACK)
        if not self._indexed:
            return pattern.whole.search(self.sentence, start, end)
        heads = self._heads.get(pattern)
        if heads is None:
            heads = self._heads[pattern] = [m.start() for m in pattern.heads.finditer(self.sentence)]
        for head in heads[bisect_left(heads, start):bisect_right(heads, end)]:
            if match := pattern.whole.match(self.sentence, head, end):
                return match
        return None
