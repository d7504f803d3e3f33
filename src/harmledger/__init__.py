"""harmledger: conflict news in; a sourced, geocoded incident and casualty database out."""

from harmledger.extract import extract
from harmledger.geo import geocode
from harmledger.model import Count, Document, Mention, Place, Span, When
from harmledger.store import IncidentFilter
from harmledger.ledger import Ledger

__version__ = "0.1.0"
__all__ = ["extract", "geocode", "Count", "Document", "IncidentFilter", "Ledger", "Mention", "Place", "Span", "When", "__version__"]
