"""Places of war reports whose headline opens with what came before (issue 11): wire and broadcast headlines
often recall yesterday's attack first and tell today's after it ("A day after Kyiv attack, missile kills 4 in
Dnipro"), while the text tells the strike by its target and speaker alone. The headline's town that places such
a report is the town of the harm it tells, not the town of the history it opens with; a headline with no other
town still gives its one. Reports written for these tests in the styles of Reuters, AP, AFP, Al Jazeera, Radio
Dabanga and Premium Times; towns are checked within 25 km."""

import pytest
from war_fixtures import km_from, titled_lead


@pytest.mark.parametrize("text, title, lat, lon", [
    # Reuters, AP: Ukraine
    ("A Russian missile hit an apartment block on Tuesday morning, killing four people and wounding 19, the "
     "regional governor said.", "A day after Kyiv attack, missile kills 4 in Dnipro", 48.45, 35.05),
    ("Russian drones struck port infrastructure overnight, killing three people and injuring eight, the regional "
     "military administration said on Telegram.",
     "Days after Kharkiv strike, Russian drones kill 3 in Odesa - Reuters", 46.48, 30.73),
    # AP, Al Jazeera: Gaza
    ("Israeli tanks shelled a tent camp on Sunday, killing 12 people, among them five children, the civil defence "
     "agency said.", "Hours after deadly Gaza City strike, Israeli shelling kills 12 in Rafah | AP News", 31.29, 34.25),
    # Radio Dabanga, AFP: Sudan
    ("The Rapid Support Forces shelled a crowded market on Friday, killing nine civilians and wounding 30, "
     "a local emergency room said.", "Weeks after El Fasher massacre, RSF shelling kills 9 in Omdurman", 15.64, 32.48),
    # Premium Times: Nigeria, the history told with "Following"
    ("Gunmen stormed a weekly market on Saturday, killing seven traders, the state police command said.",
     "Following Maiduguri bombings, gunmen kill 7 in Biu market", 10.61, 12.19),
])
def test_the_harm_s_town_outranks_the_history_the_headline_opens_with(text, title, lat, lon):
    assert km_from(titled_lead(text, title).place, lat, lon) < 25


@pytest.mark.parametrize("text, title, lat, lon", [
    # the history's town is the headline's only one: still the place the text lacks
    ("Residents cleared rubble on Wednesday as rescuers recovered two more bodies, bringing the toll to 11, the "
     "emergency service said.", "A day after missile strike on Kharkiv, rescuers find 2 more bodies", 49.99, 36.23),
    # the harm told first, the history after it: the first town, as before
    ("A Russian missile hit an apartment block on Tuesday morning, killing four people and wounding 19, the "
     "regional governor said.", "Missile kills 4 in Dnipro a day after Kyiv attack", 48.45, 35.05),
])
def test_a_headline_s_only_or_first_harm_town_still_places_it(text, title, lat, lon):
    assert km_from(titled_lead(text, title).place, lat, lon) < 25
