"""``--rounds 0`` runs the link bench's times alone: the throughput's six ingests (two with extraction processes) took
minutes at each call, and a session iterating on link times at 10,000 and 100,000 mentions waited for them, or the
bench stopped with a ValueError after printing its table (``max()`` of no rounds)."""

import sys
from datetime import date

import pytest

from harmledger.bench import link
from test_link_speed6_bench import _article


def _run(monkeypatch, tmp_path, capsys, rounds: str) -> str:
    articles = [_article(date(2016, 3, 5), "wjbf"), _article(date(2016, 8, 20), "chronicle")]
    monkeypatch.setattr(link, "extracted", lambda path, count: articles)
    monkeypatch.setattr(sys, "argv", ["bench-link", "suite.jsonl", "--sizes", "40", "--articles", "2", "--ledgers", str(tmp_path), "--rounds", rounds])
    link.main()
    return capsys.readouterr().out


def test_no_rounds_prints_both_runs_times_and_no_throughput(monkeypatch, tmp_path, capsys):
    def refused(*args):
        raise AssertionError("no ingest is run for the throughput")

    monkeypatch.setattr(link, "best_throughputs", refused)
    printed = _run(monkeypatch, tmp_path, capsys, "0")
    assert [line.split()[:2] for line in printed.splitlines() if line.lstrip().startswith("40")] == [["40", "in"], ["40", "late"]]
    assert "documents/s" not in printed


def test_rounds_still_measure_the_throughput(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(link, "best_throughputs", lambda results, extracting, rounds: ((100.0, 90.0), (50.0, 45.0)))
    printed = _run(monkeypatch, tmp_path, capsys, "1")
    assert "writer alone: 100 documents/s without linking, 90 with: 90% of the throughput (best of 1" in printed
