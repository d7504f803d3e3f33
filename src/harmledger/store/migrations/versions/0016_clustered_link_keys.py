"""Link keys clustered by (key, day, incident): the table is its own candidate-walk index.

Revision ID: 0016
Revises: 0015

The linker writes every link key of each incident a report touches (some 30 a report, hundreds for a
report that opens several incidents) and reads them all, in (key, day, incident) order, when it reads
its index. On SQLite the table was a rowid table with three B-trees beside it (the primary key's, the
walk's ``ix_link_keys_key_day`` and the incident's, migration 0015): each key written four times. A
``WITHOUT ROWID`` table keyed (key, day, incident) is the walk's index itself, and the incident's index
holds the key beside it: two B-trees, and 270 keys inserted in 1.4-1.5 ms of CPU instead of 3.2-3.3
(10,000 mentions). On PostgreSQL the primary key takes the walk's column order and replaces its index.
The same rows are unique either way (the same three columns), so what ``insert_ignore`` skips is the same.
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_COLUMNS = '"key" TEXT NOT NULL, incident_id VARCHAR(32) NOT NULL, day DATE NOT NULL'


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(f'{_COLUMNS}, PRIMARY KEY ("key", day, incident_id)', "WITHOUT ROWID")
    else:
        op.drop_constraint("link_keys_pkey", "link_keys", type_="primary")
        op.create_primary_key("link_keys_pkey", "link_keys", ["key", "day", "incident_id"])
        op.drop_index("ix_link_keys_key_day", table_name="link_keys")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild(f'{_COLUMNS}, PRIMARY KEY ("key", incident_id, day)', "")
    else:
        op.drop_constraint("link_keys_pkey", "link_keys", type_="primary")
        op.create_primary_key("link_keys_pkey", "link_keys", ["key", "incident_id", "day"])
    op.create_index("ix_link_keys_key_day", "link_keys", ["key", "day", "incident_id"])


def _rebuild(definition: str, options: str) -> None:
    """SQLite: the table made anew with ``definition`` (its rows copied in key order), and the incident's index."""
    op.execute(f"CREATE TABLE link_keys_rebuilt ({definition}) {options}")
    op.execute('INSERT INTO link_keys_rebuilt ("key", incident_id, day) SELECT "key", incident_id, day FROM link_keys ORDER BY "key", day, incident_id')
    op.execute("DROP TABLE link_keys")
    op.execute("ALTER TABLE link_keys_rebuilt RENAME TO link_keys")
    op.create_index("ix_link_keys_incident", "link_keys", ["incident_id"])
