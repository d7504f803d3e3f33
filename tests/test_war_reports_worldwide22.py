"""War reports of a twenty-second round (issue 11, session 23), on DATES: follow-ups published one to five days after
the attack, nights that span two days, day-first and month-first numeric dates, datelines with no published date,
live-blog stamps and machine-translated Ukrainian and Arabic statements, in the styles of Reuters, AP, AFP, WAFA, Saba,
Ukrinform, Suspilne, Dawn, Premium Times, Al Jazeera and a regional administration's Telegram post. Each lead's day
(or week) was written down before it was run.

Of 52 probes, 4 had a wrong lead date or no lead on main and 1 a recalled attack's figure joined to the lead's (two
more were wrong expectations of the weekday, mended in the list before any code changed), by class:

- a toll of one attack "earlier this week" ("The death toll from the Russian missile attack on Kyiv earlier this week
  has risen to 31") was read as the week's toll (an aggregate, no lead): mended (sentence_cues.json);
- a live blog's entry stamped with its date ("LIVE: 27 Nov 2026, 08:15 GMT -") with no published date dated nothing:
  the stamp now dates the report like a page's "Updated:" line (extract.when);
- today's news before a recalled attack with a figure of another kind ("shelling wounded four people, a day after a
  drone attack on the city killed two") was all history, and a recall with no article ("a day after shelling killed
  two residents") was none, so its figure joined today's: both mended (extract.pipeline, sentence_cues.json);
- a numeric dateline with no published date ("WASHINGTON, 3/10 (AP) -"): left (mended in round 23, whose tests
  hold it).

Of 18 more (dawn, "the day before yesterday", "earlier today", "on Thursday (Nov 26)", "the Nov. 24 drone strike", a
Xinhua dateline, a date months before a UN report), two had texts whose weekday and date disagreed (the probes' slip,
not the code's) and one a live blog's stamp with no year ("Friday 27 November, 09:12 -", left; mended in round
23); probing the first showed a weekday with its date ("on Sunday, November 22", "Sunday 22 November", "Sunday, Nov.
22") told more than a week on read as the latest such weekday, not the date: the date's reading, which takes its
weekday in, now governs (extract.when).

And the United States (issue 11's second probe): "US Africa Command said it carried out an airstrike" named no
perpetrator. Its commands and military ("AFRICOM", "CENTCOM", "the U.S. military", "the Pentagon") name it, and
"US", "U.S." or "American" right before one of its military agents ("US forces", "a U.S. drone strike", "American
warplanes"); "American" and "US" alone stay the setting of American news. CENTCOM's "said its forces conducted a
strike" named no claim, and "the Israeli military said it conducted a strike" no doer: a side that said it
"conducted" a strike or an operation claimed it, as one that said it "carried out" one did."""

from datetime import date

import pytest
from war_fixtures import days_of, lead

from harmledger.extract import extract

SUN, MON, TUE, WED, THU, FRI, SAT = (date(2026, 11, day) for day in range(22, 29))


def _dates_the_lead(text, published, day):
    """The lead's days hold ``day`` and span at most two (a night), to the day."""
    mention = lead(text, published)
    first, last = days_of(mention)
    assert (first <= day <= last, (last - first).days <= 1, mention.when.precision) == (True, True, "day")


# text, published (None: the dateline's), the attack's day
REPORTS = [
    # follow-ups a day to five days on: Reuters, AP, Al Jazeera, Premium Times, Radio Dabanga
    ("The death toll from Sunday's Russian missile strike on Ternopil rose to 34 on Tuesday, the regional governor "
     "said.", "2026-11-25", SUN),
    ("The death toll from a Russian glide bomb attack on Zaporizhzhia on Wednesday has risen to nine, Governor Ivan "
     "Fedorov said on Friday.", "2026-11-28", WED),
    ("Friday's attack on a mosque in Maiduguri killed 17 worshippers, police said on Sunday.", "2026-11-30", FRI),
    ("At least 40 people have died after Sunday's RSF attack on the Zamzam camp, medics said on Wednesday.",
     "2026-11-26", SUN),
    ("Mourners on Thursday buried 11 people killed in Tuesday's airstrike on a market in Kabkabiya, residents said.",
     "2026-11-27", TUE),
    ("Rescuers on Friday pulled more bodies from the rubble of a building in Dnipro hit by a Russian missile on "
     "Wednesday, bringing the death toll to 12.", "2026-11-28", WED),
    ("Two days after an Israeli strike on a school in Gaza City killed 18 people, the civil defence said on Saturday "
     "that more bodies had been recovered.", "2026-11-28", THU),
    ("Al-Shabaab militants attacked a military base in Lower Shabelle on Tuesday morning. Somali officials said on "
     "Thursday that 19 soldiers were killed.", "2026-11-28", TUE),
    ("The Ukrainian general staff said on Wednesday that a strike on Tuesday on a Russian command post near Donetsk "
     "killed 20 officers.", "2026-11-26", TUE),
    ("A Russian strike on a residential building in Kharkiv on November 23 killed three people, including a child, the "
     "regional prosecutor said on Tuesday.", "2026-11-25", MON),
    # nights: "the night of 26 to 27 November", "on the night of Saturday to Sunday", "overnight into Friday"
    ("Russian drones struck an apartment block in Odesa on the night of 26 to 27 November, killing two people and "
     "injuring eight, the regional governor said.", "2026-11-28", THU),
    ("Gunmen stormed a village in Plateau State on the night of Saturday to Sunday, killing 22 people, a local leader "
     "said on Monday.", "2026-11-24", SUN),
    ("Russia launched 50 drones at Kyiv overnight into Friday, killing three people, the city's military "
     "administration said.", "2026-11-28", FRI),
    ("Two people were killed in a Russian attack on Sumy overnight, the regional military administration said on "
     "Saturday morning.", "2026-11-28", FRI),
    ("On Wednesday night Russian troops shelled Nikopol with heavy artillery, killing a man, the regional "
     "administration said on Thursday.", "2026-11-27", WED),
    ("Seven people, including two children, were killed in an Israeli airstrike on a house in Khan Younis on Monday "
     "night, medics said on Tuesday.", "2026-11-25", MON),
    ("Sunday night's drone strike on a wedding in the Chin village of Webula killed 13 people, the resistance said.",
     "2026-11-25", SUN),
    # "late on Tuesday", "early hours of Saturday", "early Thursday", "the evening of 25 November"
    ("An Israeli airstrike hit a house in Deir al-Balah late on Tuesday, killing seven members of one family, medics "
     "said.", "2026-11-26", TUE),
    ("Gunmen killed 12 villagers in an attack on Kauran Namoda in the early hours of Saturday, police said.",
     "2026-11-29", SAT),
    ("A suicide bomber attacked a police station in Bannu early Thursday, killing four policemen, officials said.",
     "2026-11-27", THU),
    ("MAIDUGURI, Nigeria (AP) - Suspected Boko Haram fighters killed 14 farmers in Borno state late Monday, officials "
     "said Wednesday.", "2026-11-25", MON),
    ("Bandits attacked Maru village in Zamfara State in the early hours of Tuesday, killing 16, police spokesman said "
     "Wednesday.", "2026-11-26", TUE),
    ("Two soldiers were killed and five wounded in a Houthi drone attack on a government position in Taiz on the "
     "evening of 25 November, a military source said.", "2026-11-28", WED),
    ("A Ukrainian drone attack on Belgorod late on Friday killed one person, Governor Vyacheslav Gladkov said on "
     "Saturday.", "2026-11-28", FRI),
    # machine-translated: Ukrainian administrations' and Saba's
    ("At night on Monday, the enemy attacked Kharkiv with drones, as a result 5 people were injured, reported the head "
     "of the regional military administration.", "2026-11-25", MON),
    ("On the night of November 24, the enemy struck Zaporizhzhia with guided aerial bombs, 2 people died, 7 were "
     "injured.", "2026-11-25", TUE),
    ("On November 25, at about 22:30, the enemy attacked Kryvyi Rih with a ballistic missile. 3 people were killed.",
     "2026-11-27", WED),
    ("Yesterday at night, the Russian army shelled Kherson; as a result 2 persons were killed, informs the regional "
     "military administration.", "2026-11-27", THU),
    ("SANAA (Saba) - Four citizens were martyred on Monday evening in an American-British aggression raids on Sa'ada "
     "governorate.", "2026-11-25", MON),
    # numeric days: day-first (Dawn's, the Nigerien army's), month-first (an American outlet's)
    ("A roadside bomb killed three soldiers in Khyber district on 24/11, the military's media wing said.", "2026-11-28",
     TUE),
    ("Gunmen killed a chief and four guards in Tillaberi on 22/11/2026, the Nigerien army said.", "2026-11-28", SUN),
    ("A drone strike on 11/24 killed three fighters near Jilib, US Africa Command said.", "2026-11-28", TUE),
    # datelines with no published date: the dateline's day, and another attack day
    ("KYIV, Nov 27 (Reuters) - A Russian missile strike on Dnipro killed five people and injured 20, the regional "
     "governor said.", None, THU),
    ("KHARTOUM, Nov 26 (Reuters) - An RSF drone strike on a market in Omdurman on Monday killed 14 people, a medical "
     "source said.", None, MON),
    ("MOGADISHU, Nov 25 - At least nine people were killed when a car bomb exploded outside a restaurant in the "
     "capital late on Sunday, police said.", None, SUN),
    ("KYIV, Nov 26 (Reuters) - Russian drones struck energy facilities in Odesa overnight, injuring three workers, the "
     "regional governor said on Wednesday.", None, WED),
    ("Gaza, 27 November (WAFA) - Five citizens were killed and others injured last night when the occupation aircraft "
     "bombed a house in Jabalia.", None, THU),
    # live blogs: a timestamped update, a stamp of the day's date
    ("Updated at 11:05: An Israeli drone strike killed two people in a car in the town of Nabatieh, the health ministry "
     "said.", "2026-11-27", FRI),
    # "a day after", "the previous day": today's attack leads
    ("A landmine explosion on Saturday killed four children in Daraa countryside, the civil defence said. The blast "
     "came a day after a similar explosion in Quneitra.", "2026-11-29", SAT),
    ("A Russian drone hit a bus in Kherson on Thursday, wounding six, a day after shelling killed two residents of the "
     "city, the governor said.", "2026-11-28", THU),
    ("Israeli forces raided the Jenin camp on Thursday, killing three Palestinians, a day after a drone strike in Tubas "
     "killed two, the health ministry said.", "2026-11-28", THU),
    ("A roadside bomb killed four soldiers in North Waziristan on Tuesday. The previous day, militants attacked a "
     "checkpost in Bannu, killing two policemen.", "2026-11-28", TUE),
    ("U.S. Central Command said its forces conducted a strike in northwest Syria on Thursday, killing a senior "
     "al-Qaeda operative.", "2026-11-28", THU),
    # round 22's second batch: dawn, "the day before yesterday", "earlier today", "this morning", a date in brackets,
    # "the Nov. 24 drone strike", a Xinhua dateline, a date weeks or months before the report
    ("Israeli warplanes struck a house in Beit Lahia at dawn on Friday, killing nine people, the civil defence said.",
     "2026-11-28", FRI),
    ("Shelling killed three people in Kherson the day before yesterday, the governor said on Saturday.", "2026-11-28",
     THU),
    ("KYIV, November 27, 2026 /Ukrinform/. Russian troops shelled Nikopol during the night, wounding two people, the "
     "regional administration said.", None, THU),
    ("The Nov. 24 drone strike on a bus in Kherson killed three passengers, officials said.", "2026-11-28", TUE),
    ("Russian missiles hit Kharkiv earlier today, killing two people, Mayor Ihor Terekhov said.", "2026-11-27", FRI),
    ("On Thursday (Nov 26), gunmen killed seven worshippers at a church in Kaduna, police said.", "2026-11-28", THU),
    ("A Russian drone struck a car in Nikopol this morning, killing the driver, Governor Serhiy Lysak said.",
     "2026-11-28", SAT),
    ("Gunmen killed 11 farmers in Benue on the eve of the Independence Day holiday, on September 30, police said.",
     "2026-10-02", date(2026, 9, 30)),
    ("An RSF attack on the village of Wad al-Noura on 5 June killed more than 100 people, the UN said in a report "
     "published on Thursday.", "2026-07-10", date(2026, 6, 5)),
    ("Russian forces shelled Kupiansk on Tuesday evening local time, killing a woman, the prosecutor's office said.",
     "2026-11-26", TUE),
    ("Two people died in a drone attack on Kramatorsk at around 3am on Wednesday, officials said.", "2026-11-26", WED),
    ("A bomb exploded at a bus stop in Quetta on the morning of November 24, killing five, police said.", "2026-11-28",
     TUE),
    ("Israeli strikes overnight Wednesday to Thursday killed 14 people in Gaza, medics said.", "2026-11-27", THU),
    ("GAZA CITY, Nov. 27 (Xinhua) -- At least 12 Palestinians were killed on Thursday in Israeli airstrikes on a school "
     "in Gaza City, medical sources said.", None, THU),
    ("Houthi media said on Wednesday that US airstrikes on Sanaa on Monday night killed six people.", "2026-11-25", MON),
]


@pytest.mark.parametrize("text, published, day", REPORTS)
def test_the_day_of_a_war_reports_lead(text, published, day):
    _dates_the_lead(text, published, day)


@pytest.mark.parametrize("text, published, first", [
    # AFP, Al Jazeera, Reuters: "last week", "earlier this week" are a week, not a day
    ("Last week, RSF fighters killed at least 30 people in an attack on a village near El Fasher, activists said.",
     "2026-11-28", date(2026, 11, 16)),
    ("The army said on Saturday that 11 soldiers were killed in an attack by jihadists on a post in northern Burkina "
     "Faso last week.", "2026-11-28", date(2026, 11, 16)),
    ("Earlier this week, an Israeli strike on a tent camp in al-Mawasi killed 19 people, the health ministry said.",
     "2026-11-28", date(2026, 11, 23)),
])
def test_a_week_told_is_the_lead_s_week(text, published, first):
    mention = lead(text, published)
    assert (mention.when.start, mention.when.precision) == (first, "week")


@pytest.mark.parametrize("text, killed, first", [
    # Reuters, the Kyiv Independent, Dawn: the toll of one attack earlier this week (or late last week) rose
    ("The death toll from the Russian missile attack on Kyiv earlier this week has risen to 31, officials said on "
     "Friday.", 31, date(2026, 11, 23)),
    ("The number of people killed in an Israeli strike on a school in Gaza City earlier this week rose to 22 on "
     "Saturday, the civil defence said.", 22, date(2026, 11, 23)),
    ("The toll from a suicide bombing at a mosque in Peshawar late last week has climbed to 61, police said on "
     "Saturday.", 61, date(2026, 11, 16)),
])
def test_a_toll_of_one_attack_earlier_this_week_is_that_attack(text, killed, first):
    mention = lead(text, "2026-11-28")
    assert (mention.kind, mention.killed.value, mention.when.start) == ("event", killed, first)


def test_a_toll_told_this_week_stays_the_week_s():
    mentions = extract("The death toll from Russian strikes on Ukraine this week has risen to 64, officials said on "
                       "Friday.", "2026-11-28")
    assert [m.kind for m in mentions] == ["aggregate"]


@pytest.mark.parametrize("text, day", [
    # Al Jazeera's, the Guardian's, Suspilne's live blogs, copied with their entry's stamp and no published date
    ("LIVE: 27 Nov 2026, 08:15 GMT - Israeli air raids on Deir el-Balah killed at least six people overnight, hospital "
     "sources said.", THU),
    ("Update 26 November 2026 21:40\nA Russian glide bomb hit a five-storey building in Kramatorsk this evening, killing "
     "two people, the regional governor said.", THU),
    ("Live 24 Nov 2026 10:02 GMT\nAn RSF drone struck a fuel depot in Port Sudan on Monday morning, wounding four "
     "workers, the army said.", MON),
])
def test_a_live_blog_entry_is_dated_by_its_stamp(text, day):
    _dates_the_lead(text, None, day)


@pytest.mark.parametrize("text, published, injured, sub_event_type, recalled", [
    # Ukrinform, Al Jazeera, AFP: today's harm told before a recalled attack with a figure of another kind
    ("Russian shelling of Kherson wounded four people, a day after a drone attack on the city killed two, officials "
     "said on Friday.", "2026-11-28", 4, "Shelling/artillery/missile attack", 2),
    ("Israeli gunfire wounded nine Palestinians near an aid site in Rafah on Friday, two days after an airstrike on a "
     "tent in al-Mawasi killed 15, medics said.", "2026-11-28", 9, "Attack", 15),
    ("Jihadists wounded 12 soldiers in an ambush near Djibo on Thursday, a week after an attack on the town's camp "
     "killed 25, the army said.", "2026-11-28", 12, None, 25),
])
def test_news_told_before_a_recalled_attack_leads(text, published, injured, sub_event_type, recalled):
    news, history = extract(text, published)
    assert (news.background, news.injured.value, news.killed) == (False, injured, None)
    assert sub_event_type is None or news.sub_event_type == sub_event_type
    assert (history.background, history.killed.value) == (True, recalled)


@pytest.mark.parametrize("text, killed, injured, recalled", [
    # Suspilne, Premium Times, Dawn: "a day after shelling killed two", with no article, recalls an attack too
    ("A Russian drone hit a bus in Kherson on Thursday, wounding six, a day after shelling killed two residents of the "
     "city, the governor said.", None, 6, 2),
    ("Gunmen killed 14 people in Zamfara on Monday, a week after bandits wounded 30 in a nearby village, police said.",
     14, None, 30),
    ("Militants wounded three policemen in Bannu on Wednesday, hours after terrorists killed two soldiers in Lakki "
     "Marwat, officials said.", None, 3, 2),
])
def test_a_recalled_attack_with_no_article_is_history(text, killed, injured, recalled):
    news = lead(text, "2026-11-28")
    assert ((news.killed.value if news.killed else None), (news.injured.value if news.injured else None)) == (killed,
                                                                                                           injured)
    assert any(m.background and recalled in (m.killed and m.killed.value, m.injured and m.injured.value)
               for m in extract(text, "2026-11-28"))


@pytest.mark.parametrize("text", [
    # AFRICOM's and CENTCOM's statements, Reuters, AP, Houthi media: the United States' commands and forces
    "US Africa Command said it carried out an airstrike against al-Shabaab near Jilib on Monday, killing three "
    "militants. No civilians were injured, AFRICOM said.",
    "U.S. Central Command said its forces conducted a strike in northwest Syria on Thursday, killing a senior al-Qaeda "
    "operative.",
    "AFRICOM said on Monday it killed 10 al-Shabaab fighters in an airstrike near Kismayo.",
    "The U.S. military said it struck an Islamic State camp in Somalia's Puntland region on Sunday, killing 12 "
    "militants.",
    "A U.S. drone strike on a car near Jilib killed two al-Shabaab commanders on Tuesday, Somali officials said.",
    "US forces killed three Islamic State fighters in a raid in Deir ez-Zor on Wednesday, CENTCOM said.",
    "American warplanes struck Houthi targets in Hodeidah on Friday, killing four people, Houthi media said.",
    "A US-led coalition airstrike killed four people in Raqqa on Tuesday, a monitor said.",
])
def test_the_united_states_forces_are_the_united_states(text):
    assert lead(text, "2026-11-28").perpetrator == "United States"


@pytest.mark.parametrize("text", [
    # AP, the Houston Chronicle, a police statement: American news's own names are its setting, "us" a pronoun
    "African American gunmen opened fire at a party in Chicago on Saturday, killing two, police said.",
    "A U.S. military veteran shot and killed his neighbor in Dallas on Sunday, police said.",
    "The gunman, a former U.S. Marine, killed three people at a bar in Houston on Friday, police said.",
    "A witness told us the gunman fired on the crowd outside the club in Memphis, killing one man.",
])
def test_american_news_names_no_american_doer(text):
    assert lead(text, "2026-11-28").perpetrator is None


@pytest.mark.parametrize("text", [
    # HRW, AP, the Guardian, an OCHA flash update: a weekday with its date, told weeks on, is that date
    "Human Rights Watch said on Thursday that an airstrike on Sunday, November 22, killed 12 people at a market in "
    "Kauda, South Kordofan.",
    "A car bomb killed eight people outside a hotel in Mogadishu on Sunday, Nov. 22, police said.",
    "Gunmen killed 16 villagers in Maru, Zamfara State, on Sunday 22 November, according to a report released on "
    "Wednesday.",
    "On Sunday, 22 November, a drone struck a displacement site in El Fasher, killing seven people.",
])
def test_a_weekday_with_its_date_told_weeks_on_is_that_date(text):
    mention = lead(text, "2026-12-10")
    assert (mention.when.start, mention.when.end) == (SUN, SUN)


@pytest.mark.parametrize("text, perpetrator", [
    # CENTCOM, the IDF, ISPR, AFRICOM: a side that said it "conducted" a strike or an operation claimed it
    ("U.S. Central Command said its forces conducted a strike in northwest Syria on Thursday, killing a senior "
     "al-Qaeda operative.", "United States"),
    ("The Israeli military said it conducted a strike on a Hezbollah operative in Nabatieh on Friday, killing him.",
     "Israel"),
    ("Pakistan's military said its troops conducted an operation in North Waziristan on Tuesday, killing eight "
     "militants.", "Pakistan"),
    ("AFRICOM said it conducted an airstrike near Jilib on Monday that killed three al-Shabaab fighters.",
     "United States"),
])
def test_a_side_that_said_it_conducted_a_strike_claimed_it(text, perpetrator):
    mention = lead(text, "2026-11-28")
    assert (mention.perpetrator, mention.attribution) == (perpetrator, "claimed")
