"""The page's list as a desk scans it: a toll the sources disagree on shows its reconciled low–high and, where named
speakers disagree the same day, that it is contested, without opening the incident (browser_fixtures.py)."""

from __future__ import annotations

import pytest
from browser_fixtures import browser  # noqa: F401  (a fixture)
from test_ux24_timeline import page_over

REPORTS = [
    {"published": "2024-05-23", "source": "Reuters", "title": "Missile strike on Kharkiv printing house kills seven",
     "text": "KHARKIV, Ukraine — A Russian missile strike on a printing house in Kharkiv killed seven people and wounded 16 on "
             "Thursday, regional governor Oleh Syniehubov said."},
    {"published": "2024-05-23", "source": "Ukrinform", "title": "Kharkiv printing house strike: six dead",
     "text": "KHARKIV — Six people were killed and 16 wounded when a Russian missile hit a printing house in Kharkiv on Thursday, "
             "Mayor Ihor Terekhov said."},
    {"published": "2024-05-20", "source": "AP", "title": "Shooting at Atlanta gas station kills one",
     "text": "ATLANTA — One man was killed and two others were wounded in a shooting at a gas station in southwest Atlanta on "
             "Sunday night, police said."},
]


@pytest.fixture(scope="module")
def listed(browser, tmp_path_factory):
    with page_over(browser, tmp_path_factory.mktemp("ux24-list"), REPORTS) as page:
        yield page, {row["source"]: row for row in page.rows}


def killed_cell(page, incident_id: str) -> str:
    return page.locator(f"#incident-list tbody tr[data-incident='{incident_id}'] td:nth-child(4)").inner_text()


def test_a_disputed_toll_shows_its_spread_and_that_it_is_contested(listed):
    page, rows = listed
    strike = next(row for row in rows.values() if row["sources"] == 2)
    assert strike["contested"] and (strike["killed"]["low"], strike["killed"]["best"], strike["killed"]["high"]) == (6, 7, 7)
    cell = killed_cell(page, strike["id"])
    assert "7" in cell and "(6–7)" in cell and "contested" in cell  # the list had shown a bare 7
    assert page.locator(f"tr[data-incident='{strike['id']}'] .contested-badge").get_attribute("title")
    assert not page.problems, page.problems


def test_an_agreed_toll_stays_a_bare_figure(listed):
    page, rows = listed
    shooting = rows["AP"]
    assert not shooting["contested"]
    assert killed_cell(page, shooting["id"]).strip() == "1"
    assert page.locator(f"#incident-list tbody tr[data-incident='{shooting['id']}'] td:nth-child(5)").inner_text().strip() == "2"
