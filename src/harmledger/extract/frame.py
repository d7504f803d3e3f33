"""Framing: group a document's sentence-level facts into incident mentions, as a coder would.

- The first sentence that names an incident type or weapon opens the lead event,
  even before any figure, so a day-wide toll is never taken for the attack's own.
- A sentence told as history (background) or as a toll over many places or days
  (aggregate) opens a mention of its own; when the text returns to the news,
  figures go back to the last event mention.
- A new incident opens on: a second explicit figure that differs from the one a
  slot holds ("killed two people" after "one death"), unless it is the dead of the
  other side of one clash ("killing 20 assailants. Four soldiers were killed"),
  which add to it; "in a separate shooting";
  a new street address; an attack on a big town far from the current one; a round-up's
  line that opens with another town, however near ("In Bilozerka, 3 people were injured").
- A source that "now says" other figures revises the incident's figures (a live blog's
  later entry), which stand as a toll update, not as another incident's.
- The wounded a later sentence recounts ("Of the 12 injured, two later died", "Of the wounded, three
  died") are the incident's wounded told before: its dead leave them and add to the dead told before.
- An incident sentence about a town already told of continues that incident.
- A country or capital named as the attacker ("Russia's largest aerial attack") is no place.
- A dateline's town is where the reporter stood: the lead incident's place only when its
  own sentences name none.
- A new incident whose own sentences name no place takes the town the sentence
  before named but did not use ("... continued to target the port of Odessa. A
  missile strike destroyed residential buildings ...").
- An incident whose sentences give no date has the date the news before it last gave ("On
  15 March, forces shelled Kherson 5 times during the day ... 3 civilians were injured"),
  else the day it was first told (the day a source spoke of it, "police confirmed on Tuesday",
  or else of publication) or the day before, else (a toll update) the week before, or (a day
  of funerals, "were buried on Sunday") the few days before.
- Figures with no number ("a man was shot", "he died") never split: they restate
  the same victims; nor do vague ones ("dozens were wounded"), which the number the
  text later gives ("37 people were wounded") supersedes.
- The lead incident's killed figure is then weighed by a model fitted on the GVA suites'
  dev part (``figure_model``) against the other figures of the dead the report states:
  "the shooting deaths of three people" outranks "two of those killed", and a related
  story's "push year's toll to 85" is not the toll of the death the report leads with. A toll
  the report says the dead rose to is kept, and a toll a sentence recalls beside its news is
  no candidate.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache

import pycountry

from harmledger.data import table
from harmledger.extract import figure_model
from harmledger.extract.classify import Classification
from harmledger.extract.figure_features import Candidate, Told, candidates
from harmledger.extract.figures import Finding, gender, one_of_them
from harmledger.geo import cube, cubes_around, distance_km, geocode
from harmledger.model import Count, Mention, Place, Span, When


@dataclass
class SentenceFacts:
    """What the extractor found in one sentence (or clause); spans are original-text offsets."""

    findings: list[tuple[Finding, Span]]
    speaker: str | None
    background: bool
    aggregate: bool
    incident: bool = False
    new_incident: bool = False
    address: str | None = None
    places: list[Place] = field(default_factory=list)
    landmarks: list[Place] = field(default_factory=list)
    classification: Classification = field(default_factory=Classification)
    whens: list[When] = field(default_factory=list)
    said_on: date | None = None  # the first day the sentence says a source spoke, a toll rose or the dead were buried
    mourned: bool = False  # that day is one of funerals or burials
    counter: bool = False  # tells the defenders' answer to the attack ("repelled the assault, killing 30 of them")
    opens_at: Place | None = None  # the town the clause opens with ("In Bilozerka, 3 people were injured")
    revises: bool = False  # a source revises the figures it gave ("now says two passengers were killed")
    recounts_wounded: bool = False  # opens by recounting the wounded told before ("Of the 12 injured,", "Of the wounded,")
    beside_news: bool = False  # history told in a sentence whose other clause is news ("Recalling the massacre in which
    # 52 died, survivors said gunmen killed six herders"): the sentence itself sets its figures apart from the news's


OTHER_TOWN_KM = 50.0
SAME_TOWN_KM = 2.0  # one town's point, told in two spellings or gazetteers
_Taken = tuple[Finding, Span, str | None]
"""A figure an incident took: the finding, where the text states it, and who said it."""


@dataclass
class _Draft:
    background: bool
    kind: str
    findings: list[_Taken] = field(default_factory=list)
    place: Place | None = None
    address: str | None = None
    slots: dict[str, str] = field(default_factory=dict)
    when: When | None = None
    told_on: When | None = None  # the last date the news before it gave: its date when it gives none
    when_of_figures: bool = False  # its date was told with figures of its own, not only of an incident named
    said_on: date | None = None  # the first day its sentences say a source spoke of it
    mourned: bool = False  # and that day is one of funerals or burials
    number: int = 0  # its place among the document's drafts, in the order they were opened
    explicit: dict[str, int] = field(default_factory=dict)  # each slot's first figure stated by number
    died_of_wounded: int = 0  # the dead that have left its wounded (``dead_among_its_wounded``)

    def add(self, finding: Finding, span: Span, speaker: str | None) -> None:
        """Take a finding, noting its slot's first figure stated by number: an incident told
        in thousands of sentences asks it for each, so it is kept, not searched for."""
        self.findings.append((finding, span, speaker))
        if finding.basis == "explicit" and finding.qualifier != "vague":
            self.explicit.setdefault(finding.slot, finding.value)

    def describe(self, facts: SentenceFacts) -> None:
        """Type, weapon, target, actors and time from the incident's own sentences, first named first; a type
        named only by its kind ("attack" in a headline) gives way to the first full type a later sentence names."""
        if "sub_event_type" not in self.slots and facts.classification.sub_event_type is not None:
            self.slots.pop("event_type", None)
        for slot in _DESCRIBED:
            value = getattr(facts.classification, slot)
            if value is not None and slot not in self.slots:
                if slot == "sub_event_type" and self.slots.get("event_type") != facts.classification.event_type:
                    continue
                self.slots[slot] = value
        # "Talks collapsed on Monday. A day later, shelling killed 14": a new incident's figures, dated, date it
        if facts.whens and (self.when is None or facts.new_incident and facts.findings and not self.when_of_figures):
            self.when, self.when_of_figures = facts.whens[0], bool(facts.findings)
        if self.said_on is None:
            self.said_on, self.mourned = facts.said_on, facts.mourned

    def elsewhere(self, facts: SentenceFacts) -> bool:
        """Whether a news sentence tells of another incident than this one."""
        if facts.new_incident and self.findings:
            return True
        if facts.address and self.address and facts.address != self.address:
            return True
        if facts.findings and self.findings and facts.opens_at is not None and self._far_from([facts.opens_at], SAME_TOWN_KM):
            return True  # a round-up's next line: "In Kherson, ... a man was killed.\nIn Bilozerka, 3 people were injured."
        return facts.incident and self._far_from(facts.landmarks)

    def recalls_earlier(self, facts: SentenceFacts, dated: When | None = None, ahead: When | None = None) -> bool:
        """Whether a news sentence's deaths, dated wholly before this incident's own date, are an earlier incident
        the report recalls in passing, as history ("A girl was shot Wednesday ... Exactly one week ago, on June 29th,
        13-year-old Chris Mackey died"). Only once this incident has figures of its own: before them, the death may be
        its own, told by a later story (a school that remembers on Monday a teen who died last weekend), unless they are
        dated by a whole week or month gone by and the figures the news gives next (``ahead``) are of a later day
        ("We also learned that a 19-year-old male was shot and killed on the same block just last week", heading an
        update, before "Four men were shot ... Tuesday night"). An incident
        not dated yet is held to ``dated``, the last date the news gave ("shootings that occurred Saturday, Nov. 5 ...
        Eight people were injured ... On Thursday, police found the badly burned body of ...")."""
        told = facts.whens[0] if facts.whens else None
        own = self.when or dated
        dead = bool(facts.findings) and all(finding.slot == "killed" for finding, _ in facts.findings)
        earlier = own is not None and told is not None and told.end < own.start
        before_ahead = ahead is not None and told is not None and told.end < ahead.start
        return dead and earlier and (bool(self.findings) or told.precision in _PAST_PERIODS and before_ahead)

    def _far_from(self, places: list[Place], km: float = OTHER_TOWN_KM) -> bool:
        """An attack told of towns all more than ``km`` from this incident's own town is another incident (a round-up's
        line opening with its town: any other town, however near, ``SAME_TOWN_KM``)."""
        if self.place is None or self.place.precision != "town":
            return False
        towns = [p for p in places if p.precision == "town"]
        return bool(towns) and all(distance_km(p, self.place) > km for p in towns)

    def _in_another_region(self, places: list[Place]) -> bool:
        """Places told only of regions other than this incident's own ("in Borno ... Troops later killed 10
        militants in Yobe")."""
        regions = [p for p in places if p.precision == "region"]
        return (self.place is not None and self.place.precision in ("town", "region") and bool(regions)
                and all((p.country, p.admin1) != (self.place.country, self.place.admin1) for p in regions))

    def locate(self, places: list[Place]) -> None:
        """The most specific place named in the incident's own sentences; no guess when none is.

        A town or a "near" place outranks a region, which outranks a country; a
        later sentence may only sharpen a country or region to a place inside it, or a
        "near" place to a town within its reach.
        """
        if not places:
            return
        if self.kind == "aggregate":
            self.place = self.place or _country_of(places[0])
            return
        best = min(places, key=lambda p: _SPECIFICITY.get(p.precision, 9))
        if self.place is None:
            self.place = best
        elif _SPECIFICITY[best.precision] < _SPECIFICITY[self.place.precision] and _inside(best, self.place):
            self.place = best

    def more_dead(self, finding: Finding, span: Span, facts: SentenceFacts) -> Finding:
        """Dead told by number beside this incident's dead told before that are more dead of it, not another incident:
        those its words tell as more ("Two civilians were also killed in the crossfire": casualty_terms.json
        'told_as_more'), as some of the wounded ("Two of the wounded later died": 'of_the_wounded'), or as the other
        side of one clash, as ACLED counts every fatality of a clash ("killing 20 assailants. Four soldiers were killed
        in the fighting", "killed 11 terrorists ..., while two soldiers were martyred").
        "Also" told of some of the dead counted ("Three people were killed ... The driver, 34, died at the scene. Two
        children ... were also killed") adds none and is no other incident (``_among_the_first``).
        Not asked: dead told on another day or in another town or region ("... in Maiduguri on Monday. On Wednesday,
        troops killed 10 militants in Damaturu"); dead two different speakers claim ("Ukraine's army said two soldiers
        were killed. Russia's defence ministry said 40 Ukrainian fighters were killed"), rival claims; the defenders'
        answer told after the attack ("repelled the attack and killed 10 militants"), an incident of its own
        (``frame``'s ``answered``)."""
        told = facts.whens[0] if facts.whens else None
        if self._far_from(facts.places) or self._in_another_region(facts.places) or (
                told is not None and self.when is not None and (told.start, told.end) != (self.when.start, self.when.end)):
            return finding
        at, (first, speaker) = next(((n, (f, s)) for n, (f, _, s) in enumerate(self.findings)
                                     if f.slot == "killed" and f.basis == "explicit"), (0, (None, None)))
        if (first is None or finding.slot != "killed" or finding.basis != "explicit" or finding.qualifier == "vague"
                or speaker and facts.speaker and speaker != facts.speaker):
            return finding
        also = _words_tell("told_as_more", span.text)
        if also and _among_the_first(first, finding, self.findings[at + 1:]):
            return replace(finding, basis="implicit")  # some of the dead counted, neither more nor another incident
        if also or _words_tell("of_the_wounded", span.text) or _sides(first.noun, finding.noun) == {"armed", "opposed"}:
            return replace(finding, additional=True)
        return finding

    def dead_among_its_wounded(self, facts: SentenceFacts) -> list[tuple[Finding, Span]]:
        """"... wounding 12. Of the 12 injured, two later died": the wounded a sentence recounts in so many words
        (``recounts_wounded``: "Of the 12 injured,", "Of the wounded,") are this incident's wounded told before;
        people shot as many as they, told without those words, may be others ("Six people were shot, and one of the
        attackers was killed"). The dead it tells among them leave the wounded ("Of the 25 injured, two
        later died": 23) and add to the dead told before ("killing three people and injuring 25": five), as they do
        told in one sentence ("wounded 12 others, two of whom later died"); so do dead whose own words tell them of
        the wounded ("One of the wounded later died in hospital", "Two of the injured died overnight": casualty_terms.json
        'of_the_wounded'). A sentence tells them once: two such figures in it are one death told twice ("Two of the
        wounded died Sunday, and two of those injured died at the hospital": 2), the largest counted; and a later one
        not told as more (casualty_terms.json 'more_of_the_wounded': "Another of the wounded died Monday") retells
        dead already moved ("One of the wounded died Sunday. Police said one of the injured died at Methodist
        Hospital"). Dead told but not counted are marked implicit: some of the dead counted, no other incident.
        The sentence's findings are returned with those dead marked so."""
        findings, held = facts.findings, self.explicit.get("injured") or 0
        told = [n for n, (f, span) in enumerate(findings) if f.slot == "killed" and f.basis == "explicit"
                and f.value > 0 and _words_tell("of_the_wounded", span.text)]
        at = next((n for n, (f, _) in enumerate(findings) if f.slot == "shot" and f.basis == "explicit"
                   and f.value == held), -1) if facts.recounts_wounded else len(findings)
        dead = sorted({*told, *(n for n, (f, _) in enumerate(findings) if f.slot == "killed" and f.basis == "explicit"
                                and 0 < f.value < held and n > at)})
        if not dead:
            return findings
        counted = max(dead, key=lambda n: findings[n][0].value)
        value = findings[counted][0].value
        retold = 0 < value <= self.died_of_wounded and not any(
            _words_tell("more_of_the_wounded", findings[n][1].text) for n in dead)
        if not retold and value < held:
            self._leave_the_wounded(held, value)
        self.died_of_wounded += 0 if retold else value
        more = "killed" in self.explicit
        return [(replace(f, additional=more) if n == counted and not retold else replace(f, basis="implicit"), span)
                if n in dead else (f, span) for n, (f, span) in enumerate(findings)]

    def _leave_the_wounded(self, held: int, dead: int) -> None:
        """Take ``dead`` from the wounded figure ``held``. It is the wounded finding's value, as both are set together
        (``add``, and only here after it); a figure missing from the findings leaves them as they are."""
        survivors = held - dead
        n = next((n for n, (f, _, _) in enumerate(self.findings)
                  if f.slot == "injured" and f.basis == "explicit" and f.value == held), None)
        if n is not None:
            wounded, span, speaker = self.findings[n]
            self.findings[n] = (replace(wounded, value=survivors, low=survivors, best=survivors, high=survivors), span,
                                speaker)
        self.explicit["injured"] = survivors

    def conflicts(self, finding: Finding) -> bool:
        """A second figure by number for the same slot tells another incident (a vague quantity,
        "dozens", states none); bodies recovered ("rescuers had recovered seven bodies") are a
        running count of the same dead."""
        held = self.explicit.get(finding.slot)
        return (finding.basis == "explicit" and finding.qualifier != "vague" and finding.noun != "bodies"
                and not finding.additional and held is not None and held != finding.value)


def _sides(*nouns: str | None) -> set[str]:
    """The sides of a clash the dead's nouns name (casualty_terms.json 'clash_sides'); a noun of neither names none."""
    sides = table("casualty_terms")["clash_sides"]
    return {side for noun in nouns for side in ("armed", "opposed") if noun in sides[side]}


_PAST_PERIODS = ("week", "month")  # "last week", "last month": a date no story gives its own dead
SAME_PLACE_KM = 25.0
_SPECIFICITY = {"town": 0, "near": 0.5, "region": 1, "country": 2}


def _words_tell(key: str, words: str) -> bool:
    """Whether a figure's own words are among those of one casualty_terms.json list ('told_as_more': its dead told as
    more than those told before; 'of_the_wounded': as some of the wounded)."""
    return _words_of(key).search(words) is not None


def _among_the_first(first: Finding, also: Finding, since: list[tuple[Finding, Span, str | None]]) -> bool:
    """Dead told "also" that are some of the first figure's dead, not others: the rest of a breakdown begun since it
    ("Three people were killed ... The driver, 34, died at the scene. Two children ... were also killed": 1 + 2 of
    the 3), or the same dead told again ("Two people were killed ... Police said two people were also killed")."""
    told = sum(f.value for f, _, _ in since if f.slot == "killed" and not f.additional)
    return (0 < told and told + also.value <= first.value) or (also.value == first.value and also.noun == first.noun)


@cache
def _words_of(key: str) -> re.Pattern[str]:
    """The phrases of one casualty_terms.json list as one pattern, compiled when first asked."""
    return re.compile("|".join(table("casualty_terms")[key]), re.IGNORECASE)


def _near(place: Place, other: Place | None) -> bool:
    return other is not None and distance_km(place, other) <= SAME_PLACE_KM


def _country_of(place: Place) -> Place | None:
    """A toll over many places is placed in their country, not in the first town it names."""
    country = pycountry.countries.get(alpha_2=place.country) if place.country else None
    return geocode(country.name, place.country) if country else None


def _inside(place: Place, area: Place) -> bool:
    """Within a country or region; within reach of a place "near" a town (a camp, a hromada)."""
    if area.precision == "country":
        return place.country == area.country
    if area.precision == "near":
        return _near(place, area)
    return place.country == area.country and place.admin1 == area.admin1


_DESCRIBED = ("event_type", "sub_event_type", "weapon", "target", "perpetrator", "attribution")


def frame(sentences: list[SentenceFacts], published: date | None = None, dateline: Place | None = None) -> list[Mention]:
    """Mentions in document order, each with its resolved counts, sources and evidence.

    ``dateline`` is the town a dateline names: the lead incident's place only where its own
    sentences name none ("KHARKIV — ... when drones struck residential buildings in the city").
    """
    drafts: list[_Draft] = []
    last_event: _Draft | None = None
    unused: list[Place] = []  # towns the last news sentence named that its incident did not take
    dated: When | None = None  # the last date a sentence of news gave
    towns = _TownsTold()  # the news incidents placed in towns, for a sentence that comes back to one
    told: list[Told] = []  # every figure with its sentence and incident, for the figure model
    ahead = _figures_dated_ahead(sentences)
    for number, facts in enumerate(sentences):
        kind = "aggregate" if facts.aggregate and not _one_death_told(facts) else "event"
        is_news = not facts.background and kind == "event"
        recalled = False
        if is_news:
            current = _told_before(towns, facts) or last_event
            if current is None and facts.incident or current is not None and current.elsewhere(facts):
                current = _new_draft(drafts, facts, kind)
            recalled = current is not None and current.recalls_earlier(facts, dated, ahead[number])
            if recalled:  # history: an incident of its own, and the text goes back to the news after it
                current = _new_draft(drafts, facts, kind, background=True)
        else:
            previous = drafts[-1] if drafts else None
            same_run = previous is not None and (previous.background, previous.kind) == (facts.background, kind)
            current = previous if same_run else None
        for finding, span in current.dead_among_its_wounded(facts) if is_news and current is not None else facts.findings:
            if current is not None and not facts.counter:
                finding = current.more_dead(finding, span, facts)
            if current is not None and facts.revises and is_news and current.conflicts(finding):
                finding = replace(finding, basis="update")  # the same incident's figures as they now stand
            if current is None or current.conflicts(finding):
                current = _new_draft(drafts, facts, kind)
            current.add(finding, span, facts.speaker)
            told.append(Told(number, finding, span, facts.speaker, current.number, current.background, current.kind,
                             facts.beside_news))
        if current is not None and (facts.findings or facts.incident and is_news):
            current.locate(_not_the_attacker(facts.places, facts.classification.perpetrator))
            current.describe(facts)
            current.address = current.address or (facts.address if is_news else None)
        if is_news and current is not None:
            if current.place is None and unused and current is not last_event:
                current.place = unused[0]  # "... and continued to target the port of Odessa. A missile strike ..."
            unused = [p for p in facts.places if p.precision == "town" and not _near(p, current.place)]
        # the defenders' answer told as an incident of its own is no news the report goes on telling: "Another 12
        # soldiers were wounded" after "Troops repelled the attack and killed 10 militants" are the attack's wounded
        answered = facts.counter and last_event is not None and current is not last_event
        if is_news and not recalled and not answered:
            last_event = current
            if current is not None:
                towns.add(current)
        if current is not None and current.told_on is None and not current.background:
            current.told_on = dated
        if not facts.background and facts.whens:
            dated = facts.whens[0]
    lead = next((d for d in drafts if not d.background and d.kind == "event"), None)
    if lead is not None and lead.place is None:
        lead.place = dateline
    mentions = [_resolve(draft, published) for draft in drafts]
    if lead is not None:
        _weigh_figures(mentions[lead.number], lead.number, told)
    return mentions


def _figures_dated_ahead(sentences: list[SentenceFacts]) -> list[When | None]:
    """For each sentence, the date the next news sentence with figures and a date gives (none after it: None)."""
    ahead: list[When | None] = []
    following: When | None = None
    for facts in reversed(sentences):
        ahead.append(following)
        if facts.findings and facts.whens and not facts.background and not facts.aggregate:
            following = facts.whens[0]
    return ahead[::-1]


def _one_death_told(facts: SentenceFacts) -> bool:
    """"One of two children critically wounded in two separate shootings has died": a sentence whose only figure is
    one person's death told as one of the harmed updates one incident's toll, whatever sum its other words tell."""
    return bool(facts.findings) and all(one_of_them(finding, span.text) for finding, span in facts.findings)


Weighed = tuple[list[Candidate], int | None]
"""The lead incident's killed candidates and the rules' answer, as the figure model is asked to weigh them."""
_WEIGHED: ContextVar[list[Weighed] | None] = ContextVar("weighed", default=None)


@contextmanager
def figures_weighed() -> Iterator[list[Weighed]]:
    """Collects, for training (``train_figures``), every lead incident's candidates and the rules' answer
    that framing builds inside the block, whether or not the model could choose among them."""
    weighed: list[Weighed] = []
    token = _WEIGHED.set(weighed)
    try:
        yield weighed
    finally:
        _WEIGHED.reset(token)


def _weigh_figures(mention: Mention, lead: int, told: list[Told]) -> None:
    """The lead incident's killed figure as the figure model weighs the report's figures against the rules' answer.
    Its candidates are built only where the model could choose (a rules' answer and another figure stated),
    or where training collects them."""
    rules = mention.killed.value if mention.killed is not None and mention.killed.value > 0 else None
    collecting = _WEIGHED.get()
    if collecting is None and (_risen_to(rules, lead, told) or not figure_model.may_choose(
            rules, [t.finding.value for t in told if t.finding.slot == "killed"])):
        return
    found = candidates("killed", rules, told, lead)
    if collecting is not None:
        collecting.append((found, rules))
    choice = figure_model.chosen("killed", found, rules)
    if choice is not None:
        mention.killed = _count(choice.told.finding, choice.told.span, choice.told.speaker)


def _risen_to(rules: int | None, lead: int, told: list[Told]) -> bool:
    """Whether the rules' answer is the lead's toll risen from a smaller figure the lead stated by number before
    ("the death toll from the al-Mawasi strike rose to seven", after "killed four people"): the report says which
    figure is current, and no weighing of its figures goes back to the earlier one. A toll no stated figure of the
    lead rose to ("Rash of homicides push year's toll to 85" after "A 16-year-old boy was killed") is still weighed."""
    lead_dead = [t for t in told if t.draft == lead and t.finding.slot == "killed"]
    risen = [t for t in lead_dead if t.finding.basis == "update" and not t.finding.superseded and t.finding.value == rules]
    return rules is not None and any(
        t.finding.basis == "explicit" and t.finding.qualifier != "vague" and t.finding.value < rules
        and t.sentence < update.sentence for update in risen for t in lead_dead)


def _not_the_attacker(places: list[Place], perpetrator: str | None) -> list[Place]:
    """A country, or a capital beside places in another country, named as the side that struck
    ("Russia's largest aerial attack", "Moscow launched 40 drones at Ukraine") says who, not
    where; "Ukrainian forces shot down drones over Kyiv" still happened in Kyiv."""
    names = table("slot_actors")["actors"].get(perpetrator, ()) if perpetrator else ()
    named = [p for p in places if p.span and p.span.text.lower() in names]
    elsewhere = {p.country for p in places if p not in named}
    return [p for p in places
            if p not in named or p.precision != "country" and (not elsewhere or p.country in elsewhere)]


class _TownsTold:
    """The news incidents placed in a town, the latest at each town, in cubes of ``SAME_PLACE_KM``:
    a sentence that comes back to a town asks the towns in the cubes around it, not every
    incident told before (which took time quadratic in a long document's incidents). A town
    is held once it is an incident's place: a town place is never replaced (``_Draft.locate``)."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int, int], dict[tuple[float, float], _Draft]] = defaultdict(dict)

    def add(self, draft: _Draft) -> None:
        """Hold ``draft`` if it is news placed in a town."""
        place = draft.place
        if draft.background or draft.kind != "event" or place is None or place.precision != "town":
            return
        at = self.cells[cube(place.lat, place.lon, SAME_PLACE_KM)]
        point = (place.lat, place.lon)
        if point not in at or at[point].number < draft.number:
            at[point] = draft

    def latest_near(self, places: list[Place]) -> _Draft | None:
        """The latest incident placed within ``SAME_PLACE_KM`` of any of ``places``."""
        latest: _Draft | None = None
        for place in places:
            for cell in cubes_around(cube(place.lat, place.lon, SAME_PLACE_KM)):
                for held in self.cells.get(cell, {}).values():
                    if (latest is None or held.number > latest.number) and distance_km(place, held.place) <= SAME_PLACE_KM:
                        latest = held
        return latest


def _told_before(towns: _TownsTold, facts: SentenceFacts) -> _Draft | None:
    """An earlier news incident in the town this incident sentence introduces: the text
    has come back to it ("The regional governor said that in Lysychansk ...")."""
    if not facts.incident or facts.findings or not facts.landmarks:
        return None
    return towns.latest_near(facts.landmarks)


def _new_draft(drafts: list[_Draft], facts: SentenceFacts, kind: str, background: bool = False) -> _Draft:
    draft = _Draft(background=facts.background or background, kind=kind, number=len(drafts))
    drafts.append(draft)
    return draft


def _resolve(draft: _Draft, published: date | None) -> Mention:
    by_slot: dict[str, list[_Taken]] = {}
    for item in draft.findings:
        by_slot.setdefault(item[0].slot, []).append(item)
    mention = Mention(kind=draft.kind, background=draft.background, place=draft.place, **draft.slots)
    mention.when = draft.when or draft.told_on or _news_day(draft, published)
    for slot in ("killed", "injured", "missing", "casualties"):
        setattr(mention, slot, _slot_count(by_slot.get(slot, [])))
    mention.killed = _with_suicides(mention.killed, by_slot.get("killed", []))
    mention.injured = _injured_from_shot(mention.injured, mention.killed, by_slot.get("shot", []), by_slot.get("killed", []),
                                         by_slot.get("injured", []))
    if _wounded_who_died(mention.injured, draft.findings):
        mention.injured = None
    mention.sources = list(dict.fromkeys(s for _, _, s in draft.findings if s))
    mention.evidence = list(dict.fromkeys(span for _, span, _ in draft.findings))
    if not draft.findings:
        mention.confidence = 0.3
        return mention
    explicit = sum(1 for f, _, _ in draft.findings if f.basis in ("explicit", "update"))
    mention.confidence = round(min(0.95, 0.5 + 0.15 * explicit + 0.05 * (len(draft.findings) - explicit)), 2)
    return mention


FOLLOW_UP_DAYS = 7
MOURNING_DAYS = 3  # the dead are buried the same day or within a few days (a wake, a body returned from the morgue)


def _news_day(draft: _Draft, published: date | None) -> When | None:
    """News told with no date happened on the day it was first told or the day before (a
    night's strike is tomorrow's paper, another time zone's today): the day a source spoke of
    it where that is before publication (a follow-up days later: "the police on Tuesday
    confirmed"), else publication; a toll update with no date tells of an incident some days
    before, and a day of funerals ("were buried on Sunday") of one up to ``MOURNING_DAYS`` before."""
    if published is None or draft.background:
        return None
    if draft.said_on is not None and draft.said_on < published:
        published = draft.said_on
    if any(finding.basis == "update" for finding, _, _ in draft.findings):
        return When(_days_before(published, FOLLOW_UP_DAYS), published, "week")
    if draft.mourned:
        return When(_days_before(published, MOURNING_DAYS), published, "week")
    return When(_days_before(published, 1), published, "day")


def _days_before(day: date, days: int) -> date:
    """``day`` less ``days``, stopping at the calendar's first day (a year-1 date is bad metadata, not a crash)."""
    return day - timedelta(days=min(days, (day - date.min).days))


def _count(finding: Finding, span: Span, speaker: str | None, value: int | None = None) -> Count:
    if value is not None and value != finding.value:
        return Count(value=value, qualifier="exact", low=value, best=value, high=value, span=span, speaker=speaker)
    return Count(
        value=finding.value, qualifier=finding.qualifier, low=finding.low, best=finding.best, high=finding.high,
        children=finding.children, civilians=finding.civilians, military=finding.military,
        speaker=speaker, span=span,
    )


def _slot_count(items: list[_Taken]) -> Count | None:
    """The latest toll update, else the first figure stated by number ("dozens" gives way to the
    number the text goes on to give), else the first vague one, else the largest implicit one;
    more bodies recovered later than that figure counts are the toll as it now stands."""
    count = _first_count(items)
    recovered = [i for i in items if i[0].noun == "bodies" and i[0].basis == "explicit" and i[0].qualifier != "vague"]
    later = max(recovered, key=lambda i: i[0].value, default=None)
    if count is not None and later is not None and later[0].value > count.value and later[1].start > count.span.start:
        return _count(*later)
    return count


def _first_count(items: list[_Taken]) -> Count | None:
    updates = [i for i in items if i[0].basis == "update"]
    current = [i for i in updates if not i[0].superseded]
    if current:
        return _count(*current[-1])
    explicit = [i for i in items if i[0].basis == "explicit"]
    numbered = [i for i in explicit if i[0].qualifier != "vague"]
    if numbered:  # "killed 11 ... a further three died in hospital": 14
        first = numbered[0]
        more = sum(i[0].value for i in numbered[1:] if i[0].additional and not _among_the_shot(first[0], i[0]))
        total = _counted_on(first[0].value + more, first, items)
        return _count(*first, value=total) if total != first[0].value else _count(*first)
    if explicit:
        return _count(*explicit[0])
    stated = [i for i in items if i[0].basis in ("implicit", "victim", "negated")]
    if stated:
        largest = max(stated, key=lambda i: i[0].value)
        told = _dead_one_by_one(stated)
        return _count(*largest, value=told) if told > largest[0].value else _count(*largest)
    if updates:  # "an initial toll of 12" is all the text gives
        return _count(*updates[-1])
    return None


def _counted_on(total: int, first: _Taken, items: list[_Taken]) -> int:
    """The figure told by number counted on by the ordinals told after it, each the next one ("killed three people
    ... A fourth person died of wounds later": 4); an ordinal that is no next one ("The second victim was ...")
    names one already counted."""
    for finding, span, _ in items:
        if finding.ordinal and span.start > first[1].start and finding.value == total + 1:
            total += 1
    return total


def _dead_one_by_one(stated: list[_Taken]) -> int:
    """The dead told without a number, each told "also" one more than those before ("Kenneth Mills ... was
    shot and killed ... German Booker, a customer at the shop, was also killed": 2); an ordinal counts
    them all ("A third person ... was also killed": 3); so does a relation of the dead told as theirs ("A woman,
    62, was killed. Her neighbour, 40, died in hospital": 2, ``_a_relation_of_the_dead``). People shot told as
    "another" are left to ``_injured_from_shot``, which weighs them against the dead."""
    told = 0
    for number, (finding, span, _) in enumerate(stated):
        more = finding.slot == "killed" and (finding.additional or _a_relation_of_the_dead(finding, span, stated[:number]))
        told = max(told + 1, finding.value) if more else max(told, finding.value)
    return told


# "Her neighbour, 40, died", "His son, 17, died later": a sentence that opens with a relation of someone
# the relation is the first or second word: "His wife died", "His elder brother, 40, died"
_RELATION_OPENS = re.compile(r"(?:(?P<his>His)|Her)\s+(?P<first>[\w-]+)\b(?:\s+(?P<second>[\w-]+)\b)?")


def _a_relation_of_the_dead(finding: Finding, span: Span, before: list[_Taken]) -> bool:
    """A death told by a sentence that opens with a relation of the one dead before it, by a pronoun of that victim's
    sex, is someone else's ("A man, 71, was killed. His wife, 68, died in hospital"). Not the same relation told again
    ("killed his wife ... His wife, 35, died"), nor one of the killer's where the dead was of the other sex ("shot a
    woman ... His wife died": she was his wife), nor after a victim with no sex told ("the victim", a name)."""
    opens = _RELATION_OPENS.match(span.text)
    dead = [f for f, _, _ in before if f.slot == "killed" and f.value > 0]
    if opens is None or finding.value != 1 or finding.noun not in (opens.group("first").lower(), (opens.group("second") or "").lower()) or len(dead) != 1:
        return False
    sex = "male" if opens.group("his") else "female"
    return gender(dead[0].noun) == sex and dead[0].noun != finding.noun and dead[0].value == 1


def _among_the_shot(total: Finding, other: Finding) -> bool:
    """Several people shot told by number are everyone shot: "another man", "three others" shot after
    them are the same victims told one by one ("Four people were shot ... Another man, 26, was shot in the
    leg"), and "five others" told again is not five more. After one person shot, others are more people."""
    return other.slot == "shot" and total.value > 1


# "killed five people", "fatally shot seven people": a figure told as what the killer did. A headline's
# present tense ("Shooting kills 2") as often has the shooting for its subject, and counts every death.
_KILLERS_ACT = re.compile(r"(?:fatally\s+|shot\s+and\s+)?(?:kill(?:ed|ing)|shooting|shot|murder(?:ed|ing))\b", re.IGNORECASE)


def _with_suicides(killed: Count | None, items: list[_Taken]) -> Count | None:
    """A shooter who kills others and then himself adds one death to his victims: to those told
    without a number, and to a number told as what he did ("fatally shot seven people before killing
    himself": 8 dead). A number of the dead ("two people were found dead in a murder-suicide") may
    count him already."""
    suicides = [i for i in items if i[0].basis == "suicide"]
    if not suicides:
        return _with_the_shooter(killed, items)
    victims = [i for i in items if i[0].basis == "victim"]
    strongest = max(suicides, key=lambda i: i[0].value)
    if killed is None or killed.value < strongest[0].value:
        return _count(*strongest)
    if killed.qualifier == "exact" and all(i[0].basis != "explicit" for i in items):
        if victims:  # more dead told than he killed ("found the 13-year-old and 6-year-old dead") count him already
            return _count(*victims[0], value=max(killed.value, victims[0][0].value + 1))
        if (other := _dead_of_the_other_sex(items, strongest)) is not None:
            return _count(*other, value=max(killed.value, other[0].value + 1))
    return _with_the_shooter(killed, items)


_REFLEXIVE = {"himself": "male", "his own": "male", "herself": "female", "her own": "female"}
_REFLEXIVE_WORD = re.compile(r"\b(?:him|her)self\b|\b(?:his|her)\s+own\b", re.IGNORECASE)


def _dead_of_the_other_sex(items: list[_Taken], suicide: _Taken) -> _Taken | None:
    """The dead told without a number whose sex is not the killer's, who "killed himself" ("A woman was shot and
    killed ... Her husband then turned the gun on himself", "The girl was pronounced dead ... the shooter killed
    himself"): someone else than him, so his death is one more. A death told by name or as "a man" may be his own."""
    if suicide[0].value != 1 or not (word := _REFLEXIVE_WORD.search(suicide[1].text)):
        return None
    his = _REFLEXIVE[" ".join(word.group().lower().split())]
    dead = [i for i in items if i[0].basis == "implicit" and i[0].value > 0 and gender(i[0].noun) not in (None, his)]
    return max(dead, key=lambda i: i[0].value, default=None)


_SHOOTERS = frozenset({"gunman", "shooter", "suspect", "attacker", "assailant", "killer"})
# the dead counted by who they were, which the shooter was not: "three officers were killed", "two children died"
_NOT_THE_SHOOTER = frozenset({"victims", "officers", "police officers", "deputies", "customers", "students",
                              "co-workers", "coworkers", "employees", "worshippers", "children", "bystanders"})


def _none_of_them_him(told: _Taken) -> bool:
    """The dead counted as a group the shooter is no part of ("two children died"), not listed with someone else
    who may be him ("Two children and an adult male were found dead", "Amanda Morris, 29, and their two children")."""
    return told[0].noun in _NOT_THE_SHOOTER and not _LISTED.search(told[1].text)


_LISTED = re.compile(r"\band\b|,", re.IGNORECASE)


_ONE_OF_THE_DEAD = re.compile(r"\b(?:of\s+(?:them|those|the\s+dead)|includ\w*|among)\b", re.IGNORECASE)


def _his_death_told_after(told: _Taken, items: list[_Taken]) -> bool:
    """"Two people were killed in the shooting ... The shooter was killed by officers": the shooter's death, told
    after the people's toll as news of its own, is one more (GVA counts him among the dead; the people were his victims);
    not where it says he was one of them ("One of them was the gunman, who was killed by officers")."""
    return told[0].noun == "people" and any(
        f.basis == "implicit" and f.noun in _SHOOTERS and span.start > told[1].end and span.part == told[1].part
        and not _ONE_OF_THE_DEAD.search(span.text) for f, span, _ in items)


def _with_the_shooter(killed: Count | None, items: list[_Taken]) -> Count | None:
    """The shooter's own death, by his hand or told apart ("The gunman was shot and killed by police"), adds one to
    a number told as what he did ("killed three officers": 4 dead) or told before his death ("left seven dead before
    the gunman killed himself": 8). A death told without a number ("shot and killed a suspected robber") may be his
    own, told again."""
    if killed is None or killed.qualifier != "exact":
        return killed
    told = next((i for i in items if i[1] == killed.span and i[0].basis == "explicit"), None)
    if told is None or not (_KILLERS_ACT.match(killed.span.text) or _none_of_them_him(told) or told[0].before_his_own
                            or _his_death_told_after(told, items)):
        return killed
    if not any(f.basis == "suicide" or f.basis == "implicit" and f.noun in _SHOOTERS for f, _, _ in items):
        return killed
    return _count(*told, value=killed.value + 1)


def _injured_from_shot(
    injured: Count | None,
    killed: Count | None,
    shot: list[_Taken],
    dead: list[_Taken],
    hurt: list[_Taken],
) -> Count | None:
    """People shot who did not die count as injured, unless the text gives the injured itself.

    An injury told without a number ("a woman was wounded") gives way to more survivors
    counted by number ("two people were shot"). Victims told as "another" or "others" are
    not the ones who died, and a shooter who killed himself is not among the people he
    shot unless the text may count him there.

    A shot victim of another sex than every victim who died is a survivor even when
    the numbers alone would say everyone shot died ("a man was killed; a woman was shot");
    a death told by name only ("Smith was pronounced dead") says nothing either way.
    """
    if not shot or _injured_told(injured, hurt, shot, killed):
        return injured
    best = _everyone_shot(shot)
    shooter = int(any(f.basis == "suicide" for f, _, _ in dead) and not _may_count_shooter(shot))
    survivors = best.value - max(0, (killed.value if killed else 0) - shooter)
    survivors = max([survivors] + [f.value for f, _, _ in shot if f.additional])  # "one man was killed, another shot"
    if survivors <= 0 and _another_victim(shot, dead):
        survivors = 1
    if survivors <= (injured.value if injured else 0):
        return injured
    return Count(value=survivors, qualifier=best.qualifier, low=survivors, best=survivors, high=survivors if best.high else None,
                 speaker=best.speaker, span=best.span)


def _everyone_shot(shot: list[_Taken]) -> Count:
    """The people shot as the text counts them, unless victims it tells without a number come to
    more: "a quadruple shooting" and "the fifth victim" say how many were shot where the figures by
    number ("two people who had been shot", "another man was shot") told some of them."""
    count = _slot_count(shot)
    told = max((i for i in shot if i[0].basis == "implicit"), key=lambda i: i[0].value, default=None)
    if told is not None and told[0].value > count.value:
        return _count(*told)
    return count


def _injured_told(injured: Count | None, hurt: list[_Taken],
                  shot: list[_Taken], killed: Count | None) -> bool:
    """The text counts the injured itself: by number, or with no number or a vague one ("multiple
    people were injured") and none by number for the people shot ("four people were shot"); not where
    a victim told by their place among them comes after more than the injured and the dead ("One man was
    shot and wounded, and a second was grazed", "Three people were wounded ... The fourth victim had been shot")."""
    if injured is None or injured.value <= 0:
        return False
    if any(f.ordinal and f.value > injured.value + (killed.value if killed else 0) for f, _, _ in shot):
        return False
    return (any(f.basis != "implicit" and f.qualifier != "vague" for f, _, _ in hurt)
            or not any(f.basis == "explicit" and f.qualifier != "vague" for f, _, _ in shot))


_SENTENCE_END = re.compile(r"[.!?]\s*[A-Z]")


def _wounded_who_died(injured: Count | None, items: list[_Taken]) -> bool:
    """"A 20-year-old man was wounded ... He died two days later", "Devonte Jones, 21, was injured ... Jones died at
    the hospital": the one victim told wounded (with no number) whose death the very next figure tells, by a sentence
    that opens with a pronoun of their sex or by their name, is one of the dead, not a survivor."""
    if injured is None or injured.value != 1:
        return False
    wounded = next((i for i in items if i[1] == injured.span and i[0].slot == "injured" and i[0].basis == "implicit"), None)
    if wounded is None or _SENTENCE_END.search(wounded[1].text):
        return False
    later = sorted((i for i in items if i[1].part == wounded[1].part and i[1].start > wounded[1].start), key=lambda i: i[1].start)
    if not later or later[0][0].slot != "killed" or later[0][0].basis != "implicit" or later[0][0].value != 1:
        return False
    return _same_victim(wounded, later[0])


def _same_victim(wounded: _Taken, dead: _Taken) -> bool:
    """Whether a death told by a sentence that opens "He ..."/"She ..." or by a surname is the wounded victim's:
    a pronoun of the other sex, or one inside a sentence ("that is how he died"), may be anyone's."""
    noun, text = dead[0].noun, dead[1].text
    if noun in ("he", "she"):
        return text.startswith(noun.title()) and gender(wounded[0].noun) in (None, gender(noun))
    surname = noun.split()[-1].title() if noun else None  # a name, written capitalised: not "the victim"
    return surname is not None and surname in text and surname in wounded[1].text


_SELF = re.compile(r"\b(?:him|her|them)sel(?:f|ves)\b|self-inflicted", re.IGNORECASE)


def _may_count_shooter(shot: list[_Taken]) -> bool:
    """"he shot himself", "both were found with gunshot wounds", "the suspect was shot" (by the police who killed
    him): the shooter is among those shot; not among those told as what he did ("shot four relatives, killing two,
    then himself")."""
    return any(f.value > 1 and not _KILLERS_ACT.match(span.text) or _SELF.search(span.text) or f.noun in _SHOOTERS
               for f, span, _ in shot)


def _another_victim(shot: list[_Taken], dead: list[_Taken]) -> bool:
    dead_genders = {gender(f.noun) for f, _, _ in dead if f.value > 0} - {None}
    if not dead_genders:
        return False
    return any((g := gender(f.noun)) is not None and g not in dead_genders for f, _, _ in shot)
