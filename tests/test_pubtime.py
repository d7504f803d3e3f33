"""A report's publication time: read where the source gives one, kept in UTC, and a day's toll updates told in its order.

Kremenchuk, 27 June 2022: "at least 2" at 15:00, 11 at 18:30, 16 at 21:10 and "more than 20" the next day. Document
ids are hashes of the texts, and these three sort the other way: by id alone the history told 16 before 11.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import httpx
import pytest
from ledger_fixtures import db_url, ledger, migrate  # noqa: F401  (fixtures)
from sqlalchemy import create_engine, select
from web_fixtures import served

from harmledger.dates import iso_instant, read_instant
from harmledger.ingest.readers import ReaderOptions, read_paths
from harmledger.ledger import Ledger
from harmledger.link.reconcile import Claim, history, reconcile
from harmledger.model import Record, document_id
from harmledger.store.schema import documents

FIRST = {
    "title": "Russian missile hits crowded shopping mall in Kremenchuk", "source": "Reuters", "published": "2022-06-27T15:00:00Z",
    "text": "KREMENCHUK, Ukraine (Reuters) - A Russian missile struck a crowded shopping mall in the central Ukrainian city of "
            "Kremenchuk on Monday afternoon, killing at least two people and wounding 20, regional governor Dmytro Lunin said. "
            "Firefighters were battling a blaze at the Amstor mall.",
}
RISEN = {
    "title": "Kremenchuk mall strike: death toll rises to 11", "source": "Suspilne", "published": "2022-06-27T21:30:00+03:00",
    "text": "The death toll from a Russian missile strike on a shopping mall in Kremenchuk rose to 11 on Monday evening, with 40 "
            "people wounded, Ukraine's emergency service said. Rescuers were searching the ruins of the Amstor shopping centre.",
}
LATE = {
    "title": "Kremenchuk mall strike: 16 killed, dozens missing", "source": "Ukrinform", "published": "2022-06-27 21:10",  # no zone: UTC
    "text": "At least 16 people were killed and 59 wounded when a Russian missile hit the Amstor shopping mall in Kremenchuk on Monday, "
            "Ukraine's emergency service said late on Monday. Dozens more were missing.",
}
NEXT_DAY = {
    "title": "Kremenchuk mall toll passes 20", "source": "Kyiv Independent", "published": "2022-06-28T09:00:00Z",
    "text": "More than 20 people were killed in Monday's Russian missile strike on the Amstor shopping mall in Kremenchuk, Ukraine's "
            "emergency service said on Tuesday, as rescuers kept searching the rubble of the mall.",
}
SAME_DAY = [FIRST, RISEN, LATE]


def _kremenchuk(opened: Ledger, seed_text: str) -> dict:
    opened.ingest_text(seed_text, source="AP", published="2022-06-27")  # the seed: that day, no time given
    for report in (NEXT_DAY, *reversed(SAME_DAY)):  # stored out of order, as feeds are read
        opened.ingest_text(**report)
    [row] = [r for r in opened.incidents(limit=100) if (r["place"] or {}).get("name") == "Kremenchuk"]
    return opened.incident(row["id"])


def test_same_day_updates_whose_ids_sort_the_other_way():
    """The premise: ordered by document id, the day's three updates would be told 16, 11, 2."""
    ids = [document_id(r["text"], r["title"]) for r in SAME_DAY]
    assert ids == sorted(ids, reverse=True)


def test_history_tells_a_days_updates_in_time_order_then_the_next_day(ledger, seed_text):  # noqa: F811
    incident = _kremenchuk(ledger, seed_text)
    steps = [(s["source"], s["published"], s["published_at"], s["killed"]) for s in incident["history"]]
    assert steps == [
        ("Reuters", "2022-06-27", "2022-06-27T15:00:00Z", 2),
        ("Suspilne", "2022-06-27", "2022-06-27T18:30:00Z", 11),
        ("Ukrinform", "2022-06-27", "2022-06-27T21:10:00Z", 16),
        ("AP", "2022-06-27", None, 16),  # a report of that day with no time follows the timed ones
        ("Kyiv Independent", "2022-06-28", "2022-06-28T09:00:00Z", 21),
    ]
    claimed = [(c["source"], c["published_at"]) for c in incident["claims"] if c["slot"] == "killed" and not c["background"]]
    assert claimed[:3] == [("Reuters", "2022-06-27T15:00:00Z"), ("Suspilne", "2022-06-27T18:30:00Z"), ("Ukrinform", "2022-06-27T21:10:00Z")]
    assert incident["figures"]["killed"]["best"] == 21


def _claim(document: str, day: int, value: int, at: datetime | None) -> Claim:
    return Claim(f"{document}-1", document, date(2022, 6, day), None, "killed", value, "exact", None, value, None, published_at=at)


def test_the_time_orders_the_history_but_decides_nothing():
    """Reconciled figures are the same with the times as without them: the day decides what is current (rule 3)."""
    timed = [_claim("c", 27, 2, datetime(2022, 6, 27, 15)), _claim("b", 27, 11, datetime(2022, 6, 27, 18, 30)),
             _claim("a", 27, 16, datetime(2022, 6, 27, 21, 10))]
    assert [h["killed"] for h in history(timed)] == [2, 11, 16]
    untimed = [Claim(**{**c.__dict__, "published_at": None}) for c in timed]
    assert [h["killed"] for h in history(untimed)] == [16, 11, 2]  # by document id, as before
    assert {s: f.to_dict() for s, f in reconcile(timed).items()} == {s: f.to_dict() for s, f in reconcile(untimed).items()}


@pytest.mark.parametrize(("written", "instant"), [
    ("2024-03-04T08:07Z", datetime(2024, 3, 4, 8, 7)),
    ("2024-03-04T10:07:30+02:00", datetime(2024, 3, 4, 8, 7, 30)),
    ("2024-03-04 23:30:00-05:00", datetime(2024, 3, 5, 4, 30)),  # the instant in UTC (the day written stays in ``published``)
    ("2024-03-04T08:07", datetime(2024, 3, 4, 8, 7)),  # no zone: taken as UTC
    ("2024-03-04", None),
    ("2024-03-04T27:00Z", None),
    ("last Tuesday", None),
    (None, None),
])
def test_read_instant(written, instant):
    assert read_instant(written) == instant


def test_iso_instant_says_utc():
    assert iso_instant(datetime(2022, 6, 27, 18, 30)) == "2022-06-27T18:30:00Z" and iso_instant(None) is None


def _records(path, **options) -> list[Record]:
    return [r for r in read_paths([path], ReaderOptions(**options)) if isinstance(r, Record)]


def test_jsonl_record_with_a_time_and_one_without(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "text": "Shelling killed two people in Kherson on Friday, the regional governor said.", "published": "2024-03-08T16:45:00+02:00"},
        {"id": "b", "text": "Three people were wounded in a drone strike on Odesa overnight, officials said.", "published": "2024-03-09"},
    ]) + "\n", encoding="utf-8")
    timed, untimed = _records(path)
    assert (timed.published, timed.published_at) == (date(2024, 3, 8), datetime(2024, 3, 8, 14, 45))
    assert (untimed.published, untimed.published_at) == (date(2024, 3, 9), None)


def test_csv_publish_date_column_with_a_time(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("headline,body,publish_date\n"
                    "Strike on Sumy,A missile strike on Sumy killed one man and injured four on Sunday.,2024-05-12 07:20:00\n"
                    "Kharkiv shelled,Shelling of Kharkiv injured six people on Monday.,2024-05-13\n", encoding="utf-8")
    timed, untimed = _records(path)
    assert (timed.published, timed.published_at) == (date(2024, 5, 12), datetime(2024, 5, 12, 7, 20))
    assert (untimed.published, untimed.published_at) == (date(2024, 5, 13), None)


def test_published_option_with_a_time_dates_only_the_records_without_a_date(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"text": "Two civilians were killed by shelling in Nikopol on Saturday, the governor said."}) + "\n"
                    + json.dumps({"text": "A guided bomb wounded five people in Zaporizhzhia, officials said.", "published": "2024-04-02"}) + "\n",
                    encoding="utf-8")
    given, dated = _records(path, published=date(2024, 4, 6), published_at=read_instant("2024-04-06T12:00:00+03:00"))
    assert (given.published, given.published_at) == (date(2024, 4, 6), datetime(2024, 4, 6, 9))
    assert (dated.published, dated.published_at) == (date(2024, 4, 2), None)  # its own day, without --published's hour


HTML = """<html><head><title>Strike on Dnipro</title>{meta}</head><body><article><h1>Strike on Dnipro</h1>
<p>A Russian missile hit an apartment block in Dnipro on Saturday, killing at least 12 people and wounding 64, the regional governor said.</p>
<p>Rescuers worked through the night to pull survivors from the rubble of the nine-storey building on the city's left bank.</p>
</article></body></html>"""


@pytest.mark.parametrize(("meta", "instant"), [
    ('<meta property="article:published_time" content="2023-01-14T17:05:00+02:00">', datetime(2023, 1, 14, 15, 5)),
    ('<meta property="article:published_time" content="2023-01-14">', None),  # a day only: no midnight made up
])
def test_html_metadata_time(tmp_path, meta, instant):
    path = tmp_path / "dnipro.html"
    path.write_text(HTML.format(meta=meta), encoding="utf-8")
    [record] = _records(path)
    assert (record.published, record.published_at) == (date(2023, 1, 14), instant)


def test_api_history_carries_published_at(ledger, seed_text):  # noqa: F811
    token = "pubtime-token"
    with served(ledger, token=token) as base_url, httpx.Client(base_url=base_url, timeout=120) as client:
        posted = [client.post("/api/documents", json=r, headers={"Authorization": f"Bearer {token}"}) for r in (LATE, FIRST)]
        assert [p.status_code for p in posted] == [201, 201], posted[-1].text
        [incident_id] = set.intersection(*(set(p.json()["incidents"]) for p in posted))
        incident = client.get(f"/api/incidents/{incident_id}").json()
        refused = client.post("/api/documents", json={**FIRST, "text": "Another report.", "published": "June 27th"},
                              headers={"Authorization": f"Bearer {token}"})
    assert [(h["published_at"], h["killed"]) for h in incident["history"]] == [("2022-06-27T15:00:00Z", 2), ("2022-06-27T21:10:00Z", 16)]
    assert {c["published_at"] for c in incident["claims"]} == {"2022-06-27T15:00:00Z", "2022-06-27T21:10:00Z"}
    assert refused.status_code == 422


def test_a_ledger_migrated_from_0018_keeps_its_documents_without_a_time(db_url):  # noqa: F811
    with Ledger(db_url) as opened:
        opened.ingest_text(**FIRST)
    migrate(db_url, "0018", down=True)  # as a ledger of 0018 was: its documents without the column
    with Ledger(db_url) as opened:  # opening migrates up again
        opened.ingest_text(**LATE)
        incident = opened.incident(opened.incidents(limit=10)[0]["id"])
    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            stored = sorted(map(tuple, connection.execute(select(documents.c.source, documents.c.published, documents.c.published_at))))
    finally:
        engine.dispose()
    assert stored == [("Reuters", date(2022, 6, 27), None), ("Ukrinform", date(2022, 6, 27), datetime(2022, 6, 27, 21, 10))]
    assert [(h["published_at"], h["killed"]) for h in incident["history"]] == [("2022-06-27T21:10:00Z", 16), (None, 2)]
