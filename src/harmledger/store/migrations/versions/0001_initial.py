"""The first ledger schema: documents, places, mentions, counts, spans, sources, runs, errors.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _mention_fk(name: str = "mention_id") -> sa.Column:
    return sa.Column(name, sa.String(48), sa.ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("language", sa.String(8)),
        sa.Column("origin", sa.Text),
        sa.Column("ingested_at", sa.DateTime),
        sa.Column("run_id", sa.Integer),
    )
    op.create_table(
        "places",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("geonames_id", sa.Integer),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("admin1", sa.Text),
        sa.Column("country", sa.String(2)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("precision", sa.String(8)),
    )
    op.create_index("ix_places_country_admin1", "places", ["country", "admin1"])
    op.create_index("ix_places_lat_lon", "places", ["lat", "lon"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.String(48), primary_key=True),
        sa.Column("document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("background", sa.Boolean, nullable=False),
        sa.Column("event_type", sa.Text),
        sa.Column("sub_event_type", sa.Text),
        sa.Column("weapon", sa.Text),
        sa.Column("target", sa.Text),
        sa.Column("perpetrator", sa.Text),
        sa.Column("attribution", sa.String(16)),
        sa.Column("confidence", sa.Float),
        sa.Column("place_id", sa.String(32), sa.ForeignKey("places.id")),
        sa.Column("when_start", sa.Date),
        sa.Column("when_end", sa.Date),
        sa.Column("when_precision", sa.String(8)),
        sa.Column("event_date", sa.Date),
        sa.Column("killed", sa.Integer),
        sa.Column("injured", sa.Integer),
    )
    op.create_index("ix_mentions_document", "mentions", ["document_id"])
    op.create_index("ix_mentions_event_date", "mentions", ["event_date", "id"])
    op.create_index("ix_mentions_place", "mentions", ["place_id"])
    op.create_index("ix_mentions_event_type", "mentions", ["event_type"])
    op.create_index("ix_mentions_killed", "mentions", ["killed"])
    op.create_table(
        "counts",
        _mention_fk(),
        sa.Column("slot", sa.String(16), primary_key=True),
        sa.Column("value", sa.Integer, nullable=False),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("low", sa.Integer),
        sa.Column("best", sa.Integer),
        sa.Column("high", sa.Integer),
        sa.Column("children", sa.Integer),
        sa.Column("civilians", sa.Boolean),
        sa.Column("military", sa.Boolean),
        sa.Column("speaker", sa.Text),
    )
    op.create_table(
        "spans",
        _mention_fk(),
        sa.Column("role", sa.String(16), primary_key=True),
        sa.Column("ordinal", sa.Integer, primary_key=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "sources",
        _mention_fk(),
        sa.Column("ordinal", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
    )
    op.create_table(
        "ingest_runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("inputs", sa.Text),
        sa.Column("added", sa.Integer, nullable=False),
        sa.Column("skipped", sa.Integer, nullable=False),
        sa.Column("failed", sa.Integer, nullable=False),
        sa.Column("warnings", sa.Integer, nullable=False),
    )
    op.create_table(
        "ingest_errors",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_runs.id")),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("line", sa.Integer),
        sa.Column("level", sa.String(8), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_ingest_errors_run", "ingest_errors", ["run_id"])
    op.execute(INCIDENTS_VIEW)


def downgrade() -> None:
    op.execute("DROP VIEW incidents")
    for table in ("ingest_errors", "ingest_runs", "sources", "spans", "counts", "mentions", "places", "documents"):
        op.drop_table(table)


INCIDENTS_VIEW = """
CREATE VIEW incidents AS
SELECT m.id AS id,
       p.name AS place,
       p.admin1 AS admin1,
       p.country AS country,
       p.lat AS latitude,
       p.lon AS longitude,
       m.event_date AS date,
       m.event_type AS event_type,
       m.sub_event_type AS sub_event_type,
       m.kind AS kind,
       m.background AS background,
       m.killed AS killed,
       m.injured AS injured,
       COALESCE(d.source, d.title, d.origin) AS source,
       d.url AS url,
       m.document_id AS document_id
FROM mentions m
JOIN documents d ON d.id = m.document_id
LEFT JOIN places p ON p.id = m.place_id
"""
