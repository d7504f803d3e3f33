"""Session 25's review of round 26's figures (mend-figures): a breakdown by place read from a word that is no number
("- police in Kherson said") or from a town's districts ("a strike on Kharkiv killed nine - four in Saltivka and five
in ..."), the other side's dead merged across days and places, a toll an official "had put" read as superseded, the
dead and the rescued under the rubble read as missing, and a relation with no age ("His wife died") not counted.
Each case failed on main f9a2806."""

import pytest
from war_fixtures import lead, value

from harmledger.extract import extract


def _events(text, published="2024-05-08"):
    return [m for m in extract(text, published) if not m.background]


@pytest.mark.parametrize("text", [
    "Russian shelling killed three people in Kherson on Monday - police in Kherson said two more people were killed "
    "in a separate strike on Nikopol.",
    "Russian shelling killed three people in Kherson on Monday - officials in Kyiv said two more civilians were "
    "wounded in Nikopol.",
    "Shelling killed three people in Kherson on Monday: residents in Kherson said the attack lasted an hour.",
])
def test_a_word_that_is_no_number_breaks_no_toll_down(text):
    mentions = _events(text)
    assert all(m.kind == "event" for m in mentions)
    assert value(mentions[0].killed) == 3 and mentions[0].place.name == "Kherson"


@pytest.mark.parametrize("text", [
    "A Russian missile strike on Kharkiv killed nine civilians on Thursday - four in Saltivka and five in "
    "Kholodnohirskyi district.",
    "A Russian missile strike on Kharkiv killed nine civilians on Thursday - four in Building 5 and five in Building 7.",
    "A Russian glide bomb attack on Kharkiv killed nine people on Thursday: four in April Street and five in the "
    "market, the mayor said.",
])
def test_a_towns_toll_broken_down_by_its_districts_is_one_incident(text):
    mentions = _events(text)
    assert [(m.kind, value(m.killed), m.place.name) for m in mentions] == [("event", 9, "Kharkiv")]


def test_an_areas_toll_broken_down_by_town_stays_an_aggregate():
    mentions = _events("Russian strikes killed 17 people in eastern Ukraine on Friday - twelve in Kharkiv and five "
                       "in Zaporizhzhia, officials said.")
    assert [value(m.killed) for m in mentions if m.kind == "aggregate"] == [17]
    assert sorted(value(m.killed) for m in mentions if m.kind == "event") == [5, 12]


def test_a_breakdown_is_sought_only_where_a_run_of_white_space_begins():
    """Not from every space of a run: each try would scan the rest of the run (quadratic on long runs)."""
    from harmledger.extract.counts import BREAKDOWN_BY_PLACE
    text = "Strikes killed nine people in Ukraine    - four in Kyiv and five in Lviv."
    run = text.index("    ")
    assert BREAKDOWN_BY_PLACE.match(text, run) is not None
    assert [i for i in range(run + 1, run + 4) if BREAKDOWN_BY_PLACE.match(text, i)] == []


@pytest.mark.parametrize("text, published, killed", [
    ("Militants killed five soldiers in an attack on a base in Maiduguri on Monday. On Wednesday, troops killed 10 "
     "militants in Damaturu.", "2024-05-10", [5, 10]),
    ("Militants killed five soldiers in an attack on a base in Borno on Monday. Troops later killed 10 militants in "
     "Yobe.", "2024-05-10", [5, 10]),
    ("Al-Shabaab fighters killed four soldiers at a checkpoint near Mogadishu on Tuesday. On Thursday, the army said "
     "it had killed 20 militants in an operation in Kismayo.", "2024-05-10", [4, 20]),
    # pinned: the other side's dead of one clash, same day and town, are one incident's
    ("Militants attacked a base in Maiduguri on Monday, killing five soldiers. Troops killed 10 militants in the "
     "fighting.", "2024-05-10", [15]),
])
def test_the_other_sides_dead_on_another_day_or_place_are_another_incident(text, published, killed):
    assert [value(m.killed) for m in _events(text, published)] == killed


@pytest.mark.parametrize("text, killed", [
    ("Gunmen attacked a village in Zamfara on Monday, killing 12 people. By Tuesday evening, officials had put the "
     "death toll at 30.", 30),
    ("Bandits raided a market in Katsina on Sunday, killing nine people. Police had put the death toll at 21 by "
     "Monday.", 21),
    # pinned: a toll told as earlier is still superseded
    ("Gunmen killed 30 people in a village in Zamfara on Monday. Officials initially put the death toll at 12.", 30),
])
def test_a_toll_officials_had_put_is_the_latest(text, killed):
    assert value(lead(text, "2024-05-10").killed) == killed


@pytest.mark.parametrize("text, missing", [
    ("An airstrike hit a building in Gaza City on Monday, killing 12 people; the bodies of five others remain under "
     "the rubble.", None),
    ("An airstrike hit a building in Gaza City on Monday. Rescuers pulled out three people still trapped under the "
     "rubble alive.", None),
    ("A missile struck an apartment block in Dnipro on Sunday. Emergency workers rescued four people trapped under "
     "the debris.", None),
    # pinned: the buried whose fate is not told are missing
    ("An airstrike hit a building in Gaza City on Monday, killing 12 people; five others remain under the rubble.", 5),
    ("A missile struck an apartment block in Dnipro on Sunday. Rescuers said four people are still trapped under the "
     "rubble.", 4),
])
def test_the_dead_and_the_rescued_under_the_rubble_are_not_missing(text, missing):
    assert value(lead(text, "2024-05-10").missing) == missing


@pytest.mark.parametrize("text, killed", [
    ("A man, 71, was shot dead in Dayton on Saturday. His wife died in hospital on Sunday.", 2),
    ("A woman, 64, was killed when a shell hit her house in Kherson on Friday. Her husband died in hospital hours "
     "later, the governor said.", 2),
    ("A man, 52, was killed in a drone strike on his car near Sumy on Monday. His elder son died of his wounds "
     "overnight.", 2),
    # pinned: with an age, and the same relation told again
    ("A man, 71, was shot dead in Dayton on Saturday. His wife, 68, died in hospital on Sunday.", 2),
    ("Police say the man shot and killed his wife inside their home on Elm Street. His wife died at the scene.", 1),
])
def test_a_relation_with_no_age_is_counted(text, killed):
    assert value(lead(text, "2024-05-10").killed) == killed
