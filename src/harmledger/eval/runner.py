"""Run the extractor over suite files and print each suite's metrics."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from harmledger.eval.parts import PARTS, part_name, part_of
from harmledger.eval.scoring import Tally, f1, score_geocode, score_record
from harmledger.extract import extract
from harmledger.geo import geocode
from harmledger.ingest.pool import Extracted, Result, extract_stream
from harmledger.io_jsonl import read_jsonl
from harmledger.model import Record


def text_records(paths: Iterable[Path]) -> Iterator[dict[str, Any]]:
    for path in paths:
        for record in read_jsonl(path):
            if "text" in record or "query" in record:
                yield record


class ExtractedOnce:
    """An extraction stream that remembers: a record linked again is not extracted again, and the
    records a linking run extracted are scored from the same extraction (``evaluate``)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._results: dict[str, Result] = {}
        self._origins: dict[str, str] = {}

    def __call__(self, items: Iterable[Record]) -> Iterator[Result]:
        items = list(items)
        fresh = [item for item in items if item.id not in self._results]
        for item, result in zip(fresh, extract_stream(fresh, self.workers)):
            self._results[item.id] = result
        for item in items:
            self._origins[item.origin] = item.id
        return (self._results[item.id] for item in items)

    def mentions(self, record: dict[str, Any]) -> list[dict[str, Any]] | None:
        """The record's mentions if a linking run extracted it, else None."""
        result = self._results.get(self._origins.get(str(record.get("id")), ""))
        return [m.to_dict() for m in result.mentions] if isinstance(result, Extracted) else None


def record_mentions(record: dict[str, Any]) -> list[dict[str, Any]]:
    """A text record's mentions as the scorer reads them: extracted with its published date and title."""
    return [m.to_dict() for m in extract(record["text"], record.get("published"), title=record.get("title"))]


def evaluate(paths: Iterable[Path], extracted: ExtractedOnce | None = None) -> dict[str, Tally]:
    """A tally per suite over every text record in ``paths``, and one per part of it.

    Each record adds to its whole suite (``gva-articles``) and to its part
    (``gva-articles/dev`` or ``gva-articles/held-aside``, see ``parts``). A record that
    ``extracted`` already holds (a linked suite's) is scored from that extraction.
    """
    tallies: dict[str, Tally] = {}
    for record in text_records(paths):
        tally = Tally()
        if "text" not in record:  # a geocoding record: {id, query, country, lat, lon}
            place = geocode(record["query"], record.get("country"))
            score_geocode(tally, record, place.to_dict() if place else None)
        else:
            mentions = extracted.mentions(record) if extracted else None
            score_record(tally, record, record_mentions(record) if mentions is None else mentions)
        suite = record.get("suite", "?")
        for name in (suite, part_name(suite, part_of(str(record.get("id", ""))))):
            tallies.setdefault(name, Tally()).merge(tally)
    return tallies


def linking(paths: Iterable[Path], stream: ExtractedOnce) -> dict[str, dict[str, float]]:
    """Linking metrics for each suite with ``incident_key``, linked as one batch, for the suite and its parts.

    The whole suite is linked together (a held-aside record may join a dev record's
    incident, as it would in a ledger); each part is scored on its own records. ``stream``
    keeps the extraction for ``evaluate``.
    """
    from harmledger.eval.linking import score_linking
    from harmledger.link.batch import link_records

    suites: dict[str, list[dict[str, Any]]] = {}
    for record in text_records(paths):
        if record.get("incident_key") and "text" in record:
            suites.setdefault(record.get("suite", "?"), []).append(record)
    out: dict[str, dict[str, float]] = {}
    for suite, records in suites.items():
        incidents = list(link_records(records, stream=stream))
        out[suite] = score_linking(records, incidents)
        for part in PARTS:
            chosen = [r for r in records if part_of(str(r["id"])) == part]
            out[part_name(suite, part)] = score_linking(chosen, incidents)
    return out


def metrics(tallies: dict[str, Tally]) -> dict[str, dict[str, float]]:
    """Suite → metric → rate, with incident F1 where the suite pairs incidents."""
    out: dict[str, dict[str, float]] = {}
    for suite, tally in sorted(tallies.items()):
        rates = {m: tally.rate(m) for m in sorted(tally.trials)}
        if (value := f1(tally)) is not None:
            rates["incident_f1"] = value
        out[suite] = {m: v for m, v in rates.items() if v is not None}
    return out


def floors_failed(results: dict[str, dict[str, float]], floors: dict[str, float]) -> list[str]:
    """Messages for each ``suite:metric`` below its floor.

    ``suite`` names a whole suite (``gva-articles``) or a part (``gva-articles/held-aside``);
    a bare ``metric`` holds for every whole suite that reports it, not for the parts.
    """
    failures = []
    for key, floor in floors.items():
        suite, _, metric = key.rpartition(":")
        for name, rates in results.items():
            if (suite and suite != name) or (not suite and "/" in name) or metric not in rates:
                continue
            if rates[metric] < floor:
                failures.append(f"{name}:{metric} = {rates[metric]:.3f} < {floor}")
    missing = [k for k in floors if not any(k.rpartition(":")[2] in r for n, r in results.items())]
    failures.extend(f"{k}: no suite reports this metric" for k in missing)
    return failures


def as_json(results: dict[str, dict[str, float]], tallies: dict[str, Tally]) -> str:
    return json.dumps(
        {s: {m: {"rate": round(v, 4), "n": tallies[s].trials.get(m) if s in tallies else None} for m, v in r.items()} for s, r in results.items()},
        indent=2,
    )
