"""Linked incidents: one row per incident across documents, each mention pointing at its incident.

Revision ID: 0005
Revises: 0004

Until now an incident was a mention (the ``incidents`` view). The link stage now
groups mentions from many documents into incidents with reconciled figures; the
view gives way to a table with the same filter columns and indexes as
``mentions``. Mentions stored before this revision have no incident yet: the
``Ledger`` links them, in publication order, the next time it opens the ledger.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP VIEW IF EXISTS incidents")
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("lead_mention_id", sa.String(48), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("background", sa.Boolean, nullable=False),
        sa.Column("event_type", sa.Text),
        sa.Column("sub_event_type", sa.Text),
        sa.Column("country", sa.String(2)),
        sa.Column("admin1", sa.Text),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("event_date", sa.Date),
        sa.Column("killed", sa.Integer),
        sa.Column("killed_low", sa.Integer),
        sa.Column("killed_high", sa.Integer),
        sa.Column("injured", sa.Integer),
        sa.Column("injured_low", sa.Integer),
        sa.Column("injured_high", sa.Integer),
        sa.Column("missing", sa.Integer),
        sa.Column("contested", sa.Boolean, nullable=False),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("first_reported", sa.Date),
        sa.Column("last_reported", sa.Date),
        sa.Column("review_status", sa.String(16), nullable=False),
    )
    op.create_index("ix_incidents_event_date", "incidents", ["event_date", "id", "killed"])
    op.create_index("ix_incidents_country_date", "incidents", ["country", "event_date", "id", "killed"])
    op.create_index("ix_incidents_lat_lon", "incidents", ["lat", "lon", "event_date", "id"])
    op.create_index("ix_incidents_killed", "incidents", ["killed"])
    op.create_index("ix_incidents_reported", "incidents", ["country", "last_reported"])
    op.create_index("ix_incidents_admin1_date", "incidents", [sa.text("lower(admin1)"), "event_date", "id"])
    op.create_index("ix_incidents_type_date", "incidents", [sa.text("lower(event_type)"), "event_date", "id"])
    op.create_table(
        "fingerprints",
        sa.Column("document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("data", sa.Text, nullable=False),
    )
    with op.batch_alter_table("mentions") as batch:
        batch.add_column(sa.Column("incident_id", sa.String(32)))
        batch.create_index("ix_mentions_incident", ["incident_id"])


def downgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        batch.drop_index("ix_mentions_incident")
        batch.drop_column("incident_id")
    op.drop_table("fingerprints")
    op.drop_table("incidents")
