"""Actors and speakers of a second round (issue 11): a group that "said it fired" claims the attack; a side whose
positions, bases or checkpoints were hit ("Israeli army positions", "a checkpoint of the Syrian Democratic Forces") is
the target, not the doer; an actor named inside another's words ("the separatist Baloch Liberation Army") is the one
meant; and the speaker is the whole body that spoke: a name joined by "for" or "to" ("the International Organization
for Migration"), a name before a role ("the United Nations human rights office"), a role's workers or teams ("civil
defence workers"), a translation's "according to the information of X" and "X informed". Written for these tests in
the styles of Reuters, AP, AFP, Al Jazeera, SANA, Ukrinform, Dawn and Radio Okapi, about Lebanon, Syria, Pakistan,
Ukraine, Yemen, Sudan, DR Congo and Haiti."""

import pytest

from harmledger.extract.classify import classify, side_in
from harmledger.extract.speakers import find_speaker


@pytest.mark.parametrize("text, perpetrator", [
    ("Hezbollah said it fired dozens of rockets at Israeli army positions in the Upper Galilee on Sunday.", "Hezbollah"),
    ("The Houthis said they fired a ballistic missile at a ship in the Red Sea, the group's spokesman said.",
     "Houthis"),
    ("Hamas's armed wing said it fired mortar rounds at Israeli military positions near Rafah.", "Hamas"),
])
def test_a_group_that_said_it_fired_claims_the_attack(text, perpetrator):
    found = classify(text)
    assert (found.perpetrator, found.attribution) == (perpetrator, "claimed")


@pytest.mark.parametrize("text", [
    "A drone hit Russian army positions near Bakhmut overnight, Ukraine's military said.",
    "Rockets struck Israeli military bases in the north, the army said.",
    "An explosion hit Sudanese army checkpoints on the road to Kosti, witnesses said.",
])
def test_the_side_whose_positions_were_hit_is_no_doer(text):
    assert classify(text).perpetrator is None


@pytest.mark.parametrize("text, perpetrator", [
    ("Terrorists of the so-called Islamic State attacked a checkpoint of the Syrian Democratic Forces in Deir ez-Zor "
     "countryside, killing four SDF members, the Syrian Observatory for Human Rights reported.",
     "Islamic State province"),
    ("Al-Shabaab fighters attacked a base of the Somali National Army in Middle Shabelle, the army said.",
     "Al-Shabaab"),
])
def test_the_side_whose_checkpoint_was_attacked_is_the_target(text, perpetrator):
    assert classify(text).perpetrator == perpetrator


@pytest.mark.parametrize("text, perpetrator", [
    ("Gunmen on Thursday attacked a passenger bus in Balochistan, killing nine people, officials said. "
     "The separatist Baloch Liberation Army claimed responsibility.", "BLA"),
    ("Pro-Russian separatist forces fired on Ukrainian army positions near Avdiivka.", "NAF"),
    ("Sudan's paramilitary Rapid Support Forces shelled El Fasher, killing 12 people.", "RSF"),
])
def test_the_actor_named_inside_a_doer_s_words_is_the_doer(text, perpetrator):
    assert classify(text).perpetrator == perpetrator


@pytest.mark.parametrize("text, speaker", [
    ("Four people died when their boat capsized off Yemen, the International Organization for Migration said.",
     "International Organization for Migration"),
    ("Two journalists were killed in the strike, the Committee to Protect Journalists said.",
     "Committee to Protect Journalists"),
    ("Four civilians were killed, Physicians for Human Rights said in a report.", "Physicians for Human Rights"),
    ("Save the Children said two children were killed when a shell hit their home in Taiz.", "Save the Children"),
    ("Gang members killed at least 20 people, the United Nations human rights office said on Friday.",
     "United Nations human rights office"),
    ("At least 30 people died of their wounds, the World Health Organization's emergency chief said.",
     "World Health Organization's emergency chief"),
    ("Four civilians were killed in Idlib, the White Helmets rescue service said.", "White Helmets rescue service"),
    ("The blast killed six people and wounded 20, civil defence workers said.", "civil defence workers"),
    ("Five people were killed in Bunia, Red Crescent teams said.", "Red Crescent teams"),
    ("In Gaza City the civil defence said five people were killed in a strike on a school.", "civil defence"),
])
def test_the_speaker_is_the_whole_body_that_spoke(text, speaker):
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("According to the information of the Regional Military Administration, yesterday evening the enemy attacked "
     "Sumy with guided aerial bombs, as a result 3 persons were killed.", "Regional Military Administration"),
    ("According to data from the Health Ministry in Gaza, 27 people were killed in the strikes.",
     "Health Ministry in Gaza"),
    ("A 58-year-old man was wounded, the head of the Kherson Regional Military Administration Roman Mrochko informed.",
     "head of the Kherson Regional Military Administration Roman Mrochko"),
    ("Three civilians were wounded in the shelling of Nikopol, the regional governor noted.", "regional governor"),
])
def test_a_translation_s_attribution_names_its_speaker(text, speaker):
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text, perpetrator", [
    ("Yemen's Houthi rebels said on Tuesday they had targeted the Israeli city of Eilat with a drone.", "Houthis"),
    ("The Houthi movement said it fired a missile at a US destroyer in the Gulf of Aden.", "Houthis"),
])
def test_a_movement_that_said_on_a_day_it_struck_claims_the_strike(text, perpetrator):
    found = classify(text)
    assert (found.perpetrator, found.attribution) == (perpetrator, "claimed")


@pytest.mark.parametrize("text, country, side", [
    ("Separatist fighters set fire to a school in Kumbo on Tuesday, killing two teachers, officials said.", "CM",
     "Ambazonian separatists"),
    ("Separatist militants attacked a bus in Balochistan's Kalat district, killing six passengers.", "PK", "BLA"),
    ("Separatists shelled Horlivka's outskirts on Monday, the Ukrainian military said.", "UA", "NAF"),
    ("Separatist fighters attacked a police post on Tuesday.", "NG", None),
])
def test_separatists_are_the_separatists_of_the_war_where_they_fight(text, country, side):
    assert side_in(classify(text).perpetrator, country) == side


@pytest.mark.parametrize("text, speaker", [
    ("Twelve people were killed in clashes in El Obeid over the weekend, a local doctor said on Monday.",
     "local doctor"),
    ("Insurgents beheaded at least 11 Christians in Macomia district last week, the bishop of Pemba said on Friday.",
     "bishop of Pemba"),
    ("The imam of the mosque said 12 worshippers were killed when gunmen opened fire during prayers.",
     "imam of the mosque"),
    ("Gunmen killed two worshippers at the church on Sunday, the parish priest told Premium Times.", "parish priest"),
])
def test_a_doctor_or_a_cleric_speaks_for_the_dead(text, speaker):
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text, perpetrator", [
    # the accuser's words never reach the accused's agent: "government accused the Arakan Army" is the AA's
    ("The military government accused the Arakan Army of shelling a market in Sittwe, killing 12 people, a claim the "
     "group denied.", "Arakan Army"),
    # a group's fighters named with "of" or "from" after an agent pattern's verb
    ("The attack, which residents attributed to fighters of the Islamic State in the Greater Sahara, killed 15 "
     "civilians in Tillabéri.", "Islamic State Sahel"),
    ("Fifteen villagers were killed by fighters of the so-called Islamic State West Africa Province near Gwoza.",
     "ISWAP"),
    ("Twelve civilians were killed by fighters from the Rapid Support Forces in Wad Madani, the doctors' union said.",
     "RSF"),
    # guard: two sides joined by "and" stay the first's
    ("Russian and Belarusian forces shelled the border area of Chernihiv region, the governor said.", "Russia"),
])
def test_the_accused_or_the_group_whose_fighters_killed_is_the_doer(text, perpetrator):
    assert classify(text).perpetrator == perpetrator


def test_a_side_s_allegation_names_its_speaker():
    text = "The junta's troops executed 11 villagers in Magway region, the National Unity Government alleged."
    assert find_speaker(text) == "National Unity Government"


@pytest.mark.parametrize("text, perpetrator, attribution", [
    ("The Islamic Resistance in Iraq said it had launched drones at a target in the Israeli port of Haifa.",
     "Islamic Resistance in Iraq", "claimed"),
    ("Russia's Africa Corps and Malian troops carried out drone strikes on Tinzaouaten, killing 21 civilians, the "
     "CSP-DPA alliance said.", "Africa Corps", None),
    ("Israeli settlers set fire to homes and cars in the village of Jit near Qalqilya, killing a 23-year-old man, the "
     "Palestinian health ministry said.", "Israeli settlers", None),
    ("PKK militants attacked a Turkish army outpost in Hakkari province, killing two soldiers, the ministry said.",
     "PKK", None),
])
def test_the_groups_of_these_wars_are_named(text, perpetrator, attribution):
    found = classify(text)
    assert (found.perpetrator, found.attribution) == (perpetrator, attribution)


@pytest.mark.parametrize("text, speaker", [
    ("Clashes between rival gangs in Cité Soleil left 12 people dead, the National Human Rights Defense Network "
     "(RNDDH) said.", "National Human Rights Defense Network"),
    ("Five people were killed, the Office for the Coordination of Humanitarian Affairs (OCHA) said on Monday.",
     "Office for the Coordination of Humanitarian Affairs"),
])
def test_a_body_s_short_name_in_brackets_ends_its_name(text, speaker):
    assert find_speaker(text) == speaker
