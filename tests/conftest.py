"""Shared fixtures: the seed report and the eval suites live outside the project (licences)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings
from ledger_fixtures import migrated_templates  # noqa: F401  (a session fixture: ledger_fixtures' ``ledger`` copies its ledgers)

settings.register_profile("deterministic", derandomize=True)
settings.load_profile("deterministic")
"""Property tests draw the same examples on every run: a suite that passes passes again (a random draw had
failed one CI run on an example no earlier run had drawn)."""

LONGEST_FIRST = ("test_eval_gate.py", "test_resume.py")
"""Files of a few long tests (the eval gate: one test of a minute and a half alone; the kill -9 resumes), run
first: ``make test``'s workers take files in this order, and a long file started last leaves the other worker
idle until it ends."""
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SEED_TEXT = SHARED_DATA / "seed" / "kremenchuk-2022-06-27.txt"
SEED_GOLD = SHARED_DATA / "seed" / "kremenchuk-2022-06-27.gold.json"
EVAL_DIR = SHARED_DATA / "eval"


def _require(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared data set is not cloned beside the project")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return _require(SEED_TEXT).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(_require(SEED_GOLD).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    return _require(EVAL_DIR)


def pytest_collection_modifyitems(items) -> None:
    """``LONGEST_FIRST``'s files first, in its order; the rest as collected (the sort is stable)."""
    items.sort(key=lambda item: LONGEST_FIRST.index(item.path.name) if item.path.name in LONGEST_FIRST else len(LONGEST_FIRST))


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:
    """pytest-xdist: hand each worker the terminal width variable the suite was started with."""
    node.workerinput["columns"] = os.environ.get("COLUMNS")


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config) -> None:
    """Under pytest-xdist the controller builds a missing gazetteer before its workers start, and each
    worker comes up with ``COLUMNS=80`` set, which squeezes the command line's tables (``test_cli_says``)
    where a plain run does not: it gets the variable the suite was started with."""
    worker = getattr(config, "workerinput", None)
    if worker is None:
        if config.getoption("numprocesses", None):
            _build_the_gazetteer_once()
        return
    if worker.get("columns") is None:
        os.environ.pop("COLUMNS", None)
    else:
        os.environ["COLUMNS"] = worker["columns"]


def _build_the_gazetteer_once() -> None:
    """Before pytest-xdist starts its workers: on a machine without the gazetteer in its cache each
    worker would otherwise build it at once, side by side, for minutes (only one copy is kept)."""
    from harmledger.geo.gazetteer import open_gazetteer

    open_gazetteer()
