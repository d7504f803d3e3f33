"""Issue 11, leftovers of the ACLED notes of other years (tests/test_acled38_types.py's strict xfails, dates38's note).

- A note that opens on a month of a year ("In mid-April 2012, ...", "In April 2012, ...") written that month or in the
  days after it tells its news so: the history cue "in <month> <year>" (data/sentence_cues.json) no longer makes it
  background there. The same words in a report written a year or more later ("In March 2022, Russian forces killed
  ... in Bucha" published in 2024) are history, as are a year named alone ("in 2015") and a time counted back ("last
  month") whenever told (extract.pipeline).
- A camp, base or post named after an army or an armed group by any of its names in data/slot_actors.json ("a FAMa
  camp", "a SAF base", "an RSF post") is a military one: attacking it is a clash, not an attack on a displacement camp.
- A suicide bomber or a bomb that strikes a protest, a rally or a march is the bombing (ACLED codes the explosion), ranked
  above the protest rules; a protest against a bombing, or met with force, stays a protest.
"""

import pytest

from harmledger.extract import extract
from harmledger.extract.classify import classify

BATTLES, CIVILIANS = "Battles", "Violence against civilians"


def backgrounds(text: str, published: str) -> list[bool]:
    return [mention.background for mention in extract(text, published)]


# a month of a year named in a note or report written that month or within a month after it: the news
TOLD_AS_THE_NEWS = [
    ('In mid-April 2012, unidentified armed men killed two traders near Kidal (Kidal, Mali). 2 fatalities.',
     '2012-04-15'),
    ('In April 2012, MNLA rebels killed three soldiers near Tessalit (Kidal). 3 fatalities.', '2012-04-30'),
    ('In April 2012, MNLA rebels killed three soldiers near Tessalit (Kidal). 3 fatalities.', '2012-05-02'),
    ('In early June 2015, Boko Haram fighters killed 7 villagers in Kukawa (Borno). 7 fatalities.', '2015-06-05'),
    ('In late March 2022, Russian forces shelled Mykolaiv, killing 12 people, regional officials said.',
     '2022-03-31'),
    ('Gunmen killed 14 worshippers at a mosque in Katsina in November 2026, police said.', '2026-11-28'),
]

# the same words told a year or more later, a year named alone, a month counted back: history
TOLD_AS_HISTORY = [
    ('In March 2022, Russian forces killed 17 civilians in Bucha, prosecutors said.', '2024-03-20'),
    ('In March 2022, Russian forces killed 17 civilians in Bucha, prosecutors said.', '2023-03-20'),
    ('In April 2012, MNLA rebels killed three soldiers near Tessalit.', '2012-08-10'),
    ('In January 2015, Boko Haram killed 40 people in Baga, according to Amnesty International.', '2016-01-20'),
    ('In 2015, Boko Haram killed 40 people in Baga.', '2015-01-09'),
    ('Last month, a gunman killed three people at a bar in Tulsa.', '2026-11-28'),
]


@pytest.mark.parametrize("text, published", TOLD_AS_THE_NEWS)
def test_a_month_of_the_report_s_own_days_is_the_news(text, published):
    assert backgrounds(text, published) == [False]


@pytest.mark.parametrize("text, published", TOLD_AS_HISTORY)
def test_a_month_long_past_is_history(text, published):
    assert backgrounds(text, published) == [True]


def test_a_note_with_no_published_day_keeps_the_cue():
    assert backgrounds('In March 2022, Russian forces killed 17 civilians in Bucha, prosecutors said.', None) == [True]


def test_a_later_history_cue_still_counts_after_a_recent_month():
    """The recent month is skipped, not the sentence: a history cue after it still makes it history."""
    # tolls46: no longer "..., echoing earlier attacks by bandits": a trailing clause likening the news to older
    # attacks is the history, the figure before it the news (tests/test_tolls46_reports.py); a year told after is history
    assert backgrounds('In November 2026, a court in Gusau heard how gunmen killed 12 people in Zamfara in 2019.',
                       '2026-11-28') == [True]


# a camp, a base or a post named after a force is fought over; a displacement camp or a post office is civilians'
@pytest.mark.parametrize("note, event_type, sub_event_type", [
    ("On 2 March 2019, JNIM militants attacked a FAMa camp in Dioura (Mopti). 21 fatalities.", BATTLES, "Armed clash"),
    ("RSF fighters attacked a SAF base in El Obeid (North Kordofan), killing 12 soldiers.", BATTLES, "Armed clash"),
    ("On 5 June 2021, ADF militants attacked a FARDC camp near Beni (Nord-Kivu). 4 fatalities.", BATTLES, "Armed clash"),
    ("Militants raided an IDF post near Kissufim and killed two soldiers.", BATTLES, "Armed clash"),
    ("Al-Shabaab fighters overran an ENDF camp near Yeed (Bakool). 30 fatalities.", BATTLES, "Armed clash"),
    ("Fano militiamen attacked an ENDF base outside Debre Markos, killing seven soldiers.", BATTLES, "Armed clash"),
    ("On 2 February 2020, ISWAP fighters attacked an IDP camp near Dikwa (Borno) and killed civilians. 6 fatalities.",
     CIVILIANS, "Attack"),
    ("Gunmen attacked a camp for displaced people in Djibo, killing 15 civilians.", CIVILIANS, "Attack"),
    ("RSF fighters attacked the Zamzam displacement camp, killing 40 civilians.", CIVILIANS, "Attack"),
    ("On 4 June 2020, gunmen attacked a post office in Kidal (Mali) and killed two civilians. 2 fatalities.",
     CIVILIANS, "Attack"),
    # a country's name before a camp for the displaced names where they fled, not whose army it is
    ("Militants attacked a Malian camp for displaced people near Gao on Sunday, killing 12.", CIVILIANS, "Attack"),
    ("On 9 May 2022, CODECO militiamen raided a Congolese camp of displaced families near Djugu (Ituri). "
     "9 fatalities.", CIVILIANS, "Attack"),
    ("Gunmen stormed a Sudanese camp for refugees in Adre (Ouaddai, Chad), killing four civilians.", CIVILIANS, "Attack"),
])
def test_whose_camp_was_attacked(note, event_type, sub_event_type):
    found = classify(note)
    assert (found.event_type, found.sub_event_type) == (event_type, sub_event_type)


def test_fama_names_mali_s_army_as_the_doer():
    assert classify("FAMa soldiers killed 12 civilians in Moura (Mopti).").perpetrator == "Mali"


@pytest.mark.parametrize("note, sub_event_type", [
    ("On 23 July 2016, a suicide bomber killed 80 people at a protest in Kabul (Afghanistan). 80 fatalities.",
     "Suicide bomb"),
    ("Two suicide bombers blew themselves up among demonstrators outside Ankara's main train station, killing 103.",
     "Suicide bomb"),
    ("A suicide attacker struck a crowd of protesters in Quetta on Friday, killing 12, police said.", "Suicide bomb"),
    ("A bomb exploded at an anti-government rally in Kharkiv, killing three people.",
     "Remote explosive/landmine/IED"),
    ("On 8 March 2015, militants detonated an IED during a sit-in in Peshawar (Khyber Pakhtunkhwa). 4 fatalities.",
     "Remote explosive/landmine/IED"),
])
def test_a_bombing_that_strikes_a_protest_is_the_bombing(note, sub_event_type):
    found = classify(note)
    assert (found.event_type, found.sub_event_type) == ("Explosions/Remote violence", sub_event_type)


@pytest.mark.parametrize("note, sub_event_type", [
    ("Hundreds protested in Kabul on Sunday against the suicide bombing of a school.", "Peaceful protest"),
    ("Security forces killed 5 protesters during a demonstration in Khartoum.", "Excessive force against protesters"),
    ("Police fired tear gas at protesters marching on parliament in Nairobi.", "Protest with intervention"),
])
def test_a_protest_against_a_bombing_or_met_with_force_stays_a_protest(note, sub_event_type):
    found = classify(note)
    assert (found.event_type, found.sub_event_type) == ("Protests", sub_event_type)
