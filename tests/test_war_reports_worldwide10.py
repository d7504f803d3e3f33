"""War reports of a tenth round (issue 11, session 16), weighted to the lead incident's days, written
for these tests in the styles of Reuters and AP wires, the BBC, Al Jazeera, the Kyiv Independent and
Ukrinform in translation, Sudan Tribune and Radio Dabanga, Premium Times, OCHA, live blogs and
Telegram summaries, of Ukraine, Gaza, Sudan, Nigeria and other wars: a night told by its date ("on
the night of July 14" runs into the 15th, "overnight into July 15" and "the night to 15 July" end on
it), a night told by its weekday ("the night of Saturday"), the night before the day a source spoke
in a follow-up published days later, a day named by a feast that has a fixed date (Christmas, New
Year, Orthodox Christmas) or by its ordinal alone ("on the 30th") across a month's or a year's end,
and a day that names the attack ("the July 8 strike") though the sentence tells of a later day.
Guards keep what already held: weekdays, "last Monday" and bare dates across a year's end, datelines
with and without a year and no metadata, liveblog stamps, "July 14th", "14th of July", "14/07",
the feast's own day beside another, a brigade's ordinal, a Christmas market.
Each test is a class; days are checked as the first and last day the event may have happened on."""

from datetime import date

import pytest
from war_fixtures import days_of, lead


@pytest.mark.parametrize("text, published, start, end", [
    # Ukrinform, Suspilne and the Kyiv Independent in translation, Radio Dabanga: a night named by its date is
    # the evening of that day and the small hours of the next; a night "into" or "to" a date ends on it
    ("A Russian drone attack on Odesa on the night of July 14 killed two people and wounded five, the governor "
     "said.", "2024-07-17", date(2024, 7, 14), date(2024, 7, 15)),
    ("On the night of 14 July, Russian forces attacked Kharkiv with guided bombs, killing three civilians.",
     "2024-07-17", date(2024, 7, 14), date(2024, 7, 15)),
    ("Russian drones hit Kyiv on the night of December 31, killing one person, the mayor said.",
     "2025-01-03", date(2024, 12, 31), date(2025, 1, 1)),
    ("On the night of 3 May, RSF drones struck the airport and a fuel depot in Port Sudan, wounding two workers, "
     "Sudan Tribune reported.", "2025-05-06", date(2025, 5, 3), date(2025, 5, 4)),
    ("In the night to July 15, the enemy attacked Zaporizhzhia with drones; a 62-year-old woman was killed.",
     "2024-07-17", date(2024, 7, 14), date(2024, 7, 15)),
    ("Russian drones hit a residential building in Sumy overnight into July 15, killing one person.",
     "2024-07-17", date(2024, 7, 14), date(2024, 7, 15)),
    ("Overnight on July 14, Russian missiles hit Dnipro, killing one person.",
     "2024-07-17", date(2024, 7, 13), date(2024, 7, 14)),
    ("On the night of Saturday, Russian drones hit Kharkiv, killing one man.",
     "2024-07-17", date(2024, 7, 13), date(2024, 7, 14)),
    # guards: a night told over two named days, by its weekdays or dates, and a day's own hours
    ("The enemy shelled Nikopol in the night of 13 to 14 July; two men were killed.",
     "2024-07-17", date(2024, 7, 13), date(2024, 7, 14)),
    ("On the night between Saturday and Sunday, Russian drones struck Kyiv, killing a woman.",
     "2024-07-17", date(2024, 7, 13), date(2024, 7, 14)),
    ("On the night of 31 December to 1 January, Russian drones attacked Odesa, killing one man.",
     "2025-01-03", date(2024, 12, 31), date(2025, 1, 1)),
    ("On the evening of July 14, an Israeli strike on a tent camp in Khan Younis killed 10 people.",
     "2024-07-20", date(2024, 7, 14), date(2024, 7, 14)),
    ("Gunmen killed 12 villagers in Katsina State shortly after midnight on Sunday, police said on Tuesday.",
     "2024-07-16", date(2024, 7, 14), date(2024, 7, 14)),
])
def test_a_night_named_by_its_date_or_weekday_spans_the_days_it_crosses(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


@pytest.mark.parametrize("text, published, start, end", [
    # AP, Reuters, Premium Times: a follow-up published days later tells "overnight" as the source did, the
    # night before the day the source spoke
    ("Russia attacked Kyiv with drones overnight, killing three people, the mayor said on Thursday.",
     "2024-07-20", date(2024, 7, 17), date(2024, 7, 18)),
    ("Bandits stormed Kurfi town overnight, killing 14 people, the Katsina State police said on Monday.",
     "2024-07-18", date(2024, 7, 14), date(2024, 7, 15)),
    ("Israeli strikes on Gaza overnight killed at least 25 people, including children, the civil defence agency "
     "said on Tuesday.", "2024-07-19", date(2024, 7, 15), date(2024, 7, 16)),
    # guards: overnight in the day's own report, a night with its weekday, and late on a day told days later
    ("Russia attacked Kyiv with drones overnight, killing three people, the mayor said on Saturday.",
     "2024-07-20", date(2024, 7, 19), date(2024, 7, 20)),
    ("A Russian drone attack overnight Sunday killed two people in Odesa, officials said Monday.",
     "2024-07-18", date(2024, 7, 13), date(2024, 7, 14)),
    ("A Russian missile attack on Kyiv late on Tuesday killed three people, officials said on Thursday.",
     "2024-07-18", date(2024, 7, 16), date(2024, 7, 16)),
    ("Live: Russia-Ukraine war, Tuesday 16 July 2024\n09:15 BST\nA Russian drone attack on Odesa overnight killed "
     "one person and wounded three, the governor said.", "2024-07-16", date(2024, 7, 15), date(2024, 7, 16)),
])
def test_overnight_in_a_follow_up_is_the_night_before_the_source_spoke(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


@pytest.mark.parametrize("text, published, start, end", [
    # Kyiv Independent, AP, Al Jazeera, Premium Times: a feast with a fixed date is that day, the latest before
    # the report, across a year's end
    ("Russia launched a massive attack on Ukraine's energy grid on Christmas Day, killing one person in "
     "Dnipropetrovsk region.", "2024-12-27", date(2024, 12, 25), date(2024, 12, 25)),
    ("A Russian drone attack on Kyiv on New Year's Day killed two people and wounded six, the mayor said.",
     "2025-01-03", date(2025, 1, 1), date(2025, 1, 1)),
    ("A Russian drone attack on Kyiv on New Year’s Eve killed one person, the mayor said.",
     "2025-01-03", date(2024, 12, 31), date(2024, 12, 31)),
    ("An Israeli airstrike on a house in Gaza City on Christmas Eve killed eight people.",
     "2024-12-28", date(2024, 12, 24), date(2024, 12, 24)),
    ("Gunmen killed 30 people in Mangu on Christmas Eve and 20 more on Christmas Day, officials said.",
     "2024-01-05", date(2023, 12, 24), date(2023, 12, 24)),
    ("In the early hours of New Year's Day, a drone hit a residential building in Kyiv, killing two people.",
     "2025-01-03", date(2025, 1, 1), date(2025, 1, 1)),
    ("Four people were killed on Orthodox Christmas when a Russian drone hit Kherson.",
     "2025-01-09", date(2025, 1, 7), date(2025, 1, 7)),
    # Telegram summaries, OCHA: a day by its ordinal alone is this month's, or last month's if still to come
    ("Gunmen killed 11 people in Zamfara on the 30th, the police said.",
     "2025-01-03", date(2024, 12, 30), date(2024, 12, 30)),
    ("On the morning of the 14th, a Russian missile hit Dnipro, killing one woman.",
     "2024-07-20", date(2024, 7, 14), date(2024, 7, 14)),
    ("A drone hit a car in Nikopol on the 2nd, killing the driver, the regional governor said.",
     "2025-01-03", date(2025, 1, 2), date(2025, 1, 2)),
    # guards: a market named for the feast, a brigade's ordinal, an ordinal before its month, weekdays and dates
    # across a year's end
    ("A Christmas market in Kharkiv was hit by a missile on Saturday, wounding three people.",
     "2024-12-23", date(2024, 12, 21), date(2024, 12, 21)),
    ("The 47th Mechanized Brigade said a Russian drone killed two soldiers near Pokrovsk on Sunday.",
     "2024-07-17", date(2024, 7, 14), date(2024, 7, 14)),
    ("On the 14th of July, bandits attacked Kurya village, killing nine people.",
     "2024-07-20", date(2024, 7, 14), date(2024, 7, 14)),
    ("A Russian missile strike on Kharkiv last Monday killed two people, the governor said.",
     "2025-01-02", date(2024, 12, 30), date(2024, 12, 30)),
    ("Gunmen killed nine worshippers at a church in Benue State on Sunday, police said.",
     "2024-01-01", date(2023, 12, 31), date(2023, 12, 31)),
    ("RSF drones struck a power station in Dongola on Dec 28, wounding four workers, officials said.",
     "2025-01-03", date(2024, 12, 28), date(2024, 12, 28)),
    ("Gunmen who killed 16 people in Bokkos last week have not been found, Plateau police said.",
     "2025-01-03", date(2024, 12, 23), date(2024, 12, 29)),
])
def test_a_feast_or_an_ordinal_day_is_the_latest_such_day(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


@pytest.mark.parametrize("text, published, start, end", [
    # the UN, Al Jazeera, the BBC: "the July 8 strike" names the attack the sentence is about, though the
    # sentence leads with a later day's statement or funeral
    ("The UN on Friday condemned the July 8 strike on Kyiv's Okhmatdyt children's hospital, which killed 33 "
     "people. Russian drones also hit Kyiv region on Thursday, wounding two people.",
     "2024-07-20", date(2024, 7, 8), date(2024, 7, 8)),
    ("Rescuers on Monday were still searching the rubble of the 14 March Russian missile strike on Odesa, which "
     "killed 21 people.", "2024-03-19", date(2024, 3, 14), date(2024, 3, 14)),
    ("Human Rights Watch on Thursday called the December 24 RSF attack on a market in Kabkabiya a war crime; "
     "the attack killed more than 100 people.", "2025-01-09", date(2024, 12, 24), date(2024, 12, 24)),
    # guards: a day that names the attack by its possessive, and a toll updated on a later day
    ("The death toll from Monday's Russian strike on Okhmatdyt children's hospital rose today to 33, the Kyiv "
     "mayor said.", "2024-07-11", date(2024, 7, 8), date(2024, 7, 8)),
    ("Families buried on Sunday the 20 people killed when an Israeli strike hit the Khadija school in Deir "
     "al-Balah on Saturday.", "2024-07-22", date(2024, 7, 20), date(2024, 7, 20)),
])
def test_a_day_that_names_the_attack_dates_it_before_a_later_day(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


@pytest.mark.parametrize("text, published, start, end", [
    # guards: datelines with and without a year and no metadata, liveblog stamps, other calendars' styles
    ("PORT SUDAN, 14 July 2024 (Sudan Tribune) - RSF shelling killed 11 people in El Fasher on Saturday, medics "
     "said.", None, date(2024, 7, 13), date(2024, 7, 13)),
    ("16 July 2024, 14:32 EEST\nRussian shelling of Kherson killed a 64-year-old man this afternoon, the regional "
     "administration said.", "2024-07-16", date(2024, 7, 16), date(2024, 7, 16)),
    ("A Russian glide bomb hit Kharkiv on July 14th, killing two people.",
     "2024-07-20", date(2024, 7, 14), date(2024, 7, 14)),
    ("On Sunday 14th July, RSF shelling killed six people in Omdurman.",
     "2024-07-20", date(2024, 7, 14), date(2024, 7, 14)),
    ("On Sunday (14/07), Israeli strikes killed 11 people in Nuseirat.",
     "2024-07-20", date(2024, 7, 14), date(2024, 7, 14)),
    ("On July 14 at around 22:30, the enemy struck Kharkiv with a guided bomb; three people were killed.",
     "2024-07-20", date(2024, 7, 14), date(2024, 7, 14)),
    ("Israeli strikes on a school in Gaza City in the early hours of Sunday killed at least 15 people, the civil "
     "defence agency said.", "2024-07-16", date(2024, 7, 14), date(2024, 7, 14)),
    ("Before dawn on Saturday, RSF fighters stormed the village of Wad Ashana, killing 40 people.",
     "2024-07-16", date(2024, 7, 13), date(2024, 7, 13)),
])
def test_datelines_stamps_and_day_styles_keep_their_day(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)
