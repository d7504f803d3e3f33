"""``make bench-web``: ``GET /api/incidents`` latency over HTTP with 100,000 mentions (each its own linked incident) in SQLite.

The ledger is seeded with ``harmledger.bench.ingest.seed_mentions`` (the same synthetic
mentions the store's own query bench uses) and served by ``harmledger serve``
in a child process, so the client does not share the server's interpreter;
each query shape is asked ``--repeats`` times after one warm-up request, by default
the same URL each time (after the first, answered from the server's page cache;
``--new-pages``: a new offset each time, so each page is built from the stored rows).
The figures to hold are p95 < 50 ms for a page of 100 with its total, and p95 < 100 ms
for the review queue's first page.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from harmledger.bench.ingest import QUERIES, seed_mentions
from harmledger.ledger import Ledger
from harmledger.store import rows
from harmledger.store.engine import for_writing

TARGET_P95_MS = 50.0
TARGET_QUEUE_P95_MS = 100.0


def api_params(fields: dict) -> dict[str, str]:
    """``IncidentFilter`` fields as the API's query parameters."""
    names = {"event_type": "type", "text": "q"}
    return {names.get(k, k): ",".join(map(str, v)) if isinstance(v, tuple) else str(v) for k, v in fields.items()}


def seeded(db: Path, mentions: int) -> Path:
    """``db`` holding exactly ``mentions`` synthetic mentions (seeded now if it is new); SystemExit if it holds others."""
    with Ledger(f"sqlite:///{db}") as ledger:
        stored = ledger.count_incidents()
        if stored and stored != mentions:
            raise SystemExit(f"{db} holds {stored:,} mentions, not {mentions:,}: remove it or pick another file")
        if not stored:
            started = time.perf_counter()
            seed_mentions(ledger, mentions)
            with for_writing(ledger.engine).begin() as connection:  # the seed writes incidents as refresh would, not their list rows
                rows.rebuild(connection)
            print(f"seeded {mentions:,} mentions in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return db


def start_server(db: Path, workers: int = 1) -> tuple[subprocess.Popen, str]:
    command = [sys.executable, "-m", "harmledger.cli", "serve", "--db", str(db), "--port", "0", "--workers", str(workers)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    found = re.search(r"http://[\d.]+:\d+", line)
    if not found:
        server.kill()
        raise RuntimeError(f"the server did not start: {line}{server.stderr.read()}")
    return server, found.group(0)


@contextmanager
def serving(db: Path | None, mentions: int, workers: int = 1) -> Iterator[tuple[str, int]]:
    """``harmledger serve`` over ``db`` (default: a temporary file) seeded with ``mentions``; yields its base URL and process id."""
    with tempfile.TemporaryDirectory() as folder:
        server, base_url = start_server(seeded(db or Path(folder) / "bench.db", mentions), workers)
        try:
            yield base_url, server.pid
        finally:
            server.terminate()
            server.wait(timeout=10)


def measure(base_url: str, repeats: int, limit: int, new_pages: bool = False) -> dict[str, dict[str, float]]:
    """Each query shape ``repeats`` times after a warm-up: the same URL each time (answered from the server's
    page cache after the first), or with ``new_pages`` a new offset each time (the page built from the stored
    rows; only the total, one per shape, comes from the cache)."""
    with httpx.Client(base_url=base_url, timeout=30) as client:
        return {name: timed(client, "/api/incidents", {**api_params(fields), "limit": limit}, repeats, new_pages) for name, fields in QUERIES.items()}


def measure_review(base_url: str, repeats: int) -> dict[str, dict[str, float]]:
    """The review queue's first page, which the queue view asks after every decision."""
    with httpx.Client(base_url=base_url, timeout=30) as client:
        return {"review queue": timed(client, "/api/review/queue", {"limit": 50}, repeats)}


def timed(client: httpx.Client, path: str, params: dict, repeats: int, new_pages: bool = False) -> dict[str, float]:
    """p50 and p95 of ``repeats`` requests after one warm-up (with ``new_pages`` each at a new offset), and the answer's ``total``."""
    client.get(path, params=params).raise_for_status()
    times = []
    for n in range(repeats):
        started = time.perf_counter()
        response = client.get(path, params={**params, "offset": n + 1} if new_pages else params)
        times.append(time.perf_counter() - started)
        response.raise_for_status()
    return {"p50_ms": statistics.median(times) * 1000, "p95_ms": statistics.quantiles(times, n=20)[-1] * 1000, "total": response.json()["total"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=100)
    parser.add_argument("--limit", type=int, default=100, help="incidents per page")
    parser.add_argument("--db", type=Path, help="seed this SQLite file once and keep it (default: a temporary one)")
    parser.add_argument("--new-pages", action="store_true", help="a new offset for every request: no page from the server's cache")
    args = parser.parse_args(argv)
    with serving(args.db, args.mentions) as (base_url, _):
        figures = measure(base_url, args.repeats, args.limit, args.new_pages)
        review = measure_review(base_url, args.repeats)
    pages = "new pages" if args.new_pages else "same URL"
    for name, f in figures.items():
        print(f"GET /api/incidents over {args.mentions:,} mentions (SQLite, page of {args.limit}, {pages}), {name:>11}: "
              f"p50 {f['p50_ms']:5.1f} ms, p95 {f['p95_ms']:5.1f} ms ({f['total']:,} match)")
    queue = review["review queue"]
    print(f"GET /api/review/queue over {args.mentions:,} mentions (page of 50): p50 {queue['p50_ms']:5.1f} ms, p95 {queue['p95_ms']:5.1f} ms "
          f"({queue['total']:,} waiting; target {TARGET_QUEUE_P95_MS:.0f} ms)")
    worst = max(f["p95_ms"] for f in figures.values())
    load = os.getloadavg()[0]
    print(f"worst p95 {worst:.1f} ms (target {TARGET_P95_MS:.0f} ms); load average {load:.1f} on {os.cpu_count()} cores, client and server on the same machine")
    print(json.dumps({"mentions": args.mentions, "limit": args.limit, "worst_p95_ms": worst, "load": load, "queries": figures, "review": review}))
    return 0 if worst < TARGET_P95_MS and queue["p95_ms"] < TARGET_QUEUE_P95_MS else 1


if __name__ == "__main__":
    sys.exit(main())
