"""War reports of a sixteenth round (issue 11, session 20), written for these tests in the styles of AP,
Reuters, Ukrinform, Al Jazeera, Radio Dabanga, Premium Times and Zitamar/Lusa: a nationwide toll told with
the share one attack took of it ("killed at least 11 people across Ukraine overnight, including four in a
missile attack on a hospital in Kyiv": the share is an incident of its own, the toll stays an aggregate),
and a speaker's own town or state ("the bishop of Pemba said", "the governor of Sokoto said") that must not
place an attack the sentence places elsewhere. Guards keep a breakdown of the victims ("including four
children") inside the figure, and a speaker's town where the sentence names no other place.
Places are checked within 25 km of where the town lies."""

import pytest
from war_fixtures import km_from, lead, value

from harmledger.extract import extract
from harmledger.extract.counts import find_counts


@pytest.mark.parametrize("text, toll, share, lat, lon", [
    # AP, Reuters, Ukrinform: a night's strikes across Ukraine, one attack's dead told after "including"
    ("Russian strikes killed at least 11 people across Ukraine overnight, including four in a missile attack on a "
     "hospital in Kyiv, officials said on Saturday.", 11, 4, 50.45, 30.52),
    ("Russian drone and missile attacks killed 14 civilians across Ukraine on Friday, including six in a strike on "
     "an apartment block in Dnipro, regional authorities said.", 14, 6, 48.47, 35.04),
    ("Russian shelling and drone attacks killed at least nine people across the Kharkiv region over the past day, "
     "including five in an attack on a village near Kupiansk, Governor Oleh Syniehubov said.", 9, 5, 49.71, 37.62),
    # Al Jazeera, Reuters: across the Strip, one strike's share
    ("Israeli strikes killed at least 32 people across the Gaza Strip on Tuesday, including 14 in a strike on a "
     "school sheltering displaced families in Nuseirat, the civil defence agency said.", 32, 14, 31.45, 34.39),
    ("At least 40 Palestinians were killed across Gaza since dawn, including 12 killed in an air strike on a tent "
     "camp in Khan Younis, medics told Al Jazeera.", 40, 12, 31.35, 34.30),
    # Radio Dabanga, Sudan Tribune: across Darfur
    ("RSF attacks killed at least 40 people across Darfur over the weekend, including 15 in a drone strike on a "
     "market in El Fasher, medics said.", 40, 15, 13.63, 25.35),
    # the toll's own list of places before the share: the cut falls at "including", not at the first comma
    ("Paramilitary shelling killed at least 27 people across Kordofan, Darfur and the Blue Nile on Sunday, "
     "including 11 in an attack on a displacement camp near El Obeid, the Sudan Doctors Network said.",
     27, 11, 13.18, 30.22),
])
def test_one_attacks_share_of_a_nationwide_toll_is_an_incident_of_its_own(text, toll, share, lat, lon):
    mentions = extract(text, "2026-11-21")
    assert [value(m.killed) for m in mentions if m.kind == "aggregate"] == [toll]
    event = lead(text, "2026-11-21")
    assert value(event.killed) == share
    assert km_from(event.place, lat, lon) < 25


@pytest.mark.parametrize("text, share", [
    ("Russian strikes killed 11 people across Ukraine, including four in a missile attack on Kyiv.", 4),
    ("Airstrikes killed 20 people in the north, including at least seven in a raid on a market in Idlib.", 7),
])
def test_the_share_is_a_figure_in_the_tolls_slot(text, share):
    figures = find_counts(text)
    assert [f.slot for f in figures] == ["killed", "killed"]
    assert figures[1].value == share


@pytest.mark.parametrize("text, total", [
    # guards: a breakdown of the victims is no share; no attack named after the number, no second figure
    ("Russian strikes killed 11 people across Ukraine overnight, including four children.", 11),
    ("A missile strike on Odesa killed nine people, including two children, the governor said.", 9),
    ("Russian attacks killed 11 people across Ukraine, including four in the Donetsk region.", 11),
])
def test_a_breakdown_of_the_victims_is_no_share(text, total):
    assert [f.value for f in find_counts(text)] == [total]


@pytest.mark.parametrize("text, lat, lon", [
    # Zitamar, Lusa, Premium Times, Daily Trust: a speaker's own town or state names whom they serve
    ("Insurgents attacked villages in Macomia district, killing at least 12 civilians, the bishop of Pemba said "
     "on Monday.", -12.24, 40.12),
    ("Gunmen killed 20 people in Tsafe on Sunday, the governor of Katsina said.", 11.96, 6.92),
    ("Bandits attacked worshippers in Bakura, killing 14 people, the emir of Gusau told reporters.", 12.72, 5.93),
])
def test_a_speakers_own_town_does_not_place_the_attack(text, lat, lon):
    assert km_from(lead(text, "2026-11-21").place, lat, lon) < 25


def test_a_speakers_own_town_does_not_place_an_attack_told_in_another_state():
    mention = lead("Gunmen killed 20 people in Zamfara state on Sunday, the governor of Sokoto said.", "2026-11-21")
    assert (mention.place.admin1, mention.place.country) == ("Zamfara", "NG")


@pytest.mark.parametrize("text, lat, lon", [
    # guards: where the sentence names no other place, the speaker's town is the best there is
    ("Insurgents killed 12 civilians on Sunday, the bishop of Pemba said.", -12.97, 40.52),
    ("A Russian drone hit a bus on Monday, killing two people, the mayor of Kherson said.", 46.64, 32.61),
])
def test_a_speakers_town_stays_where_no_other_place_is_told(text, lat, lon):
    assert km_from(lead(text, "2026-11-21").place, lat, lon) < 25


def test_a_share_of_the_wounded_is_an_incident_of_its_own():
    text = ("Russian strikes wounded at least 30 people across Ukraine overnight, including 12 in a drone attack on "
            "Odesa, officials said.")
    assert [value(m.injured) for m in extract(text, "2026-11-21") if m.kind == "aggregate"] == [30]
    event = lead(text, "2026-11-21")
    assert value(event.injured) == 12
    assert km_from(event.place, 46.48, 30.73) < 25
