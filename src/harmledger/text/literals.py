"""The words a pattern cannot match without, checked before the pattern is tried.

A long case-insensitive alternation costs the engine a try of every branch at every word,
though most sentences hold none of the words a branch needs ("died", "hospital",
"homicide"). Every match of a pattern contains, for each of its ``clauses``, at least one
of that clause's literal strings (read from the parsed pattern: a choice needs one of its
branches' literals, a sequence all of its parts'); a text lacking them is answered without
the engine. ``GatedPattern`` goes further for a pattern that is one choice among many
alternatives: it tries only the alternatives whose literals the text holds, and gives the
very matches, in the same order, that the whole pattern gives.

Literals are compared lower-cased, which is sound for a case-sensitive pattern too ("Foo"
in a text puts "foo" in its lower-cased copy); only the few characters that
``re.IGNORECASE`` equates with an ASCII letter though they lower-case otherwise ("ſ", the
Kelvin sign) defeat the comparison, and a text holding one is matched by the pattern itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _compiler as sre_compile
from re import _constants as sre
from re import _parser as sre_parse

import ahocorasick

from harmledger.text.regex import lowers_as_ignorecase

MIN_LITERAL = 3  # a shorter literal ("a", "is") is in nearly every sentence: no use as a test
MAX_SPELLINGS = 64  # a choice of more literals than this is read branch by branch
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

Clause = frozenset  # of lower-cased literals, one of which every match contains


def clauses(items, before: frozenset[str] = frozenset({""})) -> list[Clause]:
    """What every match of the parsed sequence ``items`` contains: one literal of each clause.

    Adjacent literals are read as one, across a choice too: ``choice`` writes "died|dies|declared
    dead" as "d(?:ie(?:d|s)|eclared\\s+dead)", whose pieces alone are too short to test. ``before``:
    what the literal text just before the sequence may be."""
    found: list[Clause] = []
    runs = set(before)  # the strings the literal text read so far may be
    for op, av in [*items, (None, None)]:  # a sentinel ends the last run
        spelled = _spellings(op, av)
        if spelled is not None and len(runs) * len(spelled) <= MAX_SPELLINGS:
            runs = {run + spelling for run in runs for spelling in spelled}
            continue
        if min(map(len, runs)) >= MIN_LITERAL:
            found.append(Clause(runs))
        found.extend(_of_item(op, av, frozenset(runs)))
        runs = {""}
    return list(dict.fromkeys(found))  # a run ends once before an item and again inside it


def _of_item(op, av, before: frozenset[str]) -> list[Clause]:
    """The clauses of a group, a choice, a repeat or a lookaround after literal text ``before``."""
    if op is sre.SUBPATTERN:
        return clauses(av[3].data, before)
    if op is sre.ATOMIC_GROUP:
        return clauses(av.data, before)
    if op is sre.ASSERT:  # a lookahead or lookbehind that holds matched the text too
        return clauses(av[1].data)
    if op in _REPEATS:
        return clauses(av[2].data, before) if av[0] >= 1 else []
    if op is sre.BRANCH:
        best = [_most_selective(clauses(branch.data, before)) for branch in av[1]]
        return [] if None in best else [Clause().union(*best)]
    return []


def _spellings(op, av) -> set[str] | None:
    """The lower-cased strings a literal, a set or choice of literals or an optional one may match; None for anything else."""
    if op is sre.LITERAL:
        return {chr(av).lower()} if av < 128 else None
    if op is sre.IN and all(kind is sre.LITERAL and code < 128 for kind, code in av):  # "(?:d|s)" parsed as "[ds]"
        return {chr(code).lower() for _, code in av}
    if op is sre.SUBPATTERN:
        return _spelled(av[3].data)
    if op in _REPEATS and av[0] == 0 and av[1] == 1:
        inner = _spelled(av[2].data)
        return None if inner is None else inner | {""}
    if op is sre.BRANCH:
        branches = [_spelled(branch.data) for branch in av[1]]
        return None if None in branches else set().union(*branches)
    return None


def _spelled(items) -> set[str] | None:
    runs = {""}
    for op, av in items:
        spelled = _spellings(op, av)
        if spelled is None or len(runs) * len(spelled) > MAX_SPELLINGS:
            return None
        runs = {run + spelling for run in runs for spelling in spelled}
    return runs


def _most_selective(found: list[Clause]) -> Clause | None:
    return max(found, key=_selectivity, default=None)


def _selectivity(clause: Clause) -> tuple[int, int]:
    """Longer literals are rarer; of clauses alike, the one with fewer choices."""
    return min(len(literal.strip()) for literal in clause), -len(clause)


class LiteralGate:
    """Whether a text holds what a parsed pattern needs to match (``clauses``): a no is certain."""

    def __init__(self, items):
        self.clauses = sorted(clauses(items), key=len)  # the fewest choices first: soonest refused

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> LiteralGate:
        """The gate of a whole compiled pattern."""
        return cls(sre_parse.parse(pattern.pattern, pattern.flags).data)

    def admits(self, present: frozenset[str]) -> bool:
        """``present``: the literals of this gate that the text holds (``LiteralScan``)."""
        for clause in self.clauses:
            if clause.isdisjoint(present):
                return False
        return True


class LiteralScan:
    """Which of many literals a text holds, found in one pass (Aho-Corasick over its lower-cased copy)."""

    def __init__(self, literals):
        self._automaton = ahocorasick.Automaton()
        for literal in set(literals):
            self._automaton.add_word(literal, literal)
        self._automaton.make_automaton()

    def present(self, text: str) -> frozenset[str] | None:
        """None where lower-casing would not equate the text's letters as ``re.IGNORECASE`` does."""
        if not lowers_as_ignorecase(text):
            return None
        if self._automaton.kind == ahocorasick.EMPTY:  # no literal to look for (it will not scan)
            return frozenset()
        return frozenset(literal for _, literal in self._automaton.iter(text.lower()))


class GatedPattern:
    """``pattern.finditer``, trying only the alternatives whose literals the text holds.

    A pattern that is one choice, or a group holding one, with only zero-width tests
    (``\\b``, lookarounds) before or after it, is split into its alternatives, each compiled
    from the parsed pattern so that its groups keep their numbers and names. At any place the
    whole pattern matches as its first alternative that matches there; an alternative whose
    literals are missing matches nowhere; so the leftmost match of the alternatives left, the
    earliest-listed among those starting together, is the pattern's next match. A pattern
    with an alternative that may match empty text is not split.
    """

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        parts = [sre_parse.SubPattern(parsed.state, items) for items in _alternatives(parsed.state, list(parsed.data))]
        if any(part.getwidth()[0] == 0 for part in parts):  # finditer steps past an empty match: not split
            parts = [parsed]
        self._alternatives = [(sre_compile.compile(part, pattern.flags), LiteralGate(part.data)) for part in parts]
        self.literals = {literal for _, gate in self._alternatives for clause in gate.clauses for literal in clause}
        # each alternative under the literals of its first clause, so that a text's few literals pick
        # out the alternatives worth asking instead of every alternative being asked
        self._unconditional = [index for index, (_, gate) in enumerate(self._alternatives) if not gate.clauses]
        self._by_literal: dict[str, list[int]] = {}
        for index, (_, gate) in enumerate(self._alternatives):
            for literal in gate.clauses[0] if gate.clauses else ():
                self._by_literal.setdefault(literal, []).append(index)
        self._keys = frozenset(self._by_literal)

    def occurs(self, text: str, present: frozenset[str] | None) -> bool:
        return next(self.finditer(text, present), None) is not None

    def finditer(self, text: str, present: frozenset[str] | None) -> Iterator[re.Match[str]]:
        """``present``: what a ``LiteralScan`` holding this pattern's ``literals`` found in ``text``."""
        if present is None:
            return self.pattern.finditer(text)
        if len(self._alternatives) == 1:  # no choice: the pattern itself, where it may match
            return self.pattern.finditer(text) if self._alternatives[0][1].admits(present) else iter(())
        alive = self._alive(present)
        if len(alive) <= 1:  # the others match nowhere in this text
            return alive[0].finditer(text) if alive else iter(())
        return _leftmost_first(alive, text)

    def _alive(self, present: frozenset[str]) -> list[re.Pattern[str]]:
        """The alternatives, in order, whose literals are all ``present``."""
        candidates = set(self._unconditional)
        for literal in present & self._keys:
            candidates.update(self._by_literal[literal])
        alternatives = self._alternatives
        return [alternatives[index][0] for index in sorted(candidates) if alternatives[index][1].admits(present)]


def _leftmost_first(alternatives: list[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """The matches that one choice among ``alternatives``, in their order, would find."""
    pending = [compiled.search(text) for compiled in alternatives]
    position = 0
    while True:
        best = None
        for index, found in enumerate(pending):
            if found is not None and found.start() < position:  # overlapped by a match given before
                found = pending[index] = alternatives[index].search(text, position)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        if best is None:
            return
        yield best
        position = best.end()


def _alternatives(state, items: list) -> list[list]:
    """``items`` as a list of alternatives (see ``GatedPattern``); itself alone where it is no such choice."""
    consuming = [index for index, (op, _) in enumerate(items) if op not in _ZERO_WIDTH]
    if len(consuming) != 1:
        return [items]
    before, (op, av), after = items[:consuming[0]], items[consuming[0]], items[consuming[0] + 1:]
    if op is sre.BRANCH:
        return [before + alternative + after for branch in av[1] for alternative in _alternatives(state, list(branch.data))]
    if op is sre.SUBPATTERN:
        group, add_flags, del_flags, inner = av
        return [before + [(sre.SUBPATTERN, (group, add_flags, del_flags, sre_parse.SubPattern(state, alternative)))] + after
                for alternative in _alternatives(state, list(inner.data))]
    return [items]
