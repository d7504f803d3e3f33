"""Extraction on a Dask cluster, written by the ledger's one writer: the same rows as a local run.

On both back ends the cluster is a LocalCluster of 2 workers with
``processes=False`` (threads of this process), to keep CI fast: it shows that
chunks go out to several Dask workers, come back in input order and are written
by the one writer with the rows a local run writes, but nothing is pickled. The
command-line test runs 2 real worker processes (records and mentions pickled
both ways), on SQLite; other machines are not tested here.
"""

from __future__ import annotations

import contextlib
import json
from importlib import resources

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.ingest.dask import ClusterError, dask_client, dask_stream
from harmledger.ingest.pool import warm_up
from harmledger.ledger import Ledger
from harmledger.store.schema import CONTENT_TABLES
from ledger_fixtures import BACKENDS, new_database_url
from watch_site import PLACES

VOLATILE = {"ingested_at", "run_id"}


@pytest.fixture
def inputs(tmp_path):
    """The bundled samples and 40 short reports (several chunks in flight at once), with a broken line."""
    lines = [
        json.dumps({"id": n, "text": f"A missile hit {PLACES[n % 10]} on Monday, killing {n + 2} people and wounding {n}, officials said.", "published": "2024-03-04"})
        for n in range(40)
    ]
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(lines[:20] + ["{not json"] + lines[20:]) + "\n", encoding="utf-8")
    return [str(resources.files("harmledger") / "samples"), str(path)]


def rows(ledger: Ledger) -> dict[str, list[tuple]]:
    with ledger.engine.connect() as connection:
        return {
            table.name: sorted(
                tuple(value for column, value in row.items() if column not in VOLATILE)
                for row in connection.execute(select(table)).mappings()
            )
            for table in CONTENT_TABLES
        }


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_local_cluster_of_two_workers_writes_the_rows_of_a_local_run(inputs, tmp_path, backend):
    database = contextlib.contextmanager(new_database_url)
    with database(backend, tmp_path / "local") as local_url, database(backend, tmp_path / "dask") as dask_url:
        _compare(inputs, local_url, dask_url)


def _compare(inputs: list[str], local_url: str, dask_url: str) -> None:
    with Ledger(local_url) as ledger:
        local = ledger.ingest_paths(inputs)
        expected = rows(ledger)
    with dask_client(workers=2, processes=False) as client, Ledger(dask_url) as ledger:
        assert len(client.scheduler_info()["workers"]) == 2
        distributed = ledger.ingest_paths(inputs, stream=dask_stream(client))
        found = rows(ledger)
    assert (distributed.added, distributed.failed, distributed.mentions) == (local.added, local.failed, local.mentions) == (44, 1, local.mentions)
    assert found == expected


def test_ingest_on_a_local_cluster_of_worker_processes_from_the_command_line(inputs, tmp_path):
    warm_up()  # the gazetteer cache built here first, not by both workers at once
    db = f"sqlite:///{tmp_path}/ledger.db"
    result = CliRunner().invoke(app, ["ingest", *inputs, "--db", db, "--dask-workers", "2", "--json"])
    assert result.exit_code == 1 and json.loads(result.stdout)["added"] == 44  # 1: the broken line
    with Ledger(f"sqlite:///{tmp_path}/local.db") as ledger:
        ledger.ingest_paths(inputs)
        expected = rows(ledger)
    with Ledger(db) as ledger:
        assert rows(ledger) == expected


def test_no_scheduler_is_named_with_its_address(tmp_path, monkeypatch):
    monkeypatch.setattr("harmledger.ingest.dask.CONNECT_TIMEOUT_S", 1)
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "l.db"), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "tcp://127.0.0.1:1: no Dask scheduler answers" in result.stderr
    with pytest.raises(ClusterError):
        with dask_client("tcp://127.0.0.1:1"):
            pass
