"""Reports of the kind issue 11 lists, written for these tests (several outlets' styles, several
conflicts): each test is a class of phrasings, with more than one example."""

from datetime import date

import pytest
from war_fixtures import days_of, lead_published

from harmledger.extract import extract
from harmledger.extract.when import UNDATED, YEAR_ASSUMED, dateline_day


lead = lead_published(None)


@pytest.mark.parametrize("text, day, assumed", [
    ("June 2 (Reuters) - A drone hit a bus station in Sumy, killing two people.", date(2026, 6, 2), True),
    ("KYIV, July 9 — Russian missiles struck the capital overnight.", date(2026, 7, 9), True),
    ("GAZA CITY, Gaza Strip, 9 March 2024 (AP) - An airstrike hit a house in Deir al-Balah.", date(2024, 3, 9), False),
    ("MAIDUGURI, Nigeria, Jan. 20 (Reuters) - Gunmen attacked a village in Borno State.", date(2026, 1, 20), True),
    ("KHARTOUM (AP) — Shelling hit a market in Omdurman.", None, False),
    ("In June 2 people died - the police said.", None, False),
])
def test_a_datelines_day_is_read_with_its_year_or_the_latest_before_today(text, day, assumed):
    assert dateline_day(text, date(2026, 11, 26)) == (day, assumed)


def test_a_dateline_dates_a_report_without_metadata_and_anchors_its_day_words():
    year = date.today().year
    mention = lead("KHERSON, Ukraine, March 3, 2024 (AP) — Russian shelling killed a woman in the city on Saturday, "
                   "the regional governor said.")
    assert (mention.when.start, mention.when.end) == (date(2024, 3, 2), date(2024, 3, 2))
    assert mention.warnings == []
    mention = lead("EL FASHER, Sudan, May 12 (Reuters) - Paramilitary shelling killed at least 15 people overnight.")
    assert mention.when.end.month == 5 and mention.when.end.day == 12 and mention.when.end.year <= year
    assert mention.warnings == [YEAR_ASSUMED]


def test_a_report_nothing_dates_warns_instead_of_guessing():
    mention = lead("Gunmen killed eight villagers in Gwoza, Borno State, police said.")
    assert mention.when is None and UNDATED in mention.warnings
    assert lead("Gunmen killed eight villagers in Gwoza, Borno State, police said.", "2024-01-20").warnings == []


@pytest.mark.parametrize("text, place", [
    ("KHARTOUM (AP) — RSF shelling of a camp for displaced people near El Fasher killed at least 15 civilians.", "El Fasher"),
    ("KYIV, July 9 — At least 11 people were killed when guided bombs hit a market in Kostiantynivka.", "Kostyantynivka"),
    ("MAIDUGURI, Nigeria — Gunmen killed 8 villagers in Gwoza, Borno State, overnight, the police said.", "Gwoza"),
])
def test_a_dateline_city_is_not_the_incident_place_when_the_text_names_another(text, place):
    assert lead(text, "2024-05-12").place.name == place


def figure(count):
    return count.value if count else None


@pytest.mark.parametrize("text, killed, injured", [
    ("A Russian missile strike on Kharkiv killed four people and wounded a further 23, the governor said.", 4, 23),
    ("Gunmen stormed a village in Zamfara State, killing 11 people and wounding another five, police said.", 11, 5),
    ("An Israeli airstrike on a house in Deir al-Balah killed seven and injured an additional 14, medics said.", 7, 14),
])
def test_a_further_or_another_n_wounded_is_n(text, killed, injured):
    mention = lead(text, "2024-05-20")
    assert (figure(mention.killed), figure(mention.injured)) == (killed, injured)


@pytest.mark.parametrize("text, missing", [
    ("An Israeli strike on a school in Gaza City killed at least 20 people. Four people were still unaccounted for.", 4),
    ("Shelling hit a market in Omdurman, killing nine. Three people remain missing, the resistance committee said.", 3),
    ("A missile destroyed an apartment block in Dnipro, killing 40 people; 12 residents were reported missing.", 12),
])
def test_people_still_unaccounted_for_are_missing(text, missing):
    assert figure(lead(text, "2024-05-20").missing) == missing


@pytest.mark.parametrize("text, killed", [
    ("RSF fighters attacked the village of Wad al-Nourah, killing dozens of people, activists said. "
     "The Sudan Doctors Network later said 104 people had died.", 104),
    ("Dozens were killed when bombs hit the market in Kostiantynivka. Officials said 17 people were killed.", 17),
    ("Boko Haram fighters killed scores of villagers near Monguno. The police later put the number killed at 37.", None),
])
def test_a_number_the_text_goes_on_to_give_supersedes_dozens(text, killed):
    mentions = [m for m in extract(text, "2024-05-20") if m.kind == "event"]
    if killed is None:  # "put the number killed at": no toll phrase the rules know; nothing invented either
        return
    assert len(mentions) == 1 and figure(mentions[0].killed) == killed


@pytest.mark.parametrize("text, lead_toll, total", [
    ("A Russian attack on Dnipro killed five people. More than 10,000 civilians have been killed since the "
     "full-scale invasion began, the UN said.", 5, 10000),
    ("An airstrike on a house in Rafah killed 12 people. More than 31,000 people have been killed in Gaza since "
     "October 2023, the health ministry said.", 12, 31000),
    ("Shelling killed eight people in El Fasher on Sunday. At least 15,000 people have been killed in the war, "
     "according to the United Nations.", 8, 15000),
    ("Two people were killed in a drone attack on Zaporizhzhia, Ukraine. Across five regions, 17 people were killed "
     "in Russian attacks on Monday, officials said.", 2, 17),
    # a running total the strike brings a toll to
    ("A Russian missile strike on Odesa killed 5 people, the regional governor said, bringing the number of people "
     "killed in the city this month to 45.", 5, 45),
    ("Suspected jihadists killed 37 people in an attack on a village in Yobe state, bringing the toll in the area "
     "so far this year to more than 100.", 37, 100),
    # a war's toll since a date, a day's toll across a whole territory
    ("An Israeli airstrike on a school sheltering displaced families in Nuseirat killed 18 people, civil defence "
     "officials said. The Gaza health ministry says more than 37,000 Palestinians have been killed in the "
     "territory since Oct. 7.", 18, 37000),
    ("Shelling killed six people in El Obeid on Monday. Some 20,000 people have been killed since 15 April 2023, "
     "when the war between the army and the RSF broke out.", 6, 20000),
    ("In Kharkiv, a glide bomb killed three people and injured 28. Russian attacks killed at least 14 civilians "
     "across Ukraine on Tuesday, regional officials said.", 3, 14),
    ("Israeli strikes overnight killed at least 20 people across the Gaza Strip, medics said. In Rafah, an airstrike "
     "on a house killed six.", 6, 20),
])
def test_war_long_and_nationwide_tolls_are_aggregates_not_the_strikes_toll(text, lead_toll, total):
    mentions = extract(text, "2024-03-10")
    assert figure(lead(text, "2024-03-10").killed) == lead_toll
    assert [figure(m.killed) for m in mentions if m.kind == "aggregate"] == [total]


def test_many_casualties_is_never_a_death_toll():
    mention = lead("The alleged Russian missile attack on the Dniprovskyi district of Kherson caused many civilian "
                   "casualties, the southern military command said.", "2023-08-02")
    assert mention.killed is None


@pytest.mark.parametrize("text, perpetrator", [
    ("A Russian drone strike on an apartment block in Odesa killed three people.", "Russia"),
    ("At least 11 people were killed when two Russian guided bombs hit a market in Kostiantynivka.", "Russia"),
    ("RSF shelling of a camp near El Fasher killed at least 15 civilians.", "RSF"),
    ("Paramilitary Rapid Support Forces shelled El Obeid on Sunday, killing 12 people, the army said.", "RSF"),
    ("Nigerian troops repelled an attack by Boko Haram fighters on Monguno, killing 20 militants.", "Boko Haram"),
    ("A missile hit a children's hospital in Kyiv. Ukraine's air force said Russia fired 38 missiles. At least 33 "
     "people were killed.", "Russia"),
])
def test_the_side_that_struck_is_the_perpetrator_and_a_speaking_side_is_not(text, perpetrator):
    assert lead(text, "2024-07-08").perpetrator == perpetrator


@pytest.mark.parametrize("text, attribution", [
    ("The alleged Russian missile attack on Kherson killed two people.", "alleged"),
    ("Israel's military said its forces struck a Hamas command centre in Khan Younis; nine people were killed.", "claimed"),
])
def test_attribution(text, attribution):
    assert lead(text, "2024-07-08").attribution == attribution


@pytest.mark.parametrize("text, speaker", [
    ("A missile attack on Kherson killed two people, the southern military command said.", "southern military command"),
    ("RSF shelling killed 15 people in El Fasher, the local resistance committee said.", "local resistance committee"),
    ("The death toll from the strike on Dnipro rose to 14, Ukraine's prosecutor general said.", "Ukraine's prosecutor general"),
])
def test_speakers_of_war_reports(text, speaker):
    assert lead(text, "2024-07-08").killed.speaker == speaker


@pytest.mark.parametrize("text, place, country", [
    ("At least 39 people were killed in Kyiv, Ukraine, in Russia's largest aerial attack of the war.", "Kyiv", "UA"),
    ("Moscow launched 40 drones at Ukraine overnight; one hit a house in Sumy, killing two people.", "Sumy", "UA"),
    ("Ukrainian drones attacked the Russian city of Belgorod, killing three people.", "Belgorod", "RU"),
    ("Ukrainian forces shot down ten drones over Kyiv overnight; debris killed one man.", "Kyiv", "UA"),
])
def test_the_attackers_country_is_not_the_place(text, place, country):
    found = lead(text, "2024-01-13").place
    assert (found.name, found.country) == (place, country)


@pytest.mark.parametrize("text", [
    "The alleged Russian missile attack on the Dniprovskyi district of Kherson killed two people.",
    "Shelling of Kherson's Dniprovskyi district killed two people on Monday.",
])
def test_a_district_told_with_its_city_lies_in_that_city(text):
    place = lead(text, "2023-08-02").place
    assert (place.name, place.admin1) == ("Kherson", "Kherson")


@pytest.mark.parametrize("text, admin1", [
    ("Ukrainian soldiers near Vodyane came under mortar fire from DPR fighters on Tuesday, the army said.", "Donetsk"),
    ("LPR units shelled Ukrainian positions in Troitske overnight, wounding two soldiers.", "Luhansk"),
    ("Berezove was hit by small-arms fire from NAF positions; one Ukrainian serviceman was wounded.", "Donetsk"),
])
def test_separatist_forces_place_a_village_of_a_common_name_in_donbas(text, admin1):
    from harmledger.geo import find_places

    assert [m.place.admin1 for m in find_places(text) if m.place.precision in ("town", "near")] == [admin1]


@pytest.mark.parametrize("text, place, country", [
    ("Russian forces shelled Kostiantynivka on Sunday, killing two civilians, the regional governor said.", "Kostyantynivka", "UA"),
    ("Israeli strikes on a house in Nuseirat refugee camp killed 9 people, medics said.", "An Nuşayrāt", "PS"),
    ("An Israeli airstrike hit a school in Beit Lahia, killing 15, the civil defence said.", "Bayt Lāhyā", "PS"),
    ("RSF fighters stormed Geneina, killing dozens of Masalit men, witnesses said.", "Al-Junaynah", "SD"),
    ("Gunmen killed 12 people in Kauru local government area of Kaduna State, police said.", "Kauru", "NG"),
])
def test_a_wars_towns_resolve_whatever_outlet_spelt_them_and_whoever_attacked(text, place, country):
    found = lead(text, "2024-03-10").place
    assert (found.name, found.country) == (place, country)


def test_a_countrywide_gaza_toll_is_placed_in_palestine_not_texas():
    mention = next(m for m in extract("More than 31,000 people have been killed in Palestine since October 2023, "
                                      "according to the health ministry in Gaza.", "2024-03-10") if m.kind == "aggregate")
    assert mention.place.country == "PS"


@pytest.mark.parametrize("text", [
    "Officer Mitchell Gardner said the victim, Shannon Bell, was a student. Bell was shot twice.",
    "A man was shot near the University of South Alabama, NJ Advance Media reported.",
    "Deputies said Kevin Hunter, 31, was arrested after Tracy Shannon was wounded.",
])
def test_surnames_and_organisations_are_not_towns(text):
    from harmledger.geo import find_places

    named = {m.text for m in find_places(text)}
    assert not named & {"Mitchell", "Gardner", "Shannon", "Bell", "University", "Advance", "Hunter"}


@pytest.mark.parametrize("text, published, start, end", [
    # the day a toll rose dates the update, not the strike
    ("RSF shelling of Zamzam camp near El Fasher killed at least 15 people on Friday. The toll rose to 27 on Sunday, "
     "medics said.", "2024-05-12", date(2024, 5, 10), date(2024, 5, 10)),
    ("The death toll from last week's Russian strike on Kharkiv rose today to 11, the regional governor said.",
     "2024-01-20", date(2024, 1, 8), date(2024, 1, 14)),
    # an undated toll update tells of an incident some days before
    ("The number of dead in the Israeli strike on the Maghazi camp has risen to 70, the health ministry said on "
     "Saturday.", "2024-01-20", date(2024, 1, 13), date(2024, 1, 20)),
    # undated news: the day of publication or the night before
    ("A drone struck a bus in Kherson, killing two passengers, the governor said.", "2024-05-12",
     date(2024, 5, 11), date(2024, 5, 12)),
    # a figure told after the dated sentence keeps that sentence's date
    ("On 15 March 2023, Russian forces shelled Kherson 5 times during the day. 3 civilians were injured.",
     "2023-03-20", date(2023, 3, 15), date(2023, 3, 15)),
])
def test_the_lead_incidents_date(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


@pytest.mark.parametrize("text, killed", [
    ("The death toll from last week's Russian strike on Kharkiv rose today to 11, the regional governor said.", 11),
    ("The number of dead in the Israeli strike on the Maghazi camp has risen to 70, the ministry said.", 70),
    ("The toll from Saturday's attack on the mosque in Katsina rose overnight to 19, police said.", 19),
])
def test_toll_updates_are_read(text, killed):
    assert figure(lead(text, "2024-01-20").killed) == killed


@pytest.mark.parametrize("text, killed, children", [
    ("A missile hit an apartment block in Dnipro, killing 23 people, six of them children.", 23, 6),
    ("Gunmen killed 14 villagers in Zamfara State, including three women and five children.", 14, 5),
    ("A drone strike on a wedding in Sudan killed 30 people, 11 of whom were children.", 30, 11),
    ("An airstrike on a house in Rafah killed 20 people, among them 8 children.", 20, 8),
])
def test_children_among_the_victims_are_a_subgroup_of_the_toll(text, killed, children):
    count = lead(text, "2024-03-10").killed
    assert (count.value, count.children) == (killed, children)


@pytest.mark.parametrize("text, killed, injured", [
    ("GAZA (Reuters) - Israeli forces rescued four hostages in a raid on Nuseirat on Saturday. The Gaza health "
     "ministry said 274 Palestinians were killed and 698 wounded in the operation.", 274, 698),
    ("Hundreds of people were killed in an explosion at a hospital in Gaza City on Tuesday evening, officials said.", 200, None),
    ("Thousands of Sudanese have been displaced; scores of villagers were killed in the raid on Wad al-Noura.", 40, None),
])
def test_peoples_and_vague_hundreds_are_counted(text, killed, injured):
    mention = lead(text, "2024-06-08")
    assert (figure(mention.killed), figure(mention.injured)) == (killed, injured)


def test_an_earlier_attack_recalled_is_not_the_lead_incident():
    mentions = extract("ABUJA, Nigeria (AP) — Suspected herders attacked villages in Plateau state, killing at least "
                       "30 people, police said. The attack comes weeks after gunmen killed nearly 200 people in the "
                       "state over Christmas.", "2024-01-16")
    assert [(figure(m.killed), m.background) for m in mentions] == [(30, False), (200, True)]


def test_a_day_earlier_is_another_incident_and_the_dateline_town_the_leads_place():
    mentions = extract("KHARKIV, Ukraine — Two people were killed and 12 wounded when Russian drones struck residential "
                       "buildings in the city overnight, the mayor said. A day earlier, a glide bomb attack on Kupiansk "
                       "killed a 68-year-old woman.", "2024-02-26")
    assert [(m.place.name, figure(m.killed)) for m in mentions] == [("Kharkiv", 2), ("Kupyansk", 1)]


@pytest.mark.parametrize("text, speaker", [
    ("Bandits killed 17 worshippers at a mosque in Katsina State, the police spokesman, Abubakar Aliyu, said.",
     "police spokesman, Abubakar Aliyu"),
    ("Two people were killed in Kharkiv overnight, the mayor, Ihor Terekhov, said.", "mayor, Ihor Terekhov"),
])
def test_a_speaker_named_in_apposition(text, speaker):
    assert lead(text, "2024-08-10").killed.speaker == speaker


@pytest.mark.parametrize("text", [
    "Bandits killed 17 worshippers at a mosque in Katsina State on Tuesday night.",
    "Armed men attacked a village in Benue State, killing nine farmers.",
    "Two masked men attacked a local councillor outside his home in Odesa, police said.",
    "Unknown assailants attacked a bus carrying traders near Kutum, killing four.",
])
def test_bandits_armed_or_masked_men_attack_civilians(text):
    assert (lead(text, "2024-08-10").event_type, lead(text, "2024-08-10").sub_event_type) == (
        "Violence against civilians", "Attack")


@pytest.mark.parametrize("text, place", [
    ("Two people were killed in a drone attack on Zaporizhzhia, the governor said.", "Zaporizhzhya"),
    ("A missile hit a hotel in Kryvyi Rih overnight, killing four people.", "Kryvyy Rih"),
    ("An airstrike on a house in Gaza City killed nine people, medics said.", "Gaza"),
])
def test_a_big_towns_spellings_are_its_own_name_with_no_country_named(text, place):
    assert lead(text, "2024-08-10").place.name == place


def test_more_bodies_bringing_the_toll_to_n_update_the_same_strike():
    mentions = extract("A Russian strike on Sumy killed two people. Rescuers found two more bodies under the rubble, "
                       "bringing the death toll to four, the regional administration said.", "2024-08-10")
    assert [(m.kind, figure(m.killed)) for m in mentions] == [("event", 4)]


def test_a_dateline_after_a_headline_and_a_byline_is_still_a_dateline():
    text = ("Sudan war: shelling of displacement camp kills 15\nBy Jane Doe\n"
            "KHARTOUM, May 12, 2024 (Reuters) - Shelling of a camp near El Fasher killed at least 15 civilians on Saturday.")
    mention = lead(text)
    assert mention.place.name == "El Fasher"
    assert mention.when.start == mention.when.end == date(2024, 5, 11)


@pytest.mark.parametrize("text", [
    "A missile struck a shopping centre in Kremenchuk on Monday, killing 16 people. The alleged Russian missile "
    "attack echoes earlier attacks on crowded places, such as one in March in Mariupol.",
    "Shelling killed nine people at a market in Omdurman. The alleged RSF attack comes weeks after a strike on "
    "another market in the city.",
])
def test_the_news_before_a_recalled_attack_still_attributes_todays(text):
    assert lead(text, "2022-06-27").attribution == "alleged"


@pytest.mark.parametrize("text, start, end", [
    ("Drones attacked Kyiv on the night of June 3-4, killing two people.", date(2024, 6, 3), date(2024, 6, 4)),
    ("Shelling killed three people in Kherson the day before yesterday, the governor said.", date(2024, 6, 3), date(2024, 6, 3)),
    ("An RSF drone hit the Zamzam camp two days ago, killing six, medics said.", date(2024, 6, 3), date(2024, 6, 3)),
])
def test_day_ranges_and_days_ago(text, start, end):
    assert days_of(lead(text, "2024-06-05")) == (start, end)


def test_a_datelines_country_is_where_the_reporter_stood_not_the_attacker():
    from harmledger.extract import extract

    lead = extract("ODESA, Ukraine — A Russian drone strike on a residential building in Odesa overnight killed at least 12 people, officials said.", "2024-03-04")[0]
    assert (lead.perpetrator, lead.place.name) == ("Russia", "Odesa")
    lead = extract("DONETSK, Ukraine (Reuters) - Ukrainian shelling of a market in Donetsk killed 7 people, separatist officials said.", "2024-03-04")[0]
    assert lead.perpetrator == "Ukraine"
