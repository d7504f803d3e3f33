"""``make bench-ingest``: ingest throughput beside extract's own, and the writer's peak memory by input size.

Throughput is a ratio measured in one command on the same articles, because
the machines are shared and absolute seconds are noisy: extract alone (one
process, no database) against ``Ledger.ingest_paths`` with ``--workers`` into
a fresh SQLite file. Peak memory is each run's maximum resident set, measured
in a fresh child process per input size, for the writer and for the largest
worker; the input is the suite replicated (each copy's text made unique, so
that nothing is skipped as already stored).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harmledger.ingest.pool import WARM_UP, warm_up
from harmledger.io_jsonl import read_jsonl


def replicate(source: Path, target: Path, count: int) -> Path:
    """``count`` records from ``source``, cycling through it; copy k's text gets a unique suffix."""
    records = list(read_jsonl(source))
    with open(target, "w", encoding="utf-8") as handle:
        for n in range(count):
            record = dict(records[n % len(records)])
            copy = n // len(records)
            if copy:
                record["text"] = f"{record['text']}\n\n(copy {copy})"
            record["id"] = f"{record.get('id')}#{copy}"
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


def extract_rate(path: Path) -> float:
    """Articles per second of ``harmledger.extract`` alone, one process."""
    from datetime import date

    from harmledger.extract import extract

    records = list(read_jsonl(path))
    extract(WARM_UP)  # one-time loading (word tables, gazetteer) is left out of both sides
    started = time.perf_counter()
    for record in records:
        published = record.get("published")
        extract(record["text"], date.fromisoformat(published[:10]) if published else None)
    return len(records) / (time.perf_counter() - started)


def ingest_run(path: Path, workers: int) -> dict:
    """Ingest ``path`` into a fresh SQLite file in this process: rate and peak memory."""
    from harmledger.ledger import Ledger

    with tempfile.TemporaryDirectory() as folder:
        with Ledger(f"sqlite:///{folder}/bench.db") as ledger:
            warm_up()  # one-time loading left out, as for extract alone (ingest's own warm-up is then instant)
            started = time.perf_counter()
            summary = ledger.ingest_paths([path], workers=workers)
            elapsed = time.perf_counter() - started
    return {
        "records": summary.added + summary.skipped + summary.duplicates + summary.failed,
        "added": summary.added,
        "per_s": (summary.added + summary.skipped + summary.duplicates + summary.failed) / elapsed,
        "writer_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def ingest_in_child(path: Path, workers: int) -> dict:
    command = [sys.executable, "-m", "harmledger.bench.ingest", "--child", str(path), "--workers", str(workers)]
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


QUERIES = {
    "everything": {},
    "country": {"country": "UA"},
    "admin1": {"admin1": "Region3"},
    "one month": {"since": "2023-01-01", "until": "2023-01-31"},
    "near 50 km": {"near": (48.0, 30.0, 50.0)},
    "bbox": {"bbox": (25.0, 45.0, 30.0, 50.0)},
    "event type": {"event_type": "Battles"},
    "min killed": {"min_killed": 25},
    "combined": {"country": "UA", "since": "2022-01-01", "min_killed": 20},
    "text": {"text": "report 4242"},
}


def seed_mentions(ledger, mentions: int, seed: int = 1) -> None:
    """``mentions`` synthetic mentions written straight to ``ledger`` (no extraction): 2,000 places,
    four years of dates, two mentions per document, each mention linked as an incident of its own
    (its ``incidents`` row written directly, as ``link.linker.refresh`` would write it for one report),
    so that the queries read as many incidents as mentions. Shared with ``harmledger.bench.web``."""
    import random
    from datetime import date, datetime, timedelta

    from sqlalchemy import bindparam, update

    from harmledger.model import Count, Mention, Place, Record, Span, When
    from harmledger.store.schema import incidents, mentions as mentions_table
    from harmledger.store.writer import write_document

    rng = random.Random(seed)
    towns = [(f"Town{i}", f"Region{i % 25}", "SY" if i % 3 == 0 else "UA", 44 + rng.random() * 8, 22 + rng.random() * 18) for i in range(2000)]
    link = update(mentions_table).where(mentions_table.c.id == bindparam("mention")).values(incident_id=bindparam("incident"))
    with ledger.engine.begin() as connection:
        for n in range(mentions // 2):
            text = f"Report {n}: shelling killed {n % 30} people and injured {n % 11}. " + "The war went on. " * 40
            found = []
            for _ in range(2):
                name, admin1, country, lat, lon = towns[rng.randrange(len(towns))]
                day = date(2020, 1, 1) + timedelta(days=rng.randrange(1500))
                span = Span(0, 6, "Report")
                found.append(Mention(
                    event_type=rng.choice(["Battles", "Explosions/Remote violence", "Violence against civilians"]),
                    place=Place(None, name, admin1, country, lat, lon, "town", span), when=When(day, day, "day", span),
                    killed=Count(n % 30, "exact", n % 30, n % 30, n % 30, span=span), injured=Count(n % 11, span=span),
                    evidence=[span], sources=["police"],
                ))
            record = Record(text=text, origin="bench")
            write_document(connection, record, found, None, datetime.now())
            rows = [_incident_row(f"{record.id}-{ordinal}", mention) for ordinal, mention in enumerate(found, start=1)]
            connection.execute(incidents.insert(), rows)
            connection.execute(link, [{"mention": row["lead_mention_id"], "incident": row["id"]} for row in rows])


def _incident_row(mention_id: str, mention) -> dict:
    """The incident one synthetic mention makes on its own: its place, day and figures, one source."""
    from harmledger.link.linker import incident_id

    place, day = mention.place, mention.when.start
    killed, injured = mention.killed.best, mention.injured.value
    return {
        "id": incident_id(mention_id), "lead_mention_id": mention_id, "kind": mention.kind, "background": False,
        "event_type": mention.event_type, "sub_event_type": None, "country": place.country, "admin1": place.admin1,
        "lat": place.lat, "lon": place.lon, "event_date": day, "killed": killed, "killed_low": killed, "killed_high": killed,
        "injured": injured, "injured_low": injured, "injured_high": injured, "missing": None, "contested": False, "sources": 1,
        "first_reported": day, "last_reported": day, "review_status": "unreviewed",
    }


def query_latency(mentions: int, repeats: int = 20) -> dict[str, dict[str, float]]:
    """p50/p95 of ``incidents()`` (a page of 100) and ``count_incidents()`` over ``mentions`` synthetic
    mentions in SQLite (``seed_mentions``)."""
    import statistics

    from harmledger.store import IncidentFilter
    from harmledger.ledger import Ledger

    figures: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder, Ledger(f"sqlite:///{folder}/query.db") as ledger:
        seed_mentions(ledger, mentions)
        for name, fields in QUERIES.items():
            filters = IncidentFilter(**fields)
            page, total = [], []
            ledger.incidents(filters, limit=100)  # warm the page cache: p95 of a warm database
            for _ in range(repeats):
                started = time.perf_counter()
                ledger.incidents(filters, limit=100)
                page.append(time.perf_counter() - started)
                started = time.perf_counter()
                ledger.count_incidents(filters)
                total.append(time.perf_counter() - started)
            figures[name] = {
                "incidents_p50_ms": statistics.median(page) * 1000,
                "incidents_p95_ms": statistics.quantiles(page, n=20)[-1] * 1000,
                "count_p95_ms": statistics.quantiles(total, n=20)[-1] * 1000,
            }
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suite", type=Path, help="a JSON Lines suite, e.g. ../shared/data/eval/gva-articles.jsonl")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3, help="extract-then-ingest rounds for the throughput ratio")
    parser.add_argument("--sizes", default="2000,20000", help="input sizes for the memory comparison")
    parser.add_argument("--query-mentions", type=int, default=100_000, help="mentions for the query latency section (0: skip)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(ingest_run(args.suite, args.workers)))
        return
    rounds = []
    for _ in range(args.rounds):  # alternate, so that a burst of load on the shared machine hits both sides
        extract_per_s = extract_rate(args.suite)
        ingest = ingest_in_child(args.suite, args.workers)
        rounds.append(ingest["per_s"] / extract_per_s)
        print(f"ingest: {args.suite.name}, {ingest['records']} articles ({ingest['added']} distinct): extract alone {extract_per_s:.0f}/s (1 process); "
              f"ingest --workers {args.workers} {ingest['per_s']:.0f}/s into SQLite = {rounds[-1]:.2f}x extract's throughput (load {os.getloadavg()[0]:.1f})")
    ratio = statistics.median(rounds)
    print(f"ingest: median of {len(rounds)} rounds: {ratio:.2f}x extract's throughput")
    sizes = [int(s) for s in args.sizes.split(",")]
    peaks = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            replicated = replicate(args.suite, Path(folder) / f"suite-{size}.jsonl", size)
            peaks[size] = ingest_in_child(replicated, args.workers)
            replicated.unlink()
            print(f"ingest: {size:,} articles at {peaks[size]['per_s']:.0f}/s: peak RSS writer {peaks[size]['writer_peak_mb']:.0f} MB, "
                  f"largest worker {peaks[size]['worker_peak_mb']:.0f} MB")
    small, large = peaks[sizes[0]], peaks[sizes[-1]]
    growth = large["writer_peak_mb"] / small["writer_peak_mb"] - 1
    print(f"ingest: writer peak memory {sizes[-1]:,} vs {sizes[0]:,} articles: {growth:+.1%}")
    latency = query_latency(args.query_mentions) if args.query_mentions else {}
    for name, figures in latency.items():
        print(f"query over {args.query_mentions:,} mentions (SQLite), {name:>11}: incidents() p50 {figures['incidents_p50_ms']:5.1f} ms, "
              f"p95 {figures['incidents_p95_ms']:5.1f} ms; count_incidents() p95 {figures['count_p95_ms']:5.1f} ms")
    print(json.dumps({"extract_per_s": extract_per_s, "ingest": ingest, "ratio": ratio, "ratios": rounds, "peaks": peaks, "writer_peak_growth": growth, "query": latency}))


if __name__ == "__main__":
    main()
