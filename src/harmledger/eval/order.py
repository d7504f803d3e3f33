"""How much linking depends on the order reports arrive in: the suite linked in publication
order, then in seeded random orders, each scored as ``harmledger eval`` scores it.

Linking is greedy and incremental (a report joins the best incident already in the
ledger), so arrival order can change the clusters; issue 10 bounds the change of
pairwise F1 at 0.01. Each record is extracted once and every order reuses the result.

    python -m harmledger.eval.order ../shared/data/eval/gva-incidents.jsonl --shuffles 3
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from harmledger.eval.linking import score_linking
from harmledger.eval.runner import ExtractedOnce, text_records
from harmledger.link.batch import link_records

SHOWN = ("pairwise_f1", "bcubed_f1", "toll_killed", "toll_injured")


def order_sensitivity(records: list[dict[str, Any]], seeds: Iterable[int], workers: int = 2) -> dict[str, dict[str, float]]:
    """Linking metrics for publication order (``published``) and each seeded shuffle (``shuffle N``)."""
    stream = ExtractedOnce(workers)
    runs = {"published": None, **{f"shuffle {seed}": seed for seed in seeds}}
    return {name: score_linking(records, link_records(records, shuffle=seed, stream=stream)) for name, seed in runs.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--shuffles", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    records = [r for r in text_records(args.files) if r.get("incident_key") and "text" in r]
    results = order_sensitivity(records, range(1, args.shuffles + 1), args.workers)
    print(f"{'order':<12}" + "".join(f"{name:>14}" for name in SHOWN))
    for name, figures in results.items():
        print(f"{name:<12}" + "".join(f"{figures.get(metric, float('nan')):>14.3f}" for metric in SHOWN))
    for metric in SHOWN:
        spread = [figures[metric] for figures in results.values() if metric in figures]
        if spread:
            print(f"largest change of {metric}: {max(spread) - min(spread):.4f}")


if __name__ == "__main__":
    main()
