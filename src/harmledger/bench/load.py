"""``make bench-load``: concurrent clients against ``harmledger serve --workers N`` over 100,000 mentions.

``--clients`` clients (20) each send one request after another for ``--seconds``
(30) per scenario: plain ``GET /api/incidents`` (the page's first request), then
the bench's query shapes in turn (country, month, near, text, ...). The ledger is
seeded with ``harmledger.bench.ingest.seed_mentions`` and served in a child process
(``harmledger.bench.web.serving``); the clients are one asyncio process, so
that they take as little of the shared cores as possible. Prints p50/p95/p99,
requests per second and errors per scenario; exits 1 when plain p95 is over
``TARGET_P95_MS`` or any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from itertools import cycle
from pathlib import Path

import httpx

from harmledger.bench.ingest import QUERIES
from harmledger.bench.web import api_params, serving

TARGET_P95_MS = 100.0


async def _client(client: httpx.AsyncClient, shapes, deadline: float, latencies: list[float], errors: list[str]) -> None:
    while time.perf_counter() < deadline:
        params = next(shapes)
        started = time.perf_counter()
        try:
            response = await client.get("/api/incidents", params=params)
            if response.status_code != 200:
                errors.append(f"{response.status_code} for {params}")
        except httpx.HTTPError as error:
            errors.append(f"{type(error).__name__} for {params}")
        latencies.append(time.perf_counter() - started)


async def load(base_url: str, shapes: list[dict], clients: int, seconds: float) -> dict:
    """``clients`` concurrent clients cycling through ``shapes`` for ``seconds``: latency percentiles and errors."""
    latencies: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base_url, timeout=60, limits=limits) as client:
        for params in shapes:  # one warm-up request per shape
            (await client.get("/api/incidents", params=params)).raise_for_status()
        deadline = time.perf_counter() + seconds
        await asyncio.gather(*(_client(client, cycle(shapes[n % len(shapes):] + shapes[:n % len(shapes)]), deadline, latencies, errors)
                               for n in range(clients)))
    cuts = statistics.quantiles(latencies, n=100)
    return {"requests": len(latencies), "per_s": len(latencies) / seconds, "errors": len(errors), "error_examples": errors[:5],
            "p50_ms": cuts[49] * 1000, "p95_ms": cuts[94] * 1000, "p99_ms": cuts[98] * 1000}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30, help="per scenario")
    parser.add_argument("--workers", type=int, default=2, help="server processes (harmledger serve --workers)")
    parser.add_argument("--db", type=Path, help="seed this SQLite file once and keep it (default: a temporary one)")
    args = parser.parse_args(argv)
    scenarios = {"plain": [{}], "mixed filters": [api_params(fields) for fields in QUERIES.values()]}
    figures = {}
    with serving(args.db, args.mentions, args.workers) as base_url:
        for name, shapes in scenarios.items():
            figures[name] = asyncio.run(load(base_url, shapes, args.clients, args.seconds))
    for name, f in figures.items():
        print(f"GET /api/incidents, {name:>13}: {args.clients} clients for {args.seconds:.0f} s, --workers {args.workers}, {args.mentions:,} mentions (SQLite): "
              f"p50 {f['p50_ms']:6.1f} ms, p95 {f['p95_ms']:6.1f} ms, p99 {f['p99_ms']:6.1f} ms; {f['per_s']:.0f} req/s; {f['errors']} errors")
        for example in f["error_examples"]:
            print(f"  error: {example}")
    load_average = os.getloadavg()[0]
    print(f"target: plain p95 < {TARGET_P95_MS:.0f} ms and no errors; load average {load_average:.1f} on {os.cpu_count()} cores, clients and server on the same machine")
    print(json.dumps({"mentions": args.mentions, "clients": args.clients, "seconds": args.seconds, "workers": args.workers, "load": load_average, "scenarios": figures}))
    ok = figures["plain"]["p95_ms"] < TARGET_P95_MS and not any(f["errors"] for f in figures.values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
