"""``make bench-link``: linking time per document as the ledger grows, and ingest's throughput with
linking against without it, in the same run.

The ledger is seeded with synthetic incidents (``seed_incidents``): each has a
mention, a document, a fingerprint and link keys drawn from the keys of the real
articles linked into it, over the same span of dates, so the real articles find
crowded candidate blocks (the worst case: every key shared by hundreds of
incidents). At each size, real articles (extracted beforehand) are linked one by
one, each in a transaction rolled back afterwards, so the ledger stays at its size:
once moved to the day after the seeded history, as a ledger fed in time order meets
a new report ("in order"), and once on their own days, amid history mostly reported
after them ("late": a feed read late, each report linking again the incidents only
later reports tell, the worst case; ``published_on``);
the CPU time of ``Linker.link_document`` alone is reported (p50 / p95 / mean / max), after
the linker has read the ledger's blocks into memory (``link/index.py``) and decoded its latest reports'
fingerprints (``Linker._warm``), whose time and memory are reported beside, and has linked the first article once untimed (what a
process reads once: compiled statements, the word frequencies). ``--sections`` also prints where the slowest tenth's
time goes, each of the linker's sections' exclusive CPU time a report (``Sections``).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import importlib
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from harmledger.dates import read_date
from harmledger.io_jsonl import read_jsonl

SIZES = (10_000, 100_000, 1_000_000)


def extracted(path: Path, count: int) -> list:
    """The first ``count`` records of ``path``, extracted (with fingerprints) as ingest would."""
    from harmledger.ingest.pool import extract_stream
    from harmledger.model import Record

    records = [r for _, r in zip(range(count), read_jsonl(path))]
    items = [Record(text=r["text"], origin=str(r.get("id")), title=r.get("title"), url=r.get("url"), published=read_date(r.get("published"))) for r in records]
    return list(extract_stream(items, 2))


def seed_incidents(ledger, start: int, stop: int, keys: list[str], days: tuple[date, date], seed: int = 1) -> None:
    """Synthetic incidents ``start`` .. ``stop`` - 1, one mention, document, fingerprint and key set each.

    Written straight through the SQLite driver with a page cache large enough for the indexes: through
    SQLAlchemy's parameter handling and SQLite's default 2 MB cache, a million incidents took the best
    part of an hour.
    """
    from harmledger.link.fingerprint import Fingerprint
    from harmledger.link.linker import cell_key

    rng = random.Random(seed + start)
    span = (days[1] - days[0]).days or 1
    batch: dict[str, list[dict]] = {"documents": [], "mentions": [], "incidents": [], "fingerprints": [], "link_keys": []}
    with ledger.engine.begin() as connection:
        cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        connection.exec_driver_sql(f"PRAGMA cache_size = {SEEDING_CACHE_KIB}")
        for n in range(start, stop):
            document_id, incident_id = f"synthetic{n:026d}", f"isynthetic{n:022d}"
            day = days[0] + timedelta(days=rng.randrange(span))
            lat, lon = 25 + rng.random() * 23, -124 + rng.random() * 57
            chosen = rng.sample(keys, 6)
            terms = {k: round(1 / 6**0.5, 4) for k in chosen}
            print_ = Fingerprint(day, f"outlet{n % 500}.example", terms, terms, terms, [], [], [], {})
            batch["documents"].append({"id": document_id, "text": " ".join(chosen), "published": day, "origin": "bench"})
            batch["mentions"].append({"id": f"{document_id}-1", "document_id": document_id, "ordinal": 1, "kind": "event", "background": False,
                                      "event_date": day, "when_start": day, "when_end": day, "lat": lat, "lon": lon, "country": "US", "incident_id": incident_id})
            batch["incidents"].append({"id": incident_id, "lead_mention_id": f"{document_id}-1", "kind": "event", "background": False, "country": "US",
                                       "lat": lat, "lon": lon, "event_date": day, "contested": False, "sources": 1, "first_reported": day,
                                       "last_reported": day, "review_status": "unreviewed"})
            batch["fingerprints"].append({"document_id": document_id, "data": print_.to_bytes()})
            batch["link_keys"] += [{"key": k, "incident_id": incident_id, "day": day} for k in (*chosen, cell_key(lat, lon))]
            if len(batch["documents"]) >= 5000 or n == stop - 1:
                for name, rows in batch.items():
                    if rows:
                        _insert_raw(connection, name, rows)
                    rows.clear()
        connection.exec_driver_sql(f"PRAGMA cache_size = {cache}")


SEEDING_CACHE_KIB = -1_000_000
"""SQLite's page cache while seeding (negative: KiB), 1 GB: the indexes of a million incidents."""


def _insert_raw(connection, table: str, rows: list[dict]) -> None:
    """Insert ``rows`` (all with the same columns) as SQLite stores them: dates as ISO text, booleans as 0 / 1."""
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    values = [tuple(v.isoformat() if isinstance(v, date) else v for v in row.values()) for row in rows]
    connection.exec_driver_sql(sql, values)


def seeded_ledger(folder: Path, size: int, articles: int, keys: list[str], days: tuple[date, date], keep: bool) -> Path:
    """The file of a ledger seeded with ``size`` synthetic incidents for ``articles`` bench articles: one kept in
    ``folder`` by an earlier run, else the largest smaller one grown to ``size``, copied where ``keep`` (each size
    stays for the next run), moved otherwise."""
    path = folder / f"ledger-{size}-{articles}.db"
    if path.exists():
        return path
    growing, seeded = folder / f"{path.name}.seeding", 0
    growing.unlink(missing_ok=True)
    smaller = sorted((int(found.name.split("-")[1]), found) for found in folder.glob(f"ledger-*-{articles}.db"))
    if smaller and smaller[0][0] < size:
        seeded, found = max(s for s in smaller if s[0] < size)
        (shutil.copyfile if keep else shutil.move)(found, growing)
    from harmledger.ledger import Ledger

    with Ledger(f"sqlite:///{growing}") as ledger:
        seed_incidents(ledger, seeded, size, keys, days)
    growing.rename(path)  # only a ledger seeded to its size bears its name: an interrupted seeding starts again
    return path


def link_times(ledger, *runs: list, sections: Sections | None = None) -> tuple[list[list[float]], float, float]:
    """Seconds of ``link_document`` for each result of each run (one linker for them all, each result written and linked
    in a transaction rolled back); the seconds (CPU) the linker's index took to read first, and the MiB it holds.
    With ``sections``, each result's time is split among them (``Sections.documents``, in the runs' order)."""
    from harmledger.link import Linker

    linker = Linker()
    with ledger.engine.connect() as connection:
        started = time.process_time()
        with connection.begin():
            linker.prepare(connection)
        index_seconds = time.process_time() - started
        index = linker._index  # the bench weighs what it holds
        index_mib = _deep_bytes([index._keys, index._records, index._cells, index._numbering, index._walkable, index._recency, linker._fingerprints]) / 2**20
        _linked(connection, linker, runs[0][0])  # untimed: what a process reads once (statements compiled, word frequencies)
        with sections or contextlib.nullcontext():
            times = [[_linked(connection, linker, result, sections) for result in results] for results in runs]
    return times, index_seconds, index_mib


def published_on(results: list, day: date) -> list:
    """The results as if each dated article were published on ``day``, its events and fingerprint moved by as many days.

    The seeded history spans the articles' own years, so most of an article's candidates were reported after it: a feed
    read late, the worst case, where the report links again the incidents only later reports tell (``Linker._relink``),
    each with its own candidates. A ledger fed in time order holds only what came before a new report: moved to the day
    after the seeded history, each article meets that (the bench prints both)."""
    from dataclasses import replace

    from harmledger.ingest.pool import Extracted
    from harmledger.link.fingerprint import Fingerprint

    moved = []
    for result in results:
        published = result.record.published
        if published is None:
            moved.append(result)
            continue
        later = day - published
        mentions = [replace(m, when=replace(m.when, start=m.when.start + later, end=m.when.end + later)) if m.when else m for m in result.mentions]
        print_ = replace(Fingerprint.from_bytes(result.fingerprint), published=day).to_bytes() if result.fingerprint else None
        moved.append(Extracted(replace(result.record, published=day), mentions, print_, result.warnings))
    return moved


def _linked(connection, linker, result, sections: Sections | None = None) -> float:
    """CPU seconds of ``link_document`` for one result, written and linked in a transaction rolled back (its sections'
    exclusive seconds kept in ``sections``, where given)."""
    from harmledger.store.writer import write_document

    transaction = connection.begin()
    written = write_document(connection, result.record, result.mentions, None, None)
    if sections:
        sections.taken()  # the writer's statements are not the linker's
    started = time.process_time()  # CPU time: the machines are shared, and SQLite runs in this process
    linker.link_document(connection, result.record.id, result.fingerprint, written)
    spent = time.process_time() - started
    if sections:
        sections.documents.append((spent, sections.taken()))
    transaction.rollback()
    return spent


SECTIONS = (
    ("link_document (rest)", "harmledger.link.linker", "Linker.link_document"),
    ("matching (rest)", "harmledger.link.linker", "Linker._match"),
    ("screen bound", "harmledger.link.features", "Screen.hopeless"),
    ("measuring", "harmledger.link.linker", "_measured"),
    ("members' sides", "harmledger.link.linker", "CandidateView.told"),
    ("document features", "harmledger.link.linker", "CandidateView.compared"),
    ("scoring", "harmledger.link.linker", "match_probability"),
    ("key walk", "harmledger.link.index", "CandidateIndex.keyed_incidents"),
    ("members", "harmledger.link.index", "CandidateIndex.members"),
    ("fingerprints read", "harmledger.link.linker", "Linker._read"),
    ("blocks (rest)", "harmledger.link.linker", "Linker._blocks"),
    ("recall", "harmledger.link.linker", "Linker._recalled"),
    ("relink (rest)", "harmledger.link.linker", "Linker._relink"),
    ("refresh (rest)", "harmledger.link.linker", "refresh_all"),
    ("refresh: reconcile", "harmledger.link.linker", "_recomputed"),
    ("index writes", "harmledger.link.index", "CandidateIndex.assigned"),
    ("index writes", "harmledger.link.index", "CandidateIndex.keyed"),
    ("SQL statements", "harmledger.store.prepared", "_Compiled.run"),
    ("SQL rows read", "harmledger.store.prepared", "_Compiled.fetch"),
)
"""``Sections``' default: label, module, and the function or method (looked up where its callers look it up)."""


class Sections:
    """Exclusive CPU seconds of ``link_document``'s sections, each function in ``SECTIONS`` timed while it is entered
    (its callees' time is theirs): where the slowest reports' time goes (``--sections``). Each call costs the wrapper's
    few µs, and a report in the slowest tenth makes some 500 of them, so the times printed beside grow by a third or more
    (at 10,000 mentions in order p95 7.7 ms, against 5.4 unwrapped, both under load 10): take the bench's figures from a run without it."""

    def __init__(self, sections: tuple[tuple[str, str, str], ...] = SECTIONS) -> None:
        self.sections = sections
        self.spent: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self.documents: list[tuple[float, dict[str, tuple[float, int]]]] = []
        """Per document linked: its seconds, and each section's exclusive seconds and calls."""
        self._inside: list[float] = []
        self._originals: list[tuple[Any, str, Any]] = []

    def __enter__(self) -> Sections:
        """Wrap each section; one not found (or any error) unwraps those wrapped before it, then raises."""
        try:
            for label, module, path in self.sections:
                *outer, name = path.split(".")
                owner = functools.reduce(getattr, outer, importlib.import_module(module))
                original = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
                self._originals.append((owner, name, original))
                setattr(owner, name, self._timed(label, original))
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: Any) -> None:
        for owner, name, original in reversed(self._originals):
            setattr(owner, name, original)
        self._originals.clear()

    def taken(self) -> dict[str, tuple[float, int]]:
        """Each section's exclusive seconds and calls since the last time taken."""
        found = {label: (spent, self.calls[label]) for label, spent in self.spent.items()}
        self.spent.clear()
        self.calls.clear()
        return found

    def _timed(self, label: str, function: Any) -> Any:
        inside, spent, calls = self._inside, self.spent, self.calls

        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            inside.append(0.0)
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                took = time.process_time() - started
                spent[label] += took - inside.pop()
                calls[label] += 1
                if inside:
                    inside[-1] += took

        return timed


def slowest_sections(documents: list[tuple[float, dict[str, tuple[float, int]]]], share: float = 0.1) -> list[tuple[str, float, float]]:
    """Each section's mean exclusive seconds and calls a document over the slowest ``share`` of ``documents``, dearest first."""
    slowest = sorted(documents, key=lambda found: found[0])[-max(1, round(share * len(documents))):]
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    for _, sections in slowest:
        for label, (seconds, count) in sections.items():
            spent[label] += seconds
            calls[label] += count
    return [(label, seconds / len(slowest), calls[label] / len(slowest)) for label, seconds in spent.most_common()]


def _deep_bytes(roots: list) -> int:
    """The bytes of ``roots`` and of every object they hold, each counted once."""
    seen: set[int] = set()
    total, pending = 0, list(roots)
    while pending:
        found = pending.pop()
        if id(found) in seen or isinstance(found, type):
            continue
        seen.add(id(found))
        total += sys.getsizeof(found)
        pending.extend(gc.get_referents(found))
    return total


def throughput(results: list, linked: bool, extracting: bool) -> tuple[float, float]:
    """Documents per second ingested, with or without the link stage, by the clock and per second of CPU
    (this process's and its extraction processes'); ``extracting`` False gives the writer alone (extraction
    done beforehand), True the whole ingest on 2 extraction processes. On a machine other sessions share,
    the clock moves with their load; the CPU a document costs does not."""
    from harmledger.ledger import Ledger

    with tempfile.TemporaryDirectory() as folder, Ledger(f"sqlite:///{folder}/t.db") as ledger:
        if not linked:
            ledger.linker.link_document = lambda *args: set()  # the same writer, its link stage left out
        stream = None if extracting else (lambda items: iter(results))
        started, cpu = time.perf_counter(), _cpu_seconds()
        ledger.ingest_records([r.record for r in results], inputs=["bench"], workers=2, stream=stream)
        return len(results) / (time.perf_counter() - started), len(results) / (_cpu_seconds() - cpu)


def _peak_mib() -> float:
    """This process's peak resident memory (Linux reports it in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    """CPU seconds of this process and of its children that have ended (the extraction pool ends with its ingest)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suite", type=Path, help="JSON Lines articles (the GVA linking suite)")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--articles", type=int, default=300, help="real articles linked at each size")
    parser.add_argument("--rounds", type=int, default=3, help="ingests with and without linking, alternated, for the throughput (0: none, the times alone)")
    parser.add_argument("--ledgers", type=Path, help="a folder keeping each size's seeded ledger for later runs (seeding a million mentions takes minutes)")
    parser.add_argument("--sections", action="store_true", help="also print where the slowest tenth's time goes (exclusive CPU ms a report; the times grow by the timing's own cost)")
    args = parser.parse_args()
    from harmledger.ledger import Ledger
    from harmledger.link.fingerprint import Fingerprint
    from harmledger.link.linker import cell_key

    results = extracted(args.suite, args.articles)
    keys = sorted({k for r in results for k in Fingerprint.from_bytes(r.fingerprint).keys})
    dated = [r.record.published for r in results if r.record.published]
    days = (min(dated), max(dated))
    print(f"{len(results)} articles, {len(keys)} distinct keys, seeded over {days[0]} .. {days[1]}")
    in_order = published_on(results, days[1] + timedelta(days=1))
    print(f"{'mentions':>10} {'reports':>9} {'p50 ms':>8} {'p95 ms':>8} {'mean ms':>8} {'max ms':>8} {'index s':>8} {'index MiB':>10} {'peak MiB':>9}"
          "  (CPU time of link_document per article; of reading the index; the process's peak resident memory so far)")
    print(f"{'':>10} {'':>9} 'in order': the articles moved to the day after the seeded history, as a ledger fed in time order meets"
          " them (``published_on``); 'late': on their own days, amid history mostly reported after them (the worst case)")
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.ledgers or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for size in sorted(args.sizes):
            with Ledger(f"sqlite:///{seeded_ledger(folder, size, len(results), keys, days, keep=args.ledgers is not None)}") as ledger:
                # in order first: a process fed in time order holds the latest reports' fingerprints, which the late
                # reports' reads of older ones would push out of its cache
                sections = Sections() if args.sections else None
                runs, index_seconds, index_mib = link_times(ledger, in_order, results, sections=sections)
            for n, (name, times) in enumerate(zip(("in order", "late"), runs)):
                times.sort()
                p95 = times[int(0.95 * (len(times) - 1))]
                print(f"{size:>10,} {name:>9} {statistics.median(times) * 1000:>8.1f} {p95 * 1000:>8.1f} {statistics.mean(times) * 1000:>8.1f} {times[-1] * 1000:>8.1f}"
                      f" {index_seconds:>8.1f} {index_mib:>10.0f} {_peak_mib():>9.0f}", flush=True)
                for label, seconds, calls in slowest_sections(sections.documents[n * len(in_order) : (n + 1) * len(in_order)]) if sections else ():
                    print(f"{'':>20}   {label:<22} {seconds * 1000:>6.2f} ms {calls:>7.1f} calls  (the slowest tenth's exclusive CPU a report)")
    for extracting, name in ((False, "writer alone"), (True, "whole ingest, 2 extraction processes")) if args.rounds > 0 else ():
        (without, with_linking), (without_cpu, with_linking_cpu) = best_throughputs(results, extracting, args.rounds)
        print(f"{name}: {without:.0f} documents/s without linking, {with_linking:.0f} with: {with_linking / without:.0%} of the throughput"
              f" (best of {args.rounds}, alternated); per second of CPU {without_cpu:.0f} and {with_linking_cpu:.0f}: {with_linking_cpu / without_cpu:.0%}")


def best_throughputs(results: list, extracting: bool, rounds: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """The best throughput without linking and with it over ``rounds`` of each, alternated (without, with, with,
    without, ...), by the clock and per second of CPU: on a shared machine the load moves between runs, and
    whichever ran first in each pair would otherwise have it on its side."""
    found: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    for n in range(rounds):
        for linked in (False, True) if n % 2 == 0 else (True, False):
            found[linked].append(throughput(results, linked, extracting))
    return (max(w for w, _ in found[False]), max(w for w, _ in found[True])), (max(c for _, c in found[False]), max(c for _, c in found[True]))

if __name__ == "__main__":
    main()
