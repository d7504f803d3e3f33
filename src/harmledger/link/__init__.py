"""Link: mentions from many documents become incidents, each source's claims kept and reconciled."""

from harmledger.link.fingerprint import Fingerprint, fingerprint
from harmledger.link.linker import Linker
from harmledger.link.reconcile import Claim, Reconciled, history, reconcile

__all__ = ["Claim", "Fingerprint", "Linker", "Reconciled", "fingerprint", "history", "reconcile"]
