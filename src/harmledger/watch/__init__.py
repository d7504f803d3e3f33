"""Continuous monitoring: feeds (RSS, Atom, sitemaps) and folders polled into a ledger.

Everything read here is handed to ``Ledger.ingest_records``, so extraction,
linking and writing stay the ledger's, in its one writer; this package only
decides what is new, fetches it politely, and remembers what it has seen.
"""
