"""Mends of review27a's findings in session 27's merged work, each on new sentences of several outlets' styles:

- a day right after an incident noun is that incident's, though "buried" follows ("A Russian missile strike on
  Wednesday buried dozens of residents under the rubble"), and a strike that "buried" people under rubble or debris
  buries no dead (extract.when._mourned_after);
- a headline dates its text's undated incident only by a single day of its own, not the day of another event it is
  counted from ("a week after November 20 attack", "ahead of Saturday's vote") nor a month (extract.headline);
- a peaceful protest is coded by how it was met only in the sentence straight after it, and not when that sentence
  opens on another time or story ("Last year, police fired tear gas ...", "Separately, ...") (extract.classify);
- "claimed by" names a claim and its group only after an attack noun ("The attack ... was later claimed by JNIM"),
  not of victims or land claimed (data/slot_actors.json);
- the event a harm came before ("on the eve of the election on 21 November", "hours before ... on Friday") is read
  ahead where read back it lies in the year before or six days or more back, the harm's day clipped to publication
  (extract.when._read_forward).
"""

from datetime import date

import pytest

from test_dates38_probes import N
from test_dates44_probes import scored_when

from harmledger.extract.classify import classify


@pytest.mark.parametrize("text, published, expected", [
    ('A Russian missile strike on Wednesday buried dozens of residents under the rubble of an apartment block in '
     'Dnipro, killing at least 12 people.', '2026-11-27', (N(25), N(25), 'day')),
    ('An Israeli airstrike on Tuesday buried a family beneath the debris of their home in Jabalia, killing seven '
     'people, medics said.', '2026-11-26', (N(24), N(24), 'day')),
    ('A Russian drone attack late on Saturday buried two residents under the rubble of a house in Kharkiv, killing '
     'one of them.', '2026-11-30', (N(28), N(28), 'day')),
])
def test_a_strike_that_buried_people_under_rubble_keeps_its_day(text, published, expected):
    assert scored_when(text, published, None) == expected


def test_the_dead_buried_on_a_day_are_still_mourned_on_it():
    text = ('Residents of Kramatorsk on Sunday buried the five people killed in a Russian missile strike on the '
            "town's centre.")
    assert scored_when(text, '2026-11-25', None)[2] != 'day'


UNDATED_KILLING = 'Gunmen attacked a polling unit in Lokoja, killing four people, police said.'


@pytest.mark.parametrize("title", [
    'Gunmen kill 4 in Kogi, a week after November 20 attack',
    "Four killed in Kogi ahead of Saturday's governorship vote",
    "Kogi gunmen kill 4 in November's deadliest day",
])
def test_a_headline_day_of_another_event_or_a_month_does_not_date_the_text(title):
    assert scored_when(UNDATED_KILLING, '2026-11-27', title) == (N(26), N(27), 'day')


@pytest.mark.parametrize("title", [
    'Gunmen kill 4 in Kogi on November 25',
    "Gunmen kill 4 at Kogi polling unit on Wednesday",
])
def test_a_headline_day_of_its_own_dates_the_text(title):
    assert scored_when(UNDATED_KILLING, '2026-11-27', title) == (N(25), N(25), 'day')


@pytest.mark.parametrize("text", [
    'Thousands of students marched peacefully in Colombo on Monday. Last year, police fired tear gas to disperse a '
    'protest in Kandy.',
    'Thousands of students marched peacefully in Colombo on Monday. In June 2024 police shot dead 60 protesters.',
    'Teachers held a sit-in in Kathmandu on Sunday. Separately, police arrested 12 protesters in Pokhara.',
    'Farmers rallied peacefully outside parliament in Nairobi. The march ended without incident. Two weeks ago, '
    'police fired tear gas at traders protesting in Mombasa.',
])
def test_a_peaceful_protest_is_not_met_by_another_protest_s_force(text):
    assert classify(text).sub_event_type == 'Peaceful protest'


@pytest.mark.parametrize("text, sub_event_type", [
    ('Students marched in Colombo on Monday. Police fired tear gas and water cannon to disperse them.',
     'Protest with intervention'),
    ('Hundreds of garment workers demonstrated outside a factory in Gazipur. Police arrested 15 of the marchers.',
     'Protest with intervention'),
])
def test_a_protest_met_with_force_in_the_next_sentence_is_coded_by_it(text, sub_event_type):
    assert classify(text).sub_event_type == sub_event_type


@pytest.mark.parametrize("text", [
    'The number of victims claimed by JNIM this year has doubled, a UN report said.',
    'The area is claimed by both Mali and Burkina Faso.',
    'The town, claimed by Russia since 2022, was shelled on Monday, killing two people.',
])
def test_victims_or_land_claimed_by_a_side_are_no_claim_of_an_attack(text):
    assert classify(text).attribution != 'claimed'


@pytest.mark.parametrize("text, perpetrator", [
    ('The suicide bombing at a market in Mogadishu was swiftly claimed by al-Shabaab.', 'Al-Shabaab'),
    ('The raid on the army post in Djibo, which killed 12 soldiers, was later claimed by JNIM.', 'JNIM'),
    ('The ambush, claimed by ISWAP, killed seven soldiers near Monguno.', 'ISWAP'),
])
def test_an_attack_claimed_by_a_group_names_the_group_and_the_claim(text, perpetrator):
    found = classify(text)
    assert (found.perpetrator, found.attribution) == (perpetrator, 'claimed')


@pytest.mark.parametrize("text, published, expected", [
    ('Gunmen killed nine people in Plateau state on the eve of the governorship election on 21 November, police '
     'said.', '2026-11-20', (N(20), N(20), 'day')),
    ('Two days before the talks in Jeddah on 28 November, RSF drones struck a fuel depot in Port Sudan, killing four '
     'workers.', '2026-11-27', (N(26), N(26), 'day')),
    ('A day before the election on 3 January, gunmen killed six people in Kasai, officials said.', '2026-01-02',
     (date(2026, 1, 2), date(2026, 1, 2), 'day')),
    ('Russian drones killed three people in Kharkiv hours before Zelensky was due to meet Trump on Friday, officials '
     'said.', '2026-11-26', (N(26), N(26), 'day')),
    ('Russian missiles struck Zaporizhzhia hours before peace talks in Istanbul on Tuesday, killing three people.',
     '2026-11-23', (N(23), N(23), 'day')),
])
def test_the_event_a_harm_came_before_is_read_ahead(text, published, expected):
    assert scored_when(text, published, None) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Gunmen killed four people in Kogi state on the eve of Saturday's governorship election, police said.",
     '2026-11-28', (N(27), N(27), 'day')),
    ('On the eve of peace talks in Istanbul on Thursday, Russian drones killed five people in Odesa.', '2026-11-28',
     (N(25), N(25), 'day')),
])
def test_an_event_just_past_stays_past(text, published, expected):
    assert scored_when(text, published, None) == expected


def test_force_met_in_another_town_is_another_protest_s():
    text = ('Opposition supporters rallied peacefully in Harare on Saturday. Police fired tear gas at protesters in '
            'Bulawayo.')
    assert classify(text).sub_event_type == 'Peaceful protest'


def test_force_met_in_the_same_town_is_the_protest_s():
    text = 'Opposition supporters rallied in Harare on Saturday. Police fired tear gas at protesters in Harare.'
    assert classify(text).sub_event_type == 'Protest with intervention'
