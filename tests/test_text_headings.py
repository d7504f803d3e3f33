"""A live blog's or wire page's heading, kicker, byline or dateline stands on its own line with no final stop: it is
a sentence of its own, not the start of the report's lead; a hard-wrapped paragraph still runs on across its lines.
Written for these tests in the styles of Al Jazeera and Guardian live blogs, Reuters and AP wire pages, Radio
Dabanga and Kyiv Independent, about Gaza, Ukraine, Sudan and Nigeria."""

import pytest
from war_fixtures import lead, value

from harmledger.text.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text)]


@pytest.mark.parametrize("text, first", [
    ("Live updates: Israeli strikes across Gaza\nAt least 12 people were killed in a strike on a school in Nuseirat.",
     "Live updates: Israeli strikes across Gaza"),
    ("By Olena Harmash and Tom Balmforth\nA Russian missile struck a children's hospital in Kyiv on Monday.",
     "By Olena Harmash and Tom Balmforth"),
    ("Updated 20 July 2024 10:31 GMT\nShelling of a market in El Fasher killed 12 people on Friday.",
     "Updated 20 July 2024 10:31 GMT"),
    ("Borno attack (Reuters)\n\"We buried 23 people,\" a resident of Gwoza said on Sunday.", "Borno attack (Reuters)"),
])
def test_a_heading_line_is_a_sentence_of_its_own(text, first):
    assert texts(text)[0] == first
    assert len(texts(text)) == 2


def test_a_page_s_heading_kicker_and_byline_each_stand_alone():
    text = ("War in Ukraine\nGuided bomb attack on Kharkiv\nBy Kyiv Independent news desk\n"
            "A Russian guided bomb hit a supermarket in Kharkiv on Friday, killing four people.")
    assert texts(text) == ["War in Ukraine", "Guided bomb attack on Kharkiv", "By Kyiv Independent news desk",
                           "A Russian guided bomb hit a supermarket in Kharkiv on Friday, killing four people."]


@pytest.mark.parametrize("text", [
    # a line that stops on a preposition, article or conjunction runs on, even before a name
    "Israeli jets struck a house in\nKhan Younis on Friday, killing 11 people.",
    "RSF fighters stormed the village and\nKilled 40 people, residents said.",
    # a paragraph wrapped at a width: most of its lines run on to a lower-case word
    "A Russian drone hit a minibus near Nikopol on Saturday morning\nkilling two women and wounding three other\n"
    "passengers, the regional governor Serhiy Lysak said on\nTelegram after the attack on the city's outskirts",
])
def test_a_wrapped_line_runs_on(text):
    assert len(texts(text)) == 1


@pytest.mark.parametrize("text, killed", [
    ("Live updates: Israeli strikes across Gaza\nAt least 12 people were killed in a strike on a school in Nuseirat, "
     "the civil defence agency said.\nIn Rafah, three people died in a separate strike, medics said.", 12),
    ("Sudan war updates\nUpdated 20 July 2024 10:31 GMT\nShelling of a market in El Fasher killed 15 people on "
     "Friday, medics said.", 15),
    ("Nigeria: Boko Haram attack\nBy Premium Times reporter\nSuspected Boko Haram fighters killed 23 farmers near "
     "Gwoza on Saturday, residents said.", 23),
])
def test_the_lead_is_the_report_s_first_sentence_not_the_heading_s_run_on(text, killed):
    assert value(lead(text).killed) == killed


@pytest.mark.parametrize("text", [
    "Kherson\nA 71-year-old woman was wounded by Russian shelling on Friday morning, the regional administration said.",
    "09:40 Deir al-Balah\nTwo people were killed when a drone hit a car near the hospital, medics said.",
    "Nyala, 11:20\nRSF shelling hit a market, killing five people, the emergency lawyers group said.",
])
def test_a_live_entry_s_dateline_runs_on_into_the_entry_it_places(text):
    assert len(texts(text)) == 1
