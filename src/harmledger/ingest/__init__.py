"""Ingest: readers for every input format, and extraction over a stream of records."""

from harmledger.ingest.pool import Extracted, extract_stream
from harmledger.ingest.readers import ReadError, ReaderOptions, Record, read_paths

__all__ = ["Extracted", "ReadError", "ReaderOptions", "Record", "extract_stream", "read_paths"]
