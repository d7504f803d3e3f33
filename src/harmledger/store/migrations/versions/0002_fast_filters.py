"""Fast filters: place columns copied onto mentions, composite indexes, full-text search.

Revision ID: 0002
Revises: 0001

``incidents()`` must answer in well under 50 ms over 100,000 mentions. With
the place only in ``places``, a country filter made SQLite sort every
matching mention by date; with ``country``/``admin1``/``lat``/``lon`` on the
mention, one index walk in date order gives the first page. Text search gets
an index too: an FTS5 table on SQLite, a GIN index on PostgreSQL.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE documents_fts USING fts5(text, title, content='documents', content_rowid='rowid')",
    "INSERT INTO documents_fts(rowid, text, title) SELECT rowid, text, title FROM documents",
    """CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
         INSERT INTO documents_fts(rowid, text, title) VALUES (new.rowid, new.text, new.title);
       END""",
    """CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
         INSERT INTO documents_fts(documents_fts, rowid, text, title) VALUES ('delete', old.rowid, old.text, old.title);
       END""",
    """CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
         INSERT INTO documents_fts(documents_fts, rowid, text, title) VALUES ('delete', old.rowid, old.text, old.title);
         INSERT INTO documents_fts(rowid, text, title) VALUES (new.rowid, new.text, new.title);
       END""",
]
POSTGRES_FTS = "CREATE INDEX ix_documents_search ON documents USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || text))"


def upgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        batch.add_column(sa.Column("country", sa.String(2)))
        batch.add_column(sa.Column("admin1", sa.Text))
        batch.add_column(sa.Column("lat", sa.Float))
        batch.add_column(sa.Column("lon", sa.Float))
    op.execute(
        "UPDATE mentions SET country = (SELECT country FROM places WHERE places.id = mentions.place_id), "
        "admin1 = (SELECT admin1 FROM places WHERE places.id = mentions.place_id), "
        "lat = (SELECT lat FROM places WHERE places.id = mentions.place_id), "
        "lon = (SELECT lon FROM places WHERE places.id = mentions.place_id) "
        "WHERE place_id IS NOT NULL"
    )
    op.create_index("ix_mentions_country_date", "mentions", ["country", "event_date", "id"])
    op.create_index("ix_mentions_lat_lon", "mentions", ["lat", "lon", "event_date", "id"])
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    else:
        op.execute(POSTGRES_FTS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("documents_fts_insert", "documents_fts_delete", "documents_fts_update"):
            op.execute(f"DROP TRIGGER {name}")
        op.execute("DROP TABLE documents_fts")
    else:
        op.drop_index("ix_documents_search", "documents")
    op.drop_index("ix_mentions_lat_lon", "mentions")
    op.drop_index("ix_mentions_country_date", "mentions")
    with op.batch_alter_table("mentions") as batch:
        for column in ("lon", "lat", "admin1", "country"):
            batch.drop_column(column)
