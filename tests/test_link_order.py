"""Linking is greedy and incremental, yet the incidents must not depend on the order the reports arrive in."""

import contextlib
import itertools
import random
from datetime import date
from pathlib import Path

import pytest
from test_link import ARREST_MONTHS_LATER, FOLLOW_UPS, SEED, SHOOTING
from test_link_index import _fresh, _held, refuse_after_linking

from harmledger.eval.runner import ExtractedOnce
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


SHOT_ON_ELM_STREET = [
    ("2021-03-06", "Man shot dead on Elm Street",
     "ROCKFORD, Ill. — A man was shot and killed late Friday in the 1400 block of Elm Street in Rockford, police said. Officers found "
     "the man, 34, lying in the street with gunshot wounds shortly before 11 p.m. He died at the scene. No arrests have been made and "
     "police asked anyone with information to call Crime Stoppers."),
    ("2021-03-07", "Police identify man killed in Elm Street shooting",
     "ROCKFORD, Ill. — The man shot and killed Friday night on Elm Street has been identified as Dwayne Ellison Porter, 34, of Rockford, "
     "the Winnebago County coroner said Saturday. Porter was shot several times in the 1400 block of Elm Street and died at the scene. "
     "An autopsy found he died of multiple gunshot wounds. Police have not made any arrests."),
    ("2021-03-26", "Arrest in killing of Dwayne Ellison Porter",
     "ROCKFORD, Ill. — Police on Thursday arrested a 22-year-old man in the killing of Dwayne Ellison Porter, who was shot to death on "
     "March 5 in Rockford. Jamal Whitcomb was charged with first-degree murder. Porter's family held a vigil on Thursday "
     "evening and asked for privacy."),
]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))), ids=str)
def test_a_follow_up_read_before_the_reports_it_follows_joins_them(tmp_path, order):
    """The arrest report names the victim and not the street; the first report gives the street and not the name. Read first,
    the arrest opens an incident the first report does not match; the identifying report, read last, matches the first report's
    incident and nearly the arrest's (a shooting beside it that day makes it wary), so the arrest is linked again after it and
    joins, as publication order would have linked it."""
    reports = [Record(text=text, origin=title, title=title, published=date.fromisoformat(day)) for day, title, text in SHOT_ON_ELM_STREET]
    assert _incidents(tmp_path / "ledger", [reports[i] for i in order], ExtractedOnce(workers=1)) == {frozenset(r.origin for r in reports)}


@pytest.mark.parametrize("kept", [True, False], ids=["committed", "rolled back"])
def test_an_incident_linked_again_leaves_the_linkers_index_as_a_fresh_read_finds_the_ledger(tmp_path, monkeypatch, kept):
    """The arrest read first, then the first report: the identifying report moves the arrest's incident into theirs, in the
    ledger and in the linker's index alike; refused after linking, it leaves both as they were."""
    first, identified, arrest = (Record(text=text, origin=title, title=title, published=date.fromisoformat(day)) for day, title, text in SHOT_ON_ELM_STREET)
    with Ledger(f"sqlite:///{tmp_path}/ledger.db") as ledger:
        ledger.ingest_records([arrest, first], inputs=["test"])
        assert ledger.count_incidents() == 2
        if not kept:
            refuse_after_linking(monkeypatch, ledger)
        with contextlib.suppress(RuntimeError):
            ledger.ingest_records([identified], inputs=["test"])
        assert _held(ledger.linker._index) == _held(_fresh(ledger))
        assert ledger.count_incidents() == (1 if kept else 2)


def test_text_similarity_is_the_same_whatever_order_the_shared_terms_come_in():
    """Shared terms come in a set's order, which follows the string hash seed: a plain float sum would
    give 1.0 when the heavy term comes first and 1.000000000000001 when it comes last."""
    from harmledger.link.fingerprint import cosine

    light = {f"term{n}": 1e-8 for n in range(10)}
    heavy_first, heavy_last = {"strike": 1.0, **light}, {**light, "strike": 1.0}
    assert cosine(heavy_first, heavy_last) == cosine(heavy_last, heavy_first) == 1.000000000000001
