"""Linking: follow-up reports of the Kremenchuk strike join one incident; its toll is reconciled over time."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from ledger_fixtures import db_url, migrate  # noqa: F401  (fixture: SQLite and PostgreSQL)

from harmledger.ledger import Ledger
from harmledger.link.reconcile import Claim, history, reconcile
from harmledger.link.report import describe

SEED = Path(__file__).resolve().parents[2] / "shared" / "data" / "seed" / "kremenchuk-2022-06-27.txt"

FOLLOW_UPS = [
    (
        "2022-06-28",
        "Kremenchuk mall strike: death toll rises to 18",
        "KYIV, June 28 (Reuters) - At least 18 people were killed by a Russian missile strike on the Amstor shopping mall in "
        "Kremenchuk, the regional governor Dmytro Lunin said on Tuesday. Rescuers worked through the night "
        "in the ruins of the shopping centre in the central Ukrainian city, and 36 people were still missing.",
    ),
    (
        "2022-06-29",
        "Kremenchuk: toll reaches 20 as rescuers end search of shopping mall",
        "Twenty people were killed when a Russian missile hit the Amstor shopping mall in Kremenchuk on Monday, "
        "the State Emergency Service said on Wednesday. Fifty-nine people were injured in the strike on the shopping centre in "
        "Kremenchuk, in Ukraine's Poltava region, the emergency service said.",
    ),
]


def _claim(document, published, value, speaker=None, slot="killed", qualifier="exact"):
    return Claim(f"{document}-1", document, date.fromisoformat(published), speaker, slot, value, qualifier, value, value, None)


def test_a_later_figure_supersedes_an_earlier_one():
    claims = [_claim("a", "2022-06-27", 2, "governor", qualifier="at_least"), _claim("b", "2022-06-27", 11, "governor"), _claim("c", "2022-06-28", 16, "governor")]
    killed = reconcile(claims)["killed"]
    assert (killed.low, killed.best, killed.high, killed.contested) == (16, 16, 16, False)
    assert [h["killed"] for h in history(claims)] == [2, 11, 16]


def test_opposing_parties_on_the_same_day_are_kept_side_by_side_and_contested():
    claims = [_claim("ua", "2022-06-28", 18, "Ukraine's emergency service"), _claim("ru", "2022-06-28", 0, "Russia's defence ministry")]
    killed = reconcile(claims)["killed"]
    assert killed.contested and (killed.low, killed.high) == (0, 18)
    assert {c.speaker for c in killed.current} == {"Ukraine's emergency service", "Russia's defence ministry"}


def test_background_claims_never_count():
    claims = [_claim("a", "2022-06-27", 16, "governor"), Claim("b-2", "b", date(2022, 7, 20), None, "killed", 3, "exact", 3, 3, 3, background=True)]
    assert reconcile(claims)["killed"].best == 16


@pytest.mark.skipif(not SEED.exists(), reason="the seed report is in ../shared/data (not part of the project)")
def test_seed_and_follow_ups_make_one_kremenchuk_incident_with_its_history(db_url):
    with Ledger(db_url) as ledger:
        seed_id, _ = ledger.ingest_text(SEED.read_text(encoding="utf-8"), published="2022-06-27", title="Russian missile strike on Kremenchuk mall")
        follow_ids = [ledger.ingest_text(text, published=day, title=title)[0] for day, title, text in FOLLOW_UPS]
        with ledger.engine.connect() as connection:
            from harmledger.store import linking

            incidents = {}
            for document_id in (seed_id, *follow_ids):
                lead = next(m for m in linking.document_mentions(connection, document_id) if m["kind"] == "event" and not m["background"])
                incidents[document_id] = lead["incident_id"]
            assert len(set(incidents.values())) == 1, incidents
            found = describe(connection, incidents[seed_id])
    assert found["incident"]["sources"] == 3
    assert [h["published"] for h in found["history"]] == ["2022-06-27", "2022-06-28", "2022-06-29"]
    assert [h["killed"] for h in found["history"]] == [16, 18, 20]
    assert found["figures"]["killed"]["best"] == 20
    assert found["incident"]["admin1"] == "Poltava"


SHOOTING = (
    "2019-04-14",
    "Shooting outside Dayton bar leaves one dead, two hurt",
    "DAYTON, Ohio — A 27-year-old man was killed and two other men were wounded early Sunday when gunfire broke out outside "
    "the Blue Heron Tavern on Wayne Avenue in Dayton, police said. The man who died was identified as Marcus Delaney Whitfield "
    "of Dayton. Police are looking for a gunman who fled on foot. The two wounded men were taken to a hospital with injuries "
    "that were not life-threatening.",
)
ARREST_MONTHS_LATER = (
    "2019-09-20",
    "Arrest made in Wayne Avenue tavern killing",
    "DAYTON, Ohio — Police on Friday arrested a man in the April killing of Marcus Delaney Whitfield, who was shot dead outside "
    "the Blue Heron Tavern on Wayne Avenue in Dayton. Terrence Okafor, 31, was charged with murder and two counts of felonious "
    "assault for wounding two other men in the shooting, police said. Whitfield, 27, was killed and two men were wounded when "
    "gunfire broke out outside the bar on April 14.",
)


def _lead_incident(connection, document_id):
    from harmledger.store import linking

    return next(m["incident_id"] for m in linking.document_mentions(connection, document_id) if m["kind"] == "event" and not m["background"])


@pytest.mark.parametrize("named", [True, False], ids=["names shared", "names left out"])
def test_a_follow_up_months_later_joins_the_incident_only_when_it_shares_a_name_in_full(db_url, named):
    """Five months on (beyond the 120 days a follow-up is looked for), an arrest report that names the
    victim and the bar in full still finds the shooting; told without those names, it opens an incident of its own."""
    day, title, text = ARREST_MONTHS_LATER
    if not named:
        for name, plain in (("Marcus Delaney Whitfield", "a 27-year-old man"), ("Terrence Okafor", "A man"), ("Whitfield", "The man"),
                            ("the Blue Heron Tavern on Wayne Avenue", "a bar")):
            text = text.replace(name, plain)
    with Ledger(db_url) as ledger:
        first, _ = ledger.ingest_text(SHOOTING[2], published=SHOOTING[0], title=SHOOTING[1])
        later, _ = ledger.ingest_text(text, published=day, title=title)
        with ledger.engine.connect() as connection:
            assert (_lead_incident(connection, first) == _lead_incident(connection, later)) is named


def test_reingest_adds_nothing_and_links_nothing_new(tmp_path):
    text = FOLLOW_UPS[0][2]
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        assert ledger.ingest_text(text, published="2022-06-28")[1]
        assert not ledger.ingest_text(text, published="2022-06-28")[1]
        assert ledger.count_incidents() >= 1


def test_every_placed_report_keys_its_incidents_cell_and_an_upgraded_ledger_gets_them(db_url):
    """A report placed right must find an incident whose first report was placed elsewhere: each
    report's own place keys its incident (migration 0011 adds the keys of ledgers linked before)."""
    from sqlalchemy import select

    from harmledger.link.linker import cell_key
    from harmledger.store.schema import link_keys, mentions

    def cells(ledger):
        with ledger.engine.connect() as connection:
            placed = connection.execute(select(mentions.c.incident_id, mentions.c.lat, mentions.c.lon).where(mentions.c.lat.is_not(None))).all()
            keyed = set(connection.execute(select(link_keys.c.key, link_keys.c.incident_id).where(link_keys.c.key.like("cell:%"))).all())
        return {(cell_key(lat, lon), incident) for incident, lat, lon in placed}, keyed

    with Ledger(db_url) as ledger:
        for day, title, text_ in FOLLOW_UPS:
            ledger.ingest_text(text_, published=day, title=title)
        expected, keyed = cells(ledger)
        assert expected and expected == keyed
    migrate(db_url, "0010", down=True)  # a ledger of 0010: no cell keys (and what later revisions changed undone)
    with Ledger(db_url) as ledger:
        assert cells(ledger) == (expected, expected)


THEATRE = (
    "2022-03-17",
    "Russian air strike hits Mariupol drama theater sheltering civilians",
    "A Russian air strike on Wednesday destroyed the drama theater in Mariupol where hundreds of civilians were sheltering, "
    "the city council said. At least 300 people were killed in the theater, officials in the besieged port city said.",
)


@pytest.mark.skipif(not SEED.exists(), reason="the seed report is in ../shared/data (not part of the project)")
def test_a_background_mention_joins_the_incident_it_recalls_without_changing_it(db_url):
    day, title, text = THEATRE
    with Ledger(db_url) as ledger:
        theatre_id, _ = ledger.ingest_text(text, published=day, title=title)
        seed_id, _ = ledger.ingest_text(SEED.read_text(encoding="utf-8"), published="2022-06-27")
        with ledger.engine.connect() as connection:
            from harmledger.store import linking

            theatre = next(m for m in linking.document_mentions(connection, theatre_id) if m["kind"] == "event")["incident_id"]
            recalled = [m for m in linking.document_mentions(connection, seed_id) if m["background"] and m["lat"] and abs(m["lat"] - 47.1) < 0.2]
            assert recalled and recalled[0]["incident_id"] == theatre
            found = describe(connection, theatre)
    assert found["incident"]["sources"] == 2
    assert found["incident"]["event_date"].isoformat() <= "2022-03-17"
    assert found["figures"]["killed"]["best"] == 300
    assert [h["published"] for h in found["history"]] == ["2022-03-17"]


TWO_CHICAGO_SHOOTINGS = (
    "A 16-year-old boy was killed and another teen was wounded Monday night in the Austin neighborhood on the West Side, "
    "Chicago Police said. The boy, Darnell Hughes, was shot in the chest in the 5000 block of West Madison Street and was taken to "
    "Stroger Hospital, where he was pronounced dead, according to the Cook County medical examiner's office.",
    "Four people were wounded early Sunday outside a convenience store in West Englewood on the South Side, Chicago Police said. "
    "The men were standing on South Ashland Avenue when someone opened fire from a passing car. Two were rushed to Mount Sinai "
    "Hospital and two were transported to Stroger Hospital in good condition, according to Cook County officials.",
)


def test_a_citys_police_county_and_hospitals_are_not_specifics_of_one_shooting():
    """Two Chicago shootings name the same police, county and trauma hospital; none of that is a name
    or a street they share, while each keeps its victim's name and its own street."""
    from harmledger.link.fingerprint import fingerprint

    first, second = (fingerprint(text, []) for text in TWO_CHICAGO_SHOOTINGS)
    assert not first.names.keys() & second.names.keys()
    assert not set(first.streets) & set(second.streets)
    assert "darnell_hughes" in first.names and "West Madison Street" in first.streets
    assert "South Ashland Avenue" in second.streets


def test_a_victims_name_that_opens_a_sentence_is_a_name_in_full():
    from harmledger.link.fingerprint import fingerprint

    found = fingerprint(
        "Police said a man was shot dead on Tuesday night. Darnell Hughes, 16, was found on the porch of a home. "
        "The Cook County medical examiner identified him on Wednesday. When Officers arrived, he was unresponsive.", []
    )
    assert "darnell_hughes" in found.names
    assert not any(term.startswith(("the_", "when_")) for term in found.names)


def test_ages_are_ages_not_days_of_the_month():
    from harmledger.link.fingerprint import fingerprint

    found = fingerprint(
        "FRANKLIN (Feb. 4, 2014) - On February 25, Cartrail Robertson, 13, was shot in the head. A 16-year-old was charged "
        "on March 1, police said. Posted: Friday, March 7, 2014.", []
    )
    assert found.ages == ("13", "16")


CAMERON_REPORTS = (
    (
        "2016-02-08",
        "One dead in Cameron accidental shooting",
        "CAMERON, W.Va. — A 24-year-old man died Sunday night after a gun went off inside a home on Church Street in Cameron, "
        "Marshall County sheriff's deputies said. Deputies said the man was handling a handgun with a friend when it fired, striking "
        "him in the chest. He was taken to Wheeling Hospital, where he was pronounced dead. No charges have been filed.",
    ),
    (
        "2016-02-09",
        "Cameron police say fatal shooting of man appears accidental",
        "Police in Cameron say a weekend shooting that left a young man dead looks like an accident. Chief Rob Wilson told "
        "reporters the victim and a friend were passing a pistol back and forth in a kitchen when it discharged. The friend called "
        "911 and tried to stop the bleeding. Investigators are waiting for autopsy results before deciding whether anyone will be charged.",
    ),
)


def _placed_report(day, title, text, town, state, lat, lon):
    from harmledger.link.features import Side
    from harmledger.link.fingerprint import fingerprint
    from harmledger.model import Mention, Place

    placed = Mention(kind="event", place=Place(None, town, state, "US", lat, lon))
    return Side(fingerprint(text, [placed], title=title, published=date.fromisoformat(day)), 1, lat, lon, date.fromisoformat(day) - timedelta(days=1))


def test_two_reports_of_one_shooting_placed_in_namesake_towns_still_match():
    """A second outlet's report names Cameron without its state and is geocoded to another state's Cameron,
    1,800 km from the first report's point, in other words than the first; both name the town, which
    outweighs the distance."""
    from harmledger.link.features import match_probability, threshold

    west_virginia = _placed_report(*CAMERON_REPORTS[0], "Cameron", "West Virginia", 39.83, -80.57)
    texas = _placed_report(*CAMERON_REPORTS[1], "Cameron", "Texas", 30.85, -96.98)
    assert match_probability(west_virginia, texas) > threshold()


def test_place_named_counts_the_reports_that_name_the_others_town_whichever_namesake_was_geocoded():
    from harmledger.link.features import place_named

    (day_a, title_a, text_a), (day_b, title_b, text_b) = CAMERON_REPORTS
    west_virginia = _placed_report(day_a, title_a, text_a, "Cameron", "West Virginia", 39.83, -80.57)
    texas = _placed_report(day_b, title_b, text_b, "Cameron", "Texas", 30.85, -96.98)  # the town's name, another state's namesake
    elsewhere = _placed_report(
        day_b, "Man shot dead in Moundsville", text_b.replace("Cameron", "Moundsville"), "Moundsville", "West Virginia", 39.92, -80.74
    )
    assert place_named(west_virginia, texas) == 1.0
    assert place_named(west_virginia, elsewhere) == 0.0
