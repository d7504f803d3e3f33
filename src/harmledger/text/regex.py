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
from collections.abc import Iterable, Iterator
from re import _constants as sre
from re import _parser as sre_parse
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


def gated_word_start(pattern: str, flags: int = 0) -> str:
    """``pattern`` at a word start: ``\\b``, then the gate of its first letters (``first_letter_gate``)."""
    return r"\b" + first_letter_gate(pattern, flags) + pattern


def first_letter_gate(pattern: str, flags: int = 0) -> str:
    """A lookahead for the characters a match of ``pattern`` may begin with, or "" when that
    cannot be told. Set after a leading ``\\b``, it stops the engine at the end of each word
    (where ``\\b`` also holds) and at words no branch begins with, instead of trying every
    branch there; it only restates what the branches require, so the matches are the same."""
    parsed = _first_set(sre_parse.parse(pattern, flags).data)
    if parsed is None or parsed[1]:
        return ""
    members = [_class_member(op, av) for op, av in parsed[0]]
    return "" if None in members else f"(?=[{''.join(sorted(set(members)))}])"


_CATEGORIES = {sre.CATEGORY_WORD: r"\w", sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_WORD: r"\W", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_NOT_SPACE: r"\S"}


def _class_member(op, av) -> str | None:
    """One item of a parsed character set, written back for a character class."""
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is sre.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    return _CATEGORIES.get(av) if op is sre.CATEGORY else None


_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _first_set(items) -> tuple[list, bool] | None:
    """The set items a parsed sequence's first character is drawn from, and whether the
    sequence may match nothing at all; None for what this does not follow (".", "[^...]", a
    backreference, a group that turns IGNORECASE on)."""
    found: list = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            return found + [(op, av)], False
        if op is sre.IN:
            return None if any(o is sre.NEGATE for o, _ in av) else (found + list(av), False)
        step = _first_of_group(op, av)
        if step is None:
            return None
        found += step[0]
        if not step[1]:
            return found, False
    return found, True


def _first_of_group(op, av) -> tuple[list, bool] | None:
    """``_first_set`` of a group, a choice or a repeat."""
    if op is sre.SUBPATTERN:
        return None if av[1] & sre.SRE_FLAG_IGNORECASE else _first_set(av[3].data)
    if op in _REPEATS:
        inner = _first_set(av[2].data)
        return None if inner is None else (inner[0], inner[1] or av[0] == 0)
    if op is not sre.BRANCH:
        return None
    firsts = [_first_set(branch.data) for branch in av[1]]
    if None in firsts:
        return None
    return [item for first, _ in firsts for item in first], any(nullable for _, nullable in firsts)


class CaselessSearch:
    """Whether a case-insensitive pattern occurs in a text, found quickly.

    ``re`` cannot jump ahead to where a case-insensitive alternation's first letters are, so
    it tries every branch at every character; the same pattern matched case-sensitively over
    the lower-cased text jumps straight to its first letters, as fast as a plain search. The
    two agree wherever ``str.lower`` equates letters as ``re.IGNORECASE`` does (``lowers_as_ignorecase``)
    and the pattern has a ``lower_case_twin``, which is what is searched there; elsewhere the
    pattern itself is searched. The answer is only whether it occurs: a match over the
    lower-cased copy would give lower-cased text.
    """

    def __init__(self, pattern: str):
        self.pattern = re.compile(pattern, re.IGNORECASE)
        twin = lower_case_twin(pattern)
        self._lowered = re.compile(twin) if twin is not None else None

    def search(self, text: str) -> bool:
        pattern, subject = self._searched(text)
        return pattern.search(subject) is not None

    def first(self, text: str) -> int | None:
        """Where the pattern first occurs (lower-casing keeps every offset)."""
        return next(self.starts(text), None)

    def starts(self, text: str) -> Iterator[int]:
        """Every offset where the pattern matches, in order, overlapping matches too."""
        pattern, subject = self._searched(text)
        found = pattern.search(subject)
        while found:
            yield found.start()
            found = pattern.search(subject, found.start() + 1)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match, left to right, at the offsets the pattern itself gives; where the lower-cased copy is
        searched, the groups read lower-cased, so a caller reading them must read them case-blind."""
        pattern, subject = self._searched(text)
        return pattern.finditer(subject)

    def _searched(self, text: str) -> tuple[re.Pattern[str], str]:
        """The pattern to search and the text to search it in."""
        if self._lowered is not None and lowers_as_ignorecase(text):
            return self._lowered, text.lower()
        return self.pattern, text


# A pattern's pieces: a group's name, an escape, a character
_PIECE = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)|\\.|.", re.DOTALL)


def lower_case_twin(pattern: str) -> str | None:
    """The case-sensitive pattern that finds over a lower-cased text what ``pattern`` finds under
    ``re.IGNORECASE`` over the text (where ``lowers_as_ignorecase`` holds), at the same offsets: its
    capitals lower-cased (``_capitals_lowered``); None where it cannot be told to mean the same, as where a range
    holds capitals but not all of them nor only them (``_ranges_fold_alike``)."""
    lowered = _capitals_lowered(pattern)
    return lowered if lowered and _lower_case_only(lowered) and _ranges_fold_alike(pattern) else None


def _capitals_lowered(pattern: str) -> str | None:
    """The pattern with its capitals lower-cased ("BB" pellets → "bb", "[A-Z]" → "[a-z]"), which ``re.IGNORECASE``
    reads alike (whether its ranges still do is ``_ranges_fold_alike``'s to judge); None where a class is left open."""
    pieces: list[str] = []
    body = None  # the pieces of the character class being read
    for piece in _PIECE.findall(pattern):
        if body is None:
            if piece == "[":
                body = []
            else:
                pieces.append(_lower_letter(piece))
        elif piece == "]" and body not in ([], ["^"]):  # "[]" and "[^]" hold a "]"
            pieces.extend(["[", *map(_lower_letter, body), "]"])
            body = None
        else:
            body.append(piece)
    return "".join(pieces) if body is None else None


def _lower_letter(piece: str) -> str:
    return piece.lower() if len(piece) == 1 and piece.isascii() and piece.isupper() else piece


_CAPITALS = (ord("A"), ord("Z"))


def _ranges_fold_alike(pattern: str) -> bool:
    """Whether every range of the pattern's character classes holds, lower-cased, what ``re.IGNORECASE`` lets it
    match: a range inside A-Z ("[A-Z]", which lower-cases to "[a-z]"), one of ASCII that holds no capital ("[a-z]",
    "[0-9]"), or one that holds no cased character. A range that holds only some capitals, or capitals and other
    characters ("[0-_]", "[A-z]"), matches under ``re.IGNORECASE`` the lower-case letters it does not hold."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return False
    return all(_range_folds_alike(low, high) for low, high in _ranges(parsed.data))


def _ranges(items) -> Iterator[tuple[int, int]]:
    """The ends of every range in a parsed pattern's character classes, however deep in groups."""
    for op, av in items:
        if op is sre.IN:
            yield from (ends for kind, ends in av if kind is sre.RANGE)
        else:
            for part in _subpatterns(av):
                yield from _ranges(part.data)


def _subpatterns(av) -> Iterator[sre_parse.SubPattern]:
    """The parsed groups, branches and repeated parts held by one item's argument."""
    if isinstance(av, sre_parse.SubPattern):
        yield av
    elif isinstance(av, (list, tuple)):
        for part in av:
            yield from _subpatterns(part)


def _range_folds_alike(low: int, high: int) -> bool:
    if high < 0x80:
        return high < _CAPITALS[0] or low > _CAPITALS[1] or _CAPITALS[0] <= low and high <= _CAPITALS[1]
    return all(chr(code).lower() == chr(code) == chr(code).upper() for code in range(low, high + 1))


_NEUTRAL_ESCAPES = frozenset(r"\S \W \D \B \A \Z".split())  # a capital that says "not", or the text's ends


def _lower_case_only(pattern: str) -> bool:
    """Whether the pattern means the same over lower-cased text: no capital letter (a group's name
    and ``_NEUTRAL_ESCAPES`` aside), no cased letter beyond ASCII, no ``(?-i``, and no character
    written by its code (``\\x41``, ``\\u00C9``, ``\\N{...}``, octal) nor a backreference."""
    return "(?-" not in pattern and all(_neutral(piece) for piece in _PIECE.findall(pattern))


def _neutral(piece: str) -> bool:
    if piece.startswith("(?P"):
        return True
    if len(piece) == 2:  # an escape
        return piece in _NEUTRAL_ESCAPES or piece[1] not in "xu0123456789" and _uncapitalised(piece[1])
    return _uncapitalised(piece)


def _uncapitalised(char: str) -> bool:
    return not (char.isupper() or not char.isascii() and char.lower() != char.upper())


# The characters that ``re.IGNORECASE`` equates with an ASCII letter, or that lower-case to more
# than one character (found by trying every code point): "İ" and "ı" with "i", "ſ" with "s", the
# Kelvin sign with "k". Any other character lower-cases to one character that no ASCII letter matches.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def lowers_as_ignorecase(text: str) -> bool:
    """Whether lower-casing ``text`` keeps its offsets and equates its letters with the pattern's
    as ``re.IGNORECASE`` does: true of every text without the few ``_FOLDS_TO_ASCII``."""
    return text.isascii() or _FOLDS_TO_ASCII.search(text) is None
