"""Where a report's armed actors fight, from ``data/geo_actor_areas.tsv``.

"NAF rebels fired upon Ukrainian positions near Vodyane" names no oblast, but the
separatist forces fought in Donetsk and Luhansk: of two villages called so, the one
there is meant. "Russian forces shelled Kostiantynivka" names no country but the
attacker's, and the attacker's people say who, not where: the war it fights says
where. Both are hints that weigh like a named oblast or a big town, never filters.
The fronts an actor fights on (``fronts``) tell namesakes within an oblast apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from harmledger.data import table, tsv_rows
from harmledger.text.literals import LiteralGate, LiteralScan
from harmledger.text.regex import choice, lower_case_twin, lowers_as_ignorecase

SECONDARY_THEATRE = 0.5  # a country listed after the first: where the actor fights less often


@dataclass(frozen=True)
class _Row:
    pattern: re.Pattern[str]
    quick: re.Pattern[str] | None  # the pattern less its "\\b", its ``lower_case_twin``, for lower-cased text (``_found``)
    gate: LiteralGate  # the words it cannot match without (``actor_areas``)
    countries: tuple[str, ...]
    admins: frozenset[tuple[str, str]]
    fronts: frozenset[str]


@dataclass
class ActorAreas:
    """Where the actors a text names fight: admin areas, country votes and front lines."""

    admins: set[tuple[str, str]] = field(default_factory=set)
    votes: dict[str, float] = field(default_factory=dict)
    fronts: frozenset[str] = frozenset()


@cache
def _rows() -> tuple[_Row, ...]:
    agent = f"(?:{choice(table('slot_actors')['agents'])})"
    rows = []
    for pattern, countries, *rest in tsv_rows("geo_actor_areas"):
        admins, fronts = (rest + ["", ""])[:2]
        pattern = pattern.replace("{agent}", agent)
        compiled = re.compile(r"\b" + pattern, re.IGNORECASE)
        twin = lower_case_twin(pattern)
        rows.append(_Row(
            compiled,
            re.compile(twin) if twin else None,
            LiteralGate.of(compiled),
            tuple(countries.split("|")),
            frozenset(tuple(a.split(".")) for a in admins.split("|") if a.strip()),
            frozenset(f.strip() for f in fronts.split("|") if f.strip()),
        ))
    return tuple(rows)


@cache
def _scan() -> LiteralScan:
    return LiteralScan(literal for row in _rows() for clause in row.gate.clauses for literal in clause)


def actor_areas(text: str) -> ActorAreas:
    """The (country, admin1 code) areas, country votes and fronts of the actors ``text`` names.
    One scan of the text for every row's words first: a row whose words are missing cannot match,
    and searching a long text for each of the rows was most of the time this took."""
    areas = ActorAreas()
    lowered = text.lower() if lowers_as_ignorecase(text) else None
    present = _scan().present(text)
    for row in _rows():
        if (present is None or row.gate.admits(present)) and _found(row, text, lowered):
            areas.admins |= row.admins
            areas.fronts |= row.fronts
            for rank, country in enumerate(row.countries):
                areas.votes[country] = max(areas.votes.get(country, 0.0), 1.0 if rank == 0 else SECONDARY_THEATRE)
    return areas


def _found(row: _Row, text: str, lowered: str | None) -> bool:
    """Whether the row's pattern is in the text. A leading "\\b" under IGNORECASE makes ``re``
    try every position of the text for every row; the case-sensitive ``quick`` copy over the
    lower-cased text jumps to the places where its first letters are, and the row's own
    pattern confirms each: the same answer in a fifth of the time."""
    if lowered is None or row.quick is None:
        return row.pattern.search(text) is not None
    start = 0
    while candidate := row.quick.search(lowered, start):
        if row.pattern.match(text, candidate.start()):
            return True
        start = candidate.start() + 1
    return False
