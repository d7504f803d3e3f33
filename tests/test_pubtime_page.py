"""The page's toll chart places a day's updates at their publication times: Kremenchuk's 15:00, 18:30 and 21:10 reports
(whose document ids sort the other way) step 2, 11, 16 from left to right, then the next day's 21."""

from __future__ import annotations

import pytest
from browser_fixtures import browser  # noqa: F401  (a fixture)
from test_pubtime import NEXT_DAY, SAME_DAY
from test_ux24_timeline import page_over


@pytest.fixture(scope="module")
def kremenchuk(browser, tmp_path_factory):  # noqa: F811
    with page_over(browser, tmp_path_factory.mktemp("pubtime"), [NEXT_DAY, *reversed(SAME_DAY)]) as page:
        yield page


def test_the_days_updates_step_in_time_order(kremenchuk):
    incident = max(kremenchuk.rows, key=lambda row: row["sources"])
    kremenchuk.locator(f"#incident-list tbody tr[data-incident='{incident['id']}']").click()
    kremenchuk.wait_for_selector("#incident-view[data-state=ready]")
    killed = kremenchuk.locator("#toll-chart .toll-step[data-slot=killed]").evaluate_all(
        "dots => dots.map(d => [d.dataset.value, d.dataset.published, Number(d.getAttribute('cx')), d.textContent])")
    assert [(value, published) for value, published, _, _ in killed] == [
        ("2", "2022-06-27T15:00:00Z"), ("11", "2022-06-27T18:30:00Z"), ("16", "2022-06-27T21:10:00Z"), ("21", "2022-06-28T09:00:00Z")]
    xs = [x for _, _, x, _ in killed]
    assert xs == sorted(xs) and min(b - a for a, b in zip(xs, xs[1:])) >= 25
    assert killed[1][3].startswith("2022-06-27 18:30 UTC")  # the dot's title says the time
    labels = kremenchuk.locator("#toll-chart text.when").all_text_contents()
    assert labels[0] == "2022-06-27" and labels[-1] == "2022-06-28"
