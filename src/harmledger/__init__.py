"""harmledger: conflict news in; a sourced, geocoded incident and casualty database out."""

from harmledger.extract import extract
from harmledger.model import Count, Document, Mention, Place, Span, When

__version__ = "0.1.0"
__all__ = ["extract", "Count", "Document", "Mention", "Place", "Span", "When", "__version__"]
