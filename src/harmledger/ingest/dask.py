"""Extraction on a Dask distributed cluster, every result written by the ledger's one writer.

The cluster runs only ``extract`` (a pure function of one record); each result
comes back to the process that called ``Ledger.ingest_paths``, which writes
(and links) it, one document per transaction, in input order. So the rows are
those of a local run, on SQLite or PostgreSQL, and linking stays serialised in
that writer: nothing is partitioned. Records travel to the workers and back
with their mentions; the workers need harmledger installed (the same version)
and build or load the gazetteer cache on their own machine once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from harmledger.ingest.pool import CHUNKS_IN_FLIGHT_PER_WORKER, Result, checked_workers, chunks_in_order, extract_chunk, warm_up
from harmledger.ingest.readers import Item

if TYPE_CHECKING:
    from distributed import Client

CONNECT_TIMEOUT_S = 10


class ClusterError(Exception):
    """No Dask cluster to run on: the message names the scheduler and the problem."""


@contextlib.contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2, processes: bool = True) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler`` (``tcp://HOST:8786``), else of a local cluster of
    ``workers`` single-threaded worker processes (``processes=False``: threads of this one, for tests)."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError) as error:
            raise ClusterError(f"{scheduler}: no Dask scheduler answers ({error})") from None
        with client:
            yield client
        return
    checked_workers(workers)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes, dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


def dask_stream(client: Client):
    """A ``Stream`` for ``Ledger.ingest_paths``: chunks extracted on ``client``'s workers, results in input order.

    Every worker loads what extract loads lazily (word tables, the gazetteer)
    before the first chunk, so no chunk pays for it; as many chunks are kept in
    flight per worker thread as the local process pool keeps per process.
    """
    client.run(warm_up)
    threads = sum(worker["nthreads"] for worker in client.scheduler_info()["workers"].values())
    if not threads:
        raise ClusterError(f"{client.scheduler.address}: the scheduler has no workers")

    def stream(items: Iterable[Item]) -> Iterator[Result]:
        return chunks_in_order(lambda chunk: client.submit(extract_chunk, chunk, pure=False), items, threads * CHUNKS_IN_FLIGHT_PER_WORKER)

    return stream
