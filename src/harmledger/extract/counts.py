"""Casualty figures in one sentence: who was killed, injured, shot or missing, and how many.

Three ways a figure is tied to a casualty word, tried in order for each quantity:

- subject before a passive or adjectival predicate: "at least 16 people were killed",
  "more than 59 injured", "two of them died";
- object after an active verb: "killing about 600 people", "wounded five";
- a counted noun: "one death", "the death toll rose to 21".

Then figures with no number at all: a singular person ("a man was found shot to
death", "a couple was critically injured", "Jenkins was pronounced dead"), a suicide
("before turning the gun on himself"), and negations ("no one was hurt") that
yield 0, never 1. A quantity that no pattern ties to a casualty word ("1,000 people
inside", "a population of 100,000", "62-year-old") is never a count.

``shot`` is its own slot: a person shot may have died, so the frame step decides
whether they count as injured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from harmledger.data import table, word_set
from harmledger.text.numbers import Quantity, find_quantities, parse_number


@dataclass(frozen=True)
class Finding:
    """A casualty figure in a sentence; offsets are relative to the sentence."""

    slot: str
    value: int
    qualifier: str
    low: int | None
    best: int | None
    high: int | None
    start: int
    end: int
    basis: str = "explicit"  # explicit | implicit | victim | negated | update | suicide
    children: int | None = None
    civilians: bool | None = None
    military: bool | None = None
    noun: str | None = None


def _alt(fragments) -> str:
    return "|".join(f.replace(" ", r"\s+") for f in sorted(fragments, key=len, reverse=True))


def _slot_alternation(groups: dict[str, list[str]]) -> str:
    return "|".join(f"(?P<{slot}>{_alt(fragments)})" for slot, fragments in groups.items())


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    terms = table("casualty_terms")
    person = _alt(word_set("person_nouns")) + r"|\d{1,3}-year-olds?"
    aux = (
        r"(?:(?:who|that)\s+(?=(?:were|was|are|is|have|has|had)\b))?"
        r"(?:(?:were|was|are|is|have|has|had|been|being|be|got|get|reportedly|also|later|all|each|both|initially|allegedly|then|not|never|found|discovered)\s+){0,4}"
    )
    adverb = r"(?:(?!fatally)\w+ly\s+)?"
    mods = r"(?-i:(?:[a-z][\w'-]*|[A-Z][a-z]+(?:an|ese|ish|i))\s+){0,3}?"
    passive = _slot_alternation(terms["passive"])
    apposition = r"(?:\s*,[^,]{1,60},|\s+-\s[^-]{1,80}\s-)?"
    place_clause = (
        r"(?:\s+(?:at|in|inside|outside|near|from)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+(?=\s+who\b))?"
        r"(?:\s+who\s+(?!was\b|had\b|has\b|is\b)[^,.;]{1,60}?(?=\s+(?:was|is|has been|had been)\s))?"
    )
    return {
        "subject": re.compile(
            rf"^\s*(?:of\s+(?:them|those|whom|the\s+\w+)\s+)?(?:(?P<mods>{mods})(?P<noun>{person})\b)?"
            rf"{apposition}\s*{aux}{adverb}(?:{passive})\b",
            re.IGNORECASE,
        ),
        "active_before": re.compile(
            rf"\b(?:{_slot_alternation(terms['active'])})\s+(?:an?\s+)?(?:estimated\s+|total\s+of\s+)?$",
            re.IGNORECASE,
        ),
        "object_after": re.compile(
            rf"^\s*(?:(?P<mods>{mods})(?P<noun>{person})\b)?(?:\s+(?:{_alt(terms['left_state']['killed'])}|{_alt(terms['left_state']['injured'])}))?"
            rf"(?=\s*(?:$|[,.;:)\-\"']|(?:and|or|in|on|at|of|who|that|when|while|after|before|during|as|including|inside|near|outside|overnight|yesterday|today|since|with|from|across|along|within|amid|by|last|this|early|late|so|but)\b))",
            re.IGNORECASE,
        ),
        "left_state": re.compile(
            rf"^\s*(?:{mods}(?:{person})\s+)?(?:{_slot_alternation(terms['left_state'])})\b", re.IGNORECASE
        ),
        "nominal": re.compile(
            rf"^\s*(?:(?:{_alt(terms['nominal_modifiers'])})\s+){{0,2}}(?:{_slot_alternation(terms['nominal'])})\b", re.IGNORECASE
        ),
        "toll_before": re.compile(
            rf"\b(?:(?P<killed>{_alt(terms['death_toll'])})|(?P<injured>{_alt(terms['injury_toll'])}))\b"
            rf"[^.;]{{0,40}}?\b(?:rose|rises|risen|climbed|increased|reached|stands|stood|is|was|jumped|hit|of|at|to|now)\s+(?:to\s+|at\s+)?$",
            re.IGNORECASE,
        ),
        "singular": re.compile(
            rf"\b(?P<det>an?\s+(?:second|third|fourth|fifth)|one\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?|a|an|one|another|the|this|that|his|her|their)\s+"
            rf"(?P<mods>(?:[\w'-]+,?\s+){{0,4}}?)(?P<noun>{person})\b{apposition}{place_clause}\s+"
            rf"(?P<aux>(?:who\s+)?(?:was|is|has been|had been|got|became)\s+(?:(?:also|later|then|reportedly|allegedly|initially|found|discovered|left)\s+)?(?P<neg>not\s+|never\s+)?{adverb}(?:{passive})\b"
            rf"|(?P<reduced>(?:found\s+)?(?:shot\s+to\s+death|shot\s+dead|fatally\s+(?:shot|stabbed|wounded)|found\s+dead)\b(?!\s+(?:his|her|their|a|an|the|him|them|\d+|two|three|four)\b))"
            rf"|(?P<reduced_shot>shot(?=\s+(?:while|as|during|in\s+the\s+(?:leg|arm|hand|foot|chest|back|head|shoulder|stomach|neck|face|hip|thigh))\b))"
            rf"|(?:{_alt(['died', 'dies', 'was found dead', 'succumbed', 'suffered', 'sustained', 'received', 'with', 'suffering from', 'who suffered', 'had'])})\b\s*(?:(?:an?|multiple|several|two|three|minor|serious|critical|life-threatening|non-life-threatening|fatal|apparent)\s+)*(?:(?P<wound>{_alt(terms['wound_nouns'])})\b)?)",
            re.IGNORECASE,
        ),
        "named": re.compile(
            rf"(?:^|[^\w,]\s*)(?P<name>(?:[A-Z][a-z'-]+\s+){{0,3}}[A-Z][a-z'-]+|[Hh]e|[Ss]he)(?:,\s*\d{{1,2}},|,\s+of\s+[^,]{{1,40}},)?\s+"
            rf"(?:(?:was|has been|had been|is|remains|remained)\s+(?:(?:also|later|then|reportedly|allegedly|initially|found|discovered|still|now)\s+)?(?P<neg>not\s+|never\s+)?{adverb}(?:{passive})|(?:(?:later|subsequently|then|eventually)\s+)?(?P<died>died|dies|succumbed|passed\s+away)|(?P<wounded>(?:suffered|sustained|received)\s+(?:\w+\s+){0,3}?(?:gunshot|bullet)\s+wounds?))\b",
        ),
        "negation": re.compile(
            rf"\b(?:{_alt(terms['negation']['subject'])})\s+(?:else\s+|of\s+(?:them|the\s+\w+)\s+)?{aux}{adverb}(?:{passive})\b"
            rf"|(?P<noinj>\bno\s+(?:other\s+|reported\s+|serious\s+)?(?:injuries|injured))|(?P<nodeath>\bno\s+(?:deaths|fatalities))",
            re.IGNORECASE,
        ),
        "victim_object": re.compile(
            rf"\b(?:{_alt(terms['victim_verbs'])})\s+(?:his|her|their|a|an|the|one|another)\s+(?:[\w'-]+\s+){{0,3}}?(?:{person})\b(?!'s)",
            re.IGNORECASE,
        ),
        "death_of": re.compile(
            rf"(?<!attempted\s)\b(?:{_alt(terms['death_of'])})\s+of\s+(?:(?P<q>an?|one|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:(?!of\b)[\w'-]+\s+){{0,3}}?(?:(?P<noun>{person})\b|(?=[A-Z]))",
        ),
        "pronoun_object": re.compile(
            rf"\b(?:(?P<killed>{_alt(terms['victim_verbs'])})|(?P<shot>shot|grazed)|(?P<injured>wounded|injured|wounding|injuring))\s+(?:him|her)\b(?=\s*(?:$|[,.;:]|(?:in|on|at|with|and|before|after|during|while|outside|inside|near|multiple|several|once|twice|as)\b))",
            re.IGNORECASE,
        ),
        "left_singular": re.compile(
            rf"\b(?:left|leaving)\s+(?:a|an|one|another)\s+(?:[\w'-]+\s+){{0,3}}?(?:{person})\s+(?:(?P<killed>dead)|(?P<injured>{_alt(terms['left_state']['injured'])}))",
            re.IGNORECASE,
        ),
        "injury_of": re.compile(
            rf"\b(?:(?:{person})'s|[Hh]is|[Hh]er)\s+(?:\w+\s+)?(?:injury|injuries|wounds?)\s+(?:was|were|is|are|appeared|appear|did not appear)\b",
            re.IGNORECASE,
        ),
        "found_dead": re.compile(
            rf"\b(?:found|find|finds|discovered)\s+(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){{0,6}}?dead\b", re.IGNORECASE,
        ),
        "lone_victim": re.compile(
            "|".join(
                f"(?P<{slot}>{'|'.join(fragments).replace('{person}', person)})"
                for slot, fragments in terms["lone_victim"].items() if slot != "_doc"
            ),
            re.IGNORECASE,
        ),
        "pair_subject": re.compile(
            rf"\b(?:a|an|one|the)\s+(?:[\w'-]+\s+){{0,2}}?(?:{person})\s+and\s+(?:a|an|one|the|his|her)\s+(?:[\w'-]+\s+){{0,2}}?(?:{person})\b"
            rf"{apposition}\s+(?:were|have been|had been)\s+(?:(?:both|also|later|reportedly)\s+)?{adverb}(?:{passive})\b",
            re.IGNORECASE,
        ),
        "suicide": re.compile(_alt(terms["suicide"]), re.IGNORECASE),
        "subgroup": re.compile(
            rf",?\s*(?:including|among them|among whom|of whom|most of them)\s+(?P<q>an?|one|\w+|\d+)\s+(?:{mods})?"
            rf"(?P<kids>children|child|kids|kid|boys?|girls?|minors?|teen(?:ager)?s?|infants?|babies|baby|toddlers?)\b",
            re.IGNORECASE,
        ),
    }


def _slot(match: re.Match[str]) -> str:
    return next(name for name, value in match.groupdict().items() if value and name in _SLOTS)


_SINGULAR_NOUN = re.compile(r"(?:death|fatality|body)$", re.IGNORECASE)
_TRIGGER = re.compile(
    r"kill|dead|die|death|wound|injur|hurt|shot|shoot|casualt|missing|bod(?:y|ies)|murder|homicide|sla(?:in|y)"
    r"|fatal|hospital|condition|suicide|li(?:fe|ves)|toll|victim|abduct|kidnap|graz|gunfire|bullet|perish|execut"
    r"|unaccounted|remains|stab|beat|strangl|burn|crush|harm|survive|treated|recover",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_WITNESSED = re.compile(r"\b(?:witnessed|saw|counted|observed|seen)\s+(?:at\s+least\s+)?$", re.IGNORECASE)
_SLOTS = ("casualties", "killed", "injured", "shot", "missing")
_NON_PERSON_AFTER = re.compile(
    r":\d|\.\d|\s*/\s*\d|(?:-|\s)*(?:year|yr|month|week|day|hour|minute|second|time|percent|per\s*cent|%|a\.m|p\.m|o'clock"
    r"|mile|km|kilomet|meter|metre|feet|foot|inch|pound|kg|dollar|round|shot|bullet|block|st\b|nd\b|rd\b|th\b)",
    re.IGNORECASE,
)
_CHILD_NOUNS = {"children", "child", "kids", "kid", "boy", "boys", "girl", "girls", "minors", "minor",
                "infant", "infants", "baby", "babies", "toddler", "toddlers"}
_CIVILIAN_NOUNS = {"civilians", "civilian", "residents", "resident", "villagers", "passengers", "pedestrians"}
_MILITARY_NOUNS = {"soldiers", "soldier", "servicemen", "serviceman", "servicemembers", "troops", "fighters",
                   "militants", "combatants", "rebels", "insurgents", "personnel", "servicewomen"}
_PLURAL_PEOPLE = {"couple": 2, "pair": 2}


def find_counts(sentence: str) -> list[Finding]:
    """Every casualty figure stated in ``sentence``."""
    if not _TRIGGER.search(sentence):
        return []
    patterns = _patterns()
    findings: list[Finding] = []
    claimed: list[tuple[int, int]] = []
    for quantity in find_quantities(sentence):
        if (
            _NON_PERSON_AFTER.match(sentence, quantity.end)
            or _is_identifier(sentence, quantity)
            or _is_age(sentence, quantity)
            or _MONTH_BEFORE.search(sentence, 0, quantity.start)
        ):
            continue
        finding = _bind(sentence, quantity, patterns)
        if finding and _YEAR.fullmatch(sentence[quantity.start:quantity.end]) and not finding.noun:
            continue
        if finding:
            finding = replace(finding, end=len(sentence[:finding.end].rstrip()))
            findings.append(_with_subgroups(sentence, finding, patterns))
            claimed.append((finding.start, finding.end))
    findings.extend(_implicit(sentence, claimed, patterns))
    return findings


def _is_identifier(sentence: str, quantity: Quantity) -> bool:
    """Five or more bare digits are a phone number, a case number or an id, not a toll."""
    return bool(re.fullmatch(r"\d{5,}", sentence[quantity.start:quantity.end]))


_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s*$", re.IGNORECASE
)
_AGE_BEFORE = re.compile(r"(?:[A-Za-z]\s*,|\()\s*$")
_AGE_AFTER = re.compile(r"\s*[,)]")


def _is_age(sentence: str, quantity: Quantity) -> bool:
    """"Aaron Fike, 27, was killed" and "Jane Doe (27)": an age in apposition, not a toll."""
    return (
        quantity.qualifier == "exact"
        and bool(_AGE_BEFORE.search(sentence, 0, quantity.start))
        and bool(_AGE_AFTER.match(sentence, quantity.end))
    )


def _bind(sentence: str, quantity: Quantity, patterns) -> Finding | None:
    after = sentence[quantity.end:]
    before = sentence[:quantity.start]
    subject = patterns["subject"].match(after)
    if subject and not (subject.group("mods") and not subject.group("noun")):
        return _finding(quantity, _slot(subject), quantity.start, quantity.end + subject.end(), subject.group("noun"))
    toll = patterns["toll_before"].search(before)
    if toll:
        slot = "killed" if toll.group("killed") else "injured"
        return _finding(quantity, slot, toll.start(), quantity.end, None, basis="update")
    active = patterns["active_before"].search(before)
    if active:
        slot = _slot(active)
        obj = patterns["object_after"].match(after)
        if obj and active.group().strip().lower().startswith(("left", "leaving")):
            state = patterns["left_state"].match(after)
            if not state:
                return None
            return _finding(quantity, _slot(state), active.start(), quantity.end + state.end(), obj.group("noun"))
        if obj:
            return _finding(quantity, slot, active.start(), quantity.end + obj.end(), obj.group("noun"))
    nominal = patterns["nominal"].match(after)
    if nominal and quantity.value > 1 and _SINGULAR_NOUN.search(nominal.group()):
        return None
    if nominal:
        if _WITNESSED.search(before) and quantity.qualifier == "exact":
            quantity = replace(quantity, qualifier="at_least", high=None)
        return _finding(quantity, _slot(nominal), quantity.start, quantity.end + nominal.end(), None)
    return None


def _finding(quantity: Quantity, slot: str, start: int, end: int, noun: str | None, basis: str = "explicit") -> Finding:
    noun = (noun or "").lower()
    return Finding(
        slot=slot, value=quantity.value, qualifier=quantity.qualifier,
        low=quantity.low, best=quantity.best, high=quantity.high,
        start=start, end=end, basis=basis, noun=noun or None,
        children=quantity.value if noun in _CHILD_NOUNS else None,
        civilians=True if noun in _CIVILIAN_NOUNS else None,
        military=True if noun in _MILITARY_NOUNS else None,
    )


def _with_subgroups(sentence: str, finding: Finding, patterns) -> Finding:
    sub = patterns["subgroup"].match(sentence, finding.end)
    if not sub:
        return finding
    word = sub.group("q").lower()
    value = 1 if word in ("a", "an", "one") else parse_number(word)
    if value is None:
        return finding
    return replace(finding, children=value, end=sub.end())


def _overlaps(span: tuple[int, int], claimed: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in claimed)


def _implicit(sentence: str, claimed: list[tuple[int, int]], patterns) -> list[Finding]:
    """Figures with no number: one person, a couple, a suicide, or a negation."""
    found: list[Finding] = []
    for match in patterns["pair_subject"].finditer(sentence):
        span = (match.start(), match.end())
        if not _overlaps(span, claimed):
            found.append(_implicit_finding(_slot(match), 2, span, "implicit", None))
            claimed.append(span)
    for match in patterns["singular"].finditer(sentence):
        span = (match.start(), match.end())
        if _overlaps(span, claimed):
            continue
        slot = _singular_slot(match)
        if slot is None:
            continue
        det = match.group("det").lower()
        noun = match.group("noun").lower()
        ordinal = parse_number({"second": "two", "third": "three", "fourth": "four", "fifth": "five"}.get(det.split()[-1], ""))
        value = ordinal or _PLURAL_PEOPLE.get(noun, 1)
        if match.group("neg"):
            value = 0
        found.append(_implicit_finding(slot, value, span, "negated" if value == 0 else "implicit", noun))
        claimed.append(span)
    for match in patterns["named"].finditer(sentence):
        span = (match.start("name"), match.end())
        if _overlaps(span, claimed) or match.group("name").lower() in _NOT_NAMES:
            continue
        slot = "killed" if match.group("died") else "shot" if match.group("wounded") else _slot(match)
        value = 0 if match.group("neg") else 1
        found.append(_implicit_finding(slot, value, span, "negated" if value == 0 else "implicit", match.group("name").lower()))
        claimed.append(span)
    for match in patterns["negation"].finditer(sentence):
        span = (match.start(), match.end())
        if _overlaps(span, claimed):
            continue
        slot = "injured" if match.group("noinj") else "killed" if match.group("nodeath") else _slot(match)
        found.append(_implicit_finding(slot, 0, span, "negated", None))
    for match in patterns["victim_object"].finditer(sentence):
        span = (match.start(), match.end())
        if not _overlaps(span, claimed):
            found.append(_implicit_finding("killed", 1, span, "victim", None))
            claimed.append(span)
    for name in ("pronoun_object", "left_singular", "injury_of", "found_dead", "lone_victim"):
        if not _GATES[name].search(sentence):
            continue
        for match in patterns[name].finditer(sentence):
            span = (match.start(), match.end())
            if not _overlaps(span, claimed):
                slot = _slot(match) if match.groupdict() else _DEFAULT_SLOT[name]
                basis = "victim" if slot == "killed" and name == "pronoun_object" else "implicit"
                found.append(_implicit_finding(slot, 1, span, basis, None))
                claimed.append(span)
    for match in patterns["death_of"].finditer(sentence):
        span = (match.start(), match.end())
        value = _death_of_value(match)
        if value and not _overlaps(span, claimed):
            found.append(_implicit_finding("killed", value, span, "implicit", match.group("noun")))
            claimed.append(span)
    for match in patterns["suicide"].finditer(sentence):
        value = 2 if "murder" in match.group().lower() else 1
        found.append(_implicit_finding("killed", value, (match.start(), match.end()), "suicide", None))
    return found


def _death_of_value(match: re.Match[str]) -> int | None:
    """"the deaths of two people" → 2, "the shooting death of a man" / "of John Doe" → 1."""
    word = (match.group("q") or "").lower()
    if word in ("", "a", "an", "one", "the"):
        plural = (match.group("noun") or "").lower().endswith(("s", "men", "children", "people"))
        return None if word == "the" and plural else 1
    return parse_number(word)


# Cheap tests that a pattern can match at all: most sentences skip the costly ones.
_GATES = {
    "pronoun_object": re.compile(r"\b(?:him|her)\b", re.IGNORECASE),
    "left_singular": re.compile(r"\b(?:left|leaving)\b", re.IGNORECASE),
    "injury_of": re.compile(r"'s\s+(?:\w+\s+)?(?:injur|wound)|\b(?:his|her)\s+(?:\w+\s+)?(?:injur|wound)", re.IGNORECASE),
    "found_dead": re.compile(r"\b(?:found|finds?|discovered)\b.*\bdead\b", re.IGNORECASE),
    "lone_victim": re.compile(r"wound|injur|hospital|condition|recover|listed|\bhit\b|struck|grazed|fatal|death|homicide|murder|slay|pronounced|killed|shot", re.IGNORECASE),
}
_DEFAULT_SLOT = {"injury_of": "injured", "found_dead": "killed"}
_NOT_NAMES = {"it", "this", "that", "there", "police", "officials", "authorities"}


def _singular_slot(match: re.Match[str]) -> str | None:
    aux = match.group("aux").lower()
    if match.group("reduced") or aux.startswith(("died", "dies", "was found dead", "succumbed")):
        return "killed"
    if match.group("reduced_shot"):
        return "shot"
    if any(match.group(slot) for slot in _SLOTS if slot in match.groupdict()):
        return _slot(match)
    wound = match.group("wound")
    if not wound:
        return None
    return "shot" if "gun" in wound.lower() or "bullet" in wound.lower() else "injured"


def gender(noun: str | None) -> str | None:
    """"male", "female" or None (a name, "victim", "person": could be anyone)."""
    genders = table("person_gender")
    return next((g for g in ("male", "female") if noun in genders[g]), None)


def _implicit_finding(slot: str, value: int, span: tuple[int, int], basis: str, noun: str | None) -> Finding:
    return Finding(
        slot=slot, value=value, qualifier="exact", low=value, best=value, high=value,
        start=span[0], end=span[1], basis=basis, noun=noun,
        children=value if noun in _CHILD_NOUNS and value else None,
        civilians=True if noun in _CIVILIAN_NOUNS else None,
        military=True if noun in _MILITARY_NOUNS else None,
    )
