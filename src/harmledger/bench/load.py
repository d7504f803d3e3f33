"""``make bench-load``: concurrent clients against ``harmledger serve --workers N`` over 100,000 mentions.

``--clients`` clients (20) each send one request after another for ``--seconds``
(30) per scenario:

- ``plain``: ``GET /api/incidents`` with no parameter, the same URL every time (the
  page's first request);
- ``mixed filters``: the bench's ten query shapes in turn (country, month, near, text, ...);
- ``new pages``: the mixed shapes, each request with an offset no request before
  it used (0, 1, 2, ...), so that no answer comes from the server's page cache (the
  totals, one per filter, still do): the cost of building a page from the stored rows.

The ledger is seeded with ``harmledger.bench.ingest.seed_mentions`` and served in a
child process (``harmledger.bench.web.serving``); the clients are one asyncio process
with aiohttp (0.2 ms of CPU per request here, httpx 2.8 ms), so that
they take as little of the shared cores as possible. Prints p50/p95/p99,
requests per second, errors, and the CPU time per request of the server's processes
and of the clients (what the other load on the machine does not change) per scenario;
exits 1 when plain p95 is over ``TARGET_P95_MS`` or any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from collections.abc import Iterator
from itertools import count, cycle
from pathlib import Path

import aiohttp

from harmledger.bench.ingest import QUERIES
from harmledger.bench.web import api_params, serving

TARGET_P95_MS = 100.0
SCENARIOS = ("plain", "mixed filters", "new pages")


async def _client(session: aiohttp.ClientSession, base_url: str, shapes, deadline: float, latencies: list[float], errors: list[str]) -> None:
    while time.perf_counter() < deadline:
        params = next(shapes)
        started = time.perf_counter()
        try:
            async with session.get(base_url + "/api/incidents", params=params) as response:
                await response.read()
                if response.status != 200:
                    errors.append(f"{response.status} for {params}")
        except (aiohttp.ClientError, asyncio.TimeoutError) as error:
            errors.append(f"{type(error).__name__} for {params}")
        latencies.append(time.perf_counter() - started)


def _new_pages(shapes: list[dict]) -> Iterator[dict]:
    """The shapes in turn, each time with the next offset: no URL twice."""
    for offset in count():
        for params in shapes:
            yield {**params, "offset": str(offset)}


async def load(base_url: str, shapes: list[dict], clients: int, seconds: float, server_pid: int | None = None, new_pages: bool = False) -> dict:
    """``clients`` concurrent clients cycling through ``shapes`` for ``seconds``: latency percentiles, errors, CPU per request."""
    latencies: list[float] = []
    errors: list[str] = []
    connector = aiohttp.TCPConnector(limit=clients)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=60)) as session:
        for params in shapes:  # one warm-up request per shape
            async with session.get(base_url + "/api/incidents", params=params) as response:
                response.raise_for_status()
                await response.read()
        pages = _new_pages(shapes)
        server_cpu, client_cpu = process_tree_cpu(server_pid), time.process_time()
        deadline = time.perf_counter() + seconds
        await asyncio.gather(*(_client(session, base_url, pages if new_pages else cycle(shapes[n % len(shapes):] + shapes[:n % len(shapes)]), deadline, latencies, errors)
                               for n in range(clients)))
        server_cpu, client_cpu = process_tree_cpu(server_pid) - server_cpu, time.process_time() - client_cpu
    cuts = statistics.quantiles(latencies, n=100)
    return {"requests": len(latencies), "per_s": len(latencies) / seconds, "errors": len(errors), "error_examples": errors[:5],
            "p50_ms": cuts[49] * 1000, "p95_ms": cuts[94] * 1000, "p99_ms": cuts[98] * 1000,
            "server_cpu_ms_per_request": server_cpu * 1000 / len(latencies), "client_cpu_ms_per_request": client_cpu * 1000 / len(latencies)}


def process_tree_cpu(pid: int | None) -> float:
    """CPU seconds (user + system) used so far by ``pid`` and its live descendants (Linux ``/proc``; 0 elsewhere)."""
    if pid is None or not Path("/proc/self/stat").exists():
        return 0.0
    stats: dict[int, tuple[int, float]] = {}
    for path in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = path.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        stats[int(path.parent.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"))
    tree = {pid}
    for _ in range(4):  # the server, its workers, anything they start
        tree |= {child for child, (parent, _) in stats.items() if parent in tree}
    return sum(stats[p][1] for p in tree if p in stats)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30, help="per scenario")
    parser.add_argument("--workers", type=int, default=2, help="server processes (harmledger serve --workers)")
    parser.add_argument("--db", type=Path, help="seed this SQLite file once and keep it (default: a temporary one)")
    parser.add_argument("--scenarios", default=",".join(SCENARIOS), help=f"which, comma-separated: {', '.join(SCENARIOS)}")
    args = parser.parse_args(argv)
    mixed = [api_params(fields) for fields in QUERIES.values()]
    shapes = {"plain": [{}], "mixed filters": mixed, "new pages": mixed}
    chosen = [name.strip() for name in args.scenarios.split(",")]
    unknown = [name for name in chosen if name not in SCENARIOS]
    if unknown:
        parser.error(f"unknown scenario {unknown[0]!r} (choose from {', '.join(SCENARIOS)})")
    figures = {}
    with serving(args.db, args.mentions, args.workers) as (base_url, server_pid):
        for name in chosen:
            figures[name] = asyncio.run(load(base_url, shapes[name], args.clients, args.seconds, server_pid, new_pages=name == "new pages"))
    for name, f in figures.items():
        print(f"GET /api/incidents, {name:>16}: {args.clients} clients for {args.seconds:.0f} s, --workers {args.workers}, {args.mentions:,} mentions (SQLite): "
              f"p50 {f['p50_ms']:6.1f} ms, p95 {f['p95_ms']:6.1f} ms, p99 {f['p99_ms']:6.1f} ms; {f['per_s']:.0f} req/s; {f['errors']} errors; "
              f"CPU per request: server {f['server_cpu_ms_per_request']:.2f} ms, clients {f['client_cpu_ms_per_request']:.2f} ms")
        for example in f["error_examples"]:
            print(f"  error: {example}")
    load_average = os.getloadavg()[0]
    print(f"target: plain p95 < {TARGET_P95_MS:.0f} ms and no errors; load average {load_average:.1f} on {os.cpu_count()} cores, clients and server on the same machine")
    print(json.dumps({"mentions": args.mentions, "clients": args.clients, "seconds": args.seconds, "workers": args.workers, "load": load_average, "scenarios": figures}))
    ok = ("plain" not in figures or figures["plain"]["p95_ms"] < TARGET_P95_MS) and not any(f["errors"] for f in figures.values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
