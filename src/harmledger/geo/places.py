"""Toponym recognition and resolution in free text, by gazetteer matching (no NER).

Names are found with the gazetteer's Aho-Corasick automaton over the folded text, then
each is resolved against the whole document: its country focus, the admin areas it names
("in the Poltava region"), the qualifier written next to a name ("Katerynivka, Kharkiv
region", "Maple Heights, Ohio", "Izyum (Kharkiv Region)"), population as the prior, and
closeness to the other places named. A dateline ("SLOVIANSK, Ukraine (AP) —",
"Sloviansk:") is flagged: it is where the reporter stood, not an incident's place.
"""

from __future__ import annotations

import math
import re
import string
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from itertools import accumulate, islice, product
from operator import attrgetter

from rapidfuzz import fuzz, process
from wordfreq import zipf_frequency

from harmledger.data import table, tsv_rows, word_set
from harmledger.geo.areas import actor_areas
from harmledger.geo.build import (
    ARABIC_ARTICLE_COUNTRIES,
    TEXT_ALL_NAMES_POPULATION,
    all_names_written,
    capitals,
    haversine_km,
    local_names,
    local_places,
    spelt_as_main,
    without_article,
)
from harmledger.geo.city_parts import city_parts
from harmledger.geo.codifier import HROMADA_WORDS
from harmledger.geo.counties import is_county
from harmledger.geo.fronts import FrontReach, front_reach, fronts_on
from harmledger.geo.gazetteer import Entry, Gazetteer, gazetteer
from harmledger.geo.name_context import name_context
from harmledger.geo.normalize import abbreviated, fold, fold_text, short_form, word_spaced
from harmledger.geo.states import states_named
from harmledger.model import Place, Span
from harmledger.text.regex import choice

# A dateline: capitalised words (optionally ", State" / ", Country", a date and "(AP)") at the start of
# the text or of a line near it (after a headline or a byline), closed by a dash or a colon and a space, or
# by a bar or bullet before the page's stamp ("BAMAKO, Mali | Published 3 July"; "GARY | A dispute" is no dateline)
# (normalising has made "—" a "-"); after a day, an agency in brackets may close it with Xinhua's "--" or
# alone ("KHARTOUM, Feb. 4 (Xinhua) --", "ABUJA, July 15 (NAN) Bandits ...", the forms ``extract.when``
# reads a dateline's day from); a US station's "CHICAGO (WLS) --", with no day, stays the place told, as do a
# station's call sign with its channel and partner ("CULPEPER, Va. (WUSA9) --", "RHINE, Georgia (41NBC/WMGT) -")
# and a day in the brackets ("INDIANAPOLIS, Ind. (Nov. 9th 2015) --", "FRANKLIN (Feb. 4, 2014) -"). A comma may come
# before the agency's bracket, as WAFA, Anadolu and Xinhua's regional desks write it ("RAMALLAH, (WAFA) -",
# "SANAA, Yemen, (Xinhua) --", "GAZA, Nov. 28, (Anadolu) -").
DATELINE_REACH = 400
# A Telegram channel's post opens with its town alone, as a dateline: "Sumy. Russian glide bomb hit the centre"
_HEADING_TOWN = re.compile(r"\A[ \t]*(?P<places>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\.[ \t]+(?=[A-Z0-9])")
_DATELINE = re.compile(
    r"(?:\A|(?<=\n))[ \t]*(?P<places>[A-Z][\w.'’\- ]{1,40}?(?:,\s*[A-Z0-9][\w.'’ ]{1,30}?){0,3})"
    r"(?:\s*(?:,?\s*\((?=[^)]*[A-Za-z])[A-Za-z0-9 .,/&-]{1,30}\))?\s*(?:—|–|--?|:)\s|\s*[|•·]\s*(?=(?i:published|updated|posted)\b|\d|[A-Z][a-z]{2,8}\.? \d)|(?<=\d)\s*\([A-Za-z .&-]{1,30}\)\s*(?:--\s|(?=[A-Z])))"
)
_POSTAL = re.compile(r"\s*,\s*([A-Z]{2})\b")
_NEAR_KM = 60.0  # a qualifying town's reach: "Saltivka, Kharkiv"


@dataclass
class PlaceMention:
    """One place name in a text, resolved."""

    start: int
    end: int
    text: str
    place: Place
    is_dateline: bool = False
    relation: str | None = None
    is_qualifier: bool = False  # only qualifies the name before it ("..., Ohio", "..., Ukraine")
    candidates: int = 1
    population: int = 0

    def to_dict(self) -> dict:
        return {
            "start": self.start, "end": self.end, "text": self.text, "place": self.place.to_dict(),
            "is_dateline": self.is_dateline, "relation": self.relation, "is_qualifier": self.is_qualifier,
        }


@dataclass
class _Match:
    start: int  # folded offsets
    end: int
    key: str
    kind: str  # "place", "village", "admin", "country" or "demonym" (what the automaton stored)
    want: str | None = None  # "region" or "town" when a suffix word says so
    relation: str | None = None
    qualifier_of: int | None = None
    qualifiers: list[int] = field(default_factory=list)
    choice: Entry | None = None
    candidates: tuple[Entry, ...] = ()
    word: bool = False  # a name running text mostly uses otherwise (geo_not_places): a place only if qualified
    part: str | None = None  # a neighbourhood's name as written, when it is placed in its city ("Chicago - Austin")


@cache
def _relations() -> tuple[re.Pattern[str], dict[str, str]]:
    """The relation phrases as one pattern over the text before a name read backwards, so that
    it is anchored at the name (the longest phrase first, a whole word), and what each says."""
    rows = tsv_rows("geo_relations")
    says: dict[str, str] = {}
    for row in rows:
        says.setdefault(fold(row[0]), row[1].strip())
    return re.compile("(?:" + choice(p[::-1] for p in says) + r")(?![^\W_])"), says


def distance_km(a: Entry | Place, b: Entry | Place) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def within_km(a: Entry | Place, b: Entry | Place, km: float) -> bool:
    """Whether ``b`` lies less than ``km`` from ``a``. A degree of latitude spans 111.2 km, so a wider
    gap of latitude is out of reach without working out the distance (most towns a grid gives are)."""
    return abs(a.lat - b.lat) < km / 111.0 and distance_km(a, b) < km


_APOSTROPHES = frozenset("'’ʼ`´")


@lru_cache(maxsize=65_536)
def _english_zipf(word: str) -> float:
    """wordfreq's English Zipf frequency of ``word``: asked of most names a text holds, and of the words about them,
    again and again (wordfreq's own cache is a dictionary behind three calls, and is cleared when full)."""
    return zipf_frequency(word, "en")


def _possessive(text: str, folded: str, offsets: list[int], end: int) -> bool:
    """Whether the folded "s" after ``end`` (the caller has seen it) is a possessive ("Ukraine's",
    "Kharkiv’s"): the apostrophe was folded away, so the name would otherwise run into the "s"."""
    after = end + 2
    return (text[offsets[end] + 1] in _APOSTROPHES and offsets[end + 1] - offsets[end] == 2
            and (after == len(folded) or not folded[after].isalnum()))


def _scan(folded: str, gaz: Gazetteer, text: str | None = None,
          offsets: list[int] | None = None) -> list[tuple[int, int, str, str]]:
    """Leftmost-longest gazetteer names at word boundaries, as (start, end, key, kind) (with ``text`` and ``offsets``,
    a possessive "'s" is a boundary too). The automaton runs over ``word_spaced`` text, so it
    finds names only where a word starts, not the many inside words ("ash" in "Washington"). Tuples, not
    ``_Match``es: ``recognise`` drops most names (words in lower case) before one is worth making."""
    found = []
    possessed = set()  # (start, end) of the names a possessive "'s" follows
    # folded[i] is spaced[i + 1]; two spaces after, because a key may itself end in a space
    # ("pa." is held as "pa ") and the character after a key's end is read.
    spaced = word_spaced(folded) + "  "
    possessives = text is not None and offsets is not None
    for spaced_end, keys in gaz.automaton.iter(spaced):
        after = spaced[spaced_end + 1]
        if after != " " and (after != "s" or not possessives or not _possessive(text, folded, offsets, spaced_end - 1)):
            continue  # two in three names the automaton finds run on into a longer word
        end = spaced_end - 1
        for key, kind in keys:
            start = end - len(key) + 1
            if folded.startswith(key, start):  # not another name of the same letters ("st louis", "st. louis")
                found.append((start, -end, key, kind))
                if after == "s":
                    possessed.add((start, end))
    found.sort()
    if possessed:
        found = _without_possessive_names(found, possessed)
    out = []
    last_end = -1
    for start, neg_end, key, kind in found:
        if start > last_end:
            out.append((start, -neg_end, key, kind))
            last_end = -neg_end
    return out


def _without_possessive_names(found: list[tuple], possessed: set[tuple[int, int]]) -> list[tuple]:
    """Drop a name that is another name and its possessive "'s" ("Borno's Gwoza" is Borno's, not
    Bornos in Spain): the apostrophe was folded away, so both read as names. ``possessed``: the
    names found with a possessive after them (``_scan``)."""
    return [(start, neg_end, key, kind) for start, neg_end, key, kind in found
            if not (key.endswith("s") and (start, -neg_end - 1) in possessed)]


@cache
def _admin_suffix() -> re.Pattern[str]:
    """One pattern for the admin words after a name, the longest first ("oblast'" before "oblast"), and
    their possessive, which folding writes without its apostrophe ("Sumy Oblast's Bilopillia hromada")."""
    return re.compile(" (?:" + choice(word_set("geo_admin_words")) + r")s?\b")


@cache
def _front_suffix() -> re.Pattern[str]:
    """A front word after a name ("the Kherson front line", "the Zaporizhzhia axis"): ``geo_name_context``'s "front"."""
    return re.compile(" (?:" + choice(name_context()["front"]) + r")\b")


_TOWN_SUFFIX = re.compile(r" (city|town|village)\b")
_TOWN_BEFORE = re.compile(r"\b(?:city|town|village) of (?:the )?$")  # "the city of Guanajuato": not its state
_NEIGHBOURHOOD_SUFFIX = re.compile(r" neighbou?rhood\b(?! of)")
_THE_BEFORE = re.compile(r"\bthe\s+(?:[A-Z][\w.'-]*\s+){0,3}$")  # "the Austin", "the West Side Austin"; not "a Raleigh"


def _suffix(folded: str, match: _Match) -> None:
    """Absorb "region"/"oblast" (→ a region) or "city" (→ the town) written after a name, read an area's front
    ("the Kherson axis") as the area and "the city of" before a name as the town; mark "the Austin neighborhood" a
    part of a city."""
    rest = folded[match.end + 1 : match.end + 16]
    if m := _admin_suffix().match(rest):
        match.want, match.end = "region", match.end + len(m.group(0))
    elif match.kind != "country" and _front_suffix().match(rest) and any(e.kind == "region" for e in match.candidates):
        match.want = "region"  # "on the Kherson front": the oblast; "the Bakhmut front" stays the town
    elif (m := _TOWN_SUFFIX.match(rest)) and match.kind != "country":
        match.want, match.end = "town", match.end + len(m.group(0))
    elif _NEIGHBOURHOOD_SUFFIX.match(rest) and match.kind != "country":
        match.want = "part"  # a part of a city when "the" names it (``recognise``)
    elif match.kind != "country" and _ends_before(_TOWN_BEFORE, " of ", folded, max(0, match.start - 20), match.start):
        match.want = "town"


def _ends_before(pattern: re.Pattern[str], literal: str, text: str, lo: int, at: int) -> bool:
    """``pattern.search(text, lo, at)`` for a pattern that ends at ``at`` and holds ``literal``: looked for first,
    since the few characters before most names lack it and a search tries the pattern at each of them."""
    return text.find(literal, lo, at) != -1 and pattern.search(text, lo, at) is not None


_ARTICLE = re.compile(r"\b(the|a)$")
_ARTICLES = ("the", "a")  # what ``_ARTICLE`` ends with
# a Ukrainian raion, a Nigerian LGA, a Sudanese locality named for its seat ("Beryslav district", "Tsafe LGA"); a
# Myanmar township stays its town, as the earlier rounds' reports code it ("Sagaing's Kanbalu township")
_AREA_NAMED_FOR_TOWN = re.compile(r" (?:district|raion|rayon|territory|lga|local government area|locality|hromada)\b"
                                  r"(?! (?:attorney|court|judge|council|of)\b)")
_HROMADA_ENDINGS = tuple(f" {word}" for word in HROMADA_WORDS)


def _relation(folded: str, match: _Match) -> None:
    before = folded[max(0, match.start - 30) : match.start].rstrip()
    if before.endswith(_ARTICLES):
        before = _ARTICLE.sub("", before).rstrip()
    phrases, says = _relations()
    if found := phrases.match(before[::-1]):
        match.relation = says[found.group()[::-1]]
    elif (_local_names().get(match.key, ("", 0, ""))[2] == "near" or match.key.endswith(_HROMADA_ENDINGS)
          or match.kind != "country" and _AREA_NAMED_FOR_TOWN.match(folded, match.end + 1)):
        match.relation = "near"  # "Zamzam" is a camp beside El Fasher, not in it; a hromada is an area about its centre,
        # and so is a raion, LGA or locality named for its town ("in Beryslav district, ... the village of Tiahynka")


@cache
def _local_names() -> dict[str, tuple[str, int, str]]:
    """``local_names`` read once: name → (country, host town's GeoNames id, "in" or "near")."""
    return local_names()


@cache
def _hand_listed() -> dict[str, tuple]:
    """Each folded name of ``data/geo_local_names.tsv`` and ``data/geo_local_places.tsv`` → the place
    it was listed for (its host's GeoNames id, or its own name and country), not a namesake's."""
    listed: dict[str, tuple] = {key: (gid,) for key, (_, gid, _) in _local_names().items()}
    listed.update((key, (place[1], place[2])) for key, place in local_places().items())
    return listed


def _listed_as(entry: Entry, key: str) -> bool:
    """Whether ``entry`` is the place the hand lists name ``key`` for ("Kuchi" in Niger State, not a Ukrainian village)."""
    return _hand_listed().get(key) in ((entry.geonames_id,), (entry.name, entry.country))


# "Kupiansk, Kharkiv", "Izium (Kharkiv region)", "Kani township, Sagaing region", "Bajaur district, Khyber Pakhtunkhwa"
# "the Al-Salif port in Hodeidah governorate", "the Ras Isa fuel port in Hodeidah province": the facility's town in Y
_QUALIFIES = re.compile(r"\s*(?:(?:township|territory|district|raion|hromada|locality|municipality|commune|lga)(?=,))?"
                        r"(,|\(|(?: (?:(?:oil|fuel|sea|fishing) )?(?:port|airport|air ?base|refinery|power (?:plant|station)))?"
                        r",? in (the )?|(area|district|outskirts|vicinity) of|near)\s*")
# "Kansafra in southern Idlib", "Tyotkino in western Kursk": the name lies in a part of the area (``_in_part_of``)
_IN_PART_OF = re.compile(r",? in (?:the )?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central) ")
_PART_OF = re.compile(r"\s*of (the )?(city of )?")
_NEIGHBOURHOOD_OF = re.compile(r"\s*(neighbou?rhood|quarter|(refugee )?camp) of (the )?(city of )?")
_TOWN_OF = re.compile(r"\s*(?:town|city|village|settlement|community) of (?:the )?")
# second-level areas a region holds: "Sagaing's Kanbalu township", "Borno's Gwoza local government area"
_AREA_AFTER = re.compile(r" (?:township|territory|lga|local government area|county|raion|hromada|locality|municipality"
                         r"|commune|department|prefecture)\b")
_CITY_PARTS = (" district", " raion", " neighbourhood", " neighborhood", " quarter", " microdistrict")
# a people's adjective, then the kind of place the next name is: "the northern Israeli town of Nahariya",
# "the Russian border village of Tyotkino", "the Chadian town of Adre"; but a people that holds a town
# does not say its country ("the Russian-occupied city of Horlivka", "the Israeli-controlled town")
_PEOPLES_TOWN_OF = re.compile(r"(?: (?!(?:occupied|controlled|held|annexed|besieged)\b)[a-z-]+){0,2}?"
                              r" (?:town|city|village|settlement|community|hamlet|port)s? of (?:the )?")


def _link_qualifiers(text: str, folded: str, offsets: list[int], matches: list[_Match]) -> None:
    """Mark "X, Y" / "X (Y region)" / "X in Y" pairs where Y qualifies X, a part of a city
    told with its city, "the X district of Y" or "Y's X district", and a region's town told
    after it ("Sagaing's Kanbalu township", "Kherson's Bilozerka"): X lies in Y, whatever
    namesake X has elsewhere."""
    _regions_told_together(text, folded, offsets, matches)
    for i in range(len(matches) - 1):
        a, b = matches[i], matches[i + 1]
        between = folded[a.end + 1 : b.start]
        if a.kind == "country" and not (between == ", " and _town_in_area(a, b)):
            continue  # "forces of Ukraine near Novozvanivka": a country has no qualifier; "LEBANON, Tenn." is a town
        if a.kind == "admin" and all(e.kind == "town" for e in b.candidates) and not (
                between == "s " and _possessive(text, folded, offsets, a.end)):
            continue  # "INDIANAPOLIS, Ind. (Nov. 9th": no town qualifies a state; "Sagaing Region's Kani" is in it
        # "the Dniprovskyi district of Kherson", "Gidan Wawa village of Maradun LGA": X lies in Y
        part_of = (a.key.endswith(_CITY_PARTS) or a.want == "town") and _PART_OF.fullmatch(between)
        if between == ", " and _cities_listed(folded, matches[i:i + 3]):
            continue
        if _QUALIFIES.fullmatch(between) or part_of or (
                _NEIGHBOURHOOD_OF.fullmatch(between)) or (
                _IN_PART_OF.fullmatch(between) and _in_part_of(a, b)):
            b.qualifier_of = i
            a.qualifiers.append(i + 1)
        elif b.key.endswith(_CITY_PARTS) and between == "s " and _possessive(text, folded, offsets, a.end):
            a.qualifier_of = i + 1
            b.qualifiers.append(i)
        elif (a.want == "region" and _TOWN_OF.fullmatch(between)
              or between == "s " and _possessive(text, folded, offsets, a.end)
              and (_AREA_AFTER.match(folded, b.end + 1) or _town_in_area(b, a))):
            # "the Kharkiv region town of Kupiansk", "Sagaing's Kanbalu township", "Borno's Gwoza": the region holds the place
            a.qualifier_of = i + 1
            b.qualifiers.append(i)
            if any(e.kind == "region" for e in a.candidates):
                a.want = "region"


def _in_part_of(name: _Match, area: _Match) -> bool:
    """Whether "X in southern Y" may place X in Y: Y may be a region, or some town X may be lies within reach of
    some town Y may be; a city's part is a street's or a neighbourhood's ("off Winchester in southeast Memphis"
    is no Winchester, Tennessee, 330 km away)."""
    towns = [e for e in area.candidates if e.kind == "town"]
    return len(towns) < len(area.candidates) or any(
        distance_km(e, town) < _NEAR_KM for e in name.candidates if e.kind == "town" for town in towns)


_TOLD_TOGETHER = frozenset({", ", " and ", " or ", ", and "})


def _regions_told_together(text: str, folded: str, offsets: list[int], matches: list[_Match]) -> None:
    """Names before a plural admin word are areas as much as the last: "the Kharkiv and Sumy
    regions", "Kherson, Mykolaiv and Odesa oblasts" are three oblasts, not the town of Kharkiv."""
    for i in range(len(matches) - 1, 0, -1):
        a, b = matches[i - 1], matches[i]
        end = offsets[b.end]
        if (b.want == "region" and a.want is None and folded[a.end + 1 : b.start] in _TOLD_TOGETHER
                and text[end] == "s" and text[end - 1] not in "'’" and any(e.kind == "region" for e in a.candidates)):
            a.want = "region"


# a city this big is known in its own right: listed with others, it is no other's part
LISTED_CITY_POPULATION = 100_000
_LIST_GOES_ON = re.compile(r",? (?:and|or) |, ")


def _cities_listed(folded: str, names: list[_Match]) -> bool:
    """Whether "X, Y" opens a list of cities ("Lviv, Kyiv and Odesa", "Chicago, Detroit and Cleveland") rather
    than placing X in Y ("Gremyachka, Chernihiv", "Kirov, Donetsk", "Springfield, Illinois, and Columbus, Ohio"):
    a third city follows Y as a list goes on, all three are cities known in their own right, and no town X may be
    lies in a region Y may be."""
    def a_city(match: _Match) -> bool:
        return any(e.kind == "town" and e.population >= LISTED_CITY_POPULATION for e in match.candidates)
    if len(names) < 3:
        return False
    first, second, third = names
    return (_LIST_GOES_ON.fullmatch(folded[second.end + 1 : third.start]) is not None
            and all(map(a_city, names)) and not _town_in_area(first, second))


def _town_in_area(name: _Match, area: _Match) -> bool:
    """Whether a town of the name lies in a region the next name may be: "Lebanon, Tenn.",
    "Mexico, Mo.", "Jordan, Minn." are towns, "Ukraine, Russia" not."""
    regions = {(e.country, e.admin1_code) for e in area.candidates if e.kind == "region"}
    return any(e.kind == "town" and (e.country, e.admin1_code) in regions for e in name.candidates)


@cache
def _organisation_after() -> re.Pattern[str]:
    """Up to two capitalised words, then the capitalised last word of an organisation's name."""
    return re.compile(r"(?: [A-Z][\w&'.-]*){0,2}? (?:" + choice(name_context()["organisation"]) + r")(?![\w-])")  # "Iowa City Press-Citizen" is the town's paper


def _in_organisation_name(text: str, end: int) -> bool:
    """Whether the name is part of an organisation's name ("NJ Advance Media", "Gray Television"),
    which says who reports or owns, not where anything happened."""
    return text[end + 1 : end + 2].isupper() and _organisation_after().match(text, end) is not None


# "the London-based Syrian Observatory", "the Moscow-installed mayor", "the Port Sudan-based army":
# the name says where a body sits or who set it up, not where anything happened
_ATTRIBUTE_AFTER = re.compile(r"[-‑](?:based|installed|appointed|backed|sponsored|funded|headquartered|aligned|allied)\b",
                             re.IGNORECASE)


# "a Calumet City drive-by", "the Kent drive-by shooting": the shooting, not a drive ("on Peachtree Drive by the park")
_DRIVE_BY = re.compile(r"\s+drive-by\b", re.IGNORECASE)

# "the 4400 block of Lexington", "the 200 block of North Austin": a police address names the street by its name
# alone, whatever town bears that name
_BLOCK_OF = re.compile(r"\bblock of (?:(?:north|south|east|west|n|s|e|w)\.? )?$")
# "the Kfar Kila road", "on the Bakhmut highway": a road named in lower case for the town it leads to or through
_TOWN_S_ROAD = re.compile(r" (?:road|highway)\b")


def _context_says_not_place(text: str, offsets: list[int], folded: str, match: _Match) -> bool:
    """True when the word before or after the name makes it a river, street, person...;
    a plural street word makes both names before it streets ("Independence and Wabash avenues"), and an
    address's block ("the 4400 block of Lexington") the name after it."""
    words = name_context()
    before = folded[max(0, match.start - 20) : match.start].split()
    after = [w.rstrip(",.;:") for w in folded[match.end + 1 : match.end + 40].split(None, 3)[:3]]
    streets = words["streets"]
    return (bool(before) and before[-1] in words["before"]
            or _ends_before(_BLOCK_OF, "block of ", folded, max(0, match.start - 20), match.start)
            or bool(after) and (after[0] in words["after"] or after[0] in words["street"] or after[0] in streets)
            and not _DRIVE_BY.match(text, offsets[match.end] + 1)
            and not _TOWN_S_ROAD.match(text, offsets[match.end] + 1)
            or len(after) == 3 and after[0] == "and" and after[2] in streets)


# "al-Bureij", "el-Fasher", "ash-Shati": an Arabic article written in lower case before a capital
_ARTICLE_CAPITAL = re.compile(r"(?:al|el|an|ar|as|ash|at|ad|az|ed|en|er|es|et)[-‑ ][A-Z]")


# "southern Gaza": a direction written in lower case before the capital of an area's name
_DIRECTION_CAPITAL = re.compile(r"(?:north|south|east|west|northern|southern|eastern|western|central) [A-Z]")


def _is_capitalised(surface: str, key: str = "") -> bool:
    """Written as a name: capitalised, after an Arabic article, or (for the parts of a place
    geo_local_names lists by direction) after a direction."""
    return (surface[:1].isupper() or bool(_ARTICLE_CAPITAL.match(surface))
            or key in _local_names() and bool(_DIRECTION_CAPITAL.match(surface)))


_POPULATION = attrgetter("population")


def _largest_population(entries: tuple[Entry, ...]) -> int:
    """The population of the biggest of ``entries`` (0 of none), asked of every name three times or four: ``map``
    over an ``attrgetter``, not a generator, the way that costs least."""
    return max(map(_POPULATION, entries), default=0)


SURNAME_TOWN_POPULATION = 100_000  # a bigger town is rarely a surname ("Sam Houston" aside)
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) (?:[A-Z]\. )?$")  # "Shannon Bell", "Adarius D. Hayes"
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,3} ?$")  # "Detective K.L. Adams", "Lt. T.J. Murphy"
# A name a person's name goes on from ("Julian A. Johnson", "Vincent Pizzolato, 44,"), or that speaks
# ("Hunter said"; not "police in Hot Springs said")
_NAME_GOES_ON = re.compile(r" (?:[A-Z]\. [A-Z][a-z]|[A-Z][a-z]+(?: Jr\.| Sr\.)?, (?:age )?\d{1,3}\b)")
_SPEAKS = re.compile(r" (?:said|says|told|testified)\b")
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|of|at|near|from|outside|to|by|for)\s+$")


@cache
def _place_prefixes() -> frozenset[str]:
    words = table("slot_time")
    return word_set("geo_place_prefixes") | set(words["weekdays"]) | set(words["months"])


def _after_given_name(text: str, start: int) -> bool:
    """Whether a capitalised word that cannot begin a place name (with a middle initial or not),
    or a person's initials, stand right before ``start``: "Shannon Bell", "Officer Mitchell
    Gardner", "Angela D. Harrison", "Det. K.L. Adams" are people, "South Bend" and "On Monday Kyiv" not."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return (before is not None and before.group(1).lower() not in _place_prefixes()
            or _INITIALS_BEFORE.search(text, max(0, start - 10), start) is not None)


def _person_in_context(text: str, start: int, end: int) -> bool:
    """Whether the words around a name write it as a person's: after a given name or initials,
    before a middle initial, a surname and an age, or a verb of saying."""
    if _after_given_name(text, start):
        return True
    after = text[end + 1 : end + 2]  # what each pattern after the name begins with: most names are followed by neither
    return (after.isupper() and _NAME_GOES_ON.match(text, end) is not None
            or after in ("s", "t") and _SPEAKS.match(text, end) is not None
            and _PLACE_WORD_BEFORE.search(text, max(0, start - 10), start) is None)


GIVEN_NAME_TOWN_POPULATION = 200_000  # "Brandon" (Florida, 103,000), "Tyler" (Texas); not "Austin", "Odesa"
# "Brandon Crawford was shot", "Serhii Lysak reported", "Oleh Syniehubov wrote on Telegram"
_SURNAME_TOLD = re.compile(r" ([A-Z][a-z]+) (?:was|were|is|has|had|said|says|told|reported|reports|wrote|writes|added|stated"
                           r"|noted|announced|posted|confirmed)\b")


SURNAME_ZIPF = 5.0  # "Crawford" 3.8, "Smith" 4.9; "Police" 5.3, "City" 5.6, "Fire" 5.3 are a town's own


@cache
def _not_surnames() -> frozenset[str]:
    """Capitalised words after a town that name a part, an office or an institution of it
    ("Hilliard Police", "Trenton Fire", "Kherson Oblast"), not a person's surname."""
    words = name_context()
    return (words["before"] | words["after"] | word_set("geo_admin_words") | word_set("link_institution_words")
            | _place_prefixes() | {"city", "town", "village", "officers", "authorities", "residents"})


# "Austin Hedrick, 16,", "Austin Ray Newcome, 18", "Austin Ramos Jr.": a full name with an age or a suffix after it
_FULL_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)(?: [A-Z][a-z]+)?(?: Jr\.| Sr\.|, (?:age )?\d{1,2}\b(?!,\d))")


def _given_name_of(text: str, m: _Match, offsets: list[int]) -> bool:
    """Whether a town's name is a given name before a surname that the sentence goes on to tell
    of ("Brandon Crawford was shot", "Tyler Morgan said"): a bigger town than a surname may be,
    and only where so written (a town is also written as a town in the same report); a town of
    any size before a surname and an age or "Jr." ("Austin Hedrick, 16")."""
    end = offsets[m.end] + 1
    if not text[end + 1 : end + 2].isupper():
        return False
    if (full := _FULL_NAME_AFTER.match(text, end)) and _surname_like(full.group(1)):
        return True
    if _largest_population(m.candidates) >= GIVEN_NAME_TOWN_POPULATION:
        return False
    told = _SURNAME_TOLD.match(text, end)
    if told is None or _PLACE_WORD_BEFORE.search(text, max(0, offsets[m.start] - 10), offsets[m.start]) is not None:
        return False
    return _surname_like(told.group(1))


def _surname_like(word: str) -> bool:
    """Whether a capitalised word after a town's name may be a surname: not "Police", "County", "City"."""
    surname = word.lower()
    return surname not in _not_surnames() and _english_zipf(surname) < SURNAME_ZIPF


# "Sergeant Musa Kano", "Omar Salem, 17", "Yazan Abu Hassan": the words before a name, the last three at most
_WORDS_BEFORE = re.compile(r"(?:[A-Za-z]+\.? ){1,3}$")
WORDS_BEFORE_REACH = 40
_LETTER_OR_STOP = frozenset(string.ascii_letters + ".")  # what ``_WORDS_BEFORE`` ends with before its last space
_NAME_PARTICLES = frozenset({"abu", "bin", "ibn", "ould"})  # father of, son of: "Yazan Abu Hassan", "Ali bin Salem"
_AGE_AFTER = re.compile(r"(?: Jr\.| Sr\.)?, (?:aged? )?\d{1,2}\b(?![,.]\d)")
_NOT_TITLES = frozenset({"river", "lake", "mount"})


def _inside_full_name(text: str, start: int, end: int) -> bool:
    """Whether a name of any size ends a person's full name: after a given name, with a title or rank
    before that ("Sergeant Musa Kano"), an age after the name ("Omar Salem, 17"), or between them the
    particle of an Arabic name ("Yazan Abu Hassan"). A big town is no surname alone ("in Kano", "Kano-based")."""
    if _after_lower_case_word(text, start):
        return False
    before = _words_before(text, start)
    words = before.group().split() if before else []
    if not words:
        return False
    if words[-1].lower() in _NAME_PARTICLES:
        return len(words) > 1 and _given_name(words[-2])
    if not _given_name(words[-1]):
        return False
    return (_AGE_AFTER.match(text, end) is not None
            or len(words) > 1 and _title(words[-2])
            or len(words) > 2 and _given_name(words[-2]) and _title(words[-3]))


def _after_lower_case_word(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is in lower case and no name's particle ("in Kano", "near Kano"): then
    it is the last of ``_words_before`` and no given name, and no full name ends at ``start`` (most names are told so:
    asked first, it spares ``_inside_full_name`` reading the words before)."""
    end = _words_end(text, start)
    lo = max(0, start - WORDS_BEFORE_REACH)
    word = text[max(lo, text.rfind(" ", lo, end - 1) + 1) : end - 1]
    return word.isascii() and word.rstrip(".").isalpha() and word.islower() and word not in _NAME_PARTICLES


def _words_end(text: str, start: int) -> int:
    """Where the words before a name at ``start`` end: before a line break right before it, if any (``_WORDS_BEFORE``'s
    "$" holds before a last line break too)."""
    return start - 1 if text[start - 1 : start] == "\n" else start


def _words_before(text: str, start: int) -> re.Match[str] | None:
    """``_WORDS_BEFORE`` in the ``WORDS_BEFORE_REACH`` characters before ``start``, asked of every name a text holds: a match ends
    with a space after a letter or a stop (and a line break, if any), and holds three spaces at most, so the
    search begins after the fourth space back (a seventh of recognising took trying it at each of the 40 places)."""
    end = _words_end(text, start)
    if end < 2 or text[end - 1] != " " or text[end - 2] not in _LETTER_OR_STOP:
        return None
    lo = max(0, start - WORDS_BEFORE_REACH)
    space = end - 1
    for _ in range(3):
        space = text.rfind(" ", lo, space)
        if space < 0:
            break
    return _WORDS_BEFORE.search(text, max(lo, space + 1), start)


def _given_name(word: str) -> bool:
    """Whether a word may be a person's given name: capitalised, not a place's first word nor an institution's."""
    return word[:1].isupper() and word[1:].islower() and word.lower() not in _place_prefixes() and _surname_like(word)


def _title(word: str) -> bool:
    """Whether a word is a title or rank said before a person's name ("Sergeant", "Dr.", "Lt.")."""
    return word.lower() in name_context()["before"] and word.lower() not in _NOT_TITLES


def _surnames(text: str, offsets: list[int], matches: list[_Match]) -> set[int]:
    """The indexes of matches that are people's names: a small town's name written as a person's
    (``_person_in_context``: "Shannon Bell", "Vincent Pizzolato, 44", "Hunter said"), that given
    name when it too is a town's ("Shannon"), and the same name told alone later ("... Bell was a student")."""
    small = [_largest_population(m.candidates) < SURNAME_TOWN_POPULATION for m in matches]
    surnames = {i for i, m in enumerate(matches)
                if small[i] and _person_in_context(text, offsets[m.start], offsets[m.end] + 1)}
    given = {i - 1 for i in surnames if i > 0 and small[i - 1] and matches[i - 1].end + 2 == matches[i].start}
    keys = {matches[i].key for i in surnames}
    return (surnames | given | {i for i, m in enumerate(matches) if small[i] and m.key in keys}
            | {i for i, m in enumerate(matches) if _given_name_of(text, m, offsets)
               or _inside_full_name(text, offsets[m.start], offsets[m.end] + 1)})


# "Kyiv said", "Moscow accused": a capital speaking is its government, not where anything happened
_GOVERNMENT_SPEAKS = re.compile(r" (?:said|says|claimed|claims|accused|accuses|denied|denies|blamed|blames|insisted"
                                r"|insists|announced|announces|warned|warns)\b")


def _governments(text: str, offsets: list[int], matches: list[_Match]) -> set[int]:
    """The indexes of big towns that speak ("Kyiv said a Russian missile killed three in Kupiansk"):
    the government or city hall seated there, which says where nothing happened."""
    return {i for i, m in enumerate(matches)
            if m.kind != "country" and _largest_population(m.candidates) >= SURNAME_TOWN_POPULATION
            and _GOVERNMENT_SPEAKS.match(text, offsets[m.end] + 1) is not None
            and _PLACE_WORD_BEFORE.search(text, max(0, offsets[m.start] - 10), offsets[m.start]) is None}


class _Context:
    """What the whole document says about where it is."""

    def __init__(self, matches: list[_Match], country: str | None, gaz: Gazetteer, peoples: set[str],
                 owners: frozenset[int] = frozenset()):
        self.gaz, self.peoples = gaz, peoples
        votes: Counter[str] = Counter()
        self.admins: set[tuple[str, str]] = set()
        self.town_votes: list[tuple[_Match, str]] = []  # the big towns that voted, and for which country
        for m in matches:
            entries = m.candidates
            if m.kind == "country" and entries and (id(m) in owners or m.qualifiers):
                continue  # "Russia's defence ministry said ...": whose army speaks, not where (geo_actor_areas says);
                # "LEBANON, Tenn." is a town; "the Niger border", "crossed from Chad": an edge or an origin (resolve)
            if m.kind == "country" and entries:
                votes[entries[0].country] += 3
            elif m.want == "region" or m.kind == "admin":
                regions = [e for e in entries if e.kind == "region"]
                for e in regions:
                    votes[e.country] += 2 / len(regions)
                    if m.want == "region" or len(regions) == 1:
                        self.admins.add((e.country, e.admin1_code))
            elif entries and entries[0].population >= OUT_OF_FOCUS_POPULATION and entries[0].key == m.key:
                votes[entries[0].country] += 1  # a big town under its own name says where the text is
                self.town_votes.append((m, entries[0].country))
        if country:
            votes[country.upper()] += 100
        # With no place to go by, one people named ("Ukrainian positions") says where the text is.
        self.focus = _leading_country(votes, matches) if votes else (next(iter(peoples)) if len(peoples) == 1 else None)
        self.votes = votes
        self.fronts: FrontReach | None = None  # the front lines the text's actors fight on (``areas``)
        self.states: set[str] = set()  # the US states the text names anywhere (``states``), by postal code
        # what ``_choose`` weighed for a name told alike (its priors, its choice), with the objects its key names by id
        self.weighed: dict[tuple, tuple] = {}

    def yield_to_wars(self, countries: set[str]) -> None:
        """Take back the vote of a big town whose namesake lies in a country the text's armed sides fight in:
        "Myanmar's military ... near Kani" is Sagaing's Kani, not Japan's city of 100,000, which voted for Japan."""
        for m, country in self.town_votes:
            if country not in countries and any(e.kind == "town" and e.country in countries for e in m.candidates):
                self.votes[country] -= 1


def _leading_country(votes: Counter[str], matches: list[_Match]) -> str:
    """The country the text votes for most; of countries tied, the one whose towns under the text's names are the
    biggest ("Poland scrambled jets as Russia attacked Ukraine; in Konotop ...": Ukraine's Konotop of 85,000, not
    Poland's village), and of those alike the first named (``Counter.most_common``'s order)."""
    ranked = votes.most_common()
    tied = [country for country, vote in ranked if vote == ranked[0][1]]
    if len(tied) == 1:
        return tied[0]

    def towns_size(country: str) -> float:
        return sum(max((math.log10(e.population + 10) for e in m.candidates if e.kind == "town" and e.country == country),
                       default=0.0) for m in matches if m.kind == "place")

    return max(tied, key=towns_size)


def _prior(entry: Entry, match: _Match, context: _Context) -> float:
    """A candidate's score from what the document says as a whole (its focus, admin areas, the
    name as written), which stays the same while the names are resolved."""
    score = math.log10(entry.population + 10)
    if entry.country == context.focus:
        score += 3.0
    elif context.votes.get(entry.country):
        score += 1.0
    if (entry.country, entry.admin1_code) in context.admins and _placed_by_towns(entry):
        score += 2.0  # of namesakes, the one in the state the text names ("Washington County, Ark.")
    if entry.kind == "town" and context.fronts is not None and context.fronts.near(entry):
        # of namesakes in one oblast, the one where the text's actors fight, and of those the nearest the line
        score += FRONT_BONUS + FRONT_NEARNESS * context.fronts.nearness(entry)
    main = entry.key
    # A place is mostly called something close to its main name: "Sloviansk" is Slovyansk,
    # though GeoNames also lists it as an old name of Nikopol.
    score += 1.5 if main == match.key else 1.5 * fuzz.ratio(main, match.key) / 100
    if entry.kind == "region" and match.want != "region" and match.kind == "place" and _rival_town(entry, match):
        score -= 4.0  # a bare name that is also a sizeable town's: the town ("Kharkiv")
    if entry.kind == "country" and match.kind == "country":
        score += 1.0
    return score


def _placed_by_towns(entry: Entry) -> bool:
    """Whether the towns a text names nearby tell which of a name's namesakes it is: a town's, or a county's
    ("Orange County deputies" in a story that names Orlando is Florida's); an admin1 area's point is too coarse."""
    return entry.kind == "town" or is_county(entry)


def _rival_town(region: Entry, match: _Match) -> bool:
    """Whether a town in the region (or elsewhere in its country under that main name) holds a
    share of its people: Kharkiv does of its oblast, Chihuahua of its state; Florida, New York (2,800 people)
    does not of the state, which a bare "Florida" means, nor Guanajuato city of its state."""
    return any(e.kind == "town" and e.country == region.country and e.population * RIVAL_TOWN_RATIO >= region.population
               and (e.admin1_code == region.admin1_code or e.key == match.key) for e in match.candidates)


def fits(entry: Entry, qualifier: Entry, gaz: Gazetteer) -> bool:
    """Whether ``entry`` lies in (or, for a town, by) the place that qualifies it."""
    if qualifier.kind == "country":
        return entry.country == qualifier.country
    if qualifier.kind == "region":
        return entry.country == qualifier.country and gaz.within(entry.country, entry.admin1_code, qualifier.admin1_code)
    return entry.country == qualifier.country and (
        entry.admin1_code == qualifier.admin1_code
        or within_km(entry, qualifier, _NEAR_KM)
    )


QUALIFIED = 8.0
BY_ITS_TOWN = 4.0  # lies by the qualifying town but out of the region of the town's name


def _qualified(entry: Entry, qualifier: _Match, gaz: Gazetteer) -> float:
    """What the qualifier says of a candidate: ``QUALIFIED`` when it lies in (or by) the place the qualifier
    was taken for, as much against when not. A town named as its region is ("Mykhailivka, Kherson") names the
    region first: a candidate only by the town, across the region's border, fits less."""
    place = qualifier.choice
    if not fits(entry, place, gaz):
        return -QUALIFIED
    if place.kind == "town" and entry.admin1_code != place.admin1_code and any(
            e.kind == "region" and (e.country, e.admin1_code) == (place.country, place.admin1_code) for e in qualifier.candidates):
        return BY_ITS_TOWN
    return QUALIFIED


class _Grid:
    """Towns in cubes of ``size_km`` over the globe's 3-D points: the towns within ``size_km`` of a
    point are among those of the 27 cubes around its own (``cube``)."""

    FEW = 4  # the towns within reach kept per candidate: more than a candidate ever sets aside (``any_within``)

    def __init__(self, towns: list[Entry], size_km: float):
        self.size_km = size_km
        self.cells: dict[tuple[int, int, int], list[Entry]] = defaultdict(list)
        for town in towns:
            self.cells[cube(town.lat, town.lon, size_km)].append(town)
        self._around: dict[tuple[int, int, int], list[Entry]] = {}  # ``around`` each cube, gathered once
        self._within: dict[int, tuple[Entry, ...]] = {}  # ``within`` each candidate (by its row), found once

    def around(self, entry: Entry) -> list[Entry]:
        """The towns in the 27 cubes about ``entry``: the candidates of a document are mostly in
        a few cubes, so each cube's neighbourhood is gathered once, not per candidate."""
        cell = cube(entry.lat, entry.lon, self.size_km)
        if cell not in self._around:
            self._around[cell] = [town for near in self._cubes_about(cell) for town in self.cells[near]]
        return self._around[cell]

    def _cubes_about(self, cell: tuple[int, int, int]) -> list[tuple[int, int, int]]:
        """The filled cubes among the 27 about ``cell``: a short document fills fewer than 27,
        so looking through those is quicker than asking for all 27."""
        x, y, z = cell
        if len(self.cells) < 27:
            return [c for c in self.cells if abs(c[0] - x) <= 1 and abs(c[1] - y) <= 1 and abs(c[2] - z) <= 1]
        return [c for c in cubes_around(cell) if c in self.cells]

    def within(self, entry: Entry) -> tuple[Entry, ...]:
        """The first ``FEW`` towns (all, if fewer) that lie within ``size_km`` of ``entry``, found once per candidate:
        a name told many times, and each pass, asks of the same candidates."""
        found = self._within.get(entry.index)
        if found is None:
            near = (town for town in self.around(entry) if within_km(entry, town, self.size_km))
            found = self._within[entry.index] = tuple(islice(near, self.FEW))
        return found

    def any_within(self, entry: Entry, besides: tuple[Entry | None, ...]) -> bool:
        """Whether a town that is none of ``besides`` (by identity) lies within ``size_km`` of ``entry``. Of
        ``FEW`` towns within reach, one is none of fewer ``besides``; only more ``besides`` ask all the towns again."""
        found = self.within(entry)
        if any(all(town is not c for c in besides) for town in found):
            return True
        return len(found) == self.FEW and any(all(town is not c for c in besides) and within_km(entry, town, self.size_km)
                                              for town in self.around(entry))


class _Nearby:
    """The towns the first pass chose, in a grid of ``CLOSE_KM`` cubes and one of ``REACH_KM``
    cubes, so a candidate asks the towns around it rather than every town the document names.
    A close town is looked for among the few in the small cubes first: looking through every
    town within reach for one took time that grew with a long document's towns, for each of
    its candidates with none close."""

    REACH_KM = 150.0
    CLOSE_KM = 25.0

    def __init__(self, towns: list[Entry]):
        self.close, self.reach = _Grid(towns, self.CLOSE_KM), _Grid(towns, self.REACH_KM)

    CLOSE_BONUS = 3.0
    REACH_BONUS = 1.5

    def closeness(self, entry: Entry, chosen: tuple[Entry | None, ...], reach_counts: bool = True) -> float:
        """``CLOSE_BONUS`` when another chosen town (none of ``chosen``: the match's own and its qualifiers') lies
        within 25 km, ``REACH_BONUS`` within 150 km; 0 for the latter where it would not make the candidate the best
        (not ``reach_counts``): the towns within reach are then not asked (most of a long list's namesakes)."""
        if self.close.any_within(entry, chosen):
            return self.CLOSE_BONUS
        return self.REACH_BONUS if reach_counts and self.reach.any_within(entry, chosen) else 0.0


@lru_cache(maxsize=100_000)
def cube(lat: float, lon: float, size_km: float) -> tuple[int, int, int]:
    """The cube of ``size_km`` holding a point's place on the globe in 3-D (a town is weighed in
    many documents, so its cube is worked out once). Two points within ``size_km`` over the
    surface lie in the same or neighbouring cubes (no coordinate of the cube differs by more than one)."""
    lat, lon = math.radians(lat), math.radians(lon)
    point = (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))
    return tuple(math.floor(6371.0 * c / size_km) for c in point)


_STEPS = tuple(product((-1, 0, 1), repeat=3))  # from a cube to each of the 27 about it


def cubes_around(cell: tuple[int, int, int]) -> list[tuple[int, int, int]]:
    """The 27 cubes about ``cell``, itself among them: where every point within a cube's size of its points lies
    (a list from fixed steps: a document's candidates ask for thousands, and nested loops took half their time)."""
    x, y, z = cell
    return [(x + dx, y + dy, z + dz) for dx, dy, dz in _STEPS]


def _choose(match: _Match, context: _Context, matches: list[_Match], others: _Nearby | None = None) -> Entry | None:
    """The best scored of the first 200 candidates: its prior, then the choices of its
    qualifiers and (second pass) closeness to the ``others`` chosen, which can change between passes.
    A name told again alike, unqualified (a report names its town four times), is weighed once per pass."""
    if match.qualifiers:
        return _best_candidate(match, context, matches, others)
    told = ("choice", *_told_alike(match), id(match.choice), id(others))
    if told not in context.weighed:
        context.weighed[told] = (_best_candidate(match, context, matches, others), match.candidates, match.choice, others)
    return context.weighed[told][0]


def _told_alike(match: _Match) -> tuple:
    """What a name's priors follow from: its key, what it wants, its kind and its candidates (by identity, held by
    ``_Context.weighed`` beside the key, so that no id is taken again while the key is kept)."""
    return match.key, match.want, match.kind, id(match.candidates)


def _best_candidate(match: _Match, context: _Context, matches: list[_Match], others: _Nearby | None) -> Entry | None:
    """``_choose`` for one name."""
    pool = match.candidates
    if match.want == "region":
        pool = tuple(e for e in pool if e.kind == "region") or pool
    elif match.want == "town":
        pool = tuple(e for e in pool if e.kind == "town") or pool
    if not pool:
        return None
    told = ("priors", *_told_alike(match))
    if told not in context.weighed:
        context.weighed[told] = ([_prior(entry, match, context) for entry in pool[:200]], match.candidates)
    priors = context.weighed[told][0]
    best, best_score = None, -math.inf
    # The qualifiers' own towns are weighed once, by ``_qualified``: "Krynky, Kherson" names the oblast,
    # and the Krynky nearest Kherson city is no likelier for it.
    chosen = (match.choice, *(matches[q].choice for q in match.qualifiers))
    for entry, score in zip(pool, priors):
        for q in match.qualifiers:
            if matches[q].choice is not None:
                score += _qualified(entry, matches[q], context.gaz)
        if others is not None and score + _Nearby.CLOSE_BONUS > best_score and _placed_by_towns(entry):
            score += others.closeness(entry, chosen, reach_counts=score + _Nearby.REACH_BONUS > best_score)
        if score > best_score:
            best, best_score = entry, score
    return best


OUT_OF_FOCUS_POPULATION = 100_000
FRONT_BONUS = 1.5  # beats a namesake village's few hundred more people, not a named oblast (+2) or a town
FRONT_NEARNESS = 0.05  # a tie-break: of namesakes near a line alike (codifier villages of one size), the nearest
RIVAL_TOWN_RATIO = 20  # a town with 5% of a region's people may be what its bare name means; Guanajuato city's
# 1.4% of its state's (the gazetteer's sum of its towns) is not: "gunmen in Guanajuato" is the state, as
# "in Chiapas", "in Copán" and "in Quang Tri" are their areas (the dozen first-level areas whose namesake holds 1-5%)
SPELLING_RATIO = 85  # a name this close to a place's main name is a spelling of it, not another name
EXONYM_POPULATION = 900_000  # cities this big are written under exonyms too: Kiev, Kharkov, Odessa


def _out_of_focus(match: _Match, context: _Context, text: str, offsets: list[int]) -> bool:
    """A place in a country the text never names, unless a big place under its own name, is
    far more often a word or a surname ("Court", "Gomez") than a place; and any such place, big or not,
    whose name ``_runs_on`` into a foreign word in a text about another country is the first word of a
    longer local name the gazetteer lacks ("near Adan Yabaal" in Somalia is no Aden, Yemen)."""
    entry = match.choice
    if entry.kind != "town" or context.votes.get(entry.country) or entry.country == context.focus or match.qualifiers:
        return False
    if context.focus is not None and _runs_on(text, offsets, match):  # asked only of a place out of focus
        return True
    if context.focus is None and _listed_as(entry, match.key):
        return False  # "Gunmen attacked Yelewata": a name listed from war reports is no word nor surname
    # "Gaza City" is Gaza's own name too, and "Zaporizhzhia" a spelling of Zaporizhzhya's
    # and a camp or neighbourhood of geo_local_names is its town's
    own_name = (_own_name(entry, match.key) or fuzz.ratio(entry.key, match.key) >= SPELLING_RATIO
                or match.key in _local_names())
    return not (entry.population >= OUT_OF_FOCUS_POPULATION and (own_name or entry.population >= EXONYM_POPULATION))


# a capitalised word right after a name: "Adan Yabaal", "Bulo Marer", "Kani Masi"
_NEXT_WORD = re.compile(r"[ \t]([A-Z][a-z]+)\b")
FOREIGN_WORD_ZIPF = 1.0  # "Yabaal", "Marer": no English word; "Airport", "Times", "Monday", "Police" are


def _runs_on(text: str, offsets: list[int], match: _Match) -> bool:
    """Whether the name goes on into a capitalised word English does not write, so it is only the start of
    a longer name ("Adan Yabaal"); an admin word, a weekday, an outlet's or an office's word ends a name."""
    after = _NEXT_WORD.match(text, offsets[match.end] + 1)
    return after is not None and _english_zipf(after.group(1)) < FOREIGN_WORD_ZIPF


def _out_of_state(match: _Match, context: _Context, in_state: _Grid) -> bool:
    """A small US town, unqualified, in none of the states a US text names, under a name English
    writes often as a word or surname: local news names its own state ("NBC Connecticut", "Lumberton,
    N.C.", a big city of it) and its people's names bare, so "Turner", "Norris" or "Logan Hinrichs" there
    is a person far more often than a namesake town states away; a town by one of the text's own towns in
    a named state is a neighbour across the line ("Masury" by Sharon, Pa.), looked for in the grid of
    those towns (``in_state``): looking through every town a long document names, for each candidate, grew
    with the square of its towns."""
    entry = match.choice
    return (entry.kind == "town" and entry.country == "US" == context.focus and bool(context.states)
            and entry.admin1_code not in context.states and not match.qualifiers
            and entry.population < OUT_OF_FOCUS_POPULATION and _english_zipf(match.key) >= RARE_NAME_ZIPF
            and not in_state.within(entry))


def _states_of_big_towns(matches: list[_Match], context: _Context) -> None:
    """Add to the text's named states those of the big US towns it names under their own names: "Chicago"
    says Illinois as surely as "Ill." does (a state named "New York" or "Washington" is not read as one)."""
    context.states |= {m.choice.admin1_code for m in matches if m.choice is not None and m.start >= 0
                       and m.choice.kind == "town" and m.choice.country == "US"
                       and m.choice.population >= OUT_OF_FOCUS_POPULATION and m.choice.key == m.key}


LOCATIVE_EVIDENCE = 2  # "in Bell" once may be a phrase; "in Taunton" and "Taunton police" is the town


@dataclass(frozen=True)
class _LocativeFrames:
    """The phrases before and after a name that write it as a place: those before as one pattern
    that ends where it is searched to (the name's start), ``before_chars`` the most letters one holds;
    those after as one pattern matched where the name ends, its white space included."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    before_chars: int


@cache
def _locative_frames() -> _LocativeFrames:
    rows = tsv_rows("geo_locative_frames")
    before = [r[1].strip() for r in rows if r[0] == "before"]
    after = choice((r[1].strip() for r in rows if r[0] == "after"), flexible_spaces=True)
    return _LocativeFrames(re.compile(rf"(?i:\b(?:{choice(before, flexible_spaces=True)})\s+)\Z"),
                           re.compile(rf"(?i:\s+(?:{after}))\b"),
                           max(len(phrase.replace(" ", "")) for phrase in before))


def _written_as_place(text: str, surface: str, evidence: int = LOCATIVE_EVIDENCE) -> bool:
    """Whether the text writes the name (as capitalised) where only a place fits, often enough
    (``evidence`` frames) to outweigh a word or surname of that spelling: "shot in Taunton", "Taunton police"; a
    dateline naming it is one such frame ("TRENTON - ... a shooting in Trenton"). A name of two words
    with police of its own is a town at once ("according to the Horn Lake Police Department", "Bowling
    Green police said"): no neighbourhood ("an Ocean View shooting") nor street has its own police, and
    wordfreq rates such a phrase about as common as its words."""
    if " " in surface and re.search(rf"\b{re.escape(surface)}\s+(?i:police)\b", text):
        return True
    datelined = _in_dateline(text, surface)
    if text.count(surface) + datelined < evidence:  # each frame holds the name: too few names, too few frames
        return False
    return _locative_count(text, surface) + datelined >= evidence


def _locative_count(text: str, surface: str) -> int:
    """How often the text writes ``surface`` in a frame before or after it, each writing of the name
    once: a frame is looked for at the name's occurrences only. One pattern of both frames about the
    name, run over the whole text, tried the frames at every character, for every name asked: a long
    text dense with towns took time that grew with its length times its towns. The frames' patterns are
    compiled once: ``find`` has matched the name itself, so only the word edges about it are left to ask
    (a pattern per name holding the frames after it, compiled anew as names passed out of ``re``'s cache,
    cost 0.1 s over 400 GVA dev articles, more than the searches)."""
    frames = _locative_frames()
    count, done = 0, 0  # ``done``: where the last frame counted ends; frames do not overlap
    at = text.find(surface)
    while at != -1:
        end = at + len(surface)
        if at >= done:
            if _WORD_EDGE.match(text, end) and frames.before.search(text, _frame_reach(text, at, frames.before_chars, done), at):
                count, done = count + 1, end
            elif _WORD_EDGE.match(text, at) and (after := frames.after.match(text, end)):
                count, done = count + 1, after.end()
        at = text.find(surface, at + 1)
    return count


_WORD_EDGE = re.compile(r"\b")  # matched at an offset, it reads the character before it too


def _frame_reach(text: str, at: int, letters: int, done: int) -> int:
    """The furthest back a frame of at most ``letters`` letters (white space between its words and
    after it of any length) can start before ``at``, and not before ``done``."""
    start, seen = at, 0
    while start > done and seen <= letters:
        start -= 1
        seen += not text[start].isspace()
    return start


def _in_dateline(text: str, surface: str) -> bool:
    """Whether a dateline near the start opens with ``surface`` alone, in any case ("TRENTON -",
    "TRENTON, N.J. -"; not a headline's "Riviera beach man shot -")."""
    folded = surface.casefold()
    return any(d.opening == folded for d in _datelines(text))


@dataclass(frozen=True)
class _Dateline:
    places: tuple[int, int]  # where its places are written
    end: int  # where it closes, after an agency's credit in brackets
    opening: str  # its first place, case-folded ("trenton" of "TRENTON, N.J. -")


def _datelines(text: str) -> tuple[_Dateline, ...]:
    """Every line near the start that reads as a dateline, scanned once per document: recognising
    (the agency credits), resolving (the places flagged) and each name's frames ask of them."""
    return _datelines_in(text[:DATELINE_REACH])


@lru_cache(maxsize=16)
def _datelines_in(start: str) -> tuple[_Dateline, ...]:
    """``_datelines`` of a text's first DATELINE_REACH characters, all a scan reads: the cache holds no whole document."""
    return tuple(_Dateline(d.span("places"), d.end(), d.group("places").split(",")[0].strip(" -").casefold())
                 for d in _at_line_starts(_DATELINE, start))


def _at_line_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that matches only where a line starts: tried there alone, not at
    every character (``finditer`` tried ``_DATELINE`` at each of the 400, most of its time over news copy)."""
    at = 0
    while at != -1:
        if found := pattern.match(text, at):
            yield found
            at = text.find("\n", found.end() - 1)
        else:
            at = text.find("\n", at)
        at = -1 if at == -1 else at + 1


def _placed_by_its_frames(text: str, offsets: list[int], match: _Match, context: _Context,
                          written: dict[tuple[str, int], bool]) -> bool:
    """Whether a town out of focus is still meant: the text names no country at all (local news)
    and writes the name as a place often enough. A text with a focus elsewhere writing "in
    Whitehaven" means a neighbourhood of its own city, not a namesake abroad. ``written`` keeps
    each name's answer for the document: every mention of a name asks the same of the whole text,
    and asking it again per mention made a text repeating one name quadratic."""
    return context.focus is None and _written_as(text, offsets, match, written, _evidence_needed(match))


LOCAL_TOWN_POPULATION = 20_000  # a town this big is named in its local news under its own name, bare
LOCAL_TOWN_ZIPF = 4.0  # "Sarasota" 3.0, "Ogden" 3.2, "Lynn" 3.9: the towns' fame; not "Gary" 4.4, "Franklin" 4.2


def _evidence_needed(match: _Match) -> int:
    """How many frames keep a town out of focus in a text that names no country: one ("a shooting Sunday
    morning in Sarasota", "OGDEN -", "Trenton police said") for a sizeable town under its own name, which its
    own fame, not a word's or surname's use, makes as common as it is in English (up to LOCAL_TOWN_ZIPF);
    LOCATIVE_EVIDENCE for a small town or a name English writes often as a given name or surname."""
    entry = match.choice
    sizeable = (entry.population >= LOCAL_TOWN_POPULATION and entry.key == match.key and not match.word
                and _english_zipf(match.key) < LOCAL_TOWN_ZIPF)
    return 1 if sizeable else LOCATIVE_EVIDENCE


def _written_as(text: str, offsets: list[int], match: _Match, written: dict[tuple[str, int], bool],
                evidence: int = LOCATIVE_EVIDENCE) -> bool:
    """``_written_as_place`` of the match's name, asked once per name and evidence for the document."""
    surface = text[offsets[match.start] : offsets[match.end] + 1]
    if (surface, evidence) not in written:
        written[surface, evidence] = _written_as_place(text, surface, evidence)
    return written[surface, evidence]


@cache
def _struck_frame() -> re.Pattern[str]:
    """The words right before a name that write it as a place struck or fought in ("shelled Vovchansk", "near Djibo"),
    or as what stands there ("a strike on the Nuseirat camp", "shelled the Abu Shouk market")."""
    rows = tsv_rows("geo_locative_frames")
    return re.compile(rf"\b(?i:{choice((r[1].strip() for r in rows if r[0] in ('before', 'struck')), flexible_spaces=True)})"
                      r"\s+(?i:the\s+)?$")


RARE_NAME_ZIPF = 3.0  # "Hunter", "Bell", "Mitchell" are written far more often as words and surnames than as towns


def _struck_alone(text: str, offsets: list[int], match: _Match, context: _Context, struck: dict[str, bool]) -> bool:
    """Whether a town out of focus is still meant in a report that names no country, army or
    armed group ("Rescuers pulled two more bodies from the rubble in Vilniansk", "a roadside bomb
    near Djibo"), or none but the country whose people it names ("rockets fired from Lebanon struck
    Kiryat Shmona, the Israeli military said"), or whose only hint is the people that struck it ("Pakistani jets
    bombed Khost"): every town of the name lies in one country, English
    rarely writes the name otherwise, and the text writes it where only a place fits, not as an owner ("in Hunter's car").
    ``struck`` keeps the answer per name for the document, as ``_placed_by_its_frames`` does."""
    countries = {e.country for e in match.candidates if e.kind == "town"}
    if (match.word or _english_zipf(match.key) >= RARE_NAME_ZIPF or len(countries) != 1
            or context.votes and not countries <= context.peoples):
        return False
    name = text[offsets[match.start] : offsets[match.end] + 1]
    if name not in struck:
        struck[name] = _written_as_struck(text, name)
    return struck[name]


def _written_as_struck(text: str, name: str) -> bool:
    """Whether the text writes the name once where only a place struck or fought in fits, not as an owner."""
    at = text.find(name)
    while at != -1:
        after = text[at + len(name) : at + len(name) + 2]
        if not after[:1].isalnum() and after not in ("'s", "’s") and _struck_frame().search(text, max(0, at - 40), at):
            return True
        at = text.find(name, at + 1)
    return False


def _unsupported_village(match: _Match, context: _Context) -> bool:
    """A name only a postal village bears (thousands of them are also words or surnames:
    "Zhovtneve", "Sokil") is a place only in a text about its country or where a qualifier
    places it ("Hlyboke, Kharkiv")."""
    return match.kind == "village" and context.focus != match.choice.country and not match.qualifiers


def to_place(entry: Entry, gaz: Gazetteer, relation: str | None = None, span: Span | None = None) -> Place:
    precision = {"town": "town", "region": "region", "country": "country"}[entry.kind]
    if relation == "near" and precision == "town":
        precision = "near"
    return Place(
        geonames_id=entry.geonames_id,
        name=entry.name,
        admin1=gaz.admin1_name(entry.country, entry.admin1_code),
        country=entry.country,
        lat=round(entry.lat, 5),
        lon=round(entry.lon, 5),
        precision=precision,
        span=span,
    )


MIN_ALTERNATE_TEXT_KEY = 4


def _named_so_in_text(key: str, candidates: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """In free text, only the places that running text calls by ``key``. The build lets free text
    match every name of a big city or of a Ukrainian place, but only the main name of the
    others: another town's old or local name that happens to be spelt so is a surname far
    more often ("Jones" is also Saint Bernice, Indiana). A short name is only the towns so
    called: short alternate names are codes and nicknames ("VOG" Volgograd, "Law" Lawton). The
    names ``data/geo_local_names.tsv`` and ``geo_local_places.tsv`` list are the ones outlets write
    ("Hodeidah", "Kitchanga"), and an Israeli town's transliterations of its name ("Kiryat Shmona")."""
    if len(key) < MIN_ALTERNATE_TEXT_KEY:
        return tuple(e for e in candidates if e.kind != "town" or e.key == key or _listed_as(e, key))
    return tuple(e for e in candidates if e.kind != "town" or all_names_written(e.country, e.admin1_code, key)
                 or e.population >= TEXT_ALL_NAMES_POPULATION or _own_name(e, key) or _listed_as(e, key)
                 or spelt_as_main(e.country, key, e.key))


@lru_cache(maxsize=100_000)
def _text_candidates(gaz: Gazetteer, key: str) -> tuple[Entry, ...]:
    """``_named_so_in_text`` of the key's entries, once per key: the same names recur from
    document to document, and sifting a common name's many namesakes each time is slow."""
    return _named_so_in_text(key, gaz.lookup(key))


def _own_name(entry: Entry, key: str) -> bool:
    """``key`` is the entry's main name, or holds it ("Baltimore City"), or lacks only its article
    ("Bronx" for The Bronx, "Tarmiyah" for At Tarmiyah) or its suffix ("Acapulco" for Acapulco de Juárez), or is
    it abbreviated ("Mt. Oliver" for Mount Oliver); "Taylor" is not "Taylors", nor "Rivera" "Pico Rivera"."""
    return (entry.key in key or entry.key.removeprefix("the ") == key or short_form(entry.key) == key
            or key in abbreviated(entry.key)
            or entry.country in ARABIC_ARTICLE_COUNTRIES and without_article(entry.key) == key)


COMMON_WORD_ZIPF = 5.0  # "Many", "Several", "Union": English writes these words far more often than the towns
_SENTENCE_END = frozenset('.!?:\n')


def _sentence_opening_word(text: str, start: int, key: str) -> bool:
    """Whether the name is a very common English word capitalised only because a sentence opens
    with it ("Many people were hurt in Dallas"): a place then only where a qualifier follows."""
    before = text[max(0, start - 8) : start].rstrip(" \t\"'“‘(")
    opens = not before or before[-1] in _SENTENCE_END or start > 0 and "\n" in text[max(0, start - 8) : start]
    return opens and " " not in key and _english_zipf(key) >= COMMON_WORD_ZIPF


_GREATER = re.compile(r"\bGreater\s+$")


def _greater_small_town(text: str, start: int, candidates: tuple[Entry, ...]) -> bool:
    """Whether the name follows "Greater" and no town of that name is big: "Greater Houston" is
    the city's area, "a Greater Eastwood home in Houston" a neighbourhood, not Eastwood, Michigan."""
    return (_ends_before(_GREATER, "Greater", text, max(0, start - 10), start)
            and _largest_population(candidates) < OUT_OF_FOCUS_POPULATION)


_REGIONAL = " regional"


def _small_town_s_facility(folded: str, match: _Match, gaz: Gazetteer) -> bool:
    """Whether a facility's word follows a name no big town bears ("Midway Airport", "Hobby Airport"):
    such a name is more often a person's or a namesake's than the town's; a city's airport is the
    city's ("Hodeidah airport", "Port Sudan airport", "Fresno airport"). So is a facility named for the area it
    serves ("Palestine Regional Medical Center", "Baxter Regional Medical Center"), unless a big town or an admin
    area bears the name ("Orlando Regional Medical Center", "the Kherson Regional Hospital" is the oblast's, in
    its city); the gazetteer may hold "Regional" as an admin word of the name ("kherson regional")."""
    regional = match.key.endswith(_REGIONAL)
    end = match.end - len(_REGIONAL) if regional else match.end
    after = [word.rstrip(",.;:") for word in folded[end + 1 : end + 30].split(None, 2)[:2]]
    facilities = name_context()["facility"]
    if after and after[0] in facilities:
        return _no_big_town(match.candidates)
    named = gaz.lookup(match.key.removesuffix(_REGIONAL)) if regional else match.candidates
    return " ".join(after) in facilities and _no_big_town(named) and not any(e.kind == "region" for e in named)


def _no_big_town(entries: tuple[Entry, ...]) -> bool:
    """Whether no town of the entries is as big as a town rarely a surname is."""
    return max((e.population for e in entries if e.kind == "town"), default=0) < SURNAME_TOWN_POPULATION


_THE = "the "


def _without_lower_case_article(text: str, offsets: list[int], start: int, key: str, gaz: Gazetteer) -> tuple[int, str]:
    """Read a name GeoNames writes with its article ("The Bronx", "The Hague") as the name alone where running
    text writes the article in lower case ("shot in the Bronx"), so that the name is still read as written:
    the name's start and key."""
    if key.startswith(_THE) and text[offsets[start]] == "t" and gaz.lookup(key[len(_THE):]):
        return start + len(_THE), key[len(_THE):]
    return start, key


def recognise(text: str, gaz: Gazetteer, guarded: bool = True, headline_at: int | None = None) -> tuple[str, list[int], list[_Match]]:
    """The gazetteer names in ``text``; ``guarded`` drops common words, persons, lower case (the
    text's and its headline's, from ``headline_at``, each judged on its own: ``find_places``)."""
    folded, offsets = fold_text(text)
    not_places = word_set("geo_not_places")
    matches = []
    for start, end, key, kind in _scan(folded, gaz, text, offsets):
        if guarded:
            start, key = _without_lower_case_article(text, offsets, start, key, gaz)
            if not _is_capitalised(text[offsets[start] : offsets[end] + 1], key):
                continue
        match = _Match(start, end, key, kind)
        if guarded and (_context_says_not_place(text, offsets, folded, match) or _ATTRIBUTE_AFTER.match(text, offsets[end] + 1)
                        or _in_organisation_name(text, offsets[end] + 1)):
            continue
        match.word = match.key in not_places or (guarded and _sentence_opening_word(text, offsets[match.start], match.key))
        if match.word and not guarded:  # a query names such a place only as a whole segment (query.py)
            continue
        match.candidates = _text_candidates(gaz, match.key) if guarded else gaz.lookup(match.key)
        if not match.candidates or guarded and (_greater_small_town(text, offsets[match.start], match.candidates)
                                                or _small_town_s_facility(folded, match, gaz)):
            continue
        _suffix(folded, match)
        if match.want == "part" and not _THE_BEFORE.search(text, max(0, offsets[match.start] - 40), offsets[match.start]):
            match.want = None  # "a Raleigh neighborhood" is a neighbourhood of Raleigh
        if match.want is None and _city_district(match):
            match.want = "part"
        _relation(folded, match)
        matches.append(match)
    if guarded:
        parts = _Beside(matches, offsets, headline_at).apart()
        people = ({part[i] for part in parts for i in _surnames(text, offsets, [matches[j] for j in part])}
                  | _governments(text, offsets, matches))
        credits = _dateline_credits(text)
        matches = [m for i, m in enumerate(matches)
                   if i not in people and not any(lo <= offsets[m.start] < hi for lo, hi in credits)]
        matches = sorted(matches + _misspelt_before_regions(text, folded, offsets, matches, gaz)
                         + _small_towns_before_states(text, folded, offsets, matches, gaz), key=lambda m: m.start)
        matches = sorted(matches + _small_towns_in_named_states(text, folded, offsets, matches, gaz), key=lambda m: m.start)
    return folded, offsets, matches


class _Spans:
    """The text spans of a document's matches, to ask whether a stretch of text overlaps one: only a span starting
    within the longest span's length before the stretch can reach it (a text that is one long list of "X region" or
    "Austin, Texas" names made a scan of every match for each name quadratic: 8,000 took 18 s)."""

    def __init__(self, matches: list[_Match], offsets: list[int]) -> None:
        self.spans = sorted((offsets[m.start], offsets[m.end]) for m in matches)  # the last character's offset ends one
        self.starts = [start for start, _ in self.spans]
        self.longest = max((end - start for start, end in self.spans), default=0)

    def overlap(self, start: int, end: int) -> bool:
        """Whether a span overlaps the text from ``start`` up to ``end`` (not included)."""
        return any(start <= self.spans[i][1] for i in range(bisect_left(self.starts, start - self.longest),
                                                            bisect_left(self.starts, end)))


# "fired mortars at Gremyachka, Chernihiv", "near Kuzmine, Luhansk", ACLED's "shelled Sotk (Gegharkunik)": a name told
# before the region it lies in
_NAME_BEFORE_REGION = re.compile(r"\b(?:at|near|in|outside|around|towards?|of|shelled|attacked)\s+"
                                 r"([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)?)(?:,\s*|\s+\()$")
REGION_SPELLING_RATIO = 85  # "kuzmine" for Kuzmyne (85.7), "gremyachka" for Hremyachka (90)
_NAME_BEFORE_REGION_REACH = 60


def _misspelt_before_regions(text: str, folded: str, offsets: list[int], matches: list[_Match],
                             gaz: Gazetteer) -> list[_Match]:
    """Names free text does not match, told before the region they lie in: the region's towns of that name, however
    small ("Sotk (Gegharkunik)"), else its town or village of the nearest spelling: transliterations vary beyond
    the tables' ("Gremyachka" for Hremiachka, "Kuzmine" for Kuzmyne, "Huriiv Kozachok" for Huriv Kozachok), and
    the region narrows a near spelling to its own places.
    A name English writes as a word ("in January, Kharkiv officials said") is none. A name the gazetteer holds
    only in other countries (the Russian border village Gremyachka) may be such a spelling too: the region's
    near spellings join its candidates, and the region decides."""
    found = []
    taken = _Spans(matches, offsets)
    for i, m in enumerate(matches):
        regions = [e for e in m.candidates if e.kind == "region"]
        if regions and i and _only_abroad(folded, matches[i - 1], m, regions):
            named = matches[i - 1]
            named.candidates = tuple(dict.fromkeys((*named.candidates, *_near_spellings(named.key, regions, gaz))))
            continue
        before = _NAME_BEFORE_REGION.search(text, max(0, offsets[m.start] - _NAME_BEFORE_REGION_REACH), offsets[m.start]) \
            if regions else None
        if before is None or taken.overlap(before.start(1), before.end(1)):  # a name already matched there
            continue
        start, end = bisect_left(offsets, before.start(1)), bisect_left(offsets, before.end(1) - 1)
        key = folded[start:end + 1]
        if len(key) >= MIN_ALTERNATE_TEXT_KEY and _english_zipf(key) < RARE_NAME_ZIPF:
            candidates = _region_towns(key, regions, gaz) or _near_spellings(key, regions, gaz)
            if candidates:
                found.append(_Match(start, end, key, "place", candidates=candidates))
    return found


# "in Appling, Ga.", "6902 North Star Road, Campbellsburg, Indiana": the US press writes a town with its state,
# so capitalised words right before a state are that state's town, however small (free text matches no town
# under ``build.TEXT_MAIN_NAME_POPULATION`` alone: thousands are words or surnames). Longest name first.
_WORDS_BEFORE_STATE = re.compile(r"(?<![\w'’])((?:[A-Z][a-z'’]+ ){0,2}[A-Z][a-z'’]+),[ \t]*$")
STATE_TOWN_ZIPF = 4.5  # "However, Texas officials", "Meanwhile, Florida": a sentence's opening word, no town
_WORDS_BEFORE_STATE_REACH = 40
STATE_TOWN_COUNTRY = "US"


def _small_towns_before_states(text: str, folded: str, offsets: list[int], matches: list[_Match],
                               gaz: Gazetteer) -> list[_Match]:
    """Towns written before their US state that free text does not match: the state's towns of that name."""
    found = []
    taken = _Spans(matches, offsets)
    for m in matches:
        states = {e.admin1_code for e in m.candidates if e.kind == "region" and e.country == STATE_TOWN_COUNTRY}
        if not states:
            continue
        at = offsets[m.start]
        before = _WORDS_BEFORE_STATE.search(text, max(0, at - _WORDS_BEFORE_STATE_REACH), at)
        if before is None or taken.overlap(before.start(1), before.end(1)):
            continue
        words = before.group(1).split(" ")
        for n in range(len(words)):
            start = before.start(1) + len(" ".join(words[:n])) + (1 if n else 0)
            if (town := _state_town(start, before.end(1), folded, offsets, states, gaz)) is not None:
                found.append(town)
                break
    return found


# "shot dead at his home in Appling on Saturday", "a party outside Danielsville Sunday night": a town too small for free
# text to match alone, told after a word that says where, in a report that names its state elsewhere ("A Georgia man")
_TOWN_AFTER_LOCATIVE = re.compile(r"\b(?:in|near|outside(?: of)?)\s+((?:[A-Z][a-z'’]+ ){0,2}[A-Z][a-z'’]+)\b(?![ -][A-Z]|['’]s\b)")


def _full_names(names: dict[str, int]) -> list[str]:
    """Each number's longest name ("march", not "mar"), as a line writes it ("March")."""
    longest: dict[int, str] = {}
    for name, number in names.items():
        longest[number] = max(longest.get(number, ""), name, key=len)
    return [name.capitalize() for name in longest.values()]


@cache
def _days_and_months() -> frozenset[str]:
    """English whatever the process's locale (calendar's names follow it): slot_time.json's, read when first
    asked, not when the package is imported."""
    return frozenset((*_full_names(table("slot_time")["weekdays"]), *_full_names(table("slot_time")["months"])))


def _small_towns_in_named_states(text: str, folded: str, offsets: list[int], matches: list[_Match],
                                 gaz: Gazetteer) -> list[_Match]:
    """Towns of the US states a text names told after "in", "near" or "outside" where free text matches nothing: the
    named states' towns of that name (``_state_towns``), longest name first, none that English writes as a word
    (``STATE_TOWN_ZIPF``) nor one a capitalised word other than a day or a month follows ("near Hopewell Church",
    "in Campbell County": a church's, a county's name)."""
    states = {e.admin1_code for m in matches for e in m.candidates if e.kind == "region" and e.country == STATE_TOWN_COUNTRY}
    if not states:
        return []
    found = []
    taken = _Spans(matches, offsets)
    for told in _TOWN_AFTER_LOCATIVE.finditer(text):
        if taken.overlap(told.start(1), told.end(1)):
            continue
        words = told.group(1).split(" ")
        for n in range(len(words), 0, -1):
            if n < len(words) and words[n] not in _days_and_months():
                continue
            end = told.start(1) + len(" ".join(words[:n]))
            if (town := _state_town(told.start(1), end, folded, offsets, states, gaz)) is not None:
                found.append(town)
                break
    return found


def _state_town(start: int, end: int, folded: str, offsets: list[int], states: set[str], gaz: Gazetteer) -> _Match | None:
    """The text from ``start`` up to ``end`` as a match of the ``states``' towns of that name (``_state_towns``); None where
    they have none or English writes the name as a word (``STATE_TOWN_ZIPF``)."""
    first, last = bisect_left(offsets, start), bisect_left(offsets, end - 1)
    key = folded[first:last + 1]
    towns = _state_towns(key, states, gaz)
    return _Match(first, last, key, "place", candidates=towns) if towns and _english_zipf(key) < STATE_TOWN_ZIPF else None


def _state_towns(key: str, states: set[str], gaz: Gazetteer) -> tuple[Entry, ...]:
    """The towns of ``states`` that running text calls ``key`` (``_text_candidates``)."""
    return tuple(e for e in _text_candidates(gaz, key) if e.kind == "town" and e.country == STATE_TOWN_COUNTRY
                 and e.admin1_code in states)


def _only_abroad(folded: str, name: _Match, region: _Match, regions: list[Entry]) -> bool:
    """Whether ``name`` is told right before ``region`` ("Gremyachka, Chernihiv") and every place it may be lies
    outside the countries of ``regions``."""
    countries = {e.country for e in regions}
    return (folded[name.end + 1 : region.start] == ", " and bool(name.candidates)
            and all(e.country not in countries for e in name.candidates))


def _region_towns(key: str, regions: list[Entry], gaz: Gazetteer) -> tuple[Entry, ...]:
    """The towns of ``regions`` named ``key``, however small: "Sotk (Gegharkunik)", "Bavispe (Sonora)" (free text
    matches no town under ``build.TEXT_MAIN_NAME_POPULATION`` alone). Not a US state's: ``_small_towns_before_states``
    reads those."""
    areas = {(r.country, r.admin1_code) for r in regions if r.country != STATE_TOWN_COUNTRY}
    return tuple(e for e in gaz.lookup(key) if e.kind == "town" and (e.country, e.admin1_code) in areas)


def _near_spellings(key: str, regions: list[Entry], gaz: Gazetteer) -> tuple[Entry, ...]:
    """The towns and villages of ``regions`` of the spelling nearest ``key``, if near enough (``REGION_SPELLING_RATIO``)."""
    scored = [(score, name, region) for region in regions
              for name, score, _ in process.extract(key, gaz.region_keys(region.country, region.admin1_code),
                                                     scorer=fuzz.ratio, score_cutoff=REGION_SPELLING_RATIO, limit=5)]
    top = max((score for score, _, _ in scored), default=None)
    return tuple(dict.fromkeys(e for score, name, region in scored if score == top for e in gaz.lookup(name)
                               if e.kind == "town" and (e.country, e.admin1_code) == (region.country, region.admin1_code)))


def _dateline_credits(text: str) -> list[tuple[int, int]]:
    """What follows a dateline's places up to its dash, the agency in brackets ("SANAA, 18 July
    2024 (Saba) –", "GOMA (Radio Okapi) -"): who reports, not where (Saba is no Saaba)."""
    return [(d.places[1], d.end) for d in _datelines(text)]


def _postal_hints(text: str, offsets: list[int], matches: list[_Match], gaz: Gazetteer) -> list[Entry | None]:
    """A US postal code right after a name (", CA") as that name's state."""
    hints: list[Entry | None] = []
    for m in matches:
        after = offsets[m.end] + 1
        code = _POSTAL.match(text, after)
        hints.append(gaz.region("US", code.group(1)) if code else None)
    return hints


def _area_after(folded: str, name: _Match, qualifier: _Match) -> bool:
    """Whether a state or country qualifies the name right after it: "Phoenix, Arizona" or
    "Phoenix (Arizona)", not "Police in Houston" nor "Lehigh Street, Court records"."""
    return (re.fullmatch(r"\s*[,(]\s*", folded[name.end + 1 : qualifier.start]) is not None
            and any(e.kind in ("region", "country") for e in qualifier.candidates))


# ACLED's brackets after a town: its second-level area and region, "Bunia (Djugu, Ituri)", "Kismayo (Lower Juba)",
# "Catarman (Northern Samar)"; the town may carry one word ("Kuriga village (", "Jacarezinho favela (")
_BRACKETS_OF = re.compile(r"\s*(?:[a-z]+ )?\(")


_OPENING = re.compile(r"\(")


class _Brackets:
    """Whether a name stands in the brackets right after a town's name, which name the areas that town lies in
    (however big their seats are), not another place of the event; but "Karma village (coded to Ouahigouya)" names
    where the event was put, the town before being one the coder could not place.

    The last "(" before a name and the last placed match (in the matches' order) ending before that "(" are found
    by bisection over lists built once per text: searched afresh for each name, a bracket left open early made
    every later name read all the text's matches (a 91 KB text: 0.21 s)."""

    def __init__(self, folded: str, matches: list[_Match]):
        self.folded = folded
        self.opens = [found.start() for found in _OPENING.finditer(folded)]  # a loop over every character was 17x slower
        placed = sorted((m.end, i) for i, m in enumerate(matches) if m.end >= 0 and m.choice is not None)
        self.ends = [end for end, _ in placed]
        self.latest = list(accumulate((i for _, i in placed), max))  # the last in order among those ending so far
        self.matches = matches

    def of_town(self, name: _Match) -> bool:
        folded = self.folded
        k = bisect_left(self.opens, name.start)
        opened = self.opens[k - 1] if k else -1
        if opened < 0 or folded.find(")", opened, name.start) >= 0 \
                or folded[opened + 1:name.start].lstrip().startswith("coded to"):
            return False
        n = bisect_left(self.ends, opened)
        if not n:
            return False
        town = self.matches[self.latest[n - 1]]
        return town.choice.kind == "town" and _BRACKETS_OF.fullmatch(folded[town.end + 1:opened + 1]) is not None


# A country named as an actor is no place: its armed institution ("Russia's defence ministry", "Israel's military"),
# or the country that fires
_ACTOR_AFTER_COUNTRY = (r"['’]s\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|military|army|armed\s+forces|air\s+force"
                        r"|navy|general\s+staff|forces|troops)\b"
                        # an armed body of its own name: "Russia's Africa Corps", "Iran's Revolutionary Guards"
                        r"|['’]s\s+(?:(?-i:[A-Z])[\w-]*\s+){1,3}(?:corps|group|guards?|brigades?|militias?|forces)\b"
                        # a country that fires, not where ("Iran fired ballistic missiles at Ain al-Assad")
                        r"|\s+(?:(?:has|had|have|also|again|later)\s+)?(?:fired|launched|struck|bombed|shelled|attacked)\b"
                        # its strike, not where it struck ("Russia's strike on a passenger train at Shostka",
                        # "Israel's air strikes on Gaza")
                        r"|['’]s\s+(?:(?:missile|drone|air|rocket|overnight)\s+)?(?:strikes?|attacks?|shelling|bombardment)\s+(?:on|of|against)\b")
# a country that tells of its own armed action ("Russia said on Monday its forces had captured Kurakhove", "Israel
# said it struck Nabatieh"): whose, not where; one hit or grieving ("Israel said it was hit by rockets", "Thailand
# said its soldiers were wounded") is where the text is. A day may come between ("said on Monday", "claimed on 27
# November that")
_TELLS_OF_ITS_ATTACK = (r"\s+(?:said|says|claimed|claims)\s+(?:(?:late\s+|early\s+)?on\s+(?:[\w-]+\s+){{1,2}}|overnight\s+)?"
                        r"(?:that\s+)?(?:its\s+(?:[\w-]+\s+)?(?:{armed})|it\s+(?:(?:has|had)\s+)?(?:{acted}))\b")


@cache
def _as_actor() -> re.Pattern[str]:
    """What after a country's name makes it an actor, not a place; the armed nouns and attacking verbs of a country
    that speaks are ``geo_name_context``'s "armed" and "acted"."""
    words = name_context()
    return re.compile(_ACTOR_AFTER_COUNTRY + "|" + _TELLS_OF_ITS_ATTACK.format(
        armed=choice(words["armed"]), acted=choice(words["acted"])), re.IGNORECASE)


_ELSEWHERE_CHARS = 40  # "crossed from neighbouring " and the white space about it


@cache
def _elsewhere_after() -> re.Pattern[str]:
    """A border word after a country's name ("the Niger border"), ``geo_name_context``'s "border"."""
    return re.compile(rf"\s+(?i:{choice(name_context()['border'])})\b")


@cache
def _elsewhere_before() -> re.Pattern[str]:
    """Words before a country's name that say attackers came from it or fled to it ("crossed from Chad", "fled
    towards Niger", ``geo_name_context``'s "origin"), or that it is an edge ("the border with Niger"); matched
    ending where the name starts."""
    words = name_context()
    return re.compile(rf"(?i:\b(?:(?:{choice(words['origin'])})\s+(?:from|towards?)|(?:{choice(words['border'])})\s+with)"
                      r"\s+(?:the\s+)?(?:neighbou?ring\s+)?)\Z")


def _told_as_elsewhere(text: str, offsets: list[int], m: _Match) -> bool:
    """Whether a country is named as an edge or as where attackers came from, not as where the text is: its vote
    would split the text's country ("the Niger border" beside "Sokoto State")."""
    start, end = offsets[m.start], offsets[m.end] + 1
    return (_elsewhere_after().match(text, end) is not None
            or _elsewhere_before().search(text, max(0, start - _ELSEWHERE_CHARS), start) is not None)


# "Phoenix police said", "the Jackson Police Department": a town's own police
_TOWN_POLICE = re.compile(r"[ \t]+[Pp]olice\b")


def _written_as_town(text: str, offsets: list[int], match: _Match) -> bool:
    """Whether a name English mostly writes otherwise ("Phoenix", "Jackson") is written where only a town fits:
    as a dateline in capitals ("PHOENIX (AP) -"), before its police ("Phoenix police said"; "Metro police" are
    a kind of force, ``geo_name_context``'s "force"), or as a big city after a word that says where ("shot in west
    Phoenix", ``_city_word_after``). The text's other mentions of the name are that town too ("in a Phoenix
    business area")."""
    start, end = offsets[match.start], offsets[match.end] + 1
    surface = text[start:end]
    return (surface.isupper() and any(lo == start for lo, _ in (d.places for d in _datelines(text)))
            or surface[1:].islower() and (_TOWN_POLICE.match(text, end) is not None
                                          and surface.lower() not in name_context()["force"]
                                          or _city_word_after(text, start, end, match)))


# a capitalised word going on from a name ("Phoenix O'Dell", "Lincoln Correctional Center") or its possessive
# ("Tyler's car"): the name is a person's or a building's; a day or a month ("in west Phoenix Sunday night") is not
_WORD_GOES_ON = re.compile(r"['’]s\b|[ -]([A-Z][\w'’]*)")
_CITY_FRAME_CHARS = 24  # "northwest of " and the white space about it


@cache
def _city_frame() -> re.Pattern[str]:
    """The words right before a listed word that write it as a city, ``geo_name_context``'s "city"; matched
    ending where the name starts."""
    return re.compile(rf"(?i:\b(?:{choice(name_context()['city'], flexible_spaces=True)})\s+)\Z")


def _city_word_after(text: str, start: int, end: int, match: _Match) -> bool:
    """Whether a listed word that is also a big city (Phoenix, Buffalo, Lincoln, Independence: towns bigger than
    surnames' ``SURNAME_TOWN_POPULATION``) is written after a word that says where ("shot in west Phoenix", "in
    suburban Buffalo", "north of Jackson") with no capitalised word going on from it (``_WORD_GOES_ON``): US local
    news names its own big city so, with no state after it."""
    if _largest_population(tuple(e for e in match.candidates if e.kind == "town")) < SURNAME_TOWN_POPULATION:
        return False
    goes_on = _WORD_GOES_ON.match(text, end)
    if goes_on is not None and goes_on.group(1) not in _days_and_months():
        return False
    return _city_frame().search(text, max(0, start - _CITY_FRAME_CHARS), start) is not None


def _qualified_words_only(text: str, folded: str, offsets: list[int], matches: list[_Match],
                          gaz: Gazetteer) -> tuple[list[_Match], list[Entry | None]]:
    """The matches with qualifiers linked and US postal hints read, less the names that are
    mostly words or people ("Phoenix", "Jackson", "Police") that no place right after them
    qualifies: "Phoenix, Arizona" and "Jackson, MS" are the cities, and so are those the text
    writes as towns (``_written_as_town``)."""
    _link_qualifiers(text, folded, offsets, matches)
    postal = _postal_hints(text, offsets, matches, gaz)
    towns = {m.key for m in matches if m.word and _written_as_town(text, offsets, m)}
    kept = [m for m, hint in zip(matches, postal)
            if not m.word or hint is not None or any(_area_after(folded, m, matches[q]) for q in m.qualifiers)
            or m.key in towns]
    if len(kept) == len(matches):
        return matches, postal
    for m in kept:
        m.qualifiers, m.qualifier_of = [], None
    return _qualified_words_only(text, folded, offsets, kept, gaz)


def resolve(text: str, matches: list[_Match], folded: str, offsets: list[int], gaz: Gazetteer,
            country: str | None = None, guarded: bool = True, headline_at: int | None = None,
            on: date | None = None) -> list[PlaceMention]:
    """Resolve recognised names against the whole document and build the mentions;
    ``guarded`` (free text) keeps places out of the document's focus and village-only names
    only where the document supports them; a query is known to name a place. The towns of a
    headline (from ``headline_at``) draw none of the text's names towards them (``find_places``);
    ``on``, the report's day, says which of its actors' fronts were fought on then (``fronts_on``)."""
    # A people named is no place, but may say which country the text is about (``_Context``).
    peoples = {m.candidates[0].country for m in matches if m.kind == "demonym" and m.candidates}
    _peoples_capitals(text, folded, offsets, matches, gaz)
    countries_told = _countries_of_peoples_towns(folded, matches)
    matches = [m for m in matches if m.kind != "demonym"]
    matches, postal = _qualified_words_only(text, folded, offsets, matches, gaz)
    owners = frozenset(id(m) for m in matches if m.kind == "country" and _as_actor().match(text, offsets[m.end] + 1))
    elsewhere = frozenset(id(m) for m in matches if m.kind == "country" and _told_as_elsewhere(text, offsets, m))
    context = _Context(matches, country, gaz, peoples, owners | elsewhere)
    if guarded:  # "NAF rebels fired near Vodyane": Vodyane, Donetsk; "Russian forces shelled X": X in Ukraine
        areas = actor_areas(text)
        states = states_named(text, gaz)
        context.admins |= areas.admins | {("US", code) for code in states.codes}
        context.states = set(states.codes)
        context.votes.update(areas.votes)
        context.yield_to_wars(set(areas.votes))
        if states.in_us:
            context.votes["US"] += max(len(states.codes), 1)
        if fronts := fronts_on(areas.fronts, on):
            context.fronts = front_reach(fronts, gaz)
    for m, state in zip(matches, postal):
        if state is not None:
            context.votes["US"] += 2
            context.states.add(state.admin1_code)
            m.qualifiers.append(-1)
    if context.votes:
        context.focus = _leading_country(context.votes, matches)
    for m, country_entry in countries_told:
        if m in matches:
            m.qualifiers.append(len(matches))
            matches.append(_Match(-1, -1, "", "country", candidates=(country_entry,), choice=country_entry))
    # Qualifiers first (they constrain the names before them), then the rest twice:
    # the second pass rewards closeness to the first pass's choices.
    order = sorted(range(len(matches)), key=lambda i: matches[i].qualifier_of is None)
    for i in order:
        m = matches[i]
        if -1 in m.qualifiers:
            m.qualifiers.remove(-1)
            if postal[i] is not None:
                m.qualifiers.append(len(matches))
                matches.append(_Match(-1, -1, "", "admin", choice=postal[i]))
        m.choice = _choose(m, context, matches)
    # Only towns: a region's or country's point is a mean or a convention, not where anything is.
    beside = _Beside(matches, offsets, headline_at)
    first = [_Nearby(list({m.choice.index: m.choice for m in part
                           if m.choice is not None and m.start >= 0 and m.choice.kind == "town"}.values()))
             for part in beside.parts]
    for m in matches:
        if m.start < 0 or m.choice is None or not _placed_by_towns(m.choice) or len(m.candidates) < 2:
            continue
        m.choice = _choose(m, context, matches, first[beside.of(m)])
    for m in matches:
        _settle_unfit_qualifiers(m, matches, context)
    _parts_in_their_city(text, offsets, matches, gaz, beside, context)
    beside.headline_as_text(matches)
    _as_qualified_before(matches)
    # how a text that names its state writes a name is asked of the text alone: a headline's "shooting in
    # Ocean View" is no reason to keep a Norfolk, Va. text's "an Ocean View shooting" as the town in Delaware;
    # a text that names no country at all has only its headline to say where it is ("shooting at Sarasota lounge")
    written: dict[tuple[str, int], bool] = {}
    struck: dict[str, bool] = {}
    written_in: list[dict[tuple[str, int], bool]] = [{} for _ in beside.parts]
    told = [text if headline_at is None or part else text[:headline_at] for part in range(len(beside.parts))]
    _states_of_big_towns(matches, context)
    in_state = _Grid([m.choice for m in matches if m.choice is not None and m.start >= 0 and m.choice.kind == "town"
                      and m.choice.admin1_code in context.states], _Nearby.CLOSE_KM)
    for m in matches:
        part = beside.of(m)
        if guarded and m.choice is not None and m.start >= 0 and (
                _out_of_focus(m, context, text, offsets) and not _placed_by_its_frames(text, offsets, m, context, written)
                and not _struck_alone(text, offsets, m, context, struck)
                or _out_of_state(m, context, in_state) and not _written_as(told[part], offsets, m, written_in[part])
                or _unsupported_village(m, context)):
            m.choice = None
    # every line near the start that reads as a dateline: a headline "Sudan war: ..." may too; one whose town no place
    # reads ("KINLOCH, Mo. (KMOV) -": a town the gazetteer lacks) leaves its state to the text, to place its lead there
    # (a country it names is kept too: blanked before types are read, "NAHAL OZ, Israel (AP) —" names no attacker)
    placed = {offsets[m.start] for m in matches if m.start >= 0 and m.choice is not None}
    countries = [offsets[m.start] for m in matches if m.start >= 0 and m.choice is not None and m.choice.kind == "country"]
    datelines = [d.places for d in _datelines(text)
                 if d.places[0] in placed or any(d.places[0] <= at < d.places[1] for at in countries)]
    if heading := _HEADING_TOWN.match(text):
        datelines.append(heading.span("places"))
    brackets = _Brackets(folded, matches)
    out = []
    for m in matches:
        if m.start < 0 or m.choice is None or id(m) in owners:
            continue  # "Russia's Africa Corps ... struck Tinzaouaten": whose force, never where
        start, end = offsets[m.start], offsets[m.end] + 1
        span = Span(start, end, text[start:end])
        place = to_place(m.choice, gaz, m.relation, span)
        if m.part:
            place.name = f"{place.name} - {m.part}"
        out.append(PlaceMention(
            start=start, end=end, text=span.text,
            place=place,
            is_dateline=any(lo <= start < hi for lo, hi in datelines),
            relation=m.relation,
            is_qualifier=m.qualifier_of is not None and m.choice.kind in ("region", "country")
            or (m.qualifier_of is not None and matches[m.qualifier_of].choice is not None
                and m.choice.population > matches[m.qualifier_of].choice.population)
            or brackets.of_town(m),
            candidates=len(m.candidates),
            population=m.choice.population,
        ))
    return out


class _Beside:
    """The matches a name is weighed beside: a text's own names beside the text's, a headline's
    (from ``headline_at``) beside all (``find_places``)."""

    def __init__(self, matches: list[_Match], offsets: list[int], headline_at: int | None):
        self.offsets, self.headline_at = offsets, headline_at
        self.parts = [matches] if headline_at is None else [[m for m in matches if not self._in_headline(m)], matches]

    def _in_headline(self, m: _Match) -> bool:
        return self.headline_at is not None and m.start >= 0 and self.offsets[m.start] >= self.headline_at

    def apart(self) -> list[list[int]]:
        """The indexes of the text's matches and of its headline's, apart (``recognise`` judges each on its own)."""
        matches = self.parts[-1]
        if self.headline_at is None:
            return [list(range(len(matches)))]
        return [[i for i, m in enumerate(matches) if self._in_headline(m) is part] for part in (False, True)]

    def of(self, m: _Match) -> int:
        """The index in ``parts`` of what ``m`` is weighed beside."""
        return int(self._in_headline(m))

    def headline_as_text(self, matches: list[_Match]) -> None:
        """A name of the headline that the text names too is what the text takes it for ("Austin
        Shooting" over a Chicago story that tells of "the Austin neighborhood"), unless the headline
        qualifies it ("Columbus, GA")."""
        if self.headline_at is None:
            return
        told = {m.key: m for m in self.parts[0] if m.start >= 0 and m.choice is not None}
        for m in matches:
            if self._in_headline(m) and m.key in told and not m.qualifiers:
                m.choice, m.relation, m.part = told[m.key].choice, told[m.key].relation, told[m.key].part


@cache
def _capital_names() -> dict[str, str]:
    return {code: fold(name) for code, name in capitals().items()}


_THE_PEOPLES = re.compile(r"\bthe (?:[a-z-]+ )?$")  # "the Syrian capital", "the war-torn Sudanese capital"


def _peoples_capitals(text: str, folded: str, offsets: list[int], matches: list[_Match], gaz: Gazetteer) -> None:
    """"The Syrian capital", "the Ukrainian capital('s)": wire copy names a country's capital by its
    people, so the people's adjective and "capital" are that town (its biggest namesake there)."""
    for m in matches:
        end = m.end + len(" capital")
        if m.kind != "demonym" or not m.candidates or not folded.startswith(" capital", m.end + 1) or (
                folded[end + 1 : end + 2].isalnum() and not _possessive(text, folded, offsets, end)
                or not _THE_PEOPLES.search(folded, max(0, m.start - 30), m.start)):
            continue
        country = m.candidates[0].country
        towns = [e for e in gaz.lookup(_capital_names().get(country, "")) if e.country == country and e.kind == "town"]
        if towns:
            m.kind, m.end, m.candidates = "place", end, (max(towns, key=lambda e: e.population),)
            m.key = folded[m.start : m.end + 1]


def _countries_of_peoples_towns(folded: str, matches: list[_Match]) -> list[tuple[_Match, Entry]]:
    """Each name a people's adjective says the country of ("the northern Israeli town of Nahariya"), with
    that country: a town across the border of the war the text is about is still where it says, as
    "Nahariya, Israel" would be."""
    told = []
    for people, name in zip(matches, matches[1:]):
        if people.kind == "demonym" and people.candidates and name.kind != "demonym" and (
                _PEOPLES_TOWN_OF.fullmatch(folded, people.start + len(people.key), name.start)):
            told.append((name, people.candidates[0]))
    return told


QUALIFIER_VILLAGE_RATIO = 10


def _settle_unfit_qualifiers(m: _Match, matches: list[_Match], context: _Context) -> None:
    """A name whose qualifiers it does not lie in: the text says where it is and no such name is
    there, so the qualifier, not a namesake; but a qualifier read as a village a tenth of the
    name's town or less, far from it, is a namesake of an area the gazetteer holds under another name ("Reynosa,
    Tamaulipas" is the state, not a village of Chiapas): that qualifier is no place, unless the text names it as an
    area about its seat ("Gidan Wawa village of Maradun LGA": Maradun, not Wawa in Niger State). Nor is a
    qualifier in a country the text is not about ("Kuchi in Munya LGA of Niger State": Munya is
    not Myanmar's Monywa, whose other name it is)."""
    if m.choice is None:
        return
    qualifiers = [q for q in m.qualifiers if matches[q].choice is not None and _in_focus(matches[q].choice, context)]
    if not qualifiers or any(fits(m.choice, matches[q].choice, context.gaz) for q in qualifiers):
        return
    smaller = [q for q in qualifiers if matches[q].choice.kind == "town" and matches[q].relation != "near"
               and matches[q].choice.population * QUALIFIER_VILLAGE_RATIO < m.choice.population]
    if len(smaller) < len(qualifiers):
        m.choice = min((matches[q].choice for q in qualifiers if q not in smaller), key=lambda q: q.population)
        return
    for q in smaller:
        matches[q].choice = None


def _in_focus(entry: Entry, context: _Context) -> bool:
    """Whether ``entry`` lies in a country the text is about (any, where it is about none)."""
    return context.focus is None or entry.kind != "town" or entry.country == context.focus or bool(context.votes.get(entry.country))


def _city_district(match: _Match) -> bool:
    """A city's district by its own name ("the Shevchenkivskyi district", "Dniprovskyi district"): a place of the
    name is itself a district of some city (GeoNames lists Kyiv's Shevchenkivskyi), not a raion, which the
    gazetteer holds under its seat's name ("Pokrovskyi district" is Pokrovsk)."""
    stem = match.key.removesuffix(" district")
    return stem != match.key and any(e.kind == "town" and e.key == stem for e in match.candidates)


def _parts_in_their_city(text: str, offsets: list[int], matches: list[_Match], gaz: Gazetteer, beside: _Beside,
                         context: _Context) -> None:
    """A neighbourhood or a city's district named without its city ("the Austin neighborhood", "the
    Shevchenkivskyi district") lies in the city the text tells of: its namesake town where that lies by
    another town the text names ("the Saltivka neighbourhood" and Kharkiv), else the biggest town the
    text names ("Austin" in a Chicago story), named as ACLED names a city's part ("Chicago - Austin"),
    so that two neighbourhoods stay apart; a town abroad only where the text votes for its country (a heading's
    "Gang violence" names no Philippine town for Port-au-Prince's Solino neighbourhood to lie in). Where the
    text names no other town (a listed neighbourhood's namesake told under its name is none), the one city
    ``geo_city_parts`` lists the neighbourhood of (``_sole_city_of``), and the name told again bare is that part
    too ("the family's Bridgeport bungalow")."""
    towns = [[m.choice for m in part if m.choice is not None and m.choice.kind == "town" and m.want != "part"]
             for part in beside.parts]
    sole: dict[str, tuple[Entry, Entry]] = {}  # a part's key → the namesake it was read as, its sole city
    for m in matches:
        city = _named_city_of(m, towns[beside.of(m)])
        if city is None and m.want == "part" and m.choice is not None:
            towns_told = [t for t in towns[beside.of(m)] if (t.key != m.key or m.key not in city_parts())
                          and (t.country == m.choice.country or context.votes.get(t.country))]
            if towns_told and not any(within_km(m.choice, t, _NEAR_KM) for t in towns_told):
                city = max(towns_told, key=lambda t: t.population)  # a namesake elsewhere in the city's state is
                # no neighbourhood of it ("the Washington Park neighborhood" of a Chicago story is Chicago's)
            elif not towns_told and (city := _sole_city_of(m, context, gaz)) is not None:
                sole[m.key] = (m.choice, city)
        if city is not None:
            m.choice, m.relation = city, None
            m.part = text[offsets[m.start] : offsets[m.end] + 1]
    for m in matches:
        if m.key in sole and m.choice is sole[m.key][0] and m.want is None and not m.qualifiers:
            m.choice, m.relation = sole[m.key][1], None
            m.part = text[offsets[m.start] : offsets[m.end] + 1]


def _sole_city_of(m: _Match, context: _Context, gaz: Gazetteer) -> Entry | None:
    """The city a neighbourhood named as one ("in the Chatham neighborhood", "the Woodlawn neighborhood") in a
    text that names no town is a part of, where ``geo_city_parts`` lists it of one city in the text's country
    and the text names no state of its namesake town ("the Bridgeport neighborhood" of a Connecticut story
    stays Bridgeport): a city's station names its own neighbourhoods without the city."""
    cities = city_parts().get(m.key, frozenset())
    if len(cities) != 1 or (m.choice.country, m.choice.admin1_code) in context.admins:
        return None
    city = gaz.towns_by_geonames_id(tuple(cities)).get(next(iter(cities)))
    return city if city is not None and context.focus in (None, city.country) else None


def _named_city_of(m: _Match, towns: list[Entry]) -> Entry | None:
    """The city the text names of which ``m`` is a neighbourhood (``geo_city_parts``: "Austin" in a story that
    names Chicago), where ``m`` is bare, not qualified ("Austin, Texas"), and read as a namesake out of the city's
    reach; else None. A choice within reach (a part GeoNames holds with its own point) is kept."""
    cities = city_parts().get(m.key)
    if not cities or m.start < 0 or m.qualifiers:
        return None
    city = next((t for t in towns if t.geonames_id in cities), None)
    if city is None or m.choice is not None and within_km(m.choice, city, _NEAR_KM):
        return None
    return city


def _as_qualified_before(matches: list[_Match]) -> None:
    """A name told again without its qualifier is the town it was qualified as: "LEBANON, Tenn.
    ... in Lebanon" is the Tennessee town both times, not the country ("the Mykolaiv region" and
    a qualifier, "Kyiv, Kyiv", are what they say)."""
    qualified = {m.key: m.choice for m in matches if m.qualifiers and m.choice is not None and m.choice.kind == "town"}
    for m in matches:
        if m.key in qualified and not m.qualifiers and m.qualifier_of is None and m.want is None and m.start >= 0:
            m.choice = qualified[m.key]


def find_places(text: str, country: str | None = None, gaz: Gazetteer | None = None,
                headline_at: int | None = None, on: date | None = None) -> list[PlaceMention]:
    """Every place name in ``text``, resolved with the whole document as context. From ``headline_at``
    on, ``text`` is the report's headline, read as part of that context (the states and towns it names)
    but without a say in what the text's own names are: a headline's Title Case writes a town as a
    person's name ("Sends Lodi Girl to Hospital"), and its "Austin Shooting" is no reason to take the
    text's Austin (a Chicago neighbourhood) for the town in Texas. ``on``: the report's day, if known."""
    if not isinstance(text, str) or not text.strip():
        return []
    gaz = gaz or gazetteer()
    folded, offsets, matches = recognise(text, gaz, headline_at=headline_at)
    return resolve(text, matches, folded, offsets, gaz, country, headline_at=headline_at, on=on)
