"""Who published each report, as a desk reads it in the list, the incident view and the exports, when a feed of links
names no outlet: the site of the report's URL (through a web-archive address), never the feed file's name and line."""

from __future__ import annotations

import csv
import io
import json

import httpx
import pytest
from web_fixtures import served

from harmledger.ledger import Ledger

FEED = [  # a scraped feed: url, title and date, no outlet column
    {"url": "http://web.archive.org/web/20150724175730/http://thetandd.com:80/news/sheriff-four-killed/article_7364.html",
     "title": "Sheriff: four killed in Holly Hill home", "published": "2015-07-15",
     "text": "HOLLY HILL, S.C. — Four people were shot to death inside a home in Holly Hill on Tuesday, Orangeburg County Sheriff "
             "Leroy Ravenell said. Deputies are searching for the gunman."},
    {"url": "https://www.wistv.com/story/29561234/holly-hill-killings-suspect", "title": "Suspect sought in Holly Hill killings",
     "published": "2015-07-16",
     "text": "HOLLY HILL, S.C. — Investigators are still searching for the suspect who shot and killed four people inside a Holly "
             "Hill home on Tuesday, Orangeburg County Sheriff Leroy Ravenell said on Wednesday."},
    {"url": "https://www.stltoday.com/news/local/crime/two-wounded-in-north-st-louis-shooting/article_11.html",
     "title": "Two wounded in north St. Louis shooting", "published": "2015-07-17", "source": "St. Louis Post-Dispatch",
     "text": "ST. LOUIS — Two men were wounded in a shooting in north St. Louis on Thursday night, police said."},
]


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ux24-sources")
    feed = folder / "links.jsonl"
    feed.write_text("".join(json.dumps(record) + "\n" for record in FEED), encoding="utf-8")
    with Ledger(f"sqlite:///{folder}/ledger.db") as ledger:
        ledger.ingest_paths([feed])
        with served(ledger) as base_url, httpx.Client(base_url=base_url, timeout=30) as client:
            yield client


def test_a_report_without_an_outlet_is_named_by_its_urls_site(api):
    rows = api.get("/api/incidents").json()["incidents"]
    holly = next(row for row in rows if row["sources"] == 2)
    assert [report["source"] for report in holly["reports"]] == ["thetandd.com", "wistv.com"]  # had been links.jsonl:1, :2
    assert holly["source"] in {"thetandd.com", "wistv.com"}
    named = next(row for row in rows if row["sources"] == 1)
    assert named["source"] == named["reports"][0]["source"] == "St. Louis Post-Dispatch"  # a stated outlet comes first
    detail = api.get(f"/api/incidents/{holly['id']}").json()
    assert {claim["source"] for claim in detail["claims"]} == {"thetandd.com", "wistv.com"}
    assert [step["source"] for step in detail["history"]] == ["thetandd.com", "wistv.com"]


def test_the_exports_name_the_sites_too(api):
    acled = list(csv.DictReader(io.StringIO(api.get("/api/export.csv", params={"format": "acled-csv"}).text)))
    assert sorted(row["source"] for row in acled) == ["St. Louis Post-Dispatch", "thetandd.com; wistv.com"]
    ucdp = list(csv.DictReader(io.StringIO(api.get("/api/export.csv", params={"format": "ucdp-csv"}).text)))
    assert not any("links.jsonl" in value for row in ucdp for value in row.values())
