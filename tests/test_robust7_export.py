"""An export replaces its file only once it is whole: one that stops midway (a lost database, a full disk,
Ctrl-C) leaves the previous export as it was, never a truncated file that reads as a complete one."""

from __future__ import annotations

import json
import os
import stat

import pytest
from sqlalchemy.exc import OperationalError

from harmledger.ledger import Ledger

REPORTS = [
    ("Russian shelling of Kharkiv on Monday killed at least 4 people and wounded 9, the regional governor said.", "2024-03-04"),
    ("A drone strike on an apartment block in Odesa killed 2 people overnight, the city's mayor said on Saturday.", "2024-03-02"),
    ("Police said three men were shot dead outside a bar in Oakland, California, late Friday; a fourth was wounded.", "2024-03-02"),
]


@pytest.fixture
def ledger(tmp_path):
    with Ledger(f"sqlite:///{tmp_path}/ledger.db") as opened:
        for text, published in REPORTS:
            opened.ingest_text(text, published=published)
        yield opened


def _dying_after_one(ledger, monkeypatch):
    rows = ledger.iter_incidents

    def dying(filters=None):
        yield next(iter(rows(filters)))
        raise OperationalError("SELECT ...", {}, Exception("server closed the connection unexpectedly"))

    monkeypatch.setattr(ledger, "iter_incidents", dying)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "acled-csv", "geojson", "parquet"])
def test_an_export_that_stops_midway_leaves_the_last_whole_export(ledger, tmp_path, monkeypatch, fmt):
    out = tmp_path / f"incidents.{fmt}"
    assert ledger.export(fmt, out) == 3
    whole = out.read_bytes()
    os.chmod(out, 0o640)
    _dying_after_one(ledger, monkeypatch)
    with pytest.raises(OperationalError):
        ledger.export(fmt, out)
    assert out.read_bytes() == whole
    assert sorted(p.name for p in tmp_path.iterdir() if "incidents" in p.name) == [out.name]  # no partial file left
    monkeypatch.undo()
    assert ledger.export(fmt, out) == 3 and stat.S_IMODE(out.stat().st_mode) == 0o640  # replaced, its mode kept


def test_an_export_through_a_link_writes_the_file_it_names_and_keeps_the_link(ledger, tmp_path):
    (tmp_path / "exports").mkdir()
    real = tmp_path / "exports" / "latest.jsonl"
    real.write_text("old\n")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    assert ledger.export("jsonl", link) == 3
    assert link.is_symlink() and len([json.loads(line) for line in real.read_text().splitlines()]) == 3


def test_a_new_export_that_fails_leaves_nothing_behind(ledger, tmp_path, monkeypatch):
    _dying_after_one(ledger, monkeypatch)
    with pytest.raises(OperationalError):
        ledger.export("csv", tmp_path / "new.csv")
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".db" and "ledger.db" not in p.name] == []
