"""Alembic environment: always run from ``harmledger.store.migrate`` with a live connection."""

from alembic import context

from harmledger.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
