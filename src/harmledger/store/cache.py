"""A small in-process cache of answers, valid for one state of the ledger.

Each entry is tagged with the ledger's ``(epoch, version)`` (``rows.state``), which any
write to an incident changes; a lookup under another state finds nothing and empties
the cache, so nothing stale is ever answered and nothing stale is kept. The ledger is
read far more often than it is written (a page's every visitor asks the same first
page), so most reads between two writes are answered from here. Bounded by the size of
what it holds, least recently used first out; safe across the server's threads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Any

DEFAULT_MAX_BYTES = 32 * 1024 * 1024


class StateCache:
    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._state: Hashable = None
        self._entries: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, state: Hashable, key: Hashable) -> Any | None:
        with self._lock:
            if state != self._state:
                self._reset(state)
                return None
            found = self._entries.get(key)
            if found is None:
                return None
            self._entries.move_to_end(key)
            return found[0]

    def put(self, state: Hashable, key: Hashable, value: Any, size: int) -> None:
        """Keep ``value`` (about ``size`` bytes) for ``key`` in ``state``; one larger than the whole cache is not kept."""
        with self._lock:
            if state != self._state:
                self._reset(state)
            if size > self.max_bytes:
                return
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old[1]
            self._entries[key] = (value, size)
            self._bytes += size
            while self._bytes > self.max_bytes:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._bytes -= dropped

    def _reset(self, state: Hashable) -> None:
        self._state = state
        self._entries.clear()
        self._bytes = 0
