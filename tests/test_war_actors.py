"""Who struck, and who said so, in war reports (issue 11's Actors list): a nation's weapon or fire names it, an
alleged attack stays alleged, a war's own word for a side ("the paramilitary" in Sudan, "military jets" in
Myanmar or Nigeria) is that side where the incident lies, a group's short form in brackets is the group, and
the source is the body that spoke. Written for these tests in the styles of Reuters, AP, AFP, Al Jazeera,
Radio Dabanga, Ukrinform, Premium Times, RFA, Garowe Online and the Kyiv Independent."""

import pytest
from war_fixtures import lead

PUBLISHED = "2024-07-20"


@pytest.mark.parametrize("text, perpetrator", [
    ("A Russian drone strike on a minibus in Kherson killed two passengers on Friday, the regional governor said.",
     "Russia"),
    ("Two Russian guided bombs hit a residential area of Kharkiv on Friday, wounding 11 people, the governor said.",
     "Russia"),
    ("RSF shelling of the Abu Shouk camp killed seven displaced people on Friday, the camp's coordination committee "
     "said.", "RSF"),
    ("An Israeli airstrike on a tent camp in Mawasi killed 13 people on Friday, according to the Gaza health "
     "ministry.", "Israel"),
    ("Boko Haram fighters stormed the village of Mafa in Borno State on Friday, killing 16 farmers, a militia leader "
     "said.", "Boko Haram"),
    ("Junta jets bombed a market in Sagaing region on Friday, killing at least nine people, residents told RFA.",
     "Myanmar military"),
    ("Syrian regime helicopters dropped barrel bombs on the town of Ariha on Friday, killing eight people, the White "
     "Helmets said.", "Syria"),
    ("Ukrainian drones attacked the Russian border city of Belgorod on Friday, killing one man, governor Vyacheslav "
     "Gladkov said.", "Ukraine"),
    ("Israeli tanks shelled the Nuseirat camp on Friday, killing six people, the civil defence agency said in a "
     "statement.", "Israel"),
    ("ADF rebels killed at least 18 civilians in a machete attack in Beni territory on Friday, civil society leaders "
     "said.", "ADF"),
])
def test_a_side_s_weapon_fire_or_fighters_name_it(text, perpetrator):
    assert lead(text, PUBLISHED).perpetrator == perpetrator


@pytest.mark.parametrize("text, perpetrator", [
    # a source that blames or accuses a side at its statement's end names the alleged doer
    ("Two people were killed in a drone strike on a car in southern Lebanon on Friday, the Lebanese health ministry "
     "said, blaming Israel.", "Israel"),
    ("Eight civilians were killed in an airstrike on a market in Kachin State on Friday, the Kachin Independence Army "
     "said, blaming the junta.", "Myanmar military"),
    ("Shelling killed five people at a market in Kadugli on Friday, the SPLM-N said, accusing the army.", "Sudan"),
    ("A missile hit a hospital in Donetsk on Friday, killing three; the Moscow-installed authorities blamed Ukraine.",
     "Ukraine"),
])
def test_a_side_blamed_or_accused_after_the_statement_is_the_alleged_doer(text, perpetrator):
    found = lead(text, PUBLISHED)
    assert (found.perpetrator, found.attribution) == (perpetrator, "alleged")


@pytest.mark.parametrize("text, perpetrator, attribution", [
    ("The alleged Russian missile attack on a hospital in Kyiv killed two people, according to Ukrainian officials.",
     "Russia", "alleged"),
    ("Moscow denied responsibility for the alleged Russian missile attack on the village of Hroza, which killed 59 "
     "people.", "Russia", "alleged"),
    ("The strike, which the Palestinian Red Crescent blamed on Israel, killed five paramedics near Rafah on Friday.",
     "Israel", "alleged"),
    ("The army said its warplanes had struck RSF positions in Nyala on Tuesday; residents said 11 civilians were "
     "killed.", "Sudan", "claimed"),
])
def test_an_alleged_or_claimed_attack_keeps_its_attribution(text, perpetrator, attribution):
    found = lead(text, PUBLISHED)
    assert (found.perpetrator, found.attribution) == (perpetrator, attribution)


@pytest.mark.parametrize("text, perpetrator", [
    # Radio Dabanga, Sudan Tribune, Reuters on Sudan: "the paramilitary" is the RSF
    ("The paramilitary shelled neighbourhoods of El Fasher on Friday, killing nine people, local activists said.",
     "RSF"),
    ("KHARTOUM, Aug 3, 2024 (Reuters) - Paramilitary shelling killed 15 civilians in Omdurman on Friday, a medical "
     "group said.", "RSF"),
    ("Paramilitary drones struck a fuel depot in Port Sudan on Friday, killing two workers, the port authority "
     "said.", "RSF"),
    # Myanmar Now, RFA, Premium Times: a country's military where no army but the state's flies jets
    ("Military jets bombed a village in Sagaing region on Friday, killing at least 17 people, residents said.",
     "Myanmar military"),
    ("Military airstrikes on the village of Tudun Biri in Kaduna State killed 85 civilians on Friday, officials "
     "said.", "Nigeria"),
    ("Army artillery shelled the village of Kadugli on Friday, killing six people, SPLM-N said.", "Sudan"),
])
def test_a_war_s_own_word_for_its_army_or_paramilitary_is_that_side(text, perpetrator):
    assert lead(text, PUBLISHED).perpetrator == perpetrator


@pytest.mark.parametrize("text, perpetrator", [
    # guards: where the word names no one side, it names none; a side named outright wins over it
    ("Military drones struck a convoy near Kupiansk on Friday, killing three people, officials said.", None),
    ("The regional military administration said the occupiers shelled Nikopol on Friday, killing a 60-year-old man.",
     "Russia"),
    ("Sudan's paramilitary Rapid Support Forces shelled a market in El Obeid on Friday, killing 13 civilians.",
     "RSF"),
    ("Sudan's army and the RSF fought in Omdurman on Friday, killing 12 civilians, medics said.", "Sudan"),
])
def test_the_word_names_no_side_where_it_names_none_and_a_named_side_wins(text, perpetrator):
    assert lead(text, PUBLISHED).perpetrator == perpetrator


@pytest.mark.parametrize("text, perpetrator, attribution", [
    ("The Islamic State West Africa Province (ISWAP) claimed an attack on a military base in Borno State that killed "
     "20 soldiers, the group said on Telegram.", "ISWAP", "claimed"),
    ("The Rapid Support Forces (RSF) shelled a market in El Obeid on Friday, killing 13 civilians.", "RSF", None),
    ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the ambush near Djibo, which killed 20 soldiers on Friday.",
     "JNIM", "claimed"),
])
def test_a_group_s_short_form_in_brackets_is_the_group(text, perpetrator, attribution):
    found = lead(text, PUBLISHED)
    assert (found.perpetrator, found.attribution) == (perpetrator, attribution)


@pytest.mark.parametrize("text", [
    "The attack claimed the lives of 12 people in Kharkiv on Friday, officials said.",
    "The RSF bombardment of the market claimed the lives of 40 civilians on Friday, medics said.",
    "A roadside bomb claimed the life of a soldier near Mopti on Friday, the army said.",
])
def test_an_attack_that_claimed_lives_is_no_claim_of_responsibility(text):
    assert lead(text, PUBLISHED).attribution is None


@pytest.mark.parametrize("text, source", [
    ("Three civilians were killed when Russian forces shelled Nikopol on Friday, the southern military command said.",
     "southern military command"),
    ("An Israeli airstrike on a tent camp in Mawasi killed 13 people on Friday, according to the Gaza health ministry.",
     "Gaza health ministry"),
    ("Jihadists killed 12 soldiers in an attack on an army base near Menaka on Friday, a local official told AFP.",
     "local official"),
    ("A Russian Shahed drone hit a high-rise in Odesa overnight, injuring four people, Operational Command South "
     "said.", "Operational Command South"),
    ("Rescuers recovered 14 bodies from the rubble of a mosque in Tawila hit by RSF shelling on Friday, local "
     "volunteers said.", "local volunteers"),
    ("Paramilitary Rapid Support Forces shelled a market in El Obeid on Friday, killing 13 civilians, the Sudan "
     "Doctors Network said.", "Sudan Doctors Network"),
])
def test_the_body_that_spoke_is_the_source(text, source):
    assert lead(text, PUBLISHED).sources == [source]


@pytest.mark.parametrize("text, source", [
    # a ministry by its portfolio and seat, an appositive between the body and its verb, an authority in a town
    ("According to the Ministry of Health in Gaza, an Israeli strike on a school in Gaza City killed 15 people on "
     "Friday.", "Ministry of Health in Gaza"),
    ("Shelling killed four soldiers near Pokrovsk on Friday, according to the Ministry of Defence.",
     "Ministry of Defence"),
    ("Syrian government shelling killed six civilians in Idlib province on Friday, the Syrian Observatory for Human "
     "Rights, a Britain-based war monitor, said.", "Syrian Observatory for Human Rights"),
    ("RSF shelling killed 12 people in El Obeid on Friday, the Sudan Doctors Network, a medical group, said.",
     "Sudan Doctors Network"),
    ("Houthi rebels fired a missile at a market in Taiz on Friday, killing three children, the local authority in "
     "Taiz said.", "local authority in Taiz"),
])
def test_a_ministry_a_monitor_or_an_authority_is_the_source(text, source):
    assert lead(text, PUBLISHED).sources == [source]


@pytest.mark.parametrize("text", [
    # the outlet that was told is no source
    "Boko Haram fighters killed 15 fishermen near Lake Chad on Friday, a Civilian Joint Task Force member, Babakura "
    "Kolo, told AFP.",
    "Jihadists killed nine soldiers near Tessit on Friday, one of them, a local elected official, told AFP.",
])
def test_the_outlet_told_is_not_the_source(text):
    assert lead(text, PUBLISHED).sources != ["AFP"]


@pytest.mark.parametrize("text, perpetrator", [
    # a group's tie written onto its name is the group; a sponsor's is not
    ("Al-Shabaab-affiliated militants killed six soldiers in Lower Shabelle on Friday.", "Al-Shabaab"),
    ("JNIM-linked fighters attacked the village of Djibasso on Friday, killing 20 civilians.", "JNIM"),
    ("RSF-aligned militias killed 40 people in the village of Wad Ushaib on Friday, activists said.", "RSF"),
    ("Iran-backed Houthi rebels fired a missile at a ship off Hodeidah on Friday, killing two sailors.", "Houthis"),
    ("Shelling killed 12 people in Gaza City on Friday, the Hamas-run health ministry said.", None),
])
def test_a_group_s_tie_on_its_name_is_the_group(text, perpetrator):
    assert lead(text, PUBLISHED).perpetrator == perpetrator
