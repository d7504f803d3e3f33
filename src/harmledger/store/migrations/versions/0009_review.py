"""Review: analysts' verdicts, corrections, merges and splits, an audit of every change, and users.

Revision ID: 0009
Revises: 0008

Corrections live in their own table and are laid over an incident's row each time
linking recomputes it, so a new report never undoes them. Mentions an analyst has
placed are pinned (linking leaves them where they are). Incidents gain the columns
an analyst may correct that the row did not carry (place, date end and precision,
weapon, perpetrator, attribution), the review queue's cost, and ``merged_into``.
Rows stored before this revision get the other new columns the next time linking
refreshes them; their queue cost is their toll until then.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

INCIDENT_COLUMNS = (
    ("place_id", sa.String(32)),
    ("when_end", sa.Date),
    ("when_precision", sa.String(8)),
    ("weapon", sa.Text),
    ("perpetrator", sa.Text),
    ("attribution", sa.String(16)),
    ("confidence", sa.Float),
    ("mistake_cost", sa.Float),
    ("merged_into", sa.String(32)),
)


def upgrade() -> None:
    # plain ADD COLUMN, not a batch: on SQLite a batch copies the table and its expression indexes are lost
    op.add_column("mentions", sa.Column("pinned", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("mentions", sa.Column("not_incident", sa.Boolean, nullable=False, server_default=sa.false()))
    for name, kind in INCIDENT_COLUMNS:
        op.add_column("incidents", sa.Column(name, kind))
    # the queue sorts by cost, so no row may lack one (NULL sorts first on PostgreSQL, last on SQLite)
    op.execute("UPDATE incidents SET mistake_cost = COALESCE(killed, 0) + COALESCE(injured, 0)")
    op.create_index("ix_incidents_review_queue", "incidents", ["review_status", "merged_into", "contested", "mistake_cost", "id"])
    op.create_table(
        "reviews",
        sa.Column("incident_id", sa.String(32), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("user_name", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "corrections",
        sa.Column("incident_id", sa.String(32), primary_key=True),
        sa.Column("field", sa.String(24), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("user_name", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "review_audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("incident_id", sa.String(32), nullable=False),
        sa.Column("action", sa.String(24), nullable=False),
        sa.Column("user_name", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("before", sa.Text),
        sa.Column("after", sa.Text),
        sa.Column("comment", sa.Text),
    )
    op.create_index("ix_review_audit_incident", "review_audit", ["incident_id", "id"])
    op.create_table(
        "users",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("token_id", sa.String(16), nullable=False),
        sa.Column("token_salt", sa.String(32), nullable=False),
        sa.Column("token_hash", sa.String(128), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.Text),
    )
    op.create_index("ix_users_token_id", "users", ["token_id"], unique=True)


def downgrade() -> None:
    for table in ("users", "review_audit", "corrections", "reviews"):
        op.drop_table(table)
    op.drop_index("ix_incidents_review_queue", "incidents")
    with op.batch_alter_table("incidents") as batch:
        for name, _ in INCIDENT_COLUMNS:
            batch.drop_column(name)
    with op.batch_alter_table("mentions") as batch:
        batch.drop_column("not_incident")
        batch.drop_column("pinned")
