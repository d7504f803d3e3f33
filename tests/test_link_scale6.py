"""What scoring a pair of reports shares is found once and walked from the shorter vector: the same values as
sets of both gave, whichever report is the longer (linking's decisions hang on them to the last bit). Link keys
are clustered by (key, day, incident) (migration 0016) and keep every row across it, both ways."""

import math
from datetime import date

from ledger_fixtures import db_url, migrate  # noqa: F401  (fixture: SQLite and PostgreSQL)
from sqlalchemy import create_engine, inspect, text
from test_link import FOLLOW_UPS

from harmledger.ledger import Ledger
from harmledger.link.features import MOST_SHARED, days_apart, death_against_wounds, document_features, follows_up
from harmledger.link.fingerprint import COMMONEST_ZIPF, RARE_WORD, cosine, fingerprint, is_full_name, rarity, shared_terms
from harmledger.model import Mention, Place


def _report(day: str, title: str, text: str, town: str, lat: float, lon: float):
    placed = Mention(kind="event", place=Place(None, town, "Georgia", "US", lat, lon))
    return fingerprint(text, [placed], title=title, published=date.fromisoformat(day), url="https://www.wsbtv.com/news/a")


FIRST = _report(
    "2016-03-14", "Two shot outside Decatur convenience store",
    "Two men were shot Sunday night outside a convenience store on Candler Road in Decatur, DeKalb County police said. "
    "Officers found Jamal Prescott, 22, and Andre Whitfield, 19, wounded in the parking lot of the Quick Stop on Candler Road "
    "shortly before 11 p.m. Both were taken to Grady Memorial Hospital. Investigators said a dark sedan drove past and someone inside "
    "fired at least eight shots. No arrests have been made.",
    "Decatur", 33.77, -84.28,
)
FOLLOW_UP = _report(
    "2016-03-16", "Arrest made in Candler Road shooting",
    "DeKalb County police arrested a 20-year-old man Tuesday in connection with the shooting that wounded Jamal Prescott "
    "and Andre Whitfield outside the Quick Stop on Candler Road. Police said the suspect fired from a dark sedan.",
    "Decatur", 33.77, -84.28,
)
ELSEWHERE = _report(
    "2016-05-02", "Woman killed in Savannah house fire",
    "A woman died early Monday when fire swept through a house in Savannah, firefighters said.",
    "Savannah", 32.08, -81.09,
)


def _as_sets(fa, fb) -> tuple:
    """``document_features`` as it was written with sets of both reports' terms and lists."""
    names = fa.names.keys() & fb.names.keys()
    streets = set(fa.streets) & set(fb.streets)
    shared_rarity = [rarity(term) for term in fa.content.keys() & fb.content.keys()]
    every = lambda a, b: math.fsum(a[t] * b[t] for t in a.keys() & b.keys())  # noqa: E731
    return (
        every(fa.content, fb.content), every(fa.title, fb.title), every(fa.names, fb.names), math.log1p(days_apart(fa, fb)),
        float(bool(fa.domain) and fa.domain == fb.domain), float(bool(streets)), float(min(len(set(fa.ages) & set(fb.ages)), 3)),
        len(set(fa.places) & set(fb.places)) / max(1, len(set(fa.places) | set(fb.places))),
        float(min(sum(1 for t in names if is_full_name(t)), MOST_SHARED)), max(shared_rarity, default=0.0) / COMMONEST_ZIPF,
        min(sum(1 for r in shared_rarity if r >= RARE_WORD), MOST_SHARED) / MOST_SHARED,
        float(bool(fa.streets and fb.streets) and not streets), float(follows_up(fa) or follows_up(fb)),
        float(not fa.surnames.isdisjoint(fb.surnames)), *map(float, death_against_wounds(fa, fb)),
        float(bool(fa.ages and fb.ages) and not set(fa.ages) & set(fb.ages)),
    )


def test_shared_terms_are_the_terms_of_both_whichever_vector_is_longer():
    both = set(FIRST.content) & set(FOLLOW_UP.content)
    assert {"prescott", "whitfield", "candler"} <= both
    assert len(FIRST.content) > len(FOLLOW_UP.content)
    assert sorted(shared_terms(FIRST.content, FOLLOW_UP.content)) == sorted(shared_terms(FOLLOW_UP.content, FIRST.content)) == sorted(both)
    assert shared_terms(FIRST.content, ELSEWHERE.names) == []


def test_cosine_given_the_shared_terms_is_the_cosine():
    shared = shared_terms(FIRST.content, FOLLOW_UP.content)
    assert cosine(FIRST.content, FOLLOW_UP.content, shared) == cosine(FOLLOW_UP.content, FIRST.content) > 0.5


def test_document_features_are_those_sets_gave_both_ways():
    for fa, fb in ((FIRST, FOLLOW_UP), (FOLLOW_UP, FIRST), (FIRST, ELSEWHERE), (ELSEWHERE, FOLLOW_UP), (FIRST, FIRST)):
        assert tuple(document_features(fa, fb)) == _as_sets(fa, fb)
    shared = document_features(FIRST, FOLLOW_UP)
    assert shared.street == 1.0 and shared.full_names >= 2.0 and shared.follow_up == 1.0 and shared.content > 0.5


def _keys(db_url: str) -> list[tuple]:
    engine = create_engine(db_url)
    with engine.connect() as connection:
        found = sorted(map(tuple, connection.execute(text('SELECT "key", day, incident_id FROM link_keys')).all()))
    engine.dispose()
    return found


def test_migration_0016_clusters_link_keys_by_key_day_incident_and_keeps_every_key_both_ways(db_url):
    with Ledger(db_url) as ledger:
        for day, title, body in FOLLOW_UPS:
            ledger.ingest_text(body, published=day, title=title)
    keyed = _keys(db_url)
    assert len(keyed) > len(FOLLOW_UPS)
    migrate(db_url, "0015", down=True)
    assert _keys(db_url) == keyed
    with Ledger(db_url) as ledger:  # opening it migrates it up again
        pass
    assert _keys(db_url) == keyed
    engine = create_engine(db_url)
    with engine.connect() as connection:
        assert inspect(connection).get_pk_constraint("link_keys")["constrained_columns"] == ["key", "day", "incident_id"]
        assert {i["name"] for i in inspect(connection).get_indexes("link_keys")} == {"ix_link_keys_incident"}
        if connection.dialect.name == "sqlite":
            assert "WITHOUT ROWID" in connection.execute(text("SELECT sql FROM sqlite_master WHERE name = 'link_keys'")).scalar()
    engine.dispose()
