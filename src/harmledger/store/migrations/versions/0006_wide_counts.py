"""Wide counts: casualty figures in 64-bit columns (PostgreSQL's INTEGER stopped at 2,147,483,647).

Revision ID: 0006
Revises: 0005

An ingest of a report claiming 3,000,000,000 dead stopped on PostgreSQL with
"integer out of range". SQLite's INTEGER already holds 64 bits, so only
PostgreSQL's columns change (``schema.COUNT``); figures wider still are refused
by the writer and recorded as that document's error.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

COLUMNS = {
    "mentions": ("killed", "injured"),
    "counts": ("value", "low", "best", "high", "children"),
    "incidents": ("killed", "killed_low", "killed_high", "injured", "injured_low", "injured_high", "missing"),
}


def upgrade() -> None:
    _retype(sa.Integer(), sa.BigInteger())


def downgrade() -> None:
    _retype(sa.BigInteger(), sa.Integer())


def _retype(old: sa.types.TypeEngine, new: sa.types.TypeEngine) -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, columns in COLUMNS.items():
        for column in columns:
            op.alter_column(table, column, type_=new, existing_type=old)
