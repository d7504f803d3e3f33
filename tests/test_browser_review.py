"""The analyst's workspace and the page at scale, in a real browser (browser_fixtures.py).

Each review step is driven through the page with an analyst's token and checked where it
lands: the API's answer after the click and the audit's rows. The scale tests run on a
second ledger of 5,000 synthetic incidents (``bench.ingest.seed_mentions``). Screenshots in
``artifacts/``.
"""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from browser_fixtures import ARTIFACTS, browser, opened_page, ready, rows  # noqa: F401  (browser: a fixture)
from review_fixtures import DEPOT, DEPOT_LATER, DNIPRO, KHARKIV, MALL_LATER, TWO_STRIKES, mall, report, strike
from web_fixtures import served

from harmledger.bench.ingest import seed_mentions
from harmledger.ledger import Ledger
from harmledger.review.users import add_user
from harmledger.store.engine import for_writing

MANY = 5000
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}
LEFT_FOR_THE_QUEUE = [
    ("KHARKIV — A rocket hit a student dormitory in Kharkiv, killing 7 students, the governor said.", "killing 7 students", 7, date(2022, 8, 17), KHARKIV),
    ("DNIPRO — A missile struck an apartment block in Dnipro, killing 45 people, the governor said.", "killing 45 people", 45, date(2023, 1, 14), DNIPRO),
]
"""Two incidents no test but the queue's decides, whatever ran before it."""


@pytest.fixture(scope="module")
def site(browser, tmp_path_factory):
    """The mall strike told three times, the depot twice, Saltivka and a Dnipro drone strike once each, and two for the queue."""
    with Ledger(f"sqlite:///{tmp_path_factory.mktemp('review')}/ledger.db") as ledger:
        first, _ = mall(ledger)
        report(ledger, MALL_LATER, "Amstor mall toll reaches 20", "2022-06-30", strike(MALL_LATER, "killed 20", 20, date(2022, 6, 27)))
        depot = report(ledger, DEPOT, "Missile hits Zhovtneve bus depot", "2022-06-27", strike(DEPOT, "killed 4 drivers", 4, date(2022, 6, 27), DNIPRO))
        report(ledger, DEPOT_LATER, "Funerals for the depot's drivers", "2022-06-29", strike(DEPOT_LATER, "4 drivers killed", 4, date(2022, 6, 27), DNIPRO))
        strikes = report(ledger, TWO_STRIKES, "Saltivka shelled; drone hits Dnipro", "2022-05-02",
                         strike(TWO_STRIKES, "killed 3 people", 3, date(2022, 5, 2), KHARKIV),
                         strike(TWO_STRIKES, "killed 2 people", 2, date(2022, 5, 2), DNIPRO))
        for text, phrase, killed, day, place in LEFT_FOR_THE_QUEUE:
            report(ledger, text, text[:40], day.isoformat(), strike(text, phrase, killed, day, place))
        with for_writing(ledger.engine).begin() as connection:
            token = add_user(connection, "ana", "analyst")
        ids = {name: ledger.incident_of_mention(mention) for name, mention in
               [("mall", f"{first}-1"), ("depot", f"{depot}-1"), ("saltivka", f"{strikes}-1"), ("drone", f"{strikes}-2")]}
        with served(ledger) as base_url, httpx.Client(base_url=base_url) as api:
            yield base_url, api, token, ids


@pytest.fixture
def page(browser, site):
    with opened_page(browser, site[0]) as opened:
        yield opened


def sign_in(page, token: str) -> None:
    page.fill("#signin input[name=token]", token)
    page.click("#signin button[type=submit]")
    page.wait_for_selector("body[data-review=on]")


def open_incident(page, incident_id: str) -> None:
    """From the list: the incident view, when open, lies over it, so it is closed first."""
    if page.locator("#incident-view").is_visible():
        page.keyboard.press("Escape")
    page.locator(f"#incident-list tbody tr[data-incident='{incident_id}']").click()
    page.wait_for_selector(f"#audit[data-incident='{incident_id}'][data-state=ready]")


def signed_in_on(page, token: str, incident_id: str) -> None:
    sign_in(page, token)
    open_incident(page, incident_id)


def saved(page, action: str) -> None:
    page.wait_for_selector(f"#status:text('Saved: {action}')")
    page.wait_for_selector("#audit[data-state=ready]")


def audit(api, incident_id: str) -> list[dict]:
    return api.get(f"/api/incidents/{incident_id}/audit").json()["entries"]


MARK_THE_BIGGEST_CLUSTER = """() => {
    const shown = new Map();
    for (const marker of state.markerById.values()) {
        const parent = state.markers.getVisibleParent(marker);
        if (parent) shown.set(parent, (shown.get(parent) || 0) + 1);
    }
    const biggest = [...shown.entries()].sort((a, b) => b[1] - a[1])[0][0];
    window.__opened = biggest.getAllChildMarkers();
    biggest.getElement().dataset.biggest = "yes";
    return biggest.getChildCount();
}"""
"""Marks the cluster with the most incidents in view and keeps its markers (``window.__opened``); its size back."""


def date_lines(page) -> set[int]:
    """How many lines the list's dates take, each (the rows may be taller: the text's own boxes are counted)."""
    return set(page.locator("#incident-list tbody td.date").evaluate_all(
        "cells => cells.map(cell => { const text = document.createRange(); text.selectNodeContents(cell); return text.getClientRects().length; })"))


def shoot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


def test_without_a_token_the_page_stays_read_only(page, site):
    _, _, _, ids = site
    open_incident(page, ids["mall"])
    assert page.locator("#review-actions").is_hidden() and page.locator("#mentions-wrap").is_hidden()
    assert page.locator("#audit").inner_text() == "Not reviewed yet."  # the audit is for everyone
    page.fill("#signin input[name=token]", "hl_000000000000_" + "x" * 43)
    page.click("#signin button[type=submit]")
    page.wait_for_selector("#status.error")
    assert "not one this server knows" in page.locator("#status").inner_text()
    assert page.evaluate("document.body.dataset.review") == "off" and page.evaluate("localStorage.length") == 0
    assert all("status of 401" in problem for problem in page.problems), page.problems  # the browser logs the refused token


def test_confirm(page, site):
    base_url, api, token, ids = site
    sign_in(page, token)
    page.reload()  # the token is kept
    page.wait_for_selector("body[data-review=on]")
    assert page.locator("#user-name").inner_text() == "ana (analyst)"
    open_incident(page, ids["depot"])
    page.fill("#review-comment", "two wires agree")
    page.click("#review-actions [data-verdict=confirm]")
    saved(page, "confirm")
    assert api.get(f"/api/incidents/{ids['depot']}").json()["review_status"] == "confirmed"
    last = audit(api, ids["depot"])[-1]
    assert (last["action"], last["user"], last["comment"], last["after"]) == ("confirm", "ana", "two wires agree", {"review_status": "confirmed"})
    assert page.locator("#audit > li[data-action=confirm]").inner_text().count("ana") == 1
    assert page.locator(f"#incident-list tbody tr[data-incident='{ids['depot']}'] .review-badge").inner_text() == "confirmed"
    assert "Review\nconfirmed" in page.locator("#incident-facts").inner_text()
    assert not page.problems, page.problems


def test_correct_a_figure_and_the_place(page, site):
    _, api, token, ids = site
    signed_in_on(page, token, ids["saltivka"])
    page.click("#correct-open")
    assert page.locator("#correct-form").is_visible() and page.locator("#merge-form").is_hidden()
    assert page.locator("#correct-form select[name=sub_event_type]").input_value() == "Shelling/artillery/missile attack"  # ACLED's, for its type
    page.fill("#correct-form input[name=killed_value]", "5")
    page.select_option("#correct-form select[name=killed_qualifier]", "at_least")
    page.fill("#correct-form input[name=place_query]", "Chuhuiv")
    page.click("#place-search")
    page.wait_for_selector("#place-found:text('Chuhuyiv, Kharkiv, UA')")  # the gazetteer's spelling
    page.fill("#review-comment", "the hospital's count")
    shoot(page, "review-correct.png")
    page.click("#correct-form button[type=submit]")
    saved(page, "correct")
    incident = api.get(f"/api/incidents/{ids['saltivka']}").json()
    assert (incident["killed"]["best"], incident["killed"]["low"], incident["review_status"]) == (5, 5, "corrected")
    assert incident["place"]["name"] == "Chuhuyiv"
    entry = audit(api, ids["saltivka"])[-1]
    assert (entry["action"], entry["user"], entry["comment"]) == ("correct", "ana", "the hospital's count")
    assert (entry["before"]["killed"]["best"], entry["after"]["killed"]) == (3, {"value": 5, "qualifier": "at_least", "low": 5, "best": 5, "high": None})
    assert set(entry["before"]) == {"killed", "place"}  # only what was changed is sent
    killed = page.locator("#audit li[data-field=killed]")
    assert killed.locator(".before").inner_text() == "3" and killed.locator(".after").inner_text() == "at least 5"
    assert "Chuhuyiv" in page.locator("#audit li[data-field=place] .after").inner_text()
    assert page.locator("#incident-title").inner_text().startswith("Chuhuyiv")
    shoot(page, "review-audit.png")
    assert not page.problems, page.problems


def test_split_reports_off_then_merge_them_back(page, site):
    _, api, token, ids = site
    signed_in_on(page, token, ids["mall"])
    mentions = api.get(f"/api/incidents/{ids['mall']}").json()["mentions"]
    later = next(m["id"] for m in mentions if m["title"] == "Amstor mall toll reaches 20")
    page.check(f"#mentions li[data-mention='{later}'] input[type=checkbox]")
    shoot(page, "review-split.png")
    page.click("#split-submit")
    saved(page, "split")
    new_id = page.evaluate("state.incident.id")
    assert new_id != ids["mall"] and page.locator("#audit > li[data-action=split_from]").count() == 1
    assert [m["id"] for m in api.get(f"/api/incidents/{new_id}").json()["mentions"]] == [later]
    assert api.get(f"/api/incidents/{ids['mall']}").json()["sources"] == 2
    assert [e["action"] for e in audit(api, ids["mall"])] == ["split"]

    open_incident(page, ids["mall"])
    page.click("#merge-open")
    page.click("#merge-pick")
    page.locator(f"#incident-list tbody tr[data-incident='{new_id}']").click()  # picked, not opened
    assert page.locator("#merge-form input[name=other]").input_value() == new_id
    assert page.evaluate("state.incident.id") == ids["mall"]
    shoot(page, "review-merge.png")
    page.click("#merge-form button[type=submit]")
    saved(page, "merge")
    assert api.get(f"/api/incidents/{ids['mall']}").json()["sources"] == 3
    assert new_id not in rows(page)  # merged: no longer listed, its row kept for the audit
    entry = audit(api, ids["mall"])[-1]
    assert (entry["action"], entry["user"]) == ("merge", "ana") and new_id in str(entry)
    assert not page.problems, page.problems


def test_reject_keeps_the_incident_queryable(page, site):
    _, api, token, ids = site
    signed_in_on(page, token, ids["drone"])
    page.click("#review-actions [data-verdict=reject]")
    saved(page, "reject")
    assert api.get(f"/api/incidents/{ids['drone']}").json()["review_status"] == "rejected"
    assert ids["drone"] in rows(page)
    assert page.locator(f"#incident-list tbody tr[data-incident='{ids['drone']}'] .review-badge").inner_text() == "rejected"
    assert [e["action"] for e in audit(api, ids["drone"])] == ["reject"]
    assert not page.problems, page.problems


def test_a_report_marked_not_an_incident_leaves_it(page, site):
    _, api, token, ids = site
    signed_in_on(page, token, ids["depot"])
    before = api.get(f"/api/incidents/{ids['depot']}").json()
    funerals = next(m["id"] for m in before["mentions"] if m["title"] == "Funerals for the depot's drivers")
    page.locator(f"#mentions li[data-mention='{funerals}'] button.not-incident").click()
    saved(page, "not an incident")
    after = api.get(f"/api/incidents/{ids['depot']}").json()
    assert (before["sources"], after["sources"]) == (2, 1) and funerals not in {m["id"] for m in after["mentions"]}
    assert audit(api, ids["depot"])[-1]["action"] == "not_an_incident"
    page.wait_for_selector(f"#mentions li[data-mention='{funerals}']", state="detached")  # the view is drawn again after the save
    assert page.locator(f"#mentions li[data-mention='{funerals}']").count() == 0
    assert not page.problems, page.problems


def test_the_review_queue_confirms_with_a_key_and_moves_on(page, site):
    _, api, token, _ = site
    sign_in(page, token)
    waiting = api.get("/api/review/queue").json()
    assert waiting["total"] >= 2
    first, second = (row["id"] for row in waiting["incidents"][:2])
    page.click("#queue-toggle")
    page.wait_for_selector(f"#audit[data-incident='{first}'][data-state=ready]")  # the costliest opens first
    assert page.locator("#queue-list tbody tr.selected").get_attribute("data-incident") == first
    assert page.locator("#incident-list").is_hidden()
    page.keyboard.press("j")
    page.wait_for_selector(f"#audit[data-incident='{second}'][data-state=ready]")
    page.keyboard.press("k")
    page.wait_for_selector(f"#audit[data-incident='{first}'][data-state=ready]")
    shoot(page, "review-queue.png")
    page.keyboard.press("c")
    page.wait_for_selector(f"#queue-list tbody tr.selected[data-incident='{second}']")  # the next takes the decided one's place
    page.wait_for_selector(f"#audit[data-incident='{second}'][data-state=ready]")
    assert api.get(f"/api/incidents/{first}").json()["review_status"] == "confirmed"
    assert api.get("/api/review/queue").json()["total"] == waiting["total"] - 1
    page.keyboard.press("e")
    assert page.locator("#correct-form").is_visible()
    assert not page.problems, page.problems


# ---- the page at scale ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def many(browser, tmp_path_factory):
    with Ledger(f"sqlite:///{tmp_path_factory.mktemp('many')}/ledger.db") as ledger:
        seed_mentions(ledger, MANY)
        with served(ledger) as base_url:
            yield base_url


def test_paging_through_5000_incidents(browser, many):
    with opened_page(browser, many, viewport=LAPTOP) as page:
        assert page.evaluate("document.documentElement.scrollWidth") <= LAPTOP["width"]
        assert page.evaluate("(list => list.scrollWidth <= list.clientWidth)(document.querySelector('#list-wrap'))")  # every column in view
        assert page.locator("#summary").inner_text() == "1–100 of 5,000 incidents"
        first = rows(page)
        assert len(first) == 100 and page.locator("#page-prev").is_disabled()
        page.click("#page-next")
        page.wait_for_selector("#summary:text('101–200 of 5,000')")
        second = rows(page)
        assert second == [r["id"] for r in httpx.get(many + "/api/incidents", params={"kind": "event", "offset": 100, "background": "false"}).json()["incidents"]]
        assert not set(first) & set(second)
        page.click("#page-prev")
        page.wait_for_selector("#summary:text('1–100 of 5,000')")
        assert rows(page) == first
        for _ in range(49):
            page.evaluate("loadIncidents(state.offset + PAGE_SIZE, true)")  # the buttons' own call, without 49 round trips of clicks
        ready(page)
        assert page.locator("#summary").inner_text() == "4,901–5,000 of 5,000 incidents" and page.locator("#page-next").is_disabled()
        assert date_lines(page) == {1}  # every date on one line
        shoot(page, "paging.png")
        assert not page.problems, page.problems


def test_every_incident_is_on_the_map_in_clusters_that_open_on_zoom(browser, many):
    with opened_page(browser, many) as page:
        counts = page.locator(".marker-cluster").evaluate_all("icons => icons.map(i => Number(i.innerText))")
        singles = page.locator("path.incident-marker").count()
        assert sum(counts) + singles == MANY and len(counts) < 60  # every point drawn, a few clusters at this zoom
        page.wait_for_function("Number(document.querySelector('#map').dataset.places) > 3")
        names = set(page.locator(".place-label").all_inner_texts())
        assert "Kyiv" in names  # the offline base map's largest towns
        shoot(page, "clusters.png")
        zoom = page.evaluate("state.map.getZoom()")
        size = page.evaluate(MARK_THE_BIGGEST_CLUSTER)
        assert size == max(counts)
        page.click(".marker-cluster[data-biggest]")
        page.wait_for_function(f"state.map.getZoom() > {zoom}")
        # the cluster opens into smaller clusters and circles, drawn once the zoom's animation ends
        page.wait_for_function("new Set(window.__opened.map(m => state.markers.getVisibleParent(m)).filter(Boolean)).size > 1")
        page.wait_for_function("document.querySelector('#map').dataset.placesZoom === String(state.map.getZoom())")
        assert set(page.locator(".place-label").all_inner_texts()) - names  # smaller towns come in on zoom
        page.wait_for_function("!document.querySelector('.leaflet-cluster-anim')")
        shoot(page, "clusters-zoomed.png")
        assert not page.problems, page.problems


def test_the_page_at_phone_width(browser, many):
    with opened_page(browser, many, viewport=PHONE) as page:
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # nothing wider than the screen
        assert page.locator("#map").bounding_box()["width"] == PHONE["width"]
        page.locator("#incident-list tbody tr").first.scroll_into_view_if_needed()
        assert date_lines(page) == {1}
        shoot(page, "phone.png")
        page.locator("#incident-list tbody tr").first.click()
        page.wait_for_selector("#incident-view[data-state=ready]")
        view = page.locator("#incident-view").bounding_box()
        assert view["x"] == 0 and view["width"] == PHONE["width"]
        shoot(page, "phone-incident.png")
        assert not page.problems, page.problems
