"""War reports of a twelfth round (issue 11's Figures list and the sub-event type): the lead strike's own toll beside
a war-long or nationwide one, a toll's update or a recovery of bodies, "dozens" then the number, "a further N",
children among the dead, people still unaccounted for, and the ACLED sub-event of a village stormed or a
government position attacked. Written for these tests in the styles of Reuters, AP, AFP, Al Jazeera, Radio
Dabanga, Premium Times, Garowe Online, Myanmar Now, Ukrinform and Yemeni outlets, about Ukraine, Gaza, Sudan,
Nigeria, the Sahel, Myanmar, Yemen, Syria, DR Congo and Somalia."""

import pytest
from war_fixtures import lead, value

from harmledger.extract.classify import classify

PUBLISHED = "2024-07-20"


@pytest.mark.parametrize("text, killed", [
    ("An Israeli strike on a school in Nuseirat killed 16 people on Saturday, the health ministry said. More than "
     "38,000 people have been killed in Gaza since October 2023.", 16),
    ("Russian missiles struck Kyiv on Monday, killing 33 people. Across the country, 47 people were killed that day, "
     "officials said.", 33),
    ("Shelling of a market in El Fasher killed 12 people on Friday, medics said. The war has killed tens of thousands "
     "of people since April 2023.", 12),
])
def test_the_lead_strike_s_toll_not_the_war_s_or_the_country_s(text, killed):
    assert value(lead(text, PUBLISHED).killed) == killed


@pytest.mark.parametrize("text, killed", [
    ("The death toll from Monday's Russian strike on a shopping centre in Kharkiv rose today to 19, the governor said.",
     19),
    ("Rescuers recovered 14 bodies from the rubble of a mosque in Tawila hit by RSF shelling on Friday, local "
     "volunteers said.", 14),
    ("Rescuers recovered four more bodies from the rubble of the building hit by a Russian missile on Thursday, "
     "bringing the death toll to 12, the emergency service said.", 12),
    ("Dozens of people were killed when jets bombed a market in Sagaing on Friday. A local official later said 38 "
     "people had died and 60 were wounded.", 38),
])
def test_a_toll_s_update_a_recovery_or_a_number_given_later(text, killed):
    assert value(lead(text, PUBLISHED).killed) == killed


@pytest.mark.parametrize("text, killed, injured", [
    ("A Russian guided bomb hit a supermarket in Kharkiv on Friday, killing four people and wounding a further 19 "
     "people, the governor said.", 4, 19),
    ("Al-Shabaab fighters attacked a military base in Lower Shabelle on Friday, killing 17 soldiers; 9 others were "
     "wounded.", 17, 9),
    ("Houthi drones struck a government position in Marib on Friday, killing three soldiers and wounding a further "
     "seven, a military source said.", 3, 7),
])
def test_a_further_n_wounded_is_n(text, killed, injured):
    found = lead(text, PUBLISHED)
    assert (value(found.killed), value(found.injured)) == (killed, injured)


@pytest.mark.parametrize("text, killed, children", [
    ("An Israeli strike on a house in Khan Younis killed 11 people, including six children and three women, medics "
     "said.", 11, 6),
    ("A Myanmar junta airstrike on a monastery in Sagaing region on Wednesday night killed 14 villagers, including "
     "four children, a resident said.", 14, 4),
])
def test_children_among_the_dead_are_kept(text, killed, children):
    found = lead(text, PUBLISHED)
    assert (found.killed.best, found.killed.children) == (killed, children)


@pytest.mark.parametrize("text, killed, missing", [
    ("Bandits attacked the village of Kadisau in Zamfara State on Friday, killing 17 people, while 12 people were "
     "still unaccounted for, residents said.", 17, 12),
    ("An ADF attack on the village of Mayikengo in North Kivu killed 42 people on Friday, local officials said, "
     "adding that 20 others were missing.", 42, 20),
])
def test_people_unaccounted_for_are_missing(text, killed, missing):
    found = lead(text, PUBLISHED)
    assert (value(found.killed), value(found.missing)) == (killed, missing)


MANY_CASUALTIES = ("Military airstrikes on a village in Kachin State on Friday caused many civilian casualties, "
                   "residents said.")


def test_many_casualties_is_no_count_of_dead_or_wounded():
    found = lead(MANY_CASUALTIES, PUBLISHED)
    assert (found.killed, found.injured) == (None, None)


@pytest.mark.parametrize("text, killed", [
    ("Saudi-led coalition airstrikes on a prison in Saada killed 60 detainees, the Houthi-run health ministry said.",
     60),
    ("RSF shelling of the Shala prison in El Fasher killed 12 detainees on Friday, a rights group said.", 12),
])
def test_detainees_killed_are_counted(text, killed):
    assert value(lead(text, PUBLISHED).killed) == killed


@pytest.mark.parametrize("text, sub_event", [
    # an armed group that storms a village, a market or a mosque attacks civilians (ACLED: Attack)
    ("Boko Haram fighters stormed the village of Mafa in Borno State on Friday, killing 16 farmers, a militia leader "
     "said.", "Attack"),
    ("JNIM militants stormed a market in the town of Djibo on Friday, killing 25 traders, local sources said.",
     "Attack"),
    ("RSF fighters stormed the village of Wad Ushaib in Al Jazirah State on Friday, killing 30 residents, the "
     "resistance committee said.", "Attack"),
    # fighters who storm or attack an army's or a government's position fight it (ACLED: Armed clash)
    ("Al-Shabaab fighters stormed a military base in Lower Shabelle on Friday, killing 17 soldiers.", "Armed clash"),
    ("Houthi fighters attacked a government position in Taiz on Thursday night, killing four soldiers, a military "
     "source said.", "Armed clash"),
    ("HTS fighters attacked regime positions near Saraqib on Friday, killing six soldiers, a war monitor said.",
     "Armed clash"),
    ("Rebels stormed an army post near Rutshuru on Friday, killing three soldiers, the army said.", "Armed clash"),
])
def test_a_village_stormed_is_an_attack_a_position_stormed_a_clash(text, sub_event):
    assert lead(text, PUBLISHED).sub_event_type == sub_event


@pytest.mark.parametrize("text, sub_event", [
    # ACLED codes an interception whose debris harms people as the strike it was
    ("Ukraine's air force said it shot down 20 of 24 Russian drones overnight; debris fell on a house in Kyiv "
     "region, killing one woman.", "Air/drone strike"),
    ("Air defences intercepted a Russian missile over Odesa on Friday, but falling fragments injured three people, "
     "the governor said.", "Shelling/artillery/missile attack"),
    ("Houthi rebels said they shot down a US drone; US strikes on Hodeidah early on Thursday killed six people, the "
     "group's health ministry said.", "Air/drone strike"),
    ("Ukrainian forces shot down two Shahed drones over Dnipro on Friday; the wreckage crashed onto houses, wounding "
     "four civilians.", "Air/drone strike"),
])
def test_an_interception_that_harms_people_is_the_strike(text, sub_event):
    assert lead(text, PUBLISHED).sub_event_type == sub_event


@pytest.mark.parametrize("text", [
    # guards: an interception that harms no one disrupts weapons use
    "Ukrainian forces shot down 30 Russian drones overnight, the air force said.",
    "Israel's military said it intercepted a drone launched from Lebanon on Friday.",
    "Air defences intercepted 12 missiles over Kyiv; falling debris damaged a school, the city administration said.",
])
def test_a_harmless_interception_disrupts_weapons_use(text):
    assert classify(text).sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("text, sub_event", [
    # armed men who kill or ambush soldiers or police fight them (ACLED: Armed clash) ...
    ("Gunmen on motorcycles killed 12 soldiers at a checkpoint near Tillaberi on Friday.", "Armed clash"),
    ("Bandits killed seven policemen in an attack on a police station in Katsina State on Friday.", "Armed clash"),
    ("Al-Shabaab militants ambushed a convoy near Baidoa on Friday, killing nine Somali troops, a military officer "
     "said.", "Armed clash"),
    ("Fano militiamen attacked a federal army base in Amhara on Friday, killing 11 soldiers.", "Armed clash"),
    # ... unless a weapon another rule names did it, or the dead are villagers
    ("Militants detonated a car bomb at an army checkpoint in Mogadishu on Friday, killing five soldiers.",
     "Remote explosive/landmine/IED"),
    ("A suicide bomber and gunmen killed 12 soldiers at a base in Bulo Marer on Friday.", "Suicide bomb"),
    ("Insurgents fired mortars at a military base in Borno on Friday, killing three soldiers.",
     "Shelling/artillery/missile attack"),
    ("Gunmen killed 12 villagers in Zamfara State on Friday, police said.", "Attack"),
    ("Militiamen attacked the village of Kadisau on Friday, killing 30 villagers and two policemen.", "Attack"),
])
def test_armed_men_who_kill_soldiers_fight_them(text, sub_event):
    assert lead(text, PUBLISHED).sub_event_type == sub_event
