"""Scoring a linking run against suites with ``incident_key`` (the rules of ``eval/README.md``).

A record belongs to the predicted incident whose ``lead_records`` hold it; a record in
none is an incident of its own. B-cubed is averaged over records, pairwise over record
pairs; a gold incident's toll is right when the predicted incident holding most of its
records has the gold figure as its reconciled ``best`` (a missing figure equals 0).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any


def score_linking(records: Iterable[dict[str, Any]], incidents: Iterable[dict[str, Any]]) -> dict[str, float]:
    """Linking metrics for ``records`` (with ``incident_key``) against the ``link`` output ``incidents``."""
    records = [r for r in records if r.get("incident_key")]
    incidents = list(incidents)
    cluster_of = _clusters(records, incidents)
    gold_of = {r["id"]: r["incident_key"] for r in records}
    out = {**_bcubed(gold_of, cluster_of), **_pairwise(gold_of, cluster_of)}
    out["incidents_gold"] = float(len(set(gold_of.values())))
    out["incidents_predicted"] = float(len(set(cluster_of.values())))
    out.update(_tolls(records, incidents))
    return out


def _bcubed(gold_of: dict[str, str], cluster_of: dict[str, Any]) -> dict[str, float]:
    gold_members, cluster_members = _members(gold_of), _members(cluster_of)
    precision = recall = 0.0
    for record in gold_of:
        cluster, gold = cluster_members[cluster_of[record]], gold_members[gold_of[record]]
        shared = len(cluster & gold)
        precision += shared / len(cluster)
        recall += shared / len(gold)
    n = max(len(gold_of), 1)
    return _prf("bcubed", precision / n, recall / n)


def _pairwise(gold_of: dict[str, str], cluster_of: dict[str, Any]) -> dict[str, float]:
    gold_pairs = sum(_pairs(len(m)) for m in _members(gold_of).values())
    predicted_pairs = sum(_pairs(len(m)) for m in _members(cluster_of).values())
    both = Counter((gold_of[r], cluster_of[r]) for r in gold_of)
    agreed = sum(_pairs(n) for n in both.values())
    precision = agreed / predicted_pairs if predicted_pairs else 1.0
    recall = agreed / gold_pairs if gold_pairs else 1.0
    return _prf("pairwise", precision, recall)


def toll_trials(records: list[dict[str, Any]], incidents: list[dict[str, Any]], slot: str) -> Iterator[tuple[list[dict[str, Any]], int, dict[str, Any] | None]]:
    """(its records, its gold figure, the predicted incident holding most of them or None) for each gold
    incident with a figure for ``slot``: the trials of ``toll_{slot}`` (``eval.misses --incidents`` lists the missed)."""
    cluster_of = _clusters(records, incidents)
    by_gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        by_gold[record["incident_key"]].append(record)
    for members in by_gold.values():
        gold = _gold_figure(members[0], slot)
        if gold is not None:
            cluster = Counter(cluster_of[r["id"]] for r in members).most_common(1)[0][0]
            yield members, gold, incidents[cluster] if isinstance(cluster, int) else None


def toll_right(gold: int, incident: dict[str, Any] | None, slot: str) -> bool:
    """Whether the incident's reconciled best is the gold figure (a missing figure equals 0)."""
    return ((_best(incident, slot) if incident else None) or 0) == gold


def _clusters(records: list[dict[str, Any]], incidents: list[dict[str, Any]]) -> dict[str, Any]:
    """Record id → the number of the predicted incident whose lead records hold it, else a cluster of its own."""
    predicted: dict[str, int] = {}
    for number, incident in enumerate(incidents):
        for record_id in incident.get("lead_records", ()):
            predicted.setdefault(record_id, number)
    return {r["id"]: predicted.get(r["id"], f"alone:{r['id']}") for r in records}


def _tolls(records: list[dict[str, Any]], incidents: list[dict[str, Any]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for slot in ("killed", "injured"):
        trials = [toll_right(gold, incident, slot) for _, gold, incident in toll_trials(records, incidents, slot)]
        if trials:
            out[f"toll_{slot}"] = sum(trials) / len(trials)
    return out


def _gold_figure(record: dict[str, Any], slot: str) -> int | None:
    gold = (record.get("incidents") or [{}])[0].get(slot)
    return gold.get("value") if isinstance(gold, dict) else None


def _best(incident: dict[str, Any], slot: str) -> int | None:
    figure = incident.get(slot)
    return figure.get("best") if isinstance(figure, dict) else None


def _members(assignment: dict[str, Any]) -> dict[Any, set[str]]:
    members: dict[Any, set[str]] = defaultdict(set)
    for record, cluster in assignment.items():
        members[cluster].add(record)
    return members


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _prf(name: str, precision: float, recall: float) -> dict[str, float]:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {f"{name}_precision": precision, f"{name}_recall": recall, f"{name}_f1": f1}
