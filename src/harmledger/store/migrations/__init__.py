"""Alembic migrations of the ledger schema (run by ``harmledger.store.migrate``)."""
