"""Numbers as reporters write them: digits, number words, vague quantities, qualifiers.

``find_quantities`` returns every quantity in a text with its qualifier
("at least", "more than", "about", ...) and the low / best / high reading of
DESIGN.md's counting conventions. Deciding whether a quantity counts people is
the extractor's job, not this module's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from harmledger.data import table
from harmledger.text.regex import choice


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: int
    qualifier: str
    low: int | None
    best: int | None
    high: int | None

    @property
    def is_vague(self) -> bool:
        return self.qualifier == "vague"


def _words(words) -> str:
    return choice(words, flexible_spaces=True)


@cache
def _pattern() -> re.Pattern[str]:
    numbers = table("numbers")
    word = _words([*numbers["units"], *numbers["scales"]])
    word_number = rf"(?:{word})(?:(?:\s+and\s+|[\s-]+)(?:{word}))*"
    digits = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
    scaled = rf"(?:{digits})(?:\s+(?:{_words(numbers['scales'])}))?"
    single = rf"(?:{scaled}|{word_number})"
    vague = _words(numbers["vague"])
    qualifier = _words(numbers["qualifiers"])
    return re.compile(
        rf"\b(?<![Nn]o\s)(?<!-)(?:(?P<qual>{qualifier})\s+)?"
        rf"(?:(?:(?:between\s+(?P<lo>{single})\s+and|(?P<lo2>{single})\s+(?:to|or))\s*(?P<hi>{single})"
        rf"|(?P<lo3>\d+)\s*-\s*(?P<hi3>\d+))(?![\w-])"
        rf"|(?P<vague>{vague})\b"
        rf"|(?P<one>{single}))(?![\w])",
        re.IGNORECASE,
    )


def parse_number(text: str) -> int | None:
    """Value of a single number written in digits or words ("1,000", "twenty-one", "2.5 million")."""
    numbers = table("numbers")
    text = text.lower().replace(",", "").strip()
    digit = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+(\w+))?", text)
    if digit:
        scale = numbers["scales"].get(digit.group(2) or "", 1)
        return int(float(digit.group(1)) * scale) if digit.group(2) in (None, *numbers["scales"]) else None
    total = current = 0
    for token in re.split(r"[\s-]+", text):
        if token == "and":
            continue
        if token in numbers["units"]:
            current += numbers["units"][token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token in numbers["scales"]:
            total += max(current, 1) * numbers["scales"][token]
            current = 0
        else:
            return None
    return total + current


def _reading(value: int, qualifier: str) -> tuple[int | None, int | None, int | None]:
    """low, best, high for a stated value, per DESIGN.md's counting conventions."""
    return {
        "exact": (value, value, value),
        "at_least": (value, value, None),
        "more_than": (value + 1, value + 1, None),
        "about": (None, value, None),
        "up_to": (None, value, value),
        "fewer_than": (None, max(value - 1, 0), max(value - 1, 0)),
        "vague": (value, value, None),
    }[qualifier]


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, left to right."""
    numbers = table("numbers")
    found: list[Quantity] = []
    for m in _pattern().finditer(text):
        qualifier = numbers["qualifiers"].get(_squash(m.group("qual"))) if m.group("qual") else None
        if m.group("vague"):
            value, vague_qualifier = numbers["vague"][_squash(m.group("vague"))]
            qualifier = qualifier or vague_qualifier
            low, best, high = _reading(value, qualifier)
        elif m.group("hi") or m.group("hi3"):
            low_text = m.group("lo") or m.group("lo2") or m.group("lo3")
            low_value, high_value = parse_number(low_text), parse_number(m.group("hi") or m.group("hi3"))
            if low_value is None or high_value is None or high_value <= low_value:
                continue
            value, qualifier = low_value, "range"
            low, best, high = low_value, low_value, high_value
        else:
            value = parse_number(m.group("one"))
            if value is None:
                continue
            qualifier = qualifier or "exact"
            low, best, high = _reading(value, qualifier)
        found.append(Quantity(m.start(), m.end(), value, qualifier, low, best, high))
    return found


def _squash(words: str) -> str:
    return " ".join(words.lower().split())
