"""The words that, written right before or after a name, make it something other than a place (a street, a
river, a person, an organisation, a facility): ``data/geo_name_context.tsv``, read once for the places that
free text names (``geo.places``) and the states it names (``geo.states``)."""

from __future__ import annotations

from functools import cache

from harmledger.data import tsv_rows

SIDES = ("before", "after", "street", "streets", "organisation", "facility", "force", "front", "armed", "acted", "city", "border", "origin")


@cache
def name_context() -> dict[str, frozenset[str]]:
    """Each side of the table (``SIDES``) → its words."""
    rows = tsv_rows("geo_name_context")
    return {side: frozenset(r[1].strip() for r in rows if r[0] == side) for side in SIDES}
