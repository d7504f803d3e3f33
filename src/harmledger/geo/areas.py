"""Admin areas a report's actors place it in, from ``data/geo_actor_areas.tsv``.

"NAF rebels fired upon Ukrainian positions near Vodyane" names no oblast, but the
separatist forces fought in Donetsk and Luhansk: of two villages called so, the one
there is meant. The areas weigh like an oblast the text names ("in the Donetsk
region"): a hint, never a filter.
"""

from __future__ import annotations

import re
from functools import cache

from harmledger.data import _read
from harmledger.text.regex import choice


@cache
def _table() -> tuple[re.Pattern[str], dict[str, frozenset[tuple[str, str]]]]:
    areas: dict[str, frozenset[tuple[str, str]]] = {}
    for line in _read("geo_actor_areas.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, country, codes = line.split("\t")
        for name in names.split("|"):
            areas[name.lower()] = frozenset((country, code) for code in codes.split("|"))
    return re.compile(rf"\b(?:{choice(areas)})\b", re.IGNORECASE), areas


def actor_areas(text: str) -> set[tuple[str, str]]:
    """(country, admin1 code) of every area an actor the text names fights in."""
    pattern, areas = _table()
    return {area for match in pattern.finditer(text) for area in areas[match.group().lower()]}
