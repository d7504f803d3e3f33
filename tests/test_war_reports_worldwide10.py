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
    ("The drone strike on Al-Fashir's market was reported the night of 14 July by residents; three people were "
     "killed.", "2024-07-20", date(2024, 7, 14), date(2024, 7, 15)),
    ("Gunmen killed 11 people in Bokkos on the night of the 24th, a community leader said.",
     "2024-12-27", date(2024, 12, 24), date(2024, 12, 25)),
    ("The night before last, Russian drones hit Kharkiv, killing two people.",
     "2024-07-20", date(2024, 7, 18), date(2024, 7, 19)),
    ("On the night of Saturday, Russian drones hit Kharkiv, killing one man.",
     "2024-07-17", date(2024, 7, 13), date(2024, 7, 14)),
    # guards: a night told over two named days, by its weekdays or dates, and a day's own hours
    ("A Russian strike on the night of Thursday, January 9, killed two people in Kharkiv.",
     "2025-01-20", date(2025, 1, 9), date(2025, 1, 10)),
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
     "2025-01-03", date(2024, 12, 31), date(2025, 1, 1)),
    ("Gunmen opened fire at a New Year's Eve party in Jos, killing four people, Plateau police said.",
     "2025-01-03", date(2024, 12, 31), date(2025, 1, 1)),
    ("Gunmen attacked worshippers at a church in Kaduna on Christmas night, killing five.",
     "2024-12-28", date(2024, 12, 25), date(2024, 12, 26)),
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
    ("Armed men attacked the village of Tin-Akof on the 14th of this month, killing 12 civilians, a local source "
     "said.", "2024-07-20", date(2024, 7, 14), date(2024, 7, 14)),
    ("A drone struck a wedding in Sennar on the evening of the 2nd, killing 11 guests, Emergency Lawyers said.",
     "2025-05-10", date(2025, 5, 2), date(2025, 5, 2)),
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
    ("On July 14 of this year, at about 23:40, the occupiers attacked Odesa with attack drones. One man was killed.",
     "2024-07-20", date(2024, 7, 14), date(2024, 7, 14)),
    ("The day before yesterday, Russian drones hit Kharkiv, killing two people.",
     "2024-07-20", date(2024, 7, 18), date(2024, 7, 18)),
    ("Russian forces on Thursday night shelled Nikopol, killing a man, officials said on Friday.",
     "2024-07-20", date(2024, 7, 18), date(2024, 7, 19)),  # a weekday's night runs into the next day (round 11)
])
def test_datelines_stamps_and_day_styles_keep_their_day(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


PUBLISHED = "2025-05-10"


@pytest.mark.parametrize("text, perpetrator", [
    # Dawn, the Hindu, the Bangkok Post, Khmer Times, Azatutyun, the Standard, AP, Daily Monitor, Reuters: a nation's
    # adjective before its forces, its drones or its jets names that nation as the doer
    ("Indian missile strikes on Bahawalpur in Pakistan's Punjab province killed 13 people, the Pakistani military "
     "said.", "India"),
    ("Indian drones struck a military facility near Lahore on Thursday, wounding four soldiers, the army said.", "India"),
    ("Indian forces shelled villages along the Line of Control in Neelum valley, killing two civilians, officials "
     "said.", "India"),
    ("Thai F-16 jets bombed Cambodian positions near Preah Vihear temple on Thursday, killing two soldiers, "
     "Cambodia's defence ministry said.", "Thailand"),
    ("Cambodian rockets hit a petrol station in Thailand's Sisaket province on Thursday, killing eight civilians, "
     "Thai officials said.", "Cambodia"),
    ("Azerbaijani forces shelled Stepanakert on Tuesday, killing five civilians, Armenian officials said.",
     "Azerbaijan"),
    ("Armenian forces shelled Azerbaijani positions near Kalbajar on Monday, wounding a soldier, Baku said.",
     "Armenia"),
    ("Kenyan troops killed 12 al-Shabaab fighters near Kolbio in an operation on Monday, the Kenya Defence Forces "
     "said.", "Kenya"),
    ("Chadian troops killed 96 Boko Haram fighters near Lake Chad on Sunday, the army said.", "Chad"),
    ("Ugandan troops shelled ADF positions in Ituri on Monday, killing 20 rebels, the army said.", "Uganda"),
    ("A South Sudanese army helicopter strike killed 20 people in Nasir, local officials said.", "South Sudan"),
    ("Egyptian border guards shot dead two smugglers near Rafah, a security source said.", "Egypt"),
    ("Nigerien soldiers killed 20 jihadists near Tillaberi on Sunday, the army said.", "Niger"),
    # a side among the dead is a victim, not the doer
    ("Lebanese soldiers were among five people killed in an Israeli strike on Tyre, the army said.", "Israel"),
    # guards: a river, an ocean, volunteers, tourists and a state named for a river name no side; a weapon made
    # elsewhere names the side that fired it; a witness who "told Reuters" is no side
    ("Gunmen killed three people in Indian River on Friday, the sheriff said.", None),
    ("Gunmen killed three people near the Indian Ocean port of Kismayo on Monday.", None),
    ("A Russian missile struck a hotel in Kryvyi Rih where Indian volunteers were staying, killing four people.",
     "Russia"),
    ("Thai tourists were among 12 people wounded when a bomb exploded in Bangkok's Erawan shrine.", None),
    ("Gunmen killed 12 people in Niger State's Mariga LGA on Sunday, the police said.", None),
    ("Ukraine struck a Russian airfield in Kursk with American-made ATACMS missiles, killing two servicemen, Moscow "
     "said.", "Ukraine"),
    ("A resident told Reuters the militants came at night and killed 23 people in Mokwa.", None),
    ("Pakistani shelling killed 12 civilians in Poonch on Wednesday, Indian officials said.", "Pakistan"),
])
def test_a_nations_adjective_before_its_forces_names_it(text, perpetrator):
    assert lead(text, PUBLISHED).perpetrator == perpetrator


@pytest.mark.parametrize("text, perpetrator, attribution", [
    # AFP, Al Jazeera: a group that said in a statement, on Telegram or in a post that it carried out an attack
    # claimed it
    ("JNIM said in a statement it carried out the attack on Djibo, which killed 50 soldiers.", "JNIM", "claimed"),
    ("The RSF said on Telegram that it had struck the airport in Port Sudan, wounding two workers.", "RSF", "claimed"),
    # guards: a claim through an agency, suspicion, and a military's own strike
    ("Islamic State claimed responsibility via its Amaq news agency for the bombing in Mogadishu that killed 12 "
     "people.", "Islamic State Somalia", "claimed"),
    ("Russia is suspected of the missile strike on Kryvyi Rih that killed 20 people, including nine children.",
     "Russia", "alleged"),
    ("The Israeli military said it struck a Hamas command centre in a school in Gaza City, killing 20 people.",
     "Israel", "claimed"),
])
def test_a_claim_told_through_a_statement_is_a_claim(text, perpetrator, attribution):
    found = lead(text, PUBLISHED)
    assert (found.perpetrator, found.attribution) == (perpetrator, attribution)


@pytest.mark.parametrize("text, speaker", [
    # Ukrinform, Suspilne, Kyiv Independent: a service of the armed forces speaks for a figure
    ("A Russian missile killed four people in Odesa, the Ukrainian air force said.", "Ukrainian air force"),
    ("Russian drones hit a boat off Ochakiv, killing two civilians, the Ukrainian navy said.", "Ukrainian navy"),
    ("A Russian guided bomb killed a border guard near Sumy, the State Border Guard Service said.",
     "State Border Guard Service"),
    # guards: a command, a council, a hospital, a network, a state government
    ("Russian shelling killed two people in Kherson, Ukraine's southern military command said.",
     "Ukraine's southern military command"),
    ("A Russian strike on Sumy killed 35 people on Sunday, the Sumy city council said.", "Sumy city council"),
    ("An Israeli strike killed 15 people in Khan Younis, Nasser hospital said.", "Nasser hospital"),
    ("RSF shelling killed 20 people in El Fasher, the Sudan Doctors Network said.", "Sudan Doctors Network"),
    ("Bandits killed 30 people in Zurmi on Sunday, the Zamfara State government said.", "Zamfara State government"),
])
def test_a_service_of_the_armed_forces_speaks_for_a_figure(text, speaker):
    assert lead(text, PUBLISHED).killed.speaker == speaker


@pytest.mark.parametrize("text, weapon, sub_event_type", [
    # Radio Okapi, Premium Times, Al Jazeera, WAFA: a blade is a weapon ("other"), tank fire is shelling
    ("Militants armed with machetes hacked 20 villagers to death near Beni, local officials said.", "other", "Attack"),
    ("ADF rebels hacked 14 people to death in Lubero territory overnight, a local chief said.", "other", "Attack"),
    ("Herders armed with knives and cutlasses killed nine farmers in Guma LGA, Benue State, police said.", "other",
     "Attack"),
    ("Israeli tank fire killed five people waiting for aid near Khan Younis, the civil defence said.", "artillery",
     "Shelling/artillery/missile attack"),
    ("Israeli tanks fired shells at tents in al-Mawasi, killing nine displaced people.", "artillery",
     "Shelling/artillery/missile attack"),
    # guards: guns with blades are guns; a grenade, a mortar, a quadcopter, a loitering munition, a roadside bomb
    ("Gunmen armed with AK-47 rifles and machetes killed 11 villagers in Bokkos, Plateau State.", "small arms",
     "Attack"),
    ("A grenade thrown into a bar in Bukavu killed two people and wounded 11, police said.", "grenade", "Grenade"),
    ("Houthi fighters fired mortar rounds at residential areas of Taiz, killing a child, a local official said.",
     "mortar", "Shelling/artillery/missile attack"),
    ("A quadcopter dropped an explosive on a tent in al-Mawasi, killing four people.", "drone", "Air/drone strike"),
    ("A Russian Lancet loitering munition hit a bus in Kherson region, wounding six passengers.", "drone",
     "Air/drone strike"),
    ("Seven soldiers were killed when their vehicle struck a roadside bomb near Boulkessi, the army said.",
     "IED/mine", "Remote explosive/landmine/IED"),
    ("Thai F-16 jets bombed Cambodian positions near Preah Vihear temple on Thursday, killing two soldiers.",
     "airstrike", "Air/drone strike"),
])
def test_blades_and_tank_fire_are_told_by_their_weapon_and_type(text, weapon, sub_event_type):
    found = lead(text, PUBLISHED)
    assert (found.weapon, found.sub_event_type) == (weapon, sub_event_type)
