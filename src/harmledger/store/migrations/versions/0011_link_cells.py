"""Link keys by place: every report's grid cell keys its incident; keys ordered by day, then incident.

Revision ID: 0011
Revises: 0010

Linking found its place candidates in a box around the incident's own point, which is
its first report's: a first report placed in the wrong state hid the incident from the
reports placed right. Each placed mention now adds its grid cell to ``link_keys``
(``link.linker.cell_key``); this revision adds the cells of the mentions already linked.
The key index gains the incident id, so that a key's latest incidents come in one order
on every database (PostgreSQL returned rows tied on a day in storage order) straight
from the index, without a sort.
"""

import sqlalchemy as sa
from alembic import op

from harmledger.link.linker import cell_key

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    op.drop_index("ix_link_keys_key_day", table_name="link_keys")
    op.create_index("ix_link_keys_key_day", "link_keys", ["key", "day", "incident_id"])
    connection = op.get_bind()
    placed = connection.execute(
        sa.text(
            "SELECT m.incident_id, m.lat, m.lon, COALESCE(d.published, m.event_date) FROM mentions m JOIN documents d ON d.id = m.document_id "
            "WHERE m.incident_id IS NOT NULL AND m.lat IS NOT NULL AND COALESCE(d.published, m.event_date) IS NOT NULL"
        )
    ).all()
    keys = sorted({(cell_key(lat, lon), incident_id, day) for incident_id, lat, lon, day in placed})
    link_keys = sa.table("link_keys", sa.column("key"), sa.column("incident_id"), sa.column("day"))
    existing = set(connection.execute(sa.select(link_keys.c.key, link_keys.c.incident_id, link_keys.c.day).where(link_keys.c.key.like("cell:%"))).all())
    rows = [{"key": key, "incident_id": incident_id, "day": day} for key, incident_id, day in keys if (key, incident_id, day) not in existing]
    for start in range(0, len(rows), BATCH):
        op.bulk_insert(link_keys, rows[start : start + BATCH])


def downgrade() -> None:
    op.execute("DELETE FROM link_keys WHERE key LIKE 'cell:%'")
    op.drop_index("ix_link_keys_key_day", table_name="link_keys")
    op.create_index("ix_link_keys_key_day", "link_keys", ["key", "day"])
