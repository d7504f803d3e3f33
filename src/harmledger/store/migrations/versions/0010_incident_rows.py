"""Stored list rows and the ledger's write version: a page of incidents in one indexed query.

Revision ID: 0010
Revises: 0009

``incident_rows`` holds each incident's finished list row as JSON (``store/rows.py``),
written where linking and review recompute the incident. ``ledger_state`` is one row:
a random ``epoch`` and a ``version`` that triggers raise on every write to
``incidents`` and ``incident_rows``, whichever code makes it (a verdict writes the
incident's column directly), for caches and ETags. ``ix_incidents_merged`` (partial: merged
incidents only) lets a count take the few merged ones apart instead of reading every match's row. On PostgreSQL the trigger is a
deferred constraint trigger, so concurrent writers queue on the version row only
while they commit, never while they still take other locks.

The rows of incidents stored before this revision are built when the upgraded ledger
is opened (``Store``: ``rows.rebuild`` while ``row_format`` is not ``rows.ROW_FORMAT``),
not here: the builder reads the incidents with the newest schema's columns, which a
later revision may add. Until then a page builds the missing rows live.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

VERSIONED = ("incidents", "incident_rows")
BUMP = "UPDATE ledger_state SET version = version + 1 WHERE id = 1"


def upgrade() -> None:
    op.create_table(
        "incident_rows",
        sa.Column("incident_id", sa.String(32), primary_key=True),
        sa.Column("row", sa.Text, nullable=False),
        sa.Column("format", sa.Integer, nullable=False),
    )
    state = op.create_table(
        "ledger_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("epoch", sa.String(32), nullable=False),
        sa.Column("version", sa.BigInteger, nullable=False),
        sa.Column("row_format", sa.Integer),
    )
    merged = sa.text("merged_into IS NOT NULL")
    op.create_index("ix_incidents_merged", "incidents", ["merged_into"], sqlite_where=merged, postgresql_where=merged)
    op.bulk_insert(state, [{"id": 1, "epoch": uuid.uuid4().hex, "version": 0, "row_format": None}])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE FUNCTION ledger_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {BUMP}; RETURN NULL; END $$")
        for table in VERSIONED:
            op.execute(f"CREATE CONSTRAINT TRIGGER ledger_version_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                       "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_version_bump()")
    else:
        for table in VERSIONED:
            for event in ("insert", "update", "delete"):
                op.execute(f"CREATE TRIGGER ledger_version_{table}_{event} AFTER {event.upper()} ON {table} BEGIN {BUMP}; END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in VERSIONED:
            op.execute(f"DROP TRIGGER ledger_version_{table} ON {table}")
        op.execute("DROP FUNCTION ledger_version_bump()")
    else:
        for table in VERSIONED:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER ledger_version_{table}_{event}")
    op.drop_index("ix_incidents_merged", "incidents")
    op.drop_table("ledger_state")
    op.drop_table("incident_rows")
