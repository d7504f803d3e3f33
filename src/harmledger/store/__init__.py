"""The ledger store: the only package that talks to the database (SQLite or PostgreSQL); it persists and queries."""

from harmledger.store.engine import LedgerError
from harmledger.store.query import IncidentFilter
from harmledger.store.store import Store

__all__ = ["IncidentFilter", "LedgerError", "Store"]
