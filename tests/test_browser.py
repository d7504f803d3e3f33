"""The page in a real browser: Playwright driving Debian's Chromium (browser_fixtures.py), screenshots in ``artifacts/``."""

from __future__ import annotations

import pytest
from browser_fixtures import ARTIFACTS, VIEWPORT, browser, opened_page, ready, rows  # noqa: F401  (browser: a fixture)
from web_fixtures import HOSTILE_SOURCE, HOSTILE_TEXT, HOSTILE_TITLE, fill, served

from harmledger.ledger import Ledger


@pytest.fixture(scope="module")
def site(browser, tmp_path_factory):
    with Ledger(f"sqlite:///{tmp_path_factory.mktemp('browser')}/ledger.db") as ledger:
        ids = fill(ledger)
        with served(ledger) as base_url:
            yield base_url, ids, ledger.count_incidents()


def placed(site) -> int:
    """Events with coordinates told as new: the ones the map shows until 'history retold' is ticked
    (aggregate tolls are never points)."""
    import httpx

    found = httpx.get(site[0] + "/api/incidents", params={"background": "false", "kind": "event"}).json()["incidents"]
    return sum(1 for row in found if row["place"] and row["place"]["lat"] is not None)


def listed(site, **params) -> int:
    """How many events the list shows for these filters (aggregates are listed apart)."""
    import httpx

    return httpx.get(site[0] + "/api/incidents", params={"kind": "event", **params}).json()["total"]


@pytest.fixture
def page(browser, site):
    with opened_page(browser, site[0]) as opened:
        yield opened


def test_page_shows_the_incidents_on_the_offline_map(page, site):
    _, ids, total = site
    markers = page.locator("path.incident-marker")
    assert markers.count() == placed(site) >= 5
    assert len(rows(page)) == listed(site, background="false") < total
    assert page.locator(f"path.incident-marker[data-incident='{ids['aggregate']}']").count() == 0  # a toll over two regions: no point
    assert page.locator(f"#aggregate-list [data-incident='{ids['aggregate']}']").count() == 1  # listed apart
    assert ids["aggregate"] not in rows(page)
    assert page.locator(".leaflet-land-pane path").count() > 100  # the country outlines
    battle = page.locator(f"path.incident-marker[data-incident='{ids['battle']}']")
    riot = page.locator(f"path.incident-marker[data-incident='{ids['riot']}']")
    assert battle.get_attribute("fill") != riot.get_attribute("fill")  # coloured by event type
    assert battle.bounding_box()["width"] > riot.bounding_box()["width"]  # sized by killed
    assert "Battles" in page.locator("#legend").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "page.png"))
    assert not page.problems, page.problems


def test_brushing_the_timeline_filters_the_map_and_list(page, site):
    _, ids, _ = site
    bar = page.locator("#timeline rect.bar-killed[data-date='2024-04-02']").bounding_box()
    y = bar["y"] + bar["height"] / 2
    page.mouse.move(bar["x"] - 6, y)
    page.mouse.down()
    page.mouse.move(bar["x"] + 4, y, steps=4)
    page.mouse.move(bar["x"] + bar["width"] + 6, y, steps=4)
    page.mouse.up()
    ready(page)
    page.wait_for_function("document.querySelectorAll('path.incident-marker').length === 1")
    assert rows(page) == [ids["battle"]]
    assert page.locator("#filters input[name=since]").input_value() <= "2024-04-02" <= page.locator("#filters input[name=until]").input_value()
    assert page.locator("#timeline .brush-selection").get_attribute("visibility") == "visible"
    page.click("#timeline-clear")
    ready(page)
    page.wait_for_function(f"document.querySelectorAll('path.incident-marker').length === {placed(site)}")
    assert not page.problems, page.problems


def test_opening_an_incident_shows_claims_and_highlighted_evidence(page, site):
    _, ids, _ = site
    # the Izium circle lies under Saltivka's smaller one at this zoom: the click goes to the circle itself
    page.locator(f"path.incident-marker[data-incident='{ids['battle']}']").dispatch_event("click")
    page.wait_for_selector("#incident-view[data-state=ready]")
    claims = page.locator("#claims .claim")
    assert claims.count() == 2
    assert "the army" in claims.nth(0).inner_text() and "20" in claims.nth(0).inner_text()
    assert "the governor" in claims.nth(1).inner_text() and "25" in claims.nth(1).inner_text()
    current = page.locator("#article mark.hl-current").all_inner_texts()
    assert "killed 20 soldiers" in current and "25 were wounded" in current and "Izium" in current
    assert page.locator("#article").inner_text().startswith("Fighting near Izium")
    assert page.evaluate("location.hash") == f"#incident={ids['battle']}"
    page.screenshot(path=str(ARTIFACTS / "incident.png"))
    page.keyboard.press("Escape")
    assert page.locator("#incident-view").is_hidden()
    assert not page.problems, page.problems


def test_list_row_opens_a_sample_report_with_its_evidence(page):
    page.locator("#incident-list tbody tr:has(td:nth-child(2):text-is('Odesa, UA'))").click()
    page.wait_for_selector("#incident-view[data-state=ready]")
    assert "killed at least 12 people, including five children" in page.locator("#article mark.hl-current").all_inner_texts()
    assert "at least 12" in page.locator("#claims").inner_text()


def test_incident_view_lists_its_sources_and_draws_its_toll_over_time(page, site):
    """The Odesa strike, told by three reports (12, then 14, then 16 killed): one circle, one bar, its sources and its steps."""
    base_url, ids, _ = site
    assert page.locator(f"path.incident-marker[data-incident='{ids['odesa']}']").count() == 1
    odesa = page.request.get(f"{base_url}/api/incidents/{ids['odesa']}").json()
    bar = page.locator(f"#timeline rect.bar-killed[data-date='{odesa['date']}'] title").first.text_content()
    assert f"{odesa['date']}: 16 killed" in bar  # the day's bar counts the strike once, at its reconciled best
    page.locator(f"#incident-list tbody tr[data-incident='{ids['odesa']}']").click()
    page.wait_for_selector("#incident-view[data-state=ready]")
    sources = page.locator("#sources li")
    assert sources.count() == 3
    texts = sources.all_inner_texts()
    assert "Odesa drone strike: death toll rises to 14" in texts[1] and "Kyiv Independent" in texts[1] and "2024-03-05" in texts[1]
    assert "Ukrainska Pravda" in texts[2] and "original" in texts[2]
    killed = page.locator("#toll-chart .toll-step[data-slot=killed]")
    assert killed.evaluate_all("dots => dots.map(d => d.dataset.value)") == ["12", "14", "16"]
    assert killed.evaluate_all("dots => dots.map(d => d.dataset.published)") == ["2024-03-04", "2024-03-05", "2024-03-06"]
    heights = killed.evaluate_all("dots => dots.map(d => Number(d.getAttribute('cy')))")
    assert heights[0] > heights[1] > heights[2]  # the toll rises (SVG y grows downwards)
    assert page.locator("#toll-chart .toll-step[data-slot=injured]").evaluate_all("dots => dots.map(d => d.dataset.value)") == ["8", "9"]
    assert page.locator("#toll-chart path.step-killed").count() == 1 and page.locator("#toll-chart path.step-injured").count() == 1
    facts = page.locator("#incident-facts").inner_text()
    assert "Killed\n16" in facts and "3 reports, 2024-03-04 to 2024-03-06" in facts
    third = odesa["reports"][2]["document_id"]
    killed.nth(2).click()  # the step opens its report with this incident's evidence highlighted
    page.wait_for_selector(f"#article[data-document='{third}'][data-state=ready]")
    assert page.locator("#article").inner_text().startswith("Sixteen people")
    assert any("Sixteen" in text for text in page.locator("#article mark.hl-current").all_inner_texts())
    assert page.locator("#article-title").inner_text() == "Odesa mourns 16 killed in drone strike on apartment block"
    assert page.locator("#sources li.current").get_attribute("data-document") == third
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#incident-view").evaluate("view => view.scrollTop = 0")
    page.screenshot(path=str(ARTIFACTS / "incident-sources.png"))
    sources.nth(0).locator("button").click()
    page.wait_for_selector(f"#article[data-document='{odesa['reports'][0]['document_id']}'][data-state=ready]")
    assert "killed at least 12 people, including five children" in page.locator("#article mark.hl-current").all_inner_texts()
    assert not page.problems, page.problems


HEADLINE_ONLY = ("We use cookies to improve your experience. By continuing to browse you accept our cookie policy.\n"
                 "Home | News | Weather | Sports | Traffic\nSubscribe to our newsletter for the latest headlines.")


def test_a_figure_read_from_the_headline_is_highlighted_in_the_title(browser, tmp_path):
    """A crawled page of banners under "2 killed, 3 wounded ...": the figures' evidence is the title's words."""
    with Ledger(f"sqlite:///{tmp_path}/headline.db") as ledger:
        ledger.ingest_text(HEADLINE_ONLY, title="2 killed, 3 wounded in overnight shooting in Hartford - WXYZ News 8", published="2019-06-09")
        [row] = ledger.incidents()
        with served(ledger) as base_url, opened_page(browser, base_url) as page:
            page.goto(f"{base_url}/#incident={row['id']}")
            page.wait_for_selector("#incident-view[data-state=ready]")
            page.wait_for_selector("#article[data-state=ready]")
            assert {"2 killed", "3 wounded"} <= set(page.locator("#article-title mark.hl-current").all_inner_texts())
            assert page.locator("#article mark").count() == 0  # nothing in the banners is evidence
            assert not page.problems, page.problems


def test_an_old_mention_link_opens_its_incident(page, site):
    base_url, ids, _ = site
    lead = page.request.get(f"{base_url}/api/incidents/{ids['battle']}").json()["lead_mention_id"]
    page.goto(f"{base_url}/#incident={lead}")
    page.wait_for_selector("#incident-view[data-state=ready]")
    assert page.evaluate("location.hash") == f"#incident={ids['battle']}"
    assert page.locator("#incident-title").inner_text().startswith("Izium")
    assert not page.problems, page.problems


def test_hostile_markup_in_a_report_renders_as_inert_text(page, site):
    base_url, ids, _ = site
    hostile = page.locator(f"#incident-list tbody tr[data-incident='{ids['hostile']}']")
    assert HOSTILE_SOURCE in hostile.text_content()  # the source as text in the list (its column shows from 1,500 px)
    page.goto(f"{base_url}/#incident={ids['hostile']}")
    page.wait_for_selector("#incident-view[data-state=ready]")
    page.locator(f"path.incident-marker[data-incident='{ids['hostile']}']").dispatch_event("mouseover")  # the tooltip too
    article = page.locator("#article")
    assert article.inner_text().startswith(HOSTILE_TEXT[:60])
    assert any("<img src=x onerror=" in text for text in page.locator("#article mark.hl-current").all_inner_texts())
    assert page.locator("#article-title").inner_text() == HOSTILE_TITLE
    assert page.locator("#article img, #article script, #article-title img, #incident-view img, #incident-list img, .leaflet-tooltip img").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert not page.problems, page.problems


def test_filters_narrow_the_map_and_list(page, site):
    _, ids, total = site
    page.check("#filters input[name=background]")  # history retold: left out until asked for
    page.click("#filters button[type=submit]")
    ready(page)
    assert len(rows(page)) == listed(site) > listed(site, background="false")
    page.click("#filters button[type=reset]")
    page.select_option("#filters select[name=type]", "Riots")
    page.click("#filters button[type=submit]")
    ready(page)
    page.wait_for_function("document.querySelectorAll('path.incident-marker').length === 1")
    assert rows(page) == [ids["riot"]]
    page.click("#filters button[type=reset]")
    page.fill("#filters input[name=min_killed]", "7")
    page.fill("#filters input[name=place]", "Ukraine")
    page.press("#filters input[name=place]", "Enter")
    ready(page)
    shown = rows(page)
    assert {ids["battle"], ids["hostile"]} <= set(shown) and ids["riot"] not in shown
    killed = page.locator("#incident-list tbody tr td:nth-child(4)").all_inner_texts()
    assert all(int(text.split()[-1]) >= 7 for text in killed), killed
    assert "min_killed=7" in page.locator("#export-csv").get_attribute("href")
    page.fill("#filters input[name=place]", "Qqqxzv Wwwkrp")
    page.press("#filters input[name=place]", "Enter")
    page.wait_for_selector("#status.error")
    assert "not a known place" in page.locator("#status").inner_text()


def test_online_tiles_are_an_option_beside_the_offline_outlines(browser, tmp_path):
    tiles = "/static/favicon.svg?z={z}&x={x}&y={y}"  # a same-origin stand-in for a tile server
    with Ledger(f"sqlite:///{tmp_path}/empty.db") as ledger, served(ledger, tiles=tiles, tiles_attribution="<b>Tiles</b> & co") as base_url:
        context = browser.new_context(viewport=VIEWPORT, bypass_csp=True)
        page = context.new_page()
        page.goto(base_url + "/")
        page.wait_for_selector("body[data-state=ready]")
        assert page.locator(".leaflet-tile").count() == 0  # offline outlines by default
        page.locator(".leaflet-control-layers").hover()
        page.get_by_label("Online tiles").check()
        page.wait_for_selector("img.leaflet-tile")
        assert page.locator("img.leaflet-tile").first.get_attribute("src").startswith("/static/favicon.svg?z=")
        assert "<b>Tiles</b> & co" in page.locator(".leaflet-control-attribution").inner_text()
        context.close()
