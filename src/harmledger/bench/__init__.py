"""Benchmarks, one module per stage measured: ``extract``, ``ingest``, ``web`` (``python -m harmledger.bench.NAME``)."""
