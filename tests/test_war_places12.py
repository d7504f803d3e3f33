"""Places of war reports read with their headline (issue 11): wire and broadcast copy often names the town
only in the headline ("Russian strike on Kharkiv kills 3") and tells the attack in the text by its target and
its speaker alone, or names only the region. The headline's town places a lead incident whose text names no
place or only the region the town lies in; the text's own town outranks it, and a headline that shortens the
text's region ("Sumy" over "the Sumy region") is the region. Reports written for these tests in the styles of
Reuters, AP, AFP, Al Jazeera, Radio Dabanga and Premium Times; towns are checked within 25 km."""

import pytest
from war_fixtures import km_from, titled_lead


@pytest.mark.parametrize("text, title, lat, lon", [
    # Reuters, AP: the city in the headline only
    ("Three people were killed and 12 wounded when a Russian missile hit an apartment block overnight, the "
     "regional governor said on Telegram.", "Russian strike on Kharkiv kills 3", 49.99, 36.23),
    ("At least 12 Palestinians, including four children, were killed when an Israeli air strike hit a school "
     "sheltering displaced families on Saturday, the civil defence agency said.",
     "Israeli strike on Nuseirat school kills 12, Gaza civil defence says", 31.45, 34.39),
    # Radio Dabanga, AFP: Darfur
    ("Nine civilians were killed and 20 wounded when the Rapid Support Forces shelled a crowded market on "
     "Sunday, a local resistance committee said.", "RSF shelling kills nine in El Fasher market", 13.63, 25.35),
    # Premium Times: the headline's town in the state the text names
    ("At least 18 people were killed when three women blew themselves up at a wedding, a funeral and a hospital "
     "on Saturday, Borno State emergency officials said.", "Suicide bombers kill 18 in Gwoza", 11.08, 13.69),
    # AP: the oblast in the text, its town in the headline
    ("A Russian glide bomb killed two people and wounded five in the Zaporizhzhia region on Tuesday, the "
     "regional governor said.", "Russian glide bomb kills 2 in Huliaipole", 47.66, 36.26),
])
def test_the_headline_s_town_places_the_lead_incident(text, title, lat, lon):
    assert km_from(titled_lead(text, title).place, lat, lon) < 25


@pytest.mark.parametrize("text, title, lat, lon", [
    # the text's own town outranks the town the headline recalls
    ("Four people were killed when a Russian missile struck a clinic in Dnipro on Friday, the regional "
     "governor said.", "A day after Kyiv attack, Russian missile kills 4 in Dnipro clinic", 48.45, 35.05),
    ("Gunmen killed 11 worshippers at a mosque in Mantau village near Malumfashi on Tuesday, police said.",
     "Bandits kill 11 worshippers in Katsina mosque attack", 11.79, 7.62),
])
def test_the_text_s_own_town_outranks_the_headline_s(text, title, lat, lon):
    assert km_from(titled_lead(text, title).place, lat, lon) < 25


def test_a_headline_that_shortens_the_text_s_region_is_the_region():
    place = titled_lead("A Russian drone struck a bus carrying civilians in the Sumy region on Saturday, killing "
                        "two people and wounding six, the regional military administration said.",
                        "Russian drone strike on bus kills 2 in Sumy").place
    assert (place.precision, place.country) == ("region", "UA")
