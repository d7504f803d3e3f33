"""The page as a desk uses it (browser_fixtures.py): filters that match nothing say so in the list, and an
incident's toll chart is drawn over time, each report at its publication time, with updates the same day
kept apart and a fortnight's silence the widest stretch."""

from __future__ import annotations

import pytest
from browser_fixtures import browser, ready, rows  # noqa: F401  (browser: a fixture)
from test_ux24_timeline import page_over

STRIKE = [
    {"published": "2024-03-04", "source": "Suspilne", "title": "Missile strike on Kharkiv: five killed",
     "text": "KHARKIV, Ukraine — A Russian missile strike on an apartment block in Kharkiv killed five people and injured 12 "
             "on Monday morning, regional governor Oleh Syniehubov said."},
    {"published": "2024-03-04", "source": "Ukrinform", "title": "Kharkiv strike: death toll rises to seven",
     "text": "KHARKIV, Ukraine — The death toll from Monday's Russian missile strike on an apartment block in Kharkiv has "
             "risen to seven, with 12 injured, regional governor Oleh Syniehubov said."},
    {"published": "2024-03-18", "source": "Reuters", "title": "Kharkiv strike toll reaches nine",
     "text": "KHARKIV, Ukraine — The death toll from the March 4 Russian missile strike on an apartment block in Kharkiv has "
             "risen to nine, regional governor Oleh Syniehubov said, as rescuers finished clearing the rubble."},
]


@pytest.fixture(scope="module")
def strike(browser, tmp_path_factory):
    with page_over(browser, tmp_path_factory.mktemp("ux25"), STRIKE) as page:
        yield page


def test_the_toll_steps_stand_at_their_reports_publication_times(strike):
    incident = max(strike.rows, key=lambda row: row["sources"])
    assert incident["sources"] == 3
    strike.locator(f"#incident-list tbody tr[data-incident='{incident['id']}']").click()
    strike.wait_for_selector("#incident-view[data-state=ready]")
    killed = strike.locator("#toll-chart .toll-step[data-slot=killed]").evaluate_all(
        "dots => dots.map(d => [d.dataset.value, Number(d.getAttribute('cx'))])")
    assert sorted(value for value, _ in killed[:2]) == ["5", "7"] and killed[2][0] == "9"
    (_, first), (_, second), (_, third) = killed
    assert second - first >= 25  # the same morning, still its own step, not under the first dot
    assert third - second > 4 * (second - first)  # two weeks later: the long stretch reads as long (had been even columns)
    labels = strike.locator("#toll-chart text.when").all_text_contents()
    assert labels[0] == "2024-03-04" and labels[-1] == "2024-03-18"


def test_filters_that_match_nothing_say_so(strike):
    strike.fill("#filters [name=place]", "Reykjavik")
    strike.locator("#filters").evaluate("form => form.requestSubmit()")
    strike.wait_for_function("document.querySelector('#incident-list tbody tr.empty') !== null")
    ready(strike)
    assert rows(strike) == [None]  # the line says it, no incident row
    assert "No incidents match these filters" in strike.locator("#incident-list tbody").inner_text()
    strike.fill("#filters [name=place]", "")
    strike.locator("#filters").evaluate("form => form.requestSubmit()")
    strike.wait_for_function("document.querySelector('#incident-list tbody tr.empty') === null")
    assert strike.locator("#incident-list tbody tr[data-incident]").count() >= 1
