"""The casualty patterns, compiled once from the word lists in ``data/casualty_terms.json``.

Each pattern names the slot it found with a named group (``killed``, ``injured``,
``shot``, ``missing``, ``casualties``); ``slot_of`` reads it back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from harmledger.data import table, word_set
from harmledger.extract.figures import SLOTS
from harmledger.extract.lookback import Backward, backward
from harmledger.text.numbers import parse_number
from harmledger.text.regex import CaselessSearch, choice, gated_word_start


def _alt(fragments) -> str:
    """Fragments of the pattern files (regex, not escaped); a space matches any white space."""
    return choice(fragments, literal=False, flexible_spaces=True)


@cache
def person_nouns() -> str:
    """Every line of ``data/person_nouns.txt`` as one choice: a word, a phrase or a regex fragment ("headm[ae]n",
    "crew members?"), so that a word is a person noun to every reader alike."""
    return _alt(word_set("person_nouns"))


@cache
def _person_noun() -> re.Pattern[str]:
    return re.compile(person_nouns(), re.IGNORECASE)


def is_person_noun(word: str) -> bool:
    """Whether ``word`` (or a phrase) names people as ``data/person_nouns.txt`` lists them ("boy", "headmen")."""
    return bool(_person_noun().fullmatch(word))


def _slot_alternation(groups: dict[str, list[str]]) -> str:
    return "|".join(f"(?P<{slot}>{_alt(fragments)})" for slot, fragments in groups.items())


@cache
def casualty_terms() -> dict:
    """``data/casualty_terms.json`` with the fragments several phrases share put where they are named: 'shared'
    ("{care_for_harm}": care sought after a harm, not for an illness or as a precaution), 'care_sought' ("sought
    medical help", "turned to doctors"), and 'told_before_copula' once per slot of 'active' ("the dead were 8",
    "wounded are 8 more")."""
    terms = table("casualty_terms")
    fills = {**terms["shared"], "care_sought": "|".join(terms["care_sought"])}

    def filled(fragments: list[str]) -> list[str]:
        return [_put(fragment, fills) for fragment in fragments]

    copula = terms["told_before_copula"]
    told_first = {slot: [_put(copula["pattern"], {"harm": harm})] for slot, harm in copula["harm"].items()}
    active = {slot: [*filled(fragments), *told_first.get(slot, [])] for slot, fragments in terms["active"].items()}
    return {**terms, "active": active, "passive": {slot: filled(fragments) for slot, fragments in terms["passive"].items()}}


def _put(fragment: str, fills: dict[str, str]) -> str:
    """``fragment`` with each "{name}" of ``fills`` replaced (a regex's own braces, "{0,5}", are no names)."""
    return re.sub(r"\{(\w+)\}", lambda name: fills.get(name[1], name[0]), fragment)


@cache
def patterns() -> dict[str, re.Pattern[str] | Backward]:
    terms = casualty_terms()
    nouns = person_nouns()
    person = nouns + rf"|{AGE_NOUN}s?"
    # "killed his 6-year-old son and his wife", "his 12- and 10-year-old sons": an age before a person noun
    # is that person's modifier, so the noun (and the people listed after it) are the ones counted
    aged_person = nouns + rf"|{AGE_NOUN}s?(?!\s+(?:[a-z-]+\s+)?(?:{nouns})\b)"
    # "seven persons were feared killed", "12 are feared dead", "30 feared dead in boat capsize": the dead a report
    # fears, as it believes them, told passive or before the clause ends (not "residents feared dead bodies would ...")
    feared = (r"(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bare\s)|(?<=\bis\s))feared(?=\s+(?:killed|dead)\b)"
              r"|feared(?=\s+(?:killed|dead)(?:\s*(?:[.,;:]|$)|\s+(?:in|after|when|as|on|at|following|since)\b))")
    # "two have since died": "since" only before a death ("three of the victims have since been treated" are no wounded)
    aux = (
        r"(?:(?:who|that)\s+(?=(?:were|was|are|is|have|has|had)\b))?"
        rf"(?:(?:were|was|are|is|have|has|had|been|being|be|got|get|reportedly|(?:reported|said|believed|feared)\s+to|{feared}|in\s+(?:total|all)|total|altogether|also|later|since(?=\s+(?:died|succumbed)\b)|all|each|both|initially|allegedly|then|not|never|found|discovered)\s+){{0,4}}"
    )
    adverb = r"(?:(?!fatally|mortally)\w+ly\s+)?"
    # "20 Rohingya civilians", "12 Fulani herders", "six Palestinian fighters": a people's or a group's name
    # before the victims it names ("Three Indianapolis police officers shot ..." is no count of officers)
    # a group's name is also an acronym or hyphenated ("two SDF fighters", "11 RSF soldiers", "M23 rebels",
    # "five Al-Shabaab militants")
    group_name = r"(?:[A-Z][A-Z0-9]{1,4}|[A-Z][a-z']+(?:-[A-Z]?[a-z'-]+)*)"
    people = rf"[A-Z][a-z'-]+(?:an|ese|ish|i)|{group_name}(?=\s+(?i:{_alt(terms['peoples_nouns'])})\b)"
    # a number word is a count of its own, never a modifier of the people another counts ("a shooting across two
    # counties left three people dead" counts three people, not two counties)
    mods = rf"(?-i:(?:(?!(?:of|in|at|on|to|for|with|from|by|about|the|a|an|and|or|but|{_NUMBER_WORDS})\b)[a-z][\w'-]*|{people}|{AGE_NOUN})\s+){{0,3}}?"
    # the dead are named by their town as well ("left two Gary men dead", "killing three Chicago teens"): after
    # a killing verb a capitalised word before the people counted is theirs; before a verb it may be the actors'
    dead_mods = mods.replace(people, group_name)
    passive = _slot_alternation(terms["passive"])
    counted_passive = _slot_alternation({slot: [*fragments, *terms["passive_counted"].get(slot, [])] for slot, fragments in terms["passive"].items()})
    # a first and a last name, with the age a report gives after it ("Marcus T. Reed, 24"); a day or a month
    # is never the first ("injured Saturday Night")
    times = table("slot_time")
    not_first = "|".join(w.capitalize() for w in [*times["weekdays"], *times["months"]])
    full_name = rf"(?!(?:{not_first})\b)[A-Z][a-z'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'-]+){{1,2}}(?:,\s*\d{{1,3}}(?=,|\s+and\b))?"
    # people with a verb of their own after them ("... and five others were wounded"): a clause's subject; so is
    # the source of the sentence ("wounded their mother, a local official said", "..., a medic told AFP")
    own_verb = r"(?:\s+[\w'-]+)?\s+(?:were|was|are|is|have|has|had|said|says|told|added|reported|confirmed)\b"
    # one more person a killing verb takes, after the first: "two daughters", "her mother", "their two children",
    # "three of his aides"; a relative sharing the first one's article ("a father and son"); one named with an
    # age before the name, as the first ("killed 41-year-old Hector Garcia and 3-year-old Julian Garcia")
    victim_item = (rf"(?:(?:(?:his|her|their)\s+)?(?:(?P<q>{TWO_TO_TEN}|\d{{1,2}})\s+(?:of\s+(?:his|her|their)\s+)?|(?:a|an|the)\s+|(?<=his\s)|(?<=her\s)|(?<=their\s)"
                   rf"|(?<=and\s)(?=(?:{_alt(terms['shared_article_nouns'])})\b))"
                   rf"(?:[a-z-]+\s+)?(?P<noun>{person})\b(?!'s)"
                   rf"|(?<=and\s)\d{{1,3}}-year-old\s+(?-i:[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){{1,2}})\b(?!'s))")
    # more people a harm verb takes after its first object: "killed Destacia Straughn and her daughter"
    # ("killed a woman and four other residents were hurt": the others are a verb's subject, not killed)
    more_victims = rf"(?P<also>(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){victim_item}){{1,3}}(?!{own_verb}))?"
    # one of several people listed, sharing the article of the first: "found his 55-year-old wife, 26-year-old son,
    # and 10-year-old daughter dead", "found the 49-year-old mother and her 22-year old son dead"
    listed_person = rf"(?:(?:his|her|their|an?|the)\s+)?(?:(?P<q>two|three|four|five|six|\d)\s+)?(?:[\w'-]+\s+){{0,2}}?(?P<noun>{person})\b(?!'s)"
    listed_age = r"(?:,\s+(?:both\s+|ages?\s+)?\d{1,3}(?:\s+and\s+\d{1,3})?(?=,))?"
    # ", 25," / ", a man and a woman," / " - the driver -" / " -- including a child --" (" --including a child --" as often)
    # / " of 54 years" (a translation's age)
    apposition = rf"(?:{AGE_LIST_APPOSITION}|{AGE_BOUND}|\s+of\s+\d{{1,3}}(?:\s+and\s+\d{{1,3}})?\s+years(?:\s+(?:old|of\s+age))?|\s*,[^,]{{1,60}},|\s+--?\s?(?:\S|\s(?!--?\s)){{1,80}}?\s--?(?=\s)|\s*[—–][^—–]{{1,80}}[—–])?"
    # "four men attending a party at a Zelmer Street home were injured", "4 people including a girl were hurt":
    # a participle phrase between the counted people and their verb (not a harm of its own: "killing ...")
    participle = (
        r"\s+(?!(?:killing|wounding|injuring|shooting|hurting|leaving|during)\b)[a-z]+ing\s+(?:[\w'-]+\s+){0,10}?[\w'-]+"
        r"(?=\s+(?:were|was|are|is|have\s+been|had\s+been)\s)"
    )
    place_clause = (
        r"(?:\s+(?:at|in|inside|outside|near|from)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+(?=\s+who\b)"
        r"|\s+(?:in|inside|at|near|outside|on)\s+(?:a|an|the|his|her|their)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+(?=\s+(?:was|is|has been|had been)\s))?"
        r"(?:\s+who\s+(?!was\b|had\b|has\b|is\b)[^,.;]{1,60}?(?=\s+(?:was|is|has been|had been)\s))?"
    )
    # "a teenager shot in the head in her front yard has died", "one of the five people hospitalized after the
    # shooting has died": the harm told before the death of the same victim
    harmed_before = (
        r"(?:\s+(?:who\s+(?:had\s+been|has\s+been|was)\s+)?(?:shot|wounded|injured|hospitali[sz]ed|hurt|struck)\b(?:(?!\b(?:is|are|was|were|remains?|and|but)\b)(?:[^.;,]|\.(?=\s\d))){0,100}?"
        r"(?=\s+(?:has\s+died|died|dies|has\s+passed\s+away|passed\s+away|succumbed)\b))?"
    )
    # "40 militants of the Armed Forces of Ukraine were eliminated", "six residents of Shebekino were hospitalised",
    # "two dissidents of the FARC died", "three soldiers of the 5th Brigade": the body or the town the counted people belong to, a name up to their verb
    of_a_name = r"\s+of\s+(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?-i:[A-Z][\w'-]*)(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z0-9][\w'-]*)){0,5}"
    listed_item = rf"\s*,\s*(?P<q>an?|one|{TWO_TO_TEN}|\d{{1,3}})\s+(?:{mods})(?:{person})\b(?:{of_a_name})?"
    # "three girls and an elderly man were found dead", "two boys, ages 7 and 10, and two adults were
    # found slain": more people counted beside the first, subjects of the same verb
    also = (
        rf"(?P<also>(?:{AGE_LIST_APPOSITION})?,?\s+and\s+(?P<q>an?|one|{TWO_TO_TEN}|\d{{1,3}})\s+"
        rf"(?:{mods})(?:{person})\b)?"
    )

    # "killed three hostages held in Rafah", "four people trapped under rubble": what was done to the dead, a past
    # participle with its phrase (not a verb with an object of its own: "two masked intruders shot the man"); only
    # after the dead: beside the wounded it moved the US shooting tolls (gva-incidents) down
    past_participle = (r"(?:[a-z]{2,}ed|held|hidden|taken|caught|stuck|kept|driven|forced)\s+"
                       r"(?:in|inside|at|by|under|near|on|to|of|with|for|since|from|outside|beneath|behind|as|captive|hostage)\b|")

    def object_after(modifiers: str, participle: str = "") -> re.Pattern[str]:
        """The people an active verb counts, with ``modifiers`` before them, up to where the object ends."""
        return re.compile(
            # "injured eight more": more of the people told before, with no noun of their own
            rf"^\s*(?:(?P<mods>{modifiers})(?P<noun>{person})\b(?:{AGE_BOUND})?|\s*more\b)?(?:\s+(?:{_alt(terms['left_state']['killed'])}|{_alt(terms['left_state']['injured'])}))?"
            # "wounded four soldiers seriously": how badly, after the people
            rf"(?:\s+{HARM_DEGREE})?"
            rf"(?=\s*(?:$|[,.;:()\-\"']|(?:and|or|in|on|at|of|who|that|when|while|after|before|during|as|including|inside|near|outside|overnight|yesterday|today|tonight|earlier|since|with|from|across|throughout|over|around|off|aboard|among|along|within|amid|by|last|this|early|late|so|but"
            r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
            # "killed three Palestinians east of Khan Younis", "two people north-west of the city": a bearing from a place
            r"|(?:north|south)?-?(?:east|west)?(?<=[a-z])(?:ern)?\s+of)\b"
            # "killed five people waiting for aid", "12 civilians sheltering in a school": the people, then what they did
            rf"|(?(noun)(?:{participle}[a-z]{{2,}}ing\b)|(?!))))",
            re.IGNORECASE,
        )

    return {
        "subject": re.compile(
            # "five more were hurt": "more" stands for people only as a subject; "one of the six, a 24-year-old
            # man, died": one of those told before, with an apposition
            rf"^\s*(?:of\s+(?:them|those|whom|the\s+\w+)\b\s*)?(?:(?P<mods>{mods})(?P<noun>{person}|more)\b"
            rf"(?:\s+(?:inside|in|at|outside|near)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,2}}?[\w'-]+(?=\s+(?:were|was|are|is|suffering)\b)"
            rf"|{participle}|{of_a_name})?{also}(?:{of_a_name})?)?"
            rf"(?P<apposition>{apposition})\s*{aux}{adverb}(?:{counted_passive})\b",
            re.IGNORECASE,
        ),
        # "one of five victims in Saturday's shooting has died", "two of the four people shot": the people some are counted among
        "among": re.compile(
            rf"^\s*of\s+(?:(?:the|those|these)\s+)?(?:(?P<count>\d{{1,3}}|{TWO_TO_TEN})\s+)?(?P<mods>{mods})(?P<noun>{person})\b", re.IGNORECASE),
        "active_before": backward(
            rf"\b(?:{_slot_alternation(terms['active'])})", r"\s+(?:an?\s+|(?:his|her|their|its|the)\s+)?(?:estimated\s+|total\s+of\s+)?", re.IGNORECASE
        ),
        # "hacked 22 villagers to death", "burning six people alive": a verb that kills only with its ending
        # after the people it takes ("stabbed two men" alone is no death), and more people listed before the
        # ending ("hacked two men and a woman to death")
        "manner_before": backward(rf"\b(?:{_alt(terms['manner_verbs'])})", r"\s+(?:an?\s+|(?:his|her|their)\s+)?", re.IGNORECASE),
        "manner_object": re.compile(
            rf"^\s*(?:(?P<mods>{dead_mods})(?P<noun>{person})\b(?P<also>{_unnamed(more_victims)}))?\s+(?:{_alt(terms['manner_ends'])})\b",
            re.IGNORECASE,
        ),
        "object_after": object_after(mods),
        "dead_object_after": object_after(dead_mods, past_participle),
        # "killed two soldiers and three civilians": more people counted beside an active verb's first object
        # (not "killed two people and five others were wounded", the subject of a verb of their own)
        "object_also": re.compile(rf"{also}(?!'s|{own_verb})", re.IGNORECASE),
        # "killed 4 members of the VDP, 2 soldiers and 6 civilians": the people listed between the first object and
        # the last one "and" adds (counted only where that last one follows, ``object_also``)
        "object_listed": re.compile(rf"(?:{of_a_name})?(?:{_unnamed(listed_item)})*", re.IGNORECASE),
        "listed_item": re.compile(listed_item, re.IGNORECASE),
        "sent_state": re.compile(
            rf"^\s*(?:(?P<mods>{mods})(?P<noun>{person})\b)?(?:\s*,[^;.]{{1,60}}?,|\s+(?:in|from|of|ages?|aged|between)\s+[^,;.]{{1,30}}?)?\s+to\s+(?:(?:the|a|an|area|local|nearby|two|three|several|different|separate)\s+)*"
            rf"(?:[\w'.&-]+\s+){{0,4}}?(?:{_alt(terms['sent_to'])})\b",
            re.IGNORECASE,
        ),
        "left_state": re.compile(
            rf"^\s*(?:{dead_mods}(?:{person})\s+)?(?:{_slot_alternation(terms['left_state'])})\b", re.IGNORECASE
        ),
        "nominal": re.compile(
            rf"^\s*(?:(?:{_alt(terms['nominal_modifiers'])})\s+){{0,2}}(?:{_slot_alternation(terms['nominal'])})\b", re.IGNORECASE
        ),
        "toll_before": backward(
            rf"\b(?:(?P<killed>{_alt(terms['death_toll'])})|(?P<injured>{_alt(terms['injury_toll'])})|(?P<casualties>{_alt(terms['casualty_toll'])}))",
            r"\b[^.;]{0,120}?\b(?:rose|rises|risen|climbed|increased|reached|stands|stood|is|was|jumped|hit|of|at|to|now)\s+"
            r"(?:(?:today|overnight|again|further|on\s+\w+day|(?:early|late)\s+on\s+\w+day)\s+)?(?:to\s+|at\s+)?",
            re.IGNORECASE,
        ),
        # "bringing to 14 the number of people killed", "raising to 19 the death toll": the toll after its figure
        "toll_after_before": backward(
            r"\b(?:bringing|brought|brings|bring|raising|raised|raises|taking|took|takes|pushing|pushed|pushes)", r"\s+(?:up\s+)?to\s+",
            re.IGNORECASE,
        ),
        "toll_after": re.compile(
            rf"^\s+(?:the\s+)?(?:(?P<killed>{_alt(terms['death_toll'])}|number\s+of\s+(?:people\s+)?(?:killed|dead))|(?P<injured>{_alt(terms['injury_toll'])})|(?P<casualties>{_alt(terms['casualty_toll'])}))\b",
            re.IGNORECASE,
        ),
        "singular": re.compile(gated_word_start(
            rf"(?P<det>an?\s+(?:second|third|fourth|fifth)|one\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?|a|an|one|another|the|this|that|his|her|their)\s+"
            rf"(?P<mods>(?:[\w'-]+,?\s+){{0,4}}?)(?P<noun>{person})\b{apposition}(?:{participle})?{place_clause}{harmed_before}(?:,\s*(?=who\s+(?:was|is|has|had)\b)|\s+)"
            rf"(?P<aux>(?:who\s+)?(?:was|is|has been|had been|got|became)\s+(?:(?:also|later|then|reportedly|allegedly|initially|found|discovered|left)\s+)?(?P<neg>not\s+|never\s+)?{adverb}(?:{passive}|(?P<scene>treated\s+(?:at|on)\s+(?:the\s+)?scene))\b"
            rf"|(?P<reduced>(?:found\s+)?(?:shot\s+to\s+death|shot\s+dead|fatally\s+(?:shot|stabbed|wounded)|found\s+dead)\b(?!\s+(?:his|her|their|a|an|the|him|them|\d+|two|three|four)\b))"
            rf"|(?P<reduced_shot>shot(?=\s+(?:while|as|during|in\s+the\s+(?:leg|arm|hand|foot|chest|back|head|shoulder|stomach|neck|face|hip|thigh)"
            rf"|(?:once|twice|(?:\w+|multiple|several)\s+times)(?!\s+(?:at|into|through|from)\b))\b))"
            # "A man who died after walking into a hospital with a gunshot wound has been identified": in a relative clause
            rf"|(?P<who_died>who\s+(?:{LATER})?(?:{_alt(DIED_WORDS)})\b)"
            # "A 19-year-old man later died at the hospital": a death told after its victim's harm, a sentence before
            rf"|(?:{LATER})?(?:{_alt([*DIED_WORDS, '(?:has )?lost (?:his|her|their) li(?:fe|ves)', 'suffered', 'sustained', 'received', 'with', 'suffering from', 'suffering', 'who suffered', 'had'])})\b\s*(?:(?:[\w-]+\s+){{0,3}}?(?P<wound>{_alt(terms['wound_nouns'])})\b)?)", re.IGNORECASE),
            re.IGNORECASE,
        ),
        # a name (or "he", "she") where no word character nor comma stands before it, asked first for its first
        # letter: the engine leaves any other character at that one test (as "^|[^\w,]\s*" before it, which it
        # tried as two branches at every character, and whose match began before the name; only the name is read)
        "named": re.compile(
            rf"(?=[A-ZHhSs])(?<![\w,])(?P<name>(?:[A-Z][a-z'-]+\s+){{0,3}}[A-Z][a-z'-]+|[Hh]e|[Ss]he)(?:{_NAME_SUFFIX})?(?:,\s*\d{{1,2}},|{_AGED_APPOSITION})?(?:,?\s+(?:of|from|who)\s+[^,]{{1,60}}{_STATE_AFTER},)?\s+"
            rf"(?:(?:was|has(?:\s+since)? been|had(?:\s+since)? been|is|remains|remained)\s+(?:(?:also|later|then|reportedly|allegedly|initially|found|discovered|still|now)\s+)?(?P<neg>not\s+|never\s+)?{adverb}(?:{passive})|(?:(?:later|subsequently|then|eventually)\s+)?(?P<died>died|dies|succumbed|passed\s+away)|(?:(?:had|has)\s+)?(?:(?P<wounded>(?:suffered|sustained|received)\s+(?:[\w-]+\s+){{0,3}}?(?:gunshot|bullet)\s+wounds?)|(?P<hurt>(?:suffered|sustained|received)\s+(?:[\w-]+\s+){{0,3}}?(?:injur(?:y|ies)|wounds?))))\b",
        ),
        "negation": re.compile(
            rf"\b(?:{_alt(terms['negation']['subject'])})\s+(?:else\s+|of\s+(?:them|the\s+\w+)\s+)?{aux}{adverb}(?:{passive})\b"
            rf"|(?P<noinj>\bno\s+(?:other\s+|reported\s+|serious\s+)?(?:injuries|injured))|(?P<nodeath>\bno\s+(?:deaths|fatalities))",
            re.IGNORECASE,
        ),
        # "Neither the driver or the other passenger was injured", "Neither Melissa, Chris nor their three children were
        # injured", "Nobody inside of the Tequila Bar & Grill was injured", "not one kid is shot": the denial governs every
        # person its subject lists, up to the verb (not past a "but": "no one was hit, but the landlord was injured")
        "denied_subject": re.compile(
            rf"\b(?:{_alt(terms['negation']['listing'])})\b(?:(?!\b(?:but|and\s+(?:was|were))\b)[^.;]){{0,80}}?\s"
            rf"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:{_alt(terms['negation']['listed_harm'])})\b",
            re.IGNORECASE,
        ),
        "victim_object": re.compile(gated_word_start(
            rf"(?:{_alt(terms['victim_verbs'])}|(?P<manner>{_alt(terms['manner_verbs'])}))\s+(?:(?:his|her|their|its|a|an|the|one|another)\s+(?P<vmods>(?:[\w'-]+\s+){{0,3}}?)(?P<victim>{aged_person})\b(?!'s)(?P<ages>\s*,\s*(?:(?:ages|aged)\s+)?\d{{1,3}}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d{{1,3}})*\b(?!-))?"
            # "shot and killed 26-year-old Alexis Waranka": a victim named with an age before the name
            rf"|\d{{1,3}}-year-old\s+(?-i:(?:[A-Z][\w'-]+\s+){{0,3}}[A-Z][\w'-]+\b)(?!'s))"
            # "killed his wife and two daughters", "his partner and their two children", "his wife, her sister
            # and her mother": more people killed, each told with a determiner or a number; "hacked a farmer to
            # death": a verb that kills only with its ending after them
            rf"{more_victims}(?(manner)\s+(?:{_alt(terms['manner_ends'])})\b)", re.IGNORECASE),
            re.IGNORECASE,
        ),
        "victim_item": re.compile(victim_item, re.IGNORECASE),
        # the people listed after a harm verb's first object ("wounded his wife and two daughters": "and two daughters")
        "more_victims": re.compile(more_victims, re.IGNORECASE),
        "death_of": re.compile(
            rf"(?<!attempted\s)\b(?:{_alt(terms['death_of'])})\s+of\s+(?:(?P<q>an?|one|the|{TWO_TO_TEN}|\d+)\s+)?(?:(?!of\b)[\w'-]+\s+){{0,3}}?(?:(?P<noun>{person})\b|(?=[A-Z]))",
        ),
        "listed_person": re.compile(listed_person),
        # "the deaths of Deziyah Davis, 9, and Denise Couplin, 52": the people a plural crime's name lists
        "names_listed": re.compile(rf"{_NAMED}(?:[,;]\s+{_NAMED})*[,;]?\s+and\s+{_NAMED}"),
        "pronoun_object": re.compile(gated_word_start(
            rf"(?:(?P<killed>{_alt(terms['victim_verbs'])})|(?P<shot>shot|grazed)|(?P<injured>wounded|injured|wounding|injuring))\s+(?:him|her)\b(?=\s*(?:$|[,.;:]|(?:in|on|at|with|and|before|after|during|while|outside|inside|near|multiple|several|once|twice|as)\b))", re.IGNORECASE),
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
        # "found a man and a woman dead", "find his wife, son, and daughter dead": each person listed
        "found_listed": re.compile(
            rf"\b(?:found|find|finds|discovered)\s+(?P<list>{_unnamed(listed_person)}{listed_age}(?:{LIST_SEPARATOR}"
            rf"{_unnamed(listed_person)}{listed_age}){{1,3}}),?\s+(?:dead|deceased|shot\s+to\s+death)\b",
        ),
        "found_dead": re.compile(
            r"\b(?:found|find|finds|discovered)\s+(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){0,6}?(?:[\w'-]+,\s+\d{1,3},\s+)?(?:dead|deceased|shot\s+to\s+death)\b", re.IGNORECASE,
        ),
        "lone_victim": re.compile(
            _from_word_start(
                f"(?P<{slot}>{'|'.join(_at_word_start(fragments)).replace('{person}', person).replace('{multiple}', multiples())})"
                for slot, fragments in terms["lone_victim"].items() if slot != "_doc"
            ),
            re.IGNORECASE,
        ),
        # "Three people are dead and a fourth is wounded", "two were killed and a third was hurt": the last of the
        # victims, told by its place among them with no noun
        "ordinal_alone": re.compile(
            rf"\b(?:a|the)\s+(?P<ordinal>second|third|fourth|fifth)\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?{adverb}(?:{passive})\b",
            re.IGNORECASE,
        ),
        "pair_subject": re.compile(
            rf"\b(?:(?:a|an|one|the)\s+(?:[\w'-]+\s+){{0,2}}?(?:{person})\s+and\s+(?:(?:a|an|one|the|his|her)\s+)?"
            # "Roary and his elder son were pronounced dead", "she and her husband were shot"
            rf"|(?:(?-i:[A-Z][a-z'-]+)|he|she)\s+and\s+(?:his|her|their)\s+)(?:[\w'-]+\s+){{0,2}}?(?:{person})\b"
            rf"{apposition}\s+(?:(?:were|have been|had been)\s+(?:(?:both|also|later|reportedly)\s+)?(?:found\s+)?|(?=(?:both\s+)?died\b)(?:both\s+)?)"
            rf"{adverb}(?:{passive})\b",
            re.IGNORECASE,
        ),
        # "Lamont Jones, 33, and Mario King, 26, were killed", "Kelso, Lum and Green were shot", "Omar P. Jarman, 35;
        # Shontay N. Young, 34; and Danielle B. Lucero, 26, died": each person named; told in their present state too
        # ("are being treated at University Hospital", "remain in stable condition"), the harm's words in any case
        "named_list": re.compile(
            rf"\b(?P<names>{_NAMED}(?:[,;]\s+{_NAMED})*[,;]?\s+and\s+{_NAMED}),?\s+(?:(?:were|are|remain(?:s|ed)?|have\s+been|had\s+been)\s+"
            rf"(?:being\s+)?(?:(?:all|both|also|later|reportedly|allegedly|then|still)\s+)?(?:found\s+)?|(?=(?:(?:all|both|later)\s+)?died\b)(?:(?:all|both|later)\s+)?)"
            rf"(?i:{adverb}(?:{passive}))\b"
        ),
        # "killing Sarah Davidson at the scene and injuring Leanne Smith and Dustin Grey": people named in full
        # as what a harm verb did (a first and a last name, so that no day, month or single word is read as one)
        "named_object": re.compile(
            rf"\b(?:(?P<killed>killing|killed|fatally\s+shooting|fatally\s+shot|shot\s+and\s+killed)|(?P<injured>injuring|injured|wounding|wounded))\s+"
            rf"(?P<names>{full_name}(?:,\s+{full_name})*(?:,?\s+and\s+{full_name})?)\b(?!'s){more_victims}"
        ),
        # "she and three others", "Smith and two others"; not a place ("the strike on Kramatorsk and four others")
        "companion": backward(
            rf"\b(?:he|she|(?<!\b(?:in|on|at|of)\s)(?<!\b(?:near|from)\s)(?-i:[A-Z][a-z'-]+)|(?:a|an|the)\s+(?:[\w'-]+\s+){{0,2}}?(?:{person}))", r"\s+and\s+", re.IGNORECASE
        ),
        # "a man and three women were shot", "a mother and her three daughters", "Ortiz and his two sons",
        # "she and her two sons": one person more than those counted
        "one_more": backward(
            rf"\b(?:(?:a|an)\s+(?:[\w'-]+\s+){{0,2}}?(?!(?:couple|pair)\b)(?:{person})(?<!s)"
            rf"|(?:the\s+(?:[\w'-]+\s+){{0,2}}?(?:{person})(?<!s)|(?-i:[A-Z][a-z'-]+)|he|she)(?=\s+and\s+(?:his|her|their)\s))",
            r"\s+and\s+(?:(?:his|her|their)\s+)?", re.IGNORECASE
        ),
        # "Lyndon Beharry, 35, Amanda Morris, 29, and their two children died": people named with their ages
        # before those counted, subjects of the same verb
        "aged_names_before": backward(
            rf"\b{_AGED_NAMED}", rf"(?:[,;]\s+{_AGED_NAMED})*,?\s+and\s+(?:(?:his|her|their)\s+)?"
        ),
        "suicide": re.compile(_alt(terms["suicide"]), re.IGNORECASE),
        # "including five children", "in Zamfara, including three women and five children", "six of them children"
        "subgroup": re.compile(
            rf"(?:\s+(?:in|at|near|on|of)\s+[^,;.]{{1,40}}?)?,?\s*(?:(?:including|among them|among whom|of whom|most of them)\s+"
            rf"(?:(?:an?|one|\w+|\d+)\s+(?:{mods})?(?:women|men|elderly(?:\s+people)?|adults|civilians|soldiers)\s*(?:,|\s+and)\s+)?"
            rf"|(?=(?:\w+|\d+)\s+of\s+(?:them|whom)\s))"
            rf"(?P<q>an?|one|\w+|\d+)\s+(?:of\s+(?:them|whom)\s+(?:were\s+|are\s+)?)?(?:{mods})?"
            rf"(?P<kids>children|child|kids|kid|boys?|girls?|minors?|teen(?:ager)?s?|infants?|babies|baby|toddlers?)\b",
            re.IGNORECASE,
        ),
    }


# "Jesus Rios, a 17-year-old Latino male, died": who the person named is, with an age, before their verb
_AGED_APPOSITION = r",\s+(?:an?\s+)?\d{1,3}-year-old\b[^,;.]{0,40},"
# "Saunders of Fort Mitchell, Ala., was shot": a town's state after it
_STATE_AFTER = r"(?:,\s+[A-Z][a-z]{1,4}\.)?"
# the generation a name ends with: "Antwone Earl Price Jr., 11, died", "Vincent Edward Holt, Jr.", "John Hambaugh III"
_NAME_SUFFIX = r"(?:,?\s+(?:Jr|Sr)\b\.?|\s+(?:II|III|IV)\b)"
# the home town a report gives after a person's age: "William Gonzalez, 32, of Garfield Heights"
HOME_TOWN = r"(?:,\s+of\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,2})?"
# a person's name, with the age (and home town) a report gives after it ("Mario King, 26")
# the nickname a report puts in quotes inside a name: 'Leroy "LJ" Friedel', 'Jefferson "Rex" Rivers'
_NICKNAME = r'(?:"[A-Z][\w.\'-]*"\s+)?'
_NAMED = rf"(?:[A-Z][a-z'-]+\s+(?:[A-Z]\.\s+)?{_NICKNAME}){{0,2}}[A-Z][a-z'-]+(?:,\s*\d{{1,3}}{HOME_TOWN}(?=[,;]|\s+and\b))?"
_AGED_NAMED = rf"(?:[A-Z][a-z'-]+\s+(?:[A-Z]\.\s+)?{_NICKNAME}){{1,2}}[A-Z][a-z'-]+,\s*\d{{1,3}}{HOME_TOWN}"
AGE_AFTER_NAME = re.compile(rf",\s*\d{{1,3}}\b{HOME_TOWN}")
"""The age (and home town) a report gives after a person's name, one to each person of a list of names."""
NAME_SEPARATOR = r"[,;]\s+(?:and\s+)?|\s+and\s+"


_WORD_START = re.compile(r"(?:\(\?<!(?:\\.|[^()\\])*\))*\\b")  # lookbehinds, then \b


# "three males, ages 17, 18 and 22, were shot": the ages of the people counted, never a count
_AGES = r"\s+\d{1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+to\s+|\s*-\s*)\d{1,3}\b)*"
AGE_LIST = rf"\b(?:ages?|aged){_AGES}"
AGE_LIST_APPOSITION = rf"\s*,?\s+(?:ages|aged){_AGES},?"  # after the people counted: "two age 20" is no apposition
# "a child under the age of 10 was killed", "69 children under 15 died", "men aged over 60": the bound of the counted
# people's ages, after them; its number is no count
AGE_BOUND = r"\s+(?:aged\s+)?(?:under|below|over|above|(?:younger|older)\s+than)\s+(?:the\s+age\s+of\s+)?\d{1,3}(?:\s+years(?:\s+old|\s+of\s+age)?)?\b(?!-)"


def _at_word_start(fragments: list[str]) -> list[str]:
    """``fragments``, each checked to begin at a word boundary (after any lookbehinds)."""
    for fragment in fragments:
        if not _WORD_START.match(fragment):
            raise ValueError(f"casualty_terms.json: {fragment!r} must begin with \\b, as its list's other phrases do")
    return fragments


def _from_word_start(alternatives: Iterable[str]) -> str:
    """A choice of alternatives that all begin at a word boundary, with that said once before it:
    inside a word the engine then stops at one test instead of trying every alternative, and
    at a word's end or a word no alternative begins with at the gate of first letters."""
    return gated_word_start("(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


TWO_TO_TEN = "two|three|four|five|six|seven|eight|nine|ten"
"""The number words a count of people is read in (with digits beside them): one alternation for the patterns."""
_NUMBER_WORDS = rf"one|{TWO_TO_TEN}|eleven|twelve|\w+teen|twenty|thirty|forty|fifty"
"""Number words that are a count of their own, never a modifier of the people another number counts."""
GRAVELY = r"(?:seriously|critically|severely|gravely|badly)"
LIGHTLY = r"(?:lightly|slightly|moderately)"
HARM_DEGREE = rf"(?:{GRAVELY}|{LIGHTLY})"
"""How badly people were hurt, told as an adverb: the grave and the light are two parts of the wounded."""

AGE_NOUN = r"\d{1,3}-(?:year|month|week|day)-old"
"""A person told by age, as a noun or before one: "a 17-year-old", "a 9-month-old", "his 3-week-old son"."""

LATER = r"(?:later|since|subsequently|eventually)\s+"
"""Before a death ("later died"): the same death, told after the harm."""

DIED_WORDS = ("died", "has died", "had died", "dies", "was found dead", "succumbed", "had succumbed", "has passed away", "had passed away", "passed away")
"""The words that tell a person dead after the person ("A 19-year-old man later died"): the singular pattern matches
them and ``victims`` reads its slot from them."""


def multiples() -> str:
    """The words that tell how many victims a crime had, as one choice: the "double" of "a double homicide",
    "quintuple" of "a quintuple shooting" (``data/numbers.json``)."""
    return "|".join(table("numbers")["multiples"])


LIST_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:another\s+)?"
"""Between the entries of a list of people: "his wife, son, and daughter", "a woman and another man"."""


def _unnamed(pattern: str) -> str:
    """``pattern`` with its named groups plain, to be repeated inside another (read again on its own)."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def people_counted(match: re.Match[str], default: int | None = None) -> int | None:
    """How many people the count word of ``match`` says (every pattern names it ``q``): "a" or "an"
    one, "three" 3, "12" 12; ``default`` where the pattern took no count word, None for a word
    that is no number ("most")."""
    word = match.group("q")
    if not word:
        return default
    return 1 if word.lower() in ("a", "an") else parse_number(word)


def slot_of(match: re.Match[str]) -> str:
    """The first slot group (in the pattern's order) that took part in ``match``; only the
    slot groups are read, not a dict of every group of a long pattern."""
    return next(name for name in match.re.groupindex if name in SLOTS and match.group(name))


# A sentence with none of these stems states no casualty: skip every pattern ("treatment": "Another 9 people
# are receiving treatment" is read by the passive pattern only where the sentence gets that far). Only whether one
# occurs matters, so they are one choice whose stems share their first letters (``choice``). "on himself": the
# gun a killer turned on himself ("The gunman then turned his gun on himself") is his death, with no other stem.
# "rubble", "debris": the missing a strike buries ("Ten people are believed trapped under the rubble").
# "neutrali", "eliminat", "sacrifice": an army's words for the dead of a clash ("troops neutralised 9 terrorists",
# "one soldier paid the supreme sacrifice"). The care the wounded sought ("medical care", "doctors"; not "medical"
# alone: "Two passengers were transported to St John Medical Center" after a crash, GVA) is a stem too, read from
# casualty_terms.json 'care_sought' with the phrases that count it (``trigger``).
_TRIGGER_STEMS = (
    "kill slaughter massacr butcher behead dead deceased die death wound injur hurt shot shoot casualt missing body bodies murder homicide slain slay"
    " fatal hospital condition suicide life lives toll victim abduct kidnap graz gunfire bullet perish execut"
    " martyr unaccounted remains stab beat pellet buckshot shrapnel strangl burn crush harm survive treated treatment recover whip struck"
    " striking hitting save succumb rubble debris shahad"
    " neutrali eliminat sacrifice"
).split() + ["sent to hell", "make it", "passed away", "passes away", "pass away", "on himself", "on herself", "on themselves"]


@cache
def trigger() -> CaselessSearch:
    """The stems without one of which a sentence states no casualty. "hit" is a whole word: "hit(?<=\bhit)\b" is
    "\bhit\b" begun with its letters, so that the search jumps to the stems' first letters (``CaselessSearch``)."""
    return CaselessSearch(choice([*_TRIGGER_STEMS, *table("casualty_terms")["care_sought"]]) + r"|hit(?<=\bhit)\b")
# Cheap tests that a pattern can match at all: most sentences skip the costly ones.
GATES = {
    "pronoun_object": CaselessSearch(r"\b(?:him|her)\b"),
    "left_singular": CaselessSearch(r"\b(?:left|leaving)\b"),
    "injury_of": CaselessSearch(r"'s\s+(?:\w+\s+)?(?:injur|wound)|\b(?:his|her)\s+(?:\w+\s+)?(?:injur|wound)"),
    "found_dead": CaselessSearch(r"\b(?:found|finds?|discovered)\b.*\b(?:dead|deceased|death)\b"),
    "lone_victim": CaselessSearch(r"wound|injur|hospital|bod(?:y|ies)|shooting|condition|recover|listed|hit(?<=\bhit)\b|hitting|struck|striking|graz|whip|fatal|death|homicide|murder|slay|pronounced|killed|shot|save|make\s+it"),
}
