"""A report's publication instant, where its source gives a time of day: a day's toll updates in order.

Revision ID: 0019
Revises: 0018

``documents.published`` keeps the day as written (filters and linking read it); ``published_at`` adds the
instant in UTC, so "at least 2" at 15:00, 11 at 18:30 and 16 at 21:10 are told in that order, not by document
id. Documents stored before have none (NULL): they follow the timed reports of their day.
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("published_at", sa.DateTime))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("published_at")
