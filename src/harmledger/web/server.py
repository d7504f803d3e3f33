"""Running the app under uvicorn: in the foreground (``serve``) or in a thread (tests, the bench)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

STARTUP_TIMEOUT_S = 30


class Server(uvicorn.Server):
    """A uvicorn server that knows its bound port and calls ``on_ready(port)`` once listening
    (so a port in use is an error, never a printed address that does not answer)."""

    def __init__(self, config: uvicorn.Config, on_ready: Callable[[int], None] | None = None) -> None:
        super().__init__(config)
        self.on_ready = on_ready
        self.port: int | None = None

    async def startup(self, sockets=None) -> None:
        await super().startup(sockets)
        if self.started and self.servers:
            self.port = self.servers[0].sockets[0].getsockname()[1]
            if self.on_ready:
                self.on_ready(self.port)


def config(app: FastAPI, host: str, port: int) -> uvicorn.Config:
    return uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False)


@contextmanager
def running(app: FastAPI, host: str = "127.0.0.1") -> Iterator[str]:
    """The app served on a free port of ``host`` in a background thread; yields its base URL."""
    server = Server(config(app, host, 0))
    thread = threading.Thread(target=server.run, name="harmledger-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while server.port is None:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the test server did not start on {host} within {STARTUP_TIMEOUT_S} s")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{server.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
