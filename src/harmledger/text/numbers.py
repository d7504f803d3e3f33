"""Numbers as reporters write them: digits, number words, vague quantities, qualifiers.

``find_quantities`` returns every quantity in a text with its qualifier
("at least", "more than", "about", ...) and the low / best / high reading of
DESIGN.md's counting conventions. Deciding whether a quantity counts people is
the extractor's job, not this module's.

Values are exact: "2.5 million" is 2,500,000, and "3.5" (no whole number) or a run of more
than ``MAX_DIGITS`` digits (an id, noise) is no quantity. A phone number ("(555) 123-4567")
holds none either, though "123-4567" alone reads as a range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import cache

from harmledger.data import table
from harmledger.text.regex import CaselessSearch, choice, gated_word_start


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
    # "and" joins a group to the scale before it ("one hundred and five"), never two numbers ("three and two people")
    after_scale = "|".join(f"(?<={scale})" for scale in numbers["scales"])
    word_number = rf"(?:{word})(?:(?:(?:{after_scale})\s+and\s+|[\s-]+)(?:{word}))*"
    digits = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
    scaled = rf"(?:{digits})(?:\s+(?:{_words(numbers['scales'])}))?"
    single = rf"(?:{scaled}|{word_number})"
    vague = _words(numbers["vague"])
    qualifier = _words(numbers["qualifiers"])
    # at a word start, and only where a quantity's first letters are (``gated_word_start``)
    return re.compile(gated_word_start(
        rf"(?<![Nn]o\s)(?<![-/:])(?:(?P<qual>{qualifier})\s+)?"
        rf"(?:(?:(?:between\s+(?P<lo>{single})\s+and|(?P<lo2>{single})\s+(?:to|or))\s*(?P<hi>{single})"
        rf"|(?P<lo3>\d+)\s*-\s*(?P<hi3>\d+))(?![\w-])"
        rf"|(?P<vague>{vague})\b"
        rf"|(?P<one>{single}))(?![\w])", re.IGNORECASE),
        re.IGNORECASE,
    )


@cache
def _quantities() -> CaselessSearch:
    """``_pattern`` searched case-sensitively over lower-cased text where that is the same (``CaselessSearch``): the
    same matches at the same offsets in little more than half the time, since ``re`` matches a case-insensitive
    alternation letter by folded letter. Every group it gives is read case-blind (``parse_number``, ``_squash``)."""
    return CaselessSearch(_pattern().pattern)


MAX_DIGITS = 30  # far beyond any figure a report states; Python will not even read 4,300


def parse_number(text: str) -> int | None:
    """Value of a single whole number written in digits or words ("1,000", "twenty-one",
    "2.5 million", "thousand million"); None for what is not one ("3.5", "two foo")."""
    numbers = table("numbers")
    text = text.lower().replace(",", "").strip()
    if text.isdecimal():  # the common case, read without the pattern and the Fraction below
        return int(text) if len(text) <= MAX_DIGITS else None
    digit = re.fullmatch(r"(\d+)(?:\.(\d+))?(?:\s+(\w+))?", text)
    if digit:
        whole, fraction, scale = digit.groups()
        if scale not in (None, *numbers["scales"]) or len(whole) + len(fraction or "") > MAX_DIGITS:
            return None
        value = Fraction(f"{whole}.{fraction or 0}") * numbers["scales"].get(scale, 1)
        return int(value) if value.denominator == 1 else None
    return _word_number(text, numbers)


def _word_number(text: str, numbers: dict) -> int | None:
    """Words to a number. A scale larger than any before it multiplies all so far ("thousand
    million" is a billion); a smaller one adds its group ("two million three thousand")."""
    total = current = largest = 0
    for token in re.split(r"[\s-]+", text):
        if token == "and":
            continue
        if token in numbers["units"]:
            current += numbers["units"][token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token in numbers["scales"]:
            scale = numbers["scales"][token]
            if scale > largest:
                total, largest = ((total + current) or 1) * scale, scale
            else:
                total += max(current, 1) * scale
            current = 0
        else:
            return None
        if total + current >= 10**MAX_DIGITS:
            return None
    return total + current


def conventional_reading(value: int, qualifier: str) -> tuple[int | None, int | None, int | None]:
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


_PHONE = re.compile(r"(?<![\w-])(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[.-])\d{3}[.-]\d{4}(?![\w-])")
# what every phone number ends with: searched for first, the engine skipping straight to digits (``_PHONE``'s
# lookbehind makes it try every character), since few sentences hold a phone number
_PHONE_END = re.compile(r"\d[.-]\d{4}")


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, left to right."""
    numbers = table("numbers")
    found: list[Quantity] = []
    phones = [(m.start(), m.end()) for m in _PHONE.finditer(text)] if _PHONE_END.search(text) else []
    told_in_digits = 0  # where the digits a number's words were repeated in end ("twenty-three (23)")
    for m in _quantities().finditer(text):
        if m.start() < told_in_digits:
            continue
        while phones and phones[0][1] <= m.start():
            phones.pop(0)
        if phones and phones[0][0] < m.end():
            continue
        qualifier = numbers["qualifiers"].get(_squash(m.group("qual"))) if m.group("qual") else None
        if m.group("vague"):
            value, vague_qualifier = numbers["vague"][_squash(m.group("vague"))]
            qualifier = qualifier or vague_qualifier
            low, best, high = conventional_reading(value, qualifier)
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
            low, best, high = conventional_reading(value, qualifier)
        end = m.end()
        if (repeated := _IN_DIGITS.match(text, end)) and parse_number(repeated.group(1)) == value:
            end = told_in_digits = repeated.end()
        found.append(Quantity(m.start(), end, value, qualifier, low, best, high))
    return found


# a number's words repeated in digits, as Nigerian, Ghanaian and francophone officials write them ("Twenty-three (23)
# persons were killed", "dix-sept (17) civils"): one number
_IN_DIGITS = re.compile(r"\s*\((\d{1,3}(?:,\d{3})*|\d+)\)")


def _squash(words: str) -> str:
    return " ".join(words.lower().split())
