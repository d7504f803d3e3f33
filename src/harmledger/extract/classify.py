"""What kind of incident a sentence tells: ACLED type, weapon, target, perpetrator.

One pass over the text finds every cue of every slot (``extract.cues``); each
slot then picks among its own hits by the precedence its data file gives:

- type: the cues of the first sentence that has any, the rule listed first
  winning, as an ACLED coder codes a clash with shelling as a clash;
- weapon: the rule listed first (in that sentence if it names one, else in
  the whole text); a sentence that tells two incidents, each clause with its
  type cue and its harm ("..., and a drone attack in Bilozerka injured a man"),
  is typed and armed by its first clause, the second skipped;
- target: the site named first;
- perpetrator: an agent named outright ("fired upon ... by NAF rebel forces",
  "repelled Ukrainian attacks"), else the first doer named ("Russian forces",
  "a Russian missile attack"); below every named one, a war's own word for a side
  ("the occupiers", "the junta"), which ``side_in`` reads where the incident lies;
- attribution: the strongest cue ("no one claimed" before "claimed").

Word lists: ``data/slot_event_types.json``, ``slot_weapons.json``,
``slot_targets.json``, ``slot_actors.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from harmledger.data import table
from harmledger.extract.cues import CueIndex, Hit, lowered
from harmledger.text.regex import choice

_SENTENCE_END = re.compile(r"[.!?](?=[\"'”’)\]]*\s+[\"'“‘(\[]?[A-Z0-9])|\n")


@dataclass(frozen=True)
class Classification:
    """The slots one text gives; ``cue_span`` is the offsets of the cue that decided the type; ``unnamed_make``
    the sub-type an explosion only named ("killed in a blast") is where the report never names its make."""

    event_type: str | None = None
    sub_event_type: str | None = None
    unnamed_make: str | None = None
    weapon: str | None = None
    target: str | None = None
    perpetrator: str | None = None
    attribution: str | None = None
    cue_span: tuple[int, int] | None = None


_NOTHING = Classification()


def _ranked(slot: str, name: str) -> Iterator[tuple[str, int, object, str]]:
    for rank, (value, cues) in enumerate(table(name)["rules"]):
        for cue in cues:
            yield slot, rank, value, cue


def _event_cues() -> Iterator[tuple[str, int, object, str]]:
    """Each rule's cues, ``{actor}`` filled with every named actor's name ("a fama camp", "an rsf base") and each of
    the file's ``parts`` (a phrase several cues share, "{at_a_protest}") with its regex."""
    types = table("slot_event_types")
    values = {"actor": f"(?:{choice(_named_actors())})", **types["parts"]}
    for rank, rule in enumerate(types["rules"]):
        for cue in rule["cues"]:
            yield "event", rank, (rule["event_type"], rule["sub_event_type"], rule.get("unnamed_make")), _fill(cue, values)


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")  # a regex's own braces hold counts ("{0,3}"), never letters


def _fill(pattern: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], pattern)


# "the Islamic State West Africa Province (ISWAP) claimed", "the Rapid Support Forces (RSF) shelled": a name's
# short form in brackets after it, or the bracket closing round a short form ("(RSF) shelled"), stays part of it;
# so does a tie ("Al-Shabaab-affiliated militants", "IS-linked fighters"), not a sponsor ("Iran-backed") or a
# government ("the Hamas-run health ministry"); a side that leads others ("Russian-led forces") or is named first of
# allies ("an Israeli-American strike") is the doer (``_joined``)
_SHORT_NAME = r" \([\w-]{2,12}\)|\)|-(?:affiliated|linked|aligned|allied)"
_NAMED = "named"  # an agent pattern's value: the actor is whichever name its group caught (``_perpetrator``)


@cache
def _joined() -> str:
    """What may follow a side's name to join it to the allies it leads: "-led", or "-" and an ally's name that
    names a doer only so joined ("-american", "-british")."""
    return f"-(?:led|{choice(_joint_leader_names())})"


def _joint_leader_names() -> list[str]:
    """Every name of ``slot_actors``' ``joint_leaders``, the states that name a doer only at the head of allies."""
    return [name for names in table("slot_actors")["joint_leaders"].values() for name in names]


def _joint_leaders() -> Iterator[tuple[str, str]]:
    """Each state named as a doer only at the head of allies ("a U.S.-British air strike", "a US-led coalition
    strike": "us" alone is a pronoun, "American" alone the setting of American news) → its canonical name, as
    the regex of its joined names."""
    partners = choice([*_actor_names(), *_joint_leader_names()])
    for canonical, names in table("slot_actors")["joint_leaders"].items():
        for name in names:
            yield canonical, f"{re.escape(name)}-(?:led|{partners})"


def _setting_states() -> Iterator[tuple[str, str]]:
    """Each state whose own names are the setting of its news ("African American gunmen", "us") named as a doer
    only right before one of its military agents ("US forces killed", "a U.S. drone strike") or, named so that it is
    no pronoun, before a strike ("The US late on Friday struck") → its canonical name, as the regex of one name so
    followed."""
    for canonical, state in table("slot_actors")["setting_states"].items():
        for name in state["names"]:
            yield canonical, f"{re.escape(name)}(?= (?:{choice(state['agents'])})\\b)"
        for name in state["striker_names"]:
            yield canonical, f"{re.escape(name)}(?={state['strikes']})"


def _theatre_sides() -> dict[str, dict]:
    return table("slot_actors")["theatre_sides"]


@cache
def _named_actors() -> dict[str, str]:
    """Each named actor's name in text → its canonical name (no theatre side's word for a side)."""
    return {name: canonical for canonical, names in table("slot_actors")["actors"].items() for name in names}


@cache
def _actor_names() -> dict[str, str]:
    """Each actor's name in text → its canonical name (a theatre side's name → that side's key)."""
    return {**{name: key for key, side in _theatre_sides().items() for name in side["names"]}, **_named_actors()}


def side_in(perpetrator: str | None, country: str | None) -> str | None:
    """The actor a perpetrator is where the incident is: a theatre side's ("the occupiers",
    "the junta") is the side its war's press means by it in that country, none elsewhere;
    a named actor is itself."""
    side = _theatre_sides().get(perpetrator) if perpetrator else None
    return side["sides"].get(country) if side else perpetrator


def _actor_cues() -> Iterator[tuple[str, int, object, str]]:
    """Agent patterns ("fired upon ... by X forces", "repelled X attacks") outrank doer patterns
    ("X forces shelled"); each is expanded until it starts with a literal. An agent pattern
    begins with a verb, so it is one cue for every actor (a cue per actor was tried at every
    "killed" once for each); a doer pattern begins with its actor's name."""
    actors = table("slot_actors")
    values = {
        "modifiers": actors["modifiers"],
        "agent": f"(?:{choice(actors['agents'])})",
        "verb": f"(?:{choice(actors['verbs'])})",
    }
    for pattern in actors["agent_patterns"]:
        for verb in actors["passive_verbs"] if "{passive}" in pattern else [""]:
            filled = {**values, "passive": re.escape(verb), "actor": f"(?P<actor>{choice(_actor_names())})"}
            yield "actor", 0, _NAMED, _fill(pattern, filled)
    for rank, sides in ((1, actors["actors"]), (2, {key: side["names"] for key, side in _theatre_sides().items()})):
        for canonical, names in sides.items():
            for pattern in actors["doer_patterns"]:
                for name in names:
                    actor = re.escape(name) + f"(?:{_SHORT_NAME}|{_joined()})?"
                    yield "actor", rank, canonical, _fill(pattern, {**values, "actor": actor})
    for canonical, joined in [*_joint_leaders(), *_setting_states()]:
        for pattern in actors["doer_patterns"]:
            yield "actor", 1, canonical, _fill(pattern, {**values, "actor": joined})
    for rank, (value, cues) in enumerate(actors["attribution"]):
        for cue in cues:
            yield "attribution", rank, value, cue


@cache
def _index() -> CueIndex:
    return CueIndex([*_event_cues(), *_ranked("weapon", "slot_weapons"), *_ranked("target", "slot_targets"), *_actor_cues()])


def _best(hits: list[Hit]) -> Hit | None:
    """The highest-ranked cue, the first in the text, the longest of those starting there ("Pakistani Taliban
    fighters" names the TTP, not Pakistan)."""
    return min(hits, key=lambda hit: (hit.cue.rank, hit.start, -hit.end), default=None)


def _head(hits: list[Hit]) -> Hit | None:
    """The best doer, or an actor of its rank named inside its words: "the separatist Baloch Liberation Army
    claimed" is the BLA's claim, not the separatists' (a word that names a side in another war)."""
    best = _best(hits)
    inner = [hit for hit in hits if best and hit.cue.rank == best.cue.rank and best.start < hit.start < best.end]
    return _best(inner) or best


def _first_sentence_end(text: str, hits: list[Hit]) -> int:
    """Where the first sentence with a type cue ends (the text's end when none has)."""
    if not hits:
        return len(text)
    boundary = _SENTENCE_END.search(text, hits[0].end)
    return boundary.start() if boundary else len(text)


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` begins: after the last sentence end before it."""
    return max((m.end() for m in _SENTENCE_END.finditer(text, 0, position)), default=0)


# a clause joined on by "and", "while" or "but" after a comma, or after a semicolon
_JOINED_CLAUSE = re.compile(r"[,;] (?:and|while|whereas|but) |; ")
# a harm's word, its start checked in code (``_harms``): with no \b before it the pattern is looked for by its first
# letters at C speed, where the \b was tried at every character
_HARM = re.compile(r"(?:killed|killing|kills|wounded|wounding|injured|injuring|died|dead)\b")


def _harms(low: str, start: int, end: int) -> list[int]:
    """Where each harm's word ("killed", "wounded", "dead") begins between ``start`` and ``end``: a match inside a
    word ("skilled") is no harm, and hides none, since no word begins inside it."""
    return [m.start() for m in _HARM.finditer(low, start, end) if not _inside_word(low, m.start())]


def _inside_word(low: str, position: int) -> bool:
    return position > 0 and (low[position - 1].isalnum() or low[position - 1] == "_")


def _lead_clause_end(text: str, low: str, hits: list[Hit], end: int) -> int:
    """Where the deciding sentence's first incident ends: at a clause break with a type cue and a harm on each side
    within that sentence ("two civilians were killed by Russian artillery fire in Kherson, and an FPV drone attack in
    Bilozerka later injured a man" tells two incidents, the lead's the artillery's; a headline's "Two killed" before
    it is no harm of its clause); else the sentence's end, where the rules' precedence holds across clauses ("Russian
    forces shelled the town, and a drone strike killed two" is a drone strike). The harms and the cues' starts are
    found once, so that a sentence of many clauses is read in one pass."""
    if not hits:
        return end
    start = _sentence_start(text, hits[0].start)
    harms = _harms(low, start, end)
    if not harms:
        return end
    starts = sorted(hit.start for hit in hits)
    told_until = bisect_left(starts, end)
    for cut in _JOINED_CLAUSE.finditer(low, hits[0].end, end):
        told_after = bisect_left(starts, cut.end()) < told_until
        if told_after and harms[0] < cut.start() and harms[-1] >= cut.end():
            return cut.start()
    return end


def _preferring_first_sentence(hits: list[Hit], end: int, sentence_end: int | None = None) -> list[Hit]:
    """A slot's hits up to the deciding sentence's end (or its lead clause's, ``end``), else all but those of the
    other incident the rest of that sentence tells: a report's lead incident comes first."""
    return [hit for hit in hits if hit.start < end] or [hit for hit in hits if not end <= hit.start < (sentence_end or end)]


@cache
def _place_aside() -> re.Pattern[str]:
    """"burned the village of Tawila (North Darfur) and killed villagers", "hit Leego (Bay, Somalia) and": an ACLED
    note's admin areas in brackets after a place, capitalised words with their small joining words, commas between."""
    word = rf"(?:[A-Z][\w'’.-]*|(?:{choice(table('slot_actors')['place_asides']['joining_words'])})(?= ))"
    return re.compile(rf"(?<=\w) \((?P<names>{word}(?:,? {word})*)\)")


@cache
def _force_word() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{choice(table('slot_actors')['place_asides']['force_words'])})\b")


def _names_no_place(names: str) -> bool:
    """A bracket that names an actor ("fighters (Hamas)"), a short name ("(RSF)", no small letter) or a force
    ("Soldiers (Burkinabe Army)") tells who acted, not where."""
    low = lowered(names)
    return names.isupper() or low in _actor_names() or _force_word().search(low) is not None


def _asides_masked(text: str, low: str) -> str:
    """``low`` with each bracketed place aside, and the space before it, a filler of its length joined to the place's
    last word, offsets kept: the cues' word gaps ("militia (?:[\\w-]+ ){0,6}?killed") read "Tawila (North Darfur)"
    as the one word "Tawila" is, not as a wall. A text with no " (" has no aside (so in 196 of extract's 4,864
    calls over 400 GVA dev articles): its look-behind, tried at every character, cost an eighth of classify."""
    if " (" not in text:
        return low
    pieces, kept_to = [], 0
    for aside in _place_aside().finditer(text):
        if not _names_no_place(aside.group("names")):
            pieces += [low[kept_to:aside.start()], "_" * (aside.end() - aside.start())]
            kept_to = aside.end()
    return "".join([*pieces, low[kept_to:]])


def classify(text: str) -> Classification:
    """The ACLED type, weapon, target, perpetrator and attribution that ``text`` gives; ``None`` where it gives none.

    The type is decided in the first sentence with a type cue; the other slots
    look there first and then in the rest of the text.
    """
    low = _asides_masked(text, lowered(text))
    hits = _index().scan(low)
    if not hits:
        return _NOTHING  # most clauses: no need to rank empty lists
    by_slot: dict[str, list[Hit]] = {"event": [], "weapon": [], "target": [], "actor": [], "attribution": []}
    for hit in hits:
        if not (hit.cue.slot == "actor" and _harmed_before(low, hit)) and not _shooters_targeted(low, hit):
            by_slot[hit.cue.slot].append(hit)
    sentence_end = _first_sentence_end(text, by_slot["event"])
    end = _lead_clause_end(text, low, by_slot["event"], sentence_end)
    decided = _met_later(_best([hit for hit in by_slot["event"] if hit.start < end]), by_slot["event"], text)
    # the other incident's weapon is never the lead's; its side, its site and its claim may be (a war's side strikes twice)
    weapon = _best(_preferring_first_sentence(by_slot["weapon"], end, sentence_end))
    attribution = _best(_preferring_first_sentence(by_slot["attribution"], end))
    event_type, sub_event_type, unnamed_make = decided.cue.value if decided else (None, None, None)
    doers = by_slot["actor"] if sub_event_type == INTERCEPTION else [hit for hit in by_slot["actor"] if not _defends(low, hit)]
    perpetrator = _head(_preferring_first_sentence(doers, end))
    targets = _preferring_first_sentence(by_slot["target"], end)
    return Classification(
        event_type=event_type,
        sub_event_type=sub_event_type,
        unnamed_make=unnamed_make,
        weapon=weapon.cue.value if weapon else None,
        target=targets[0].cue.value if targets else None,
        perpetrator=_perpetrator(perpetrator, low),
        attribution=attribution.cue.value if attribution else None,
        cue_span=(decided.start, decided.end) if decided else None,
    )


PEACEFUL_PROTEST = "Peaceful protest"


# a sentence that opens on another time or story: "Last year, police fired tear gas ...", "In June 2024 police shot
# dead 60 protesters", "Separately, police arrested 12 protesters in Pokhara"
_ANOTHER_STORY = re.compile(
    r"\s*[\"'“‘(\[]?(?:separately|elsewhere|meanwhile|earlier|previously|last\s+(?:year|month|week)"
    r"|(?:a|one|two|three|several)\s+(?:years?|months?|weeks?)\s+(?:ago|earlier)|in\s+(?:[a-z]+\s+)?(?:19|20)\d\d)\b",
    re.IGNORECASE)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PLACE_NAMED = re.compile(r"\b(?:in|at|near)\s+([A-Z][\w'-]+)")


def _tells_another_place(sentence: str, following: str) -> bool:
    """Whether ``following`` names a place ("in Kandy") that ``sentence`` does not."""
    return any(place.group(1) not in sentence for place in _PLACE_NAMED.finditer(following))


def _met_later(decided: Hit | None, events: list[Hit], text: str) -> Hit | None:
    """A protest told in one sentence and met with force in the sentence straight after ("Students marched in Colombo.
    Police fired tear gas and water cannon to disperse them") is coded by how it was met, as an ACLED note that tells
    both in one sentence is: the protest rules' precedence holds over both sentences. A later sentence that opens on
    another time or story ("Last year, police fired tear gas ...", "Separately, police arrested 12 protesters"),
    tells a year or names a place the protest's sentence does not ("... to disperse a protest in Kandy") meets another
    protest."""
    if decided is None or decided.cue.value[1] != PEACEFUL_PROTEST:
        return decided
    reach = _SENTENCE_END.search(text, decided.end)
    if reach is not None:
        after = _SENTENCE_END.search(text, reach.end())
        following = text[reach.end() : after.start() if after else len(text)]
        opening = _sentence_start(text, decided.start)
        if not (_ANOTHER_STORY.match(following) or _A_YEAR.search(following)
                or _tells_another_place(text[opening : reach.start()], following)):
            reach = after
    limit = reach.start() if reach else len(text)
    return _best([hit for hit in events if hit.cue.value[0] == decided.cue.value[0] and hit.start < limit])


# the side's fighters are the ones harmed: "the military said it killed 30 JNIM fighters", "troops killed 20 Boko Haram
# terrorists", "neutralised 12 TTP militants" (a doer pattern's hit starts at the side's name); so is the side whose
# site was hit: "attacked a checkpoint of the Syrian Democratic Forces", and the side or its city an attack, a strike or
# fire was aimed on, at, over, near or against: "a drone attack on Kyiv killed three", "fired at Russian troops" (the
# preposition alone would take the doer of "protested on Friday against Israeli strikes" and "anger over Russian strikes")
_HARMED = re.compile(
    r"\b(?:(?:killed|killing|kills|wounded|wounding|injured|injuring|captured|capturing|neutrali[sz]ed|neutrali[sz]ing"
    r"|eliminated|eliminating|arrested|detained)\s+(?:(?:at least|about|some|nearly|more than|over|up to)\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|scores of|hundreds of"
    r"|several|many|some|a number of|an?|the)?"
    r"|(?:positions?|posts?|outposts?|bases?|checkpoints?|convoys?|headquarters|barracks|garrisons?|depots?) of(?: the)?"
    r"|\b(?:attacks?|strikes?|airstrikes?|raids?|assaults?|offensive|shelling|bombardment|barrage|fire|fired|firing"
    r"|shots|drones?|missiles?|rockets?)\s+(?:on|at|over|near|against))\s*$")
HARMED_REACH = 40  # characters before a side's name where the verb and the count that harm it lie


def _harmed_at(low: str, start: int) -> bool:
    return _HARMED.search(low, max(0, start - HARMED_REACH), start) is not None


def _harmed_before(low: str, hit: Hit) -> bool:
    return hit.cue.value != _NAMED and _harmed_at(low, hit.start)


# armed men named as the ones struck ("the IDF said it struck a Hamas gunman", "shelled RSF gunmen massed east of
# El Fasher", "a car carrying Hezbollah gunmen", "shelled positions, killing two snipers"): their arms are the
# target's, not the attacker's means, so their noun names neither the weapon nor the attack
_SHOOTER_NOUN = re.compile(r"(?:gunm[ae]n|snipers?)\Z")
_STRUCK_BEFORE = re.compile(
    r"\b(?:struck|strikes? on|striking|shelled|shelling|bombed|bombarded|targeted|targeting|hit|hitting|carrying)\s+"
    r"(?:(?!(?:and|as|while|when|after|before|but|then|said|says)\b)[\w'’-]+\s+){0,4}$")
TARGETED_REACH = 60  # characters before the noun where the attack's verb and the target's words lie


def _shooters_targeted(low: str, hit: Hit) -> bool:
    if hit.cue.slot not in ("weapon", "event") or not _SHOOTER_NOUN.match(low, hit.start, hit.end):
        return False
    before = low[max(0, hit.start - TARGETED_REACH):hit.start]
    return _STRUCK_BEFORE.search(before) is not None or _harmed_at(low, hit.start)


INTERCEPTION = "Disrupted weapons use"


@cache
def _defender() -> re.Pattern[str]:
    return re.compile(table("slot_actors")["defender"])


def _defends(low: str, hit: Hit) -> bool:
    """"Ukrainian forces downed a Russian drone that crashed into a house": the side that shot a weapon down
    is the doer of the interception alone; of the harm its debris did, the weapon's owner is."""
    if hit.cue.value == _NAMED:  # "a Russian drone shot down by Ukrainian forces crashed into a school"
        return low.startswith("shot down", hit.start)
    return _defender().match(low, hit.end) is not None


def _perpetrator(hit: Hit | None, low: str) -> str | None:
    if hit is None:
        return None
    if hit.cue.value != _NAMED:
        return _owned_group(low, hit.start) or hit.cue.value
    actor = hit.cue.pattern.match(low, hit.start)
    return _owned_group(low, actor.start("actor")) or _actor_names()[actor.group("actor")]


@cache
def _possessed_group() -> re.Pattern[str]:
    """A country's possessive, up to two describing words, then a named group ("Sudan's army" is Sudan's,
    not a war's word for a side)."""
    return re.compile(r"[\w-]+['’]s (?:(?!(?:and|or|the|an?|its|their|in|on|at|by|of|to|from|with|for|against|said|says)\b)"
                      r"[\w-]+ ){0,2}?(?P<group>" + choice(_named_actors()) + r")(?![\w-])")


def _owned_group(low: str, start: int) -> str | None:
    """"Sudan's paramilitary Rapid Support Forces", "Nigeria's Boko Haram", "Russia's Wagner group":
    the country whose group it is did not strike; the group named after it did."""
    owned = _possessed_group().match(low, start)
    return _actor_names()[owned.group("group")] if owned else None


def names_incident(found: Classification) -> bool:
    """An incident type or a weapon named: the cue that opens an incident mention."""
    return bool(found.event_type or found.weapon)


def tells_of_incident(text: str) -> bool:
    return names_incident(classify(text))
