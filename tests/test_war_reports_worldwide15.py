"""War reports of a fifteenth round (issue 11): state forces that kill an armed group's fighters fight a clash, with or
without a raid, unless a remote weapon did it; a militia that kills fighters fights them; gangs that open fire on
residents attack civilians; a junta or an army that "bombed" struck from the air; an attack on a checkpoint is a clash;
and a short kicker line ("Gang violence") is a heading of its own. Written for these tests in the styles of Reuters,
AP, AFP, SONNA, Premium Times, Radio Free Asia, Le Nouvelliste and the Syrian Observatory, about Somalia, Nigeria,
the Sahel, DR Congo, Haiti, Myanmar, Syria, Sudan and Pakistan."""

import pytest
from war_fixtures import lead, value

from harmledger.extract.classify import classify
from harmledger.text.sentences import split_sentences

CLASH = ("Battles", "Armed clash")


def types(text: str) -> tuple:
    found = classify(text)
    return found.event_type, found.sub_event_type


@pytest.mark.parametrize("text", [
    "Somali forces killed 23 al-Shabaab fighters in an operation in the Middle Shabelle region on Wednesday, "
    "the state news agency SONNA said.",
    "Nigerian troops neutralised 12 Boko Haram terrorists and recovered weapons near Bama, the army said.",
    "Soldiers killed at least 30 jihadists near Djibo on Sunday, the Burkinabe army said in a statement.",
    "The Malian army said its forces had killed 14 terrorists near Boni, in the Mopti region.",
    "Congolese troops killing eight ADF rebels in Beni territory was confirmed by the army spokesman.",
    "Police shot dead three bandits in Zamfara State after a gunfight, a spokesman said.",
    "Six ISWAP fighters were killed near Marte as troops cleared the area, residents said.",
])
def test_forces_that_kill_an_armed_group_s_fighters_fight_a_clash(text):
    assert types(text) == CLASH


def test_a_clan_militia_that_kills_fighters_fights_them():
    text = ("Somali National Army troops backed by local clan militia killed at least 15 al-Shabaab militants near "
            "Adan Yabaal, the defence ministry said on Thursday.")
    assert types(text) == CLASH


@pytest.mark.parametrize("text, expected", [
    # a remote weapon named first stays the type
    ("An Israeli strike killed five Hamas militants in Khan Younis, medics said.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Artillery fire killed ten M23 rebels near Sake, the army said.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    # civilians among the dead before the fighters, and the dead only told of, stay an attack on civilians
    ("Gunmen killed 40 civilians and three militia fighters in the village of Djibasso, officials said.",
     ("Violence against civilians", "Attack")),
    ("Twelve people were killed when ADF fighters attacked Mayikengo village in Lubero territory, local sources said.",
     ("Violence against civilians", "Attack")),
    ("A militia killed five villagers in Djugu territory on Sunday, local leaders said.",
     ("Violence against civilians", "Attack")),
])
def test_a_remote_weapon_or_civilian_dead_keep_their_type(text, expected):
    assert types(text) == expected


@pytest.mark.parametrize("text", [
    "Members of the Gran Grif gang opened fire on residents of Pont-Sondé in the early hours of Thursday, killing 70 "
    "people, according to the UN.",
    "Gunmen opened fire on worshippers at a mosque in Katsina State, killing seven, police said.",
    "Fighters opened fire on a group of farmers in their fields near Bokkos, killing 11, residents said.",
])
def test_opening_fire_on_residents_is_an_attack_on_civilians_with_guns(text):
    found = classify(text)
    assert (found.event_type, found.sub_event_type) == ("Violence against civilians", "Attack")
    assert found.weapon == "small arms"


@pytest.mark.parametrize("text", [
    "Myanmar's junta bombed a monastery in Magway region where villagers had taken shelter, killing 13 people, "
    "residents told Radio Free Asia.",
    "The Sudanese army bombed a market in Kabkabiya on Thursday, killing at least 20 civilians, the Sudan Doctors "
    "Network said.",
    "The Malian army said it had neutralised several terrorists during an air operation near Tessalit.",
])
def test_an_army_that_bombed_struck_from_the_air(text):
    found = classify(text)
    assert (found.sub_event_type, found.weapon) == ("Air/drone strike", "airstrike")


def test_insurgents_that_bombed_a_bus_struck_no_air_strike():
    assert classify("Insurgents bombed a bus in Kabul on Tuesday, officials said.").sub_event_type is None


@pytest.mark.parametrize("text", [
    "Terrorists of the so-called Islamic State attacked a checkpoint of the Syrian Democratic Forces in Deir ez-Zor "
    "countryside late on Wednesday, killing four SDF members, the Syrian Observatory for Human Rights reported.",
    "Militants attacked a police checkpoint in Lakki Marwat overnight, killing two policemen, officials said.",
    "Al-Shabaab fighters stormed an outpost near Bulo Marer before dawn, the army said.",
])
def test_an_attack_on_a_checkpoint_or_outpost_is_a_clash(text):
    assert types(text) == CLASH


def test_fighters_who_shelled_soldiers_shelled_them():
    text = "RSF fighters shelled army bases in El Obeid, killing three soldiers, a military source said."
    assert types(text) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize("text, first", [
    ("Gang violence\nGunmen set fire to homes in Solino on Wednesday and killed at least 12 people, residents said.",
     "Gang violence"),
    ("Sudan war\nRSF shelling killed five people in El Fasher on Friday, medics said.", "Sudan war"),
    ("Deadly ambush\nJihadists killed 20 soldiers near Tessit, security sources said.", "Deadly ambush"),
])
def test_a_two_word_kicker_is_a_heading_of_its_own(text, first):
    assert [s.text for s in split_sentences(text)][0] == first


@pytest.mark.parametrize("text", [
    "Kharkiv region\nA drone hit a car near Kupiansk, wounding two men, the governor said.",
    "northern Gaza\nTwo people were killed when a drone hit a tent near Jabalia, medics said.",
    "Deir al-Balah\nTwo people were killed when a drone hit a car near the hospital, medics said.",
])
def test_a_place_line_still_runs_on_into_its_entry(text):
    assert len(split_sentences(text)) == 1


def test_a_kicker_leaves_the_lead_its_figure():
    text = "Gang violence\nGunmen killed at least 12 people in Solino on Wednesday, residents said."
    assert value(lead(text).killed) == 12


@pytest.mark.parametrize("text", [
    "Police in Port-au-Prince said officers killed at least 10 gang members during an operation in Carrefour-Feuilles "
    "on Thursday.",
    "Soldiers of the Haitian army shot dead four gangsters at a checkpoint on Route Nationale 1, the army said.",
])
def test_police_that_kill_gang_members_fight_a_clash(text):
    assert types(text) == CLASH


@pytest.mark.parametrize("text", [
    "Separatist fighters set fire to a school and killed two teachers in Cameroon's Northwest region on Tuesday, "
    "local officials told AFP.",
    "Members of the Clan del Golfo killed three social leaders in the rural area of Buenaventura on Saturday night, "
    "the Ombudsman's Office reported.",
    "Militiamen killed four gold miners and two traders near Mongbwalu, Radio Okapi reported.",
])
def test_killing_teachers_leaders_or_miners_is_an_attack_on_civilians(text):
    assert types(text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Myanmar junta troops torched more than 100 houses in Tabayin township, Sagaing region, on Monday, according to "
    "local resistance forces.",
    "RSF fighters razed the village of Um Kadada after looting its market, residents told Radio Dabanga.",
])
def test_torching_or_razing_homes_is_property_destruction(text):
    assert types(text) == ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize("text, expected", [
    ("The Russian Defence Ministry said its air defence systems destroyed 42 Ukrainian drones over the Bryansk and "
     "Kursk regions overnight.", ("Strategic developments", "Disrupted weapons use")),
    ("Air defence units downed 14 drones over the Kyiv region overnight, the military administration said.",
     ("Strategic developments", "Disrupted weapons use")),
    # a weapon that destroys, or a downing that kills, stays a strike
    ("A Russian drone destroyed a car in Nikopol on Sunday, the governor said.",
     ("Explosions/Remote violence", "Air/drone strike")),
])
def test_destroying_drones_in_the_air_disrupts_weapons_use(text, expected):
    assert types(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fifteen villagers were killed by fighters of the so-called Islamic State West Africa Province near Gwoza.",
     ("Violence against civilians", "Attack")),
    ("Twelve civilians were killed by gunmen in Zurmi on Sunday, police said.", ("Violence against civilians", "Attack")),
    ("Five soldiers were killed by jihadists near Djibo on Monday, security sources said.", CLASH),
    ("Three policemen were killed by suspected ISWAP fighters in Borno, a police spokesman said.", CLASH),
    # a remote weapon among the agent's words stays the type
    ("Two soldiers were killed by artillery fire from M23 rebels near Sake, the army said.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("Twelve civilians were killed by a drone launched by RSF fighters in Wad Madani, medics said.",
     ("Explosions/Remote violence", "Air/drone strike")),
])
def test_the_killed_by_an_armed_group_tell_who_was_attacked(text, expected):
    assert types(text) == expected


@pytest.mark.parametrize("text", [
    "Several dozen soldiers were killed in a jihadist attack on an army base in Mansila, security sources said.",
    "A fresh attack on an outpost near Gao killed five soldiers, the army said.",
    "Insurgent attacks on military positions in Cabo Delgado killed seven soldiers this week, a source said.",
])
def test_an_attack_on_a_base_or_outpost_is_a_clash_whatever_names_it(text):
    assert types(text) == CLASH


@pytest.mark.parametrize("text, expected", [
    ("Gunmen stormed Lido beach after a suicide bomber blew himself up, the police spokesman said.",
     ("Explosions/Remote violence", "Suicide bomb")),
    ("Al-Shabaab fighters stormed a hotel in Mogadishu, killing nine people, police said.",
     ("Violence against civilians", "Attack")),
])
def test_storming_a_beach_or_a_hotel_is_no_clash(text, expected):
    assert types(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Burkina Faso: dozens of soldiers killed in jihadist attack\nOUAGADOUGOU (AFP) - Several dozen soldiers were "
     "killed in a jihadist attack on an army base in Mansila on Tuesday, security sources said on Wednesday.", CLASH),
    ("Somalia: Al-Shabaab attack on Mogadishu beach kills 32\nAt least 32 people were killed when al-Shabaab "
     "militants attacked Lido beach on Friday night, police said. Gunmen stormed the beach after a suicide bomber "
     "blew himself up, police said.", ("Violence against civilians", "Attack")),
])
def test_a_headline_s_bare_attack_gives_way_to_the_report_s_type(text, expected):
    found = lead(text)
    assert (found.event_type, found.sub_event_type) == expected


@pytest.mark.parametrize("text", [
    "Israeli settlers set fire to homes and cars in the village of Jit near Qalqilya, killing a 23-year-old man, the "
    "Palestinian health ministry said.",
    "Militiamen torched the market in Djugu and killed a 60-year-old woman who tried to flee, residents said.",
])
def test_burning_homes_and_killing_someone_is_an_attack_on_civilians(text):
    assert types(text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text, expected", [
    ("MONUSCO condemned the attack by ADF elements on the villages of Mayikengo and Kaheta in Lubero territory on "
     "10 July, which left at least 40 civilians dead.", ("Violence against civilians", "Attack")),
    ("Sana'a, Saba - The US-British aggression launched three raids on Al-Salif district in Hodeidah governorate on "
     "Friday evening, a security source told Saba.", ("Explosions/Remote violence", "Air/drone strike")),
    ("The Saudi-led coalition carried out 14 raids on Saada province overnight, Al Masirah TV reported.",
     ("Explosions/Remote violence", "Air/drone strike")),
    # a militia that attacks an army's positions fights it; one that attacks a village attacks civilians
    ("At least five soldiers were killed when Houthi militia attacked government army positions in Taiz on Friday, "
     "a military official said.", CLASH),
    ("Fulani militia attacked the village of Mangu, killing 20 people, residents said.",
     ("Violence against civilians", "Attack")),
])
def test_state_media_raids_and_militia_attacks_keep_their_type(text, expected):
    assert types(text) == expected


@pytest.mark.parametrize("text, expected, weapon", [
    ("A barrel bomb dropped by a regime helicopter killed six people in Idlib, the White Helmets said.",
     ("Explosions/Remote violence", "Air/drone strike"), "airstrike"),
    ("Explosives dropped by a quadcopter killed a man in Kherson on Monday, the regional administration said.",
     ("Explosions/Remote violence", "Air/drone strike"), "drone"),
    # a rocket-propelled grenade is a fighter's weapon, no rocket artillery
    ("Fighters used a rocket-propelled grenade to attack a police post in Kidal, a security source said.", CLASH,
     "small arms"),
    ("Militants fired RPGs at an army patrol near Mir Ali, killing two soldiers, the ISPR said.", CLASH,
     "small arms"),
])
def test_dropped_bombs_strike_from_the_air_and_rpgs_are_a_fighter_s(text, expected, weapon):
    found = classify(text)
    assert ((found.event_type, found.sub_event_type), found.weapon) == (expected, weapon)
