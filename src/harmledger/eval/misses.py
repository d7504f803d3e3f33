"""The records of a suite's dev part that a metric misses, to write rules from.

Only the ``dev`` part is ever listed: the held-aside fifth (``parts``) is read
for its totals alone, so no rule is written from it.

    python -m harmledger.eval.misses ../shared/data/eval/gva-articles.jsonl --metric killed>0
    python -m harmledger.eval.misses ../shared/data/eval/gva-incidents.jsonl --incidents --metric killed

``--incidents`` links a suite with ``incident_key`` as ``harmledger eval`` does and lists the dev gold
incidents whose reconciled toll misses, with every claim the predicted incident holds for it (who
said what when, with which qualifier): the cases to tell reconciliation's misses from extraction's
and linking's (records marked ``*`` are the gold incident's own).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from harmledger.eval.linking import toll_right, toll_trials
from harmledger.eval.parts import DEV, part_of
from harmledger.eval.runner import record_mentions, text_records
from harmledger.eval.scoring import Tally, answering_mention, score_record

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
        mentions = record_mentions(record)
        tally = Tally()
        score_record(tally, record, mentions)
        missed = [m for m, trials in tally.trials.items() if tally.hits.get(m, 0) < trials and (metric is None or m == metric)]
        if missed:
            yield record, missed, mentions


def incident_misses(records: list[dict], slot: str):
    """(dev records, gold figure, predicted incident or None) for each dev gold incident whose reconciled ``slot``
    misses, from a suite file's ``text_records``; each suite is linked whole, as ``harmledger eval`` links it."""
    from harmledger.link.batch import link_records

    suites: dict[str, list[dict]] = {}
    for record in records:
        if record.get("incident_key") and "text" in record:
            suites.setdefault(record.get("suite", "?"), []).append(record)
    for linked in suites.values():
        incidents = list(link_records(linked, workers=2, claims=True))
        dev = [r for r in linked if part_of(str(r["id"])) == DEV]
        for members, gold, incident in toll_trials(dev, incidents, slot):
            if not toll_right(gold, incident, slot):
                yield members, gold, incident


def miss_class(members: list[dict], gold: int, incident: dict | None, slot: str) -> str:
    """Which stage a missed toll points to, from the claims the predicted incident holds for the slot."""
    if incident is None:
        return "no incident (no lead mention)"
    claims = [c for c in incident.get("claims", ()) if c["slot"] == slot and not c["background"]]
    own = [c for c in claims if {r["id"] for r in members} & set(c["records"])]
    if gold == 0:
        return "gold 0: a figure from its own reports" if own else "gold 0: a figure linked in from other reports"
    if any(gold in (c["best"], c["value"]) for c in claims):
        return "reconciliation: a report gives the gold figure"
    return "extraction: its reports give other figures" if own else "no report of its own gives a figure"


def _print_incident_misses(paths: list[Path], slot: str, chars: int) -> None:
    records = list(text_records(paths))  # read once: for the titles shown and for linking
    titles = {r["id"]: " ".join((r.get("title") or "").split()) for r in records if part_of(str(r.get("id", ""))) == DEV}
    classes: Counter = Counter()
    for members, gold, incident in incident_misses(records, slot):
        figure = (incident or {}).get(slot) or {}
        classes[kind := miss_class(members, gold, incident, slot)] += 1
        print(f"== {members[0]['incident_key']}  {slot}: gold {gold}, best {figure.get('best')}  [{kind}]  "
              f"({len(members)} dev records; predicted incident of {len((incident or {}).get('records', ()))} records)")
        own = {r["id"] for r in members}
        for claim in (incident or {}).get("claims", ()):
            if claim["slot"] != slot:
                continue
            dev_records = [r for r in claim["records"] if part_of(r) == DEV]
            source = dev_records[0] if dev_records else "(held-aside report)"
            told = f"{claim['value']} {claim['qualifier']} (low/best/high {claim['low']}/{claim['best']}/{claim['high']})"
            print(f"   {'*' if own & set(claim['records']) else ' '} {claim['published']} {source}: {told} speaker={claim['speaker']!r}"
                  f"{' background' if claim['background'] else ''}  {titles.get(source, '')[:chars]}")
    for kind, count in classes.most_common():
        print(f"{count:5d}  {kind}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--metric", help="only records that miss this metric (killed>0, place<25km, ...)")
    parser.add_argument("--chars", type=int, default=600, help="how much of each text (with --incidents, each title) to show")
    parser.add_argument("--incidents", action="store_true", help="dev gold incidents whose reconciled --metric (killed, injured) misses")
    args = parser.parse_args(argv)
    if args.incidents:
        if args.metric not in (None, "killed", "injured"):
            parser.error(f"--incidents lists reconciled tolls (killed, injured), not {args.metric}; list a suite's other misses per record, without --incidents")
        _print_incident_misses(args.files, args.metric or "killed", args.chars)
        return
    for record, missed, mentions in dev_misses(args.files, args.metric):
        golds = record.get("incidents") or []
        print(f"== {record['id']}  missed: {', '.join(missed)}")
        print("   gold:", json.dumps(_brief(golds[0] if len(golds) == 1 else None, "date")))
        print("   got: ", json.dumps(_brief(answering_mention(mentions), "when")), f"({len(mentions)} mentions)")
        print("  ", record["text"][: args.chars].replace("\n", " "))


if __name__ == "__main__":
    main()
