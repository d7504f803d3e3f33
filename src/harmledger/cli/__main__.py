"""``python -m harmledger.cli``: the same command as ``harmledger``."""

from harmledger.cli import app

app()
