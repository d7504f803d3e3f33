"""Two indexes of ``incidents`` that nothing reads any more are dropped: fewer B-trees for linking to write.

Revision ID: 0017
Revises: 0016

``ix_incidents_reported`` (country, last reported; migration 0005) and ``ix_incidents_link`` (id, kind, merge, last
reported; migration 0012) served the candidate search in SQL, which the linker's index in memory replaced
(``link/index.py``). No list, count, map or queue query plans them first (``EXPLAIN QUERY PLAN`` of each filter of
``bench.ingest.QUERIES`` at 100,000 incidents: a country's count walks ``ix_incidents_country_date`` instead, covering
too), but every incident a report opens or changes was written into both: linking writes some four incident rows
a report, each through all of the table's indexes (the larger part of the 125-170 µs a row costs).
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_incidents_reported", table_name="incidents")
    op.drop_index("ix_incidents_link", table_name="incidents")


def downgrade() -> None:
    op.create_index("ix_incidents_link", "incidents", ["id", "kind", "merged_into", "last_reported"])
    op.create_index("ix_incidents_reported", "incidents", ["country", "last_reported"])
