"""The records of a suite's dev part that a metric misses, to write rules from.

Only the ``dev`` part is ever listed: the held-aside fifth (``parts``) is read
for its totals alone, so no rule is written from it.

    python -m harmledger.eval.misses ../shared/data/eval/gva-articles.jsonl --metric killed>0
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from harmledger.eval.parts import DEV, part_of
from harmledger.eval.runner import text_records
from harmledger.eval.scoring import Tally, answering_mention, score_record
from harmledger.extract import extract

_SHOWN = ("killed", "injured", "event_type", "sub_event_type", "weapon", "perpetrator", "attribution")


def _brief(incident: dict | None, when_key: str) -> dict:
    """The slots a reader compares, with counts as their value and places as their name."""
    incident = incident or {}
    brief = {slot: incident.get(slot) for slot in _SHOWN if incident.get(slot) is not None}
    for slot in ("killed", "injured"):
        if isinstance(brief.get(slot), dict):
            brief[slot] = brief[slot].get("value", brief[slot].get("best"))
    if place := incident.get("place"):
        brief["place"] = f"{place.get('name')} ({place.get('admin1')}, {place.get('country')})"
    if when := incident.get(when_key):
        brief["date"] = f"{when.get('start')}..{when.get('end')}"
    return brief


def dev_misses(paths: list[Path], metric: str | None = None):
    """(record, missed metrics, mentions) for each dev-part text record that misses a metric."""
    for record in text_records(paths):
        if "text" not in record or part_of(str(record.get("id", ""))) != DEV:
            continue
        mentions = [m.to_dict() for m in extract(record["text"], record.get("published"))]
        tally = Tally()
        score_record(tally, record, mentions)
        missed = [m for m, trials in tally.trials.items() if tally.hits.get(m, 0) < trials and (metric is None or m == metric)]
        if missed:
            yield record, missed, mentions


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--metric", help="only records that miss this metric (killed>0, place<25km, ...)")
    parser.add_argument("--chars", type=int, default=600, help="how much of each text to show")
    args = parser.parse_args(argv)
    for record, missed, mentions in dev_misses(args.files, args.metric):
        golds = record.get("incidents") or []
        print(f"== {record['id']}  missed: {', '.join(missed)}")
        print("   gold:", json.dumps(_brief(golds[0] if len(golds) == 1 else None, "date")))
        print("   got: ", json.dumps(_brief(answering_mention(mentions), "when")), f"({len(mentions)} mentions)")
        print("  ", record["text"][: args.chars].replace("\n", " "))


if __name__ == "__main__":
    main()
