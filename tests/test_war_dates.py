"""The lead incident's date in war reports, by class of phrasing (issue 11): reports written for
these tests in the styles of wire services, live blogs, UN updates, local outlets and machine
translation, about several conflicts. Each test is a class, with several real-world phrasings."""

from datetime import date

import pytest
from war_fixtures import lead

from harmledger.extract import extract


def days(text: str, published: str) -> tuple[date, date]:
    when = lead(text, published).when
    return when.start, when.end


@pytest.mark.parametrize("text, published, start, end", [
    ("A Russian drone attack on Kharkiv overnight into Monday killed three people and wounded 12, the mayor said.",
     "2024-06-19", date(2024, 6, 16), date(2024, 6, 17)),
    ("Ukrainian authorities said a Russian missile attack on Odesa overnight on Saturday killed two people.",
     "2024-06-18", date(2024, 6, 14), date(2024, 6, 15)),
    ("A Russian drone attack overnight Sunday killed two people in Odesa, officials said Monday.",
     "2024-06-18", date(2024, 6, 15), date(2024, 6, 16)),
    ("Russia attacked Ukraine with 40 drones on Saturday night into Sunday; one hit a house in Kyiv region, "
     "killing a woman.", "2024-06-18", date(2024, 6, 15), date(2024, 6, 16)),
    ("In the night from Saturday to Sunday, the enemy shelled Nikopol with heavy artillery. A 45-year-old man "
     "was killed.", "2024-06-18", date(2024, 6, 15), date(2024, 6, 16)),
])
def test_a_night_told_over_two_days_spans_both(text, published, start, end):
    assert days(text, published) == (start, end)


@pytest.mark.parametrize("text, published, start, end", [
    ("Russian strikes on Kharkiv over the weekend killed at least seven people, the governor said on Monday.",
     "2024-06-10", date(2024, 6, 8), date(2024, 6, 9)),
    ("Bandits killed 23 villagers in Zamfara State at the weekend, the state government said.",
     "2024-06-10", date(2024, 6, 8), date(2024, 6, 9)),
    ("An RSF drone struck a displacement camp near El Fasher this past weekend, killing five children, UNICEF said "
     "on Tuesday.", "2024-06-11", date(2024, 6, 8), date(2024, 6, 9)),
    ("Rescuers have recovered 42 bodies from the rubble of the apartment block in Dnipro hit by a Russian missile "
     "a week ago, officials said.", "2024-06-15", date(2024, 6, 5), date(2024, 6, 11)),
    ("Relatives are still searching for 15 people missing after militants attacked the village of Yelwata "
     "10 days ago.", "2024-06-23", date(2024, 6, 13), date(2024, 6, 13)),
])
def test_weekends_and_days_or_weeks_ago_count_back_from_the_report(text, published, start, end):
    assert days(text, published) == (start, end)


@pytest.mark.parametrize("text, published, day", [
    ("On 04-06-2024, gunmen attacked Tungan Ruwa village in Shiroro LGA of Niger State, killing nine farmers.",
     "2024-06-08", date(2024, 6, 4)),
    ("2024/06/04: Israeli forces shelled Khan Younis, killing 12 people, the ministry said.",
     "2024-06-08", date(2024, 6, 4)),
    ("Kherson region, 12.06: as a result of Russian shelling of Antonivka, a 70-year-old man was killed.",
     "2024-06-14", date(2024, 6, 12)),
    ("Sumy region: on 4/6 the enemy dropped guided bombs on Krasnopillia hromada, killing 2 civilians.",
     "2024-06-07", date(2024, 6, 4)),
])
def test_numeric_dates_in_other_orders_and_without_a_year(text, published, day):
    assert days(text, published) == (day, day)


@pytest.mark.parametrize("text", [
    "Shells killed two people on 3.5 hectares of farmland outside Kherson on Sunday.",
    "At 10.05 am a drone hit a car near Kherson on Sunday, killing the driver.",
])
def test_a_decimal_or_a_time_is_no_date(text):
    assert days(text, "2024-06-11") == (date(2024, 6, 9), date(2024, 6, 9))


@pytest.mark.parametrize("text, published, day", [
    ("Sudan: Situation Report, 12 June 2024\nOn 9 June, RSF shelling hit the Saudi Hospital in El Fasher, killing "
     "two health workers.", "2024-06-12", date(2024, 6, 9)),
    ("OCHA Flash Update #3 (7 June 2024)\nOn 5 June, the Rapid Support Forces (RSF) attacked Wad al-Noura village in "
     "Al Jazirah State. According to local sources, more than 100 people were killed.", "2024-06-07", date(2024, 6, 5)),
    ("SUDAN: Flash Update No. 5 - El Fasher, North Darfur (10 June 2024)\nHIGHLIGHTS\nOn 8 June, shelling hit the "
     "Saudi Hospital in El Fasher, killing at least four patients and injuring 11.", "2024-06-10", date(2024, 6, 8)),
])
def test_a_date_closing_a_heading_dates_the_report_not_the_attack(text, published, day):
    assert days(text, published) == (day, day)


@pytest.mark.parametrize("text, published, start, end", [
    ("KHARKIV, Ukraine (AP) — A Russian guided bomb struck a crowded hardware store in Kharkiv, killing at least 12 "
     "people, officials said.\n\nKharkiv has been under intense attack since Russia launched a new offensive in the "
     "region on May 10.", "2024-05-26", date(2024, 5, 25), date(2024, 5, 26)),
    ("Shelling of El Fasher killed nine people, medics said. The city has been shelled daily since the RSF attacked "
     "it in May.", "2024-06-12", date(2024, 6, 11), date(2024, 6, 12)),
    ("A drone struck a bus in Kherson, killing two passengers, the governor said. Kherson has been shelled almost "
     "daily since Russian troops withdrew from the city in November 2022.", "2024-05-20", date(2024, 5, 19), date(2024, 5, 20)),
])
def test_a_span_since_an_earlier_day_does_not_date_the_attack(text, published, start, end):
    assert days(text, published) == (start, end)


@pytest.mark.parametrize("text, start", [
    ("An airstrike on a house in Rafah killed 12 people. More than 37,000 people have been killed in Gaza since "
     "Oct. 7, the health ministry said.", date(2023, 10, 7)),
    ("Shelling killed six people in El Obeid on Monday. Some 20,000 people have been killed since 15 April 2023, "
     "when the war broke out.", date(2023, 4, 15)),
])
def test_a_toll_since_a_day_runs_from_that_day_to_the_report(text, start):
    toll = next(m for m in extract(text, "2024-06-12") if m.kind == "aggregate")
    assert (toll.when.start, toll.when.end) == (start, date(2024, 6, 12))


@pytest.mark.parametrize("text, published, day", [
    ("The death toll from a Russian missile attack on a railway station in the Dnipropetrovsk region rose to eight "
     "on Monday, officials said. The attack on Friday evening hit the station as passengers waited for a train.",
     "2024-06-17", date(2024, 6, 14)),
    ("The number of people killed in an RSF drone attack on a market in the North Darfur town of Kabkabiya has risen "
     "to 21 on Sunday. The drones struck on Thursday morning.", "2024-06-16", date(2024, 6, 13)),
    ("A drone hit a minibus in Bilozerka, killing one man. The head of the regional administration wrote on "
     "Telegram on Sunday that the attack took place on Saturday.", "2024-06-17", date(2024, 6, 15)),
    ("Gunmen killed seven people in Kauru, Kaduna State, the police said in a statement on Tuesday. The attack "
     "happened on Sunday night.", "2024-06-19", date(2024, 6, 16)),
])
def test_the_day_a_toll_rose_or_a_channel_carried_it_dates_nothing(text, published, day):
    assert days(text, published)[0] == day


@pytest.mark.parametrize("text, published, start, end", [
    ("During the day, the Russian army attacked Nikopol district with FPV drones and heavy artillery. As a result, "
     "a 58-year-old man was killed in Marhanets hromada.\n\nAs Ukrinform reported earlier, on June 12 Russian troops "
     "shelled Nikopol, wounding two women.", "2024-06-14", date(2024, 6, 13), date(2024, 6, 14)),
    ("A drone hit a bus in Kherson, killing two passengers, the governor said. As previously reported, on 10 June "
     "a drone attack on the city killed a woman.", "2024-06-14", date(2024, 6, 13), date(2024, 6, 14)),
])
def test_an_earlier_attack_recalled_as_reported_before_is_history(text, published, start, end):
    assert days(text, published) == (start, end)


@pytest.mark.parametrize("text, published, start, end", [
    ("Gunmen killed 11 villagers in Zamfara State. The police on Tuesday confirmed that 11 people were killed in the "
     "attack on Kadawa village.", "2024-06-19", date(2024, 6, 17), date(2024, 6, 18)),
    ("Paramilitary shelling killed 12 people in El Obeid. The army on Monday said 12 civilians were killed and 20 "
     "wounded when shells hit a market.", "2024-06-19", date(2024, 6, 16), date(2024, 6, 17)),
    ("Israeli strikes killed 12 people in Nuseirat, the health ministry said on Saturday.", "2024-06-17",
     date(2024, 6, 14), date(2024, 6, 15)),
    ("An RSF drone hit a fuel depot in Port Sudan, wounding three workers, officials wrote on Telegram on Friday.",
     "2024-06-17", date(2024, 6, 13), date(2024, 6, 14)),
    # the first day a source told of it, not an earlier warning a later sentence recalls
    ("A Russian missile killed five people in Odesa, officials said on Wednesday. Zelenskiy on Monday had warned "
     "of new attacks on the port.", "2024-06-19", date(2024, 6, 18), date(2024, 6, 19)),
])
def test_news_with_no_date_of_its_own_happened_by_the_day_a_source_told_it(text, published, start, end):
    assert days(text, published) == (start, end)


@pytest.mark.parametrize("text, published, day, place, killed", [
    ("Israeli strikes killed 17 people in Gaza City on Wednesday, a day after a strike on a school in Nuseirat "
     "killed 30.", "2024-06-14", date(2024, 6, 12), "Gaza", 17),
    ("A second drone strike on Sumy killed three people on Thursday, two days after an attack on a bus there "
     "killed nine.", "2024-06-14", date(2024, 6, 13), "Sumy", 3),
    ("Bandits killed 12 people in Gusau, Zamfara State, on Sunday, just days after a similar attack in the area "
     "left 20 dead.", "2024-06-14", date(2024, 6, 9), "Gusau", 12),
])
def test_an_attack_told_days_after_another_keeps_its_own_place_day_and_toll(text, published, day, place, killed):
    mentions = extract(text, published)
    news = [m for m in mentions if not m.background]
    assert [(m.when.start, m.when.end, m.place.name, m.killed.value) for m in news] == [(day, day, place, killed)]
    assert len(mentions) == 2
