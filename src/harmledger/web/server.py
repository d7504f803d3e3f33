"""Running the app under uvicorn: in the foreground (``serve``, one process or several workers) or in a
thread (tests, the bench)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI
from uvicorn.supervisors import Multiprocess

from harmledger.web.app import Settings, settings_to_environment

STARTUP_TIMEOUT_S = 30
APP_FACTORY = "harmledger.web.app:app_from_environment"


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


def config(app: FastAPI | str, host: str, port: int, **options) -> uvicorn.Config:
    return uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False, **options)


def serve_workers(settings: Settings, host: str, port: int, workers: int, on_ready: Callable[[int], None]) -> None:
    """``workers`` processes, each with its own app and ledger, sharing one listening socket.

    One process answers one request at a time in Python (the GIL), so under
    concurrent clients a second core only helps through a second process. The
    socket is bound and listening here, before the workers start, so a port in
    use is an error and ``on_ready`` gets the real port (``--port 0`` included).
    """
    settings_to_environment(settings)
    worker_config = config(APP_FACTORY, host, port, factory=True, workers=workers)
    socket = worker_config.bind_socket()
    socket.listen(worker_config.backlog)  # connections wait in the backlog until a worker is up: the printed address answers
    on_ready(socket.getsockname()[1])
    Multiprocess(worker_config, sockets=[socket]).run()


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
