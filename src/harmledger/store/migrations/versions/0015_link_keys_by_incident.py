"""An incident's link keys by its id: what moving an incident whole into another reads and deletes.

Revision ID: 0015
Revises: 0014

Linking again an incident only later reports tell (``Linker._relink``, ``store.linking.absorb``)
reads the absorbed incident's keys and deletes them. ``link_keys`` was indexed by key only, so
both statements scanned the whole table: at a million mentions (seven million keys) a document
that moved an incident took 1.0-1.4 s of CPU instead of about 10 ms (six of the bench's 300).
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_link_keys_incident", "link_keys", ["incident_id"])


def downgrade() -> None:
    op.drop_index("ix_link_keys_incident", table_name="link_keys")
