"""The lead incident's date in war reports, a second round (issue 11's Dates list): a day told only by
its weekday, its part of the night or "yesterday"; a toll that rose days after the attack; a report with no
published date but a dateline; a report nothing dates. Written for these tests in the styles of Reuters,
AP, AFP and Xinhua wires, Ukrinform, Radio Dabanga, Premium Times, Myanmar Now and live blogs, about
Ukraine, Gaza, Sudan, Nigeria, the Sahel, Myanmar, Somalia, Syria and Yemen. Days are the first and last
day the attack may have happened on."""

from datetime import date

import pytest
from war_fixtures import days_of, lead

from harmledger.extract import extract
from harmledger.extract.when import UNDATED, YEAR_ASSUMED


@pytest.mark.parametrize("text, published, start, end", [
    # Saturday's papers: a weekday is the latest such day before the report
    ("A Russian missile struck a children's hospital in Kyiv on Thursday, killing two people and wounding 16, "
     "officials said.", "2024-07-20", date(2024, 7, 18), date(2024, 7, 18)),
    ("Suspected jihadists killed 20 soldiers in an ambush near Djibo in northern Burkina Faso on Thursday, security "
     "sources said on Saturday.", "2024-07-20", date(2024, 7, 18), date(2024, 7, 18)),
    ("Al-Shabaab militants stormed a hotel in Mogadishu late on Friday, killing at least 20 people, police said on "
     "Saturday.", "2024-07-20", date(2024, 7, 19), date(2024, 7, 19)),
    ("Before dawn on Friday, Myanmar military jets bombed a camp for displaced people in Kachin State, killing eight.",
     "2024-07-20", date(2024, 7, 19), date(2024, 7, 19)),
    ("Houthi fighters attacked a government position in Taiz on Thursday night, killing four soldiers, a military "
     "source said.", "2024-07-20", date(2024, 7, 18), date(2024, 7, 19)),
])
def test_a_weekday_alone_is_the_latest_such_day_before_the_report(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


@pytest.mark.parametrize("text, published, start, end", [
    ("Israeli airstrikes overnight killed at least 17 people in the Nuseirat refugee camp, Palestinian medics said.",
     "2024-07-20", date(2024, 7, 19), date(2024, 7, 20)),
    ("Russian drones attacked Kharkiv in the early hours, killing one woman and wounding five, mayor Ihor Terekhov "
     "said.", "2024-07-20", date(2024, 7, 19), date(2024, 7, 20)),
    ("Russian troops attacked Nikopol with heavy artillery last night. A 52-year-old man was killed.",
     "2024-07-20", date(2024, 7, 19), date(2024, 7, 20)),
    ("Gunmen yesterday killed 12 worshippers at a mosque in Zamfara State, police said.",
     "2024-07-20", date(2024, 7, 19), date(2024, 7, 19)),
    ("An Israeli strike on a house in Deir al-Balah killed eight people yesterday evening, medics told Reuters.",
     "2024-07-20", date(2024, 7, 19), date(2024, 7, 19)),
    ("Gunmen killed 14 villagers in Bokkos the day before yesterday, a community leader said.",
     "2024-07-20", date(2024, 7, 18), date(2024, 7, 18)),
    ("A drone strike on a market in Al-Fashir two days ago killed 18 people, the Sudan Doctors Network said today.",
     "2024-07-20", date(2024, 7, 18), date(2024, 7, 18)),
    ("Israeli warplanes struck a house in Jabalia at dawn today, killing seven members of one family, the civil "
     "defence said.", "2024-07-20", date(2024, 7, 20), date(2024, 7, 20)),
])
def test_a_night_yesterday_or_days_ago_count_back_from_the_report(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


@pytest.mark.parametrize("text, published, start, end", [
    # Ukrinform, the OVA bulletins, Suspilne in translation: a night named by its days is that night, not the one
    # before the report
    ("During the night of 18 to 19 July, the occupiers shelled Kherson, wounding two residents.", "2024-07-22",
     date(2024, 7, 18), date(2024, 7, 19)),
    ("Overnight on 18-19 July, Russian forces launched 30 drones at Ukraine; one hit a house in Kyiv region, killing "
     "a woman.", "2024-07-22", date(2024, 7, 18), date(2024, 7, 19)),
    ("During the night of Saturday, Russian drones hit an energy facility in Odesa region, injuring two workers.",
     "2024-07-22", date(2024, 7, 20), date(2024, 7, 21)),
    # guard: a night followed by no day is the night before the report
    ("Overnight on the outskirts of Kharkiv, a Russian drone hit a car, killing the driver.", "2024-07-22",
     date(2024, 7, 21), date(2024, 7, 22)),
])
def test_a_night_named_by_its_days_is_that_night(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


@pytest.mark.parametrize("text, published, start, end", [
    # a leader's, an agency's or prosecutors' reaction on a day dates the reaction: the attack came by then
    ("Zelenskiy on Friday called for more air defence systems after a Russian missile strike killed 20 people in "
     "Kharkiv.", "2024-07-20", date(2024, 7, 18), date(2024, 7, 19)),
    ("Ukraine's foreign minister on Saturday condemned the Russian strike on a children's hospital in Kyiv that "
     "killed two people.", "2024-07-21", date(2024, 7, 19), date(2024, 7, 20)),
    ("Nigerian President Bola Tinubu on Friday ordered security chiefs to hunt down the gunmen who killed 30 "
     "villagers in Benue State.", "2024-07-20", date(2024, 7, 18), date(2024, 7, 19)),
    ("UNICEF on Friday condemned the killing of five children in an RSF drone strike on a school in El Fasher.",
     "2024-07-20", date(2024, 7, 18), date(2024, 7, 19)),
    ("Ukrainian prosecutors opened an investigation on Friday into a Russian drone attack that killed two people in "
     "Sumy.", "2024-07-20", date(2024, 7, 18), date(2024, 7, 19)),
    # guard: a day that names the attack is its day, whatever the reaction
    ("Amnesty International on Friday denounced the July 8 strike on the Okhmatdyt hospital, which killed two "
     "people.", "2024-07-20", date(2024, 7, 8), date(2024, 7, 8)),
])
def test_the_day_of_a_reaction_is_not_the_attack_s(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


@pytest.mark.parametrize("text, published, start, end", [
    # Tuesday's papers: "the weekend attack", "the weekend's strikes" are the last Saturday and Sunday;
    # "earlier in the week" is this week up to the report
    ("The death toll from the weekend attack on a mosque in Zamfara has risen to 31, police said.",
     "2024-07-23", date(2024, 7, 20), date(2024, 7, 21)),
    ("Survivors of the weekend's Israeli strikes on al-Mawasi said 90 people were killed.",
     "2024-07-23", date(2024, 7, 20), date(2024, 7, 21)),
    ("Kharkiv's mayor said the weekend shelling killed six people in the Saltivskyi district.",
     "2024-07-23", date(2024, 7, 20), date(2024, 7, 21)),
    ("Sudanese doctors said on Thursday that 40 people had been killed in the RSF attack on the village earlier in "
     "the week.", "2024-07-25", date(2024, 7, 22), date(2024, 7, 25)),
])
def test_the_weekend_s_attack_and_earlier_in_the_week(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


@pytest.mark.parametrize("text, published, start, end", [
    # a weekend told as the setting of no attack dates nothing
    ("Police said the investigation will continue through the weekend. Gunmen killed two men in Jos on Monday.",
     "2024-07-23", date(2024, 7, 22), date(2024, 7, 22)),
])
def test_a_weekend_that_names_no_attack_dates_nothing(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


@pytest.mark.parametrize("text, published, start, end", [
    # the day a toll rose is the report's; the attack's day is the one the text names for it
    ("The death toll from Monday's Russian strike on a shopping centre in Kharkiv rose today to 19, the governor "
     "said.", "2024-07-20", date(2024, 7, 15), date(2024, 7, 15)),
    ("The death toll from Tuesday's bombing at a market in Mogadishu rose today to 23, officials said.",
     "2024-07-20", date(2024, 7, 16), date(2024, 7, 16)),
    ("The death toll from the Russian missile attack on Dnipro rose to 11 on Saturday as rescuers pulled more "
     "bodies from the rubble. The missile hit the nine-storey building on Wednesday.",
     "2024-07-20", date(2024, 7, 17), date(2024, 7, 17)),
    ("Rescuers recovered four more bodies from the rubble of the building hit by a Russian missile on Thursday, "
     "bringing the death toll to 12, the emergency service said on Monday.", "2024-07-22",
     date(2024, 7, 18), date(2024, 7, 18)),
    ("In Sudan, the death toll from an RSF attack on a market in El Fasher climbed to 30 on Friday, a day after "
     "shells struck the crowded market, doctors said.", "2024-07-20", date(2024, 7, 18), date(2024, 7, 18)),
])
def test_a_toll_that_rose_later_keeps_the_attack_s_day(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


@pytest.mark.parametrize("text, published, day, killed", [
    # AP and Reuters follow-ups: "N days after the attack" after the toll's update dates the attack whose toll
    # rose; it is the news, not an earlier incident recalled
    ("KYIV, Ukraine (AP) — The death toll from a Russian missile strike on the city of Poltava rose to 55 on "
     "Thursday, two days after the attack, officials said.", "2024-07-19", date(2024, 7, 16), 55),
    ("The number of people killed in an RSF drone attack on the Abu Shouk camp rose to 21 on Sunday, three days "
     "after the strike, the camp's coordination committee said.", "2024-07-22", date(2024, 7, 18), 21),
    ("MOGADISHU (Reuters) - The death toll from a car bomb at a busy junction in the Somali capital rose to 25 on "
     "Monday, a day after the blast, a police officer said.", "2024-07-23", date(2024, 7, 21), 25),
])
def test_a_toll_update_days_after_the_attack_is_the_attack_s_news(text, published, day, killed):
    found = lead(text, published)
    assert (found.when.start, found.killed.best) == (day, killed)
    assert found.perpetrator or found.sub_event_type  # the attack's slots, not a history's blanks


def test_a_toll_update_beside_another_attack_recalled_is_still_the_news():
    text = ("The death toll from the bombing of the market in Jilib rose to 20 on Monday, a week after a similar "
            "attack killed 10 people in the same town, officials said.")
    assert lead(text, "2024-07-23").killed.best == 20


@pytest.mark.parametrize("text, month, day", [
    ("June 2 (Reuters) - A Russian missile attack on the city of Dnipro killed four people and wounded 11, the "
     "regional governor said.", 6, 2),
    ("GAZA, June 6 (Xinhua) -- At least 40 Palestinians were killed in an Israeli airstrike on a UN school in "
     "Nuseirat refugee camp, medics said.", 6, 6),
    ("By Pavel Polityuk\nKYIV, Sept. 12 (Reuters) - A Russian missile strike on a railway station in Kharkiv killed "
     "three people.", 9, 12),
    ("MAIDUGURI, Nigeria, March 12 (AFP) - Boko Haram fighters killed 15 farmers near Maiduguri, a militia leader "
     "told AFP.", 3, 12),
])
def test_a_dateline_without_a_year_dates_a_report_with_no_published_day(text, month, day):
    found = lead(text, None)
    assert (found.when.end.month, found.when.end.day) == (month, day)
    assert YEAR_ASSUMED in found.warnings and UNDATED not in found.warnings


@pytest.mark.parametrize("text, start, end", [
    # a weekday counts back from the dateline's day as from a published one
    ("Kyiv, 9 July 2024 (Ukrinform) – Russian troops shelled Kherson overnight, killing one man.",
     date(2024, 7, 8), date(2024, 7, 9)),
    ("KHARTOUM, Aug 3, 2024 (Reuters) - Paramilitary shelling killed 15 civilians in Omdurman on Friday, a medical "
     "group said.", date(2024, 8, 2), date(2024, 8, 2)),
    ("Russian missile hits Kyiv hospital, killing two\n\nJuly 9, 2024 (Reuters) - A Russian missile struck the "
     "Okhmatdyt children's hospital in Kyiv on Monday, killing two people.", date(2024, 7, 8), date(2024, 7, 8)),
])
def test_a_dateline_with_its_year_anchors_the_report_s_days(text, start, end):
    found = lead(text, None)
    assert days_of(found) == (start, end) and found.warnings == []


@pytest.mark.parametrize("text, start, end", [
    # Ukrinform's agency in slashes, AP's agency before the day, Reuters' stamp with its year glued to the time
    ("KYIV, July 9, 2024 /Ukrinform/. Russian troops shelled Kherson overnight, killing one man.",
     date(2024, 7, 8), date(2024, 7, 9)),
    ("ABUJA, Nigeria (AP) — July 9, 2024 — Gunmen killed 12 villagers in Zamfara State on Sunday, police said.",
     date(2024, 7, 7), date(2024, 7, 7)),
    ("July 9, 202410:31 AM GMT+3Updated an hour ago\n\nKYIV (Reuters) - A Russian missile struck a hospital in Kyiv "
     "on Monday, killing two people.", date(2024, 7, 8), date(2024, 7, 8)),
])
def test_a_dateline_or_stamp_in_other_outlets_shapes_anchors_the_report(text, start, end):
    found = lead(text, None)
    assert days_of(found) == (start, end) and found.warnings == []


@pytest.mark.parametrize("text", [
    "Gunmen killed nine people in Katsina State, police said.",
    "Ukrainian officials said a Russian missile strike on Odesa killed five people.",
    "YANGON, Myanmar (AP) — Military jets bombed a village in Sagaing region, killing at least 17 people, residents "
    "said.",
])
def test_a_report_nothing_dates_says_so(text):
    found = lead(text, None)
    assert found.when is None and UNDATED in found.warnings


def test_a_published_day_needs_no_warning():
    assert lead("Gunmen killed nine people in Katsina State on Friday, police said.", "2024-07-20").warnings == []
