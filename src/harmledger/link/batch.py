"""``harmledger link --jsonl``: records extracted and linked as one batch, as ``ingest`` would into an
empty ledger, written in the output contract of ``eval/README.md``.

The batch is linked in publication order (undated records last), as a ledger fed by its
sources would have received it: linking is greedy, each report joining the incident it
matches best among those already in the ledger, so a follow-up read before the report
it follows could open an incident of its own. Sorting also makes the output the same
whatever order the file lists its records in; ``shuffle`` instead feeds them in a seeded
random order, to measure how much the greedy linking depends on arrival order
(``harmledger.eval.order``). Both orders go by the records' own ids (``origin``), not by the
documents' ids: those hash the text, so a change to what they hash (a title counted) drew every
shuffle anew, and the order measure compared other orders rather than the change.
"""

from __future__ import annotations

import random
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from harmledger.dates import iso, read_date
from harmledger.model import Record

if TYPE_CHECKING:
    from harmledger.ledger import Stream


def link_records(
    records: Iterable[dict[str, Any]], workers: int = 1, *, shuffle: int | None = None, stream: Stream | None = None, claims: bool = False
) -> Iterator[dict[str, Any]]:
    """One dict per linked incident: its records, lead records, reconciled figures, place, date and history.

    ``stream`` runs the extraction as in ``Ledger.ingest_records`` (several runs may share one); ``claims``
    adds every claim with its records, outside the output contract (``eval.misses --incidents`` reads them)."""
    from harmledger.ledger import Ledger  # the orchestrator sits above the stages
    from harmledger.link.report import describe
    from harmledger.store import linking

    record_ids: dict[str, list[str]] = defaultdict(list)
    items = []
    for number, record in enumerate(records, start=1):
        if not isinstance(record.get("text"), str) or not record["text"].strip():
            continue
        item = Record(text=record["text"], origin=str(record.get("id", number)), title=record.get("title"), url=record.get("url"), published=read_date(record.get("published")))
        record_ids[item.id].append(str(record.get("id", number)))
        items.append(item)
    items.sort(key=lambda item: (item.published or date.max, item.origin, item.id))
    if shuffle is not None:
        random.Random(shuffle).shuffle(items)
    with tempfile.TemporaryDirectory() as folder, Ledger(f"sqlite:///{folder}/link.db") as ledger:
        ledger.ingest_records(items, inputs=["link --jsonl"], workers=workers, stream=stream)
        with ledger.engine.connect() as connection:
            leads = set(linking.document_leads(connection).values())
            for incident_id in linking.incident_ids(connection):
                found = describe(connection, incident_id)
                extra = {"claims": [{**c, "records": record_ids[c["document_id"]]} for c in found["claims"]]} if claims else {}
                yield {**_contract(found, record_ids, leads), **extra}


def _contract(found: dict[str, Any], record_ids: dict[str, list[str]], leads: set[str]) -> dict[str, Any]:
    incident, members = found["incident"], found["mentions"]
    lead_documents = {m["document_id"] for m in members if m["id"] in leads}
    lead = next(m for m in members if m["id"] == incident["lead_mention_id"])
    return {
        "id": incident["id"],
        "records": sorted({r for m in members for r in record_ids[m["document_id"]]}),
        "lead_records": sorted({r for d in lead_documents for r in record_ids[d]}),
        "killed": _figure(found, "killed"),
        "injured": _figure(found, "injured"),
        "date": {"start": iso(lead["when_start"] or lead["event_date"]), "end": iso(lead["when_end"] or lead["event_date"]), "precision": lead["when_precision"] or "day"} if lead["event_date"] else None,
        "place": {"country": incident["country"], "admin1": incident["admin1"], "lat": incident["lat"], "lon": incident["lon"]} if incident["lat"] is not None else None,
        "event_type": incident["event_type"],
        "sub_event_type": incident["sub_event_type"],
        "kind": incident["kind"],
        "sources": incident["sources"],
        "contested": bool(incident["contested"]),
        "history": [{"record": (record_ids[h["document_id"]] or [None])[0], "published": h["published"], "killed": h["killed"], "injured": h["injured"]} for h in found["history"]],
    }


def _figure(found: dict[str, Any], slot: str) -> dict[str, Any] | None:
    figure = found["figures"].get(slot)
    return {"low": figure["low"], "best": figure["best"], "high": figure["high"]} if figure else None
