"""The bounds extraction keeps, and the warning that says a document met one.

- A figure above ``PLAUSIBLE_MAX`` people ("2.5 billion killed", a typo, a run of digits)
  is no casualty count: it stays in the text and the warning names it, but no slot holds
  it, so no tally or database column ever sees it.
- A title longer than ``MAX_TITLE_CHARS`` is no headline (a page's whole text, or its list of other
  stories, in a crawler's "title" field): it is not read, and the warning says so. Its rewrite as prose
  comes before the budget's clock starts; it is linear in the title, so the cap is a guard, not a need.
- A document gets ``DOCUMENT_BUDGET_S`` seconds: extraction is linear in the text, but a
  service must answer for a 50 MB paste too. When the budget is spent, the sentences left
  are not read (the mentions found so far are kept) and the warning says where it stopped.
  The clock starts at the first sentence, so that a process's one-time set-up (building or
  loading the gazetteer, which the whole-document geo step before does) is not charged
  to the first document it reads.

Warnings go through Python's ``warnings`` module as ``ExtractWarning``, so a caller that
records per-document problems (ingest) can catch them, and others see them once.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

PLAUSIBLE_MAX = 10_000_000
MAX_TITLE_CHARS = 1_000  # five times the longest headline of the eval suites (200)
DOCUMENT_BUDGET_S = 60.0


class ExtractWarning(UserWarning):
    """Extraction left something out of a document's mentions; the message says what and why."""


class Budget:
    """The time a document's sentences may take, checked before each; the first check starts it."""

    def __init__(self, seconds: float = DOCUMENT_BUDGET_S, clock: Callable[[], float] = time.monotonic):
        self.seconds = seconds
        self._clock = clock
        self._deadline: float | None = None

    @classmethod
    def unlimited(cls) -> Budget:
        """No limit: for measuring extraction itself (``make bench``)."""
        return cls(math.inf)

    def spent(self) -> bool:
        if self.seconds == math.inf:
            return False
        now = self._clock()
        if self._deadline is None:
            self._deadline = now + self.seconds
        return now >= self._deadline
