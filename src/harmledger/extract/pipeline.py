"""``extract``: one report in, its incident mentions out, each figure with its evidence."""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import cache, lru_cache, partial

from harmledger.data import table, word_set
from harmledger.dates import parse_date
from harmledger.extract.classify import Classification, classify, names_incident, side_in
from harmledger.extract.counts import BREAKDOWN_BY_PLACE, SHARE_OF_TOLL, Finding, find_counts
from harmledger.extract.frame import SentenceFacts, frame
from harmledger.extract.headline import Prose, as_prose, completed, lead
from harmledger.extract.lead_place import TITLE_BREAK, TitlePlaces, in_its_county_or_state, its_police_town, where_it_happened
from harmledger.extract.limits import MAX_TITLE_CHARS, PLAUSIBLE_MAX, Budget, ExtractWarning
from harmledger.extract.speakers import find_speaker
from harmledger.extract.when import UNDATED, WhenMention, anchor_day, last_day_told, opens_counting_on, resolve_when
from harmledger.geo import PlaceMention, distance_km
from harmledger.model import Mention, Place, Span, When
from harmledger.text import NormalizedText, normalize, split_sentences
from harmledger.text.sentences import Sentence
from harmledger.text.literals import GatedPattern, LiteralScan
from harmledger.text.regex import gated_word_start


# Only a big town that the text introduces as a place ("in X", "the town of X", "attacked X")
# may tell one incident from another: a surname or a street read as a town must not.
LANDMARK_POPULATION = 50_000
_INTRODUCED = re.compile(
    r"(?:\b(?:in|on|at|near|into|outside|attack(?:ed|ing)?|hit|struck|strike|shell(?:ed|ing)?|bomb(?:ed|ing)?|target(?:ed|ing)?)\s+(?:the\s+)?"
    r"|\b(?:town|city|village|port)\s+of\s+)$",
    re.IGNORECASE,
)


@cache
def _cue(name: str) -> re.Pattern[str]:
    """A cue of sentence_cues.json; history's holds its commemorations too."""
    cues = table("sentence_cues")[name]
    if isinstance(cues, str):
        return re.compile(cues)
    if name == "background":
        cues = [*cues, *table("sentence_cues")["commemoration"]]
    return re.compile(gated_word_start("(?:" + "|".join(cues) + ")", re.IGNORECASE) + r"\b", re.IGNORECASE)


class _Cues:
    """The sentence cues asked of every sentence with a figure or an incident, each tried only where
    the text holds the words one of its cues needs ("since", "toll", "separately"; ``text.literals``):
    most sentences hold none, and the text is scanned for them once."""

    NAMES = ("background", "aggregate", "in_total", "new_incident", "counter_attack")

    def __init__(self) -> None:
        self.gated = {name: GatedPattern(_cue(name)) for name in self.NAMES}
        scan = LiteralScan(literal for gated in self.gated.values() for literal in gated.literals)
        self._present = lru_cache(maxsize=4)(scan.present)  # a sentence is asked for two or three cues

    def search(self, name: str, text: str) -> re.Match[str] | None:
        """``_cue(name).search(text)``."""
        return next(self.finditer(name, text), None)

    def finditer(self, name: str, text: str) -> Iterator[re.Match[str]]:
        """``_cue(name).finditer(text)``."""
        return self.gated[name].finditer(text, self._present(text))


_cues = cache(_Cues)


# the words that liken the news to an older event, which introduce it as history wherever they stand
_LIKENING = r"like|just as|much as"
_INTRODUCES = re.compile(rf"since|such as|echo|recall|remembering|(?:{_LIKENING})\b|comes?\b|came\b|(?:just |only |nearly |almost )?(?:\w+ )?(?:hours?|days?|weeks?|months?|years?|decades?) (?:to the day )?(?:after|since)\b", re.IGNORECASE)  # history cues told before their history
# an older event recalled before the news, in the sentence's opening clause ("Two years after the Kramatorsk railway
# station strike killed 61 people, ...", "Like the attack ... that killed 26 cadets, ...", "Since the 2015 massacre ...")
_RECALLS_FIRST = re.compile(rf"(?:{_LIKENING}|echoing|recalling|remembering|since|(?:[\w-]+ ){{0,3}}?(?:weeks|months|years?|decades?) (?:to the day )?(?:after|since))\b", re.IGNORECASE)
_AFTER_OR_SINCE = re.compile(r"\b(?:after|since)\b", re.IGNORECASE)
# an opening clause that marks an older attack's years or anniversary ("As Ukraine marked the anniversary of the
# Kramatorsk station strike that killed 61 people, ...", "On the first anniversary of the Mokwa market attack that
# killed 51 traders, ..."): the words before the commemoration cue (sentence_cues.json)
_COMMEMORATING = re.compile(r"\W*(?:(?:as|while)\s+[^,;]{1,60}?|on\s+the(?:\s+[\w-]+)?)\s+", re.IGNORECASE)
# a clause that opens with the town it tells of ("In Bilozerka, 3 people were injured"), as a round-up's lines do
_OPENS_AT = re.compile(r"\s*(?:in|at) (?:the )?(?:(?:town|city|village|settlement) of )?", re.IGNORECASE)
# a source revising the figures it gave ("The regional administration now says two passengers were killed", "Police now
# put the toll at 11"): a live blog's later entry, or a later paragraph, updating the incident told before
_REVISES = re.compile(r"\bnow (?:says?|said|puts?|reports?|confirms?|estimates?|counts?|believes?)\b|"
                      r"\b(?:revised|updated) (?:(?:death |casualty )?(?:toll|figures?|count))\b", re.IGNORECASE)
# nothing before, a dateline's dash ("KYIV (Reuters) - ") or the opening quote of words told ('The governor said: "')
# a clause that tells of the incident told before ("three more were wounded in the shooting", "by the same strike")
_REFERS_BACK = re.compile(r"\bthe (?:same|(?:shooting|attack|strike|blast|explosion|bombing|shelling|raid)\b)", re.IGNORECASE)
_OPENING = re.compile(r"(?:^|\s[—–-]|[:,]\s*[\"“‘'])[\s\"'“‘]*$")
_CLAUSE_BREAK = re.compile(r"[,;]\s")
_OPENS_A_CLAUSE = re.compile(r"(?:;|,\s+and)\s+$")  # the words before a clause that tells news of its own
_TOLD = re.compile(r"\b(?:killed|left|died|claimed|wounded|injured)$")  # a recall cue that ends at its attack's toll
# a recall of an event under a year old ("Four months after ..."): a longer interval ("Two years after") is history
_UNDER_A_YEAR = re.compile(r"(?:[\w-]+ ){0,3}?(?:hours?|days?|weeks?|months?) (?:to the day )?(?:after|since)\b", re.IGNORECASE)
_DAYS_AFTER = re.compile(r"(?:just |only |nearly |almost )?(?:\w+ )?(?:hours?|days?|weeks?) after\b", re.IGNORECASE)
# "A woman died of her injuries on Friday, two days after a drone hit her car": a death from the wounds of an attack
_DIED_OF_WOUNDS = re.compile(r"\b(?:died|dies|succumbed)\s+(?:of|from|to)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:injur(?:y|ies)|wounds?)\b", re.IGNORECASE)
_PRONOUN = object()  # what a sentence says of its source when it only says "he said"


# how long before publication a month named still holds the report's news ("In April 2012" in a note of 2 May 2012)
_RECENT_DAYS = 31
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _told_of_the_report_s_days(history: re.Match[str], published: date | None) -> bool:
    """Whether a history cue that names a month of a year ("In mid-April 2012", "in March 2022") names the
    report's own days, a month at most that ends in the month before publication or after: an ACLED note of
    April 2012 opening "In mid-April 2012, ..." tells its news so, and a report of 2024 saying "In March 2022,
    ..." tells history. A year named alone ("in 2015") and a time counted back ("last month") stay history."""
    if published is None or not _YEAR.search(history.group()):
        return False
    named = resolve_when(history.group(), published)
    return bool(named) and all(m.when.precision != "year" and m.when.start <= published
                               and m.when.end >= published - timedelta(days=_RECENT_DAYS) for m in named)


def _recalled_as_the_news(cued: str, history: re.Match[str], findings: list[Finding]) -> bool:
    """Whether the attack a sentence recalls ("..., a day after a Russian missile hit a hospital")
    is its news: what it tells before is a day of mourning or of a statement, with no figure and
    no incident of its own ("Kyiv mourned on Wednesday, a day after ...", "officials said on
    Tuesday, two days after the raid, that ..."). After an incident ("gunmen killed 12 on Sunday,
    a week after a similar attack") it stays history; after a toll's update ("the death toll ...
    rose to 55 on Thursday, two days after the attack") or a death from its wounds ("a woman died of her
    injuries on Friday, two days after a drone hit her car") it dates the attack whose toll rose."""
    if _DAYS_AFTER.match(history.group()) is None:
        return False
    before = [f for f in findings if f.start < history.start()]
    if before:
        return all(f.basis == "update" or _DIED_OF_WOUNDS.search(cued, f.start, f.end) for f in before)
    return not names_incident(classify(cued[: history.start()]))


# how many days before publication a day named still is the report's news ("on Monday")
_REPORT_S_WEEK = 7


def _names_a_day_of_the_report(clause: str, published: date | None) -> bool:
    """Whether ``clause`` names a day of the week before publication ("on Monday", "yesterday")."""
    return published is not None and any(
        m.when.precision == "day" and published - timedelta(days=_REPORT_S_WEEK) <= m.when.start <= published
        for m in resolve_when(clause, published))


def _opens_a_recall(cued: str, history: re.Match[str]) -> bool:
    """Whether the sentence, or its text after a dateline, opens by recalling an attack ("Two years after the
    Kramatorsk railway station strike killed 61 people, ...", "Like the attack ... that killed 26 cadets, ...")."""
    return _OPENING.search(cued, 0, history.start()) is not None and _RECALLS_FIRST.match(history.group()) is not None


def _commemorates_first(cued: str, history: re.Match[str]) -> bool:
    """Whether the sentence opens with a clause that marks an older attack's years or anniversary ("As Israel marked
    two years since the Nova festival massacre in which 364 people were killed, ...")."""
    return (_COMMEMORATING.fullmatch(cued, 0, history.start()) is not None
            and _cue("commemoration").fullmatch(history.group()) is not None)


def _recalled_first_until(cued: str, history: re.Match[str], findings: list[Finding], published: date | None,
                          commemorates: bool) -> int | None:
    """Where an older event a sentence that opens by recalling it (``_opens_a_recall``) or commemorating it
    (``_commemorates_first``) tells ends, its own toll told ("Two years after the Kramatorsk railway station strike
    killed 61 people, a Russian missile hit the town again on Wednesday, killing four", "Like the attack ... in 2019
    that killed 26 cadets, Thursday's drone strike ... killed 80"): the first clause break after that toll, where the sentence goes on to news of its own (a figure
    other than the recalled attack's updated toll, or an incident). None where the clause names one of the
    report's own days: its toll is the news, the recall's words having run on past their event ("Weeks after the
    ceasefire began Russian shelling killed three people in Kherson on Monday, and ..."). A commemorating clause
    ends at its first clause break, told with a toll or not ("As Israel marked two years since the October 7 attack,
    Israeli strikes killed 40 people ..."), and the day it names is the commemoration's ("As Ukraine marked the
    anniversary on Tuesday of the 2022 ... strike that killed 61 people, ...")."""
    closing = _CLAUSE_BREAK.search(cued, history.end())
    if closing is None:
        return None
    told = _TOLD.search(history.group()) or any(history.start() <= f.start < closing.start() for f in findings)
    if not (told or commemorates):
        return None
    if not commemorates and _names_a_day_of_the_report(cued[history.start():closing.start()], published):
        return None
    after = [f for f in findings if f.start >= closing.end()]
    news = any(f.basis != "update" for f in after) if after else names_incident(classify(cued[closing.end():]))
    return closing.start() if news else None


def _recall_apart(parts: list[tuple[Sentence, list[tuple[Finding, Span]]]], sentence: Sentence,
                  until: int) -> list[tuple[Sentence, list[tuple[Finding, Span]]]]:
    """The clauses with the opening recall (``_recalled_first_until``) cut off from the news told after it, where
    ``_clauses`` left them joined: when the recalled toll has no figure read ("killed 26 cadets"), the news counts
    another kind ("killed 30 people, RSF drones struck ... wounding 14"), or a clause ran on past the recall."""
    at = sentence.start + until
    cut = []
    for part, found in parts:
        if part.start < at < part.end:
            head, tail = at - part.start, part.end - at
            cut += [(Sentence(part.start, at, part.text[:head]), [f for f in found if f[0].start < until]),
                    (Sentence(at, part.end, part.text[-tail:]), [f for f in found if f[0].start >= until])]
        else:
            cut.append((part, found))
    return cut


def _recalled(part: Sentence, part_findings: list[tuple[Finding, Span]], sentence: Sentence,
              history: re.Match[str] | None, recalled_until: int | None) -> bool:
    """Whether a clause tells the history a sentence recalls: a clause of the opening recall
    (``_recalled_first_until``); one that reaches a history the words introduce ("..., a week after a
    similar attack"), unless its figures all come before a time after which it recalls ("Gunmen killed 12 people
    on Sunday, a week after a similar attack") or a trailing clause that likens the news to older attacks ("Gunmen
    killed 12 people in Zamfara, echoing earlier attacks"); any clause of a sentence whose history nothing
    introduces ("1,901 killed ... last year")."""
    if history is None:
        return False
    if recalled_until is not None:
        return part.start < sentence.start + recalled_until
    likened = _likening_tail(sentence.text, history.start())
    if likened is not None and _figures_before(part_findings, likened):
        return False  # "Gunmen killed 12 people in Zamfara, echoing earlier attacks by bandits": the 12 are news
    if not _INTRODUCES.match(history.group()):
        return True
    begins = sentence.start + history.start()
    return part.end > begins and not (_figures_before(part_findings, history.start())
                                      and _AFTER_OR_SINCE.search(history.group()))


def _figures_before(part_findings: list[tuple[Finding, Span]], begins: int) -> bool:
    """Whether a clause has figures, all stated before ``begins`` (an offset in their sentence)."""
    return bool(part_findings) and all(f.start < begins for f, _ in part_findings)


# a trailing clause likening the news to older attacks (", echoing earlier attacks by bandits", ", recalling earlier
# attacks on army posts", ", in an attack similar to earlier ones"): it, not the clause before it, is the history
_LIKENING_TAIL = re.compile(r"[,;]\s+(?:(?:in an? \w+ )?similar to|echo(?:es|ed|ing)|recall(?:s|ed|ing)|mirror(?:s|ed|ing)|"
                            rf"reminiscent of|{_LIKENING})\b(?:[^,;.]|,(?=\d))*$", re.IGNORECASE)


def _likening_tail(text: str, history: int) -> int | None:
    """Where a trailing clause that likens the news to older attacks begins, when the history cue at ``history``
    lies in it; None otherwise."""
    end = text.find(" ", history)
    tail = _LIKENING_TAIL.search(text, 0, history + 1 if end < 0 else end)
    return tail.start() if tail else None


# a person's name in a death's words ("David was killed"), not a capitalised word that opens them ("The man died")
_NAME = re.compile(r"\b(?!(?:The|This|That|His|Her|Their|One|Two|Three|Another|Police|She|They)\b)[A-Z][a-z]{2,}\b")


def _death_of_one_recalled(findings: list[Finding], sentence: Sentence, before: list[Sentence], text: str,
                           published: date | None) -> bool:
    """Whether a death told without a number is of a person first named, as one harmed, in a history sentence just
    ``before`` it, with no figure between but the history's own ("... Hays Avenue, where 11-year-old David McIntyre
    and his 16-year-old brother were shot last month. The brothers were playing video games when they heard the
    first shots fired. David was killed."): it is that recalled shooting's death, not the lead's."""
    if any(f.slot != "killed" or f.basis not in ("implicit", "victim") for f in findings):
        return False
    names = {name for f in findings for name in _NAME.findall(sentence.text[f.start:f.end])}
    for told in before:
        # a name the sentence lacks cannot be harmed in it: skip its history cues and a pattern compiled per name
        named = [name for name in names if name in told.text]
        if not named:
            continue
        history = [h for h in _cues().finditer("background", told.text) if not _told_of_the_report_s_days(h, published)]
        if any(_harmed_as_named(name, told.text, history) and not re.search(rf"\b{name}\b", text[:told.start])
               for name in named):
            return True
    return False


def _harmed_as_named(name: str, text: str, history: list[re.Match[str]]) -> bool:
    """Whether ``text`` names ``name`` as one harmed in the history it tells, the clause's first harm dated by a
    ``history`` cue with nothing between ("David McIntyre and his brother were shot last month"; not "Jamal Reed,
    whose cousin was killed last year, was among them", nor "Tariq Means was shot ... outside the same store where
    his brother was killed last year")."""
    return any(not _BETWEEN_HARM_AND_ITS_DAY.search(text, harmed.end(), h.start())
               for harmed in re.finditer(rf"\b{name}\b[^,;.]*?{_HARMED}", text) for h in history if h.start() >= harmed.end())


_HARMED = r"\b(?:shot|killed|stabbed|wounded|injured|slain|murdered)\b"
# what ends a harm's own words before the day that dates it: a clause break, a relative clause ("where his brother")
_BETWEEN_HARM_AND_ITS_DAY = re.compile(r"[,;.]|\b(?:where|who|whose|when|while)\b")


class _Speakers:
    """Each sentence's source, found when a sentence with figures asks for it; a pronoun ("he
    added") is the last source named in the ``lookback`` sentences before. What each distinct sentence
    itself says is read once, and a sentence is resolved only after the sentences its pronouns
    reach, left to right: asking the ones before again, recursively, took time exponential in a
    run of "he said" sentences."""

    def __init__(self, sentences: list[Sentence], lookback: int = 4):
        self.sentences, self.lookback = sentences, lookback
        self._says: dict[str, object] = {}  # by the sentence's text: a text said again says the same
        self._source: dict[int, str | None] = {}

    def __getitem__(self, index: int) -> str | None:
        if index not in self._source:
            start = index
            for earlier in range(index, -1, -1):  # back over the unresolved sentences a pronoun reaches
                if earlier < start:
                    break
                if earlier not in self._source and self._said(earlier) is _PRONOUN:
                    start = min(start, earlier - self.lookback)
            for later in range(max(0, start), index + 1):
                if later not in self._source:
                    self._source[later] = self._resolved(later)
        return self._source[index]

    def _said(self, index: int) -> object:
        text = self.sentences[index].text
        if text not in self._says:
            self._says[text] = find_speaker(text, lambda: _PRONOUN)
        return self._says[text]

    def _resolved(self, index: int) -> str | None:
        said = self._said(index)
        if said is not _PRONOUN:
            return said
        window = range(index - 1, max(-1, index - 1 - self.lookback), -1)
        return next((self._source[earlier] for earlier in window if self._source[earlier]), None)


def _address(sentence: str) -> str | None:
    """A street address ("the 2600 block of 22nd Avenue"): two addresses are two incidents. Every address holds
    " block of ", looked for first: the cue opens with a look-behind, which was tried at every character of every
    sentence with a figure or an incident (0.7% of extract's time over 400 GVA dev articles)."""
    if " block of " not in sentence:
        return None
    match = _cue("address").search(sentence)
    if not match:
        return None
    street = match.group(2).lower().rstrip(".")  # "Vespasian Boulevard." ends a sentence, not the name
    return f"{match.group(1)} {street}"


def _is_landmark(mention: PlaceMention, text: str) -> bool:
    return mention.population >= LANDMARK_POPULATION and bool(_INTRODUCED.search(text, max(0, mention.start - 40), mention.start))


def _located(mention: PlaceMention, normalized: NormalizedText) -> Place:
    """The resolved place with its span in the original text."""
    return replace(mention.place, span=normalized.original_span(mention.start, mention.end))


def _aggregate(sentence: Sentence, here: list[PlaceMention], told: list[SentenceFacts]) -> bool:
    """A toll over many places or days: a cue says so, or the toll is told across a whole area (``_over_an_area``),
    or it is a total ("In total, 31 people were killed") of more than the one attack ``told`` before it."""
    if _cues().search("aggregate", sentence.text) is not None or _over_an_area(sentence, here):
        return True
    return _cues().search("in_total", sentence.text) is not None and not _one_attack_untallied(told)


def _one_attack_untallied(told: list[SentenceFacts]) -> bool:
    """Whether the news told so far is one attack at one place with no figure yet ("a Russian missile struck a
    nine-storey building in Ternopil on Thursday night."): a total told next is that attack's toll."""
    news = [facts for facts in told if not facts.background]
    untallied = all(facts.incident and not facts.findings and not facts.aggregate for facts in news)
    return bool(news) and untallied and len({place.name for facts in news for place in facts.places}) <= 1


_ACROSS = re.compile(r"\b(?:across|throughout)\s+(?:(?:all|much|most|parts)\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)
_ACROSS_REACH = len("throughout much of the ")
_LAST_WORD = re.compile(r"(\w+)$")


def _over_an_area(sentence: Sentence, here: list[PlaceMention]) -> bool:
    """"across North Kordofan", "throughout Khan Younis governorate", "across Ukraine": a toll told across a
    country or an admin area, whatever its name (the gazetteer's, or one an admin word ends), sums its places' tolls."""
    for mention in here:
        at = mention.start - sentence.start
        if 0 <= at and _ACROSS.search(sentence.text, max(0, at - _ACROSS_REACH), at) and _is_area(mention):
            return True
    return False


def _is_area(mention: PlaceMention) -> bool:
    """A country, an admin area, or a name an admin word ends ("Khan Younis governorate", read as its town)."""
    last = _LAST_WORD.search(mention.text)
    return mention.place.precision in ("region", "country") or bool(last and last.group(1).lower() in word_set("geo_admin_words"))


# "More than 40,000 people have been killed in the Palestinian territory": thousands told in the
# perfect with no attack named are a war's toll so far, not one incident's
CUMULATIVE_TOLL = 1000
_PERFECT_TOLL = re.compile(r"\b(?:have|has)\s+(?:now\s+)?(?:been\s+(?:killed|wounded|injured)|died)\b", re.IGNORECASE)


def _cumulative(sentence: Sentence, findings: list[Finding], told: Classification) -> bool:
    return (not names_incident(told) and any(f.value >= CUMULATIVE_TOLL for f in findings)
            and bool(_PERFECT_TOLL.search(sentence.text)))


def _clause_end(text: str, end: int, second: Finding, history: int | None) -> int:
    """Where the clause of a figure ending at ``end`` ends, before a second figure: where the history
    the sentence recalls begins, else (another incident) at the first clause break, so that the
    first keeps the place and day told after it ("killed 17 people in Gaza City on Wednesday, a
    day after a strike on Nuseirat killed 30"), or where one attack's share of a toll is told
    (``SHARE_OF_TOLL``); right after the figure for a running total
    ("..., bringing to 14 the number killed in Monday's strike" keeps the day it names)."""
    if history is not None and end <= history < second.start:
        return history
    shares = [m.start() for m in SHARE_OF_TOLL.finditer(text, end, second.start)]
    if shares:  # "killed 40 across Darfur, Kordofan and Blue Nile, including 15 in a strike on El Fasher"
        return shares[-1]
    boundary = second.basis == "explicit" and _CLAUSE_END.search(text, end, second.start)
    return boundary.start() if boundary else end


_CLAUSE_END = re.compile(r"[,;:]\s|\s(?:and|but|while|—|–|-)\s")


def _introduced(text: str, history: int | None) -> int | None:
    """Where a history the words introduce begins ("a day after", "echoing"), else None: what is told
    before it is today's news."""
    return history if history is not None and _INTRODUCES.match(text, history) else None


def _clauses(sentence: Sentence, findings: list[tuple[Finding, Span]],
             history: int | None = None) -> list[tuple[Sentence, list[tuple[Finding, Span]]]]:
    """A sentence that states the same kind of figure twice (or a figure and a toll it brings to)
    tells two incidents or an incident and a running total: cut it after the first (``_clause_end``).

    "one in March at a theater in Mariupol ... killing about 600 people and another in
    April on a train station ... left at least 59 dead": each clause keeps its own
    place, date and type. So is one that goes on to the larger attack its figures were part of
    ("killing a man and wounding three, one of a wave of attacks that killed nine"), at that clause,
    and one that goes on to recall an earlier attack with figures of another kind ("shelling wounded
    four people, a day after a drone attack killed two"), where the history begins (``_introduced``).
    A victim told as what the attack did opens a clause too ("A drone attack killed a man in Sumy, and a
    missile strike on Odesa killed two people"), and so do the words of another incident between figures of
    other kinds where they open a clause of their own (``_another_incident_opens``).
    """
    by_start = sorted(range(len(findings)), key=lambda i: findings[i][0].start)
    cuts, seen, previous_end = [], set(), 0
    for finding, _ in (findings[i] for i in by_start):
        if finding.basis not in ("explicit", "update", "victim"):
            continue
        if finding.slot in seen and finding.basis != "victim":
            cuts.append(_clause_end(sentence.text, previous_end, finding, history))
            seen = set()
        seen.add(finding.slot)
        previous_end = finding.end
    if len(findings) > 1:
        whole = _cue("part_of_whole").search(sentence.text)
        for cut in (whole.start() if whole else None, _introduced(sentence.text, history),
                    _another_incident_opens(sentence.text, [f.start for f, _ in findings])):
            if cut is not None and findings[by_start[0]][0].start < cut < findings[by_start[-1]][0].start and cut not in cuts:
                cuts = sorted([*cuts, cut])
    if not cuts:
        return [(sentence, findings)]
    starts = [findings[i][0].start for i in by_start]

    def starting_within(lo: int, hi: int) -> list[tuple[Finding, Span]]:
        """The findings that start in [lo, hi), in their given order: found by bisection, as
        testing every finding for every clause cost the square of a sentence's figures."""
        picked = by_start[bisect_left(starts, lo):bisect_left(starts, hi)]
        return [findings[i] for i in sorted(picked)]

    bounds = [0, *cuts, len(sentence.text)]
    return [
        (Sentence(sentence.start + lo, sentence.start + hi, sentence.text[lo:hi]), starting_within(lo, hi))
        for lo, hi in zip(bounds, bounds[1:])
    ]


def _another_incident_opens(text: str, starts: list[int]) -> int | None:
    """Where another incident's words open a clause after a semicolon or ", and" and that clause tells its own
    figure ("killing a woman; a second strike on the town in the afternoon wounded four people", "..., and a later
    airstrike on a car in Nuseirat killed two"). Such words told in apposition or as a time ("killed five people,
    the second attack on the village this month, and wounded 11", "killed early Sunday, one day before her 30th
    birthday, ...", "killed Saturday in the latest shooting in Englewood, and two women were wounded") are the
    incident's own: they open nothing."""
    for cue in _cues().finditer("new_incident", text):
        closing = _CLAUSE_BREAK.search(text, cue.end())
        if (_OPENS_A_CLAUSE.search(text, 0, cue.start())
                and any(cue.start() < start < (closing.start() if closing else len(text)) for start in starts)):
            return cue.start()
    return None


def _broken_down(parts: list[tuple[Sentence, list[tuple[Finding, Span]]]], number: int) -> bool:
    """Whether the clause after ``number`` breaks its toll down by place ("killed five people in eastern Ukraine:
    three in Kharkiv and two in Zaporizhzhia", "a strike on Kharkiv killed nine - four in Saltivka and five in ...")."""
    return number + 1 < len(parts) and BREAKDOWN_BY_PLACE.match(parts[number + 1][0].text) is not None


# Kharkiv's Saltivka lies 8 km from its centre, Khan Younis 23 km from Gaza City
_DISTRICT_KM = 15.0


def _by_town(here: list[Place], shares: list[Place]) -> bool:
    """Whether a toll told ``here`` and broken down by ``shares``' places is a toll over many places: one told over
    an area (or nowhere) is, and one in a town whose shares lie in other towns; one in a town broken down by its
    districts or by sites no gazetteer knows ("four in Saltivka and five in Kholodnohirskyi district", "four in
    Building 5") is one incident's toll."""
    towns = [place for place in here if place.precision not in ("region", "country")]
    return not towns or bool(shares) and all(distance_km(share, town) > _DISTRICT_KM for share in shares for town in towns)


def _within(clause: Classification, sentence: Classification) -> Classification:
    """A clause's own slots, the sentence's where the clause names none. A clause that names no weapon types its
    attack only by its kind ("including eight in a single strike on a house" after "Israeli strikes killed 12"):
    where the sentence names a weapon for an attack of that type, the sentence's sub-type holds."""
    unarmed = clause.weapon is None and sentence.weapon is not None and clause.event_type == sentence.event_type
    typed = clause if clause.event_type and not unarmed else sentence
    return Classification(  # every field, built directly: dataclasses.replace cost a tenth of a clause
        event_type=typed.event_type, sub_event_type=typed.sub_event_type, unnamed_make=typed.unnamed_make, cue_span=typed.cue_span,
        weapon=clause.weapon or sentence.weapon, target=clause.target or sentence.target,
        perpetrator=clause.perpetrator or sentence.perpetrator, attribution=clause.attribution or sentence.attribution,
    )


# Relative dates reach at most a year and a week from publication ("last year", "in December"):
# a publication date nearer the calendar's ends than that anchors none.
_ANCHORS = (date(date.min.year + 1, 12, 31), date(date.max.year - 1, 1, 1))


def _anchor(published: date | None) -> date | None:
    return published if published is not None and _ANCHORS[0] <= published <= _ANCHORS[1] else None


def _revises(clause: str, figures: list[int]) -> bool:
    """Whether a source revises the figures it gave, its words told before the clause's first figure with no clause
    break between ("Police now say 11 people were killed"), not beside another figure ("The army now says it has
    retaken the area, and two soldiers were killed in clashes on Monday")."""
    if not figures:
        return False
    revised = _REVISES.search(clause)
    return (revised is not None and revised.end() <= figures[0]
            and _CLAUSE_BREAK.search(clause, revised.end(), figures[0]) is None)


def _round_up_s_town(part: Sentence, here: list[tuple[PlaceMention, Place]]) -> Place | None:
    """The town a round-up's line opens with ("In Bilozerka, 3 people were injured."), unless the clause tells of the
    incident told before ("In New York City, police said three more people were wounded in the shooting")."""
    if not here or _REFERS_BACK.search(part.text):
        return None
    return next((place for p, place in here if _OPENS_AT.fullmatch(part.text, 0, p.start - part.start)), None)


def _dated(sentence: Sentence, published: date | None, normalized: NormalizedText,
           resolve: Callable[[str, date | None], list[WhenMention]] = resolve_when, aggregate: bool = False) -> list[When]:
    """The sentence's times with original-text spans, a day that names the incident ("Monday's
    strike") first; the day a source spoke dates nothing, nor does a span since a day ("under
    attack since May 10") date anything but a toll over it. ``resolve`` reads the text's times."""
    found = sorted((m for m in resolve(sentence.text, _anchor(published)) if not m.of_statement and (aggregate or not m.of_period)),
                   key=lambda m: not m.of_incident)
    return [replace(m.when, span=normalized.original_span(sentence.start + m.start, sentence.start + m.end)) for m in found]


def _said_on(sentence: Sentence, published: date | None,
             resolve: Callable[[str, date | None], list[WhenMention]] = resolve_when) -> WhenMention | None:
    """The first day the sentence says a source spoke, a toll rose or the dead were buried ("the
    police on Tuesday confirmed", "funerals were held on Sunday"): news it tells with no date of
    its own happened by then."""
    return next((m for m in resolve(sentence.text, _anchor(published)) if m.of_statement), None)


def _plausible(findings: list[Finding], sentence: Sentence, normalized: NormalizedText) -> list[Finding]:
    """The findings a slot may hold; each figure beyond belief is named in a warning instead."""
    kept = []
    for finding in findings:
        if finding.plausible:
            kept.append(finding)
            continue
        span = normalized.original_span(sentence.start + finding.start, sentence.start + finding.end)
        warnings.warn(ExtractWarning(
            f"figure at {span.start}-{span.end} ({span.text[:80]!r}) is above {PLAUSIBLE_MAX:,} people: not counted"))
    return kept


class _PlacesBySentence:
    """A document's places by start offset, so each sentence takes its own by bisection
    rather than every sentence checking every place of the document."""

    def __init__(self, places: list[PlaceMention]):
        self.places = sorted(places, key=lambda p: p.start)
        self.starts = [p.start for p in self.places]

    def within(self, start: int, end: int) -> list[PlaceMention]:
        return self.places[bisect_left(self.starts, start):bisect_left(self.starts, end)]


# "Rockets fired from Gaza hit Sderot", "a drone launched from Yemen hit Tel Aviv": where it came from, not where it fell
_FIRED_FROM = re.compile(r"\b(?:fired|launched|shot|lobbed|flown|sent|coming)\s+(?:\w+\s+)?from\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_REACH_BEFORE = 40


def _where_it_fell(here: list[PlaceMention], sentence: Sentence, speaker: str | None, side: str | None) -> list[PlaceMention]:
    """The sentence's places less those that say whence a strike came ("rockets fired from Lebanon
    struck Kiryat Shmona"), where any other place is left, and less those that say who speaks
    ("Gaza health officials said ... in Rafah", "the Kharkiv regional governor said ... in
    Kupiansk") where a town of the speaker's own region is left: an official speaks of the area
    they serve, and a town told beside a city's officials in another state is a name misread
    ("Kansas City police said ... Truman"). Only in a war's report (an armed side struck): a city's
    police or officials telling of a crime speak of the city where it happened ("Kansas City police
    said ... in Grandview" is their case). Alone, they are the best there is."""
    said = sentence.text.find(speaker) if speaker and side else -1
    lo, hi = sentence.start + said, sentence.start + said + len(speaker or "")
    speakers = [p for p in here if said >= 0 and p.start < hi and lo < p.end]
    origins = [p for p in here if _FIRED_FROM.search(sentence.text, max(0, p.start - sentence.start - _REACH_BEFORE),
                                                     p.start - sentence.start) is not None]
    kept = [p for p in here if p not in origins] or here
    served = {(p.place.country, p.place.admin1) for p in speakers}
    if any(p not in speakers and p.place.precision in ("town", "near") and (p.place.country, p.place.admin1) in served for p in kept):
        kept = [p for p in kept if p not in speakers]
    return _less_titles(kept, sentence)


def _titles_pattern(of: bool) -> str:
    """The titles of ``data/speaker_titles.txt`` read before "of" (all of them) or after a possessive (those not written "X of")."""
    titles = sorted(word_set("speaker_titles"), key=lambda t: (-len(t), t))
    chosen = [t.removesuffix(" of") for t in titles] if of else [t for t in titles if not t.endswith(" of")]
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in chosen)


# "the bishop of Pemba said", "the governor of Sokoto", "Kharkiv's mayor": a place that only names whom a person serves
_TITLE_OF = re.compile(rf"\b(?:{_titles_pattern(of=True)})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_TITLE_AFTER = re.compile(rf"['’]s?\s+(?:[\w-]+\s+)?(?:{_titles_pattern(of=False)})\b", re.IGNORECASE)


def _less_titles(here: list[PlaceMention], sentence: Sentence) -> list[PlaceMention]:
    """Less the places that only say whom a speaker serves ("..., the bishop of Pemba said") where the
    sentence tells where it happened in the same country: a state or district ("in Zamfara state"),
    or a town of the title's own region ("in Macomia district")."""
    text = sentence.text
    titles = [p for p in here if _TITLE_OF.search(text, max(0, p.start - sentence.start - _REACH_BEFORE), p.start - sentence.start)
              or _TITLE_AFTER.match(text, p.end - sentence.start)]
    told = [p for p in here if p not in titles]
    if any(t.place.country == p.place.country and (p.place.precision == "region" or p.place.precision in ("town", "near")
                                                   and p.place.admin1 == t.place.admin1) for t in titles for p in told):
        return told
    return here


def _blanked(sentence: Sentence, spans: list[tuple[int, int]]) -> str:
    """The sentence's text with the names of a dateline blanked out (offsets kept): where the reporter
    stood is no actor ("ODESA, Ukraine - A Russian drone strike ..." is Russia's strike)."""
    text = sentence.text
    for start, end in spans:
        if sentence.start <= start < sentence.end:
            a, b = start - sentence.start, min(end, sentence.end) - sentence.start
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def _news_before(cued: str, end: int, speaker: str | None) -> list[SentenceFacts]:
    """"The alleged Russian missile attack echoes earlier attacks ...": the words before the
    history say who is held to have struck today's incident, though they count no one and
    place nothing."""
    news = classify(cued[:end])
    if not (names_incident(news) and (news.perpetrator or news.attribution)):
        return []
    return [_describing(news, speaker)]


def _describing(news: Classification, speaker: str | None) -> SentenceFacts:
    """A sentence of news that only says who struck, counting no one and placing nothing."""
    return SentenceFacts(findings=[], speaker=speaker, background=False, aggregate=False, incident=True,
                         classification=news)


def _of_unnamed_make(facts: list[SentenceFacts]) -> list[SentenceFacts]:
    """"Two farmers were killed in an explosion near Sarmin": an explosion only named leaves its make to the
    sentences after it ("... A suicide bomber detonated his vest", "... the shotgun sent a blast through the seat.
    The shooting ..."); where none of the news after it names a sub-type, it is a bomb of unknown make (the rule's
    ``unnamed_make``), as ACLED codes one."""
    named = False  # whether a later news sentence names a sub-type
    for facts_at in reversed(facts):
        told = facts_at.classification
        if told.unnamed_make and told.sub_event_type is None and not named:
            facts_at.classification = replace(told, sub_event_type=told.unnamed_make)
        named = named or (told.sub_event_type is not None and not facts_at.background)
    return facts


def _claims_it(found: Classification) -> bool:
    """"Al-Shabaab claimed responsibility.": a side's claim, told after the attack it claims."""
    return found.attribution == "claimed" and found.perpetrator is not None


def extract(text: str, published: date | str | None = None, *, title: str | None = None, budget: Budget | None = None) -> list[Mention]:
    """The incident mentions of one report, in document order.

    ``published`` anchors relative dates ("Monday", "in March"); it may be a
    ``date`` or an ISO string. ``budget`` is the time the document may take (by default
    ``limits.DOCUMENT_BUDGET_S``); what is left out for it, or for a figure beyond belief,
    an ``ExtractWarning`` says. Without a date a dateline's day does ("KYIV, July 9 —");
    a mention that nothing dates says so in its ``warnings``.

    ``title``, the report's headline, is read where the text alone gives no figure: a crawled
    page may tell its story only there, among menus and banners ("2 killed, 3 wounded in overnight
    shooting" above a cookie banner). It is read then as a last paragraph after the text
    (``extract.headline`` writes it as prose), so that the text's incident and place take the
    headline's figures, and what is read from it carries spans into the title (``Span.part``
    "title"). Where the text has figures the headline only fills the slots the text's lead
    incident leaves empty (``headline.completed``): read with the text, its "death toll rises to
    18" would outrank the text's own figures and their speakers, and date the incident by the
    week of an update (``frame``). A title longer than ``limits.MAX_TITLE_CHARS`` is no headline and is not read.
    """
    budget = budget or Budget()
    if title and len(title) > MAX_TITLE_CHARS:
        warnings.warn(ExtractWarning(f"the title is {len(title):,} characters long, more than any headline "
                                     f"({MAX_TITLE_CHARS:,} at most): not read"))
        title = None
    if not title or not title.strip():
        return _read(text, published, budget)
    prose = as_prose(title)
    found = _read(text, published, budget, prose)
    if any(m.counts() for m in found):
        headline = _read(prose.text, published, budget)
        return _armed_by_headline(completed(found, headline, prose), headline)
    body = (text or "") + TITLE_BREAK
    found = _read(body + prose.text, published, budget)
    for mention in found:
        _move_spans(mention, lambda span: _in_text_or_title(span, text or "", prose))
    return found


def _armed_by_headline(found: list[Mention], headline: list[Mention]) -> list[Mention]:
    """The text's lead incident armed by its headline where the text names no weapon: "Drone strike kills
    four at El Fasher hospital" over "Four people were killed when the RSF targeted the Saudi Hospital",
    "Russian missile strike on Odesa kills three" over "Three people were killed in Odesa". An outlet
    names the weapon once, in the headline, and the text goes on to the toll; the headline's type and
    doer come with it (the text's own stand where it names them)."""
    body, title = lead(found), lead(headline)
    if body is None or title is None or body.weapon is not None or title.weapon is None:
        return found
    body.weapon = title.weapon
    if title.sub_event_type is not None:
        body.event_type, body.sub_event_type = title.event_type, title.sub_event_type
    body.perpetrator = body.perpetrator or title.perpetrator
    return found


def _in_text_or_title(span: Span, text: str, prose: Prose) -> Span:
    """A span of the text-and-headline read as one, as a span of the text or of the title's own words."""
    title_start = len(text) + len(TITLE_BREAK)
    if span.start < title_start:
        end = min(span.end, len(text))
        return Span(span.start, end, text[span.start:end])
    return prose.title_span(replace(span, start=span.start - title_start, end=span.end - title_start))


def _move_spans(mention: Mention, move: Callable[[Span], Span]) -> None:
    """Every span of the mention (its figures', place's, date's and evidence) through ``move``."""
    for slot, count in mention.counts().items():
        if count.span is not None:
            setattr(mention, slot, replace(count, span=move(count.span)))
    if mention.place is not None and mention.place.span is not None:
        mention.place = replace(mention.place, span=move(mention.place.span))
    if mention.when is not None and mention.when.span is not None:
        mention.when = replace(mention.when, span=move(mention.when.span))
    mention.evidence = [move(s) for s in mention.evidence]


def _read(text: str, published: date | str | None, budget: Budget, headline: Prose | None = None) -> list[Mention]:
    """``extract`` over one text (a report's, or its headline and text read as one). A ``headline``
    read apart is read for places (``lead_place.TitlePlaces``)."""
    if not text or not text.strip():
        return []
    normalized = normalize(text)
    published, dating = anchor_day(normalized.text, parse_date(published), date.today())
    facts: list[SentenceFacts] = []
    sentences = split_sentences(normalized.text)
    titled = TitlePlaces(normalized.text, headline, published)
    found = titled.body
    places = _PlacesBySentence([p for p in found if not p.is_dateline and not p.is_qualifier])
    dateline = next((_located(p, normalized) for p in found if p.is_dateline and p.place.precision == "town"), None)
    datelined = [(p.start, p.end) for p in found if p.is_dateline]
    speakers = _Speakers(sentences)
    # sentences and clauses that repeat one another ("killed 2 people, " x 5,000; "He said two people were
    # killed. " x 2,600; a feed's boilerplate) are counted, classified and dated once per distinct text: these
    # readings depend on the text alone, and the tables live as long as this document
    classify_clause, clause_times, counted = cache(classify), cache(resolve_when), cache(find_counts)
    counted_from: dict[int, date | None] = {}  # the day each sentence that opens counting on counts from
    figured = 0  # the last sentence with figures (a recalled death's history may be it, not one before it)
    for index, sentence in enumerate(sentences):
        if budget.spent():
            warnings.warn(ExtractWarning(
                f"the time budget of {budget.seconds:g} s was spent after {index} of {len(sentences)} sentences "
                f"(character {sentence.start} of {len(normalized.text)}): the rest was not read"))
            break
        findings = _plausible(counted(sentence.text), sentence, normalized)
        cued = _blanked(sentence, datelined)
        whole = today = classify_clause(cued)  # today: the whole sentence's slots, for a clause before a history
        if not findings and not names_incident(whole):
            if _claims_it(whole):
                facts.append(_describing(whole, speakers[index]))
            continue
        spans = [normalized.original_span(sentence.start + f.start, sentence.start + f.end) for f in findings]
        times = clause_times  # "Talks collapsed on Monday. A day later, ...": the opening counts from the day before
        counted_on = bool(index) and opens_counting_on(sentence.text)  # and tells a new incident
        if counted_on:  # the sentence before may itself count on ("The next morning, ... The following day, ...")
            counted_from[index] = last_day_told(sentences[index - 1].text, _anchor(published), counted_from.get(index - 1))
            times = partial(clause_times, told_before=counted_from[index])
        history = next((h for h in _cues().finditer("background", sentence.text) if not _told_of_the_report_s_days(h, published)), None)
        commemorates = bool(history) and _commemorates_first(cued, history)
        opens = commemorates or bool(history) and _opens_a_recall(cued, history)
        recalled_until = _recalled_first_until(cued, history, findings, published, commemorates) if opens else None
        # "Four months after ... was killed, investigators ...": the report's own attack, where under a year old
        own_story = (opens and recalled_until is None and bool(_TOLD.search(history.group()))
                     and _UNDER_A_YEAR.match(history.group()) is not None)
        if history and recalled_until is None and (own_story or _recalled_as_the_news(cued, history, findings)):
            history = None
        if recalled_until is not None:  # what the sentence goes on to tell after the attack it opens by recalling is news
            whole, today = classify(cued[:recalled_until]), classify(cued[recalled_until:])
        elif history:  # what the sentence says before "echoes earlier attacks" is today's news
            whole = classify(cued[history.start():])
            before = classify(cued[:history.start()]) if _introduced(sentence.text, history.start()) is not None else None
            if before is not None and names_incident(before):
                today = before  # "shelling wounded four, a day after a drone attack killed two": not the drone's
            if not any(f.start < history.start() for f in findings):
                facts.extend(_news_before(cued, history.start(), speakers[index]))
        context = {
            "speaker": speakers[index],
            "background": bool(history),
            "aggregate": _aggregate(sentence, places.within(sentence.start, sentence.end), facts) or _cumulative(sentence, findings, whole),
            "new_incident": counted_on or _cues().search("new_incident", sentence.text) is not None,
            "address": _address(sentence.text),
        }
        parts = _clauses(sentence, list(zip(findings, spans)), history.start() if history else None)
        if recalled_until is not None:
            parts = _recall_apart(parts, sentence, recalled_until)
        # "killed 5, bringing the number killed this month to 45", "killed one, as part of a barrage
        # that killed 41 across Ukraine", "killed 11 across Ukraine, including four in a strike on
        # Kyiv" and "Since the 7 October attack that killed 1,200 people, ...; on Saturday, strikes killed 40":
        # each clause is judged alone; otherwise a toll's qualifier ("[split among 16 events]")
        # holds for the whole sentence.
        judged_alone = len(parts) > 1 and (recalled_until is not None or any(f.basis == "update" for f in findings) or any(
            _cue("part_of_whole").match(p.text) or SHARE_OF_TOLL.match(p.text) for p, _ in parts[1:]))
        districts = None
        # "Gunmen killed 14 people, the worst since the massacre that killed 52": a clause that
        # ends before a history the words introduce is today's news ("1,901 killed ... last year" is not)
        readings = [_recalled(part, part_findings, sentence, history, recalled_until) for part, part_findings in parts]
        if findings and not history and _death_of_one_recalled(
                findings, sentence, sentences[max(figured, index - 2, 0):index], normalized.text, published):
            readings = [True] * len(parts)
        figured = index if findings else figured
        for number, (part, part_findings) in enumerate(parts):
            part_text = _blanked(part, datelined)
            recalled = readings[number]
            told = part_text[max(0, history.start() - (part.start - sentence.start)):] if recalled and history else part_text
            classification = (whole if recalled else today) if part is sentence else _within(classify_clause(told), whole if recalled else today)
            here = [(p, _located(p, normalized)) for p in _where_it_fell(places.within(part.start, part.end), part, context["speaker"],
                                                                    classification.perpetrator)]
            if number == districts:
                part_findings = []  # the toll's districts (``_by_town``): its own victims, told again
            broken_down = judged_alone and _broken_down(parts, number)
            if broken_down and not _by_town([place for _, place in here], [
                    _located(p, normalized) for p in places.within(parts[number + 1][0].start, parts[number + 1][0].end)]):
                broken_down, districts = False, number + 1
            aggregate = (_aggregate(part, places.within(part.start, part.end), facts) or broken_down
                         if judged_alone else context["aggregate"])
            facts.append(
                SentenceFacts(
                    findings=part_findings,
                    incident=names_incident(classification),
                    places=[place for _, place in here],
                    landmarks=[place for p, place in here if _is_landmark(p, normalized.text)],
                    classification=classification,
                    whens=_dated(part, published, normalized, times, aggregate),
                    said_on=said.when.end if (said := _said_on(part, published, times)) else None,
                    mourned=bool(said and said.of_mourning),
                    **{**context, "aggregate": aggregate,
                       # "Three more were wounded, and a further four were injured in a second strike": the clause that says so
                       "new_incident": _cues().search("new_incident", part.text) is not None if len(parts) > 1 else context["new_incident"],
                       "background": recalled, "beside_news": recalled and not all(readings),
                       "revises": _revises(part.text, [f.start - (part.start - sentence.start) for f, _ in part_findings]),
                       "recounts_wounded": _cue("recounts_wounded").match(part.text) is not None,
                       "opens_at": _round_up_s_town(part, here),
                       "counter": _cues().search("counter_attack", part.text) is not None},
                )
            )
    mentions = frame(_of_unnamed_make(facts), published, dateline)
    first = lead(mentions)
    if first is not None and dateline is not None and in_its_county_or_state(first.place, dateline):
        first.place = dateline
    if first is not None and (first.place is None or first.place.precision == "region") and (
            scene := where_it_happened(sentences, places.within)):
        town = _located(scene, normalized)
        if first.place is None or in_its_county_or_state(first.place, town):
            first.place = town
    titled.place_lead(mentions)
    if first is not None and first.place is None:
        apart = [place for told in facts if told.background or told.aggregate for place in told.places] + [
            other.place for other in mentions if other is not first and other.place is not None]
        if town := its_police_town(places.places, normalized.text, apart):
            first.place = _located(town, normalized)
    for mention in mentions:
        mention.warnings = [*dating, UNDATED] if published is None and mention.when is None else dating
        mention.perpetrator = side_in(mention.perpetrator, mention.place.country if mention.place else None)
    return mentions
