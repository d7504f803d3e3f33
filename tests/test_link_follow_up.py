"""Follow-ups (a plea, a second outlet's report) find the shooting they tell, and a report that tells two
incidents' shooting makes them one."""

from datetime import date, timedelta

from harmledger.ledger import Ledger
from harmledger.link.features import Side, follows_up, match_probability, threshold
from harmledger.link.fingerprint import fingerprint
from harmledger.model import Mention, Place
from harmledger.store import linking

SHOOTING = (
    "2016-07-24",
    "Man fatally shot, another wounded outside Hamilton bar",
    "HAMILTON, Ohio — A man was shot dead and another man was wounded early Sunday outside Doubles Bar on Pleasant Avenue, "
    "Hamilton police said. The man who died was identified as Dustin Cole McKinney, 29. Police said the gunman, identified as "
    "Cornell Jamal Bradley, 33, fled in a car and a warrant has been issued for his arrest. The wounded man was taken to Fort "
    "Hamilton Hospital with injuries that were not life-threatening.",
)
PLEA = (
    "2017-01-24",
    "Man pleads guilty in fatal shooting outside Hamilton bar",
    "A Hamilton man pleaded guilty on Tuesday to murder for a killing last summer. Cornell Jamal Bradley, 33, admitted "
    "that he shot a man to death and wounded another outside a bar, prosecutors said. He faces life in prison when he is "
    "sentenced in March. His lawyer said Bradley regrets what happened.",
)
ANOTHER_PLEA = (
    "2017-01-24",
    "Man pleads guilty in Hamilton killing",
    "A Hamilton man pleaded guilty on Tuesday to murder for a killing last summer. Travis Lee Hollins, 27, admitted "
    "that he shot his neighbour to death during an argument on Grand Boulevard, prosecutors said. He faces life in prison when he is "
    "sentenced in March. His lawyer said Hollins regrets what happened.",
)
HAMILTON = ("Hamilton", "Ohio", 39.40, -84.56)


def _side(day, title, text, town, state, lat, lon):
    placed = Mention(kind="event", place=Place(None, town, state, "US", lat, lon))
    published = date.fromisoformat(day)
    return Side(fingerprint(text, [placed], title=title, published=published), 1, lat, lon, published - timedelta(days=1))


def test_a_plea_months_later_placed_in_the_suspects_namesake_town_matches_the_shooting_it_names():
    """Six months on, a plea report names the gunman in full and is placed 700 km away (the geocoder read his first
    name as a town in Wisconsin): a follow-up is told late and often elsewhere, so neither weighs as much against it.
    Another plea from the same town and day, naming no one the shooting names, stays apart."""
    shooting = _side(*SHOOTING, *HAMILTON)
    assert follows_up(_side(*PLEA, *HAMILTON).fingerprint) and not follows_up(shooting.fingerprint)
    assert match_probability(shooting, _side(*PLEA, "Cornell", "Wisconsin", 45.17, -91.15)) > threshold()
    assert match_probability(shooting, _side(*ANOTHER_PLEA, *HAMILTON)) < threshold()


def test_a_title_said_before_a_name_is_not_part_of_it():
    """One report names "Detroit Police Chief Renard Tillman", another "Chief Renard Tillman": one person, one name and key."""
    first = fingerprint("A 14-year-old boy was shot dead on Sunday, Detroit Police Chief Renard Tillman said at a news briefing.", [])
    second = fingerprint("A boy, 13, was detained in the killing, and Chief Renard Tillman asked the public for patience.", [])
    assert "renard_tillman" in first.names.keys() & second.names.keys()
    assert "renard_tillman" in set(first.keys) & set(second.keys)


GILMER_COUNTY = (
    (
        "10-year-old boy fatally shot in head in Gilmer County",
        "GLENVILLE, W.Va. — A 10-year-old boy died Saturday after he was shot in the head at a home on Sand Fork Road in Gilmer County, "
        "state police said. Troopers said the boy was playing with another child when a rifle went off. He was flown to Ruby Memorial "
        "Hospital in Morgantown, where he died. Trooper Troy Hawkins said no charges have been filed.",
    ),
    (
        "Ten-year-old boy dead following accidental shooting",
        "A ten-year-old boy is dead after what investigators are calling an accidental shooting on Saturday afternoon. Investigators said "
        "two children found a loaded gun in a bedroom closet while their parents were outside. Family members called 911, but the boy "
        'died at the hospital. "He was the sweetest kid," said neighbour Carla Mae Stout. The investigation is continuing.',
    ),
    (
        "Accidental shooting takes life of 10-year-old West Virginia boy",
        "GLENVILLE, W.Va. — A 10-year-old Gilmer County boy is dead after an accidental shooting on Sand Fork Road on Saturday afternoon, "
        "state police said. Trooper Troy Hawkins said two children found a loaded rifle in a bedroom closet while their parents were "
        "outside, and it went off, striking the boy in the head. Family members called 911. He died at Ruby Memorial Hospital. "
        "The boy loved to fish, said neighbour Carla Mae Stout.",
    ),
)


def test_a_report_that_tells_both_incidents_of_one_shooting_makes_them_one(tmp_path):
    """The first two reports of one day share too little to link (one names the road and the trooper, the other
    neither, nor its town); a third tells what both told, leads of each, and the three make one incident."""
    with Ledger(f"sqlite:///{tmp_path}/ledger.db") as ledger:
        documents = [ledger.ingest_text(text, published="2016-11-19", title=title)[0] for title, text in GILMER_COUNTY]
        with ledger.engine.connect() as connection:
            incidents = {m["incident_id"] for d in documents for m in linking.document_mentions(connection, d) if m["kind"] == "event"}
    assert len(incidents) == 1
