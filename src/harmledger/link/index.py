"""The linker's blocks in memory: a document's candidates and their members without a statement.

The index holds what candidate search reads: each link key's (day, incident) postings in
order, each incident's kind, place, date and last report, and each incident's members with
what scoring needs of them. Per document, only the linker's writes (and the fingerprints it
has not decoded yet) go to SQL: at a million mentions, the statements that found candidates
and members cost about 7 ms a document, the writes about 3.

It holds one ledger as of one ``(epoch, version)`` (``rows.state``), which any write to an
incident raises: read from the store on first use, read again when another process or a
review has written since (all of it: at a million synthetic mentions, about a minute of CPU
and 0.85 GiB held). The linker applies its own writes in place and reads the state they
leave inside the same transaction: SQLite's writer holds the ledger's lock throughout; on
PostgreSQL the state row is locked after the linker's writes, its version triggers made to
fire then rather than at commit, and a writer that committed meanwhile has the index read
again. A rollback undoes the linker's changes (a journal), so a refused document leaves the
index as the ledger is.
"""

from __future__ import annotations

import gc
import heapq
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator
from datetime import date
from itertools import groupby
from typing import Any, NamedTuple

from sqlalchemy import Connection, event

from harmledger.store import linking, rows


class Member(NamedTuple):
    """A mention of an incident, with what scoring reads of it (read by name like the rows it replaces).

    The index stores its records as plain tuples of plain values, which the garbage collector stops
    tracking (it tracks named tuples for good): a million incidents tracked made each full collection
    walk them all, a pause of a second. They are named where they are read.
    """

    id: str
    document_id: str
    ordinal: int
    lat: float | None
    lon: float | None
    when_start: date | None
    background: bool
    published: date | None
    lead: bool

    def __getitem__(self, name: Any) -> Any:
        return getattr(self, name) if isinstance(name, str) else tuple.__getitem__(self, name)


class Incident(NamedTuple):
    """What candidate search and recall filter and sort an incident by, and its members in publication order."""

    kind: str
    background: bool
    merged: bool
    event_type: str | None
    lat: float | None
    lon: float | None
    event_date: date | None
    last_reported: date | None
    members: tuple[tuple[Any, ...], ...] = ()
    """As plain tuples (see ``Member``)."""


_MEMBERS = Incident._fields.index("members")
_RANKED_DAYS = 1 << 22
"""More than any day's ordinal: the keys shared (more first) and the last report (later first) as one number."""
_PUBLISHED, _ID, _DOCUMENT, _LAT, _LON = (Member._fields.index(name) for name in ("published", "id", "document_id", "lat", "lon"))


class Numbering:
    """Incident ids as numbers and back, in two dicts of plain values, which the garbage collector stops tracking."""

    __slots__ = ("numbers", "ids")

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.ids: dict[int, str] = {}

    def number(self, incident: str) -> int:
        found = self.numbers.get(incident)
        if found is None:
            found = self.numbers[incident] = len(self.numbers)
            self.ids[found] = incident
        return found


class Postings:
    """One key's (day, incident) pairs, sorted by day then incident: a key's walk reads them latest first.

    The incidents are held as numbers (``Numbering``) in an array, not as strings in a list: the garbage
    collector walks every list at each full collection, and a million mentions' keys hold seven million
    incidents (0.4-0.5 s a full collection, in the middle of whichever document's linking set it off)."""

    __slots__ = ("days", "numbers", "ids")

    def __init__(self, pairs: Iterable[tuple[int, str]] = (), ids: Numbering | None = None) -> None:
        self.ids = ids or Numbering()
        ordered = sorted(set(pairs))
        self.days = array("i", (day for day, _ in ordered))
        self.numbers = array("q", (self.ids.number(incident) for _, incident in ordered))

    @property
    def incidents(self) -> list[str]:
        return [self.ids.ids[n] for n in self.numbers]

    def add(self, day: int, incident: str) -> bool:
        """Add the pair unless present (``insert_ignore``); whether it was added."""
        lo, hi = bisect_left(self.days, day), bisect_right(self.days, day)
        at = bisect_left(self.numbers, incident, lo, hi, key=self.ids.ids.__getitem__)
        if at < hi and self.ids.ids[self.numbers[at]] == incident:
            return False
        self.days.insert(at, day)
        self.numbers.insert(at, self.ids.number(incident))
        return True

    def remove(self, day: int, incident: str) -> bool:
        """Remove the pair where present; whether it was."""
        lo, hi = bisect_left(self.days, day), bisect_right(self.days, day)
        at = bisect_left(self.numbers, incident, lo, hi, key=self.ids.ids.__getitem__)
        if at == hi or self.ids.ids[self.numbers[at]] != incident:
            return False
        del self.days[at], self.numbers[at]
        return True

    def nearest(self, start: int, day: int, end: int, count: int) -> list[str]:
        """The incidents of the ``count`` pairs dated ``start`` .. ``end`` nearest to ``day`` (the earlier of two as near).

        Where no pair is dated after ``day`` (reports read in publication order) these are the latest; a report
        read late is offered the pairs of its own days, not those of the weeks after it."""
        return [self.ids.ids[n] for n in self.nearest_numbers(start, day, end, count)]

    def nearest_numbers(self, start: int, day: int, end: int, count: int) -> array:
        """``nearest`` as the incidents' numbers (the candidate walk filters them by number, ``CandidateIndex.keyed_incidents``)."""
        lo, hi = bisect_left(self.days, start), bisect_right(self.days, end)
        after = min(max(bisect_right(self.days, day), lo), hi)
        if after == hi or hi - lo <= count:
            return self.numbers[max(lo, hi - count) : hi][::-1]
        first, last = max(lo, after - count), min(after, hi - count)  # the nearest pairs are a run starting in here
        while first < last:
            middle = (first + last) // 2
            if day - self.days[middle] > self.days[middle + count] - day:
                first = middle + 1
            else:
                last = middle
        return self.numbers[first : first + count][::-1]


class CandidateIndex:
    """One ledger's link keys, incidents and members in memory (see the module docstring)."""

    def __init__(self, cell_of: Any) -> None:
        self._cell_of = cell_of
        self._state: Hashable = None
        self._keys: dict[str, Postings] = {}
        self._numbering = Numbering()
        self._records: list[tuple[Any, ...] | None] = []
        """By incident number (``Numbering``): its ``Incident`` as a plain tuple, None where it is gone (or the number is a
        key's only). A list, not a dict by id: the collector always tracks a list, so the freeze after reading the index
        (``freeze_held``) keeps it out of later collections whatever is written into it; a dict of plain tuples is not
        tracked when frozen, and the first new tuple written into it tracked it again, young, and the next two collections
        walked its million entries (10-30 ms each, at whichever document's linking set them off)."""
        self._walkable = array("b")
        """By incident number (``Numbering``): its kind's code (``_kind_codes``), 0 where it is gone or merged away. The
        candidate walk filters a key's incidents by number here rather than through their tuples: at a million mentions
        a key's incidents lie anywhere in memory, and reading each one's tuple cost more than the rest of the walk."""
        self._recency = array("i")
        """By incident number: minus the ordinal of its last report (the walk's order among incidents sharing as many keys)."""
        self._kind_codes: dict[str, int] = {}
        self._cells: dict[tuple[int, int], dict[str, int]] = defaultdict(dict)
        """Grid cell → its incidents, as a dict's keys (the collector stops tracking a dict of strings and numbers, never a
        set), each with the ordinal of its event date (0 where undated): recall reads a cell's dates without its incidents."""
        self._ordinals: dict[date, int] = {}
        """Day → its ordinal, one number object a day however many cells hold it (a million of their own are 27 MiB)."""
        self._journal: list[tuple[Any, ...]] = []
        self._journal_base: Hashable = None
        self._nulls_first = True
        self._watched: Any = None
        self._prepared: Hashable = None
        self._versions_now = False
        """Whether this transaction's version triggers fire at once (PostgreSQL: ``settle`` made them)."""
        self._linked = self._read_after_linking = False
        """Whether this transaction linked a document; whether the index was read after it had."""

    # ---- keeping it the ledger's ----------------------------------------------

    def prepare(self, connection: Connection) -> bool:
        """Make the index hold the ledger as this transaction sees it (read again if another writer wrote); whether it was read now."""
        self._watch(connection)
        state = rows.state(connection)
        read = state != self._state
        if read:
            self._load(connection)
        self._state = self._prepared = state
        return read

    def settle(self, connection: Connection) -> None:
        """After the linker's writes: the state they leave, which the index now holds; none (read again at the
        next document) where another writer committed while this document linked. That can happen on PostgreSQL
        only, whose version row is locked here, after the linker's writes, so that it never waits for an incident
        another transaction holds while holding the row that transaction needs to commit."""
        self._linked = True
        if connection.dialect.name == "postgresql" and not self._versions_now:
            unchanged = linking.locked_state(connection) == self._prepared
            self._versions_now = linking.versions_now(connection)
            if not unchanged:
                self._state = None
                return
        self._state = rows.state(connection)

    def _watch(self, connection: Connection) -> None:
        """Follow the connection's transaction: a commit keeps the changes journalled, a rollback undoes them."""
        if self._watched is connection:
            return
        self._watched = connection
        event.listen(connection, "commit", lambda _: self._ended(committed=True))
        event.listen(connection, "rollback", lambda _: self._ended(committed=False))
        event.listen(connection, "rollback_savepoint", lambda *_: self._forget())

    def _ended(self, committed: bool) -> None:
        """The transaction ended: its changes are the ledger's, or undone (an index read after this transaction
        had linked holds what it wrote without a journal of it: it is read again)."""
        if not committed:
            if self._journal:
                self._undo()
            if self._read_after_linking:
                self._state = None
        self._journal.clear()
        self._versions_now = self._linked = self._read_after_linking = False

    def _undo(self) -> None:
        for change in reversed(self._journal):
            if change[0] == "key":
                self._keys[change[1]].remove(change[2], change[3])
            elif change[0] == "unkey":
                self._keys[change[1]].add(change[2], change[3])
            else:
                self._put(change[1], change[2])
        self._state = self._journal_base

    def _forget(self) -> None:
        """Part of a transaction undone: what it changed is not known here, so everything is read again."""
        self._journal.clear()
        self._state = None

    def _load(self, connection: Connection) -> None:
        """Read the blocks, then freeze what the process holds (``gc.freeze``): a full collection walks every object
        tracked, some 120,000 once the index is read (modules, the engine, the index's containers), 40-80 ms at 10,000
        and 100,000 mentions in the middle of whichever document's linking set it off (the bench's slowest report, every
        run); frozen, a collection walks what was made since. What is frozen is still freed when no longer referred to;
        a cycle among it that falls out of use waits for the next load, which unfreezes all before collecting."""
        self._journal.clear()
        self._read_after_linking = self._linked
        self._nulls_first = connection.dialect.name == "sqlite"
        self._records, self._cells, self._keys, self._numbering = [], defaultdict(dict), {}, Numbering()
        self._walkable, self._recency = array("b"), array("i")
        days: dict[date | None, date | None] = {}
        day = lambda found: days.setdefault(found, found)  # noqa: E731 (one object per day, however many rows hold it)
        for row in linking.block_incidents(connection):
            self._put(row.id, Incident(row.kind, bool(row.background), row.merged_into is not None, row.event_type, row.lat, row.lon, day(row.event_date), day(row.last_reported)))
        members: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        for found in _by_document(linking.block_mentions(connection)):
            lead = min((r.ordinal for r in found if r.kind == "event" and not r.background), default=None)
            for r in found:
                if r.incident_id is not None:
                    members[r.incident_id].append((r.id, r.document_id, r.ordinal, r.lat, r.lon, day(r.when_start), bool(r.background), day(r.published), r.ordinal == lead))
        numbers = self._numbering.numbers
        for incident_id, found in members.items():
            if (incident := self._incident(incident_id)) is not None:
                self._records[numbers[incident_id]] = tuple(_placed_once(incident._replace(members=tuple(sorted(found, key=self._order)))))
        for key, found in groupby(linking.block_keys(connection), key=lambda row: row[0]):  # ordered by key: one group a key
            pairs = [(day.toordinal(), incident_id) for _, day, incident_id in found if day is not None]
            if pairs:
                self._keys[key] = Postings(pairs, self._numbering)
        freeze_held()

    def _order(self, member: tuple[Any, ...]) -> tuple[Any, ...]:
        """Members' order: publication, then id, undated first on SQLite and last on PostgreSQL, as SQL sorted them."""
        return (member[_PUBLISHED] is not None) == self._nulls_first, member[_PUBLISHED] or date.min, member[_ID]

    def _record(self, incident_id: str) -> tuple[Any, ...] | None:
        """The incident's ``Incident`` as a plain tuple, None where the index has none."""
        number = self._numbering.numbers.get(incident_id)
        return None if number is None or number >= len(self._records) else self._records[number]

    def _incident(self, incident_id: str) -> Incident | None:
        found = self._record(incident_id)
        return None if found is None else Incident._make(found)

    def _put(self, incident_id: str, incident: Incident | None) -> None:
        """Set (or, None, drop) an incident, keeping the cells of the recall lookup and what the candidate walk reads of it."""
        number = self._numbering.number(incident_id)
        if (missing := number + 1 - len(self._records)) > 0:  # a key's incidents are numbered too (``Postings``)
            self._records.extend([None] * missing)
            self._walkable.frombytes(bytes(missing * self._walkable.itemsize))
            self._recency.frombytes(bytes(missing * self._recency.itemsize))
        old = None if self._records[number] is None else Incident._make(self._records[number])
        if old is not None and old.lat is not None and old.lon is not None:
            self._cells[self._cell_of(old.lat, old.lon)].pop(incident_id, None)
        self._records[number] = None if incident is None else tuple(incident)
        if incident is not None and incident.lat is not None and incident.lon is not None:
            day = incident.event_date
            self._cells[self._cell_of(incident.lat, incident.lon)][incident_id] = 0 if day is None else self._ordinals.setdefault(day, day.toordinal())
        self._walkable[number] = 0 if incident is None or incident.merged else self._kind_codes.setdefault(incident.kind, len(self._kind_codes) + 1)
        if incident is not None:
            self._recency[number] = -(incident.last_reported or date.min).toordinal()

    # ---- the linker's own writes ------------------------------------------------

    def assigned(self, joined: dict[str, list[Member]], saved: list[dict[str, Any]]) -> None:
        """The document's mentions joined incidents (``joined``: incident → new members) and ``saved`` are
        the incidents' rows as written."""
        if not self._journal:
            self._journal_base = self._state
        for row in saved:
            old = self._incident(row["id"])
            self._journal.append(("incident", row["id"], old))
            members = tuple(sorted((*(old.members if old else ()), *map(tuple, joined.get(row["id"], ()))), key=self._order))
            self._put(row["id"], Incident(
                row["kind"], bool(row["background"]), old.merged if old else False, row["event_type"], row["lat"], row["lon"],
                row["event_date"], row["last_reported"], members,
            ))

    def absorbed(self, survivor: str, absorbed: str, keys: list[tuple[str, date]]) -> list[Member]:
        """An incident moved whole into another (``linking.absorb``; ``keys`` its link keys, now the survivor's):
        it is dropped, and its members are returned, for ``assigned`` to join to the survivor."""
        if not self._journal:
            self._journal_base = self._state
        old = self._incident(absorbed)
        self._journal.append(("incident", absorbed, old))
        self._put(absorbed, None)
        for key, day in keys:
            postings = self._postings(key)
            if postings.remove(day.toordinal(), absorbed):
                self._journal.append(("unkey", key, day.toordinal(), absorbed))
            if postings.add(day.toordinal(), survivor):
                self._journal.append(("key", key, day.toordinal(), survivor))
        return [Member._make(m) for m in old.members] if old is not None else []

    def keyed(self, keyed: dict[str, list[str]], day: date | None) -> None:
        """Keys given to incidents on ``day`` (``linking.add_keys_of``)."""
        if day is None:
            return
        for incident_id, keys in keyed.items():
            for key in keys:
                if self._postings(key).add(day.toordinal(), incident_id):
                    self._journal.append(("key", key, day.toordinal(), incident_id))

    def _postings(self, key: str) -> Postings:
        found = self._keys.get(key)
        if found is None:
            found = self._keys[key] = Postings(ids=self._numbering)
        return found

    # ---- reading ----------------------------------------------------------------

    def keyed_incidents(self, wanted: list[tuple[dict[str, int], date | None]], *, kind: str, per_key: int, limit: int) -> list[list[str]]:
        """For each ``(keys, day)`` wanted (a document's mentions; ``keys`` maps each key to its window, the days
        either side of ``day``), the incidents of ``kind`` that share keys with a document reported within the
        key's window, those sharing the most first, then the latest reported, at most ``limit``.
        Each key contributes its ``per_key`` pairs in the window nearest the day (by day, then incident id), less those of
        another kind or merged away: a key that many incidents share (a common name, a city's cell) costs no
        more than a rare one."""
        code = self._kind_codes.get(kind)
        if code is None:
            return [[] for _ in wanted]
        out = []
        walked: dict[tuple[str, int, int], list[int]] = {}  # a document's mentions share most keys (all but the cells)
        ids, recency = self._numbering.ids, self._recency
        for keys, day in wanted:
            shared: Counter[int] = Counter()
            middle = day.toordinal() if day else date.max.toordinal()
            spans = {window_days: (middle - window_days, middle + window_days) if day else (1, middle) for window_days in set(keys.values())}
            for key, window_days in keys.items():
                start, end = spans[window_days]
                if (walk := walked.get((key, start, end))) is None:
                    walk = walked[key, start, end] = self._walk(key, start, middle, end, code, per_key)
                shared.update(walk)
            ranks = {number: -n * _RANKED_DAYS + recency[number] for number, n in shared.items()}
            if len(ranks) > limit:  # the ids, the last of the order, are read only for the incidents that may be offered
                cutoff = sorted(ranks.values())[limit - 1]
                ranks = {number: rank for number, rank in ranks.items() if rank <= cutoff}
            out.append([i for _, i in sorted((rank, ids[number]) for number, rank in ranks.items())[:limit]])
        return out

    def _walk(self, key: str, start: int, day: int, end: int, code: int, count: int) -> list[int]:
        """The numbers of the incidents of the key's ``count`` pairs dated ``start`` .. ``end`` nearest to ``day``, less those
        of another kind (``code``) or merged away."""
        postings = self._keys.get(key)
        if postings is None:
            return []
        walkable, size = self._walkable, len(self._walkable)
        return [n for n in postings.nearest_numbers(start, day, end, count) if n < size and walkable[n] == code]

    def incidents_on(self, *, lat: float, lon: float, box_degrees: float, start: date, end: date, event_type: str | None, limit: int) -> list[str]:
        """Event incidents told as new, placed in the box around (lat, lon), dated between ``start`` and ``end``, of
        ``event_type`` where both have one; the first ``limit`` by date, then id. Read from the cells the box overlaps, by the
        dates they hold: at a million mentions the box's nine cells hold some 1,200 incidents, each read 5-10 µs (scattered
        in memory), and a day or a week of dates leaves a few."""
        south, west = self._cell_of(lat - box_degrees, lon - box_degrees * 2)
        north, east = self._cell_of(lat + box_degrees, lon + box_degrees * 2)
        first, last = start.toordinal(), end.toordinal()
        found = []
        for row in range(south, north + 1):
            for column in range(west, east + 1):
                for incident_id, day in self._cells.get((row, column), {}).items():
                    if not first <= day <= last:
                        continue
                    i = Incident._make(self._record(incident_id))
                    if (
                        lat - box_degrees <= i.lat <= lat + box_degrees and lon - box_degrees * 2 <= i.lon <= lon + box_degrees * 2
                        and i.kind == "event" and not i.background
                        and not i.merged and (not event_type or (i.event_type or event_type) == event_type)
                    ):
                        found.append((i.event_date, incident_id))
        return [incident_id for _, incident_id in sorted(found)[:limit]]

    def latest_documents(self, count: int) -> list[str]:
        """The documents of the ``count`` latest members by publication (an undated one counts as the oldest), each once, the latest last:
        those a new report's candidates most likely come from (``Linker`` decodes their fingerprints as the index is read)."""
        latest = heapq.nlargest(count, ((member[_PUBLISHED] or date.min, member[_DOCUMENT]) for found in self._records if found is not None for member in found[_MEMBERS]))
        return list(dict.fromkeys(document_id for _, document_id in reversed(latest)))

    def holds(self, incident_id: str) -> bool:
        """Whether the ledger has the incident (merged away or not)."""
        return self._record(incident_id) is not None

    def members(self, incident_ids: Iterable[str]) -> dict[str, list[Member]]:
        """The incidents' members by incident (in order of incident id), each incident's in publication order."""
        return {i: [Member._make(m) for m in found[_MEMBERS]] for i in sorted(incident_ids) if (found := self._record(i)) is not None and found[_MEMBERS]}


def _placed_once(incident: Incident) -> Incident:
    """The incident with its point's numbers those of the member placed there (its lead's, mostly): read from two
    tables, each incident held its point twice (two float objects each, 46 MiB at a million mentions)."""
    same = next((m for m in incident.members if m[_LAT] == incident.lat and m[_LON] == incident.lon), None)
    return incident if same is None else incident._replace(lat=same[_LAT], lon=same[_LON])


def freeze_held() -> None:
    """Leave what the process holds now out of later garbage collections (``CandidateIndex._load``), after one full
    collection of it all: the collector then counts everything it held as its oldest generation, so that a full
    collection comes due only once a quarter as much again has outlived two younger ones (collected over only what
    was not frozen, that count was a few thousand objects, and a full collection came every few reports)."""
    gc.unfreeze()  # what the last load froze is examined again, with the rest: a cycle among it is freed now
    gc.collect()  # untracks what was just read (tuples and dicts of plain values) now, not in the next document's time
    gc.freeze()  # what the process holds now is left out of later collections (see ``_load``'s docstring)


def _by_document(found: Iterable[Any]) -> Iterator[list[Any]]:
    """Rows ordered by document, a document's at a time."""
    batch: list[Any] = []
    for row in found:
        if batch and row.document_id != batch[0].document_id:
            yield batch
            batch = []
        batch.append(row)
    if batch:
        yield batch
