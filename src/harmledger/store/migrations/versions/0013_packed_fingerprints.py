"""Fingerprints stored packed (MessagePack, each vector's terms in one string) rather than as JSON.

Revision ID: 0013
Revises: 0012

The linker decodes the fingerprint of every candidate's report it has not seen yet;
at a million mentions that decoding was the largest part of linking a document, and a
report's few hundred terms parsed one JSON string at a time were most of it
(``link/fingerprint.py``, ``PACKED_FORMAT``). Every stored fingerprint is converted here,
a page at a time.
"""

import json
from datetime import date

import sqlalchemy as sa
from alembic import op

from harmledger.link.fingerprint import Fingerprint

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

PAGE = 5000


def upgrade() -> None:
    with op.batch_alter_table("fingerprints") as batch:
        batch.add_column(sa.Column("packed", sa.LargeBinary))
    _convert("data", "packed", lambda text: _from_json(text).to_bytes())
    with op.batch_alter_table("fingerprints") as batch:
        batch.drop_column("data")
        batch.alter_column("packed", new_column_name="data", nullable=False, existing_type=sa.LargeBinary)


def downgrade() -> None:
    with op.batch_alter_table("fingerprints") as batch:
        batch.add_column(sa.Column("text", sa.Text))
    _convert("data", "text", lambda packed: _to_json(Fingerprint.from_bytes(packed)))
    with op.batch_alter_table("fingerprints") as batch:
        batch.drop_column("data")
        batch.alter_column("text", new_column_name="data", nullable=False, existing_type=sa.Text)


def _convert(source: str, target: str, convert) -> None:
    """Fill ``target`` from ``source`` for every fingerprint, a page at a time in key order."""
    connection = op.get_bind()
    table = sa.table("fingerprints", sa.column("document_id"), sa.column(source), sa.column(target))
    last = ""
    while page := connection.execute(
        sa.select(table.c.document_id, table.c[source]).where(table.c.document_id > last).order_by(table.c.document_id).limit(PAGE)
    ).all():
        connection.execute(
            table.update().where(table.c.document_id == sa.bindparam("id")).values({target: sa.bindparam("value")}),
            [{"id": document_id, "value": convert(value)} for document_id, value in page],
        )
        last = page[-1][0]


def _from_json(text: str) -> Fingerprint:
    """A fingerprint as migrations up to 0012 stored it (JSON, mention ordinals as string keys)."""
    data = json.loads(text)
    data["published"] = date.fromisoformat(data["published"]) if data["published"] else None
    data["evidence"] = {int(k): v for k, v in data["evidence"].items()}
    data["sites"] = {int(k): v for k, v in data.get("sites", {}).items()}
    return Fingerprint(**data)


def _to_json(fingerprint: Fingerprint) -> str:
    data = {name: getattr(fingerprint, name) for name in Fingerprint.__dataclass_fields__}
    data["published"] = fingerprint.published.isoformat() if fingerprint.published else None
    data["evidence"] = {str(k): v for k, v in fingerprint.evidence.items()}
    data["sites"] = {str(k): v for k, v in fingerprint.sites.items()}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
