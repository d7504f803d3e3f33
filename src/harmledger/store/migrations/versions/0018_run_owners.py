"""Who runs an ingest: its host, its process id and a heartbeat, so a run killed midway can be told from a live one.

Revision ID: 0018
Revises: 0017

A run killed with SIGKILL (or with its machine) never writes its own end, and its row said 'running' for ever.
The next run and ``harmledger status`` now ask whether its process is still there (``store/runs.py``); rows
written before this migration have no owner and are judged by their age alone. A dead run's documents are
counted by ``documents.run_id``, now indexed, so that count is no scan of every document.
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ingest_runs") as batch:
        batch.add_column(sa.Column("host", sa.String(255)))
        batch.add_column(sa.Column("pid", sa.Integer))
        batch.add_column(sa.Column("heartbeat_at", sa.DateTime))
    op.create_index("ix_documents_run", "documents", ["run_id"])


def downgrade() -> None:
    op.drop_index("ix_documents_run", table_name="documents")
    with op.batch_alter_table("ingest_runs") as batch:
        batch.drop_column("heartbeat_at")
        batch.drop_column("pid")
        batch.drop_column("host")
