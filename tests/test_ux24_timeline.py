"""The timeline over a few days, as a desk zooms to one week: each day's bar stands inside its own day, under the
tick that names it, so that dragging across any part of a bar selects that bar's day (browser_fixtures.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from browser_fixtures import browser, opened_page, ready, rows  # noqa: F401  (browser: a fixture)
from web_fixtures import served

from harmledger.ledger import Ledger

WEEK = [
    {"published": "2024-02-11", "source": "El Tiempo", "title": "Explosión en Bogotá: 3 muertos y 11 heridos",
     "text": "BOGOTÁ, Colombia — A bomb blast killed three people and wounded 11 in Bogotá on Sunday, Colombian police said. "
             "The blast hit a police station in the south of the city."},
    {"published": "2024-02-12", "source": "Ukrinform", "title": "Missile strike on Zaporizhzhia kills four",
     "text": "ZAPORIZHZHIA, Ukraine — A Russian missile strike on Zaporizhzhia killed four people and injured 17 on Monday, "
             "the regional governor Ivan Fedorov said."},
    {"published": "2024-02-13", "source": "Reuters", "title": "Kharkiv shelling kills two, wounds nine",
     "text": "KHARKIV, Ukraine — Russian shelling of Kharkiv killed two people and wounded nine on Tuesday, regional governor "
             "Oleh Syniehubov said."},
]


@contextmanager
def page_over(browser, folder: Path, reports: list[dict]) -> Iterator:
    """The page over a new ledger of ``reports``, with the ledger's list rows as ``page.rows``."""
    with Ledger(f"sqlite:///{folder}/ledger.db") as ledger:
        for report in reports:
            ledger.ingest_text(**report)
        with served(ledger) as base_url, opened_page(browser, base_url) as page:
            page.rows = ledger.incidents(limit=len(reports))
            yield page


@pytest.fixture(scope="module")
def week(browser, tmp_path_factory):
    with page_over(browser, tmp_path_factory.mktemp("ux24"), WEEK) as page:
        yield page


def bars(page) -> list[dict]:
    return page.locator("#timeline rect.bar-killed").evaluate_all(
        "bars => bars.map(b => ({date: b.dataset.date, x: b.getBBox().x, width: b.getBBox().width}))")


def test_each_tick_names_a_different_day_at_the_start_of_that_days_bar(week):
    ticks = [(text, x) for text, x in week.locator("#timeline .axis text").evaluate_all(
        "texts => texts.map(t => [t.textContent, Number(t.getAttribute('x'))])") if text.count("-") == 2]
    labels = [text for text, _ in ticks]
    assert len(set(labels)) == len(labels) >= 3, labels  # ticks at fractions of a day had named two ticks 2024-02-13
    at = dict(ticks)
    shown = bars(week)
    assert [bar["date"] for bar in shown] == ["2024-02-11", "2024-02-12", "2024-02-13"]
    step = ticks[1][1] - ticks[0][1]
    for bar in shown:
        if bar["date"] in at:  # the bar lies between its day's tick and the next day's
            assert at[bar["date"]] <= bar["x"] and bar["x"] + bar["width"] <= at[bar["date"]] + step


@pytest.mark.parametrize("part", [(0.05, 0.45), (0.55, 0.95)], ids=["left half", "right half"])
def test_dragging_across_part_of_a_bar_selects_that_bars_day(week, part):
    bar = next(b for b in bars(week) if b["date"] == "2024-02-12")
    box = week.locator("#timeline rect.bar-killed[data-date='2024-02-12']").bounding_box()
    y = box["y"] + box["height"] / 2
    week.mouse.move(box["x"] + box["width"] * part[0], y)
    week.mouse.down()
    week.mouse.move(box["x"] + box["width"] * part[1], y, steps=4)
    week.mouse.up()
    ready(week)
    since = week.locator("#filters input[name=since]").input_value()
    until = week.locator("#filters input[name=until]").input_value()
    assert since == until == bar["date"]  # the left half had selected 2024-02-11, and the strike vanished from the list
    week.wait_for_function("document.querySelectorAll('#incident-list tbody tr').length === 1")
    assert len(rows(week)) == 1
    week.click("#timeline-clear")
    ready(week)
    assert not week.problems, week.problems
