"""The ledger store: the only package that talks to the database (SQLite or PostgreSQL)."""

from harmledger.store.engine import LedgerError
from harmledger.store.ledger import IngestSummary, Ledger
from harmledger.store.query import IncidentFilter

__all__ = ["IncidentFilter", "IngestSummary", "Ledger", "LedgerError"]
