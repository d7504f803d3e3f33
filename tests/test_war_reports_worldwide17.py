"""War reports of a seventeenth round (issue 11, session 21), written for these tests in the styles of AP, Reuters,
AFP, Al Jazeera, Ukrinform, the Kyiv Independent, Xinhua and Dawn: allies who strike together ("a U.S.-British air
strike", "a US-led coalition strike", "an Israeli-American strike": the side named first or leading is the doer),
the debris of a weapon shot down (the weapon's owner did the harm, not the side that downed it; an interception
alone stays the interceptor's), and an explosion that names no weapon ("an explosion ripped through a market":
ACLED's remote explosive/IED). A toll across an admin area of any name ("across North Kordofan", "throughout Khan
Younis governorate") is an aggregate; two days told as one ("between Saturday and Sunday", "from Friday evening until
Saturday") are a span; a page's label ("Breaking News", "LIVE", "UPDATE 2-", "EXCLUSIVE:") is no part of the first
sentence; a town's share of a toll across an area ("..., including four in Kyiv") is that town's incident; the
wounded told after the defenders' answer ("Troops repelled the attack and killed 10 militants. Another 15 soldiers
were wounded") are the attack's."""

import pytest
from war_fixtures import km_from, lead_published, value

from harmledger.extract import extract
from harmledger.extract.classify import classify
from harmledger.extract.counts import find_counts
from harmledger.text import split_sentences

lead = lead_published("2026-11-30")


@pytest.mark.parametrize("text, doer", [
    # Reuters, AP, Al Jazeera, Xinhua: allies named together, the first or the leader struck
    ("A U.S.-British air strike on the port city of Hodeidah killed at least six people, the Houthi-run health "
     "ministry said on Sunday.", "United States"),
    ("US-British strikes hit Houthi targets near Sanaa overnight, killing two people, Al Masirah TV reported.",
     "United States"),
    ("A US-led coalition air strike near the village of Baghouz killed nine civilians, a war monitor said.",
     "United States"),
    ("An Israeli-American strike on a compound in Isfahan killed four people, Iranian state media said.", "Israel"),
    ("Saudi-Emirati coalition jets bombed a market in Saada, killing 12 civilians, Houthi officials said.",
     "Saudi-led coalition"),
    ("Russian-led forces attacked the village of Hombori, killing 20 herders, local officials told AFP.", "Russia"),
])
def test_allies_named_together_are_led_by_the_first_named(text, doer):
    assert classify(text).perpetrator == doer


@pytest.mark.parametrize("text", [
    # guards: a sponsor or a government joined by a hyphen names no doer of its own
    "An Iran-backed militia fired rockets at a base in Erbil, wounding two contractors, officials said.",
    "The Hamas-run health ministry said 20 people were killed in the strike on Jabalia.",
])
def test_a_sponsor_or_a_government_joined_by_a_hyphen_is_no_leader(text):
    assert classify(text).perpetrator not in ("Iran", "Hamas", "United States")


@pytest.mark.parametrize("text, owner", [
    # Ukrinform, Kyiv Independent, AP, Times of Israel: the debris of a weapon shot down
    ("Ukrainian forces downed a Russian drone that crashed into a house in Kharkiv, killing a woman, the governor "
     "said.", "Russia"),
    ("Ukrainian air defence forces shot down 40 of 55 Shahed drones overnight; debris damaged homes in Kyiv and "
     "killed one man.", "Russia"),
    ("Ukrainian forces destroyed an incoming Russian missile over Zaporizhzhia, but debris killed two people, the "
     "governor said.", "Russia"),
    ("Israeli forces intercepted a Hezbollah rocket, and falling shrapnel killed a man in Nahariya, medics said.",
     "Hezbollah"),
    ("Russian air defence units intercepted two Ukrainian drones over Belgorod, and falling debris killed a woman, "
     "the governor said.", "Ukraine"),
    ("A Russian drone shot down by Ukrainian forces crashed into a school in Sumy, killing a teacher, the regional "
     "military administration said.", "Russia"),
])
def test_the_harm_a_downed_weapon_does_is_its_owners(text, owner):
    assert lead(text).perpetrator == owner


@pytest.mark.parametrize("text, shooter", [
    # guards: an interception alone is the interceptor's; an aircraft shot down was attacked by its shooter
    ("Interception: On 12 October 2026, Ukrainian forces shot down 14 Russian drones over Odesa region.", "Ukraine"),
    ("Ukrainian forces intercepted 30 Russian drones over the Kyiv region overnight, the air force said.", "Ukraine"),
    ("Russian forces shot down a Ukrainian Su-25 aircraft near Pokrovsk, Donetsk. Casualties unknown.", "Russia"),
])
def test_the_side_that_intercepts_or_downs_an_aircraft_is_the_doer(text, shooter):
    assert classify(text).perpetrator == shooter


@pytest.mark.parametrize("text", [
    # Dawn, AFP, Premium Times, Reuters, Xinhua: a blast with no weapon named
    "An explosion ripped through a crowded market in Bannu on Friday, killing at least seven people, police said.",
    "A blast tore through a mosque in Kunduz during Friday prayers, killing 20 worshippers, a Taliban spokesman said.",
    "A powerful explosion hit a fuel depot in Goma on Sunday, killing four people, local authorities said.",
    "Twin blasts rocked a bus terminal in Quetta on Monday morning, killing 11 people and wounding 30.",
    "A huge blast struck a checkpoint in Mogadishu on Saturday, killing at least five people, police told Xinhua.",
    "An explosion tore through a wedding hall in Jalalabad, killing 14 guests, the governor's spokesman said.",
])
def test_an_explosion_with_no_weapon_named_is_a_remote_explosive(text):
    found = classify(text)
    assert (found.event_type, found.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text, sub_event", [
    # guards: a strike's or a drone's explosion stays the strike's; a suicide bomber stays one
    ("A Russian missile strike on Odesa caused an explosion that killed three people, the governor said.",
     "Shelling/artillery/missile attack"),
    ("An explosion hit a Russian ammunition depot after a Ukrainian drone attack, killing two soldiers.",
     "Air/drone strike"),
    ("A suicide bomber blew himself up at a market in Maiduguri; the blast killed 12 people.", "Suicide bomb"),
])
def test_an_explosion_a_weapon_caused_stays_that_weapons(text, sub_event):
    assert classify(text).sub_event_type == sub_event


@pytest.mark.parametrize("text, toll", [
    # Radio Dabanga, Ukrinform, Al Jazeera, Dawn, Premium Times, Myanmar Now: a toll told across an admin area or a
    # country, whatever its name
    ("RSF attacks killed at least 30 people across North Kordofan over the past week, a rights group said.", 30),
    ("Russian shelling killed five civilians across Donetsk region on Tuesday, Governor Vadym Filashkin said.", 5),
    ("Israeli strikes throughout Khan Younis governorate killed 25 people on Wednesday, medics said.", 25),
    ("Militant attacks across Balochistan killed 23 people on Monday, officials said.", 23),
    ("Gunmen killed 12 people across Plateau state on Sunday, police said.", 12),
    ("Fighting across Rakhine killed 30 civilians this week, a rights group said.", 30),
    ("Russian drone and missile attacks killed 14 civilians across Ukraine on Friday, regional authorities said.", 14),
])
def test_a_toll_across_an_admin_area_is_an_aggregate(text, toll):
    mentions = extract(text, "2026-11-30")
    assert [(m.kind, value(m.killed)) for m in mentions] == [("aggregate", toll)]


@pytest.mark.parametrize("text, lat, lon", [
    # guards: a town told after "across" or "in" is one attack's place
    ("Russian shelling killed two people in Kherson on Friday, the governor said.", 46.64, 32.61),
    ("A Russian missile hit Odesa, killing three people across the port city, the governor said.", 46.48, 30.73),
    ("Militant attacks in Quetta killed 23 people on Monday, officials said.", 30.19, 67.01),
])
def test_a_toll_in_a_town_is_an_event(text, lat, lon):
    event = lead(text)
    assert km_from(event.place, lat, lon) < 25


def test_an_explosion_only_named_gives_way_to_the_weapon_a_later_sentence_names():
    # AFP, Reuters: the heading names the blast, the report the bomber
    text = ("BREAKING: Explosion in Kabul\nA suicide bomber killed six people near the Ministry of Foreign Affairs in "
            "Kabul on Thursday, police said.")
    assert lead(text).sub_event_type == "Suicide bomb"


@pytest.mark.parametrize("text, first, last", [
    # Ukrinform, Kyiv Independent, Al Jazeera, Radio Dabanga, Premium Times (report of Monday 30 November 2026):
    # two days told as one span
    ("Russian drones attacked Odesa between Saturday and Sunday, killing two people, the governor said.",
     "2026-11-28", "2026-11-29"),
    ("On the night from Saturday to Sunday, Russian drones struck Kharkiv, killing a man, the mayor said.",
     "2026-11-28", "2026-11-29"),
    ("A Russian missile attack on Dnipro overnight into Monday killed four people, Ukrinform reported.",
     "2026-11-29", "2026-11-30"),
    ("Russian shelling of Nikopol from Friday evening until Saturday killed two people, Governor Serhiy Lysak said.",
     "2026-11-27", "2026-11-28"),
    ("Airstrikes hit Maarat al-Numan from Saturday through Sunday, killing nine people, rescuers said.",
     "2026-11-28", "2026-11-29"),
    ("Gunmen attacked villages in Bokkos late Saturday and early Sunday, killing 40 people, officials said.",
     "2026-11-28", "2026-11-29"),
])
def test_two_days_told_as_one_are_a_span(text, first, last):
    when = lead(text).when
    assert (when.start.isoformat(), when.end.isoformat()) == (first, last)


@pytest.mark.parametrize("text, first_sentence", [
    # a page's label before the first sentence, on its own line or before a colon or dash
    ("Breaking News\nA Russian missile strike on Kharkiv killed three people on Tuesday, the governor said.",
     "A Russian missile strike on Kharkiv killed three people on Tuesday, the governor said."),
    ("LIVE\nIsraeli strikes killed 14 people in Rafah on Monday, medics said.",
     "Israeli strikes killed 14 people in Rafah on Monday, medics said."),
    ("UPDATE 2-Gunmen killed 12 villagers in Bokkos on Sunday, police said.",
     "Gunmen killed 12 villagers in Bokkos on Sunday, police said."),
    ("EXCLUSIVE: A drone strike on a market in El Fasher killed nine people, medics told Reuters.",
     "A drone strike on a market in El Fasher killed nine people, medics told Reuters."),
    ("BREAKING — Russian drones hit Odesa overnight, killing two people, the governor said.",
     "Russian drones hit Odesa overnight, killing two people, the governor said."),
])
def test_a_pages_label_is_no_part_of_the_first_sentence(text, first_sentence):
    assert split_sentences(text)[0].text == first_sentence


@pytest.mark.parametrize("text", [
    # guards: a word a label may be is a sentence's own where no colon, dash or line break follows it
    "Live ammunition was fired at protesters in Khartoum on Sunday, killing two, medics said.",
    "Update your browser. Gunmen killed five people in Zamfara, police said.",
    "Breaking the siege of El Fasher, the army said, cost 40 lives.",
    "Live updates: Israeli strikes across Gaza\nAt least 12 people were killed in a strike on a school in Nuseirat.",
])
def test_a_labels_word_that_opens_a_sentence_stays(text):
    assert split_sentences(text)[0].start == 0


@pytest.mark.parametrize("text, toll, share, lat, lon", [
    # AP, Reuters, Al Jazeera, Ukrinform, Sudan Tribune: a town's share of a toll told across an area, no attack named
    ("Russian attacks killed 11 people across Ukraine, including four in Kyiv, officials said on Saturday.",
     11, 4, 50.45, 30.52),
    ("Israeli strikes killed 30 people across Gaza on Sunday, among them 12 in Rafah, the health ministry said.",
     30, 12, 31.29, 34.25),
    ("RSF attacks killed at least 25 people across Darfur, including 10 in El Fasher, medics said.",
     25, 10, 13.63, 25.35),
    ("Russian strikes killed at least nine civilians across Ukraine on Friday, including three in Kharkiv, "
     "authorities said.", 9, 3, 49.99, 36.23),
    ("Air strikes killed 17 people across Idlib province on Thursday, including eight in Maarat al-Numan, the "
     "White Helmets said.", 17, 8, 35.65, 36.67),
])
def test_a_towns_share_of_a_toll_across_an_area_is_its_incident(text, toll, share, lat, lon):
    mentions = extract(text, "2026-11-30")
    assert [value(m.killed) for m in mentions if m.kind == "aggregate"] == [toll]
    event = lead(text)
    assert value(event.killed) == share
    assert km_from(event.place, lat, lon) < 25


@pytest.mark.parametrize("text, total", [
    # guards: a region's share, a breakdown of the victims, or a town's share of one attack's toll stays the toll
    ("Russian attacks killed 11 people across Ukraine, including four in the Donetsk region.", 11),
    ("Russian shelling killed nine people across Ukraine overnight, including two children.", 9),
    ("A missile strike on Odesa killed nine people, including two in Chornomorsk, the governor said.", 9),
    ("Israeli strikes killed 20 people across Gaza, including four in Khan Younis governorate.", 20),
])
def test_a_share_that_names_no_town_of_an_area_is_no_figure(text, total):
    assert [f.value for f in find_counts(text)] == [total]


@pytest.mark.parametrize("text, killed, injured", [
    # Dawn, Reuters, AFP, Kyiv Independent: the defenders' answer told between the attack and its wounded
    ("Militants stormed a military base in Bannu, killing eight soldiers. Security forces repelled the attack and "
     "killed 10 militants. Another 15 soldiers were wounded, officials said.", 8, 15),
    ("Houthi fighters attacked a government position in Marib, killing six soldiers. Government forces repelled the "
     "assault, killing 14 attackers. Nine soldiers were also wounded, a military official said.", 6, 9),
    ("JNIM fighters attacked an army post near Djibo, killing 12 soldiers. The army said it repulsed the attack and "
     "killed 20 terrorists. Another 17 soldiers were wounded, a security source told AFP.", 12, 17),
    ("Russian forces stormed Ukrainian positions near Kurakhove, killing four Ukrainian soldiers. Ukrainian troops "
     "repelled the assault and killed 25 Russian soldiers. Another 12 Ukrainian soldiers were wounded, the brigade "
     "said.", 4, 12),
])
def test_the_wounded_told_after_a_counter_attack_are_the_attacks(text, killed, injured):
    event = lead(text)
    assert (value(event.killed), value(event.injured)) == (killed, injured)


def test_an_attack_told_after_a_counter_attack_is_still_its_own():
    # guard: a separate attack after the defenders' answer is another incident, with its own wounded
    text = ("Militants attacked a checkpoint in Lakki Marwat, killing three policemen. Police repelled the attack and "
            "killed five militants. In a separate attack in Tank district, gunmen killed two soldiers and wounded four.")
    events = [m for m in extract(text, "2026-11-30") if m.kind == "event" and not m.background]
    assert (value(events[0].killed), value(events[0].injured)) == (3, None)
    assert (value(events[-1].killed), value(events[-1].injured)) == (2, 4)
