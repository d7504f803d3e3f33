"""Covering date indexes: ``killed`` rides along, so counting with a minimum toll reads no table rows.

Revision ID: 0003
Revises: 0002

``count_incidents(country=..., since=..., min_killed=...)`` took ~50 ms over
100,000 mentions in SQLite, looking up each matching row for ``killed``; with
``killed`` as the last column of the date indexes it takes ~2 ms, and the
indexes still walk in (event_date, id) order for the pages.
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_mentions_event_date", "mentions")
    op.drop_index("ix_mentions_country_date", "mentions")
    op.create_index("ix_mentions_event_date", "mentions", ["event_date", "id", "killed"])
    op.create_index("ix_mentions_country_date", "mentions", ["country", "event_date", "id", "killed"])


def downgrade() -> None:
    op.drop_index("ix_mentions_country_date", "mentions")
    op.drop_index("ix_mentions_event_date", "mentions")
    op.create_index("ix_mentions_event_date", "mentions", ["event_date", "id"])
    op.create_index("ix_mentions_country_date", "mentions", ["country", "event_date", "id"])
