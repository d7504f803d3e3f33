"""Casualty figures with no number: one person, a couple, a named victim, a suicide, a negation.

"a man was found shot to death" → killed 1; "a couple was critically injured" →
injured 2; "fatally shot his mother's fiance before turning the gun on himself" →
killed 2; "no one was hurt" and "the mother was not injured" → 0, never 1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from harmledger.data import table
from harmledger.extract.figures import SLOTS, Finding, gender, stated
from harmledger.extract.lexicon import AGE_AFTER_NAME, DIED_WORDS, GATES, LATER, LIST_SEPARATOR, NAME_SEPARATOR, TWO_TO_TEN, patterns, people_counted, slot_of
from harmledger.text.literals import GatedPattern, LiteralScan
from harmledger.text.regex import lower_case_twin
from harmledger.text.numbers import parse_number

_ONLY_SEVERITY = re.compile(r"(?:seriously|critically|badly|severely|gravely|fatally)\b", re.IGNORECASE)
_PLURAL_PEOPLE = {"couple": 2, "pair": 2}
# "a second man was shot", "the second victim is in stable condition": at least that many victims.
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
# "a 4th victim died", "2nd victim dies": the ordinal in digits, read only right before the person noun
# (in "the May 4th shooting victim", "a 3rd grade student", "the 2nd Precinct officer" the digits tell no victims)
_DIGIT_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")
_LATER = re.compile(rf"^{LATER}")  # "later died" is "died"
_AFTER_A_NAME = re.compile(r"[A-Z][a-z'-]+\s+$")  # "Printess Winston the fourth was shot": a name's generation, no ordinal
_DEFAULT_SLOT = {"injury_of": "injured", "found_dead": "killed"}
_WORD = re.compile(r"[\w'-]+")
_NOT_NAMES = {"it", "this", "that", "there", "police", "officials", "authorities"}


# "he could have shot the officers", "it could easily have killed her", "could have resulted in a homicide",
# "threatened to kill her", "attempted first-degree murder of", "bullets that nearly killed him":
# harm that did not happen counts no one; nor does harm only wondered about ("it is unclear whether any of the six
# suspects were injured", "there are no reports that either person was hurt", "unknown if the robbers were hit")
_HYPOTHETICAL = re.compile(
    r"\b(?:(?:could|would|might|may|should|must)\s+(?:\w+ly\s+)?(?:not\s+)?(?:have\s+)?(?:\w+ly\s+)?(?:been\s+)?"
    r"(?:(?:resulted|ended)\s+in\s+|(?:led|lead)\s+to\s+)?"
    r"|(?:nearly|almost)\s+"
    r"|(?:threaten(?:ed|ing|s)?|tr(?:ied|ying|ies)|attempt(?:ed|ing|s)?|want(?:ed|s)?|plann?(?:ed|ing|s)?|intend(?:ed|s)?"
    r"|vow(?:ed|s)?|conspir(?:ed|ing|es)|plot(?:ted|ting|s)?)\s+to\s+(?:\w+\s+(?:and|or)\s+)?"
    r"|attempted\s+(?:(?:first|second|third)[- ]degree\s+)?"
    r"|(?:unclear|unknown|not\s+(?:yet\s+|immediately\s+)?(?:clear|known)|no\s+(?:reports?|indication|sign|word))\s+"
    r"(?:(?:that|if|whether)\s+(?:(?:any|either|none|all)\s+(?:of\s+)?)?(?:the\s+)?)?)$",
    re.IGNORECASE,
)


def _harm_denied(sentence: str, match: re.Match[str]) -> bool:
    """Whether a victim's verb is denied ("the mother was not injured"); "was not seriously injured"
    still says injured: only the severity is denied."""
    return bool(match.group("neg")) and not _ONLY_SEVERITY.match(sentence, match.end("neg"))


def _ordinal(det: str, mods: str) -> int | None:
    """How many victims an ordinal before the person noun tells ("a fourth victim", "4th victim"), if any."""
    words = f"{det} {mods}".lower().split()
    worded = next((_ORDINALS[w] for w in words if w in _ORDINALS), None)
    mod_words = words[len(det.split()):]
    digits = _DIGIT_ORDINAL.fullmatch(mod_words[0]) if len(mod_words) == 1 else None
    return worded or (int(digits.group(1)) if digits and int(digits.group(1)) >= 2 else None)


# "This is the third child in Harris County who has been shot and killed", "Blazier is the second area teen to be
# killed this month": an ordinal after a copula ranks the one victim in a series, it counts no more dead
_COPULA_WORDS = r"\b(?:is|was|became|becomes|marks|marked)\s+"
_COPULA = re.compile(_COPULA_WORDS + r"(?:the\s+)?$", re.IGNORECASE)  # just before the ordinal
_COPULA_IN = re.compile(_COPULA_WORDS + r"the\b", re.IGNORECASE)  # inside the victim's modifiers


def _ranked(sentence: str, match: re.Match[str]) -> bool:
    """Whether the victim's ordinal follows a copula: a rank in a series, not a count of this incident's victims."""
    return bool(_COPULA.search(sentence, max(0, match.start() - 20), match.start()) or _COPULA_IN.search(match.group("mods")))


def hypothetical(sentence: str, start: int) -> bool:
    """Whether the harm told at ``start`` is only threatened, attempted or imagined."""
    return bool(_HYPOTHETICAL.search(sentence, max(0, start - 40), start))


# "the gun went off, striking his cousin in the thigh", "opened fire, hitting the boy in the leg": what a
# round did once fired; "wrestled the gun away before striking him in the head" is a blow
_STRIKING = re.compile(r"(?:striking|hitting|grazing)\b", re.IGNORECASE)
_FIRED = re.compile(r"\b(?:fir(?:ed|es|ing)|discharg\w*|went\s+off|go(?:es)?\s+off|trigger|bullets?|rounds?|gunfire|shots?|shotgun|rifle|pistol|handgun)\b",
                    re.IGNORECASE)


def _struck_by_hand(sentence: str, match: re.Match[str]) -> bool:
    """Whether a participle ("striking", "hitting") tells a blow rather than a round fired before it."""
    return bool(_STRIKING.match(match.group())) and not _FIRED.search(sentence, 0, match.start())


def _overlaps(span: tuple[int, int], claimed: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in claimed)


_TRIED = ("negation", "ordinal_alone", "pair_subject", "named_list", "named_object", "singular", "named", "victim_object", "pronoun_object", "left_singular",
          "injury_of", "found_listed", "found_dead", "lone_victim", "death_of", "suicide")


_LOWERED = ("singular", "injury_of")  # searched over the lower-cased sentence: ``_LoweredSearch``


class _LoweredSearch:
    """``GatedPattern.finditer`` of a case-insensitive pattern, its matches found over the lower-cased text.

    ``re`` cannot skip a case-insensitive branch by its first letter, so "singular" tried its
    person nouns' branches one by one after every "the" and "a"; matched case-sensitively over
    the lower-cased copy (offsets kept, letters equated as ``re.IGNORECASE`` equates them:
    ``lowers_as_ignorecase``) the same pattern, split into the same alternatives, skips them at
    once. Each start found there is matched again by the pattern itself over the text, for the
    groups' own letters: the same match, since at that place both take the same first
    alternative that matches."""

    def __init__(self, gated: GatedPattern):
        self.gated = gated
        self.pattern = gated.pattern  # read as a GatedPattern's: the pattern whose matches it gives
        self.literals = gated.literals
        pattern = gated.pattern
        lowered = lower_case_twin(pattern.pattern) if pattern.flags & re.IGNORECASE else None
        self._lowered = None
        if lowered:
            self._lowered = GatedPattern(re.compile(lowered, pattern.flags & ~re.IGNORECASE))
            assert self._lowered.literals == gated.literals, pattern.pattern  # the same words asked for

    def finditer(self, text: str, present: frozenset[str] | None) -> Iterator[re.Match[str]]:
        """``present``: as ``GatedPattern.finditer`` takes it (None where lower-casing would not equate the letters)."""
        if present is None or self._lowered is None:
            return self.gated.finditer(text, present)
        return (self.gated.pattern.match(text, found.start()) for found in self._lowered.finditer(text.lower(), present))


class _Tried:
    """The patterns ``implicit_figures`` tries, and the ``GATES`` some must pass first, each only
    where the words it needs are: one scan of the sentence for all their literals, then only the
    alternatives whose literals it holds (``text.literals``); most sentences hold none of
    "homicide", "hospital", "succumbed"."""

    def __init__(self) -> None:
        compiled = patterns()
        self.gated = {name: GatedPattern(compiled[name]) for name in _TRIED}
        for name in _LOWERED:
            self.gated[name] = _LoweredSearch(self.gated[name])
        self.gates = {name: GatedPattern(gate.pattern) for name, gate in GATES.items()}
        self.items = compiled["victim_item"]
        self.more = compiled["more_victims"]
        self.listed = compiled["listed_person"]
        self.names = compiled["names_listed"]
        self.scan = LiteralScan(literal for gated in [*self.gated.values(), *self.gates.values()] for literal in gated.literals)


_tried = cache(_Tried)  # built once, like ``lexicon.patterns()``


def implicit_figures(sentence: str, claimed: list[tuple[int, int]]) -> list[Finding]:
    """Figures with no number: one person, a couple, a suicide, or a negation."""
    found: list[Finding] = []
    tried = _tried()
    present = tried.scan.present(sentence)

    def matches(name: str) -> Iterator[re.Match[str]]:
        return tried.gated[name].finditer(sentence, present)

    # First, so "Nobody was hurt" and "neither of the clerks was injured" are not read as one victim.
    for match in matches("negation"):
        span = (match.start(), match.end())
        if _overlaps(span, claimed):
            continue
        slot = "injured" if match.group("noinj") else "killed" if match.group("nodeath") else slot_of(match)
        found.append(stated(slot, 0, span, "negated", None))
        claimed.append(span)
    for match in matches("ordinal_alone"):  # "two were killed and a third was wounded": three victims, the dead among them
        span = (match.start(), match.end())
        if not _overlaps(span, claimed) and slot_of(match) in ("injured", "shot") and not _AFTER_A_NAME.search(sentence, 0, span[0]):
            found.append(replace(stated("shot", _ORDINALS[match.group("ordinal").lower()], span, "implicit", None), ordinal=True))
            claimed.append(span)
    for match in matches("pair_subject"):
        span = (match.start(), match.end())
        if not _overlaps(span, claimed):
            found.append(stated(slot_of(match), 2, span, "implicit", None))
            claimed.append(span)
    for name in ("named_list", "named_object"):  # "Jones, 33, and King, 26, were killed"; "injuring Leanne Smith and Dustin Grey"
        for match in matches(name):
            span = (match.start(), match.end())
            if not _overlaps(span, claimed) and not (name == "named_object" and hypothetical(sentence, span[0])):
                slot = slot_of(match)
                # "killing Sarah Davidson": the dead told as what the killer did, as "killed his wife" tells them
                basis = "victim" if name == "named_object" and slot == "killed" else "implicit"
                found.append(stated(slot, _names_in(match.group("names")) + more_told(match, tried.items), span, basis, None))
                claimed.append(span)
    for match in matches("singular"):
        span = (match.start(), match.end())
        if _overlaps(span, claimed):
            continue
        slot = _singular_slot(match)
        if slot is None or match.group("who_died") and not _opens(sentence, span[0]):
            continue  # "a vigil for a person who had died", "their grandmother who died": not the sentence's news
        if hypothetical(sentence, span[0]):  # "no reports that either person was hurt": wondered, not told
            claimed.append(span)
            continue
        then_died = _then_died(sentence, match, slot)
        died = _later_died(sentence, match) or then_died
        if died:
            slot, span = "killed", (span[0], died.end())
        det = match.group("det").lower()
        noun = match.group("noun").lower()
        # "the fourth victim ... was pronounced dead" is one death, whichever victim it was
        ordinal = None if then_died or _ranked(sentence, match) else _ordinal(det, match.group("mods"))
        if match.group("scene") and not ordinal:
            continue  # "a woman was treated at the scene" may be for a fall or a crash: a wound only of a third victim
        value = ordinal or _PLURAL_PEOPLE.get(noun, 1)
        if ordinal and slot == "injured":
            slot = "shot"  # "a second person was hurt" counts victims overall, the dead among them
        denied = _harm_denied(sentence, match)
        told = stated(slot, 0 if denied else value, span, "negated" if denied else "implicit", noun)
        found.append(replace(told, ordinal=True) if ordinal and not denied else told)
        claimed.append(span)
    for match in matches("named"):
        span = (match.start("name"), match.end())
        if _overlaps(span, claimed) or match.group("name").lower() in _NOT_NAMES:
            continue
        if hypothetical(sentence, span[0]) or _thing_at_place(sentence, match):  # "it is unclear whether he was hit"
            claimed.append(span)
            continue
        slot = "killed" if match.group("died") else "shot" if match.group("wounded") else "injured" if match.group("hurt") else slot_of(match)
        died = _then_died(sentence, match, slot)
        if died:
            slot, span = "killed", (span[0], died.end())
        noun = None if _place_or_day(sentence, match) else match.group("name").lower()
        denied = _harm_denied(sentence, match)
        found.append(stated(slot, 0 if denied else 1, span, "negated" if denied else "implicit", noun))
        claimed.append(span)
    for match in matches("victim_object"):
        span = (match.start(), match.end())
        if not _overlaps(span, claimed) and not hypothetical(sentence, span[0]):
            found.append(stated("killed", _victims_told(match) + more_told(match, tried.items), span, "victim", None))
            claimed.append(span)
    if tried.gates["found_dead"].occurs(sentence, present):
        for match in matches("found_listed"):  # "found a man and a woman dead": each one listed
            span = (match.start(), match.end())
            if not _overlaps(span, claimed) and not hypothetical(sentence, span[0]):
                found.append(stated("killed", _people_listed(match.group("list"), tried.listed), span, "implicit", None))
                claimed.append(span)
    for name in ("pronoun_object", "left_singular", "injury_of", "found_dead", "lone_victim"):
        if not tried.gates[name].occurs(sentence, present):
            continue
        for match in matches(name):
            span = (match.start(), match.end())
            if not _overlaps(span, claimed) and not hypothetical(sentence, span[0]) and not _struck_by_hand(sentence, match):
                slot = slot_of(match) if match.re.groupindex else _DEFAULT_SLOT[name]
                basis = "victim" if slot == "killed" and name == "pronoun_object" else "implicit"
                noun = _gendered_noun(sentence, match) if name == "lone_victim" else None
                value = _multiple(match.group())
                if name == "lone_victim" and slot != "killed" and _HARMED_OBJECT.match(match.group()):
                    more = tried.more.match(sentence, span[1])  # "wounded his wife and two daughters"
                    value += more_told(more, tried.items)
                    span = (span[0], max(span[1], more.end()))
                found.append(stated(slot, value, span, basis, noun))
                claimed.append(span)
    for match in matches("death_of"):
        span = (match.start(), match.end())
        value = _death_of_value(match)
        if named := _named_after_plural(sentence, match, tried.names):  # "the slayings of Glenn Thomas, 22, and Kim Lee, 24"
            span, value = (span[0], named.end()), _names_in(named.group())
        if value and not _overlaps(span, claimed) and not hypothetical(sentence, span[0]):
            found.append(stated("killed", value, span, "implicit", match.group("noun")))
            claimed.append(span)
    for match in matches("suicide"):
        value = 2 if "murder" in match.group().lower() else 1 + _killed_before_self(match, tried.listed)
        basis = "implicit" if _ACCIDENTAL.search(sentence, max(0, match.start() - 20), match.start()) else "suicide"
        found.append(stated("killed", value, (match.start(), match.end()), basis, None))
    return _one_per_victim(_not_told_twice(sentence, found))


# a wounding verb and its first object ("wounded his wife", "shot a neighbour"), as a lone victim told: people listed
# after it are more of the wounded (the dead are ``victim_object``'s)
_HARMED_OBJECT = re.compile(r"(?:injured|wounded|injuring|wounding|shot)\s+(?:a|an|one|his|her|their|the)\s", re.IGNORECASE)

_BY_HIS_OWN_HAND = re.compile(r"\b(?:him|her|them)sel(?:f|ves)\b|\bself\b|\bown\b", re.IGNORECASE)


def _not_told_twice(sentence: str, found: list[Finding]) -> list[Finding]:
    """Without a victim inside the words that tell the police killed the shooter ("Police shot and killed the
    suspect", "officers shot the gunman to death"): the suspect is that death, not one more ("kills wife then
    himself" still tells the wife)."""
    deaths = [(f.start, f.end) for f in found
              if f.basis == "suicide" and not _BY_HIS_OWN_HAND.search(sentence, f.start, f.end)]
    return [f for f in found if f.basis != "victim" or not any(start <= f.start and f.end <= end for start, end in deaths)]


# "the boy pulled the trigger, accidentally killing himself", "accidentally shot and killed herself": the one victim
# told again, no shooter who killed himself after others
_ACCIDENTAL = re.compile(r"\baccidental(?:ly)?\s+(?:shot\s+and\s+)?$", re.IGNORECASE)


_DIGITS = re.compile(r"\d+")
_PLURAL_VICTIMS = re.compile(r"(?:s|men|children|people)$", re.IGNORECASE)


def _victims_told(match: re.Match[str]) -> int:
    """How many people a killing verb's object names: "his two daughters" 2, "his sons, 10 and 12" as
    many as their ages, "his children" at least 2, "his wife" or "26-year-old Alexis Waranka" 1."""
    if not match.group("victim"):
        return 1
    words = match.group("vmods").split()
    number = next((n for w, after in zip(words, [*words[1:], ""]) if not after.lower().startswith("year") and (n := parse_number(w))), None)
    if number:
        return number
    if not _PLURAL_VICTIMS.search(match.group("victim")):
        return 1
    return max(2, len(_DIGITS.findall(match.group("ages") or "")))


def _group(match: re.Match[str], name: str) -> str | None:
    """A named group's text, None where it took no part or the pattern has none (``groupdict``
    would build a dict of every group of a long pattern to answer)."""
    return match.group(name) if name in match.re.groupindex else None


def more_told(match: re.Match[str], items: re.Pattern[str]) -> int:
    """How many people a harm verb takes after its first object ("killed Smith and her daughter": 1 more)."""
    also = _group(match, "also")
    return sum(people_counted(item, 1) or 0 for item in items.finditer(also)) if also else 0


_SAME_VICTIM = {"he", "she", "him", "her", "they", "victim", "the victim", "person", None}


def _one_per_victim(found: list[Finding]) -> list[Finding]:
    """Two people named in one sentence are two victims: "Terri Marsh, 53, was shot ... and
    her husband ... was shot" is 2 shot. A pronoun or "the victim" restates one already named."""
    merged: list[Finding] = []
    for slot in ("shot", "injured"):  # the dead are often named twice, in full and by surname
        named = [f for f in found if f.slot == slot and f.basis == "implicit" and f.value == 1 and f.noun not in _SAME_VICTIM]
        if len({f.noun for f in named}) < 2 or len(named) != len({f.noun for f in named}):
            continue
        merged.append(replace(named[0], value=len(named), low=len(named), best=len(named), high=len(named),
                              start=min(f.start for f in named), end=max(f.end for f in named)))
        found = [f for f in found if f not in named]
    return found + merged


# "shot on Elm Street is in stable condition", "a boy from Mathews County died": the verb is the
# victim's told before, not a second victim's; so is "was shot Friday remains in critical condition"
_PLACE_BEFORE = re.compile(r"\b(?:on|in|at|near|of|from|to|into|outside|inside|off|along)\s+(?:the\s+)?$", re.IGNORECASE)


# "A house on Dogwood Drive was hit", "the car at Fifth Avenue was struck": the street named after a building or a
# vehicle is where the harm landed, no person; "the owner of the house on Roslyn Street" is still a person
_THING_AT_PLACE = re.compile(
    r"(?<!\bof\s)\b(?:an?|the|his|her|their|its|one|another)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:house|home|residence|apartment|duplex|building|business|store|car|vehicle|truck|van|SUV|sedan|window)s?"
    r"\s+(?:on|in|at|near|along|off)\s+(?:the\s+)?$", re.IGNORECASE)


def _thing_at_place(sentence: str, match: re.Match[str]) -> bool:
    """Whether the "name" before a harm verb is the street of a thing that was hit, so no victim."""
    start = match.start("name")
    return bool(_THING_AT_PLACE.search(sentence, max(0, start - 60), start))


def _place_or_day(sentence: str, match: re.Match[str]) -> bool:
    """Whether the "name" before a victim's verb is a place or a day rather than a person."""
    start = match.start("name")
    return match.group("name").split()[-1].lower() in table("slot_time")["weekdays"] or bool(_PLACE_BEFORE.search(sentence, max(0, start - 20), start))


_SEPARATOR = re.compile(NAME_SEPARATOR)


def _names_in(names: str) -> int:
    """How many people a list of names holds: "Lamont Jones, 33, and Mario King, 26" is two."""
    return len(_SEPARATOR.split(AGE_AFTER_NAME.sub("", names)))


def _gendered_noun(sentence: str, match: re.Match[str]) -> str | None:
    """The last word of the phrase, or the one after it, that tells a victim's sex ("shot his
    19-year-old daughter" → "daughter"), so a wounded daughter is not taken for the father who died."""
    words = _WORD.findall(sentence[match.start():].lower())[: len(_WORD.findall(match.group())) + 1]
    return next((w for w in reversed(words) if gender(w)), None)


_LETTERS = re.compile(r"[a-z]+")


def _multiple(phrase: str) -> int:
    """"a double homicide" is two deaths, "a triple-murder" three (the multiple joined by a hyphen as often);
    any other lone victim is one."""
    multiples = table("numbers")["multiples"]
    return next((multiples[w] for w in _LETTERS.findall(phrase.lower()) if w in multiples), 1)


_LIST_SEPARATOR = re.compile(LIST_SEPARATOR)


def _people_listed(phrase: str, listed: re.Pattern[str]) -> int:
    """How many people a list says, entry by entry: "his wife, 26-year-old son, and their two daughters" 4
    (an age between commas, "56" or "both 19", is no entry)."""
    total = 0
    for entry in _LIST_SEPARATOR.split(phrase):
        if person := listed.match(entry):
            total += people_counted(person) or (2 if _PLURAL_VICTIMS.search(person.group("noun")) else 1)
    return total


_BARE_COUNT = re.compile(rf"\s*(?P<q>\d{{1,3}}|{TWO_TO_TEN})\s*", re.IGNORECASE)


def _killed_before_self(match: re.Match[str], listed: re.Pattern[str]) -> int:
    """The people a killer's verb lists before himself: "kills his 2 sons, self" 2, "killed 6-year-old boy,
    wife, himself" 2, "Kills Wife Then Himself" 1, "killing 2, then himself" 2 (a bare number only where
    it is the whole list: "killed his wife, 34, and himself" tells her age)."""
    others = _group(match, "others")
    if not others:
        return 0
    if bare := _BARE_COUNT.fullmatch(others):
        return people_counted(bare) or 0
    return _people_listed(others.strip(), listed)


_PLURAL_CRIMES = frozenset({"deaths", "murders", "killings", "slayings", "homicides"})  # not "the bodies of" two officers a shot protected


def _named_after_plural(sentence: str, match: re.Match[str], names: re.Pattern[str]) -> re.Match[str] | None:
    """The names a plural crime's name lists right after its "of" ("the deaths of Davis and Couplin"), if any."""
    if match.group("q") or match.group("noun") or match.group().split()[-2].lower() not in _PLURAL_CRIMES:
        return None
    return names.match(sentence, match.end())


def _death_of_value(match: re.Match[str]) -> int | None:
    """"the deaths of two people" → 2, "the shooting death of a man" / "of John Doe" → 1."""
    word = (match.group("q") or "").lower()
    if word in ("", "a", "an", "one", "the"):
        plural = (match.group("noun") or "").lower().endswith(("s", "men", "children", "people"))
        return None if word == "the" and plural else 1
    return people_counted(match)


# "a teenager who was shot in the chest on Saturday has died", "one of the five people hospitalized after the
# strike has since died": the death of those just told as harmed, in the same clause
DIED_AFTER = re.compile(r"(?:(?!\b(?:is|was|are|were|remains?|remained|and|but)\b)[^.;]){0,100}?\s(?:(?:has|had|later|since|then|eventually|subsequently)\s+)?(?:died|passed\s+away|succumbed)\b",
                         re.IGNORECASE)


def _later_died(sentence: str, match: re.Match[str]) -> re.Match[str] | None:
    """Where a victim told in a relative clause ("who was shot", "who suffered critical injuries") dies."""
    if not match.group("aux").lower().startswith("who") or match.group("neg"):
        return None
    return DIED_AFTER.match(sentence, match.end())


# "was shot in the forehead, and was later pronounced dead", "suffered a gunshot wound and was pronounced
# dead at the scene", "was taken to a hospital, but did not survive": the same victim's death, told as a
# second verb of the clause that told the harm (not "a man was shot and a woman died": a subject of its own)
_THEN_DIED = re.compile(
    r"(?:(?!\b(?:and|but|while|who|when|whereas)\b)[^.;]){0,100}?,?\s+(?:and|but)\s+(?:(?:was|has)\s+)?"
    r"(?:(?:later|since|then|eventually|subsequently|ultimately)\s+)?(?:was\s+)?"
    r"(?:(?:pronounced|declared)\s+(?:dead|deceased)|died|did\s+not\s+survive|didn't\s+survive|succumbed|passed\s+away"
    r"|dead\s+(?:at|on)\s+the\s+scene)\b",
    re.IGNORECASE,
)


def _then_died(sentence: str, match: re.Match[str], slot: str | None) -> re.Match[str] | None:
    """Where a victim told harmed dies in the same clause ("was shot ... and was later pronounced dead")."""
    if slot in (None, "killed") or match.group("neg"):
        return None
    return _THEN_DIED.match(sentence, match.end())


_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z.,' ]{1,40}?\s*(?:\([^)]{1,20}\))?\s*--?\s*)?$")  # dashes are ASCII by now


def _opens(sentence: str, start: int) -> bool:
    """Whether ``start`` is where the sentence (after any dateline, "SANTA ANA -") begins: its subject."""
    return bool(_DATELINE.match(sentence[:start]))


def _singular_slot(match: re.Match[str]) -> str | None:
    aux = _LATER.sub("", match.group("aux").lower(), count=1)
    if match.group("who_died") or match.group("reduced") or aux.startswith((*DIED_WORDS, "lost", "has lost")):
        return "killed"
    if match.group("reduced_shot"):
        return "shot"
    if match.group("scene"):
        return "injured"
    if any(match.group(slot) for slot in SLOTS if slot in match.re.groupindex):
        return slot_of(match)
    wound = match.group("wound")
    if not wound:
        return None
    return "shot" if "gun" in wound.lower() or "bullet" in wound.lower() else "injured"
