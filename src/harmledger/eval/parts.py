"""The set-aside fifth of every dev suite: the part no rule is written from.

A record belongs to the held-aside part when the SHA-256 of its id is 0 mod 5:
stable across runs, machines and file orders, independent of the record's
content, and about a fifth of any suite. Rules are written from failures in the
``dev`` part only; the ``held-aside`` part is read for its totals, so a rule that
lifts dev but not held-aside shows up as fitting rather than fixing.
"""

from __future__ import annotations

import hashlib

DEV = "dev"
HELD_ASIDE = "held-aside"
PARTS = (DEV, HELD_ASIDE)


def part_of(record_id: str) -> str:
    """``held-aside`` for about one record id in five (by its SHA-256), else ``dev``."""
    digest = hashlib.sha256(record_id.encode("utf-8")).digest()
    return HELD_ASIDE if int.from_bytes(digest[:8], "big") % 5 == 0 else DEV


def part_name(suite: str, part: str) -> str:
    """The name a suite's part is reported under: ``gva-articles/held-aside``."""
    return f"{suite}/{part}"
