"""``make bench-dask``: ingest on a Dask LocalCluster of 1 and 2 workers beside extract's own throughput,
and the writer's memory by input size.

As in ``bench.ingest``, throughput is a ratio measured in one command on the
same articles (the machines are shared; absolute seconds are noisy): extract
alone (one process, no database) against ``Ledger.ingest_paths`` into a fresh
SQLite file with extraction on a LocalCluster of N single-threaded worker
processes. The cluster's start and its workers' one-time loading are left out,
as extract's own loading is. Each run is a fresh child process, so its peak
resident set is the writer's (the Dask client included; the workers are
measured apart, as their own processes).
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

from harmledger.bench.ingest import extract_rate, replicate


def dask_ingest_run(path: Path, workers: int) -> dict:
    """Ingest ``path`` into a fresh SQLite file with extraction on a LocalCluster of ``workers``: rate and memory."""
    from harmledger.ingest.dask import dask_client, dask_stream
    from harmledger.ledger import Ledger

    with tempfile.TemporaryDirectory() as folder, dask_client(workers=workers) as client:
        with Ledger(f"sqlite:///{folder}/bench.db") as ledger:
            stream = dask_stream(client)  # the workers' one-time loading happens here, before the clock
            started = time.perf_counter()
            summary = ledger.ingest_paths([path], stream=stream)
            elapsed = time.perf_counter() - started
        worker_peaks = client.run(_peak_mb)
    records = summary.added + summary.skipped + summary.failed
    return {
        "workers": workers,
        "records": records,
        "added": summary.added,
        "per_s": records / elapsed,
        "writer_peak_mb": _peak_mb(),
        "worker_peak_mb": max(worker_peaks.values()),
    }


def writer_rate(path: Path) -> float:
    """Articles per second the one writer stores when extraction costs nothing (results made beforehand):
    the ceiling of any cluster in front of it."""
    from harmledger.ingest.pool import extract_stream
    from harmledger.ingest.readers import read_paths
    from harmledger.ledger import Ledger

    items = list(read_paths([path]))
    results = {id(item): result for item, result in zip(items, extract_stream(items))}
    with tempfile.TemporaryDirectory() as folder, Ledger(f"sqlite:///{folder}/bench.db") as ledger:
        started = time.perf_counter()
        ledger.ingest_records(items, inputs=[str(path)], stream=lambda unseen: (results[id(item)] for item in unseen))
        return len(items) / (time.perf_counter() - started)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_in_child(path: Path, workers: int) -> dict:
    command = [sys.executable, "-m", "harmledger.bench.dask", "--child", str(path), "--workers", str(workers)]
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout.splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suite", type=Path, help="a JSON Lines suite, e.g. ../shared/data/eval/gva-articles.jsonl")
    parser.add_argument("--clusters", default="1,2", help="LocalCluster sizes (worker processes) to compare")
    parser.add_argument("--rounds", type=int, default=1, help="extract-then-cluster rounds for the throughput ratios")
    parser.add_argument("--sizes", default="2000,20000", help="input sizes for the writer's memory (on the largest cluster)")
    parser.add_argument("--workers", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(dask_ingest_run(args.suite, args.workers)))
        return
    clusters = [int(n) for n in args.clusters.split(",")]
    writer_per_s = writer_rate(args.suite)
    print(f"dask: the writer alone (results made beforehand) stores {writer_per_s:.0f} articles/s into SQLite", flush=True)
    ratios: dict[int, list[float]] = {n: [] for n in clusters}
    runs = {}
    for _ in range(args.rounds):
        for workers in clusters:  # extract alone measured again beside each, so a burst of load hits both sides
            extract_per_s = extract_rate(args.suite)
            runs[workers] = run_in_child(args.suite, workers)
            ratios[workers].append(runs[workers]["per_s"] / extract_per_s)
            print(f"dask: {args.suite.name}, {runs[workers]['records']} articles: extract alone {extract_per_s:.0f}/s (1 process); "
                  f"LocalCluster of {workers} {runs[workers]['per_s']:.0f}/s into SQLite = {ratios[workers][-1]:.2f}x extract's throughput "
                  f"(load {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores)", flush=True)
    medians = {n: statistics.median(r) for n, r in ratios.items()}
    print("dask: median ratio to extract alone: " + ", ".join(f"{n} workers {m:.2f}x" for n, m in medians.items()))
    sizes = [int(s) for s in args.sizes.split(",")]
    peaks = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            replicated = replicate(args.suite, Path(folder) / f"suite-{size}.jsonl", size)
            peaks[size] = run_in_child(replicated, clusters[-1])
            replicated.unlink()
            print(f"dask: {size:,} articles on {clusters[-1]} workers at {peaks[size]['per_s']:.0f}/s: peak RSS writer {peaks[size]['writer_peak_mb']:.0f} MB, "
                  f"largest worker {peaks[size]['worker_peak_mb']:.0f} MB", flush=True)
    growth = peaks[sizes[-1]]["writer_peak_mb"] / peaks[sizes[0]]["writer_peak_mb"] - 1
    print(f"dask: writer peak memory {sizes[-1]:,} vs {sizes[0]:,} articles: {growth:+.1%}")
    print(json.dumps({"writer_per_s": writer_per_s, "ratios": ratios, "median_ratios": medians, "runs": runs, "peaks": peaks, "writer_peak_growth": growth}))


if __name__ == "__main__":
    main()
