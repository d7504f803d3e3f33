"""Scoring rules of ``../shared/data/eval/README.md``, as pure functions over dicts.

Predictions and gold records are the contract's JSON forms, so the same code
scores a live run and a saved ``extract --jsonl`` output.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

PAIR_KM = 50.0


@dataclass
class Tally:
    """Hits over trials for each metric of one suite."""

    hits: dict[str, int] = field(default_factory=dict)
    trials: dict[str, int] = field(default_factory=dict)

    def add(self, metric: str, hit: bool) -> None:
        self.hits[metric] = self.hits.get(metric, 0) + int(hit)
        self.trials[metric] = self.trials.get(metric, 0) + 1

    def add_counts(self, metric: str, hits: int, trials: int) -> None:
        self.hits[metric] = self.hits.get(metric, 0) + hits
        self.trials[metric] = self.trials.get(metric, 0) + trials

    def merge(self, other: Tally) -> None:
        for metric, trials in other.trials.items():
            self.add_counts(metric, other.hits.get(metric, 0), trials)

    def rate(self, metric: str) -> float | None:
        trials = self.trials.get(metric, 0)
        return self.hits.get(metric, 0) / trials if trials else None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def count_value(count: dict | None) -> int:
    """The figure a count states: ``value``, else ``best``; a missing count is 0."""
    if not count:
        return 0
    value = count.get("value")
    if value is None:
        value = count.get("best")
    return value or 0


def answering_mention(mentions: list[dict]) -> dict | None:
    """The mention scored against a single gold incident: the first new event, else the first."""
    for mention in mentions:
        if not mention.get("background") and mention.get("kind", "event") != "aggregate":
            return mention
    return mentions[0] if mentions else None


def _dates(when: dict | None) -> tuple[date, date] | None:
    if not when or not when.get("start"):
        return None
    return date.fromisoformat(when["start"]), date.fromisoformat(when.get("end") or when["start"])


def dates_overlap(predicted: dict | None, gold: dict | None) -> bool:
    p, g = _dates(predicted), _dates(gold)
    return bool(p and g and p[0] <= g[1] and g[0] <= p[1])


def same_day(predicted: dict | None, gold: dict | None) -> bool:
    p, g = _dates(predicted), _dates(gold)
    return bool(p and g and p[0] == p[1] == g[0] == g[1])


def place_distance(predicted: dict | None, gold: dict | None) -> float | None:
    if not predicted or not gold or predicted.get("lat") is None or gold.get("lat") is None:
        return None
    return haversine_km(predicted["lat"], predicted["lon"], gold["lat"], gold["lon"])


def score_incident(tally: Tally, predicted: dict | None, gold: dict, score: dict[str, bool]) -> None:
    """Add one gold incident's metrics, judged against its answering mention."""
    predicted = predicted or {}
    for slot in ("killed", "injured"):
        if score.get(slot):
            gold_value = count_value(gold.get(slot))
            hit = count_value(predicted.get(slot)) == gold_value
            tally.add(slot, hit)
            if gold_value > 0:
                tally.add(f"{slot}>0", hit)
    if score.get("place") and gold.get("place"):
        distance = place_distance(predicted.get("place"), gold["place"])
        for km in (5, 25, 100):
            tally.add(f"place<{km}km", distance is not None and distance <= km)
        gold_admin1 = gold["place"].get("admin1")
        if gold_admin1:
            tally.add("admin1", ((predicted.get("place") or {}).get("admin1") or "").lower() == gold_admin1.lower())
    if score.get("date") and gold.get("date"):
        tally.add("date_overlap", dates_overlap(predicted.get("when"), gold["date"]))
        if gold["date"]["start"] == gold["date"].get("end", gold["date"]["start"]):
            tally.add("date_exact", same_day(predicted.get("when"), gold["date"]))
    if score.get("type"):
        tally.add("event_type", predicted.get("event_type") == gold.get("event_type"))
        tally.add("sub_event_type", predicted.get("sub_event_type") == gold.get("sub_event_type"))
    if score.get("weapon"):
        tally.add("weapon", predicted.get("weapon") == gold.get("weapon"))


def _flags(incident: dict) -> tuple[bool, str]:
    return bool(incident.get("background")), incident.get("kind") or "event"


def pair_incidents(mentions: list[dict], golds: list[dict]) -> list[tuple[dict, dict]]:
    """Greedy pairing within 50 km, date-overlapping pairs first, then by distance; flags must agree."""
    candidates = []
    for gi, gold in enumerate(golds):
        for pi, mention in enumerate(mentions):
            if _flags(gold) != _flags(mention):
                continue
            distance = place_distance(mention.get("place"), gold.get("place"))
            if distance is None or distance > PAIR_KM:
                continue
            overlap = dates_overlap(mention.get("when"), gold.get("date"))
            candidates.append((not overlap, distance, gi, pi))
    pairs, used_gold, used_pred = [], set(), set()
    for _, _, gi, pi in sorted(candidates):
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((mentions[pi], golds[gi]))
    return pairs


def score_record(tally: Tally, record: dict[str, Any], mentions: list[dict]) -> None:
    """Add one text record's metrics to ``tally``."""
    golds = record.get("incidents") or []
    score = record.get("score") or {}
    if len(golds) == 1:
        score_incident(tally, answering_mention(mentions), golds[0], score)
        return
    _score_figures(tally, mentions, golds, score)
    pairs = pair_incidents(mentions, golds)
    tally.add_counts("incident_precision", len(pairs), len(mentions))
    tally.add_counts("incident_recall", len(pairs), len(golds))
    paired_golds = {id(g) for _, g in pairs}
    for mention, gold in pairs:
        score_incident(tally, mention, gold, score)
    for gold in golds:
        if id(gold) not in paired_golds:
            score_incident(tally, None, gold, score)


def _score_figures(tally: Tally, mentions: list[dict], golds: list[dict], score: dict) -> None:
    """Each gold figure (slot, value, qualifier) found among the predicted mentions, paired or not."""
    stated = {
        (slot, count_value(m.get(slot)), (m.get(slot) or {}).get("qualifier"))
        for m in mentions for slot in ("killed", "injured") if m.get(slot)
    }
    for gold in golds:
        for slot in ("killed", "injured"):
            if score.get(slot) and gold.get(slot) and count_value(gold[slot]) > 0:
                key = (slot, count_value(gold[slot]), gold[slot].get("qualifier"))
                tally.add(f"{slot}_figures", key in stated)


def score_geocode(tally: Tally, record: dict[str, Any], place: dict | None) -> None:
    distance = place_distance(place, record)
    for km in (5, 25, 100):
        tally.add(f"geocode<{km}km", distance is not None and distance <= km)


def f1(tally: Tally) -> float | None:
    precision, recall = tally.rate("incident_precision"), tally.rate("incident_recall")
    if precision is None or recall is None:
        return None
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
