"""The link stage: each new document's mentions join an incident already in the ledger or open one.

Linking is incremental and runs inside the writer's transaction for the document,
so a ledger never holds a document whose mentions are unlinked (a kill leaves the
document whole or absent) and the ledger is never re-clustered. For each mention:

- an aggregate toll (many places or days) opens an incident of its own: it never
  merges into an event;
- otherwise the candidates come from blocks: the incidents of the same kind that share
  a rare key (a name, a title word, a street, a town) with a document reported within
  ``WINDOW_DAYS`` (``NAMED_WINDOW_DAYS`` for a name in full), or that any of
  their reports placed in a grid cell next to the mention's point (every report's place
  counts, not only the first one's: a first report placed in the wrong state must not
  hide the incident from the right one); and
  each is scored by the model of ``features.py`` against its members (the best
  member counts: a follow-up may agree with one report and not another);
- for a document's other mentions (not its lead), a candidate whose member lies beyond
  the radius their precision allows is not the same incident, whatever the text says
  (two strikes told in one wire story share all their words); the lead is left to the
  model, which weighs distance against the text, since a misplaced lead is the commoner
  error;
- the best candidate above the model's threshold is joined, else a new incident
  opens; one already reported by the new document's publication day goes first (publication
  order would have offered only those). Incidents it also matches whose every report was
  published after it (a feed read late, a shuffled batch; matched here at ``RELINK_SHARE`` of
  the threshold) are linked again, whole, after it, as publication order would have had them:
  each joins the incident its lead report now matches best. Shuffled, the GVA linking suite
  lost 0.03-0.04 pairwise F1 without this (``make eval-order``). So is an incident whose lead report the new lead matches
  at ``BRIDGE`` or better though it joined another: a report that tells what two reports told makes their incidents one,
  where its lead now matches best. A document's lead prefers the incidents where another document's lead
  matches it: a follow-up most likely tells what an earlier report led with, not
  what that report told further down (often the same attack, told twice by the
  extractor, once unplaced). Two mentions of one document never join the same incident.

Background mentions (history retold: "the theatre in Mariupol ... in March") join the
event incident placed where they are, dated in the period they recall and told in
similar words, and never open a block by publication day; reconciliation leaves their
figures and dates out (``reconcile.py``). One that recalls nothing in the ledger opens
a background incident of its own.
"""

from __future__ import annotations

import hashlib
import math
from collections import OrderedDict, defaultdict
from collections.abc import Collection
from dataclasses import replace
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Connection

from harmledger.link.features import (
    KM_PER_DEGREE, NAMED_WINDOW_DAYS, UNKNOWN_DAYS, WINDOW_DAYS, DocumentBound, Screen, Shared, Side, apart, comparable, distance_km, document_features, event_days_apart, evidence_similarity, km_apart, match_probability, near_apart, threshold,
)
from harmledger.link.fingerprint import Fingerprint, is_full_name
from harmledger.link.index import CandidateIndex, Member, freeze_held
from harmledger.link.reconcile import Claim, reconcile
from harmledger.review.overlay import reviewed_rows
from harmledger.store import linking, rows
from harmledger.store.writer import Written

BOX_DEGREES = 0.3
"""Half the side of the box searched around a point: the height of a grid cell (cells are twice as wide)."""
MAX_CANDIDATES = 60
PER_KEY = 20
"""Incidents one key may bring: its latest within the window."""
MAX_MEMBERS = 12
"""Members compared per candidate: the latest reports carry the incident's current story."""
RADIUS_KM = {"town": 60.0, "near": 80.0, "region": 350.0}
"""How far apart two mentions of one incident may be placed, by the new mention's precision."""
RELINK_SHARE = 0.3
"""An incident only later reports tell is linked again after a report that scores this share of the threshold
against it: the report's own score counts incidents near it that publication order would not have shown the
later report, so the later report's view may pass where this one falls short (``make eval-order``: the largest
change of pairwise F1 0.0108 at 0.5, 0.0099 at 0.3, 0.0111 at 0.2; publication order's own figures the same)."""
BRIDGE = 0.75
"""An incident whose lead report matches a new report this well, besides the incident it joins, is linked again
after it: two reports of one shooting that shared too little to link (one names the road and the trooper, the
other neither) are one incident once a third tells what both told (dev pairwise F1 0.847 → 0.850; any match above
the threshold, 0.843: a third report bridged two shootings of one block as often)."""
FINGERPRINTS_CACHED = 20_000
WARM_BATCH = 2_000
"""Fingerprints read in one statement as the cache is warmed (``Linker._warm``)."""
RECALL_SIMILARITY = 0.1
"""How alike the words around a recalled incident and a report of it must be (a named theatre, a mall)."""


class Linker:
    """Links documents into incidents one at a time (see the module docstring)."""

    def __init__(self) -> None:
        self._fingerprints: OrderedDict[str, Fingerprint] = OrderedDict()
        self._index = CandidateIndex(_cell)

    def link_document(self, connection: Connection, document_id: str, fingerprint: bytes | None, written: Written | None = None) -> set[str]:
        """Link the document's unlinked mentions, its lead first; the ids of the incidents it touched. ``written``: the rows
        the writer has just stored for the document in this transaction, which are then not read back."""
        if fingerprint is not None:
            linking.save_fingerprint(connection, document_id, fingerprint)
            self._remember(document_id, Fingerprint.from_bytes(fingerprint))
        self.prepare(connection)
        told = linking.written_mentions(written) if written is not None else linking.document_mentions(connection, document_id)
        lead = next((r["id"] for r in told if r["kind"] == "event" and not r["background"]), None)
        told.sort(key=lambda r: r["id"] != lead)  # the lead picks its incident before what the document recalls
        unlinked = [r for r in told if r["incident_id"] is None and not r["pinned"]]
        blocks = self._blocks(connection, [r for r in unlinked if r["kind"] == "event" and not r["background"]])
        assigned: dict[str, str] = {}
        cells: dict[str, set[str]] = defaultdict(set)
        view = CandidateView(self._member_side, told[0]["published"] if told else None)
        later: dict[str, Member] = {}
        opened: dict[str, list[dict[str, Any]]] = {}  # incident the document opened → its one member, as a refresh reads it
        for row in unlinked:
            touched = set(assigned.values())
            if row["kind"] != "event":
                incident = None
            elif row["background"]:
                incident = self._recalled(connection, row, touched)
            else:
                incident, told_later = self._match(row, blocks.get(row["id"], {}), touched, view, gated=row["id"] != lead)
                later.update(told_later)
            if incident is None and not self._index.holds(incident := incident_id(row["id"])):
                opened[incident] = [linking.as_member(row, incident)]
            assigned[row["id"]] = incident
            if row["lat"] is not None:
                cells[incident].add(cell_key(row["lat"], row["lon"]))
        # written once the document's mentions are linked: none of them reads what another wrote (see _blocks)
        linking.assign(connection, assigned)
        touched = sorted(set(assigned.values()))
        joined: dict[str, list[Member]] = defaultdict(list)
        for row in unlinked:
            joined[assigned[row["id"]]].append(Member(
                row["id"], row["document_id"], row["ordinal"], row["lat"], row["lon"], row["when_start"], bool(row["background"]), row["published"], row["id"] == lead,
            ))
        self._index.assigned(joined, refresh_all(connection, touched, opened, written and _Fresh(written, assigned)))
        own = self._fingerprints.get(document_id)
        day = own.published if own is not None and own.published else next((r["event_date"] for r in told), None)
        keyed = {incident: sorted({*(own.keys if own is not None else ()), *cells[incident]}) for incident in touched}
        linking.add_keys_of(connection, keyed, day)
        self._index.keyed(keyed, day)
        grew = self._relink(connection, {i: m for i, m in later.items() if i not in touched})
        self._index.settle(connection)
        return set(touched) | grew

    def _relink(self, connection: Connection, later: dict[str, Member]) -> set[str]:
        """Link again, as if each arrived now, the incidents told only by reports published after the
        document just linked, or whose lead it matched at ``BRIDGE`` (``later``: incident → its lead member):
        each moves whole into the incident its lead now matches best. The incidents that grew."""
        gone: dict[str, str] = {}  # incident moved → the incident it moved into
        grew: set[str] = set()
        leads = dict(sorted(later.items()))
        # Every lead's block at once (one walk, one read of the fingerprints none of them had): at a million mentions a
        # report relinks several incidents, each with some 50 candidates of its own. Read again once one has moved.
        blocks = self._blocks(connection, list(leads.values()))
        # the incidents each lead's report tells, read once: those moved since are where they moved to
        told = linking.incidents_told(connection, sorted({lead["document_id"] for lead in leads.values()}))
        for incident, lead in leads.items():
            own = {_moved_to(i, gone) for i in told[lead["document_id"]]}
            block = (self._blocks(connection, [lead]) if gone else blocks).get(lead["id"], {})
            better, _ = self._match(lead, block, own | set(gone), CandidateView(self._member_side, lead.published), gated=False, relinks=False)
            if better is None or (keys := linking.absorb(connection, better, incident)) is None:
                continue
            self._index.assigned({better: self._index.absorbed(better, incident, keys)}, refresh_all(connection, [better]))
            gone[incident] = better
            grew.add(better)
        return grew - set(gone)

    def prepare(self, connection: Connection) -> None:
        """Read the ledger's blocks into memory now rather than at the next document (the bench times the two apart),
        where the ledger changed since, and then the fingerprints of its latest reports (``_warm``)."""
        if self._index.prepare(connection):
            self._warm(connection)

    def _warm(self, connection: Connection) -> None:
        """Decode the fingerprints of the ledger's latest reports, as many as the cache holds, as the index is read: a
        new report's candidates come from the latest incidents (each key brings its ``PER_KEY`` nearest in time), and a
        fingerprint read and decoded when a report first meets it cost that report some 25 µs (0.6-0.9 ms of the slowest
        tenth of the link bench's reports at 10,000 mentions, where no report had met them). A process that links reports
        as they come holds these already; one that has just read the index did not. Fingerprints never change (a
        document's id hashes its text), so those held stay right however often the index is read again. What is decoded
        is then left out of later collections with the index (``freeze_held``): frozen without a full collection of
        everything held, the collector came to count only the few objects not frozen as its oldest generation and ran a
        full collection every few reports (at 100,000 mentions, 1.4 ms a report more than without the warming)."""
        room = FINGERPRINTS_CACHED - len(self._fingerprints)  # never pushing out what it holds (the report being linked's own)
        if room <= 0:
            return
        wanted = [document_id for document_id in self._index.latest_documents(FINGERPRINTS_CACHED) if document_id not in self._fingerprints][-room:]
        for start in range(0, len(wanted), WARM_BATCH):
            batch = wanted[start : start + WARM_BATCH]
            found = linking.fingerprints_of(connection, batch)
            for document_id in batch:  # oldest first: the latest stay longest in the cache
                if document_id in found:
                    self._remember(document_id, Fingerprint.from_bytes(found[document_id]))
        if wanted:
            freeze_held()

    def link_pending(self, connection: Connection) -> int:
        """Link documents stored before linking existed, in publication order; how many."""
        pending = linking.unlinked_documents(connection)
        for document_id in pending:
            self.link_document(connection, document_id, None)
        return len(pending)

    def _recalled(self, connection: Connection, row: dict[str, Any], exclude: set[str]) -> str | None:
        """The incident a background mention recalls: an event placed within its radius whose date
        falls in the recalled period, of the same type where both have one, and told in the most
        similar words. Its report's publication day says nothing here: history is retold months later.
        """
        side = self._side(row)
        if side is None or row["lat"] is None or row["when_start"] is None:
            return None
        found = self._index.incidents_on(
            lat=row["lat"], lon=row["lon"], box_degrees=BOX_DEGREES, start=row["when_start"], end=row["when_end"] or row["when_start"],
            event_type=row["event_type"], limit=MAX_CANDIDATES,
        )
        best, best_similarity = None, RECALL_SIMILARITY
        for incident, told in self._members(connection, [i for i in found if i not in exclude]).items():
            others = [o for m in told if not m["background"] and (o := self._side(m)) is not None]
            if not others or any(_beyond(distance_km(side, o), row) for o in others):
                continue
            similarity = max(evidence_similarity(side, o) for o in others)
            if similarity > best_similarity:
                best, best_similarity = incident, similarity
        return best

    def _blocks(self, connection: Connection, rows: list[dict[str, Any]]) -> dict[str, dict[str, list[Member]]]:
        """Mention id → its candidates (best first) with their members, for all ``rows`` (a document's events
        told as new) at once: nothing this reads changes while the document links, since its assignments,
        keys and incident rows are written after its last mention."""
        sides = {row["id"]: (row, side) for row in rows if (side := self._side(row)) is not None}
        # a mention's event_date is its when_start where its document is undated: the members the index holds carry only the latter
        wanted = [(_block_keys(row, side), row["published"] or row["when_start"]) for row, side in sides.values()]
        keyed = self._index.keyed_incidents(wanted, kind="event", per_key=PER_KEY, limit=MAX_CANDIDATES)
        members = self._index.members({incident for found in keyed for incident in found})
        days = {row["published"] for row, _ in sides.values()}  # one for a document's mentions, a relinked lead's each
        self._read(connection, [document_id for told in members.values() for document_id in _read_of(told, days)])
        return {mention: {incident: members.get(incident, []) for incident in found} for mention, found in zip(sides, keyed)}

    def _match(self, row: dict[str, Any], block: dict[str, list[Member]], exclude: set[str], view: CandidateView, gated: bool, relinks: bool = True) -> tuple[str | None, dict[str, Member]]:
        """The incident ``row`` tells, among its block's candidates (with their members); None to open a new one.
        Then, for a lead (not ``gated``), the other incidents to link again after it, each with its lead member: those
        it matches that only later reports tell, and those whose lead it matches at ``BRIDGE`` (see the module docstring).
        ``view`` holds what the mentions of ``row``'s document read of their candidates (see ``CandidateView``).
        A lead linked again (not ``relinks``) reads only its incident, so its pairs are screened at the threshold.
        """
        side = self._side(row)
        if side is None:
            return None, {}
        candidates = [c for c in block if c not in exclude]
        if not candidates:
            return None, {}
        told = {incident: view.told(incident, block[incident]) for incident in candidates}
        radius = _radius(row) if gated else None
        found = {incident: _measured(side, members, radius) for incident, members in told.items()}  # read once, three times
        side = replace(side, crowd=sum(1 for pairs in found.values() if any(near_apart(*pair) for pair in pairs)))
        if gated:  # a candidate with a member beyond the radius the mention's precision allows is not offered
            candidates = [incident for incident in candidates if not any(km is not None and km > radius for km, _ in found[incident])]
        best, best_score, least = None, (False, 0.0), threshold()
        earlier, earlier_score = None, best_score
        later: dict[str, Member] = {}
        # the lowest score a decision reads (a lead's relinks read the lower); what two documents make of it, once a report
        wants_later = relinks and not gated
        screen = Screen(side, least * RELINK_SHARE if wants_later else least, view.bounds)
        for incident in candidates:
            scored, closest = [], 0.0
            for (member, other), pair in zip(told[incident], found[incident]):
                if not view.has_compared(member.document_id) and screen.hopeless(other, pair, member.document_id):  # scored, it would move no decision
                    continue
                if (shared := view.compared(member.document_id, side.fingerprint, other.fingerprint)) is not None:
                    closest = max(closest, p := match_probability(side, other, shared))
                    if p > least:
                        scored.append((member.lead and not gated, p))
            if not (scored or closest > least * RELINK_SHARE):  # nothing scored moves a decision (most candidates)
                continue
            told_after = view.told_after(incident, block[incident])
            if wants_later and (closest > least * RELINK_SHARE if told_after else any(lead and p >= BRIDGE for lead, p in scored)):
                later[incident] = _lead_member(block[incident])
            if not scored:
                continue
            score = max(scored)
            if score > best_score:
                best, best_score = incident, score
            if not told_after and score > earlier_score:
                earlier, earlier_score = incident, score
        chosen = earlier or best
        return chosen, {incident: member for incident, member in later.items() if incident != chosen}

    def _members(self, connection: Connection, incident_ids: list[str]) -> dict[str, list[Member]]:
        """The incidents' members by incident (from the index), all their documents' fingerprints in the cache."""
        members = self._index.members(incident_ids)
        self._read(connection, [m.document_id for found in members.values() for m in found])
        return members

    def _read(self, connection: Connection, document_ids: list[str]) -> None:
        """Hold the documents' fingerprints in the cache, those it lacks read in one statement and decoded once."""
        documents = list(dict.fromkeys(document_ids))
        for document_id in documents:
            if document_id in self._fingerprints:
                self._fingerprints.move_to_end(document_id)
        for document_id, data in linking.fingerprints_of(connection, [d for d in documents if d not in self._fingerprints]).items():
            self._remember(document_id, Fingerprint.from_bytes(data))

    def _side(self, row: dict[str, Any]) -> Side | None:
        return self._placed(row["document_id"], row["ordinal"], row["lat"], row["lon"], row["when_start"])

    def _member_side(self, member: Member) -> Side | None:
        """``_side`` of a member, read by attribute: a report reads some 60 members' sides, and a member read by name
        (``Member.__getitem__``) costs a Python call a field."""
        return self._placed(member.document_id, member.ordinal, member.lat, member.lon, member.when_start)

    def _placed(self, document_id: str, ordinal: int, lat: float | None, lon: float | None, when: date | None) -> Side | None:
        """A mention's side, where its document's fingerprint is read."""
        fingerprint = self._fingerprints.get(document_id)
        return None if fingerprint is None else Side(fingerprint, ordinal, lat, lon, when)

    def _remember(self, document_id: str, fingerprint: Fingerprint) -> Fingerprint:
        self._fingerprints[document_id] = fingerprint
        if len(self._fingerprints) > FINGERPRINTS_CACHED:
            self._fingerprints.popitem(last=False)
        return fingerprint


class CandidateView:
    """What the mentions of one report read of their candidates, found once for them all: a report's mentions share
    most of their candidates (all but those of their grid cells), and each member shown, each other document's
    fingerprint compared and each incident's dates are the same for every mention of the report. Found per mention,
    they were most of the cost of a report's mentions beyond its lead (0.5 ms each at 10,000 incidents)."""

    def __init__(self, side_of: Any, published: date | None) -> None:
        self._side_of = side_of
        self._published = published
        self._told: dict[str, list[tuple[Member, Side]]] = {}
        self._after: dict[str, bool] = {}
        self._compared: dict[str, Shared | None] = {}
        self.bounds: dict[str, DocumentBound] = {}
        """Other document → what it and the report make of a ``Screen``'s bound, whatever mentions are compared."""

    def told(self, incident: str, members: list[Member]) -> list[tuple[Member, Side]]:
        """The incident's members the report is compared with (``_shown``, the latest ``MAX_MEMBERS``), with their sides."""
        found = self._told.get(incident)
        if found is None:
            found = self._told[incident] = [(m, other) for m in _compared_with(members, self._published) if (other := self._side_of(m)) is not None]
        return found

    def told_after(self, incident: str, members: list[Member]) -> bool:
        """``_told_after`` of the incident's members."""
        found = self._after.get(incident)
        if found is None:
            found = self._after[incident] = _told_after(members, self._published)
        return found

    def has_compared(self, document_id: str) -> bool:
        """Whether the report was compared with the document already (a pair is then scored for less than its ``Screen.ceiling``)."""
        return document_id in self._compared

    def compared(self, document_id: str, own: Fingerprint, other: Fingerprint) -> Shared | None:
        """What the report and another document share (``document_features``), or None where they are not ``comparable``."""
        if document_id not in self._compared:
            shared = document_features(own, other)
            self._compared[document_id] = shared if comparable(own, other, shared) else None
        return self._compared[document_id]


def incident_id(opening_mention_id: str) -> str:
    """An incident's id, from the mention that opened it (stable across reruns; not in any mention id)."""
    return "i" + hashlib.sha256(opening_mention_id.encode()).hexdigest()[:31]


def _block_keys(row: dict[str, Any], side: Side) -> dict[str, int]:
    """The keys that find a mention's candidates, each with its window in days: a name in full
    looks back NAMED_WINDOW_DAYS, the other keys and the grid cells around the mention WINDOW_DAYS."""
    keys = {key: NAMED_WINDOW_DAYS if is_full_name(key) else WINDOW_DAYS for key in side.fingerprint.keys}
    keys.update(dict.fromkeys(nearby_cells(row["lat"], row["lon"]) if row["lat"] is not None else (), WINDOW_DAYS))
    return keys


def cell_key(lat: float, lon: float) -> str:
    """The link key of the grid cell holding a point."""
    return "cell:{}:{}".format(*_cell(lat, lon))


def nearby_cells(lat: float, lon: float) -> list[str]:
    """The keys of the point's cell and the eight around it: every point within BOX_DEGREES is in one of them."""
    row, column = _cell(lat, lon)
    return [f"cell:{row + dy}:{column + dx}" for dy in (-1, 0, 1) for dx in (-1, 0, 1)]


def _cell(lat: float, lon: float) -> tuple[int, int]:
    """Row and column of the grid cell (BOX_DEGREES of latitude by twice that of longitude) holding a point."""
    return math.floor(lat / BOX_DEGREES), math.floor(lon / (2 * BOX_DEGREES))


def refresh(connection: Connection, incident: str) -> None:
    """Recompute the incident's row from all its mentions and claims."""
    refresh_all(connection, [incident])


class _Fresh(NamedTuple):
    """The document just written and linked (``Linker.link_document``): its rows, and the incident each mention joined."""

    written: Written
    assigned: dict[str, str]


def refresh_all(connection: Connection, incident_ids: list[str], opened: dict[str, list[dict[str, Any]]] | None = None,
                fresh: _Fresh | None = None) -> list[dict[str, Any]]:
    """Recompute the incidents' rows from all their mentions and claims, and their list rows from what that read
    (a few statements for them all); the rows saved. ``opened``: incidents the caller's document just opened, with their
    members as ``linking.incident_members`` reads them (``linking.as_member``): they are not read again, nor is the review
    overlay read for them (in the link bench most incidents a report touches are its own new ones, and those three reads
    were a third of a refresh's statements). ``fresh``: that document's rows as written, which give the opened incidents'
    claims and its mentions' spans and named sources without reading them back."""
    if not incident_ids:
        return []
    opened = opened or {}
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for mention in linking.incident_members(connection, [i for i in incident_ids if i not in opened]):
        found[mention["incident_id"]].append(mention)
    for incident, members in opened.items():
        found[incident] = members
    claimed: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for claim in _claims(connection, incident_ids, opened if fresh else {}, fresh):
        claimed[claim["incident_id"]].append(claim)
    recomputed = [_recomputed(incident, found[incident], [claim_of(c) for c in claimed[incident]]) for incident in incident_ids]
    saved = reviewed_rows(connection, recomputed, found, opened)
    linking.save_incidents(connection, saved)
    rows.store_recomputed(connection, saved, found, claimed, fresh and fresh.written)  # the list's rows (store/rows.py)
    return saved


def _claims(connection: Connection, incident_ids: list[str], opened: Collection[str], fresh: _Fresh | None) -> list[dict[str, Any]]:
    """``linking.incident_claims`` of the incidents, those of the ``opened`` ones (told by the ``fresh`` document alone) from its rows."""
    read = linking.incident_claims(connection, [i for i in incident_ids if i not in opened])
    if not fresh or not opened:
        return read
    return read + linking.written_claims(fresh.written, {m: i for m, i in fresh.assigned.items() if i in opened})


def _recomputed(incident: str, found: list[dict[str, Any]], claims: list[Claim]) -> dict[str, Any]:
    """The incident's row as its mentions (in publication order) and claims give it."""
    told = [m for m in found if not m["background"]]
    lead = (told or found)[0]
    figures = reconcile(claims)
    dates = [m["published"] or m["event_date"] for m in found if m["published"] or m["event_date"]]
    row = {
        "id": incident,
        "lead_mention_id": lead["id"],
        "kind": lead["kind"],
        "background": not told,
        **{key: lead[key] for key in ("event_type", "sub_event_type", "country", "admin1", "lat", "lon", "event_date")},
        "contested": any(f.contested for f in figures.values()),
        "sources": len({m["document_id"] for m in found}),
        "first_reported": min(dates, default=None),
        "last_reported": max(dates, default=None),
        "review_status": "unreviewed",
    }
    for slot in ("killed", "injured"):
        figure = figures.get(slot)
        row[slot], row[f"{slot}_low"], row[f"{slot}_high"] = (figure.best, figure.low, figure.high) if figure else (None, None, None)
    row["missing"] = figures["missing"].best if "missing" in figures else None
    return row


def _shown(members: list[Member], published: date | None) -> list[Member]:
    """The members a report is compared with: those published by its day, as publication order would have shown
    it, where there are any (a report read late does not join an incident through the follow-ups it preceded, which
    chose between the incidents when they came); all of them for an incident only later reports tell."""
    if published is None:
        return members
    earlier = [m for m in members if m.published is not None and m.published <= published]
    return earlier or members


def _compared_with(members: list[Member], published: date | None) -> list[Member]:
    """The members of an incident a report published on ``published`` is compared with: the latest MAX_MEMBERS ``_shown``."""
    return _shown(members, published)[-MAX_MEMBERS:]


def _read_of(members: list[Member], days: set[date | None]) -> list[str]:
    """The documents of an incident's members whose fingerprints reports published on ``days`` read: those each is compared
    with (``_compared_with``) and the lead member (by which ``Linker._relink`` links the incident again). An incident of a
    hundred reports shows a report its latest MAX_MEMBERS published by the report's day, and the rest are not read; one of
    MAX_MEMBERS or fewer has all its reports read (the few a report is not compared with cost less than finding them)."""
    if len(members) <= MAX_MEMBERS:
        return [m.document_id for m in members]
    return [*dict.fromkeys(m.document_id for day in days for m in _compared_with(members, day)), _lead_member(members).document_id]


def _lead_member(members: list[Member]) -> Member:
    """The member an incident is linked again by (``Linker._relink``): its first lead mention, else its first member."""
    return next((m for m in members if m.lead), members[0])


def _told_after(members: list[Member], published: date | None) -> bool:
    """Whether every report of an incident was published after ``published`` (never, when a date is missing)."""
    return published is not None and all(m.published is not None and m.published > published for m in members)


def _moved_to(incident: str | None, gone: dict[str, str]) -> str | None:
    """Where an incident's mentions are now, after relinking moved incidents into others (``gone``)."""
    while incident in gone:
        incident = gone[incident]
    return incident


def _beyond(km: float | None, row: dict[str, Any]) -> bool:
    """Whether two mentions ``km`` apart (``distance_km``) lie beyond the radius the precision of ``row``'s place allows."""
    return km is not None and km > _radius(row)


def _radius(row: dict[str, Any]) -> float:
    """How far from ``row``'s place another mention of its incident may lie (``RADIUS_KM``), in km."""
    return RADIUS_KM.get(row.get("precision") or "town", RADIUS_KM["region"])


FAR = (math.inf, UNKNOWN_DAYS)
"""``_measured``'s pair for a member its latitude alone puts beyond the radius: beyond any radius, never ``near_apart``."""


def _measured(side: Side, members: list[tuple[Member, Side]], radius: float | None) -> list[tuple[float | None, int]]:
    """``apart`` of the mention and each member, or, where a ``radius`` is given, ``FAR`` for a member whose latitude alone
    lies beyond it: a mention other than its report's lead is offered no candidate with a member beyond its radius, and
    most of a crowded block's members lie hundreds of km off (some 120 pairs a report's other mentions, at 10,000 mentions).
    Exact, not a guess: ``distance_km`` is ``KM_PER_DEGREE`` times a hypotenuse, never shorter than its side, the
    latitudes' difference, and rounding keeps that order; so a member found ``FAR`` lies beyond the radius measured too."""
    lat, lon = side.lat, side.lon
    if lat is None or lon is None:
        return [apart(side, other) for _, other in members]
    reach = math.inf if radius is None else radius
    found = []
    for _, other in members:  # ``apart`` unrolled, a call a pair fewer: some 180 pairs a report in the bench's slowest tenth
        if other.lat is None or other.lon is None:
            found.append((None, event_days_apart(side, other)))
        elif KM_PER_DEGREE * abs(lat - other.lat) > reach:
            found.append(FAR)
        else:
            found.append((km_apart(lat, lon, other.lat, other.lon), event_days_apart(side, other)))
    return found


def claim_of(row: dict[str, Any]) -> Claim:
    return Claim(
        mention_id=row["mention_id"], document_id=row["document_id"], published=row["published"], speaker=row["speaker"],
        slot=row["slot"], value=row["value"], qualifier=row["qualifier"], low=row["low"], best=row["best"], high=row["high"],
        children=row["children"], background=bool(row["background"]), published_at=row.get("published_at"),
    )
