"""Who said so: the source a sentence attributes its figures to."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from harmledger.data import word_set
from harmledger.text.regex import CaselessSearch, in_order

_VERBS = r"(?i:said|says|say|told|reported|reports|confirmed|confirms|stated|announced|witnessed|wrote|added|tweeted|posted|claimed|estimated)"
_ANY_VERB = CaselessSearch(_VERBS + r"|according")
# "the southern defence forces of Ukraine said": the body a command or a force belongs to is part of
# the speaker ("the regional governor of Ukraine" stays the governor); read only where a name was found
_BODY_BEFORE = re.compile(
    r"(?:\b(?i:the|a)\s+)?(?:[A-Za-z][\w'-]*\s+){0,3}?(?i:defen[cs]e\s+forces|armed\s+forces|forces"
    r"|(?:military\s+|operational\s+)?command|ministry|general\s+staff)\s+of\s+(?:the\s+)?$")
_NAME = r"(?:[A-Z][\w'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'.-]*){0,5})"


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    # longest first as written in the pattern, a space as \s+
    role = in_order(sorted(word_set("speaker_roles"), key=lambda r: len(re.escape(r).replace(r"\ ", r"\s+")), reverse=True), flexible_spaces=True)
    # a role with up to three words before it ("the Dnipropetrovsk regional military administration"), or a name
    def noun_phrase(words: str) -> str:
        return rf"(?:(?i:the\s+|a\s+|local\s+)?{words}(?i:{role})(?:,?\s+{_NAME}(?=,\s|\s))?,?|{_NAME})"

    fewest, most = r"(?:[A-Za-z][\w'-]*\s+){0,3}?", r"(?:[A-Za-z][\w'-]*\s+){0,3}"
    return (
        # nothing follows "according to X": the longest role phrase ("the Sudan Doctors Network", not "the Sudan Doctors")
        re.compile(rf"\b(?i:according\s+to)\s+(?P<who>{noun_phrase(most)})"),
        re.compile(rf"(?P<who>(?:[Hh]e|[Ss]he|[Tt]hey)|{noun_phrase(fewest)}(?:'s\s+(?:office|ministry|spokes\w+))?)\s+(?:also\s+|later\s+|previously\s+)?{_VERBS}\b"),
        re.compile(rf"""(?:["',]\s*|^){_VERBS}\s+(?P<who>{noun_phrase(fewest)})"""),
    )


_STRIP = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_PRONOUNS = {"he", "she", "they", "we", "i"}
_NOT_SPEAKERS = {"it", "you", "this", "that", "there", "who", "which"}


def find_speaker(sentence: str, previous: Callable[[], str | None] = lambda: None) -> str | None:
    """The first attributed source in ``sentence`` ("according to the regional governor" → "regional governor").

    A pronoun ("he said") stands for the last source named before, which
    ``previous`` finds only when it is needed.
    """
    if not _ANY_VERB.search(sentence):
        return None
    for pattern in _patterns():
        for match in pattern.finditer(sentence):
            who = _STRIP.sub("", match.group("who").strip(" ,"))
            if who.lower() in _PRONOUNS:
                return previous()
            if who and who.lower() not in _NOT_SPEAKERS and not who.lower().startswith(("on ", "in ")):
                body = _BODY_BEFORE.search(sentence, max(0, match.start("who") - 60), match.start("who"))
                return _STRIP.sub("", body.group()) + who if body and not who.endswith("'s") else who
    return None
