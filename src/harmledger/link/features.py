"""How alike two mentions are, as the features and the weights of a logistic model.

Hand-set thresholds on each signal kept trading missed links for false ones (a
shared street outweighs a far-off place; a week's gap matters less when the
texts agree), so the signals are weighed together by a logistic regression fitted
on the dev part of the linking suite (``python -m harmledger.link.train``) and
shipped as data (``data/link_model.json``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from functools import cache
from operator import mul
from typing import Any, NamedTuple

from harmledger.data import table, word_set
from harmledger.link.fingerprint import COMMONEST_ZIPF, RARE_WORD, Fingerprint, cosine, is_full_name, names_place, rarity, shared_terms, site_words

WINDOW_DAYS = 120
"""Follow-ups (funerals, arrests, a victim's death) come weeks later; months later they are rare..."""
NAMED_WINDOW_DAYS = 730
"""...except where both reports give the same name in full (a person's, a venue's): an arrest,
a trial or an anniversary retells the attack a year or two on (``harmledger eval`` on the linking
suite: pairwise F1 0.718 → 0.745 on the dev part, 0.724 → 0.746 on the set-aside part)."""
ROUND_UP_MENTIONS = 5
"""A report with this many mentions or more is a round-up (``is_round_up``): 38 of the linking suite's 1,954 dev reports,
most of them a city's shootings of a weekend or a night, a few a mass shooting the extractor tells in several mentions."""
ROUND_UP_DAYS = 3
"""Two round-ups published further apart than this tell two weekends (``round_ups_apart``): on the linking suite's dev part,
the two pairs of round-ups that tell one incident were published one and two days apart, and the one pair of round-ups
scored above the threshold that tells two, 23 days apart."""
KM_PER_DEGREE = 111.32
UNKNOWN_DAYS = 30
"""The date gap assumed where one side has no date (neither near nor far)."""
RELATED_COSINE = 0.05
CROWD_KM = 10.0
MOST_SHARED = 5
"""Rare words or names shared beyond this many say nothing more."""
FOLLOW_UP_WORDS = word_set("link_follow_up_words")
"""Title words of a report told after the attack (``follows_up``)."""
DEATH_WORDS = word_set("link_death_words")
WOUND_WORDS = word_set("link_wound_words")
"""Title words that tell a death, and people shot or hurt (``death_against_wounds``)."""
ACCIDENT_WORDS = word_set("link_accident_words")
DRIVE_BY_WORDS = word_set("link_drive_by_words")
"""Title words that tell a shooting by accident, and one fired from a passing car (``accident_against_drive_by``)."""

FEATURES = (
    "content_cosine",
    "title_cosine",
    "evidence_cosine",
    "names_cosine",
    "place_unknown",
    "distance_100km",
    "within_10km",
    "within_30km",
    "place_named",
    "place_named_apart",
    "crowded_place",
    "near_in_crowded_place",
    "log_published_days",
    "log_event_days",
    "same_or_next_day",
    "same_outlet",
    "shared_street",
    "shared_ages",
    "shared_places",
    "shared_full_name",
    "shared_full_names",
    "rarest_shared_word",
    "rare_shared_words",
    "names_by_published_days",
    "content_by_published_days",
    "full_name_by_published_days",
    "rarest_by_published_days",
    "streets_apart",
    "follow_up",
    "follow_up_distance",
    "follow_up_by_published_days",
    "follow_up_full_name",
    "full_name_distance",
    "distance_unsupported",
    "shared_surname",
    "death_against_wounds",
    "death_against_wounds_ages_apart",
)
"""``crowded_place`` counts the incidents other than the candidate reported near the new mention
on about the same day (log): two reports placed in one Chicago neighbourhood on one night may
tell two shootings, two placed in one small town on one day most likely tell one attack. The
last four weigh what the texts share by how far apart they were published: a follow-up months
later (an arrest, a sentence) is the same incident when it names the same victim, not when it
shares only the words every shooting report uses. ``place_named`` says whether each report names
the place the other is placed in (half for one of the two), and ``place_named_apart`` the same where
the points lie apart or one is missing: two reports of one shooting in Cameron are placed in two towns
called Cameron when one names the state and the other does not, or one report is placed in a suspect's
home town while its title names the city of the shooting; the names still agree where the points do not.
``streets_apart`` says both reports name streets and none is the same: one outlet's two reports of one night
in one neighbourhood share their words and their point, and each names the block it happened on (dev pairwise
F1 0.808 → 0.816; two reports naming different ages lowered it, different full names left it as it was: a report
names officials and relatives as well as the victim). A block told without a road word ("the 11000 block of South
Edbrooke") is a street too, and so is a numbered one ("West 42nd Street"); streets are compared by their names less
compass and road words (``fingerprint.street_name``): with places read right, two shootings of one Chicago night are
both placed at the city's point, and their blocks keep them apart (pairwise F1 whole/dev/held-aside 0.8599/0.8644/
0.8696 → 0.8683/0.8741/0.8696, toll_killed 0.9002/0.8988/0.8779 → 0.9023/0.9004/0.8779).

The ``follow_up`` features weigh a pair where either title tells an arrest, a charge, a trial, a sentence or a vigil
(``follows_up``) apart, alone and with the distance, the days and a full name shared: such a report comes weeks or months
on, is often placed where the suspect was caught or the court sits, and is the same incident when it names the same people
(pairwise F1 whole/dev/held-aside 0.838/0.837/0.850 → 0.842/0.842/0.872). ``full_name_distance`` lets a name shared
in full count against a distance (a lead placed in the wrong state), and ``distance_unsupported`` weighs the distance
again where either report is placed in a town its own title and lead never name (a person's name read as a town; 0.842/
0.844/0.872 → 0.846/0.847/0.872, dev pairwise precision 0.905 → 0.914). ``shared_surname`` says both reports give in full
names ending in one rare surname (``Fingerprint.surnames``): a victim named with and without a middle name, or a relative quoted in a
follow-up; with hospitals and courts no longer read as streets and "McKinney" no longer cut to "Mc", pairwise F1 0.849/0.851/
0.872 → 0.852/0.854/0.872 in publication order, and 0.845 → 0.848 whole averaged over it and three shuffles.

``death_against_wounds`` says one report's title tells a death and the other's only people shot or hurt
(``data/link_death_words.txt``, ``link_wound_words.txt``): the reports of two shootings of one city and week, often one
outlet's with one police spokesman's name, otherwise share what one shooting's reports share, and the dead of the one
became the toll of the other's incident. A report of a wounding published before a report of a death whose event lies
a day from it at most is left out (a victim who died later). ``death_against_wounds_ages_apart`` is that and both reports
giving ages, none the same (a toddler of 2 grazed at home, a woman of 24 among the dead): ages apart alone, a feature
twice dropped, cost the set-aside part; with the titles' contradiction it does not. Each weight is fitted alone over the
rest as shipped (``link.train --only``): toll_killed whole/dev/held-aside 0.8940/0.8918/0.8753 → 0.8981/0.8965/0.8753,
toll_injured 0.8045/0.8023/0.7964 → 0.8073/0.8054/0.7964, pairwise F1 0.8550/0.8565/0.8793 → 0.8584/0.8612/0.8793,
the order check's largest change 0.0083 (main's 0.0071 before these two features)."""


@dataclass(slots=True)
class Side:
    """One mention as linking sees it: its document's fingerprint and its own place and date.

    Not frozen, though never changed (``dataclasses.replace`` makes a new one): a frozen dataclass is built
    field by field through ``object.__setattr__``, three times the cost, and the linker builds one per member
    of some 60 candidates a report."""

    fingerprint: Fingerprint
    ordinal: int
    lat: float | None
    lon: float | None
    when: date | None
    crowd: int = 0
    """Incidents with a report ``near`` it, counted for the mention being linked (the candidate's own included)."""


class Shared(NamedTuple):
    """What two documents share, whatever mentions are compared."""

    content: float
    title: float
    names: float
    log_published_days: float
    same_outlet: float
    street: float
    ages: float
    places: float
    full_names: float
    rarest: float
    rare: float
    streets_apart: float
    follow_up: float
    surname: float
    death_against_wounds: float
    wounds_told_first: float
    ages_apart: float


def document_features(fa: Fingerprint, fb: Fingerprint) -> Shared:
    """What two documents share whatever mentions are compared: content, title, names, outlet, specifics.

    Each pair of a document's candidates is read here (some 60 a report), so what both vectors share is found
    once for the cosine and the counts beside it, and the lists most reports leave empty are compared only
    where both have some."""
    shared_content = shared_terms(fa.content, fb.content)
    names, full_names = names_shared(fa, fb)
    shares_street = bool(fa.streets and fb.streets) and not fa.street_names.isdisjoint(fb.street_names)
    shared_rarity = [rarity(term) for term in shared_content]
    return Shared(
        cosine(fa.content, fb.content, shared_content),
        cosine(fa.title, fb.title),
        names,
        math.log1p(days_apart(fa, fb)),
        float(bool(fa.domain) and fa.domain == fb.domain),
        float(shares_street),
        float(min(len(set(fa.ages).intersection(fb.ages)), 3)) if fa.ages and fb.ages else 0.0,
        len(set(fa.places) & set(fb.places)) / len(set(fa.places) | set(fb.places)) if fa.places and fb.places else 0.0,
        full_names,
        max(shared_rarity, default=0.0) / COMMONEST_ZIPF,
        min(sum(1 for r in shared_rarity if r >= RARE_WORD), MOST_SHARED) / MOST_SHARED,
        float(bool(fa.streets and fb.streets) and not shares_street),
        float(follows_up(fa) or follows_up(fb)),
        float(bool(fa.surnames) and not fa.surnames.isdisjoint(fb.name_ends)),  # the surnames both give (``Fingerprint.name_ends``)
        *map(float, death_against_wounds(fa, fb)),
        float(ages_apart(fa, fb)),
    )


def names_shared(fa: Fingerprint, fb: Fingerprint, shared: list[str] | None = None) -> tuple[float, float]:
    """The cosine of two documents' names and how many names in full both give (at most MOST_SHARED); ``shared``
    is ``shared_terms`` of their names where the caller has it."""
    shared = shared_terms(fa.names, fb.names) if shared is None else shared
    return cosine(fa.names, fb.names, shared), float(min(sum(1 for term in shared if is_full_name(term)), MOST_SHARED))


def related(document: Shared) -> bool:
    """Whether two documents share enough words or a street to be worth scoring at all.

    Pairs that share neither score far below the threshold; skipping them keeps
    linking's cost to the few documents that could tell the same incident.
    """
    return max(document.content, document.title, document.names) >= RELATED_COSINE or bool(document.street)


def comparable(fa: Fingerprint, fb: Fingerprint, document: Shared) -> bool:
    """Whether the linker scores two documents at all: ``related``, and reported within WINDOW_DAYS
    of each other, or within NAMED_WINDOW_DAYS where both give a name in full; never two ``round_ups_apart``, nor two
    reports whose titles set an accident against a drive-by (``accident_against_drive_by``)."""
    days = days_apart(fa, fb)
    if round_ups_apart(fa, fb, days) or accident_against_drive_by(fa, fb):
        return False
    return related(document) and (days <= WINDOW_DAYS or (days <= NAMED_WINDOW_DAYS and document.full_names > 0))


def round_ups_apart(fa: Fingerprint, fb: Fingerprint, days: int) -> bool:
    """Whether two reports are both round-ups (``is_round_up``) published more than ROUND_UP_DAYS apart (``days``): each
    tells a weekend's or a night's shootings across one city, and two such weekends share the streets, the ages and the
    words of their many victims as one shooting's reports do. Compared, the Labor Day weekend's Chicago round-up and the
    round-up three weeks later ("4 Killed, 53 Wounded In Weekend Shootings Across Chicago") scored 0.84 and became one
    incident, and the Fuller Park triple shooting, which the later round-up tells, joined it through that report. Two
    outlets' round-ups of one weekend are still compared, as is a round-up with a report of one shooting."""
    return days > ROUND_UP_DAYS and is_round_up(fa) and is_round_up(fb)


def accident_against_drive_by(fa: Fingerprint, fb: Fingerprint) -> bool:
    """Whether one report's title tells an accidental shooting and the other's a drive-by, and neither tells both: a gun
    fired from a passing car at people is never an accident. Two shootings of one city and one holiday weekend ("7 injured
    in NW Miami-Dade drive-by shooting" and "18-year-old man accidentally shoots friend on New Year's Eve") share the
    words every such report uses, and the wounded of the one became the toll of the other's incident; so did a teen's
    arrest for a drive-by and a boy's accidental wound told in the same town a year before. On the linking suite's dev
    part no pair of reports of one incident has titles so set against each other."""
    accident_a, accident_b = not ACCIDENT_WORDS.isdisjoint(fa.title), not ACCIDENT_WORDS.isdisjoint(fb.title)
    drive_by_a, drive_by_b = not DRIVE_BY_WORDS.isdisjoint(fa.title), not DRIVE_BY_WORDS.isdisjoint(fb.title)
    return (accident_a and drive_by_b and not (accident_b or drive_by_a)) or (accident_b and drive_by_a and not (accident_a or drive_by_b))


def is_round_up(fingerprint: Fingerprint) -> bool:
    """Whether a report has ROUND_UP_MENTIONS mentions or more (those with evidence: the fingerprint keeps a vector for each)."""
    return len(fingerprint.evidence) >= ROUND_UP_MENTIONS


def days_apart(fa: Fingerprint, fb: Fingerprint) -> int:
    """Days between two documents' publication (UNKNOWN_DAYS where one is undated)."""
    return abs((fa.published - fb.published).days) if fa.published and fb.published else UNKNOWN_DAYS


def features(a: Side, b: Side, document: Shared | None = None) -> list[float]:
    """FEATURES for mentions ``a`` and ``b``; ``document`` is ``document_features`` of their documents, if known."""
    fa, fb = a.fingerprint, b.fingerprint
    content, title, names, published_days, same_outlet, street, ages, places, full_names, rarest, rare, streets_apart, follow_up, surname, death_against, wounds_first, apart_in_age = (
        document or document_features(fa, fb)
    )
    placed, km, event_days, crowd, within_10km, named, hundreds_km = _where_and_when(a, b)
    in_full = float(full_names > 0)
    return [
        content,
        title,
        evidence_similarity(a, b),
        names,
        float(not placed),
        hundreds_km,
        within_10km,
        float(placed and km <= 30),
        named,
        named * float(not placed or km > 30),
        crowd,
        within_10km * crowd,
        published_days,
        math.log1p(event_days),
        float(event_days <= 1),
        same_outlet,
        street,
        ages,
        places,
        in_full,
        full_names,
        rarest,
        rare,
        names * published_days,
        content * published_days,
        in_full * published_days,
        rarest * published_days,
        streets_apart,
        follow_up,
        follow_up * hundreds_km,
        follow_up * published_days,
        follow_up * in_full,
        in_full * hundreds_km,
        float(not self_named(a) or not self_named(b)) * hundreds_km,
        surname,
        (death := _death_against_wounds(death_against, wounds_first, event_days)),
        death * apart_in_age,
    ]


def _where_and_when(a: Side, b: Side, found: tuple[float | None, int] | None = None, named: float | None = None) -> tuple[bool, float, int, float, float, float, float]:
    """What ``features`` and ``Screen`` both read of two mentions' places and days (``found``: their ``apart``, and
    ``named``: their ``place_named``, where known): whether both are placed, the km apart (0 where not), the days between
    their events, the crowd of other incidents near them (less the pair itself), whether within 10 km, ``place_named``,
    and the distance in hundreds of km (at most 5)."""
    distance, event_days = found or apart(a, b)
    placed = distance is not None
    km = distance if placed else 0.0
    crowd = math.log1p(max(0, max(a.crowd, b.crowd) - near_apart(distance, event_days)))
    return placed, km, event_days, crowd, float(placed and km <= 10), place_named(a, b) if named is None else named, min(km, 500.0) / 100


def follows_up(fingerprint: Fingerprint) -> bool:
    """Whether a report's title tells what came after an attack (an arrest, a charge, a trial, a sentence, a
    vigil, a lawsuit): such a report is told weeks or months later, often from a courthouse or the town where a
    suspect was caught, so a gap in days or a distance says less against it than against two reports of the attack."""
    return not FOLLOW_UP_WORDS.isdisjoint(fingerprint.title)


def death_against_wounds(fa: Fingerprint, fb: Fingerprint) -> tuple[bool, bool]:
    """Whether one report's title tells a death and the other's tells people shot or hurt and no death, and whether
    that report of the wounds was published before the report of the death. Two shootings of one city and week
    ("Fuller Park Shooting Kills 3" and "2-Year-Old Boy Accidentally Shot inside Home", "17-year-old dead in Richmond
    shooting" and "Baby shot by errant bullet in Richmond") share the words every shooting report uses; but a report of
    a wounding published first may tell a victim who died later ("8-Year-Old Girl Critical" days before "Camden Girl,
    8, Dies"), which ``features`` leaves out where the two events lie a day apart at most."""
    return harm_against(fa, told_harm(fa), fb, told_harm(fb))


def told_harm(fingerprint: Fingerprint) -> tuple[bool, bool]:
    """Whether a report's title tells a death, and whether it tells people shot or hurt (``death_against_wounds``)."""
    return not DEATH_WORDS.isdisjoint(fingerprint.title), not WOUND_WORDS.isdisjoint(fingerprint.title)


def harm_against(fa: Fingerprint, harm_a: tuple[bool, bool], fb: Fingerprint, harm_b: tuple[bool, bool]) -> tuple[bool, bool]:
    """``death_against_wounds`` from each report's ``told_harm``."""
    (dead_a, wounds_a), (dead_b, wounds_b) = harm_a, harm_b
    if dead_a == dead_b or not (wounds_b if dead_a else wounds_a):
        return False, False
    dead, wounded = (fa, fb) if dead_a else (fb, fa)
    return True, dead.published is not None and wounded.published is not None and wounded.published < dead.published


def ages_apart(fa: Fingerprint, fb: Fingerprint) -> bool:
    """Whether both reports give ages and none is the same (with ``death_against_wounds``: a toddler grazed in his
    home and the dead of another shooting)."""
    return bool(fa.ages and fb.ages) and set(fa.ages).isdisjoint(fb.ages)


def _death_against_wounds(death_against: float, wounds_first: float, event_days: int) -> float:
    """The ``death_against_wounds`` feature: the titles' death against wounds, less a wounding told first of an event
    the other report dates within a day (a victim who died later)."""
    return death_against - wounds_first * float(event_days <= 1)


def near(a: Side, b: Side) -> bool:
    """Placed within CROWD_KM of each other and dated a day apart at most."""
    return near_apart(*apart(a, b))


def near_apart(km: float | None, event_days: int) -> bool:
    """``near``, from ``apart``."""
    return km is not None and km <= CROWD_KM and event_days <= 1


def apart(a: Side, b: Side) -> tuple[float | None, int]:
    """How far apart two mentions are placed (``distance_km``) and dated (``event_days_apart``): what the crowd, the radius
    and the ``Screen`` of a mention read of each member it is compared with."""
    return distance_km(a, b), event_days_apart(a, b)


def event_days_apart(a: Side, b: Side) -> int:
    """Days between two mentions' events (UNKNOWN_DAYS where one is undated)."""
    return abs((a.when - b.when).days) if a.when and b.when else UNKNOWN_DAYS


def place_named(a: Side, b: Side) -> float:
    """The share of the two mentions whose place's name the other report names (``names_place``)."""
    fa, fb = a.fingerprint, b.fingerprint
    site_a, site_b = fa.sites.get(a.ordinal), fb.sites.get(b.ordinal)
    return (float(bool(site_a) and names_place(site_a, fb)) + float(bool(site_b) and names_place(site_b, fa))) / 2


def self_named(side: Side) -> bool:
    """Whether a mention's own report names the place it is placed in (a geocoder's misreading, a state for a
    city, a person's name read as a town, places a report in a town its title and lead never name)."""
    site = side.fingerprint.sites.get(side.ordinal)
    return bool(site) and names_place(site, side.fingerprint)


def evidence_similarity(a: Side, b: Side) -> float:
    """Cosine of the words around the two mentions' evidence."""
    fa, fb = a.fingerprint, b.fingerprint
    return cosine(fa.evidence.get(a.ordinal, fa.content), fb.evidence.get(b.ordinal, fb.content))


def match_probability(a: Side, b: Side, document: Shared | None = None) -> float:
    """The model's probability that ``a`` and ``b`` tell the same incident."""
    intercept, weights = _model()
    z = intercept + sum(map(mul, weights, features(a, b, document)))
    return 1.0 / (1.0 + math.exp(-z))


DocumentBound = tuple[float, float, float, tuple[float, float, float, float] | None]
"""``Screen.document_bound``: what two reports make of the bound, its weight per 100 km, what a next-day event takes off it,
and the names' part at its most with its weight per 100 km, the days apart and the follow-up (None once read or nil)."""

CEILING_MARGIN = 1e-9
"""Far beyond the rounding of ``Screen.ceiling``'s sum, taken in another order than ``match_probability``'s (1e-15)."""
COSINE_CEILING = 1.01
"""Above any cosine of two vectors of unit length whose weights are rounded to four places (1.0012 at 200 terms)."""


class Screen:
    """An upper bound of the model's sum (``match_probability``'s z) for one mention against many, at a fraction of
    scoring them: the linker scores no pair below the lowest probability a decision reads (``floor``; in the link bench,
    199 pairs in 200).

    The features of place, dates, outlet, follow-up and names are ``features``' own; what the other vectors share
    (cosines, rare words) is 0 where they share no term, as there, and else at its ceiling; so are the counts of
    streets, ages and places where both reports give some; what their names share is at its most until a pair needs it
    (``names_bound``). What the mention and its report give is read once, with the weights as they bear on a pair
    (``_bearing``), and what two reports make of the bound whatever mentions are compared once a report (``documents``),
    so that each pair costs what its mentions' places and days add:
    a report's mentions are screened against some 80 members at 10,000 mentions, and one by one, each pair reading the
    whole model and the report's own flags again, the bound was the larger part of matching (1.9 of 3.1 s of the bench's
    300 reports under cProfile)."""

    __slots__ = ("side", "documents", "least", "own_follow_up", "own_harm", "content", "title", "evidence", "lists", "surnames", "full_names", "own_words", "capitals")

    def __init__(self, side: Side, floor: float = 0.5, documents: dict[str, DocumentBound] | None = None) -> None:
        fa = side.fingerprint
        self.side, self.documents = side, {} if documents is None else documents
        self.least = math.log(floor / (1 - floor)) - CEILING_MARGIN
        self.own_follow_up = follows_up(fa)
        self.own_harm = told_harm(fa)
        self.content, self.title = fa.content.keys(), fa.title.keys()
        self.evidence = fa.evidence.get(side.ordinal, fa.content).keys()
        site = fa.sites.get(side.ordinal)
        self.own_words, self.capitals = site_words(site) if site else frozenset(), fa.capital_set
        rising = _bearing()
        self.lists = (
            (rising.shared_street + rising.streets_apart) * bool(fa.streets), rising.shared_ages * 3 * bool(fa.ages),
            rising.shared_places * bool(fa.places),
        )
        self.surnames = fa.surnames
        self.full_names = min(sum(1 for term in fa.names if is_full_name(term)), MOST_SHARED)

    def hopeless(self, other: Side, found: tuple[float | None, int] | None = None, document_id: str | None = None) -> bool:
        """Whether the pair's probability is below the floor for certain (``found`` and ``document_id``: see ``ceiling``)."""
        return self.ceiling(other, found, document_id) < self.least

    def ceiling(self, other: Side, found: tuple[float | None, int] | None = None, document_id: str | None = None) -> float:
        """The bound of the mention and ``other``: ``found`` is the two's ``apart`` where known; ``document_id``, the other's
        document, keys what the two reports make of the bound in ``documents`` (``document_bound``)."""
        a, b, m = self.side, other, _bearing()
        placed, km, event_days, crowd, within_10km, named, hundreds_km = _where_and_when(a, b, found, self.place_named(b))
        z, per_100km, wounds_first, names = self.documents.get(document_id) or self.document_bound(b.fingerprint, document_id)
        z += (
            m.place_unknown * (not placed) + per_100km * hundreds_km + m.within_10km * within_10km + m.within_30km * (placed and km <= 30)
            + named * (m.place_named + m.place_named_apart * (not placed or km > 30)) + crowd * (m.crowded_place + m.near_in_crowded_place * within_10km)
            + m.log_event_days * math.log1p(event_days) + (event_days <= 1) * (m.same_or_next_day - wounds_first)
        )
        if not self.evidence.isdisjoint(b.fingerprint.evidence.get(b.ordinal, b.fingerprint.content).keys()):
            z += m.evidence_cosine * COSINE_CEILING
        if names is None:
            return z
        most, most_per_100km, published_days, follow_up = names
        if (bound := z + most + most_per_100km * hundreds_km) < self.least:  # hopeless whatever names the two share
            return bound
        found, found_per_100km = self.names_bound(b.fingerprint, published_days, follow_up)
        if document_id is not None:
            known, per, wounds, _ = self.documents[document_id]
            self.documents[document_id] = (known + found, per + found_per_100km, wounds, None)
        return z + found + found_per_100km * hundreds_km

    def place_named(self, other: Side) -> float:
        """``place_named`` of the mention and ``other``, its own place's words and its report's capitals read once (a
        third of a pair's bound, read per pair)."""
        fb = other.fingerprint
        site = fb.sites.get(other.ordinal)
        words = site_words(site) if site else frozenset()
        return (float(bool(self.own_words) and self.own_words <= fb.capital_set) + float(bool(words) and words <= self.capitals)) / 2

    def document_bound(self, fb: Fingerprint, document_id: str | None = None) -> DocumentBound:
        """What the mention's report and another document make of the bound whatever mentions are compared (kept in
        ``documents`` under ``document_id``, where given): its part, its weight per 100 km the mentions lie apart, what an
        event a day from the other takes off it (a wounding told first, ``death_against_wounds``), and, where both give
        names, the names' part at its most (and its weight per 100 km, with the days apart and the follow-up it reads).

        The names' part is left at its most until a pair needs it (``names_bound``): in the link bench about four pairs in
        five are hopeless even so, and walking what two reports' names share was the dearest part of a pair's bound."""
        fa, m = self.side.fingerprint, _bearing()
        published_days = math.log1p(days_apart(fa, fb))
        follow_up = float(self.own_follow_up or follows_up(fb))
        z = (
            m.intercept + m.log_published_days * published_days + m.same_outlet * (bool(fa.domain) and fa.domain == fb.domain)
            + follow_up * (m.follow_up + m.follow_up_by_published_days * published_days)
        )
        per_100km, wounds_first = m.distance_100km + m.distance_unsupported + m.follow_up_distance * follow_up, 0.0
        death_against, first = harm_against(fa, self.own_harm, fb, told_harm(fb))
        if death_against:
            death = m.death_against_wounds + m.death_against_wounds_ages_apart * ages_apart(fa, fb)
            z, wounds_first = z + death, first * death  # ``_death_against_wounds``: less a wounding told first of a next-day event
        if not self.content.isdisjoint(fb.content.keys()):
            z += (m.content_cosine + m.content_by_published_days * published_days) * COSINE_CEILING + m.rarest_shared_word + m.rarest_by_published_days * published_days + m.rare_shared_words
        if not self.title.isdisjoint(fb.title.keys()):
            z += m.title_cosine * COSINE_CEILING
        streets, ages, places = self.lists
        z += streets * bool(fb.streets) + ages * bool(fb.ages) + places * bool(fb.places)
        names = None
        if fa.names and fb.names:  # at most: a names cosine of 1, as many names in full as the mention's report gives, a surname
            most = max(0.0, m.names_cosine + m.names_by_published_days * published_days) * COSINE_CEILING
            most_per_100km = 0.0
            if self.full_names:
                most += max(0.0, m.shared_full_names) * self.full_names
                most += max(0.0, m.shared_full_name + m.full_name_by_published_days * published_days + m.follow_up_full_name * follow_up)
                most_per_100km = max(0.0, m.full_name_distance)
            if self.surnames:
                most += max(0.0, m.shared_surname)
            names = (most, most_per_100km, published_days, follow_up)
        if document_id is not None:
            self.documents[document_id] = (z, per_100km, wounds_first, names)
        return z, per_100km, wounds_first, names

    def names_bound(self, fb: Fingerprint, published_days: float, follow_up: float) -> tuple[float, float]:
        """The names' part of the bound as ``features`` finds it (a name in full weighs most; a surname both give, found
        among the other's ``Fingerprint.name_ends`` without its rarities), and its weight per 100 km."""
        fa, m = self.side.fingerprint, _bearing()
        found = m.shared_surname * (not self.surnames.isdisjoint(fb.name_ends)) if self.surnames else 0.0
        shared = shared_terms(fa.names, fb.names)
        if not shared:  # "Kalif Marquis Goens" and "Kalif Goens" share no name, and a surname
            return found, 0.0
        names, full_names = names_shared(fa, fb, shared)
        in_full = full_names > 0
        found += names * (m.names_cosine + m.names_by_published_days * published_days) + m.shared_full_names * full_names
        found += in_full * (m.shared_full_name + m.full_name_by_published_days * published_days + m.follow_up_full_name * follow_up)
        return found, in_full * m.full_name_distance


@cache
def _bearing() -> Any:
    """The model's intercept and weights by feature's name, as ``Screen`` reads them (a named tuple: its fields are read
    as fast as local names, a dict's keys a lookup each): the weight where the feature is ``features``' own, its rising
    part (the weight where positive, else 0) where the bound takes it at its ceiling."""
    intercept, w, rising = _named_model()
    at_ceiling = {
        "content_cosine", "content_by_published_days", "rarest_shared_word", "rarest_by_published_days", "rare_shared_words", "title_cosine",
        "evidence_cosine", "distance_unsupported", "shared_street", "streets_apart", "shared_ages", "shared_places",
    }
    return NamedTuple("Bearing", [("intercept", float), *((name, float) for name in FEATURES)])(
        intercept, *(rising[name] if name in at_ceiling else w[name] for name in FEATURES)
    )


@cache
def _named_model() -> tuple[float, dict[str, float], dict[str, float]]:
    """The model's intercept, its weights by feature, and the rising part of each (the weight where positive, else 0)."""
    intercept, weights = _model()
    return intercept, dict(zip(FEATURES, weights)), {name: max(0.0, weight) for name, weight in zip(FEATURES, weights)}


@cache
def _model() -> tuple[float, tuple[float, ...]]:
    """The model's intercept and weights, read once (``match_probability`` runs for some 60 pairs a report)."""
    model = table("link_model")
    return model["intercept"], tuple(model["weights"])


def threshold() -> float:
    return table("link_model")["threshold"]


def distance_km(a: Side, b: Side) -> float | None:
    """Equirectangular distance (fine below ~1,000 km); None when either side has no point."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return None
    return km_apart(a.lat, a.lon, b.lat, b.lon)


def km_apart(lat_a: float, lon_a: float, lat_b: float, lon_b: float) -> float:
    """``distance_km`` of two points (the linker measures a mention against a block's members with it)."""
    return KM_PER_DEGREE * math.hypot((lon_a - lon_b) * math.cos(math.radians((lat_a + lat_b) / 2)), lat_a - lat_b)
