"""The figures a report gives for its lead incident's dead, each described for the figure model.

Hand rules that pick the lead incident's killed figure (``frame``) kept trading one error for
another: the first figure against the largest, the lead incident's against a figure a later
sentence opened a new incident with, a toll told by number against a related story's. So every
figure the report gives for the slot is a candidate, with the rules' own answer and "none" (which
the fit learns from, and ``figure_model`` never picks), weighed by features fitted on the dev part
of the GVA suites (``python -m harmledger.extract.train_figures``).
"""

from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass

from harmledger.extract.figures import Finding
from harmledger.model import Span

HASHED = 256
"""Buckets the words of a figure's span are hashed into: enough for the phrasings of a death
("shot and killed", "found dead", "died at the hospital"), few enough to ship as data."""
_WORD = re.compile(r"[a-z]+|\d+")


@dataclass(frozen=True)
class Told:
    """One figure as framing placed it: its sentence's number and the draft (incident) it went to."""

    sentence: int
    finding: Finding
    span: Span
    speaker: str | None
    draft: int
    background: bool
    kind: str
    beside_news: bool = False  # history its sentence tells beside the news (``frame.SentenceFacts.beside_news``)


@dataclass(frozen=True)
class Candidate:
    """A value the lead incident's slot could take (None: no figure), its features and the figure it comes from."""

    value: int | None
    features: dict[str, float]
    told: Told | None


def candidates(slot: str, rules: int | None, told: list[Told], lead: int) -> list[Candidate]:
    """The rules' answer, every value a figure of ``slot`` states anywhere in the report, and none.

    A toll a sentence recalls beside its own news ("Recalling the April massacre in which 52 people died, survivors
    said gunmen killed six herders on Sunday") is no candidate: the sentence's own words set it apart from the news,
    which a follow-up's history ("the Mukilteo shootings last month ... murdering three people") does not.

    The figures are grouped by value once, and what every candidate compares with (the lead's largest,
    the first figure) is found once: a report of thousands of figures ("the death toll rose to ..."
    over and over) took the square of their number."""
    figures = [t for t in told if t.finding.slot == slot and not (t.background and t.beside_news)]
    by_value: dict[int, list[Told]] = {}
    for t in figures:
        by_value.setdefault(t.finding.value, []).append(t)
    largest_in_lead = max((t.finding.value for t in figures if t.draft == lead), default=None)
    first = min(figures, key=lambda t: t.sentence, default=None)
    first_value = first.finding.value if first is not None else None
    values = sorted({v for v in by_value if v > 0} | ({rules} if rules else set()))
    out = []
    for v in values:
        same = by_value.get(v, [])
        shown = next((t for t in same if t.draft == lead), same[0] if same else None)
        out.append(Candidate(v, _described(v, rules, same, largest_in_lead, first_value, lead), shown))
    out.append(Candidate(None, _none_described(rules, figures, told, lead), None))
    return out


def _described(value: int, rules: int | None, same: list[Told], largest_in_lead: int | None, first_value: int | None,
               lead: int) -> dict[str, float]:
    in_lead = [t for t in same if t.draft == lead]
    features = {
        "rules": float(value == rules),
        "rules_derived": float(value == rules and not same),  # a sum or a suicide the rules added
        "in_lead": float(bool(in_lead)),
        "elsewhere_only": float(bool(same) and not in_lead),
        "background_only": float(bool(same) and all(t.background for t in same)),
        "aggregate_only": float(bool(same) and all(t.kind == "aggregate" for t in same)),
        "first_figure": float(first_value == value),
        "times_told": math.log1p(len(same)),
        "largest_in_lead": float(value == largest_in_lead),
        "larger_than_rules": float(rules is not None and value > rules),
        "smaller_than_rules": float(rules is not None and value < rules),
        f"value_{_bucket(value)}": 1.0,
        "spoken": float(any(t.speaker for t in same)),
        "additional": float(any(t.finding.additional for t in same)),
    }
    if same:
        earliest = min(t.sentence for t in same)
        features[f"sentence_{_sentence_bucket(earliest)}"] = 1.0
    for t in same:
        features[f"basis_{t.finding.basis}"] = 1.0
        features[f"qualifier_{t.finding.qualifier}"] = 1.0
    for word in {w for t in same for w in words(t.span.text)}:
        features[word] = 1.0
    return features


def _none_described(rules: int | None, figures: list[Told], told: list[Told], lead: int) -> dict[str, float]:
    first = min(told, key=lambda t: t.sentence, default=None)
    first_killed = min((t.sentence for t in figures), default=None)
    return {
        "none": 1.0,
        "none_incidents": math.log1p(len({t.draft for t in told})),
        f"none_first_figure_{first.finding.slot if first else 'absent'}": 1.0,
        f"none_first_killed_sentence_{_sentence_bucket(first_killed) if first_killed is not None else 'absent'}": 1.0,
        "none_by_rules": float(rules is None),
        "none_told": float(not figures),
        "none_figures_elsewhere": float(bool(figures) and all(t.draft != lead for t in figures)),
        "none_only_implicit": float(bool(figures) and all(t.finding.basis != "explicit" for t in figures)),
        "none_lead_has_shot": float(any(t.draft == lead and t.finding.slot == "shot" for t in told)),
    }


def _sentence_bucket(sentence: int) -> str:
    return str(sentence) if sentence < 3 else "3_5" if sentence <= 5 else "6_plus"


def _bucket(value: int) -> str:
    return "1" if value == 1 else "2" if value == 2 else "3_5" if value <= 5 else "6_plus"


def words(text: str) -> list[str]:
    """The hashed-word features of a figure's span: each word and each pair of words (numbers as 0)."""
    tokens = ["0" if t.isdigit() else t for t in _WORD.findall(text.lower())]
    grams = tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]
    return [f"word_{zlib.crc32(g.encode('utf-8')) % HASHED}" for g in grams]
