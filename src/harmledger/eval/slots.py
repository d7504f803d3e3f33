"""Slot classifiers measured alone: date, type and weapon of a whole record's text.

The full eval scores mentions; this scores ``document_when`` and ``classify``
before framing, so a change to a word list shows its effect in seconds:

    python -m harmledger.eval.slots ../shared/data/eval/acled-notes.jsonl ../shared/data/eval/bellingcat-weapon.jsonl
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

from harmledger.eval.parts import DEV, part_name, part_of
from harmledger.eval.runner import text_records
from harmledger.eval.scoring import Tally, dates_overlap, same_day
from harmledger.extract.classify import classify
from harmledger.extract.when import document_when


# ACLED's actor1 names for the sides harmledger names by country or group; other actors are not scored.
_ACLED_ACTORS = {"Military Forces of Russia": "Russia", "Military Forces of Ukraine": "Ukraine",
                 "Police Forces of Ukraine": "Ukraine", "NAF: United Armed Forces of Novorossiya": "NAF"}


def acled_perpetrator(actor: str | None) -> str | None:
    """harmledger's name for an ACLED actor1 ("Military Forces of Russia (2000-) Air Force" is Russia)."""
    return next((name for prefix, name in _ACLED_ACTORS.items() if (actor or "").startswith(prefix)), None)


def score_slots(tally: Tally, record: dict, misses: list[str] | None = None) -> None:
    """Add one record's slot metrics: those its ``score`` says the source labels.

    Only single-incident records: which slots belong to which of several
    incidents is framing's job, scored by the full eval.
    """
    if len(record.get("incidents") or []) != 1:
        return
    gold = record["incidents"][0]
    score = record.get("score") or {}
    text = record["text"]
    if score.get("date") and gold.get("date"):
        published = date.fromisoformat(record["published"]) if record.get("published") else None
        when = document_when(text, published)
        predicted = when.to_dict() if when else None
        tally.add("date_overlap", dates_overlap(predicted, gold["date"]))
        if gold["date"]["start"] == gold["date"].get("end", gold["date"]["start"]):
            tally.add("date_exact", same_day(predicted, gold["date"]))
    if not (score.get("type") or score.get("weapon")):
        return
    found = classify(text)
    if score.get("type") and (perpetrator := acled_perpetrator(gold.get("perpetrator"))):
        tally.add("perpetrator", found.perpetrator == perpetrator)
    checks = {"type": ("event_type", "sub_event_type"), "weapon": ("weapon",)}
    for label, slots in checks.items():
        if not score.get(label):
            continue
        for slot in slots:
            hit = getattr(found, slot) == gold.get(slot)
            tally.add(slot, hit)
            if not hit and misses is not None:
                misses.append(f"{record['id']}\t{slot}\t{getattr(found, slot)!r} != {gold.get(slot)!r}\t{text[:200]}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--misses", action="store_true", help="print each wrong slot of the dev part with its text")
    args = parser.parse_args(argv)
    tallies: dict[str, Tally] = {}
    misses: list[str] = []
    classify(""), document_when("", None)  # build the cue indexes outside the timing
    count, began = 0, time.perf_counter()
    for record in text_records(args.files):
        part = part_of(str(record.get("id", "")))
        tally = Tally()
        score_slots(tally, record, misses if args.misses and part == DEV else None)  # held-aside misses stay unread
        suite = record.get("suite", "?")
        for name in (suite, part_name(suite, part)):
            tallies.setdefault(name, Tally()).merge(tally)
        count += 1
    elapsed = time.perf_counter() - began
    for line in misses:
        print(line)
    results = {suite: {m: round(t.rate(m), 4) for m in t.trials} for suite, t in tallies.items() if t.trials}
    print(json.dumps(results, indent=2))
    print(f"{count} records, {1000 * elapsed / max(count, 1):.3f} ms a record")


if __name__ == "__main__":
    main()
