"""Spans in a document's title: a figure read from a headline points at the headline's words.

Revision ID: 0014
Revises: 0013

A crawled page may tell its story only in the headline ("2 killed, 3 wounded in overnight
shooting") among menus and banners; extraction reads the title there (``extract.headline``),
and the evidence of what it reads is in the title, not in the text. ``part`` says which
(``body`` for every span stored before).
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("spans") as batch:
        batch.add_column(sa.Column("part", sa.String(8), nullable=False, server_default="body"))


def downgrade() -> None:
    with op.batch_alter_table("spans") as batch:
        batch.drop_column("part")
