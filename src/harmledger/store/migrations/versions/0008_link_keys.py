"""Link keys: the rare names, title words and streets by which linking finds its candidates.

Revision ID: 0008
Revises: 0007

A block of country and date alone held hundreds of incidents in a country-wide
news stream (every shooting in the US within four months), and each was scored.
Candidates now come from the incidents that share a rare key with the new
document within the date window (an index walk per key), plus those placed near it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "link_keys",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("incident_id", sa.String(32), primary_key=True),
        sa.Column("day", sa.Date, primary_key=True),
    )
    op.create_index("ix_link_keys_key_day", "link_keys", ["key", "day"])


def downgrade() -> None:
    op.drop_table("link_keys")
