"""What a document tells about its incidents, reduced to what linking compares.

A fingerprint is computed once per document, stored beside it (packed: ``PACKED_FORMAT``), and never
needs the rest of the ledger: term weights come from how rare a word is in
English at large (``wordfreq``), not from the ledger's own statistics, so a
document's fingerprint, and so its links, do not depend on what was ingested
before it. Boilerplate that web pages repeat (paragraphs said twice, link lists)
is dropped before weighing; the text near each mention's evidence gets a vector
of its own, so that two incidents told in one document stay apart.
"""

from __future__ import annotations

import math
import re
import sys
from array import array
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from typing import Any
from urllib.parse import urlsplit

import msgpack
from wordfreq import zipf_frequency

from harmledger.data import table, word_set
from harmledger.model import BODY, Mention

CONTENT_CHARS = 3000
"""The head of the deduplicated text that the content vector reads (leads carry the facts)."""
EVIDENCE_WINDOW = 600
"""Characters either side of a mention's evidence that its own vector reads."""
MIN_PARAGRAPH = 30
TOP_TERMS = {"content": 200, "title": 40, "names": 60, "evidence": 150}
"""Terms kept per vector: enough for the cosine, small enough to store and compare fast."""
COMMONEST_ZIPF = 7.0
"""A word as common as 'the' (Zipf 7.7) weighs nothing; an unknown name weighs 7."""

KEY_RARITY = 2.5
"""A word rarer than about one in 30,000 words of English (Zipf 4.5) may key a block."""
KEYS_PER_KIND = 8
RARE_WORD = 4.5
"""Rarity of a word seen less than about once in 300,000 words of English (Zipf 2.5): a surname, a street, a venue."""

_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*")
_NAME_WORD = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?"
"""A capitalised word of a name, with a second capital inside it ("McKennelly", "DeShawn", "LaToya"): cut at it,
"David McKennelly" and "David McCoy" were both "david_mc", one name in full shared by two shootings' reports."""
_NAME = re.compile(rf"(?<![.!?]\s)(?<!^)\b({_NAME_WORD}(?:\s+{_NAME_WORD})*)", re.MULTILINE)
_OPENING = re.compile(rf"(?:(?<=[.!?]\s)|^)([A-Z][a-z]*(?:\s+{_NAME_WORD})+)", re.MULTILINE)
"""Capitalised words opening a sentence: a name where they are several ("Darnell Hughes, 16, was..."),
less a first word as common as 'when' ("The", "After")."""
FUNCTION_ZIPF = 6.0
_AGE = re.compile(r"\b(\d{1,2})(?=-year-old)|(?<=[a-z],\s)(\d{1,2})(?=,)")
"""An age: "a 16-year-old", or set off by commas after a name ("Hughes, 16, was"); not a day of the
month ("Jan. 22, 2017", "on March 1, killed"), which any two reports from the same days share."""
_STREET = re.compile(
    r"\b((?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|Pl|Park|"
    r"Highway|Parkway|Pkwy|Circle|Terrace|Trail|Square|Market|Mall|Hospital|School|Theatre|Theater|Station))\b"
)
_BLOCK = re.compile(
    r"\b\d{1,5}\s+block\s+of\s+((?:(?:North|South|East|West|[NSEW]\.)\s+)?(?:[A-Z][A-Za-z'\-]+|\d{1,3}(?:st|nd|rd|th))(?:\s+[A-Z][a-z]+)*)"
)
"""The street of a block ("the 11000 block of South Edbrooke", "the 5700 block of South LaSalle"): police in big cities
tell where a shooting was by its block, and two shootings of one neighbourhood and night are told on two blocks, often
with no street word after the name for ``_STREET`` to find."""
_NUMBERED_STREET = re.compile(
    r"\b((?:(?:North|South|East|West|[NSEW]\.)\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Place|Pl|Terrace))\b"
)
"""A numbered street ("West 42nd Street", "near 25th Street and Broadway"), which ``_STREET``'s capitalised words miss."""
_DIRECTIONS = frozenset({"north", "south", "east", "west", "n.", "s.", "e.", "w."})
_DESTINATION = re.compile(
    r"\b(?:taken|rushed|transported|brought|driven|carried|airlifted|flown|transferred|admitted|treated|died|pronounced dead|hospitalized)"
    r"(?:\s+[a-z]+){0,4}?\s+(?:to|at|in)\s+(?:the\s+)?[A-Z][\w'.]*(?:\s+(?:of\s+)?[A-Z][\w'.]*)*"
)
"""Where victims were taken or died (a hospital): every shooting in a city names the same few, so
they tell nothing of which one a report tells."""
_CAPITALISED = re.compile(r"\b[A-Z][\w'.\-]*")
_ARCHIVE = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/", re.IGNORECASE)

Vector = dict[str, float]


@dataclass
class Fingerprint:
    """One document's linking evidence (see the module docstring)."""

    published: date | None
    domain: str
    content: Vector
    title: Vector
    names: Vector
    streets: tuple[str, ...]
    ages: tuple[str, ...]
    places: tuple[int, ...]
    evidence: dict[int, Vector] = field(default_factory=dict)
    """Per mention ordinal (1-based, as stored): the vector of the text around its evidence."""
    sites: dict[int, str] = field(default_factory=dict)
    """Per mention ordinal: the name of the place it is placed in (the gazetteer's), lower-cased."""
    capitals: tuple[str, ...] = ()
    """The distinctive capitalised words of the title and the lead (``capital_words``): the places a
    document names, whichever town of that name the geocoder chose for it."""
    stored_keys: tuple[str, ...] | None = field(default=None, compare=False, repr=False)
    stored_surnames: tuple[str, ...] | None = field(default=None, compare=False, repr=False)
    """``keys`` and ``surnames`` as found where the fingerprint was made (``PACKED_FORMAT`` 2), read back with it;
    None where they are to be found when first read (a new fingerprint, or one stored in format 1)."""

    @cached_property
    def keys(self) -> list[str]:
        """The rare names, title words, streets and town by which candidates are found (an index, not a score).

        The town is the rare words of the place the first placed mention is placed in: the vectors leave a report's
        own places out, so a report placed in Galt lost the title word "galt" by which the report of the same shooting
        the geocoder left unplaced is keyed. A city's name is too common to key (Chicago, Miami: its reports share grid
        cells already), nor are the places of the other mentions keyed (a suspect's home town, a hospital's city)."""
        if self.stored_keys is not None:
            return list(self.stored_keys)
        names = [t for t in self.names if is_full_name(t) or rarity(t) >= KEY_RARITY][:KEYS_PER_KIND]
        title = [t for t in self.title if rarity(t) >= KEY_RARITY][:KEYS_PER_KIND]
        town = self.sites[min(self.sites)] if self.sites else ""
        places = [w for w in sorted(site_words(town)) if rarity(w) >= KEY_RARITY]
        return sorted({*names, *title, *places, *(street.lower() for street in self.streets)})

    @cached_property
    def street_names(self) -> frozenset[str]:
        """The streets' names less their directions and road words (``street_name``), read once per report."""
        return frozenset(street_name(street) for street in self.streets)

    @cached_property
    def capital_set(self) -> frozenset[str]:
        return frozenset(self.capitals)

    @cached_property
    def surnames(self) -> frozenset[str]:
        """The rare last words of the names the report gives in full: one victim is "Kalif Marquis Goens" in one report
        and "Kalif Goens" in the next, and a relative named in a follow-up shares the surname (read once per report, not
        once per pair scored)."""
        if self.stored_surnames is not None:
            return frozenset(self.stored_surnames)
        return frozenset(last for last in self.name_ends if rarity(last) >= RARE_WORD)

    @cached_property
    def name_ends(self) -> frozenset[str]:
        """The last words of the names the report gives in full, rare or not: a report's ``surnames`` shared with another's
        are those among the other's ``name_ends``, found without the other's rarities (a word looked up in ``wordfreq``
        costs some 20 µs, and each candidate document of a report is met once in the link bench)."""
        return frozenset(term.rsplit("_", 1)[-1] for term in self.names if is_full_name(term))

    def to_bytes(self) -> bytes:
        """The fingerprint as stored (``PACKED_FORMAT``), with its ``keys`` and ``surnames`` (see ``PACKED_FORMAT``)."""
        return msgpack.packb([
            PACKED_FORMAT, self.published.toordinal() if self.published else None, self.domain,
            _packed(self.content), _packed(self.title), _packed(self.names), self.streets, self.ages, self.places,
            {ordinal: _packed(v) for ordinal, v in self.evidence.items()}, self.sites, self.capitals, self.keys, sorted(self.surnames),
        ])

    @classmethod
    def from_bytes(cls, data: bytes) -> Fingerprint:
        # arrays as tuples: of plain values, the garbage collector stops tracking them (a list it walks at every full
        # collection, and the linker keeps 20,000 fingerprints: four lists each were half of what a collection walked)
        packed = msgpack.unpackb(data, strict_map_key=False, use_list=False)
        if READ_FORMATS.get(packed[0]) != len(packed):
            raise ValueError(f"a fingerprint packed in format {packed[0]}, not {PACKED_FORMAT}")
        published, domain, content, title, names, streets, ages, places, evidence, sites, capitals, *found = packed[1:]
        return cls(
            date.fromordinal(published) if published is not None else None, domain, _unpacked(content), _unpacked(title), _unpacked(names),
            streets, ages, places, {ordinal: _unpacked(v) for ordinal, v in evidence.items()}, sites, capitals, *found,
        )


PACKED_FORMAT = 2
"""A stored fingerprint is a MessagePack array: this format, the publication day's ordinal, the outlet, the vectors
(each as its terms joined by NUL and their weights as little-endian doubles: decoding a fingerprint builds
its hundreds of terms with one split rather than a parse of each), the lists, the evidence vectors and sites
by mention ordinal. Decoding a stored fingerprint was the largest part of linking a document at a million
mentions as JSON; packed so, it costs half as much. Format 2 adds the ``keys`` and ``surnames``, found where the
fingerprint is made (an extraction process, whose ``rarity`` cache holds the document's words already): the linker
looked each of a new report's title words and names up in ``wordfreq`` again, 20-60 µs a word missing from its own
cache and 0.4 ms of a report's linking in the link bench."""
READ_FORMATS = {1: 12, 2: 14}
"""The formats ``from_bytes`` reads, with the length of each one's array: a ledger stored in format 1 still
links (its keys and surnames looked up when first read). A change to how ``keys`` or ``surnames`` are found must raise
the format and read the older one's stored values as absent, or the ledger's reports keep the old ones."""


def _packed(weights: Vector) -> list[Any]:
    """A vector as its terms joined by NUL (no term holds one: ``_WORD`` and names are letters, digits and
    ``'-_``) and its weights' bytes, in the vector's order (``keys`` reads the heaviest first)."""
    values = array("d", weights.values())
    if sys.byteorder == "big":
        values.byteswap()
    return ["\0".join(weights), values.tobytes()]


def _unpacked(packed: list[Any]) -> Vector:
    """A vector as ``_packed`` stored it (its weights made floats in one call: zipped from the array, each was made
    one at a time, a third of decoding a report's fingerprint)."""
    terms, raw = packed
    if not terms:
        return {}
    values = array("d", raw)
    if sys.byteorder == "big":
        values.byteswap()
    return dict(zip(terms.split("\0"), values.tolist()))


def fingerprint(text: str, mentions: list[Mention], *, title: str | None = None, url: str | None = None, published: date | None = None) -> Fingerprint:
    """The fingerprint of a document and the mentions extracted from it."""
    body = content(text)
    head = body[:CONTENT_CHARS]
    specific = _specific(body)
    places = _place_words(mentions)
    return Fingerprint(
        published=published,
        domain=domain(url),
        content=vector(f"{title or ''}\n{head}", TOP_TERMS["content"], places),
        title=vector(title or "", TOP_TERMS["title"], places),
        names=_names(specific[:CONTENT_CHARS], places),
        streets=tuple(sorted({
            *(street for street in _STREET.findall(specific) if not _no_site(street)), *(street for street in _BLOCK.findall(specific) if street_name(street)),
            *_NUMBERED_STREET.findall(specific),
        })),
        ages=tuple(sorted({young or named for young, named in _AGE.findall(head)})),
        places=tuple(sorted({m.place.geonames_id for m in mentions if m.place and m.place.geonames_id})),
        evidence={n: vector(f"{title or ''}\n{_near_evidence(text, m)}", TOP_TERMS["evidence"], places) for n, m in enumerate(mentions, start=1) if m.evidence},
        sites={n: m.place.name.lower() for n, m in enumerate(mentions, start=1) if m.place},
        capitals=tuple(sorted(capital_words(f"{title or ''}\n{head}"))),
    )


def _specific(body: str) -> str:
    """The head of a deduplicated text where its streets and names are read, less where victims were taken (``_DESTINATION``)."""
    return _DESTINATION.sub(" ", body[: CONTENT_CHARS * 2])


def full_names(text: str) -> set[str]:
    """The names in full that a document's text gives as ``fingerprint`` reads it, the common ones
    (``data/link_common_names.txt``) and the places its mentions are placed in among them: what
    ``link.train --common-names`` counts across documents."""
    return {term for term in name_counts(_specific(content(text))[:CONTENT_CHARS]) if is_full_name(term)}


def content(text: str) -> str:
    """The text less its repeated and short paragraphs (menus, captions, a page's doubled lead)."""
    seen: set[str] = set()
    kept = []
    for paragraph in text.splitlines():
        paragraph = paragraph.strip()
        if len(paragraph) < MIN_PARAGRAPH or paragraph in seen:
            continue
        seen.add(paragraph)
        kept.append(paragraph)
    return "\n".join(kept)


def vector(text: str, top: int, places: frozenset[str] = frozenset()) -> Vector:
    """Unit-length term weights: (1 + log tf) × rarity in English, the ``top`` heaviest kept.

    The words of the document's places are left out: two reports from one city share
    its name whatever they tell, and where incidents are is compared by distance.
    """
    counts = Counter(_WORD.findall(text.lower()))
    weights = {term: (1 + math.log(n)) * rarity(term) for term, n in counts.items() if term not in places}
    return _unit(weights, top)


def cosine(a: Vector, b: Vector, shared: list[str] | None = None) -> float:
    """Summed exactly (``math.fsum``): the shared terms come in the set's order, which follows the
    process's string hash seed, and a plain float sum in another order could round a score across the
    threshold, so the same reports could link differently from one run to the next. Exact, the sum
    is the same in any order; ``shared`` is ``shared_terms(a, b)`` where the caller has it."""
    return math.fsum([a[term] * b[term] for term in (shared_terms(a, b) if shared is None else shared)])


def shared_terms(a: Vector, b: Vector) -> list[str]:
    """The terms of both vectors: the shorter one's looked up in the other (a report's 150 evidence terms
    against a short report's few), without a set of either."""
    if len(a) > len(b):
        a, b = b, a
    return [term for term in a if term in b]


@lru_cache(maxsize=200_000)
def rarity(term: str) -> float:
    return max(0.0, COMMONEST_ZIPF - zipf_frequency(term, "en"))


def domain(url: str | None) -> str:
    """The outlet's host (``wsbtv.com``), seen through a web-archive address; none for an address no URL parser reads
    ("http://[broken/page": an unclosed IPv6 bracket had failed the whole record's extraction)."""
    if not url:
        return ""
    try:
        host = urlsplit(_ARCHIVE.sub("", url)).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def _names(text: str, places: frozenset[str]) -> Vector:
    """The weighed ``name_counts`` of ``text``, less the names in full that reports of many incidents give
    (``data/link_common_names.txt``): an agency's credit ("The Associated Press"), page furniture ("All Rights
    Reserved", "View Full Caption"), a byline, a police spokesman, a hospital. Shared, such a name said two reports
    of shootings 448 days apart named one person, and brought them within the named reports' window."""
    common = word_set("link_common_names")
    counts = {term: n for term, n in name_counts(text, places).items() if term not in common}
    weights = {term: (1 + math.log(n)) * (COMMONEST_ZIPF if is_full_name(term) else rarity(term)) for term, n in counts.items()}
    return _unit(weights, TOP_TERMS["names"])


def name_counts(text: str, places: frozenset[str] = frozenset()) -> Counter[str]:
    """Capitalised names inside sentences (people, streets, venues), a multi-word name as one term, and how often each is
    said; not places, nor the institutions a place's every report names (``data/link_institution_words.txt``), nor a
    lone word that names no one: a day or a month ("Thursday", "March": every report of that day shares it) or a word
    as common as 'he' or 'what' (a capital after a quote or a dash), nor a holiday ("New Year": ``_names_no_one``)."""
    institutions = word_set("link_institution_words")
    return Counter(
        term for name in [*_NAME.findall(text), *_opening_names(text)]
        if (term := _untitled(name.lower().split())) not in places and term.rsplit("_", 1)[-1] not in institutions
        and not _names_no_one(term)
    )


def _untitled(words: list[str]) -> str:
    """A name as a term, less the titles said before it (``data/link_title_words.txt``) where two words remain:
    reports of one shooting name "Police Chief James Craig", "Chief James Craig" and "James Craig" alike."""
    titles = word_set("link_title_words")
    start = next((i + 1 for i in range(len(words) - 3, -1, -1) if words[i] in titles), 0)
    return "_".join(words[start:])


def _names_no_one(term: str) -> bool:
    """Whether a lone capitalised word is a day, a month or a function word, or a name in full a holiday's
    (``data/link_holiday_names.txt``: "New Year", "Labor Day"; ``_names``)."""
    if is_full_name(term):
        return term in word_set("link_holiday_names")
    return term.rstrip(".") in _calendar_words() or rarity(term) <= COMMONEST_ZIPF - FUNCTION_ZIPF


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """The names of the weekdays and months and their abbreviations (``data/slot_time.json``, as dates read them)."""
    words = table("slot_time")
    return frozenset({*words["weekdays"], *words["months"]})


def _opening_names(text: str) -> list[str]:
    """The names that open sentences (``_OPENING``), which ``_NAME`` leaves out for their capital."""
    found = []
    for run in _OPENING.findall(text):
        first, rest = run.split(maxsplit=1)
        found.append(rest if zipf_frequency(first, "en") >= FUNCTION_ZIPF else run)
    return found


def _no_site(street: str) -> bool:
    """Whether a name the street pattern finds is a hospital or a court (``data/link_not_site_streets.txt``): where
    victims were treated or suspects tried, which reports of one shooting name or leave out, and reports of many name alike."""
    words = street.lower().split()
    return not word_set("link_not_site_streets").isdisjoint((words[-1], " ".join(words[-2:])))


def street_name(street: str) -> str:
    """A street as reports of one shooting all name it: "South Exchange Avenue", "Exchange Avenue" and "the 7100 block of
    South Exchange" are "exchange"; empty for a direction alone ("the 300 block of South")."""
    words, roads = street.lower().split(), word_set("link_road_words")
    while words and words[0] in _DIRECTIONS:
        words = words[1:]
    while len(words) > 1 and words[-1] in roads:
        words = words[:-1]
    return " ".join(words)


def is_full_name(term: str) -> bool:
    """Whether a names term (or a key) is a name in full, of several words: a person's ("john_smith"),
    a venue's ("blue_heron_tavern")."""
    return "_" in term


def _place_words(mentions: list[Mention]) -> frozenset[str]:
    """The words of the places and regions the mentions are placed in, lower-cased, and each name whole."""
    names = {n.lower() for m in mentions if m.place for n in (m.place.name, m.place.admin1) if n}
    return frozenset({*names, *(n.replace(" ", "_") for n in names), *(w for n in names for w in _WORD.findall(n))})


def capital_words(text: str) -> set[str]:
    """The capitalised words of ``text`` (``Naples``, ``NAPLES``), lower-cased, less those as common as 'new' or 'the'
    (``FUNCTION_ZIPF``): what a place's name must find in another report for that report to name it too."""
    return {w for w in _WORD.findall(" ".join(_CAPITALISED.findall(text)).lower()) if rarity(w) > COMMONEST_ZIPF - FUNCTION_ZIPF}


def names_place(site: str, other: Fingerprint) -> bool:
    """Whether the ``other`` document names the place ``site``: every distinctive word of its name is among
    its ``capitals`` (``Lexington Park`` needs both)."""
    words = site_words(site)
    return bool(words) and words <= other.capital_set


@lru_cache(maxsize=4096)
def site_words(site: str) -> frozenset[str]:
    """A place name's distinctive words, once per name: every pair a report is scored in asks for them again."""
    return frozenset(capital_words(site.title()))


def _near_evidence(text: str, mention: Mention) -> str:
    """The text around the mention's evidence in the body (evidence in the title is the title, read beside it)."""
    in_body = [s for s in mention.evidence if s.part == BODY]
    return "\n".join(text[max(0, s.start - EVIDENCE_WINDOW) : s.end + EVIDENCE_WINDOW] for s in in_body[:3])


def _unit(weights: dict[str, float], top: int) -> Vector:
    kept = sorted(((w, t) for t, w in weights.items() if w > 0), reverse=True)[:top]
    norm = math.sqrt(sum(w * w for w, _ in kept)) or 1.0
    return {t: round(w / norm, 4) for w, t in kept}
