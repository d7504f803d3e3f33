"""One regular-expression choice among many words or fragments, built the same way everywhere.

Python's regex engine tries an alternation's branches one by one, and under IGNORECASE
it cannot skip a branch by its first letter: a list of 250 person nouns cost 250 tries at
every place a noun may stand. Words that share a beginning therefore share a branch
("child(?:ren|)"), which the engine leaves at the first letter that differs. The choice
matches exactly what the flat list of words did, in the same order of preference: a word
only joins an earlier one's branch when no word between them can begin at the same
character, and only single characters are shared (a space that matches any run of white
space is not, as the engine may give back part of the run).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

_PLAIN = re.compile(r"[A-Za-z0-9 '\-]+")  # a fragment of the pattern files that is only literal text


class _Token(NamedTuple):
    text: str  # as written in the pattern
    char: str | None  # the one character it matches; None for a run of white space or a regex fragment
    fragment: bool = False  # a regex fragment, kept whole


_SPACES = _Token(r"\s+", None)


def choice(items: Iterable[str], *, literal: bool = True, flexible_spaces: bool = False) -> str:
    """A regex alternation of ``items``, longest first so that none shadows a longer one
    ("killed" before "kill"). ``literal`` escapes them (word lists; off for regex fragments of
    the pattern files); ``flexible_spaces`` lets a space match any run of white space, as
    machine-translated and line-wrapped text has ("were  killed")."""
    return in_order(sorted(items, key=len, reverse=True), literal=literal, flexible_spaces=flexible_spaces)


def in_order(items: Iterable[str], *, literal: bool = True, flexible_spaces: bool = False) -> str:
    """``choice`` preferring ``items`` in the order given."""
    return "|".join(_branches([_tokens(item, literal, flexible_spaces) for item in items]))


def _tokens(item: str, literal: bool, flexible_spaces: bool) -> tuple[_Token, ...]:
    if not literal and not _PLAIN.fullmatch(item):
        return (_Token(item.replace(" ", r"\s+") if flexible_spaces else item, None, True),) if item else ()
    return tuple(_SPACES if flexible_spaces and c == " " else _Token(re.escape(c) if literal else c, c) for c in item)


def _branches(words: list[tuple[_Token, ...]]) -> list[str]:
    """``words`` (in order of preference) as the branches of one alternation, those with the
    same first character in one branch where the words between allow it."""
    branches: list[tuple[_Token | None, list[tuple[_Token, ...]]]] = []
    for word in words:
        first = word[0] if word else None
        rests = _branch_for(branches, first) if first is not None and first.char is not None else None
        if rests is None:
            branches.append((first, [word[1:]]))
        else:
            rests.append(word[1:])
    return [("" if first is None else first.text) + _rest(rests) for first, rests in branches]


def _branch_for(branches: list[tuple[_Token | None, list[tuple[_Token, ...]]]], first: _Token) -> list[tuple[_Token, ...]] | None:
    """The words of the earlier branch that begins with ``first``, if no branch after it may begin where ``first`` does."""
    for head, rests in reversed(branches):
        if head == first:
            return rests
        if not _disjoint(head, first):
            return None
    return None


def _rest(rests: list[tuple[_Token, ...]]) -> str:
    if len(rests) == 1:
        return "".join(token.text for token in rests[0])
    branches = _branches(rests)
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _disjoint(a: _Token | None, b: _Token) -> bool:
    """Whether no character can begin both, with or without IGNORECASE (an empty word begins anywhere)."""
    if a is None or a.fragment or b.fragment:
        return False
    if a.char is None or b.char is None:  # a run of white space
        other = a.char or b.char
        return other is not None and other.isascii() and not other.isspace()
    return a.char.isascii() and b.char.isascii() and a.char.lower() != b.char.lower()
