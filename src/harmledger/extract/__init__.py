"""Extraction: from one document's text to its incident mentions."""

from harmledger.extract.limits import Budget, ExtractWarning
from harmledger.extract.pipeline import extract

__all__ = ["Budget", "ExtractWarning", "extract"]
