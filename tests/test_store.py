"""The store on both back ends: idempotent ingest, filters, row shape, documents, stats, schema."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from ledger_fixtures import db_url, ledger  # noqa: F401  (fixtures)
from sqlalchemy import func, inspect, select, text

import harmledger
from harmledger.model import Count, Mention, Place, Span, When
from harmledger.store import IncidentFilter, LedgerError
from harmledger.ledger import Ledger
from harmledger.store.schema import SEARCH_INDEX_PREFIXES, ingest_errors, ingest_runs, metadata

SAMPLES = Path(harmledger.__file__).parent / "samples"
ROW_KEYS = {
    "id", "document_id", "kind", "background", "event_type", "sub_event_type", "weapon", "target", "place", "when",
    "perpetrator", "attribution", "killed", "injured", "missing", "casualties", "sources", "named_sources", "source", "url",
    "published", "evidence", "lead_mention_id", "reports", "first_reported", "last_reported", "contested", "review_status",
}


def _mention(text: str, phrase: str, *, killed: int, place: Place | None = None, when: When | None = None, **slots) -> Mention:
    start = text.index(phrase)
    span = Span(start, start + len(phrase), phrase)
    return Mention(
        killed=Count(value=killed, qualifier="exact", low=killed, best=killed, high=killed, span=span, speaker="police"),
        place=place, when=when, evidence=[span], sources=["police"], **slots,
    )


def _kyiv(text: str) -> Place:
    start = text.index("Kyiv")
    return Place(703448, "Kyiv", "Kyiv City", "UA", 50.4547, 30.5238, "town", Span(start, start + 4, "Kyiv"))


def _fill(ledger: Ledger) -> dict[str, str]:
    """Three hand-made documents with places, dates and types, independent of the extractor."""
    kyiv_text = "A missile strike on Kyiv killed 5 people on Monday, police said."
    odesa_text = "Shelling in Odesa killed 2 people, police said. Officials in Odesa mourned."
    bare_text = "Three people were killed somewhere, police said."
    odesa = Place(698740, "Odesa", "Odessa", "UA", 46.4775, 30.7326, "town", None)
    ids = {}
    ids["kyiv"], _ = ledger.add(
        kyiv_text,
        [_mention(kyiv_text, "killed 5 people", killed=5, place=_kyiv(kyiv_text),
                  when=When(date(2024, 3, 4), date(2024, 3, 4), "day", Span(41, 50, "on Monday")),
                  event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack", weapon="missile")],
        source="Kyiv Independent", title="Strike on Kyiv", url="https://example.org/kyiv", published="2024-03-05",
    )
    ids["odesa"], _ = ledger.add(
        odesa_text,
        [_mention(odesa_text, "killed 2 people", killed=2, place=odesa, event_type="Explosions/Remote violence")],
        source="Odesa Journal", published="2024-02-01",
    )
    ids["bare"], _ = ledger.add(bare_text, [_mention(bare_text, "were killed", killed=3)], published="2023-12-31")
    return ids


def test_ingest_samples_then_again_adds_nothing(ledger):
    first = ledger.ingest_paths([SAMPLES], options=None)
    assert first.added == len(list(SAMPLES.glob("*.txt")) + list(SAMPLES.glob("*.md")))
    assert first.failed == 0 and first.status == "done" and first.mentions > 0
    stored = ledger.count_incidents()
    assert 0 < stored <= first.mentions  # linked: a report's mentions of one event make one incident
    again = ledger.ingest_paths([SAMPLES])
    assert (again.added, again.skipped, again.failed) == (0, first.added, 0)
    assert ledger.count_incidents() == stored
    with ledger.engine.connect() as connection:
        runs = connection.execute(select(ingest_runs.c.status, ingest_runs.c.added).order_by(ingest_runs.c.id)).all()
    assert runs == [("done", first.added), ("done", 0)]


def test_same_text_twice_in_one_batch_is_stored_once(ledger, tmp_path):
    report = "At least 4 people were killed in shelling on Monday, officials said."
    (tmp_path / "a.txt").write_text(report)
    (tmp_path / "b.txt").write_text("  " + report.replace(" ", "  ") + "\n")  # same normalised text
    summary = ledger.ingest_paths([tmp_path])
    assert (summary.added, summary.skipped, summary.duplicates) == (1, 0, 1)  # a repeat within the input, not "already stored"
    again = ledger.ingest_paths([tmp_path])
    assert (again.added, again.skipped, again.duplicates) == (0, 2, 0)


def test_ingest_text_and_add_are_idempotent(ledger):
    report = "At least 7 people were killed when a drone hit a market in Kherson, the governor said."
    doc_id, added = ledger.ingest_text(report, source="wire", published="2024-05-01")
    assert added and doc_id == harmledger.Document(report).id
    assert ledger.ingest_text(report) == (doc_id, False)
    rows = ledger.incidents(IncidentFilter(document_id=doc_id))
    assert rows[0]["killed"]["value"] == 7 and rows[0]["killed"]["qualifier"] == "at_least"
    assert rows[0]["published"] == "2024-05-01" and rows[0]["source"] == "wire"
    with pytest.raises(ValueError):
        ledger.ingest_text("   ")


def test_bad_files_are_recorded_and_the_batch_goes_on(ledger, tmp_path):
    (tmp_path / "good.txt").write_text("Two people were killed in an explosion in Kharkiv, police said.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "latin1.txt").write_bytes("Café bombing killed 3".encode("latin-1"))
    (tmp_path / "feed.jsonl").write_text('{"text": "Five people were killed in Sumy, officials said."}\n{broken\n')
    summary = ledger.ingest_paths([tmp_path])
    assert (summary.added, summary.failed) == (2, 4)
    with ledger.engine.connect() as connection:
        errors = {(Path(o).name, line) for o, line in connection.execute(select(ingest_errors.c.origin, ingest_errors.c.line).where(ingest_errors.c.level == "error"))}
    assert errors == {("empty.txt", None), ("binary.txt", None), ("latin1.txt", None), ("feed.jsonl", 2)}
    assert any("feed.jsonl:2: not valid JSON" in e for e in summary.errors)


def test_row_shape_is_json_ready(ledger):
    import json

    ids = _fill(ledger)
    row = ledger.incidents(IncidentFilter(document_id=ids["kyiv"]))[0]
    assert ROW_KEYS <= set(row)
    json.dumps(row)
    assert row["place"]["name"] == "Kyiv" and row["place"]["span"] == {"start": 20, "end": 24, "text": "Kyiv"}
    assert row["when"] == {"start": "2024-03-04", "end": "2024-03-04", "precision": "day", "span": {"start": 41, "end": 50, "text": "on Monday"}}
    assert row["killed"]["span"]["text"] == "killed 5 people" and row["killed"]["speaker"] == "police"
    assert row["killed"]["best"] == row["killed"]["low"] == row["killed"]["high"] == 5
    assert row["injured"] is None and row["named_sources"] == ["police"] and row["source"] == "Kyiv Independent"
    assert row["sources"] == 1 and row["reports"] == [{"document_id": ids["kyiv"], "source": "Kyiv Independent", "title": "Strike on Kyiv",
                                                       "url": "https://example.org/kyiv", "published": "2024-03-05"}]
    assert row["id"].startswith("i") and row["lead_mention_id"] == f"{ids['kyiv']}-1" and row["id"] != row["lead_mention_id"]
    assert (row["first_reported"], row["last_reported"], row["contested"], row["review_status"]) == ("2024-03-05", "2024-03-05", False, "unreviewed")
    assert row["evidence"] == [{"start": 25, "end": 40, "text": "killed 5 people"}]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (IncidentFilter(), ["kyiv", "odesa", "bare"]),
        (IncidentFilter(country="ua"), ["kyiv", "odesa"]),
        (IncidentFilter(admin1="kyiv city"), ["kyiv"]),
        (IncidentFilter(since="2024-01-01"), ["kyiv", "odesa"]),
        (IncidentFilter(until=date(2024, 2, 1)), ["odesa", "bare"]),
        (IncidentFilter(since="2024-02-01", until="2024-03-04"), ["kyiv", "odesa"]),
        (IncidentFilter(near=(50.45, 30.52, 10)), ["kyiv"]),
        (IncidentFilter(near=(48.0, 30.6, 300)), ["kyiv", "odesa"]),
        (IncidentFilter(near=(46.48, 30.73, 50)), ["odesa"]),
        (IncidentFilter(bbox=(30.0, 46.0, 31.0, 47.0)), ["odesa"]),
        (IncidentFilter(event_type="explosions/remote violence"), ["kyiv", "odesa"]),
        (IncidentFilter(min_killed=3), ["kyiv", "bare"]),
        (IncidentFilter(text="MOURNED"), ["odesa"]),
        (IncidentFilter(text="strike on kyiv"), ["kyiv"]),
        (IncidentFilter(country="UA", min_killed=3, since="2024-01-01"), ["kyiv"]),
    ],
)
def test_filters(ledger, filters, expected):
    ids = _fill(ledger)
    rows = ledger.incidents(filters)
    assert [r["document_id"] for r in rows] == [ids[k] for k in expected]  # newest event first
    assert ledger.count_incidents(filters) == len(expected)


def test_paging(ledger):
    _fill(ledger)
    everything = [r["id"] for r in ledger.incidents()]
    assert [r["id"] for r in ledger.incidents(limit=2)] + [r["id"] for r in ledger.incidents(limit=2, offset=2)] == everything
    assert sorted(r["id"] for r in ledger.iter_incidents()) == sorted(everything)


def test_incident_and_document(ledger):
    ids = _fill(ledger)
    row = ledger.incidents(IncidentFilter(document_id=ids["kyiv"]))[0]
    incident = ledger.incident(row["id"])
    assert [m["id"] for m in incident["mentions"]] == [row["lead_mention_id"]]
    document = incident["mentions"][0]["document"]
    assert document["title"] == "Strike on Kyiv" and "text" not in document
    assert [(c["slot"], c["value"], c["speaker"], c["source"], c["span"]["text"]) for c in incident["claims"]] == [
        ("killed", 5, "police", "Kyiv Independent", "killed 5 people")]
    assert incident["history"] == [{"document_id": ids["kyiv"], "published": "2024-03-05", "published_at": None, "killed": 5, "injured": None, "missing": None,
                                    "mention_id": row["lead_mention_id"], "source": "Kyiv Independent", "title": "Strike on Kyiv"}]
    assert incident["figures"]["killed"]["best"] == 5
    assert ledger.incident("nope") is None and ledger.document("nope") is None
    assert ledger.incident_of_mention(row["lead_mention_id"]) == row["id"] and ledger.incident_of_mention("nope") is None
    document = ledger.document(ids["kyiv"])
    assert document["text"].startswith("A missile strike on Kyiv")
    for mark in document["highlights"]:
        assert document["text"][mark["start"]:mark["end"]] == mark["text"]
    assert {m["role"] for m in document["highlights"]} == {"place", "when", "killed", "evidence"}


def test_daily_stats_sum_best_figures_and_leave_out_background(ledger):
    _fill(ledger)
    report = "Yesterday 9 people were killed in Lviv. In 2022, 40 people were killed in the same city."
    ledger.add(report, [
        _mention(report, "9 people were killed", killed=9),
        _mention(report, "40 people were killed", killed=40, background=True),
    ], published="2024-03-04")
    assert ledger.daily_stats() == [
        {"date": "2023-12-31", "killed": 3, "injured": 0},
        {"date": "2024-02-01", "killed": 2, "injured": 0},
        {"date": "2024-03-04", "killed": 14, "injured": 0},
    ]
    assert ledger.count_incidents(IncidentFilter(background=False)) == 4
    assert ledger.count_incidents(IncidentFilter(background=True, kind="event")) == 1
    assert ledger.daily_stats(IncidentFilter(country="UA", since="2024-03-01")) == [{"date": "2024-03-04", "killed": 5, "injured": 0}]


def test_linked_incidents_table_reads_in_datasette(ledger):
    ids = _fill(ledger)
    names = set(inspect(ledger.engine).get_table_names())
    assert {"documents", "mentions", "counts", "places", "spans", "sources", "incidents", "fingerprints", "ingest_runs", "ingest_errors"} <= names
    with ledger.engine.connect() as connection:
        row = connection.execute(
            text("SELECT i.admin1, i.event_date, i.killed, i.sources FROM incidents i JOIN mentions m ON m.incident_id = i.id WHERE m.document_id = :d AND m.ordinal = 1"),
            {"d": ids["kyiv"]},
        ).one()
    assert (str(row.event_date), row.killed, row.sources) == ("2024-03-04", 5, 1)


def test_migrations_build_exactly_the_declared_schema(ledger):
    with ledger.engine.connect() as connection:
        def declared(item, name, *_):
            return not (name or "").startswith(SEARCH_INDEX_PREFIXES)

        context = MigrationContext.configure(connection, opts={"include_object": declared})
        diff = compare_metadata(context, metadata)
    assert diff == []


def test_reopening_keeps_everything(db_url):
    with Ledger(db_url) as first:
        ids = _fill(first)
    with Ledger(db_url) as second:
        assert second.count_incidents() == 3 and second.document(ids["odesa"]) is not None


def test_unreachable_postgres_names_the_url_and_hides_the_password():
    with pytest.raises(LedgerError) as caught:
        Ledger("postgresql+psycopg://analyst:s3cret@127.0.0.1:1/ledger")
    message = str(caught.value)
    assert "127.0.0.1:1/ledger" in message and "s3cret" not in message and "cannot open" in message


def test_default_url_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("HARMLEDGER_DB", str(tmp_path / "env.db"))
    with Ledger() as opened:
        assert opened.url == f"sqlite:///{tmp_path}/env.db"
    assert (tmp_path / "env.db").exists()
    monkeypatch.delenv("HARMLEDGER_DB")
    monkeypatch.chdir(tmp_path)
    with Ledger() as opened:
        assert opened.url == "sqlite:///harmledger.db"
    assert (tmp_path / "harmledger.db").exists()


def test_database_lost_midway_names_it_and_keeps_what_was_stored(ledger, tmp_path, monkeypatch):
    import harmledger.ledger as ledger_module
    from sqlalchemy.exc import OperationalError

    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(f"{n + 2} people were killed in shelling of village {n}, officials said.")
    real, calls = ledger_module.write_document, []

    def write_until_the_server_goes(*args):
        calls.append(1)
        if len(calls) == 3:
            raise OperationalError("INSERT", {}, Exception("server closed the connection unexpectedly"))
        return real(*args)

    monkeypatch.setattr(ledger_module, "write_document", write_until_the_server_goes)
    with pytest.raises(LedgerError) as caught:
        ledger.ingest_paths([tmp_path])
    assert "the database stopped answering (server closed the connection unexpectedly); 2 documents were stored" in str(caught.value)
    with ledger.engine.connect() as connection:  # a connection that still answers closes its run: never 'running' for ever
        [(status, added)] = connection.execute(text("SELECT status, added FROM ingest_runs")).all()
    assert (status, added) == ("failed", 2)
    monkeypatch.setattr(ledger_module, "write_document", real)
    resumed = ledger.ingest_paths([tmp_path])
    assert (resumed.added, resumed.skipped) == (3, 2)


def test_upgrade_from_the_first_schema_keeps_and_indexes_old_rows(db_url):
    from pathlib import Path as _Path

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    import harmledger.store.engine as engine_module

    engine = create_engine(db_url)
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(_Path(engine_module.__file__).with_name("migrations")))
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(text("INSERT INTO documents (id, text, title) VALUES ('d1', 'Shelling of Kupiansk killed 4 people.', 'Old row')"))
        connection.execute(text("INSERT INTO places (id, name, admin1, country, lat, lon, precision) VALUES ('p1', 'Kupiansk', 'Kharkiv', 'UA', 49.71, 37.61, 'town')"))
        connection.execute(text(
            "INSERT INTO mentions (id, document_id, ordinal, kind, background, place_id, killed, event_date) "
            "VALUES ('d1-1', 'd1', 1, 'event', false, 'p1', 4, '2024-01-02')"
        ))
    engine.dispose()
    with Ledger(db_url) as upgraded:
        for filters in (IncidentFilter(country="UA"), IncidentFilter(near=(49.7, 37.6, 5)), IncidentFilter(text="kupiansk")):
            assert [r["lead_mention_id"] for r in upgraded.incidents(filters)] == ["d1-1"], filters  # linked on opening
