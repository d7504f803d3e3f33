"""Shared fixtures: the seed report and the eval suites live outside the project (licences)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ledger_fixtures import migrated_templates  # noqa: F401  (a session fixture: ledger_fixtures' ``ledger`` copies its ledgers)

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
