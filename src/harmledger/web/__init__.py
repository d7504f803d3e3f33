"""The REST API and the web page: ``create_app(Settings(...))`` over a ``Ledger`` (``harmledger serve``)."""

from harmledger.web.app import Settings, create_app

__all__ = ["Settings", "create_app"]
