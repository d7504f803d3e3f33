"""Migration 0017 drops the two ``incidents`` indexes only the old SQL candidate search read (``ix_incidents_reported``,
``ix_incidents_link``), on SQLite and PostgreSQL, both ways, keeping every incident; the list's queries still walk an
index of their filter (a country's count walks ``ix_incidents_country_date``, covering)."""

from datetime import date

from ledger_fixtures import db_url, migrate  # noqa: F401  (fixture: SQLite and PostgreSQL)
from sqlalchemy import create_engine, func, inspect, select, text

from harmledger.ledger import Ledger
from harmledger.store import IncidentFilter
from harmledger.store.query import conditions
from harmledger.store.schema import incidents

DROPPED = {"ix_incidents_reported", "ix_incidents_link"}

REPORTS = [
    (date(2016, 3, 14), "Two shot outside Decatur convenience store",
     "Two men were shot Sunday night outside a convenience store on Candler Road in Decatur, DeKalb County police said. "
     "Officers found Jamal Prescott, 22, and Andre Whitfield, 19, wounded in the parking lot shortly before 11 p.m."),
    (date(2016, 3, 16), "Arrest made in Candler Road shooting",
     "DeKalb County police arrested a 20-year-old man Tuesday in connection with the shooting that wounded Jamal Prescott "
     "and Andre Whitfield outside the Quick Stop on Candler Road in Decatur."),
    (date(2016, 5, 2), "Man killed in Savannah shooting",
     "A man was shot and killed early Monday on Abercorn Street in Savannah, Georgia, police said."),
]


def _indexes_and_rows(url: str) -> tuple[set[str], list[tuple]]:
    engine = create_engine(url)
    with engine.connect() as connection:
        names = {i["name"] for i in inspect(connection).get_indexes("incidents")}
        rows = [tuple(r) for r in connection.execute(text("SELECT * FROM incidents ORDER BY id")).all()]
    engine.dispose()
    return names, rows


def test_migration_0017_drops_the_old_candidate_indexes_and_keeps_every_incident_both_ways(db_url):
    with Ledger(db_url) as ledger:
        for day, title, body in REPORTS:
            ledger.ingest_text(body, published=day, title=title)
    names, found = _indexes_and_rows(db_url)
    assert found and not names & DROPPED
    migrate(db_url, "0016", down=True)
    names_before, rows_before = _indexes_and_rows(db_url)
    assert DROPPED <= names_before and rows_before == found
    with Ledger(db_url) as ledger:  # opening it migrates it up again
        pass
    assert _indexes_and_rows(db_url) == (names, found)


def test_a_countrys_count_and_page_walk_an_index_of_their_filter_without_the_dropped_ones(tmp_path):
    with Ledger(f"sqlite:///{tmp_path / 'l.db'}") as ledger:
        for day, title, body in REPORTS:
            ledger.ingest_text(body, published=day, title=title)
        with ledger.engine.connect() as connection:
            where = conditions(IncidentFilter(country="US"), "sqlite", merged=True)
            count = select(func.count()).select_from(incidents).where(*where).compile(connection, compile_kwargs={"literal_binds": True})
            plan = " ".join(r[3] for r in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {count}"))
    assert "COVERING INDEX ix_incidents_country_date" in plan
