"""Ingest: readers for every input format, and extraction over a stream of records."""

from harmledger.ingest.pool import Extracted, extract_stream
from harmledger.ingest.readers import ReaderOptions, read_paths
from harmledger.model import ReadError, Record

__all__ = ["Extracted", "ReadError", "ReaderOptions", "Record", "extract_stream", "read_paths"]
