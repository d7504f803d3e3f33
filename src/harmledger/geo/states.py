"""The US states a text names anywhere, as evidence of which namesake its towns are.

Local news names its state where the place guards rightly refuse a place: inside an
organisation's or a programme's name ("NBC Connecticut", "Children's of Alabama", "Safe
Tennessee Project"), as an adjective ("a Tennessee university"), or after a county the gazetteer
lacks ("HORRY COUNTY, SC (WMBF)"). Each is still the document's state: "Madison" there is
Madison, Tennessee, not Wisconsin's capital, and the text is about the United States. A state
whose name is also a country's ("Georgia") or a big town's elsewhere ("Washington") is left out:
the name alone does not say the state; its abbreviations ("Ga.", ", GA") do.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from harmledger.data import tsv_rows
from harmledger.geo.gazetteer import Gazetteer
from harmledger.geo.name_context import name_context
from harmledger.geo.normalize import fold
from harmledger.text.regex import choice

BIG_TOWN_POPULATION = 100_000  # a town this big under a state's name is what the name means as often


def _abbreviations() -> dict[str, str]:
    """AP abbreviation ("Tenn.") → postal code, from ``data/geo_us_states.tsv``."""
    return {a: code for code, written in tsv_rows("geo_us_states") for a in written.strip().split("|")}


@lru_cache(maxsize=4)
def _patterns(gaz: Gazetteer) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Two patterns, for a state's name (in title or upper case) and for its AP abbreviation or
    postal code after a comma, and what each says. Neither begins with a look-behind: one tried
    at every character costs more than the rest of the search (the word before is checked apart)."""
    says: dict[str, str] = {}
    for key, name in gaz.admin1_names.items():
        country, code = key.split(".", 1)
        if country == "US" and not any(e.kind == "country" or e.kind == "town" and e.country == "US" and e.admin1_code != code
                                       and e.population >= BIG_TOWN_POPULATION for e in gaz.lookup(fold(name))):
            says[name] = says[name.upper()] = code
    # a postal code after a comma says its state even where the name alone would not ("Columbus, GA", "Tacoma, WA")
    codes = {key.split(".", 1)[1] for key in gaz.admin1_names if key.startswith("US.")}
    qualifiers = {**_abbreviations(), **{code: code for code in codes}}
    # a state's name with a place after it is a town's ("New York, Donetsk"), and one before a street word a
    # street's ("Florida Blvd.", "Virginia Avenue"): not the state; one that opens a town's name ("Kansas City",
    # "Missouri City", "Michigan City") says the country only
    street = rf"(?i: (?:{choice(sorted(name_context()['street']))})\b)"
    names = re.compile(rf"(?P<state>{choice(says)})(?P<town> (?:City|CITY|Beach|BEACH)\b)?(?![\w]|,\s*[A-Z]|{street})")
    written = re.compile(rf", (?:{choice(qualifiers)})(?![A-Za-z])")
    return names, written, {**says, **{f", {a}": c for a, c in qualifiers.items()}}


class StatesNamed(NamedTuple):
    """The states a text names (postal codes), and whether it names the United States at all."""

    codes: set[str]
    in_us: bool


def states_named(text: str, gaz: Gazetteer) -> StatesNamed:
    """The postal codes of the US states ``text`` names: by name as a whole word, or by abbreviation
    after a word and a comma ("Lebanon, Tenn.", "HORRY COUNTY, SC"); a state's name opening a
    town's ("Kansas City") names the country only."""
    names, written, says = _patterns(gaz)
    found = [m for m in names.finditer(text) if m.start() == 0 or not text[m.start() - 1].isalnum()]
    codes = {says[m.group("state")] for m in found if not m.group("town")}
    codes.update(says[m.group()] for m in written.finditer(text) if m.start() > 0 and text[m.start() - 1].isalpha())
    return StatesNamed(codes, bool(codes or found))
