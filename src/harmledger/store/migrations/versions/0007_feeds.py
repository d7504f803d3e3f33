"""Watched feeds: each feed's conditional-GET and health state, and the articles it has listed.

Revision ID: 0007
Revises: 0006

``harmledger watch`` polls feeds again and again; what it learnt last time
(ETag, Last-Modified, the links already read, the failures that set its
back-off) lives in the ledger beside the documents, so a cron job, a
long-running watcher and a second machine all see the same state.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("name", sa.Text),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_polled", sa.DateTime),
        sa.Column("last_success", sa.DateTime),
        sa.Column("last_error", sa.Text),
        sa.Column("last_error_at", sa.DateTime),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("retry_after", sa.DateTime),
    )
    op.create_table(
        "feed_items",
        sa.Column("feed_url", sa.Text, sa.ForeignKey("feeds.url", ondelete="CASCADE"), primary_key=True),
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("document_id", sa.String(32)),
        sa.Column("reason", sa.Text),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("first_seen", sa.DateTime, nullable=False),
        sa.Column("last_tried", sa.DateTime),
    )
    op.create_index("ix_feed_items_url", "feed_items", ["url"])


def downgrade() -> None:
    op.drop_index("ix_feed_items_url", "feed_items")
    op.drop_table("feed_items")
    op.drop_table("feeds")
