"""Where a lead incident happened when its own sentences place it nowhere: the sentence that says where
"it happened", then the town its headline names (read with the text as the words around the text's places)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from harmledger.extract.headline import Prose, lead
from harmledger.geo import PlaceMention, find_places
from harmledger.geo.counties import COUNTY_REACH_KM, is_county
from harmledger.geo.places import distance_km
from harmledger.model import Mention, Place, Span
from harmledger.text.sentences import Sentence

TITLE_BREAK = "\n\n"
"""What sets the headline apart from the text: a paragraph break, which no sentence crosses."""

# "It happened in the 4900 block of Appaloosa Trail in Norcross", "the incident happened along ... in Kannapolis"
_IT_HAPPENED = re.compile(r"\b(?:it|the\s+(?:shooting|incident|homicide|attack|killing))\s+(?:happened|occurred|took\s+place)\b",
                          re.IGNORECASE)


def where_it_happened(sentences: list[Sentence], within: Callable[[int, int], list[PlaceMention]]) -> PlaceMention | None:
    """The town of the first sentence that says where "it happened": local news tells the harm first and
    the scene in a sentence of its own, with no word of harm in it ("It happened at a home on Youngstown
    Road in Chattanooga"). ``within(start, end)`` gives the places between two offsets of the text."""
    for sentence in sentences:
        told = _IT_HAPPENED.search(sentence.text)
        towns = [p for p in within(sentence.start + told.end(), sentence.end)
                 if p.place.precision in ("town", "near")] if told else []
        if towns:
            return towns[0]
    return None


# "Kansas City police identified the victim", "the Lexington Police Department": a city's own police, on the town's line
_ITS_POLICE = re.compile(r"[^\S\n]+police\b", re.IGNORECASE)
# "a retired New York police detective", "an off-duty Chicago police officer": a person's job, no police of the case
# (though "a Memphis police spokesman" speaks for them)
_A_POLICE_JOB = re.compile(r"\b(?:an?|former|retired|off-duty)\s+$", re.IGNORECASE)
_JOB_REACH = 12
_SPOKESPERSON = re.compile(r"\s+spokes(?:man|woman|person)\b", re.IGNORECASE)


def _its_police(town: PlaceMention, text: str) -> bool:
    """Whether the text names ``town``'s police right after it, as the police of the case."""
    police = _ITS_POLICE.match(text, town.end)
    return police is not None and (not _A_POLICE_JOB.search(text, max(0, town.start - _JOB_REACH), town.start)
                                   or _SPOKESPERSON.match(text, police.end()) is not None)


def its_police_town(towns: list[PlaceMention], text: str, apart: list[Place]) -> PlaceMention | None:
    """The town whose police the text names, where it names one such town only (however often) and that town
    is not one ``apart`` holds (the places of its history, of its tolls over many places, of its other
    incidents): local news often tells the harm in a sentence that names no place and the police who work
    the case in another ("Two men were killed Saturday ... Memphis police said the two had argued"), and a
    city's police work the crimes of their city. Where the text names states or countries, the town lies in
    one of them ("Georgia State Patrol and Columbus police": not Columbus, Ohio).
    ``towns``: the places of ``text`` less its dateline's and qualifiers."""
    areas = [p.place for p in towns if p.place.precision in ("region", "country")]
    policed = [p for p in towns if p.place.precision in ("town", "near") and _its_police(p, text)
               and (not areas or any(_lies_in(p.place, area) for area in areas))]
    kinds = {_key(p.place) for p in policed}
    return policed[0] if len(kinds) == 1 and not kinds & {_key(place) for place in apart} else None


def _key(place: Place) -> tuple:
    return place.country, place.admin1, place.name


def in_its_county_or_state(place: Place | None, town: Place) -> bool:
    """Whether ``place`` is a US county or state and ``town`` (a dateline's, the scene's) a town in it (for a county,
    of its state near the county's point), so more precise: "MOLALLA, Ore. - ... Clackamas County deputies said" is in Molalla; so is a
    town of the US state ``place`` is ("JACKSON, Ga. (AP) -- ... Georgia authorities said" is in Jackson)."""
    if place is None or town.admin1 != place.admin1:
        return False
    if is_county(place):
        return distance_km(place, town) <= COUNTY_REACH_KM
    return place.precision == "region" and (place.country, town.country) == ("US", "US")


# "A day after Kyiv attack, missile kills 4 in Dnipro", "Following Maiduguri bombing, ...": a headline that
# opens with what came before tells that history's town first and today's harm after it
_HISTORY_FIRST = re.compile(r"\s*(?:(?:just|only)\s+)?(?:(?:a|an|one|two|three|four|five|six|several|\d+)\s+)?"
                            r"(?:(?:hours?|days?|nights?|weeks?|months?)\s+)?(?:after|following|since|in\s+(?:the\s+)?wake\s+of)\s"
                            r"[^,;:.\n]*[,;:]", re.IGNORECASE)


# who polices the county around a city, not the city: "deputies said", "the sheriff's office", "state troopers"
_COUNTY_POLICE = re.compile(r"\b(?:sheriff|deput(?:y|ies)|troopers?|state police|highway patrol)\b", re.IGNORECASE)


class TitlePlaces:
    """The places of a text read with its headline after it, as the words around them: a headline or
    its outlet's line often names the town or the state the text leaves out ("Man shot in Monroe",
    "... - WMC Action News 5 - Memphis, Tennessee"), and a state named there counts as the text's own
    for its namesakes (``geo.places``). The text's own places stay its incidents' places; the town the
    headline itself names (not its outlet's line) places only a lead incident whose text names none
    (as a dateline's town does, ``frame``) or only the region the town lies in; of its towns, those of
    the harm it tells come before those of a history it opens with. ``on``: the report's day, if known (``geo.fronts``)."""

    def __init__(self, text: str, headline: Prose | None, on: date | None = None):
        if headline is None:
            self.body, self.towns, self.outlet_towns, self.headline = find_places(text, on=on), [], [], None
            return
        offset = len(text) + len(TITLE_BREAK)
        found = find_places(text + TITLE_BREAK + headline.text, headline_at=offset, on=on)
        outlet = headline.text.find("\n")  # the outlet's line, after the first separator (``as_prose``)
        self.body = [p for p in found if p.start < len(text)]
        named = [p for p in found if p.start >= offset and not p.is_qualifier]
        all_towns = [p for p in named if p.place.precision in ("town", "near")]
        counties = [p for p in named if is_county(p.place)]
        towns = [p for p in all_towns + counties if outlet < 0 or p.start - offset < outlet]
        self.outlet_towns = [p for p in all_towns if outlet >= 0 and p.start - offset > outlet]
        history = _HISTORY_FIRST.match(headline.text)
        told_after = offset + history.end() if history else offset
        # the harm's towns first, each part in its order, and a county ("Teen hunter shot in Oconto County") after the towns
        self.towns = sorted(towns, key=lambda p: (is_county(p.place), p.start < told_after))
        self.headline, self.offset, self.text = headline, offset, text

    def place_lead(self, mentions: list[Mention]) -> None:
        """The headline's first town as the place of a lead incident that has none, or only the
        region or country the town lies in ("7-year-old shot in Bellefontaine" over a text that names only Ohio);
        else the town of the outlet's line for a lead that nothing places: local news tells of its own city
        ("... - WMC Action News 5 - Memphis, Tennessee" over "Two dead after Berclair shooting"), unless the
        text's police are a sheriff's or the state's, who police the county around it."""
        first = lead(mentions)
        if first is None:
            return
        if self.towns and (first.place is None or _within_area(self.towns[0].place, first.place)):
            town = self.towns[0]
        elif first.place is None and self.outlet_towns and not _COUNTY_POLICE.search(self.text):
            town = self.outlet_towns[0]
        else:
            return
        span = Span(town.start - self.offset, town.end - self.offset, town.text)
        first.place = replace(town.place, span=self.headline.title_span(span))


def _within_area(town: Place, area: Place) -> bool:
    """Whether ``area`` is a region or country that ``town`` lies in, named otherwise: over "in the Sumy
    region", a headline's "Sumy" is the region told short, not its city."""
    if (area.span is not None and town.span is not None and town.span.text.lower() in area.span.text.lower()
            or is_county(town) and is_county(area)):  # a county is no part of another
        return False
    return _lies_in(town, area)


def _lies_in(town: Place, area: Place) -> bool:
    """Whether ``town`` lies in ``area``, a country or a region."""
    return (area.precision == "country" and area.country == town.country
            or area.precision == "region" and (area.country, area.admin1) == (town.country, town.admin1))
