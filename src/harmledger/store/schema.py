"""The ledger's tables, in SQLAlchemy Core: one schema for SQLite and PostgreSQL.

Names are chosen to read well in Datasette. Ids that rows of an ingest depend
on are deterministic (document hash, ``<document>-<ordinal>`` for mentions,
a hash of the fields for places), so a run that was killed and restarted ends
with exactly the rows of an uninterrupted one. The migrations in
``migrations/versions`` create these tables; a test checks the two agree.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    false,
    func,
)

metadata = MetaData()

COUNT = BigInteger().with_variant(Integer(), "sqlite")
"""Casualty figures: 64 bits (a 32-bit column refused 3,000,000,000). SQLite's INTEGER already holds
64 bits, so it keeps that name there and its tables need no rebuild; the writer refuses anything wider."""
COUNT_MAX = 2**63 - 1
"""The largest figure (or offset) a 64-bit column, and either back end's parameters, hold."""

documents = Table(
    "documents",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("text", Text, nullable=False),
    Column("source", Text),
    Column("url", Text),
    Column("title", Text),
    Column("published", Date, doc="The day as the source wrote it: what filters and linking use."),
    Column("published_at", DateTime, doc="The publication instant in UTC, where the source gave a time (migration 0019): orders a day's updates."),
    Column("language", String(8)),
    Column("origin", Text, doc="The file (and line) it was first read from."),
    Column("ingested_at", DateTime),
    Column("run_id", Integer),
    Index("ix_documents_run", "run_id"),
)

places = Table(
    "places",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("geonames_id", Integer),
    Column("name", Text, nullable=False),
    Column("admin1", Text),
    Column("country", String(2)),
    Column("lat", Float),
    Column("lon", Float),
    Column("precision", String(8)),
    Index("ix_places_country_admin1", "country", "admin1"),
    Index("ix_places_lat_lon", "lat", "lon"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", String(48), primary_key=True),
    Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("background", Boolean, nullable=False),
    Column("event_type", Text),
    Column("sub_event_type", Text),
    Column("weapon", Text),
    Column("target", Text),
    Column("perpetrator", Text),
    Column("attribution", String(16)),
    Column("confidence", Float),
    Column("place_id", String(32), ForeignKey("places.id")),
    Column("when_start", Date),
    Column("when_end", Date),
    Column("when_precision", String(8)),
    Column("event_date", Date, doc="when_start, else the document's published date: what filters and sorts use."),
    Column("killed", COUNT, doc="Best figure of the killed count (DESIGN.md conventions), for filters and sums."),
    Column("injured", COUNT, doc="Best figure of the injured count."),
    Column("country", String(2), doc="The place's, copied here so that one index walk in date order answers a filter."),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("incident_id", String(32), doc="The linked incident this mention tells (``link`` sets it; review may move it)."),
    Column("pinned", Boolean, nullable=False, default=False, server_default=false(),
           doc="An analyst placed it (merged, split off, or not an incident): linking never moves it again."),
    Column("not_incident", Boolean, nullable=False, default=False, server_default=false(),
           doc="An analyst marked it as telling no incident: it belongs to none."),
    Index("ix_mentions_document", "document_id"),
    Index("ix_mentions_incident", "incident_id"),
    Index("ix_mentions_event_date", "event_date", "id", "killed"),
    Index("ix_mentions_place", "place_id"),
    Index("ix_mentions_event_type", "event_type"),
    Index("ix_mentions_killed", "killed"),
    Index("ix_mentions_country_date", "country", "event_date", "id", "killed"),
    Index("ix_mentions_lat_lon", "lat", "lon", "event_date", "id"),
)

# Filters compare admin1 and event type case-blind: index the lowered value, in date order.
Index("ix_mentions_admin1_date", func.lower(mentions.c.admin1), mentions.c.event_date, mentions.c.id, mentions.c.killed)
Index("ix_mentions_type_date", func.lower(mentions.c.event_type), mentions.c.event_date, mentions.c.id, mentions.c.killed)

counts = Table(
    "counts",
    metadata,
    Column("mention_id", String(48), ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
    Column("slot", String(16), primary_key=True),
    Column("value", COUNT, nullable=False),
    Column("qualifier", String(16), nullable=False),
    Column("low", COUNT),
    Column("best", COUNT),
    Column("high", COUNT),
    Column("children", COUNT),
    Column("civilians", Boolean),
    Column("military", Boolean),
    Column("speaker", Text),
)

spans = Table(
    "spans",
    metadata,
    Column("mention_id", String(48), ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(16), primary_key=True, doc="evidence, place, when, or a count slot (killed, injured, ...)."),
    Column("ordinal", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("part", String(8), nullable=False, server_default="body", doc="What the offsets point into: the document's text (body) or its title."),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", String(32), primary_key=True, doc="Derived from the mention that opened it; never part of a mention's id."),
    Column("lead_mention_id", String(48), nullable=False, doc="The mention whose place, date, type and evidence the incident shows."),
    Column("kind", String(16), nullable=False),
    Column("background", Boolean, nullable=False, doc="True while only history retold tells it."),
    Column("event_type", Text),
    Column("sub_event_type", Text),
    Column("country", String(2)),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("event_date", Date),
    Column("killed", COUNT, doc="Reconciled best (the rules of link/reconcile.py), for filters, sorts and sums."),
    Column("killed_low", COUNT),
    Column("killed_high", COUNT),
    Column("injured", COUNT, doc="Reconciled best."),
    Column("injured_low", COUNT),
    Column("injured_high", COUNT),
    Column("missing", COUNT),
    Column("contested", Boolean, nullable=False, default=False, doc="Named speakers disagree on a current figure."),
    Column("sources", Integer, nullable=False, doc="Documents with a mention of it."),
    Column("first_reported", Date),
    Column("last_reported", Date),
    Column("review_status", String(16), nullable=False, default="unreviewed"),
    Column("place_id", String(32), doc="The lead mention's place, else the analyst's (review/overlay.py fills the columns below)."),
    Column("when_end", Date),
    Column("when_precision", String(8)),
    Column("weapon", Text),
    Column("perpetrator", Text),
    Column("attribution", String(16)),
    Column("confidence", Float, doc="The highest confidence of its mentions."),
    Column("mistake_cost", Float, doc="(killed + injured) x (1 - confidence): the review queue's order."),
    Column("merged_into", String(32), doc="The incident an analyst merged this one into (its mentions moved there)."),
    Index("ix_incidents_event_date", "event_date", "id", "killed"),
    Index("ix_incidents_country_date", "country", "event_date", "id", "killed"),
    Index("ix_incidents_lat_lon", "lat", "lon", "event_date", "id"),
    Index("ix_incidents_killed", "killed"),
)
Index("ix_incidents_admin1_date", func.lower(incidents.c.admin1), incidents.c.event_date, incidents.c.id)
Index("ix_incidents_type_date", func.lower(incidents.c.event_type), incidents.c.event_date, incidents.c.id)
# Only the few merged incidents, which query.count_rows counts apart (partial: never chosen for "merged_into IS NULL").
Index("ix_incidents_merged", incidents.c.merged_into, sqlite_where=incidents.c.merged_into.is_not(None), postgresql_where=incidents.c.merged_into.is_not(None))
Index("ix_incidents_review_queue", incidents.c.review_status, incidents.c.merged_into, incidents.c.contested, incidents.c.mistake_cost, incidents.c.id)

incident_rows = Table(
    "incident_rows",
    metadata,
    Column("incident_id", String(32), primary_key=True),
    Column("row", Text, nullable=False, doc="The incident's list row as JSON, less its live columns (store/rows.py): what GET /api/incidents sends."),
    Column("format", Integer, nullable=False, doc="rows.ROW_FORMAT when it was built: a row of another format is built anew when read."),
)

ledger_state = Table(
    "ledger_state",
    metadata,
    Column("id", Integer, primary_key=True, doc="Always 1: one row."),
    Column("epoch", String(32), nullable=False, doc="Random, set when the row is made: tells this ledger from another with the same version."),
    Column("version", BigInteger, nullable=False, doc="Raised by triggers on every write to incidents and incident_rows (migration 0010): keys caches and ETags."),
    Column("row_format", Integer, doc="The rows.ROW_FORMAT every stored row was last rebuilt to."),
)

reviews = Table(
    "reviews",
    metadata,
    Column("incident_id", String(32), primary_key=True),
    Column("status", String(16), nullable=False, doc="confirmed, corrected or rejected: the last verdict an analyst gave."),
    Column("user_name", Text, nullable=False),
    Column("at", DateTime, nullable=False),
)

corrections = Table(
    "corrections",
    metadata,
    Column("incident_id", String(32), primary_key=True),
    Column("field", String(24), primary_key=True, doc="killed, injured, place, date, event_type, sub_event_type, weapon, perpetrator, attribution."),
    Column("value", Text, nullable=False, doc="The analyst's value as JSON; laid over the recomputed row each time linking refreshes it."),
    Column("user_name", Text, nullable=False),
    Column("at", DateTime, nullable=False),
)

review_audit = Table(
    "review_audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String(32), nullable=False),
    Column("action", String(24), nullable=False),
    Column("user_name", Text, nullable=False),
    Column("at", DateTime, nullable=False),
    Column("before", Text, doc="JSON"),
    Column("after", Text, doc="JSON"),
    Column("comment", Text),
    Index("ix_review_audit_incident", "incident_id", "id"),
)

users = Table(
    "users",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("role", String(16), nullable=False, doc="reader, analyst or admin."),
    Column("token_id", String(16), nullable=False, doc="The public half of the token, to find its row."),
    Column("token_salt", String(32), nullable=False),
    Column("token_hash", String(128), nullable=False, doc="scrypt of the secret half with the salt (review/users.py)."),
    Column("created_at", DateTime, nullable=False),
    Column("created_by", Text),
    Index("ix_users_token_id", "token_id", unique=True),
)

fingerprints = Table(
    "fingerprints",
    metadata,
    Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("data", LargeBinary, nullable=False, doc="The document's linking fingerprint, packed (link/fingerprint.py, PACKED_FORMAT; migration 0013)."),
)

link_keys = Table(
    "link_keys",
    metadata,
    Column("key", Text, nullable=False, doc="A rare name, title word or street its documents share (link/fingerprint.py keys)."),
    Column("incident_id", String(32), nullable=False),
    Column("day", Date, nullable=False, doc="The publication day of a document that gave the key."),
    PrimaryKeyConstraint("key", "day", "incident_id"),  # the candidate walk's order; on SQLite the table itself (migration 0016)
    Index("ix_link_keys_incident", "incident_id"),  # moving an incident whole reads and deletes its keys (migration 0015)
    sqlite_with_rowid=False,
)

sources = Table(
    "sources",
    metadata,
    Column("mention_id", String(48), ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
    Column("ordinal", Integer, primary_key=True),
    Column("name", Text, nullable=False),
)

ingest_runs = Table(
    "ingest_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime),
    Column("status", String(16), nullable=False,
           doc="running, done, failed or interrupted (a killed run is marked so by the next run: store/runs.py)."),
    Column("inputs", Text),
    Column("added", Integer, nullable=False, default=0),
    Column("skipped", Integer, nullable=False, default=0),
    Column("failed", Integer, nullable=False, default=0),
    Column("warnings", Integer, nullable=False, default=0),
    Column("host", String(255), doc="The machine the run's process runs on (migration 0018)."),
    Column("pid", Integer, doc="The run's process id on ``host``."),
    Column("heartbeat_at", DateTime, doc="Renewed as the run stores documents: a sign of life other hosts can read."),
)

ingest_errors = Table(
    "ingest_errors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("ingest_runs.id")),
    Column("origin", Text, nullable=False),
    Column("line", Integer),
    Column("level", String(8), nullable=False, doc="error (nothing stored) or warning (stored with a caveat)."),
    Column("reason", Text, nullable=False),
    Column("at", DateTime, nullable=False),
    Index("ix_ingest_errors_run", "run_id"),
)

SEARCH_INDEX_PREFIXES = ("documents_fts", "ix_documents_search")
"""Full-text search objects that migration 0002 makes per back end (FTS5 tables on SQLite, a GIN
index on PostgreSQL): outside ``metadata``, so schema comparisons leave them out."""

CONTENT_TABLES = (documents, places, mentions, counts, spans, sources, incidents, fingerprints, link_keys)
"""The tables an ingest fills from its input (the others log runs and errors)."""

feeds = Table(
    "feeds",
    metadata,
    Column("url", Text, primary_key=True),
    Column("name", Text),
    Column("etag", Text, doc="The last answer's ETag, sent back as If-None-Match (a conditional GET)."),
    Column("last_modified", Text, doc="The last answer's Last-Modified, sent back as If-Modified-Since."),
    Column("last_polled", DateTime),
    Column("last_success", DateTime),
    Column("last_error", Text),
    Column("last_error_at", DateTime),
    Column("failures", Integer, nullable=False, default=0, doc="Polls failed in a row; the back-off doubles with each."),
    Column("retry_after", DateTime, doc="After failures, not polled again before this (the back-off)."),
)

feed_items = Table(
    "feed_items",
    metadata,
    Column("feed_url", Text, ForeignKey("feeds.url", ondelete="CASCADE"), primary_key=True),
    Column("url", Text, primary_key=True, doc="The article's link as the feed gives it (normalised)."),
    Column("status", String(16), nullable=False, doc="pending (listed, not read yet), fetched (read; document_id is its text's), error (tried again later) or skipped (never read)."),
    Column("title", Text, doc="The feed's title and date for the article: kept until it is read, as a later poll may not list it."),
    Column("published", Date),
    Column("document_id", String(32)),
    Column("reason", Text),
    Column("attempts", Integer, nullable=False, default=0),
    Column("first_seen", DateTime, nullable=False),
    Column("last_tried", DateTime),
    Index("ix_feed_items_url", "url"),
)
