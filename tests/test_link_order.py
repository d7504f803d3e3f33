"""Linking is greedy and incremental, yet the incidents must not depend on the order the reports arrive in."""

import random
from datetime import date
from pathlib import Path

import pytest
from test_link import ARREST_MONTHS_LATER, FOLLOW_UPS, SEED, SHOOTING

from harmledger.eval.order import ExtractedOnce
from harmledger.ledger import Ledger
from harmledger.model import Record
from harmledger.store import linking


def _reports() -> list[Record]:
    told = [("2022-06-27", "Russian missile strike on Kremenchuk mall", SEED.read_text(encoding="utf-8")), *FOLLOW_UPS, SHOOTING, ARREST_MONTHS_LATER]
    return [Record(text=text, origin=title, title=title, published=date.fromisoformat(day)) for day, title, text in told]


def _incidents(folder: Path, reports: list[Record], stream: ExtractedOnce) -> set[frozenset[str]]:
    """Which reports share the incident of their lead (first new event) mention."""
    folder.mkdir()
    with Ledger(f"sqlite:///{folder}/ledger.db") as ledger:
        ledger.ingest_records(reports, inputs=["test"], stream=stream)
        with ledger.engine.connect() as connection:
            leads = {}
            for report in reports:
                told = linking.document_mentions(connection, report.id)
                leads[report.origin] = next(m["incident_id"] for m in told if m["kind"] == "event" and not m["background"])
    return {frozenset(origin for origin, incident in leads.items() if incident == shared) for shared in set(leads.values())}


@pytest.mark.skipif(not SEED.exists(), reason="the seed report is in ../shared/data (not part of the project)")
def test_shuffled_arrival_gives_the_same_incidents(tmp_path):
    reports, stream = _reports(), ExtractedOnce(workers=1)
    expected = _incidents(tmp_path / "published", reports, stream)
    assert {len(group) for group in expected} == {3, 2}  # the Kremenchuk strike told thrice; the Dayton shooting and its arrest
    for seed in (1, 2):
        shuffled = random.Random(seed).sample(reports, len(reports))
        assert _incidents(tmp_path / f"shuffle-{seed}", shuffled, stream) == expected, seed
    assert _incidents(tmp_path / "reversed", reports[::-1], stream) == expected
