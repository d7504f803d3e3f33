"""War reports of a ninth round (issue 11, session 15), written for these tests in the styles of
Reuters and AP wires, the BBC, Al Jazeera, Radio Okapi, the Kyiv Independent, Sudan Tribune and
Radio Dabanga, Premium Times, Myanmar Now, Dawn and Haiti's rights network, of wars the earlier
rounds left out (DR Congo, Ethiopia, Mali and Burkina Faso, Haiti, Colombia, Pakistan, Afghanistan,
Iraq, Mexico, Cameroon, Myanmar's townships) and of Ukraine, Gaza, Sudan and Nigeria: a local role
that speaks for its place ("the local chief of Tawila said"), an administrator, a councillor, a
ministry and its town; the armed groups of those wars (Iran's Revolutionary Guards, Haiti's gangs,
Mexico's cartels, Colombia's FARC dissidents, Iraq's militias, Cameroon's and Balochistan's
separatists, Pakistan's forces, Islamic State's Khorasan and Mozambique provinces, DR Congo's,
Myanmar's, the Sahel's and Ethiopia's groups, Russia's own weapons in Ukraine), the side an attack
is blamed on, claimed or denied by, a side whose fighters were killed; a bomb in or on a vehicle, an
attack on a base, a checkpoint or a police station that names no weapon, armed men's attack on a
neighbourhood, a political rally struck (no protest), victims hacked to death, burned alive or
beheaded, a grenade thrown; places the gazetteer lacked or misread (a Myanmar township after its
region's possessive, an Iraqi town without its article, a town struck by a country or people named
as the attacker, a village told as "of" its LGA, Pakistan's districts named without a town, a cartel
named for a state). Guards keep what already held for camps, territories, townships, raions,
hromadas, LGAs, a city's districts and neighbourhoods, datelines away from the place struck, "late
on Tuesday", "overnight", follow-ups days later, datelines with and without a year, and the sides
named by adjective.
Each test is a class; places are checked within 25 km of where the town or village lies."""

import pytest
from war_fixtures import days_of, km_from, lead


@pytest.mark.parametrize("text, speaker", [
    # Radio Dabanga, Radio Okapi, Sudan Tribune, Premium Times: a local role speaks for the town, village or area
    # named after "of"; the place is part of the speaker, not the speaker
    ("Drones struck the market in Tawila on Friday, killing seven people, the local chief of Tawila said.",
     "local chief of Tawila"),
    ("Fighting between M23 and Wazalendo militiamen near Rubaya killed six civilians on Monday, the head of the "
     "village of Rubaya told Radio Okapi.", "head of the village of Rubaya"),
    ("RSF fighters attacked the village of Wad Ashana on Friday, killing 40 people, the commissioner of Um Rawaba "
     "locality said.", "commissioner of Um Rawaba locality"),
    ("Bandits killed 19 people in Kauran Namoda on Sunday, the chairman of Kaura Namoda local government area said.",
     "chairman of Kaura Namoda local government area"),
    ("Gunmen killed three farmers in Kwall village of Bassa LGA in Plateau State on Sunday, an elder of Kwall village "
     "said.", "elder of Kwall village"),
    ("Gunmen killed seven people in Ungwan Gamu on Sunday night, the traditional ruler of the community said.",
     "traditional ruler of the community"),
    # Myanmar Now, the Miami Herald, WAFA: an administrator and a councillor are roles; a ministry keeps its town
    ("A junta airstrike on a village in Kani township killed eight people on Monday, according to a local "
     "administrator in Kani.", "local administrator in Kani"),
    ("Gunmen killed eight people in Kenscoff on Tuesday, local councillor Jean Baptiste said.",
     "local councillor Jean Baptiste"),
    ("An Israeli airstrike on a house in Deir al-Balah killed 13 people on Monday, the Ministry of Health in Gaza said.",
     "Ministry of Health in Gaza"),
    # guards: a role that serves a body keeps the body, and a named official stays with it
    ("A Russian drone hit a bus in Kherson on Monday, killing one passenger, the head of the Kherson regional "
     "military administration, Oleksandr Prokudin, said.", "head of the Kherson regional military administration, "
     "Oleksandr Prokudin"),
    ("A Russian missile struck a shopping centre in Kostiantynivka on Monday, killing 11 people, the head of the "
     "Kostiantynivka city military administration said.", "head of the Kostiantynivka city military administration"),
])
def test_a_local_role_speaks_with_the_place_it_speaks_for(text, speaker):
    assert lead(text).killed.speaker == speaker


@pytest.mark.parametrize("text, perpetrator, attribution", [
    # AP, Reuters, Dawn, the Miami Herald, El País in translation: the armed groups of these wars by their own names
    ("Iran's Revolutionary Guards said they struck an Israeli spy base in Erbil on Monday night; the Kurdistan "
     "regional government said four civilians were killed.", "Iran", "claimed"),
    ("Members of the Gran Grif gang killed at least 70 people in Pont-Sondé in the Artibonite department early on "
     "Thursday, the UN said.", "Gran Grif", None),
    ("Gangs of the Viv Ansanm coalition attacked Mirebalais on Monday, killing 10 people, police said.",
     "Viv Ansanm", None),
    ("Gunmen believed to belong to the Jalisco New Generation Cartel killed eight police officers in an ambush in "
     "Coahuayana, Michoacán, officials said.", "CJNG", "alleged"),
    ("FARC dissidents attacked a police station in Suárez, Cauca, on Tuesday, killing one officer, the army said.",
     "FARC dissidents", None),
    ("Kataib Hezbollah fighters fired rockets at a US base in western Iraq on Monday, wounding five American "
     "personnel, officials said.", "Kataib Hezbollah", None),
    ("Militants attacked the Bannu cantonment in Khyber Pakhtunkhwa on Tuesday evening, killing five soldiers, "
     "officials said. The Hafiz Gul Bahadur group claimed responsibility.", "Hafiz Gul Bahadur group", "claimed"),
    # a movement's own name before "separatists" names it, not Donbas's separatists; Pakistan by its adjective
    ("Ambazonian separatists attacked Mamfe in Cameroon's South-West region on Monday, killing four gendarmes, "
     "officials said.", "Ambazonian separatists", None),
    ("Baloch separatists attacked a passenger train in Bolan district on Tuesday, killing 26 hostages, the army said.",
     "BLA", None),
    ("A Pakistani airstrike on Barmal district in Afghanistan's Paktika province killed 46 people, a Taliban "
     "spokesman said on Wednesday.", "Pakistan", None),
    # Ukrinform, Suspilne: a weapon only one side of a war fires names that side there, and nowhere else
    ("A Shahed drone hit an apartment block in Odesa overnight, killing two people, the governor said.", "Russia", None),
    ("An Iskander missile struck a hotel in Kharkiv on Sunday, wounding 12 people, the regional governor said.",
     "Russia", None),
    ("Kinzhal hypersonic missiles hit an energy facility in Lviv region overnight, injuring one worker, the governor "
     "said.", "Russia", None),
    ("Israel said it intercepted a Shahed drone launched from Yemen toward Eilat on Sunday; shrapnel wounded one "
     "man.", None, None),
    # guards: a side by its adjective, a backer's adjective before a group, a claim by a group the tables knew, the
    # longer of two names at one place, Donbas's separatists
    ("Pakistani Taliban fighters attacked a police post in Lakki Marwat on Sunday, killing three policemen, police "
     "said.", "TTP", None),
    ("Separatists shelled Avdiivka on Monday, wounding two civilians, the regional police said.", "NAF", None),
    ("Rwandan-backed M23 rebels shelled Sake on Wednesday, killing five civilians, the provincial governor said.",
     "M23", None),
    ("An Ethiopian military drone strike hit a minibus near Bahir Dar on Monday, killing 12 passengers, witnesses "
     "said.", "Ethiopia", None),
    ("The Pakistani Taliban claimed responsibility for an attack on a checkpoint in Dera Ismail Khan that killed 23 "
     "soldiers.", "TTP", "claimed"),
    ("A Ukrainian drone attack on Belgorod on Saturday killed two people, the regional governor said.", "Ukraine", None),
])
def test_an_armed_group_of_these_wars_is_named_as_the_doer(text, perpetrator, attribution):
    found = lead(text)
    assert (found.perpetrator, found.attribution) == (perpetrator, attribution)


@pytest.mark.parametrize("text, perpetrator, attribution", [
    # AFP, Reuters, Dawn, the Kyiv Independent, Radio Dabanga: a side an attack is blamed on is the alleged doer, not
    # the side that blames; a side that claimed or denied an attack is named; nobody claiming is no claim
    ("Gunmen killed 20 villagers near Djibo on Sunday; the army blamed the attack on JNIM.", "JNIM", "alleged"),
    ("Ukraine's military blamed the strike on Russian forces; two people were killed in Kupiansk, officials said.",
     "Russia", "alleged"),
    ("The Taliban government blamed the bombing in Kabul on Islamic State.", "Islamic State Khorasan", "alleged"),
    ("The BLA claimed the bombing at Quetta railway station, which killed 26 people on Saturday.", "BLA", "claimed"),
    ("The RSF denied responsibility for the attack on the Zamzam camp, which killed 30 people.", "RSF", "alleged"),
    ("Nobody has claimed responsibility for the bombing in Quetta, which killed 26 people at the railway station on "
     "Saturday.", None, "unknown"),
    # military statements (Nigeria's army, the ISPR, the Malian army): a group whose fighters were killed is no doer
    # (the military that speaks is the country's, where the incident lies: issue 11's actors round)
    ("The military said it killed 30 JNIM fighters in an air strike near Djibo on Sunday.", "Burkina Faso", None),
    ("Troops killed 20 Boko Haram terrorists in an ambush near Bama on Saturday, the army said.", None, None),
    # guards: the side that killed them, named first, is the doer
    ("Sudanese army airstrikes killed dozens of RSF fighters in Nyala on Monday, a military source said.", "Sudan",
     None),
    ("Russian forces killed two Ukrainian soldiers in a drone strike near Kupiansk, the ministry said.", "Russia", None),
])
def test_the_side_blamed_claiming_or_denying_or_harmed(text, perpetrator, attribution):
    found = lead(text)
    assert (found.perpetrator, found.attribution) == (perpetrator, attribution)


@pytest.mark.parametrize("text, perpetrator", [
    # Radio Okapi, Myanmar Now, Sudan Tribune, Studio Tamani, Daily Trust, Zitamar, Addis Standard: the armed groups
    # of DR Congo, Myanmar, Sudan, the Sahel, Nigeria, Mozambique and Ethiopia by their own names
    ("Wazalendo fighters attacked M23 positions near Sake on Tuesday, killing three civilians caught in the "
     "crossfire, residents said.", "Wazalendo"),
    ("FDLR rebels killed four people in Rutshuru territory on Sunday, a local official said.", "FDLR"),
    ("Mai-Mai militiamen attacked a village in Fizi territory on Monday, killing five people, a local chief said.",
     "Mai-Mai"),
    ("PDF fighters ambushed a junta convoy in Sagaing's Kani township on Monday, killing 12 soldiers, the NUG said.",
     "People's Defence Force"),
    ("TNLA troops shelled Kyaukme on Sunday, killing two civilians, residents said.", "TNLA"),
    ("SPLM-N fighters attacked Kadugli on Friday, killing eight people, the army said.", "SPLM-N"),
    ("Katiba Macina fighters killed 20 villagers in Mopti region on Tuesday, local sources said.", "JNIM"),
    ("Lakurawa militants killed 15 villagers in Kebbi State on Friday, police said.", "Lakurawa"),
    ("Islamic State claimed responsibility for an attack on Mocimboa da Praia on Sunday that killed 10 soldiers.",
     "Islamic State Mozambique"),
    ("The Oromo Liberation Army killed 12 civilians in West Wollega on Sunday, the regional government said.",
     "Oromo Liberation Army"),
])
def test_the_armed_groups_of_africa_s_and_myanmar_s_wars(text, perpetrator):
    assert lead(text).perpetrator == perpetrator


@pytest.mark.parametrize("text", [
    # Reuters, Tolo News, Dawn: Islamic State in Afghanistan and Pakistan is its Khorasan province
    "An explosion at a mosque in Pul-e-Khumri in Baghlan province during Friday prayers killed at least 17 "
    "worshippers, a Taliban spokesman said. Islamic State claimed responsibility.",
    "Islamic State claimed responsibility for a suicide bombing near a mosque in Mastung, Balochistan, on Friday that "
    "killed 52 people.",
    "The Islamic State group said its fighters carried out the attack on a Sufi shrine in Kabul on Thursday that "
    "killed 10 worshippers.",
])
def test_islamic_state_in_afghanistan_and_pakistan_is_its_khorasan_province(text):
    found = lead(text)
    assert (found.perpetrator, found.attribution) == ("Islamic State Khorasan", "claimed")


@pytest.mark.parametrize("text", [
    # El Tiempo, Dawn, Daily Trust, AFP: a bomb in or on a vehicle is an IED, not an air strike
    "ELN guerrillas attacked a military base in Arauca department on Tuesday with a truck bomb, killing two soldiers "
    "and wounding 27, the army said.",
    "A motorcycle bomb exploded near a police station in Jamundí in Valle del Cauca on Wednesday, wounding five "
    "people, the mayor said.",
    "A bicycle bomb went off at a market in Bajaur on Monday, killing three people, police said.",
    "A tricycle bomb exploded at a checkpoint in Konduga on Saturday, killing four militiamen, officials said.",
    "Five soldiers were killed when a motorbike bomb went off near their convoy in the Douentza area on Tuesday, the "
    "army said.",
])
def test_a_bomb_in_or_on_a_vehicle_is_an_ied(text):
    assert lead(text).weapon == "IED/mine"


@pytest.mark.parametrize("text, sub_event_type", [
    # AFP, Dawn, the Miami Herald, El Tiempo: an attack on a base, a checkpoint, a cantonment or a police station
    # that names no weapon is a clash, as ACLED codes it
    ("JNIM claimed responsibility for an attack on an army base in Djibo on Sunday in which it said 50 soldiers "
     "were killed.", "Armed clash"),
    ("Militants attacked the Bannu cantonment in Khyber Pakhtunkhwa on Tuesday evening, killing five soldiers, "
     "officials said.", "Armed clash"),
    ("FARC dissidents attacked a police station in Suárez, Cauca, on Tuesday, killing one officer, the army said.",
     "Armed clash"),
    ("Gang members attacked the police station in Mirebalais on Monday, killing two officers, police said.",
     "Armed clash"),
    ("Militants killed four soldiers in an attack on a checkpoint near Mir Ali in North Waziristan on Sunday, the "
     "army said.", "Armed clash"),
    # guards: the weapon named still decides
    ("A suicide bomber carried out an attack on a police station in Bannu on Monday, killing three officers, police "
     "said.", "Suicide bomb"),
    ("Russian drones attacked a military base near Kramatorsk on Monday, killing two soldiers, the army said.",
     "Air/drone strike"),
])
def test_an_attack_on_a_base_that_names_no_weapon_is_a_clash(text, sub_event_type):
    assert lead(text).sub_event_type == sub_event_type


@pytest.mark.parametrize("text, sub_event_type", [
    # Dawn, AP, El Universal: a political, election or campaign rally is no protest; what struck it decides
    ("Islamic State claimed responsibility for the suicide bombing at a political rally in Bajaur on Sunday that "
     "killed 54 people.", "Suicide bomb"),
    ("A mayoral candidate was shot dead at a campaign rally in Celaya, Guanajuato, on Wednesday, the state prosecutor "
     "said.", "Attack"),
    ("A bomb exploded at an election rally in Mastung on Friday, killing 12 people, officials said.",
     "Remote explosive/landmine/IED"),
    ("Gunmen opened fire on an election rally in Dera Ismail Khan on Monday, killing two party workers, police said.",
     "Attack"),
    # guard: a rally of protesters is a protest (tear gas fired at it is the codebook's intervention)
    ("Police fired tear gas at a rally of opposition supporters in Karachi on Sunday.", "Protest with intervention"),
])
def test_a_political_rally_struck_is_no_protest(text, sub_event_type):
    assert lead(text).sub_event_type == sub_event_type


@pytest.mark.parametrize("text, sub_event_type", [
    # Radio Okapi, Haiti's rights network, Pinnacle News, El Universal: victims hacked to death, burned alive or
    # beheaded are an attack on civilians (had been no incident at all, or property destruction); a grenade thrown
    # is a grenade attack
    ("ADF rebels hacked 22 villagers to death with machetes in Lubero territory overnight, a local official said.",
     "Attack"),
    ("Gang members set fire to houses in Pont-Sondé, burning six people alive, the mayor said.", "Attack"),
    ("Militants beheaded 11 villagers in Cabo Delgado's Muidumbe district on Sunday, police said.", "Attack"),
    ("A grenade thrown into a bar in Irapuato on Saturday night wounded seven people, police said.", "Grenade"),
    # a headline's present tense and a list of victims before "to death" or "alive" (AFP, Premium Times, Radio
    # Okapi, Le Nouvelliste styles)
    ("Jihadists behead 11 Christians in Borno village. The attackers struck Kwarangulum village on Tuesday, "
     "residents said.", "Attack"),
    ("Gunmen hack farmers to death in Benue. Herders attacked Yelwata on Friday night, a local leader said.",
     "Attack"),
    ("Attackers hacked two men and a woman to death in Djugu territory on Monday, a civil society leader said.",
     "Attack"),
    ("Gang members burned an elderly man and his wife alive in their home in Mirebalais, the mayor said.", "Attack"),
    # guard: houses torched where residents were killed stay an attack
    ("Junta troops torched 200 houses in a village in Myinmu township and killed five residents, local residents "
     "said.", "Attack"),
])
def test_victims_hacked_burned_or_beheaded_and_a_grenade_thrown(text, sub_event_type):
    assert lead(text).sub_event_type == sub_event_type


@pytest.mark.parametrize("text", [
    # Haiti's rights network, Sudan Tribune, Radio Okapi: armed men's attack on a neighbourhood or a suburb is an
    # attack on civilians
    "Gang members attacked the Solino neighbourhood of Port-au-Prince on Thursday night, killing eight people, the "
    "National Human Rights Defense Network said.",
    "RSF fighters attacked the Al-Azhari neighbourhood of southern Khartoum on Tuesday, killing 14 civilians, the "
    "emergency room said.",
    "CODECO militiamen raided a suburb of Bunia on Sunday night, killing six people, local officials said.",
])
def test_armed_men_s_attack_on_a_neighbourhood_is_an_attack_on_civilians(text):
    found = lead(text)
    assert (found.event_type, found.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text, lat, lon", [
    # Myanmar Now, Dawn, Reuters, Premium Times: places the gazetteer lacked or misread
    ("Junta airstrikes on Sagaing's Kani township killed nine villagers on Sunday, local resistance forces said.",
     22.43, 94.85),
    ("A junta airstrike on a village in Kani township of Sagaing Region killed five people on Monday, a local "
     "administrator said.", 22.43, 94.85),
    ("Militants killed four soldiers in an attack on a checkpoint near Mir Ali in North Waziristan on Sunday, the "
     "army said.", 33.02, 70.28),
    ("A drone struck a vehicle carrying members of Kataib Hezbollah in Jurf al-Sakhar, south of Baghdad, on "
     "Wednesday, killing two, a militia official said.", 32.87, 44.13),
    ("Kataib Hezbollah fighters fired rockets at the Ain al-Asad air base in western Iraq on Monday, wounding five "
     "American personnel, officials said.", 33.79, 42.44),
    # Dawn, Tolo News, AP: the country or people that struck is not where ("Iran fired", "Pakistani jets")
    ("Iran fired ballistic missiles at Ain al-Assad on Wednesday, injuring more than 100 US troops, the Pentagon "
     "said.", 33.79, 42.44),
    ("Pakistani jets bombed Khost on Tuesday, killing eight people, Taliban officials said.", 33.34, 69.92),
    ("Turkish warplanes struck Kobani on Sunday, killing three civilians, the SDF said.", 36.89, 38.35),
    ("Iranian drones hit Erbil on Friday, killing two people, Kurdish officials said.", 36.19, 44.01),
    ("Israel struck Hodeidah on Saturday, killing six people, Houthi media said.", 14.80, 42.95),
    # an Iraqi town without its article ("At Tarmiyah"), told beside the capital it lies north of
    ("A roadside bomb killed three Iraqi soldiers near Tarmiyah, north of Baghdad, on Sunday, security sources said.",
     33.67, 44.40),
    ("Gunmen killed 12 people in Tarmiyah on Sunday, Iraqi police said.", 33.67, 44.40),
    # a village told as "of" its LGA lies in that LGA, not at a namesake in another state
    ("Bandits abducted and killed 14 villagers in Gidan Wawa village of Maradun LGA in Zamfara State, the council "
     "chairman said on Sunday.", 12.57, 6.24),
    # Dawn, Geo News: a district of Khyber Pakhtunkhwa or Balochistan named without a town is beside its headquarters
    ("Gunmen opened fire on a convoy of passenger vehicles in Kurram district on Thursday, killing 42 people, the "
     "provincial government said.", 33.90, 70.10),
    ("A bicycle bomb went off at a market in Bajaur on Monday, killing three people, police said.", 34.74, 71.53),
    ("Gunmen pulled passengers off buses in Musakhel district of Balochistan on Monday and shot dead 23 people, a "
     "senior police official said.", 30.86, 69.82),
    ("A drone strike killed four militants in North Waziristan on Sunday, officials said.", 33.00, 70.07),
    # a cartel named for a state is no place
    ("Gunmen believed to belong to the Jalisco New Generation Cartel killed eight police officers in an ambush in "
     "Coahuayana, Michoacán, officials said.", 18.70, -103.66),
    # guards: camps, territories, townships, raions, hromadas, LGAs, a city's districts, datelines away from the place
    ("GOMA, Democratic Republic of Congo, March 3 (Reuters) - M23 rebels shelled a camp for displaced people at "
     "Mugunga on the western outskirts of Goma on Sunday, killing at least nine people, a local official said.",
     -1.62, 29.15),
    ("Suspected ADF rebels killed 18 villagers in the Beni territory of North Kivu province overnight, the local "
     "civil society said on Tuesday.", 0.49, 29.47),
    ("CODECO militiamen attacked a site for displaced people in Djugu territory of Ituri province overnight, killing "
     "14 people, a local chief said.", 1.92, 30.50),
    ("Fano militiamen clashed with federal troops in Debre Markos in Amhara region on Sunday, killing seven "
     "civilians, residents told the BBC.", 10.33, 37.72),
    ("Jihadists killed dozens of civilians who were digging trenches around Barsalogho in Burkina Faso's "
     "Centre-Nord region on Saturday, security sources said.", 13.42, -1.06),
    ("TIMBUKTU, Mali (AP) — Rockets fired by suspected jihadists hit Timbuktu airport on Thursday, wounding three "
     "soldiers, the army said.", 16.77, -3.01),
    ("PORT-AU-PRINCE, Haiti (AP) — Gangs attacked the town of Kenscoff in the hills above the capital on Tuesday, "
     "killing six people, police said.", 18.45, -72.29),
    ("Gunmen killed 12 people at a bar in Irapuato, Guanajuato state, late on Saturday, local authorities said.",
     20.67, -101.35),
    ("Military jets bombed Let Yet Kone village in Depayin township, Sagaing Region, on Wednesday, killing eight "
     "civilians, a local administrator told Myanmar Now.", 22.69, 95.45),
    ("A Russian drone hit a car in the Synelnykove raion of Dnipropetrovsk Oblast on Sunday, killing two people, "
     "Governor Serhii Lysak said.", 48.32, 35.52),
    ("Russian troops shelled the Marhanets hromada in Nikopol district overnight, injuring a 60-year-old woman, the "
     "regional governor said on Telegram.", 47.64, 34.63),
    ("KYIV, Ukraine (AP) — Russian glide bombs struck a residential area of Kharkiv on Thursday, killing three "
     "people, regional Governor Oleh Syniehubov said.", 50.00, 36.23),
    ("DEIR AL-BALAH, Gaza Strip (AP) — An Israeli strike on tents in the Mawasi area of Khan Younis killed at least "
     "19 people overnight, health officials said.", 31.34, 34.30),
    ("An Israeli airstrike on a house in the Zeitoun neighbourhood of Gaza City killed 10 members of one family late "
     "on Saturday, the civil defence said.", 31.50, 34.46),
    ("Female suicide bombers attacked a wedding, a funeral and a hospital in Gwoza LGA of Borno State on Saturday, "
     "killing 18 people, the state emergency agency said.", 11.08, 13.69),
    ("KABUL (Reuters) - A suicide bomber blew himself up outside the ministry in the Dasht-e-Barchi area of Kabul on "
     "Monday, killing six people, police said.", 34.51, 69.10),
])
def test_the_place_struck(text, lat, lon):
    assert km_from(lead(text).place, lat, lon) < 25


@pytest.mark.parametrize("text, admin1, country", [
    # Dawn, Myanmar Now, Rudaw, Zitamar, El Tiempo: a province English writes about as often as a word ("Balochistan",
    # "Santander") or spells otherwise ("Nineveh") is that province, not nothing or a namesake town abroad
    ("Gunmen killed 23 people in Balochistan on Monday, officials said.", "Balochistan", "PK"),
    ("Junta airstrikes killed nine civilians in Kachin State on Sunday, the KIA said.", "Kachin", "MM"),
    ("A roadside bomb killed three soldiers in Nineveh on Tuesday, security sources said.", "Ninewa", "IQ"),
    ("Insurgents killed 11 villagers in Cabo Delgado on Sunday, police said.", "Cabo Delgado", "MZ"),
    ("ELN guerrillas killed two soldiers in an attack in the Catatumbo region of Norte de Santander, the army said.",
     "Norte de Santander", "CO"),
])
def test_a_province_written_like_a_word_is_the_province(text, admin1, country):
    place = lead(text).place
    assert (place.admin1, place.country) == (admin1, country)


@pytest.mark.parametrize("text, published, first, last", [
    # wires, Premium Times, Myanmar Now, OCHA, Ukrainian officials in translation: "late on", "overnight", follow-ups
    # days later, datelines with and without a year, with and without published metadata
    ("Shells fired by the RSF landed on a crowded market in Omdurman late on Tuesday, killing 18 people, the health "
     "ministry said on Wednesday.", "2024-07-17", "2024-07-16", "2024-07-16"),
    ("Boko Haram insurgents attacked Mafa town in Borno State late on Sunday, killing 37 people, residents said.",
     "2024-09-03", "2024-09-01", "2024-09-01"),
    ("Russia launched a massive drone attack on Odesa overnight, injuring four people and damaging port "
     "infrastructure, the regional governor said on Wednesday morning.", "2024-07-17", "2024-07-16", "2024-07-17"),
    ("The death toll from Saturday's attack on Barsalogho has risen to 200, a security source said on Wednesday.",
     "2024-08-28", "2024-08-24", "2024-08-24"),
    ("Three days after gunmen stormed a mosque in Mahuta village of Katsina State, villagers on Monday buried the 16 "
     "worshippers who were killed during Friday prayers.", "2024-08-26", "2024-08-23", "2024-08-23"),
    ("Haitian police said on Monday that gang members had killed at least 12 people in the Carrefour-Feuilles "
     "neighbourhood last Thursday.", "2024-08-12", "2024-08-08", "2024-08-08"),
    ("Junta airstrikes on a village in Myaung township over the weekend killed 15 people, local sources told Myanmar "
     "Now on Monday.", "2024-07-22", "2024-07-20", "2024-07-21"),
    ("KHARTOUM, Sudan, Feb 12 (Reuters) - An RSF drone struck a power station in Omdurman on Sunday, killing two "
     "workers, the army said.", "2025-02-12", "2025-02-09", "2025-02-09"),
    ("PESHAWAR, Pakistan, Nov. 22, 2024 (AP) — Gunmen opened fire on a convoy of vehicles in Kurram on Thursday, "
     "killing 42 people, officials said.", None, "2024-11-21", "2024-11-21"),
    ("On 14.07.2024 at about 06:30, the enemy attacked the village of Kozacha Lopan with a guided aerial bomb; a "
     "70-year-old man was killed.", None, "2024-07-14", "2024-07-14"),
])
def test_the_days_of_the_attack(text, published, first, last):
    assert tuple(str(day) for day in days_of(lead(text, published))) == (first, last)
