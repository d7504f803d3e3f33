"""A report's headline read as the prose extraction reads, with every character traced back.

Crawled pages often carry nothing but boilerplate (cookie banners, menus, "subscribe")
around a story told only in the headline, and headlines are written in a grammar of their
own: no auxiliary and no article ("2 killed, 3 wounded in overnight shooting", "Teen shot
in leg"), the past told in the present ("Man shoots 4 relatives"), Title Case ("Five Shot
Dead In South Shore"), the outlet's name after a dash or a bar ("... - WSMV Channel 4").
``as_prose`` writes the headline as a sentence the extraction rules read ("2 were killed
and 3 wounded ...", "Teen was shot in leg") and keeps, for each character it writes, the
character of the headline it stands for, so that every figure read from it carries a
``Span`` of the headline's own words (``part="title"``), never of the rewritten text.
The word lists are data (``data/headline_words.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from harmledger.data import table
from harmledger.extract.lexicon import AGE_NOUN, TWO_TO_TEN, is_person_noun, multiples, person_nouns
from harmledger.extract.when import capitalised
from harmledger.model import TITLE, Mention, Span

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
TITLE_CASE_SHARE = 0.6
"""A headline is in Title Case when at least this share of its words start with a capital."""


@dataclass(frozen=True)
class Prose:
    """A headline rewritten as prose: ``origin[i]`` is where ``text[i]`` stands in the headline, and
    ``copied[i]`` whether it is the headline's own character (False for a word the rewrite put in)."""

    title: str
    text: str
    origin: tuple[int, ...]
    copied: tuple[bool, ...]

    def title_span(self, span: Span) -> Span:
        """The span of the headline's own characters that ``span`` (offsets into ``text``) covers."""
        kept = [i for i in range(span.start, min(span.end, len(self.text))) if self.copied[i]]
        if not kept:
            at = self.origin[span.start] if span.start < len(self.origin) else len(self.title)
            return Span(at, at, "", TITLE)
        start, end = self.origin[kept[0]], self.origin[kept[-1]] + 1
        return Span(start, end, self.title[start:end], TITLE)


@cache
def _rules() -> dict[str, re.Pattern[str] | dict[str, str] | frozenset[str]]:
    words = table("headline_words")
    alternatives = "|".join(sorted(words["participles"], key=len, reverse=True))
    modifiers = "|".join(words["participle_modifiers"])
    followers = "|".join(words["passive_followers"])
    return {
        # a bare subject's harm, passive: a preposition, a comma or the end follows, not an object
        "participle": re.compile(
            rf"(?<=[\w)])(?P<gap>,?\s+)(?P<told>(?:(?:{modifiers})\s+)?(?:{alternatives}))\b"
            rf"(?=\s+(?:{followers})\b|\s*[,;:.!?]|\s*$)",
            re.IGNORECASE,
        ),
        "death": re.compile(r"\b(?:dies|died|pass(?:es|ed)\s+away)\b", re.IGNORECASE),
        "joined": re.compile(r"\b(?:shot|wounded|injured|stabbed)(?P<comma>,)\s+(?:killed|wounded|injured|dead)\b", re.IGNORECASE),
        # "17-year-old boy shot", "Family grieves after 6-year-old fatally shot", "Police identify 10-year-old killed in ...",
        # "Shotgun blast kills 11-year-old": a person told by age takes the article a headline drops wherever it stands,
        # unless a word before it already determines or counts it ("his 6-year-old son", "two 17-year-olds")
        "age_subject": re.compile(
            rf"(?:^|(?<=:\s)|(?<=\s)(?<![\d,]\s){_NOT_DETERMINED})(?={AGE_NOUN}\b(?!['’]s))", re.IGNORECASE),
        # "Apopka shooting victim dies", "Teen shot near school dies", "Detroit boy, 9, dies", "4th victim dies", "Grant Co.
        # teen dies": a bare singular subject takes the article the rules read victims by ("A Apopka shooting victim died");
        # so does the second victim after a first one's harm ("Teen killed, man wounded": "..., a man was wounded"), and
        # one whose harm a relative clause, or where he was found, tells before the death ("Woman who was shot last week
        # dies", "Man found in car died from gunshot wound")
        "bare_subject": re.compile(
            rf"(?:^|(?<=:\s)|{_after_a_harm(words['participles'])})(?!(?:a|an|the|one|his|her|their|this|that)\b|\d(?!\d?(?:st|nd|rd|th)\b))"
            rf"(?=(?:[\w'-]+\.?\s+){{0,3}}?(?:{_singular_people()})(?:,\s*\d{{1,2}},)?"
            rf"(?:\s+(?:who\s+(?:was|had\s+been|has\s+been)\s+(?:{alternatives})|found)\b[^,;:]{{0,50}}?(?=\s+(?:has\s+)?(?:dies|died)\b))?"
            rf"\s+(?:(?:{modifiers})\s+)?(?:{alternatives}|has\s+died|dies|died|pass(?:es|ed)\s+away)\b)",
            re.IGNORECASE),
        # "Woman, boyfriend killed", "Mother, 2 children found dead", "2 teens, man wounded": people listed with
        # commas for "and" before their harm; each read as the rules count people ("A Woman and a boyfriend were killed")
        "people_list": re.compile(
            rf"(?:^|(?<=:\s))(?P<list>{_PERSON_ITEM}(?:(?:,|,?\s+and)\s+{_PERSON_ITEM})+)"
            rf"(?=\s+(?:(?:{modifiers})\s+)?(?:{alternatives}|dead|dies|died)\b)",
            re.IGNORECASE),
        "person_item": re.compile(
            rf"(?:(?P<sep>,)(?!\s+and\b)|,?\s+and\b)?\s*\b(?P<item>(?P<number>{_COUNT}\s+)?{_AGE_BEFORE}(?P<noun>{AGE_NOUN}s?|[a-z]+)\b)", re.IGNORECASE),
        # "Arrest made in homicide", "Hendry County murder", "Gunman says fatal shooting was self-defense": a
        # death told by its crime's name with the article a headline drops ("in a homicide": one dead)
        "bare_death": re.compile(
            r"(?:^|(?<=:\s)|(?<=\bin\s)|(?<=\bof\s)|(?<=\bto\s)|(?<=\bat\s)|(?<=\bfor\s)|(?<=\bafter\s)|(?<=\bover\s)|(?<=\bsays\s)"
            # the crime an inquiry is into ("Milwaukee police investigating fatal shooting", "arrested following fatal shooting")
            r"|(?<=\binvestigate\s)|(?<=\binvestigates\s)|(?<=\binvestigating\s)|(?<=\bprobe\s)|(?<=\bprobes\s)|(?<=\bprobing\s)|(?<=\bfollowing\s)"
            # the crime a suspect is charged with ("Teen charged with murder in shooting", "charged with negligent homicide")
            r"|(?<=\bcharged\swith\s))"
            rf"(?=(?:(?!attempted\b)(?-i:[A-Z][\w'-]*)\s+){{0,2}}(?:(?:{multiples()})[\s-])?{_DEATH_NAMES})",
            re.IGNORECASE),
        # "Teen charged in friend's shooting death", "Police question man about child's murder": one person's
        # death told by its crime's name, read as "friend in a shooting death" (one dead)
        "possessive_death": re.compile(
            rf"\b(?:{_singular_people()}|{AGE_NOUN})(?P<s>['’]s\s+)(?={_DEATH_NAMES})", re.IGNORECASE),
        # "Man shoots neighbor", "Gunman kills teen in Dayton", "shooter who wounded 9-year-old girl": a harm verb's
        # bare singular object takes the article a headline drops ("Man shot a neighbor"); its words before the
        # person are modifiers, never a preposition ("Teen shot in front of boy's home" is no object)
        "bare_object": re.compile(
            rf"\b(?:kills|killed|shoots|shot|wounds|wounded|injures|injured|stabs|stabbed)\s+"
            rf"(?=(?:(?!(?:{_NOT_MODIFIERS})\b)[\w'.-]+,?\s+){{0,3}}?(?:{_singular_people()})\b(?!'))",
            re.IGNORECASE),
        # "Teen charged in 4 slayings", "Suspect in 5 Killings Arrested", "Charged with 3 murders": the dead counted by
        # their crimes, read as the deaths they are ("in 4 deaths"); an attempt kills no one ("Five Attempted Murders")
        "counted_crimes": re.compile(
            rf"\b(?:\d{{1,3}}|{TWO_TO_TEN})\s+(?P<crime>killings|slayings|murders|homicides)\b", re.IGNORECASE),
        # "4-year-old boy hit by stray bullet": the round takes the article a headline drops ("hit by a stray bullet")
        "bare_round": re.compile(r"\bby\s+(?=(?:stray\s+)?bullet\b)", re.IGNORECASE),
        # "Sudan war, 27/11: RSF shelling kills 9", "Gaza live, 26 November: ...": a label before the day the headline
        # tells; its comma is written as a colon, so the label is read as no dateline's place and the day as the story's
        "labelled_day": re.compile(rf"^[^,:;]{{1,40}}(?P<comma>,)(?=\s*{_day_before_a_colon()})"),
        "round_up": re.compile(rf"\b(?:{'|'.join(words['round_up'])})\b", re.IGNORECASE),
        "separator": re.compile("|".join(re.escape(s) for s in words["outlet_separators"])),
        "tenses": {k.lower(): v for k, v in words["present"].items()},
        "plural": frozenset(words["plural_subjects"]),
        "lower": frozenset(words["lower_in_title_case"]),
        "not_subjects": frozenset([*words["not_subjects"], *words["participle_modifiers"], *(p for p in words["participles"] if " " not in p)]),
    }


_DETERMINERS = ("a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "this", "that", "one", "two", "three",
                "four", "five", "six", "seven", "eight", "nine", "ten", "both", "and", "or")
_NOT_DETERMINED = "".join(rf"(?<!\b{word}\s)" for word in _DETERMINERS)
"""Lookbehinds: no word before that determines or counts what follows (each fixed in width, as lookbehinds must be)."""


_NOT_MODIFIERS = ("a|an|the|one|his|her|their|its|this|that|him|them|self|himself|herself|themselves|dead|twice|"
                  "multiple|in|at|on|near|by|outside|inside|during|after|before|while|as|to|from|with|for|of|and|or|"
                  "over|into|through|when|is|was|were")
"""Words that end a headline's bare object before its person: an article or pronoun (no article is missing), a preposition or verb."""


_DEATH_NAMES = (r"(?:(?:fatal|deadly)\s+(?:(?!(?:attempted|and|or|with|weapons?|force|of|in|on|at)\b)[\w'.-]+\s+){0,2}?(?:shooting|stabbing)"
                r"|(?:(?:involuntary|voluntary|negligent|reckless|(?:first|second|third)-degree)\s+)?(?:homicide|murder|manslaughter)|slaying|shooting\s+death)"
                r"\b(?!\s+(?:victims|rates?|counts?|totals?)\b)")
"""A death told by its crime's name ("fatal shooting", "deadly Hamilton bar shooting", "murder", "manslaughter"): one
dead where a headline gives it no number."""

_COUNT = rf"(?:\d{{1,2}}|one|{TWO_TO_TEN})"
_AGE_BEFORE = rf"(?:{AGE_NOUN}\s+(?!(?:and|or)\b))?"
_PERSON_ITEM = rf"(?:{_COUNT}\s+)?{_AGE_BEFORE}(?:{AGE_NOUN}s?|[a-z]+)\b"
"""One entry of a headline's list of people: "2 children", "Three Adults", "8-Year-Old Son", "10-year-old", "boyfriend"
(the noun checked after)."""


def _day_before_a_colon() -> str:
    """A day and month, either order or numeric ("27/11", "Nov 27", "26 November"), and the colon after it."""
    months = capitalised(table("slot_time")["months"])
    return rf"(?:\d{{1,2}}[/.]\d{{1,2}}|(?:{months})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{months})\.?)\s*:"


def _after_a_harm(participles: list[str]) -> str:
    """Lookbehinds for the comma that closes one victim's harm in a headline ("Teen killed, ", "Boy dies, ")."""
    return "|".join(rf"(?<={re.escape(word)},\s)" for word in [*participles, "dies", "died"])


def _singular_people() -> str:
    """The person nouns of one person ("victim", "teen", "man", "headman"), as a choice: every line of
    ``data/person_nouns.txt`` as ``lexicon`` reads it, less the forms that name many."""
    return rf"(?:{person_nouns()})(?<!s)(?<!\bmen)(?<!women)(?<!children)(?<!people)"


def as_prose(title: str) -> Prose:
    """The headline as sentences the extraction reads (see the module docstring)."""
    rules = _rules()
    edits: list[tuple[int, int, str, bool]] = []  # (start, end, replacement, stands for the headline's own words)
    cased = _title_case(title)
    for word in _WORD.finditer(title):
        lowered = word.group().lower()
        if lowered in rules["tenses"] and not _after_a_possessive(title, word.start()):
            edits.append((word.start(), word.end(), rules["tenses"][lowered], True))
        elif cased and word.start() > 0 and lowered in rules["lower"] and word.group() != lowered:
            edits.append((word.start(), word.end(), lowered, True))
    for found in rules["separator"].finditer(title):
        edits.append((found.start(), found.end(), ".\n", False))
    listed = _people_listed(title, rules, edits)
    for name in ("age_subject", "bare_subject", "bare_death"):  # "17-year-old boy shot": the rules read "a 17-year-old"
        for found in rules[name].finditer(title):
            if found.start() not in listed:
                edits.append((found.start(), found.start(), "a " if found.start() and (name == "bare_death" or title[found.start() - 2] != ":") else "A ", False))
    for found in rules["bare_object"].finditer(title):
        edits.append((found.end(), found.end(), "a ", False))
    for found in rules["possessive_death"].finditer(title):
        edits.append((found.start("s"), found.end("s"), " in a ", False))
    for found in rules["counted_crimes"].finditer(title):
        edits.append((found.start("crime"), found.end("crime"), "deaths", True))
    for found in rules["bare_round"].finditer(title):
        edits.append((found.end(), found.end(), "a ", False))
    if found := rules["labelled_day"].match(title):
        edits.append((found.start("comma"), found.end("comma"), ":", True))
    for found in rules["joined"].finditer(title):
        edits.append((found.start("comma"), found.end("comma"), " and", True))
    death = rules["death"].search(title)  # the first death told after the last harm asked about: none, none after a later one
    for found in rules["participle"].finditer(title):
        subject = _word_before(title, found.start()).strip(",:;").lower()
        if death is not None and death.start() < found.end():
            death = rules["death"].search(title, found.end())
        if not subject or subject in rules["not_subjects"] or death is not None:
            continue  # "Teen wounded in drive-by dies": the harm told before the death is no clause of its own
        age = "," in found.group("gap") and subject.isdigit()  # "Boy, 5, shot in ankle"
        verb = "were" if found.start() in listed or not age and _plural(subject, rules["plural"]) else "was"
        edits.append((found.start("told"), found.start("told"), f"{verb} ", False))
    return _applied(title, edits)


_AGE = re.compile(rf"{AGE_NOUN}s?", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:\b(?:his|her|their|its|my|our|your)|['’]s)$", re.IGNORECASE)
_POSSESSIVE_REACH = 5  # "their": the longest possessive


def _back_past(title: str, at: int, space: bool) -> int:
    """Where the run of white space (``space``) or of other characters that ends at ``at`` begins, read back from
    ``at`` alone, so that a long headline is not read again for each of its words."""
    while at > 0 and title[at - 1].isspace() == space:
        at -= 1
    return at


def _after_a_possessive(title: str, at: int) -> bool:
    """Whether a possessive and a space come before ``at``: a noun follows, not a verb ("dead from his wounds" keeps
    its noun where "Man wounds neighbor" is told in the past). Only the gap and the word before it are read."""
    gap = _back_past(title, at, space=True)
    return gap < at and _POSSESSIVE.search(title, max(0, gap - _POSSESSIVE_REACH), gap) is not None


def _word_before(title: str, at: int) -> str:
    """The last white-space-separated word before ``at`` ("" for none)."""
    end = _back_past(title, at, space=True)
    return title[_back_past(title, end, space=False) : end]


def _people_listed(title: str, rules: dict, edits: list[tuple[int, int, str, bool]]) -> set[int]:
    """Adds to ``edits`` the words that make a list of people prose ("Mother, 2 children" → "A Mother and 2
    children"): "and" for a comma, an article before each person told without a number. Returns where
    each list starts and ends (no other article goes there; its harm takes "were")."""
    listed: set[int] = set()
    for found in rules["people_list"].finditer(title):
        items = list(rules["person_item"].finditer(title, found.start("list"), found.end("list")))
        if not all(is_person_noun(item.group("noun")) or _AGE.fullmatch(item.group("noun")) for item in items):
            continue
        for n, item in enumerate(items):
            if item.group("sep"):
                edits.append((item.start("sep"), item.end("sep"), " and", True))
            if not item.group("number") and not _plural(item.group("noun").lower(), rules["plural"]):
                edits.append((item.start("item"), item.start("item"), "a " if n else "A ", False))
        listed.update((found.start("list"), found.end("list")))
    return listed


def _title_case(title: str) -> bool:
    words = [w for w in _WORD.findall(title) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _plural(subject: str, plural: frozenset[str]) -> bool:
    """Whether a headline's subject takes 'were': a count above one, or a plural noun."""
    if subject.isdigit():
        return int(subject) != 1
    return subject in plural or (subject.endswith("s") and not subject.endswith("ss"))


def _applied(title: str, edits: list[tuple[int, int, str, bool]]) -> Prose:
    """The headline with ``edits`` made (the first of two that overlap wins), closed as a sentence. A
    replacement that stands for the headline's own word ("shot" for "shoots") traces back to that word;
    an inserted word ("was") or a separator traces back to nothing."""
    text: list[str] = []
    origin: list[int] = []
    copied: list[bool] = []
    at = 0
    for start, end, replacement, own in sorted(edits):
        if start < at:
            continue
        for i in range(at, start):
            text.append(title[i]), origin.append(i), copied.append(True)
        for n, char in enumerate(replacement):
            last = n == len(replacement) - 1
            text.append(char), origin.append(end - 1 if own and last else min(start + n, max(start, end - 1))), copied.append(own)
        at = end
    for i in range(at, len(title)):
        text.append(title[i]), origin.append(i), copied.append(True)
    if text and text[-1] not in ".!?":
        text.append("."), origin.append(len(title)), copied.append(False)
    return Prose(title, "".join(text), tuple(origin), tuple(copied))


FILLED_SLOTS = ("killed", "injured")
"""The figures a headline may give where the text's lead incident gives none, or fewer than it."""


def lead(mentions: list[Mention]) -> Mention | None:
    """The incident a report leads with: its first new event (neither history nor a toll over many)."""
    return next((m for m in mentions if m.kind == "event" and not m.background), None)


def completed(found: list[Mention], headline: list[Mention], prose: Prose) -> list[Mention]:
    """The text's lead incident, completed by the headline lead's figure for each slot the text leaves
    empty ("Man dies, 4 others hurt in market shooting" over a text that only says "a man died in a
    shooting that left one person in critical condition"), or counts short of the headline's exact
    number ("4 people shot in Montclair" over a text that tells three of them by name, then "the
    fourth friend"): a text often tells its victims one by one and never sums them, where the headline
    gives the count. Otherwise the text's own figures, with their speakers, outrank a headline's
    summary, and its update ("death toll rises to 18") never re-dates the text's incident. A headline
    over a round-up ("5 Dead, 17 Wounded In Weekend Shootings", "weekend gunfire kills 1, wounds 12")
    fills nothing: its toll is the sum over the incidents the text tells one by one, and the text's
    lead incident is only one of them. The figure keeps a span of the headline's own words (``part="title"``)."""
    body, title = lead(found), lead(headline)
    if body is None or title is None or _rules()["round_up"].search(prose.title):
        return found
    if _told_dead_by_the_headline(body, title):
        body.injured = None
    if _dates_its_incident(title, prose) and (body.when is None or body.when.span is None):
        # the text never says when ("A Russian missile hit Sumy, killing five"), its headline does ("... kills 5 on
        # November 27"): the headline's day, not the day of publication the text's incident was given
        body.when = replace(title.when, span=prose.title_span(title.when.span))
    for slot in FILLED_SLOTS:
        count, held = getattr(title, slot), getattr(body, slot)
        if count is None or not (slot == "killed" or _same_dead(body, title)):
            continue
        if held is None or count.qualifier == "exact" and count.best > held.best:
            setattr(body, slot, replace(count, span=prose.title_span(count.span) if count.span else None))
    return found


# a phrase that makes the day after it another event's: "a week after November 20 attack", "ahead of Sunday's vote",
# "on the eve of Monday's talks", "since Tuesday"
_ANOTHER_EVENTS_DAY = re.compile(r"\b(?P<word>after|before|ahead\s+of|eve\s+of|since|until|following)\b[^,;:.]{0,40}$",
                                 re.IGNORECASE)


@cache
def _occasion() -> dict[str, re.Pattern[str]]:
    """A service held on the day a headline names, right after the day ("after Friday prayers", "following Sunday's
    mass") or closing the words between the phrase and the day ("after evening prayers on Thursday"); the words
    (``headline_words.json``) of the phrase that times the harm by it, of the harm told right before the phrase, and of
    a count of days before the phrase that makes the day another's ("a week after Friday prayers")."""
    words = table("headline_words")
    occasions, harms = "|".join(words["day_occasions"]), "|".join(words["occasion_harms"])
    breaks = "|".join(words["occasion_clause_breaks"])
    return {"after_the_day": re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:{occasions})\b", re.IGNORECASE),
            "before_the_day": re.compile(rf"\s+(?:[\w-]+\s+)?(?:{occasions})\s+(?:on\s+)?", re.IGNORECASE),
            "timing": re.compile("|".join(words["occasion_timing"]), re.IGNORECASE),
            # "Gunmen kill 12 worshippers ", "Bomb kills 7 at Kano mosque minutes ": the harm, then its object and place
            # (no other verb, no clause's word, no comma) up to the phrase
            "harm_right_before": re.compile(
                rf"\b(?:{harms})\b(?:\s+(?!(?:{breaks})\b)[\w'’.-]*\w(?<!ed)(?<!ing)){{0,{OCCASION_GAP_WORDS}}}\s*\Z",
                re.IGNORECASE),
            "counted": re.compile(rf"\b(?:{'|'.join(words['counted_units'])})\s+\Z", re.IGNORECASE)}


OCCASION_GAP_WORDS = 5  # "kills 7 at Kano mosque minutes after ...": the object and place between a harm and its time


def _dates_its_incident(title: Mention, prose: Prose) -> bool:
    """Whether the headline tells the single day of its own incident ("... kills 5 on November 27", "Gunmen kill 12
    worshippers after Friday prayers"), not a month ("in November's deadliest day") or the day of another event its
    incident is counted from ("a week after November 20 attack", "ahead of Sunday's vote")."""
    when = title.when
    if when is None or when.span is None or when.precision != "day" or when.start != when.end:
        return False
    phrase = _ANOTHER_EVENTS_DAY.search(prose.text, 0, when.span.start)
    return phrase is None or _timed_by_an_occasion_that_day(prose.text, phrase, when.span)


def _timed_by_an_occasion_that_day(text: str, phrase: re.Match[str], day: Span) -> bool:
    """"Gunmen kill 7 worshippers after Sunday service", "Bombers strike mosque following Friday prayers", "attack
    mosque after evening prayers on Thursday": the phrase times the harm told right before it by a service held on the
    day named, so the day is the attack's. Not where it times another clause ("Mosques tighten security before Friday
    prayers after gunmen kill 12", "Thousands rally after Friday prayers to mourn 12 killed"), nor counted from it
    ("a week after Friday prayers"; "minutes after Sunday mass" is that day)."""
    rules = _occasion()
    if (not rules["timing"].fullmatch(phrase.group("word")) or rules["counted"].search(text, 0, phrase.start())
            or not rules["harm_right_before"].search(text, 0, phrase.start())):
        return False
    return bool(rules["after_the_day"].match(text, day.end)
                or rules["before_the_day"].fullmatch(text, phrase.end("word"), day.start))


def _told_dead_by_the_headline(body: Mention, title: Mention) -> bool:
    """Whether the one victim the text tells shot is the headline's one dead: "16-year-old dies in
    accidental shooting" over a text that only says he "accidentally shot himself" (written before he
    died, or telling the shooting, not its outcome) has one dead and no wounded. Only one victim on
    each side, the text telling no death and the headline no wounded: where more are told ("Death
    toll rises to 3" over "two men were shot and wounded") the text's own figures stand."""
    return (body.killed is None and body.injured is not None and title.killed is not None and title.injured is None
            and body.injured.best == title.killed.best == 1)


def _same_dead(body: Mention, title: Mention) -> bool:
    """Whether the headline tells the deaths the text tells: "Teen shot in Roswell" over a text in
    which the teen died counts the dead teen as shot (a headline that names no death reads its
    people shot as wounded), so its wounded fill nothing unless its dead are the text's."""
    return body.killed is None or (title.killed is not None and title.killed.best == body.killed.best)
