"""Casualty figures in one sentence: who was killed, injured, shot or missing, and how many.

Three ways a figure is tied to a casualty word, tried in order for each quantity:

- subject before a passive or adjectival predicate: "at least 16 people were killed",
  "more than 59 injured", "two of them died";
- object after an active verb: "killing about 600 people", "wounded five";
- a counted noun: "one death", "the death toll rose to 21".

A quantity that no pattern ties to a casualty word ("1,000 people inside", "a
population of 100,000", "62-year-old", "Jan. 24") is never a count. Figures with no
number at all come from ``victims``.

The words before a quantity are read at most ``LOOK_BACK`` characters back, far more than
any of these patterns spans, and only where those words may begin (``lookback``): a sentence
full of numbers costs its length, not its square.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from harmledger.data import table
from harmledger.extract.figures import Finding, groups, one_of_them, stated
from harmledger.extract.lexicon import (AGE_AFTER_NAME, AGE_BOUND, AGE_LIST, GRAVELY, LIGHTLY, TWO_TO_TEN, is_person_noun,
                                        patterns, people_counted, slot_of, trigger)
from harmledger.extract.lookback import Lookback, backward
from harmledger.extract.victims import DIED_AFTER, hypothetical, implicit_figures, more_told
from harmledger.text.numbers import Quantity, find_quantities

_SINGULAR_NOUN = re.compile(r"(?:death|fatality|body)$", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never)\b", re.IGNORECASE)
_ADDITIONAL = re.compile(r"(?:another|one\s+other|\w+\s+(?:others?|more|additional))\b", re.IGNORECASE)
_ALSO = re.compile(r"\balso\b", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_BODIES = re.compile(r"\bbod(?:y|ies)\b", re.IGNORECASE)
_WITNESSED = backward(r"\b(?:witnessed|saw|counted|observed|seen)", r"\s+(?:at\s+least\s+)?", re.IGNORECASE)

# A death the sentence itself says was wrongly reported: "Early reports said one person had died, but that
# proved to be incorrect", "was reported to have died ... but authorities say it is not a homicide", "Despite
# earlier reports that the boy had died, officers said he is still fighting for his life".
_RETRACTED = re.compile(
    r"\bdespite\s+(?:early|earlier|initial|first)\s+reports?\b[^,;.]*"
    r"|\b(?:(?:early|earlier|initial|first)\s+reports?|(?:was|were|had\s+been)\s+(?:initially\s+|first\s+|earlier\s+|originally\s+)?reported)\b"
    r"[^.;]*?\b(?:but|however)\b[^.;]*?\b(?:incorrect|inaccurate|false|wrong|untrue|not\s+(?:a\s+homicide|true|the\s+case)"
    r"|(?:still\s+)?alive|survived|fighting\s+for\s+(?:his|her|their)\s+li(?:fe|ves))\b",
    re.IGNORECASE,
)

# A death the sentence puts down to an illness ("The witness died in December from cancer", "ruled she died of
# natural causes", "died of a heart attack in prison"): no one was killed
_NATURAL_DEATH = re.compile(
    r"\s*(?:[^.;,]{0,30}?\s)?(?:of|from)\s+(?:an?\s+|complications\s+of\s+|(?:his|her|their)\s+)?(?:\w+\s+)?"
    r"(?:cancer|natural\s+causes|illness|heart\s+attack|stroke|disease|leukemia|pneumonia|diabetes|covid(?:-19)?)\b",
    re.IGNORECASE,
)

_NON_PERSON_AFTER = re.compile(
    r":\d|\.\d|\s*/\s*\d|-[A-Za-z](?<!-year)|-\s+(?:and|or|to)\s|(?:-|\s)*(?:year|yr|month|week|day|hour|minute|second|time|percent|per\s*cent|%|a\.m|p\.m|o'clock"
    r"|mile|km|kilomet|meter|metre|feet|foot|inch|pound|kg|dollar|round|shot|bullet|block|st\b|nd\b|rd\b|th\b)",
    re.IGNORECASE,
)


def find_counts(sentence: str) -> list[Finding]:
    """Every casualty figure stated in ``sentence``."""
    if not trigger().search(sentence):
        return []
    compiled = patterns()
    findings: list[Finding] = []
    claimed: list[tuple[int, int]] = []
    quantities = find_quantities(sentence)
    before = Lookback(sentence, len(quantities))
    ages = _age_lists(sentence)
    for quantity in quantities:
        if (
            claimed and claimed[-1][0] <= quantity.start < claimed[-1][1]  # "... and two adults" of the figure before
            or _NON_PERSON_AFTER.match(sentence, quantity.end)
            or any(start <= quantity.start < end for start, end in ages)
            or _is_identifier(before, quantity)
            or _is_age(before, quantity)
            or before.ending_at(_MONTH_BEFORE, quantity.start)
            or before.ending_at(_AGE_OF_BEFORE, quantity.start)
            or sentence[quantity.start:quantity.end] == "0"  # a gallery counter, never "0 killed"
        ):
            continue
        finding = _bind(before, quantity, compiled) or _share(sentence, quantity, findings)
        if finding and _YEAR.fullmatch(sentence[quantity.start:quantity.end]) and not finding.noun:
            continue
        if finding:
            finding = _with_companion(before, _trimmed(sentence, finding), compiled, quantity)
            finding = _with_other_degree(sentence, finding, claimed)
            # "nine more bodies were found": bodies, though "more" stood where a subject's noun stands
            if finding.slot == "killed" and finding.noun in (None, "more") and _BODIES.search(sentence, finding.start, finding.end):
                finding = replace(finding, noun="bodies")
            findings.append(_with_subgroups(sentence, finding, compiled))
            claimed.append((finding.start, finding.end))
    findings.extend(implicit_figures(sentence, claimed))
    findings = _with_fatal_parts(sentence, findings, quantities)
    findings.extend(_wounded_among_casualties(sentence, findings))
    findings.extend(_no_casualties(sentence, findings))
    findings = _dead_among_the_wounded(sentence, _harmed_among_the_dead(sentence, findings))
    findings = _updated_together(sentence, findings)
    findings = _without_the_rise(_without_the_superseded(sentence, _not_retracted(sentence, _not_missing(sentence, _denied(sentence, findings, compiled["denied_subject"])))))
    findings = [_along_with(sentence, _trimmed(sentence, f), compiled["victim_item"]) for f in findings]
    return _additional(sentence, _before_his_own(sentence, findings))


# "a rampage that left seven people dead before the gunman killed himself", "7 slain by a gunman who then
# killed himself": the dead told before the killer's own death, in the same clause run
_BEFORE_THEN = re.compile(r"^[^.;]*?\b(?:before|then)\b[^.;]*$", re.IGNORECASE)


def _before_his_own(sentence: str, findings: list[Finding]) -> list[Finding]:
    """Marks the dead a sentence counts by number before it tells that their killer then killed himself (or was
    killed): he is not among them, so framing adds his death to theirs."""
    suicides = [f.start for f in findings if f.basis == "suicide"]
    if not suicides:
        return findings
    return [replace(f, before_his_own=True)
            if f.slot == "killed" and f.basis == "explicit" and any(
                start >= f.end and _BEFORE_THEN.match(sentence[f.end:start]) for start in suicides)
            else f
            for f in findings]


_ALONG_WITH = re.compile(r",?\s+along\s+with\s+", re.IGNORECASE)


def _along_with(sentence: str, finding: Finding, items: re.Pattern[str]) -> Finding:
    """"Four children were shot dead along with their mother", "Fields was dead along with his two stepsons",
    "the mother who was shot, along with her four-year-old son": the people harmed with those a figure counts,
    told after its verb, are more of them."""
    if finding.basis == "negated" or not finding.value or finding.slot not in ("killed", "injured", "shot"):
        return finding
    along = _ALONG_WITH.match(sentence, finding.end)
    item = items.match(sentence, along.end()) if along else None
    if item is None:
        return finding
    return replace(_plus(finding, people_counted(item, 1) or 1), end=item.end())


_SHARE_VICTIMS = r"\s+(?:(?:people|civilians|children|others|of\s+them)\s+)?(?:(?:killed|dead|wounded|injured)\s+)?"
_ABOUT = r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?"
_NUMBER = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|dozens?|scores|hundreds)"
# "killed five people in eastern Ukraine: three in Kharkiv and two in Zaporizhzhia", "killed seven in the Donetsk
# region - four in Pokrovsk and three in Kostiantynivka": a toll a colon or a dash breaks down by town is the sum of
# the towns' own incidents (``pipeline`` reads the toll before it as an aggregate)
BREAKDOWN_BY_PLACE = re.compile(
    r"(?<!\s)\s*(?::|\s?[—–]|\s-)\s*(?=" + _ABOUT + _NUMBER + r"(?:-[a-z]+)?" + _SHARE_VICTIMS + r"in\s+(?-i:[A-Z]))", re.IGNORECASE)
_BREAKDOWN_BEFORE = re.compile(r"(?::|\s?[—–]|\s-)\s*" + _ABOUT + "$", re.IGNORECASE)
_NEXT_IN_BREAKDOWN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)" + _ABOUT + "$", re.IGNORECASE)
# "killed at least 11 people across Ukraine, including four in a missile attack on a hospital in Kyiv":
# the share one attack took of a toll told before it is a figure of its own (``pipeline._clauses`` cuts
# the sentence there), not a breakdown of the victims ("including four children")
SHARE_OF_TOLL = re.compile(r"[,;]\s*(?:including|among\s+them)\b|" + BREAKDOWN_BY_PLACE.pattern, re.IGNORECASE)
_SHARE_BEFORE = re.compile(r"[,;]\s*(?:including|among\s+them)\s+" + _ABOUT + "$", re.IGNORECASE)
_SHARE_AFTER = re.compile(
    _SHARE_VICTIMS + r"(?:in|at)\s+(?:a|an|one|the|another|a\s+single)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attack|strike|airstrike|air\s+strike|raid|air\s+raid|bombing|shelling|bombardment|explosion|blast|ambush|assault)s?\b",
    re.IGNORECASE)
# "Russian attacks killed 11 across Ukraine, including four in Kyiv": of a toll told across an area, a town's share
# is that town's incident ("including four in the Donetsk region" stays a breakdown of the toll)
_SHARE_IN_A_TOWN = re.compile(
    _SHARE_VICTIMS + r"in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\b"
    r"(?!\s+(?:(?-i:[A-Z])|(?:region|oblast|province|state|governorate|district|county|area|provinces|regions|states)\b))", re.IGNORECASE)
# "killed 32 across Gaza, including 12 in a school sheltering displaced families", "... among them six at a market
# in Kharkiv": of a toll told across an area, the share taken at one site a strike hits is that strike's incident
_SHARE_AT_A_SITE = re.compile(
    _SHARE_VICTIMS + r"(?:in|at|inside|near)\s+(?:a|an|one|the|another|a\s+single)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:school|kindergarten|hospital|clinic|market(?:place)?|bazaar|mosque|church|camp|shelter|tent|house|home|building"
    r"|apartment\s+block|caf[eé]|restaurant|hotel|bakery|shop|supermarket|mall|station|(?:aid\s+)?distribution\s+(?:site|point|cent(?:er|re)))s?\b",
    re.IGNORECASE)
_ACROSS_AN_AREA = re.compile(r"\b(?:across|throughout|nationwide|all\s+over)\b", re.IGNORECASE)
_SHARE_REACH = len(", including more than ")


def _share(sentence: str, quantity: Quantity, findings: list[Finding]) -> Finding | None:
    """The share of the last figure one attack took ("..., including 14 in a strike on a school"), or one town
    or one site took of a toll across an area ("..., among them 12 in Rafah", "including 12 in a school"), in its slot."""
    told = findings[-1] if findings else None
    if told is None or told.basis != "explicit":
        return None
    if _in_a_breakdown(sentence, quantity, findings):
        town = _SHARE_IN_A_TOWN.match(sentence, quantity.end)
        return _finding(quantity, told.slot, quantity.start, town.end(), None) if town else None
    if not _SHARE_BEFORE.search(sentence[max(told.end, quantity.start - _SHARE_REACH):quantity.start]):
        return None
    after = _SHARE_AFTER.match(sentence, quantity.end) or (
        _ACROSS_AN_AREA.search(sentence, 0, quantity.start)
        and (_SHARE_IN_A_TOWN.match(sentence, quantity.end) or _SHARE_AT_A_SITE.match(sentence, quantity.end)))
    return _finding(quantity, told.slot, quantity.start, after.end(), None) if after else None


def _in_a_breakdown(sentence: str, quantity: Quantity, findings: list[Finding]) -> bool:
    """Whether ``quantity`` opens a breakdown by town of the last toll told ("...: three in Kharkiv"), or is the next
    town's share after those before it ("...: seven in Dnipro, three in Kryvyi Rih and one in Pavlohrad")."""
    start = quantity.start
    for told in reversed(findings):
        if _BREAKDOWN_BEFORE.search(sentence, max(told.end, start - _SHARE_REACH), start):
            return True
        if told.noun is not None or not _NEXT_IN_BREAKDOWN.fullmatch(sentence, told.end, start):
            return False
        start = told.start
    return False


_AMONG_CASUALTIES = re.compile(r"\s*(?:[,;]\s*|\s)(?:including|among\s+them|of\s+(?:them|whom))\s+(?:at\s+least\s+)?$", re.IGNORECASE)
# "caused 14 casualties, three of them fatally", "9 casualties, 2 of them fatal": the dead told as a part of the
# casualties right after them
_PART_OF_CASUALTIES = re.compile(r"\s*[,;]?\s*$")
_OF_THEM_AFTER = re.compile(r"[\w-]+\s+of\s+(?:them|whom)\b", re.IGNORECASE)
_AMONG_REACH = len(" in the strike on the city, including at least ")


# "left 9 casualties, 2 of them fatal": the dead a casualty toll counts among it; only a casualty toll makes "of them
# fatal" the dead ("12 shootings this year, three of them fatal" are shootings)
_FATAL_PART = re.compile(r"\s*[,;]\s*(?P<part>[\w-]+)\s+of\s+(?:them|whom)\s+(?:were\s+)?fatal\b", re.IGNORECASE)


def _with_fatal_parts(sentence: str, findings: list[Finding], quantities: list[Quantity]) -> list[Finding]:
    """``findings`` with the dead told as a part of a casualty toll right after it."""
    told: list[Finding] = []
    for finding in findings:
        told.append(finding)
        part = _FATAL_PART.match(sentence, finding.end) if finding.slot == "casualties" else None
        quantity = next((q for q in quantities if q.start == part.start("part")), None) if part else None
        if quantity:
            told.append(_finding(quantity, "killed", quantity.start, part.end(), None))
    return told


def _wounded_among_casualties(sentence: str, findings: list[Finding]) -> list[Finding]:
    """The wounded a casualty toll leaves beside the dead it includes ("the number of victims rose to 22,
    including four dead": 18 wounded; "left 30 casualties, among them five killed": 25), where the sentence
    gives no wounded of its own: casualties are the dead and the wounded together (DESIGN.md)."""
    if any(f.slot in ("injured", "shot") for f in findings):
        return []
    for toll, dead in zip(findings, findings[1:]):
        if (toll.slot == "casualties" and dead.slot == "killed" and toll.qualifier == dead.qualifier == "exact"
                and toll.value > dead.value and dead.start - toll.end <= _AMONG_REACH
                and (_AMONG_CASUALTIES.search(sentence, toll.end, dead.start)
                     or _PART_OF_CASUALTIES.match(sentence, toll.end, dead.start) and _OF_THEM_AFTER.match(sentence, dead.start))):
            wounded = toll.value - dead.value
            return [replace(toll, slot="injured", value=wounded, low=wounded, best=wounded, high=wounded, end=dead.end,
                            children=None, civilians=None, military=None, noun=None)]
    return []


# "No casualties were reported", "there were no casualties", "caused no immediate casualties", "no injuries or casualties"
_NO_CASUALTIES = re.compile(r"\bno\s+(?:(?:other|reported|immediate|human)\s+)?(?:(?:injuries|deaths)\s+or\s+)?casualties\b", re.IGNORECASE)
# A denial for one group only: "no casualties were reported among civilians", "no casualties on the Ukrainian side",
# "no casualties in the ranks of the army", "the militants suffered no casualties"
_AMONG_A_GROUP = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:(?:reported|recorded)\s+)?"
                            r"(?:among\b|on\s+(?:the|their|our|its|either|both)\s+(?:[\w-]+\s+){0,2}sides?\b|in\s+(?:the|their|our|its)\s+ranks\b)",
                            re.IGNORECASE)
_SUFFERED = re.compile(r"\b(?:suffered|sustained|incurred)\s+$", re.IGNORECASE)


def _no_casualties(sentence: str, findings: list[Finding]) -> list[Finding]:
    """No one killed and no one wounded where a sentence denies any casualty: casualties are the dead and the wounded
    together (DESIGN.md), so "no casualties were reported" tells both, where the sentence counts no one otherwise
    ("no injuries or casualties": the dead too). A denial for one group (``_AMONG_A_GROUP``, ``_SUFFERED``) leaves
    the others harmed untold, not none."""
    denial = next((m for m in _NO_CASUALTIES.finditer(sentence) if not _AMONG_A_GROUP.match(sentence, m.end())
                   and not _SUFFERED.search(sentence, 0, m.start())), None)
    told = {f.slot for f in findings if f.basis != "negated"}
    if denial is None or told & {"killed", "injured", "shot", "casualties"}:
        return []
    denied = {f.slot for f in findings}
    return [stated(slot, 0, denial.span(), "negated", None) for slot in ("killed", "injured") if slot not in denied]


def _denied(sentence: str, findings: list[Finding], denied_subject: re.Pattern[str]) -> list[Finding]:
    """Figures inside a denied subject ("Neither Melissa, Chris nor their three children were injured";
    lexicon's ``denied_subject``) count no one."""
    if not findings:
        return findings
    denials = [m.span() for m in denied_subject.finditer(sentence)]
    return [_negated(f) if f.basis != "negated" and any(start < f.start and f.end <= end for start, end in denials) else f
            for f in findings]


def _negated(finding: Finding) -> Finding:
    """``finding`` denied ("two children ... were not injured", "neither of the three men was hurt"): it counts no one."""
    return replace(finding, value=0, qualifier="exact", low=0, best=0, high=0, children=None, basis="negated")


def _not_retracted(sentence: str, findings: list[Finding]) -> list[Finding]:
    """Without the dead the sentence says were reported wrongly (``_RETRACTED``): the victim lived; nor those
    it says died of an illness (``_NATURAL_DEATH``, right after the death told): no one killed them."""
    if not any(f.slot == "killed" for f in findings):
        return findings
    wrong = [(m.start(), m.end()) for m in _RETRACTED.finditer(sentence)]
    return [f for f in findings if f.slot != "killed" or not (
        any(f.start < end and start < f.end for start, end in wrong) or _NATURAL_DEATH.match(sentence, f.end))]


# "the bodies of five others remain under the rubble", "rescuers pulled out three people still trapped under the
# rubble alive": the dead found and the living brought out under the rubble are no one missing
_FOUND_BEFORE = re.compile(
    r"\b(?:(?:bodies|remains|corpses)\s+of|rescued|pulled\s+out|dug\s+out|freed|saved|brought\s+out|extracted)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE)
_ALIVE_AFTER = re.compile(r"\s+(?:still\s+)?alive\b", re.IGNORECASE)
_FOUND_REACH = len("the bodies of the other ")


def _not_missing(sentence: str, findings: list[Finding]) -> list[Finding]:
    """Without the "missing" the sentence tells were found, dead or alive (``_FOUND_BEFORE``, ``_ALIVE_AFTER``)."""
    return [f for f in findings if f.slot != "missing" or not (
        _FOUND_BEFORE.search(sentence, max(0, f.start - _FOUND_REACH), f.start) or _ALIVE_AFTER.match(sentence, f.end))]


# "revising an earlier toll of 20", "up from a previous toll of 12", "earlier reports had put the toll at four",
# "officials initially put the death toll at 12": a toll the sentence says was superseded
_SUPERSEDED = re.compile(
    r"\b(?:earlier|previous|prior|initial|original|former|old)\s+(?:death\s+|casualty\s+)?$"
    r"|\b(?:earlier|initially|previously|first)\b[^.;,]{0,30}?\b(?:put|gave|given|set|placed)\s+(?:the\s+)?(?:death\s+)?$",
    re.IGNORECASE)


def _without_the_superseded(sentence: str, findings: list[Finding]) -> list[Finding]:
    """"At least 32 people were killed ..., revising an earlier toll of 20": the earlier toll is no figure of
    the attack where the sentence tells another of its slot. Alone ("an initial toll of 12", "earlier reports had put
    the toll at four") it is kept, marked, for framing to weigh against the figures other sentences give."""
    superseded = [f for f in findings if f.basis == "update" and _SUPERSEDED.search(sentence, max(0, f.start - 40), f.start)]
    return [replace(f, superseded=True) if f in superseded else f for f in findings
            if f not in superseded or not any(o.slot == f.slot and o not in superseded for o in findings)]


# what may stand between a toll update's figure and the next figure it gives: its own noun ("two dead"), a comma
# or "and" or "with"
_JOINED = re.compile(r"(?:\s+[\w-]+){0,2}?\s*(?:,\s*(?:and\s+|with\s+)?|\s+(?:and|with)\s+)")
# where the figure joined to it ends its clause, as the update's own does ("two dead and 21 injured.", "26 dead and 40
# wounded, a local official said", "... and 21 injured on Monday"); one the clause goes on telling of ("and 12 injured
# remain in hospital", "with 25 wounded discharged") is news of its own
_UPDATE_ENDS = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:on|in|at|after|by|as|when|during|according|since)\b")


def _updated_together(sentence: str, findings: list[Finding]) -> list[Finding]:
    """"The toll was later revised to two dead and 21 injured", "the toll stands at 26 dead and 40 wounded": a
    figure of another slot joined to a toll update is that update's too, so it too stands above the figures told
    before it."""
    updated = list(findings)
    for i, finding in enumerate(updated[1:], 1):
        first = updated[i - 1]
        if (finding.basis == "explicit" and first.basis == "update" and finding.slot != first.slot
                and _JOINED.fullmatch(sentence, first.end, finding.start)
                and _UPDATE_ENDS.match(sentence, finding.end)):
            updated[i] = replace(finding, basis="update")
    return updated


def _without_the_rise(findings: list[Finding]) -> list[Finding]:
    """"The toll has risen to 12 after three wounded villagers died overnight", "climbed to 27, including
    seven who died": dead told after a toll update in its sentence are how it rose, not more dead."""
    updated = {f.slot: f.start for f in findings if f.basis == "update"}
    if not updated:
        return findings
    return [f for f in findings if f.basis == "update" or f.slot not in updated or f.start < updated[f.slot]]


def _trimmed(sentence: str, finding: Finding) -> Finding:
    """Evidence ends at its last word, not at the space a pattern took after it (found by
    stepping back from its end: copying the sentence up to it cost its length for each figure)."""
    end = finding.end
    while end > 0 and sentence[end - 1].isspace():
        end -= 1
    return finding if end == finding.end else replace(finding, end=end)


def _is_identifier(before: Lookback, quantity: Quantity) -> bool:
    """Five or more bare digits are a phone number, a case number or an id, not a toll; so is
    a number called ("called 911 after her son was shot") or told as a call ("a 911 call")."""
    sentence = before.sentence
    return bool(re.fullmatch(r"\d{5,}", sentence[quantity.start:quantity.end])
                or before.ending_at(_DIALLED_BEFORE, quantity.start) or _CALL_AFTER.match(sentence, quantity.end))


_DIALLED_BEFORE = backward(r"\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?)", r"\s+", re.IGNORECASE)
_CALL_AFTER = re.compile(r"\s+(?:call|caller|dispatch|operator|center|centre|line)\b", re.IGNORECASE)


_AGE_LIST = re.compile(AGE_LIST, re.IGNORECASE)


_AGE_BOUND = re.compile(AGE_BOUND, re.IGNORECASE)
# the words one of which every ``AGE_BOUND`` holds, none with a letter that ``re.IGNORECASE`` equates with another
# character than its capital ("ſ", "ı", the Kelvin sign): found in the lower-cased sentence, or the bound is not there
_AGE_BOUND_WORDS = ("under", "below", "over", "above", "than")
_LAST_WORD = re.compile(r"([\w'-]+)\s*$")


def _age_lists(sentence: str) -> list[tuple[int, int]]:
    """Where "ages 17, 18 and 22" stands, or the bound of a person's age ("a boy under 10", "children under the
    age of 15"): every number in it is an age. Each pattern is searched only where its words are (it begins with
    white space, so the engine would try it at every space of the sentence)."""
    lowered = sentence.lower()
    lists = [m.span() for m in _AGE_LIST.finditer(sentence)] if "age" in lowered else []
    if not any(word in lowered for word in _AGE_BOUND_WORDS):
        return lists
    return lists + [m.span() for m in _AGE_BOUND.finditer(sentence) if _after_a_person(sentence, m.start())]


def _after_a_person(sentence: str, start: int) -> bool:
    """Whether the word before ``start`` names people ("a boy", "six children"), so a bound after it is their age."""
    word = _LAST_WORD.search(sentence, max(0, start - 30), start)
    return bool(word) and is_person_noun(word.group(1))


# "A child under the age of 10 was killed", "69 children under the age of 15 died": the bound of an age, no toll
_AGE_OF_BEFORE = backward(r"\bages?", r"\s+of\s+", re.IGNORECASE)
# a month's name or its abbreviation, whole ("Jan. 24", "March 3"; "martyred three" and "decades" are no months)
_MONTH_BEFORE = backward(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)",
    r"\b\.?\s*", re.IGNORECASE)
_AGE_BEFORE = backward(r"(?:[A-Za-z]\.?\s*,|\()", r"\s*")  # "Holt, Jr., 27, died": after a name's suffix too
_AGE_AFTER = re.compile(r"\s*[,)]")


def _is_age(before: Lookback, quantity: Quantity) -> bool:
    """"Aaron Fike, 27, was killed" and "Jane Doe (27)": an age in apposition, not a toll."""
    return (
        quantity.qualifier == "exact"
        and bool(_AGE_AFTER.match(before.sentence, quantity.end))  # the cheaper test first
        and bool(before.ending_at(_AGE_BEFORE, quantity.start))
    )


# "five members of the same family were killed", "nine members of the Abu Jarad family were wounded", "four members
# of the security forces were killed": the family or the body the counted people belong to, between them and their
# verb (a body's name ends where a verb follows it)
_KIN = re.compile(
    r"^\s+(?:[\w'-]+\s+)?members(\s+of\s+(?:(?:the\s+same|one|a|an|the|their|his|her)\s+(?:[\w'-]+\s+){0,3}?famil(?:y|ies)\b"
    r"|(?:the|an?)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+(?=\s+(?:were|was|died|ha(?:ve|d)\s+been)\b)))",
    re.IGNORECASE,
)


def _kin_blanked(after: str) -> str:
    """``after`` with the family its counted members belong to blanked out, offsets kept."""
    kin = _KIN.match(after)
    return after if not kin else after[:kin.start(1)] + " " * len(kin.group(1)) + after[kin.end(1):]


_PARTITIVE = re.compile(r"\s*of\s", re.IGNORECASE)  # "one of the five people", "two of them"


# A table flattened into text ("Casualties: Killed 3 Injured 17", "Key figures: Killed: 25; Injured: 61"): a
# capitalised column label before its number, after a colon, a semicolon or the column before (its label and
# number): not after any number, or a title-case headline's wounded ("2 Dead 3 Injured In ...") would be its dead
_COLUMN_LABEL = r"(?:Killed|Dead|Deaths|Fatalities|Injured|Wounded|Injuries)"
_TABLE_LABEL = re.compile(
    rf"(?:[:;|]\s*|{_COLUMN_LABEL}\s*:?\s*\d[\d,]*\s+)"
    r"(?:(?P<killed>Killed|Dead|Deaths|Fatalities)|(?P<injured>Injured|Wounded|Injuries))\s*:?\s*$")


def _table_cell(sentence: str, quantity: Quantity) -> Finding | None:
    """The figure of a column whose label stands before it, as flash updates flatten their tables."""
    window = max(0, quantity.start - 40)
    label = _TABLE_LABEL.search(sentence, window, quantity.start)
    if label is None:
        return None
    return _finding(quantity, label.lastgroup, label.start(label.lastgroup), quantity.end, None)


# a casualty toll's figure told with its slot and the other slot's after it ("rose to 12 dead and 40 injured")
_SPLIT_TOLL = re.compile(
    rf"\s+(?:people\s+)?(?:(?P<killed>killed|dead)|(?P<injured>injured|wounded))\s*,?\s+and\s+{_NUMBER}\b", re.IGNORECASE)


# the dead told by their bodies before their number ("the bodies of at least 12 people")
_BODIES_OF = re.compile(r"\b(?:bodies|remains|corpses)\s+of\s+(?:(?:the|some|at\s+least|about|around|nearly|over|more\s+than)\s+)*$",
                        re.IGNORECASE)


def _bind(before: Lookback, quantity: Quantity, patterns) -> Finding | None:
    sentence = before.sentence
    if cell := _table_cell(sentence, quantity):
        return cell
    after = sentence[quantity.end:]
    subject = patterns["subject"].match(_kin_blanked(after))
    toll = before.ending_at(patterns["toll_before"], quantity.start)
    if subject and toll:  # "the death toll has risen to 14 after three more victims died": the toll, not its cause
        subject = None
    if subject and slot_of(subject) != "killed" and _BODIES_OF.search(sentence, max(0, quantity.start - 40), quantity.start):
        subject = None  # "the bodies of 12 people were taken to hospitals": the dead, whatever is done with them
    if subject and _acting(subject, after):  # "a pair of gunmen shot six people": the shooters, not victims
        subject = None
    if subject and subject.group("also") and _AUXILIARY.search(subject.group()) and before.ending_at(patterns["active_before"], quantity.start):
        subject = None  # "killed two people and five others were wounded": the first are the verb's object, the others a subject
    if subject and hypothetical(sentence, quantity.start):
        subject = None  # "it is unclear whether any of the six suspects were injured"
    if subject and (subject.group("noun") or "").lower() == "more" and slot_of(subject) == "shot":
        subject = None  # "five more were hurt" are the injured; "16 more were in critical condition" may be of those told
    if subject and not (subject.group("mods") and not subject.group("noun")):
        # "two children ... were not injured"; not an aside ("one of the intruders, who has not been identified, died")
        if _NEGATED.search(subject.group(), max(0, subject.end("apposition"))):
            return _negated(_finding(quantity, slot_of(subject), quantity.start, quantity.end + subject.end(), subject.group("noun")))
        died = _PARTITIVE.match(subject.group()) and DIED_AFTER.match(after, subject.end())
        if died:  # "one of the five people hospitalized after the strike has died": one dead, not one hurt
            return _finding(quantity, "killed", quantity.start, quantity.end + died.end(), subject.group("noun"))
        finding = _finding(quantity, slot_of(subject), quantity.start, quantity.end + subject.end(), subject.group("noun"))
        return _plus(finding, people_counted(subject) or 0)
    if not subject and not toll and (bodies := _bodies_of(sentence, quantity, after)):
        return bodies
    if not subject and not toll and (among := _died_among(patterns, after)):  # "one of five victims in Saturday's shooting died"
        end = among.start("count") if among.group("count") else among.end()
        return _finding(quantity, "killed", quantity.start, quantity.end + len(after[:end].rstrip()), among.group("noun"), basis="implicit")
    if toll:
        slot = slot_of(toll)
        if slot == "casualties" and (split := _SPLIT_TOLL.match(after)):
            slot = split.lastgroup  # "the number of victims has risen to 8 killed and 35 injured": the dead of them
        return _finding(quantity, slot, toll.start(), quantity.end, None, basis="update")
    bringing = before.ending_at(patterns["toll_after_before"], quantity.start)
    toll_after = patterns["toll_after"].match(after) if bringing else None
    if toll_after:
        return _finding(quantity, slot_of(toll_after), bringing.start(), quantity.end + toll_after.end(), None, basis="update")
    manner = _killed_by_manner(before, quantity, after, patterns) or _buried(before, quantity, after)
    if manner:
        return manner
    active = before.ending_at(patterns["active_before"], quantity.start)
    if active and _AGES_AFTER_COPULA.search(active.group()) and _AGES_AFTER.match(after):
        active = None  # "the children killed in the shooting were 9 and 10 years old": their ages, not a toll
    if active and not hypothetical(sentence, active.start()):
        slot = slot_of(active)
        verb = active.group().strip().lower()
        if verb.startswith(_SENDING):
            return _sent(quantity, active.start(), after, patterns) or _nominal(before, quantity, after, patterns)
        obj = patterns["dead_object_after" if slot == "killed" else "object_after"].match(after) or _caught_up(slot, after, patterns)
        if obj and verb.startswith(_NEUTRALISING) and (obj.group("noun") or "").lower() not in _armed_nouns():
            return None  # an army's "neutralised 9 terrorists" are dead; police who "neutralized two suspects" stopped them
        if obj and verb.startswith(("left", "leaving")):
            state = patterns["left_state"].match(after)
            if not state:
                return None
            return _finding(quantity, slot_of(state), active.start(), quantity.end + state.end(), obj.group("noun"))
        if obj:
            also, more = _object_more(quantity, obj, after, patterns)
            noun = obj.group("noun") or _partitive_noun(after[obj.end():])
            finding = _finding(quantity, slot, active.start(), quantity.end + (also.end() if more else obj.end()), noun)
            return _plus(finding, more)
    return _nominal(before, quantity, after, patterns)


# "Killed were 12 people", "the dead numbered 7": the harm told before its copula and its number (casualty_terms.json
# 'active'); a second number right after the first ("were 9 and 10", "were 23, 25 and 31") or an age's words ("were
# 16 or younger", "were 17 years old") tell ages
_AGES_AFTER_COPULA = re.compile(r"\b(?:were|are)\s*$", re.IGNORECASE)
_AGES_AFTER = re.compile(r"\s*(?:(?:,|and|or|&)\s*\d|or\s+(?:younger|older|under|over)\b|years?\b|-year)", re.IGNORECASE)


def _object_more(quantity: Quantity, obj: re.Match[str], after: str, patterns) -> tuple[re.Match[str] | None, int]:
    """The people listed after an active verb's first object and how many more they add ("killed 4 soldiers, 2
    policemen and 6 civilians": 8 more). A list that breaks the first object down adds none ("killed two people, a
    man and a woman", "12 people, 2 soldiers and 10 civilians"): its head is people or victims, or its entries sum
    to the head's number; only what "and" adds right after the object counts, as before lists were read."""
    if not obj.group("noun"):
        return None, 0
    listed_end, listed = _listed_between(after, obj.end(), patterns)
    also = patterns["object_also"].match(after, listed_end)
    last = people_counted(also) or 0 if also else 0
    if listed and (listed + last == quantity.value or obj.group("noun").lower() in _apposition_heads()):
        also = patterns["object_also"].match(after, obj.end())
        return also, people_counted(also) or 0 if also else 0
    return also, last + listed if last else 0


_NEUTRALISING = ("neutralis", "neutraliz")


@cache
def _armed_nouns() -> frozenset[str]:
    """The armed side of a clash, the only people an army's "neutralised" counts dead (casualty_terms.json)."""
    return frozenset(table("casualty_terms")["clash_sides"]["armed"])


@cache
def _apposition_heads() -> frozenset[str]:
    """The nouns that name people of any kind, so that a list after them breaks them down (casualty_terms.json)."""
    return frozenset(table("casualty_terms")["apposition_heads"])


def _listed_between(after: str, start: int, patterns) -> tuple[int, int]:
    """Where the middle of a list of the people an active verb takes ends, and how many it counts ("killed 4
    soldiers, 2 policemen and 6 civilians": the 2 policemen); the list's last entry, after "and", is read apart."""
    middle = patterns["object_listed"].match(after, start)
    return middle.end(), sum(people_counted(item) or 0 for item in patterns["listed_item"].finditer(after, start, middle.end()))


def _bodies_of(sentence: str, quantity: Quantity, after: str) -> Finding | None:
    """The dead told as the bodies of a number of people, whatever was done with them ("the bodies of at least 15
    victims were recovered", "were pulled from the rubble"): as many dead as there are bodies, with the qualifier
    the number has (lexicon's ``death_of`` reads the number only where nothing stands between "of" and it)."""
    bodies = _BODIES_OF.search(sentence, max(0, quantity.start - 40), quantity.start)
    words = _BODIES_NOUN.match(after) if bodies else None
    noun = next((word for word in words.group().split() if is_person_noun(word)), None) if words else None
    if noun is None:
        return None
    return _finding(quantity, "killed", bodies.start(), quantity.end + words.end(), noun, basis="implicit")


_BODIES_NOUN = re.compile(r"(?:\s+[\w'-]+){1,3}")  # "15 victims", "12 Palestinian civilians"


def _died_among(patterns, after: str) -> re.Match[str] | None:
    """The people a number counts some among ("one of five victims", "two of the four people shot"), where those
    some die in the same clause: they are the dead, not all the others. The figure's span ends at the people
    counted among, before their own number ("One of" two men shot), so that it is still read as the people shot;
    and the dead are told as one of them, not as a figure beside them ("a further three"): the figure is implicit."""
    among = patterns["among"].match(after)
    return among if among and DIED_AFTER.match(after, among.end()) else None


def _harmed_among_the_dead(sentence: str, findings: list[Finding]) -> list[Finding]:
    """"One of three teens wounded in Friday's shooting has died": the wounded counted right after the dead told
    as "one of" them are everyone harmed, the dead among them (slot ``shot``, which framing weighs against the
    dead), not the survivors (``_died_among``)."""
    out = list(findings)
    for n, (dead, harmed) in enumerate(zip(findings, findings[1:])):
        if one_of_them(dead, sentence[dead.start:dead.end]) and harmed.slot == "injured" and 0 <= harmed.start - dead.end <= 2:
            out[n + 1] = replace(harmed, slot="shot")
    return out


# "wounding nine, three of whom later died", "14 were injured; one of them later succumbed", "Of the 12 injured, two
# later died": deaths told as some of the wounded just counted, by a partitive or after "of the" wounded
_DIED_OF_THEM = re.compile(r"\w+\s+of\s+(?:them|whom|those)\s+(?:(?:have|has|had|later|since|subsequently|then)\s+)*(?:died|succumbed|passed\s+away)\b",
                          re.IGNORECASE)
_OF_THE_WOUNDED = re.compile(r"\bof\s+(?:the|those|these)\s+$", re.IGNORECASE)
_THEN_DIED = re.compile(r"\w+\s+(?:(?:later|since|subsequently|then)\s+)+(?:died|succumbed|passed\s+away)\b", re.IGNORECASE)


def _dead_among_the_wounded(sentence: str, findings: list[Finding]) -> list[Finding]:
    """The wounded a sentence counts right before it tells that some of them died are the survivors and those dead
    together: "wounded 14 people, two of whom later died" is two dead and twelve wounded. Those dead are more than
    the dead counted before them in the sentence, or than any told before where the wounded are others: "killed three
    villagers and wounded 12 others, two of whom later died" is five dead and ten wounded; after "Two people have died
    after a strike", "The strike wounded 14 people, two of whom later died" tells those two again. "Of the 12 injured,
    two later died" may count again the wounded a sentence before told: they are everyone harmed (slot ``shot``,
    weighed against the dead at framing)."""
    out = list(findings)
    for n, (harmed, dead) in enumerate(zip(findings, findings[1:])):
        if (harmed.slot != "injured" or dead.slot != "killed" or dead.basis != "explicit" or not 0 < dead.value < harmed.value
                or not _CLAUSE_GAP.fullmatch(sentence, harmed.end, dead.start)):
            continue
        told = sentence[dead.start:dead.end]
        if _DIED_OF_THEM.match(told):
            more = (_further(sentence, harmed) or _OTHERS.search(sentence, harmed.start, harmed.end)
                    or any(f.slot == "killed" and f.basis == "explicit" for f in findings[:n]))
            out[n], out[n + 1] = replace(_plus(harmed, -dead.value), children=None), replace(dead, additional=bool(more))
        elif _OF_THE_WOUNDED.search(sentence, 0, harmed.start) and _THEN_DIED.match(told):
            out[n] = replace(harmed, slot="shot")
    return out


_OTHERS = re.compile(r"\bothers?\b", re.IGNORECASE)  # "wounded 12 others", "12 other people were injured"
_CLAUSE_GAP = re.compile(r"[^.;]{0,80}?[,;]\s*(?:and\s+)?")  # "[injured] in the blast in Quetta; [one of them]", ", and "


# "wounding six people caught in the crossfire", "injured three bystanders caught up in the fighting": the wounded
# were caught in the violence, a phrase of their own after the people (not any past participle: beside the wounded
# that moved gva-incidents toll_killed down through a linked report)
_CAUGHT_UP = re.compile(
    r"\s+caught\s+(?:up\s+)?in\s+(?:the\s+|a\s+)?(?:cross-?fire|gunfire|fighting|clashes|shelling|shootout|exchange\s+of\s+fire|violence)\b",
    re.IGNORECASE,
)


def _caught_up(slot: str, after: str, patterns) -> re.Match[str] | None:
    """The wounded an active verb counts before a phrase that says they were caught up in the violence."""
    caught = _CAUGHT_UP.search(after) if slot != "killed" else None
    if not caught:
        return None
    obj = patterns["object_after"].match(after, 0, caught.start())
    return obj if obj and obj.group("noun") and obj.end() == caught.start() else None


def _killed_by_manner(before: Lookback, quantity: Quantity, after: str, patterns) -> Finding | None:
    """"hacked 22 villagers to death", "burning six people alive": the dead told by how they were killed,
    the verb before them and its ending ("to death", "alive") after."""
    verb = before.ending_at(patterns["manner_before"], quantity.start)
    if not verb or hypothetical(before.sentence, verb.start()):
        return None
    obj = patterns["manner_object"].match(after)
    if not obj:
        return None
    finding = _finding(quantity, "killed", verb.start(), quantity.end + obj.end(), obj.group("noun"))
    return _plus(finding, more_told(obj, patterns["victim_item"]))


# "buried 14 victims of Wednesday's strike", "mourners laid to rest the 12 people killed in the raid": the dead a
# funeral counts, told as the victims of the attack it names, are that attack's toll
_BURIED_BEFORE = backward(r"\b(?:buried|burying|bur(?:y|ies)|laid\s+to\s+rest|laying\s+to\s+rest)", r"\s+(?:the\s+)?", re.IGNORECASE)
_VICTIMS_OF = re.compile(
    r"\s+(?:[\w'-]+\s+){0,2}?(?:victims|dead|martyrs|(?:people|civilians|villagers)\s+(?:killed|who\s+(?:were\s+killed|died)))(?=\s+(?:of|in|from)\s)",
    re.IGNORECASE)


def _buried(before: Lookback, quantity: Quantity, after: str) -> Finding | None:
    """The dead a funeral buries, told as victims of an attack ("buried 14 victims of Wednesday's strike")."""
    verb = before.ending_at(_BURIED_BEFORE, quantity.start)
    victims = _VICTIMS_OF.match(after) if verb else None
    return _finding(quantity, "killed", verb.start(), quantity.end + victims.end(), None) if victims else None


# A bare participle with no auxiliary before it ("2 shot", "Five killed in ...") is a headline's passive;
# followed by its own object ("Two men shot six people", "three gunmen shot him") it is the active verb.
_AUXILIARY = re.compile(r"\b(?:were|was|are|is|am|have|has|had|been|being|be|got|get)\b", re.IGNORECASE)
_OBJECT = re.compile(
    r"\s+(?:(?:an?|his|her|their|him|them|several|multiple)\b"
    rf"|(?:one|{TWO_TO_TEN}|\d+)\s+(?!(?:days?|weeks?|months?|years?|hours?|minutes?|times?|nights?|rounds?|shots?)\b))",
    re.IGNORECASE,
)


def _acting(subject: re.Match[str], after: str) -> bool:
    """Whether the people a subject pattern counted are the ones who acted: a bare participle followed by an object."""
    return not _AUXILIARY.search(subject.group()) and bool(_OBJECT.match(after, subject.end()))


def _nominal(before: Lookback, quantity: Quantity, after: str, patterns) -> Finding | None:
    """A counted noun: "one death", "21 fatalities"."""
    nominal = patterns["nominal"].match(after)
    if nominal and quantity.value > 1 and _SINGULAR_NOUN.search(nominal.group()):
        return None
    if nominal:
        if before.ending_at(_WITNESSED, quantity.start) and quantity.qualifier == "exact":
            quantity = replace(quantity, qualifier="at_least", high=None)
        return _finding(quantity, slot_of(nominal), quantity.start, quantity.end + nominal.end(), None)
    return None


_SENDING = ("sent", "sending", "sends")


def _sent(quantity: Quantity, start: int, after: str, patterns) -> Finding | None:
    """"a shooting that sent five people to the hospital": five shot (framing tells the dead among
    them); "killed one man and sent three other people to the hospital" are three beyond the dead.
    Sent anywhere else ("sent two officers to the scene") counts no one."""
    sent = patterns["sent_state"].match(after)
    if not sent:
        return None
    finding = _finding(quantity, "shot", start, quantity.end + sent.end(), sent.group("noun"))
    return replace(finding, additional=True) if re.search(r"\bother\b", sent.group("mods") or "", re.IGNORECASE) else finding


_PARTITIVE_NOUN = re.compile(r"\s*of\s+(?:the|those|these|their|his|her|its)\s+([\w'-]+)(?:\s+([\w'-]+))?", re.IGNORECASE)


def _partitive_noun(after: str) -> str | None:
    """Who "killing six of the attackers" or "12 of the armed men" killed: the people named after "of the", as a noun
    of the figure's own."""
    match = _PARTITIVE_NOUN.match(after)
    return next((word for word in match.groups() if word and is_person_noun(word)), None) if match else None


def _finding(quantity: Quantity, slot: str, start: int, end: int, noun: str | None, basis: str = "explicit") -> Finding:
    noun = (noun or "").lower()
    return Finding(
        slot=slot, value=quantity.value, qualifier=quantity.qualifier,
        low=quantity.low, best=quantity.best, high=quantity.high,
        start=start, end=end, basis=basis, noun=noun or None,
        **groups(noun, quantity.value),
    )


def _additional(sentence: str, findings: list[Finding]) -> list[Finding]:
    """Marks people shot told as "another man was shot", "two others were shot": victims beyond
    those the text already told of, unless the sentence goes on to say they died ("another man
    was taken to the hospital, where he later died"); and dead or injured counted by number as
    "a further three", "another 12", "two more": beyond the dead or injured already counted; and a death
    told without a number as "also" ("German Booker, a customer at the shop, was also killed"): one more."""
    return [
        replace(f, additional=True)
        if f.slot == "killed" and f.basis == "implicit" and _ALSO.search(sentence, f.start, f.end)
        or f.slot == "shot" and _ADDITIONAL.match(sentence, f.start)
        and not any(d.slot == "killed" and d.start > f.start for d in findings)
        or f.slot == "shot" and (_surviving(sentence, f, findings) or _told_alive(sentence, f))
        or f.slot in ("killed", "injured") and f.basis == "explicit" and f.qualifier != "vague" and _further(sentence, f)
        else f
        for f in findings
    ]


def _further(sentence: str, finding: Finding) -> bool:
    """Whether ``finding`` is counted as "a further three", "another 12", "two more"."""
    return bool(_FURTHER.search(sentence, max(0, finding.start - _FURTHER_REACH), finding.end))


# "Kristopher Mora, 20, was grazed and survived", "was also shot in the face but survived": a person shot
# whom the sentence itself tells alive is not one of the dead told before, whoever is named.
_GRAZED = re.compile(r"\bgrazed\b", re.IGNORECASE)
_SURVIVED_AFTER = re.compile(r"[^.;]{0,60}?\b(?:and|but)\s+(?:\w+\s+)?survived\b", re.IGNORECASE)


def _told_alive(sentence: str, finding: Finding) -> bool:
    return bool(_GRAZED.search(sentence, finding.start, finding.end) or _SURVIVED_AFTER.match(sentence, finding.end))


_IN_CARE = re.compile(r"\b(?:condition|hospitals?|medical\s+center|trauma\s+center)\b", re.IGNORECASE)


def _surviving(sentence: str, finding: Finding, findings: list[Finding]) -> bool:
    """"Two are dead and two are in critical condition", "one man was killed and three were taken to
    the hospital": people told in care after the dead of the same sentence are not among them (unless
    the sentence first told everyone shot: "four were shot; one died and three are in stable condition")."""
    before = [d for d in findings if d.end <= finding.start]
    return finding.basis == "explicit" and bool(_IN_CARE.search(sentence, finding.start, finding.end)) and any(
        d.slot == "killed" and d.basis == "explicit" and d.value for d in before) and not any(d.slot == "shot" for d in before)


# "a further three were hospitalised", "injuring another 12", "two more people died of their wounds", "three more
# bodies were found" ("a further" may stand before where a figure's evidence starts). "Two more were found at ..."
# after a total is more often its breakdown than more dead: only deaths told as later, and bodies, are added.
_FURTHER_REACH = len("an additional ")
_FURTHER = re.compile(
    rf"\b(?:a\s+further|another|an\s+additional)\s+{_NUMBER}\b(?!-|\s+(?:of|others?)\b)"
    rf"|\b{_NUMBER}\s+more\s+(?:[\w-]+\s+){{0,2}}?(?:died|have\s+died|had\s+died|succumbed|passed\s+away)\b"
    rf"|\b{_NUMBER}\s+more\s+bodies\b", re.IGNORECASE)


def _with_companion(before: Lookback, finding: Finding, patterns, quantity: Quantity) -> Finding:
    """"she and three others were shot" is four people: the one named first is not among the others;
    so is "a man and three women were shot" (one person told without a number, then those counted,
    together the subject of the verb: not "killed a man and wounded two women", nor "killed Edwards
    and injured three others", whose first person is the object of another verb); so are the people named
    with their ages before those counted ("Lyndon Beharry, 35, Amanda Morris, 29, and their two children")."""
    if finding.basis == "negated" or finding.start != quantity.start:  # "killed a man and wounded three others": objects
        return finding
    named = before.ending_at(patterns["aged_names_before"], finding.start)
    if named and not before.ending_at(patterns["active_before"], named.start()):
        # "Lyndon Beharry, 35, Amanda Morris, 29, and their two children died": the people named as well
        return replace(_plus(finding, len(AGE_AFTER_NAME.findall(named.group()))), start=named.start())
    if finding.noun in ("others", "other"):
        companion = before.ending_at(patterns["companion"], finding.start)
    else:
        companion = finding.noun and before.ending_at(patterns["one_more"], finding.start)
    if not companion or before.ending_at(patterns["active_before"], companion.start()):
        return finding  # "killed a woman and four others were hurt": the woman is the verb's object
    return replace(_plus(finding, 1), start=companion.start())


# "Two soldiers were seriously wounded and three lightly wounded", "wounded four soldiers seriously and six lightly":
# the wounded of the other degree, joined by "and" (not "eight were wounded, three of them critically": a part); the
# noun, where one is told, names people, and a degree with no wound word ends its phrase ("and 15 houses were
# slightly damaged", "and 15 slightly damaged" tell of no wounded)
_OTHER_DEGREE = re.compile(
    rf"\s*,?\s+and\s+(?:another\s+)?(?P<q>{_NUMBER})\s+(?:(?:others?|more)\s+|(?P<noun>[a-z]+)\s+(?=(?:were|was)\s))?"
    rf"(?:(?:were|was)\s+)?(?:(?P<grave>{GRAVELY})|{LIGHTLY})(?:\s+(?:wounded|injured|hurt)\b|\b(?!\s+[a-z]+ed\b))",
    re.IGNORECASE)
# "left four seriously and nine lightly injured": the other degree told before the wound word the two share
_OTHER_DEGREE_BEFORE = re.compile(
    rf"\b(?P<q>{_NUMBER})\s+(?:(?P<noun>[a-z]+)\s+)?(?:(?P<grave>{GRAVELY})|{LIGHTLY})\s*,?\s+and\s+$", re.IGNORECASE)
_GRAVE = re.compile(rf"\b{GRAVELY}\b", re.IGNORECASE)
_LIGHT = re.compile(rf"\b{LIGHTLY}\b", re.IGNORECASE)


def _with_other_degree(sentence: str, finding: Finding, claimed: list[tuple[int, int]]) -> Finding:
    """The wounded told by two degrees of harm, the grave and the light, are one toll: their sum."""
    if finding.slot != "injured" or finding.basis != "explicit" or finding.qualifier == "vague":
        return finding
    window = max(0, finding.start - 60)
    other = _OTHER_DEGREE.match(sentence, finding.end)
    if other is None:
        other = _OTHER_DEGREE_BEFORE.search(sentence[window:finding.start])
        if other is None or any(start <= window + other.start() < end for start, end in claimed):
            return finding
    if other.group("noun") and not is_person_noun(other.group("noun")):
        return finding
    told = sentence[finding.start:finding.end]
    grave = bool(_GRAVE.search(told))
    if grave == bool(other.group("grave")) or not (grave or _LIGHT.search(told)):
        return finding
    more = people_counted(other)
    if not more:
        return finding
    if other.re is _OTHER_DEGREE_BEFORE:
        return replace(_plus(finding, more), start=window + other.start())
    return replace(_plus(finding, more), end=other.end())


def _plus(finding: Finding, more: int) -> Finding:
    """``finding`` counting ``more`` people beside those it counts."""
    if not more:
        return finding
    return replace(finding, value=finding.value + more, low=_add(finding.low, more), best=_add(finding.best, more),
                   high=_add(finding.high, more))


def _add(value: int | None, more: int) -> int | None:
    return None if value is None else value + more


def _with_subgroups(sentence: str, finding: Finding, patterns) -> Finding:
    sub = patterns["subgroup"].match(sentence, finding.end)
    if not sub:
        return finding
    value = people_counted(sub)
    if value is None:
        return finding
    return replace(finding, children=value, end=sub.end())
