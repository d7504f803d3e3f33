"""Reports whose story is only in the headline: a crawled page of banners and menus under "2 killed,
3 wounded in overnight shooting". Extraction reads the title where the text gives no figure, and each
figure read there carries a span of the title's own words (``part="title"``), through the ledger,
the store and the API to the page's highlighting.

The headlines and pages are written for these tests, in several outlets' styles (wire, local TV in
Title Case, a station's name after a dash or a bar, a newspaper's present tense).
"""

from __future__ import annotations

import httpx
from ledger_fixtures import db_url, ledger  # noqa: F401  (fixtures)
from web_fixtures import served

from harmledger.extract import extract
from harmledger.extract.headline import as_prose
from harmledger.model import TITLE, Record

BOILERPLATE = (
    "We use cookies to improve your experience. By continuing to browse you accept our cookie policy.\n"
    "Home | News | Weather | Sports | Traffic | Contests\n"
    "Subscribe to our newsletter for the latest headlines delivered to your inbox.\n"
    "Copyright 2019 Channel Media Group. All rights reserved."
)


def _figures(title: str, text: str = BOILERPLATE, published: str = "2019-06-09") -> dict[str, tuple[int, str]]:
    """Each figure the report gives, as (value, the title's words it points at)."""
    found = extract(text, published, title=title)
    lead = next(m for m in found if m.counts())
    out = {}
    for slot, count in lead.counts().items():
        assert count.span is not None and count.span.part == TITLE
        assert title[count.span.start:count.span.end] == count.span.text  # offsets into the title as given
        out[slot] = (count.value, count.span.text)
    return out


def test_a_wire_headline_with_two_tolls():
    assert _figures("3 killed, 2 wounded in early-morning shooting outside Dayton nightclub") == {
        "killed": (3, "3 killed"), "injured": (2, "2 wounded")}


def test_a_title_case_headline_of_local_tv():
    assert _figures("Four Shot Dead At Backyard Cookout In Riverside Park")["killed"] == (4, "Four Shot Dead")


def test_a_station_name_after_a_dash_is_not_read_as_the_story():
    figures = _figures("Teenager shot in leg while walking home from practice - KXTV Channel 9 News")
    assert figures == {"injured": (1, "Teenager shot")}


def test_a_headline_told_in_the_present():
    figures = _figures("Man shoots 3 relatives, killing 1, before fleeing in pickup | The Morning Ledger")
    assert figures["killed"] == (1, "killing 1")
    assert figures["injured"] == (2, "shoots 3 relatives")  # three shot, one of them killed


def test_a_headline_that_opens_with_the_victims_age():
    assert _figures("19-year-old shot, killed near downtown bus station; police seek gunman")["killed"][0] == 1


def test_where_the_text_tells_the_incident_but_no_figure_the_headline_gives_it_and_the_text_the_place():
    text = ("MACON, Ga. — Police are investigating a shooting on Vineville Avenue in Macon late Saturday. "
            "Investigators asked anyone with information to call the sheriff's office.")
    found = extract(text, "2019-06-09", title="2 killed, 1 hurt in Saturday night shooting")
    lead = next(m for m in found if m.kind == "event" and not m.background)
    assert (lead.killed.value, lead.injured.value) == (2, 1)
    assert lead.killed.span.part == TITLE and lead.place.name == "Macon"
    assert lead.place.span.part != TITLE  # the place is the text's: its span points into the text


def test_a_text_with_its_own_figures_keeps_them_and_the_headline_fills_only_what_it_leaves_out():
    """The text's figures, with their speakers, its place and its day, stand: read with the text, a headline's
    "death toll rises to 3" would outrank them; it gives only the slot the text leaves empty."""
    text = "DAYTON, Ohio — Two men were shot and wounded outside a bar on Brown Street early Sunday, police said."
    alone = extract(text, "2019-06-09")
    found = extract(text, "2019-06-09", title="Death toll rises to 3 in Dayton bar shooting | Dayton Daily")
    assert found[0].injured == alone[0].injured and found[0].injured.value == 2
    assert (found[0].place, found[0].when) == (alone[0].place, alone[0].when)
    assert alone[0].killed is None and found[0].killed.value == 3 and found[0].killed.span.part == TITLE


def test_no_title_is_the_text_alone():
    assert extract(BOILERPLATE, "2019-06-09") == extract(BOILERPLATE, "2019-06-09", title=None) == []


def test_the_rewrite_traces_every_written_character_to_the_headline():
    title = "Girl, 7, Wounded By Stray Bullet In Apartment - WBRC Fox 6"
    prose = as_prose(title)
    assert "was wounded" in prose.text.lower() and "WBRC" in prose.text
    for index, char in enumerate(prose.text):
        if prose.copied[index]:
            assert title[prose.origin[index]].lower() == char.lower()


HEADLINE = "2 killed, 3 wounded in overnight shooting at Elm Street party"


def test_a_title_figure_keeps_its_evidence_through_the_ledger_and_the_api(ledger):  # noqa: F811
    document_id, added = ledger.ingest_text(BOILERPLATE, title=HEADLINE, published="2019-06-09", source="WXYZ")
    assert added
    [row] = ledger.incidents()
    incident = ledger.incident(row["id"])
    killed = next(c for c in incident["claims"] if c["slot"] == "killed")
    assert killed["value"] == 2
    assert killed["span"] == {"start": 0, "end": 8, "text": "2 killed", "part": "title"}
    with served(ledger) as base_url, httpx.Client(base_url=base_url, timeout=30) as client:
        detail = client.get(f"/api/incidents/{row['id']}").json()
        assert detail["killed"]["span"] == {"start": 0, "end": 8, "text": "2 killed", "part": "title"}
        document = client.get(f"/api/documents/{document_id}").json()
    in_title = [h for h in document["highlights"] if h["part"] == "title"]
    assert {(h["role"], h["text"]) for h in in_title} >= {("killed", "2 killed"), ("injured", "3 wounded")}
    assert all(document["title"][h["start"]:h["end"]] == h["text"] for h in in_title)
    assert all(h["part"] == "body" for h in document["highlights"] if h not in in_title)


def test_the_same_boilerplate_under_two_headlines_is_two_reports(ledger):  # noqa: F811
    first, added_first = ledger.ingest_text(BOILERPLATE, title="3 killed in shooting at Maple Court apartments", published="2019-06-09")
    second, added_second = ledger.ingest_text(BOILERPLATE, title="Teenager shot in leg outside Riverside gas station", published="2019-06-12")
    assert added_first and added_second and first != second
    assert ledger.ingest_text(BOILERPLATE, title="3 killed in shooting at Maple Court apartments", published="2019-06-09") == (first, False)


def test_a_titled_report_stored_before_titles_were_read_is_not_stored_again(ledger):  # noqa: F811
    text = "DAYTON, Ohio — Two men were shot and wounded outside a bar on Brown Street early Sunday, police said."
    ledger.add(text, extract(text, "2019-06-09"), published="2019-06-09")  # as a ledger stored it: by its text alone
    summary = ledger.ingest_records([Record(text=text, origin="feed", title="2 men wounded outside Brown Street bar")], inputs=["feed"])
    assert (summary.added, summary.skipped) == (0, 1)
