"""Issue 11, round 43: ACLED notes of other years and regions, and war news' weapon makes.

Notes in the codebook's style from Latin America (Mexico's cartels, Colombia, Brazil's police operations, Haiti's
gangs, Ecuador, Venezuela), South Asia (Manipur, Kashmir, Chhattisgarh, Pakistan's KP and Balochistan, Bangladesh),
the Middle East (Iraq, Syria, Yemen, Lebanon), the Sahel, Nigeria, the DRC and Sudan, Myanmar, and Europe (Ukraine,
Russia's border regions, protests in France, Georgia, Serbia and Russia), covering every sub-event type; each note's
type was set from the codebook before the classifier ran. Of 124 notes, 17 read wrong on main; of 39 weapon probes, 6.
``FIXED_AGAIN`` are 32 notes written after the fixes and before running them, fresh phrasings of the fixed classes
and guards beside them (20 read wrong on main; one is left unread). ``ROUND_TWO`` are 46 notes of other years
(2007-2025: Mosul, Aleppo's sarin, Chibok, Tahrir Square, Marawi, Chile, Hong Kong, Nicaragua, Haiti's president)
and 18 weapon probes, written before running: 7 notes and 5 weapons read wrong on main, 1 and 2 left unread.

``FIXED`` read wrong on main, by class (data/slot_event_types.json, data/slot_weapons.json):
- workers' strikes ("went on strike", "a general strike", "a hunger strike"), a hartal and a human chain are
  protests, not the shelling "strike" named;
- an operation, an offensive or a campaign "launched" fires nothing (the police operation that killed gang members
  is a clash);
- an arrest told as a cause ("after the arrest of a local leader") is not the note's; a coup outranks the detentions
  it names; a planned rally has not happened (its organisers arrested ahead of it are arrests);
- an ambush of a bus, a car or travellers that is no army's attacks civilians; so do gunmen who open fire on
  tourists, pilgrims or customers, and the killing of an official, a councillor or a social leader;
- supporters named in more words who storm a building riot; a TV studio stormed is no clash;
- a count of people detained at protests is an intervention; live ammunition fired at "them" after a protest, and
  protesters named by a hashtag ("#EndSARS protesters"), met excessive force;
- a ceasefire told with its parties and brokers before "took effect" is an agreement;
- an MQ-9 (Reaper) that fires a missile and a hexacopter are drones; ATACMS, Storm Shadow, Zircon, Oreshnik, Scud
  and a hypersonic are missiles.

``ROUND_TWO``'s, by class: tear gas or water cannon fired "at them" after a semicolon meets the protest told before
it; a march opened fire on by its name met excessive force; police who clash with protesters meet a riot, and mobs
that clash are a mob; an assassination is an attack; a Su-25 that fires rockets strikes from the air; a Krasnopol is
artillery and an EFP an IED.

``ROUND_THREE`` are 26 notes of the rarer sub-event types (agreements, transfers, bases, changes to groups, sexual
violence, grenades, chemical weapons, looting, arrests, mobs), written before running: 4 read wrong on main, one is
left unread. Mended: a truce "announced" or "declared" is an agreement; CS gas used against troops is a chemical
weapon; a church "attacked by a mob" is mob violence.
"""

import pytest

from test_acled38_types import BATTLES, CIVILIANS, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC

from harmledger.extract.classify import classify


def unread(note: str, event_type: str, sub_event_type: str, reason: str):
    return pytest.param(note, event_type, sub_event_type, marks=pytest.mark.xfail(strict=True, reason=reason))


def unread_weapon(text: str, weapon: str, reason: str):
    return pytest.param(text, weapon, marks=pytest.mark.xfail(strict=True, reason=reason))


READ_RIGHT = [
    ('On 14 March 2023, members of the Jalisco New Generation Cartel (CJNG) clashed with members of the Sinaloa '
     'Cartel in Frontera Comalapa (Chiapas). 5 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 9 June 2024, gunmen of a criminal group abducted five members of a family from their home in '
     'Texcaltitlan (Mexico). 0 fatalities.',
     CIVILIANS, 'Abduction/forced disappearance'),
    ('On 12 January 2024, National Guard troops clashed with gunmen of the Familia Michoacana in Coalcoman '
     '(Michoacan), killing four gunmen. 4 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 3 May 2024, a cartel drone dropped explosives on a community police checkpoint in Chinicuila '
     '(Michoacan), wounding two officers. 0 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 18 November 2024, a landmine planted by a criminal group exploded under a military vehicle in '
     'Aguililla (Michoacan), killing two soldiers. 2 fatalities.',
     EXPLOSIONS, 'Remote explosive/landmine/IED'),
    ('On 7 February 2023, mothers of disappeared persons marched peacefully in Culiacan (Sinaloa) to demand the '
     'search for their relatives. [size=dozens]',
     PROTESTS, 'Peaceful protest'),
    ('On 20 April 2023, FARC dissidents of the EMC ambushed a military patrol in Argelia (Cauca), killing four '
     'soldiers. 4 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 15 March 2024, EMC dissidents abducted three minors from an indigenous reserve in Toribio (Cauca) to '
     'recruit them. 0 fatalities.',
     CIVILIANS, 'Abduction/forced disappearance'),
    ('On 22 May 2024, an explosive-laden motorcycle detonated outside the police station of Jamundi (Valle del '
     'Cauca), injuring two civilians. 0 fatalities.',
     EXPLOSIONS, 'Remote explosive/landmine/IED'),
    ('On 9 September 2024, the National Army found and destroyed an ELN weapons cache containing rifles and '
     'explosives in Tame (Arauca). 0 fatalities.',
     STRATEGIC, 'Disrupted weapons use'),
    ('On 29 October 2023, unknown assailants threw a grenade at a bar in Cartagena (Bolivar), wounding four '
     'people. 0 fatalities.',
     EXPLOSIONS, 'Grenade'),
    ('On 4 August 2023, military police shot dead a 13-year-old boy during an operation in the Cidade de Deus '
     'favela in Rio de Janeiro (Rio de Janeiro). 1 fatality.',
     CIVILIANS, 'Attack'),
    ('On 15 May 2019, students and teachers marched in Sao Paulo (Sao Paulo) against cuts to education funding. '
     '[size=tens of thousands]',
     PROTESTS, 'Peaceful protest'),
    ('On 3 October 2024, Gran Grif gang members attacked the town of Pont-Sonde (Artibonite), killing at least '
     '70 residents and setting fire to houses. 70 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 11 December 2024, Viv Ansanm gang members kidnapped two nurses from a hospital in Port-au-Prince '
     '(Ouest). 0 fatalities.',
     CIVILIANS, 'Abduction/forced disappearance'),
    ('On 24 April 2023, residents lynched and burned alive 13 suspected gang members in Canape-Vert '
     '(Port-au-Prince, Ouest). 13 fatalities.',
     RIOTS, 'Mob violence'),
    ('On 16 March 2023, police fired tear gas to disperse protesters demanding action against gangs in '
     'Port-au-Prince (Ouest). [size=hundreds]',
     PROTESTS, 'Protest with intervention'),
    ('On 2 December 2024, police and Kenyan officers of the Multinational Security Support mission clashed with '
     'gang members in Solino (Port-au-Prince, Ouest). 3 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 15 March 2025, Haitian police used explosive-laden drones against gang positions in Kenscoff (Ouest), '
     'killing several gang members. 5 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 30 July 2024, National Guard troops fired tear gas and rubber bullets at protesters rejecting the '
     'presidential election results in Caracas (Capital District). [size=thousands]',
     PROTESTS, 'Protest with intervention'),
    ('On 4 May 2023, a mob torched houses of Kuki residents in Imphal East (Manipur). 0 fatalities.',
     RIOTS, 'Mob violence'),
    ('On 11 November 2024, CRPF personnel killed ten suspected Kuki militants in an encounter in Jiribam '
     '(Manipur). 10 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 1 September 2024, suspected Kuki militants dropped bombs from drones on Koutruk village (Imphal West, '
     'Manipur), killing a woman. 1 fatality.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 9 September 2024, students protesting the drone attacks marched towards the Raj Bhavan in Imphal '
     '(Manipur); police fired tear gas to disperse them. [size=thousands]',
     PROTESTS, 'Protest with intervention'),
    ('On 12 November 2024, suspected Kuki militants abducted six Meitei women and children from a relief camp '
     'in Jiribam (Manipur). 0 fatalities.',
     CIVILIANS, 'Abduction/forced disappearance'),
    ('On 7 May 2025, Pakistani forces shelled villages in Poonch (Jammu and Kashmir) across the Line of '
     'Control, killing 12 civilians. 12 fatalities.',
     EXPLOSIONS, 'Shelling/artillery/missile attack'),
    ('On 3 April 2021, Maoists ambushed CRPF and DRG personnel in Tekalguda (Bijapur, Chhattisgarh), killing 22 '
     'security personnel. 22 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 21 May 2025, 27 Maoists including their general secretary were killed in an encounter with DRG '
     'personnel in Narayanpur (Chhattisgarh). 27 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 18 October 2025, 208 Maoist cadres surrendered with their weapons to police in Jagdalpur (Bastar, '
     'Chhattisgarh). 0 fatalities.',
     STRATEGIC, 'Change to group/activity'),
    ('On 9 November 2024, a suicide bomber blew himself up at Quetta railway station (Balochistan), killing 26 '
     'people including soldiers. 26 fatalities.',
     EXPLOSIONS, 'Suicide bomb'),
    ('On 30 July 2023, a suicide bombing at a JUI-F political rally in Khar (Bajaur, Khyber Pakhtunkhwa) killed '
     '63 people. 63 fatalities.',
     EXPLOSIONS, 'Suicide bomb'),
    ('On 16 December 2024, TTP militants attacked a security checkpost in Makeen (South Waziristan, Khyber '
     'Pakhtunkhwa), killing 16 soldiers. 16 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 26 August 2024, BLA militants blew up a railway bridge in Kolpur (Bolan, Balochistan). 0 fatalities.',
     EXPLOSIONS, 'Remote explosive/landmine/IED'),
    ("On 9 May 2023, PTI supporters stormed the Corps Commander's House in Lahore (Punjab) and set it on fire "
     'after the arrest of Imran Khan. [size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 28 August 2024, a remote-controlled bomb struck a police van in Mastung (Balochistan), injuring five '
     'policemen. 0 fatalities.',
     EXPLOSIONS, 'Remote explosive/landmine/IED'),
    ('On 15 June 2024, unknown gunmen shot dead a polio worker in Bajaur (Khyber Pakhtunkhwa). 1 fatality.',
     CIVILIANS, 'Attack'),
    ('On 26 March 2024, a suicide car bomber rammed a convoy carrying Chinese engineers in Besham (Shangla, '
     'Khyber Pakhtunkhwa), killing six people. 6 fatalities.',
     EXPLOSIONS, 'Suicide bomb'),
    ('On 5 May 2024, assailants hurled a hand grenade into a shop in Peshawar (Khyber Pakhtunkhwa), injuring '
     'three people. 0 fatalities.',
     EXPLOSIONS, 'Grenade'),
    ('On 19 July 2024, BGB members fired live bullets at quota reform protesters in Rampura (Dhaka), killing '
     'several students. 6 fatalities.',
     PROTESTS, 'Excessive force against protesters'),
    ('On 5 August 2024, protesters vandalised and set fire to the Awami League central office in Dhaka (Dhaka). '
     '[size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 11 February 2025, a mob beat a man to death on suspicion of theft in Mirpur (Dhaka). 1 fatality.',
     RIOTS, 'Mob violence'),
    ('On 2 February 2024, US aircraft struck Kataib Hezbollah positions in Al-Qaim (Al-Anbar), killing 16 '
     'people. 16 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 4 January 2024, a US drone strike killed a Harakat al-Nujaba commander in Baghdad (Baghdad). 2 '
     'fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 15 August 2023, an IED exploded against a PMF vehicle near Tarmiyah (Salah al-Din), killing two PMF '
     'members. 2 fatalities.',
     EXPLOSIONS, 'Remote explosive/landmine/IED'),
    ('On 20 June 2024, Turkish artillery shelled villages in Amedi district (Duhok), setting fields on fire. 0 '
     'fatalities.',
     EXPLOSIONS, 'Shelling/artillery/missile attack'),
    ('On 8 December 2024, HTS-led opposition forces entered Damascus (Damascus) after government forces '
     'withdrew from the capital without fighting. 0 fatalities.',
     STRATEGIC, 'Non-violent transfer of territory'),
    ('On 30 November 2024, HTS and allied factions captured most of Aleppo city (Aleppo) after clashes with '
     'regime forces. 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 6 March 2025, pro-Assad gunmen attacked General Security checkpoints in Jableh (Latakia), killing 13 '
     'security personnel. 13 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 8 March 2025, government-affiliated fighters executed dozens of Alawite civilians in Al-Mukhtariya '
     '(Latakia). 30 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 7 April 2018, a regime helicopter dropped a barrel bomb filled with chlorine on a residential building '
     'in Douma (Rif Dimashq), killing 43 people. 43 fatalities.',
     EXPLOSIONS, 'Chemical weapon'),
    ('On 22 June 2025, a suicide bomber opened fire and then detonated his explosive vest inside the Mar Elias '
     'church in Damascus (Damascus), killing 25 worshippers. 25 fatalities.',
     EXPLOSIONS, 'Suicide bomb'),
    ('On 12 January 2023, SDF forces arrested 15 suspected IS members in a raid in Al-Hol camp (Al-Hasakeh). 0 '
     'fatalities.',
     STRATEGIC, 'Arrests'),
    ('On 19 December 2024, SNA factions and the SDF agreed a ceasefire in Manbij (Aleppo) mediated by the '
     'United States. 0 fatalities.',
     STRATEGIC, 'Agreement'),
    ('On 6 May 2024, Houthi forces shelled residential areas in Taiz city (Taiz) with mortars, wounding three '
     'children. 0 fatalities.',
     EXPLOSIONS, 'Shelling/artillery/missile attack'),
    ('On 14 March 2024, a landmine left by the Houthis exploded in Hays (Al Hudaydah), killing a shepherd. 1 '
     'fatality.',
     EXPLOSIONS, 'Remote explosive/landmine/IED'),
    ('On 21 September 2014, Houthi fighters took control of Sanaa (Amanat al Asimah) after days of fighting '
     'with government troops. 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 10 July 2024, the Houthis launched a ballistic missile at Marib city (Marib), hitting a residential '
     'neighbourhood. 0 fatalities.',
     EXPLOSIONS, 'Shelling/artillery/missile attack'),
    ('On 4 June 2024, Houthi forces abducted 13 UN staff members in Sanaa (Amanat al Asimah). 0 fatalities.',
     CIVILIANS, 'Abduction/forced disappearance'),
    ('On 5 August 2025, STC forces established a new military base in Ataq (Shabwah). 0 fatalities.',
     STRATEGIC, 'Headquarters or base established'),
    ('On 23 September 2024, Israeli warplanes carried out hundreds of airstrikes on villages in Nabatieh '
     '(Nabatieh), killing 492 people. 492 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 27 November 2024, a ceasefire agreement between Israel and Hezbollah took effect in Beirut (Beirut). 0 '
     'fatalities.',
     STRATEGIC, 'Agreement'),
    ('On 1 October 2024, Hezbollah fighters clashed with Israeli ground troops attempting to advance into '
     'Odaisseh (Nabatieh). 2 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 13 October 2023, an Israeli tank shell killed Reuters journalist Issam Abdallah near Alma al-Shaab '
     '(South Lebanon). 1 fatality.',
     EXPLOSIONS, 'Shelling/artillery/missile attack'),
    ('On 27 July 2024, JNIM fighters and CSP-DPA rebels ambushed FAMa soldiers and Wagner Group mercenaries '
     'near Tinzaouatene (Kidal), killing dozens. 47 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 24 August 2024, JNIM militants killed hundreds of civilians digging trenches around Barsalogho '
     '(Centre-Nord). 400 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 13 August 2023, thousands of people rallied in Niamey (Niamey) in support of the junta. '
     '[size=thousands]',
     PROTESTS, 'Peaceful protest'),
    ('On 14 May 2024, armed men on motorcycles attacked worshippers at a mosque in Natiaboani (Est), killing 14 '
     'people. 14 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 18 May 2024, JNIM militants looted livestock from herders near Djibo (Sahel). 0 fatalities.',
     STRATEGIC, 'Looting/property destruction'),
    ('On 13 October 2023, MINUSMA withdrew from its camp in Ber (Timbuktu) and handed it over to the Malian '
     'army. 0 fatalities.',
     STRATEGIC, 'Non-violent transfer of territory'),
    ('On 15 September 2023, Boko Haram fighters abducted 25 women collecting firewood near Gwoza (Borno). 0 '
     'fatalities.',
     CIVILIANS, 'Abduction/forced disappearance'),
    ('On 28 June 2025, a female suicide bomber detonated explosives at a fish market in Konduga (Borno), '
     'killing 12 people. 12 fatalities.',
     EXPLOSIONS, 'Suicide bomb'),
    ('On 25 December 2023, NAF fighter jets mistakenly bombed villages in Silame (Sokoto), killing 10 '
     'civilians. 10 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 13 June 2025, herders attacked Yelwata village (Guma, Benue), killing about 100 residents. 100 '
     'fatalities.',
     CIVILIANS, 'Attack'),
    ('On 21 January 2024, armed bandits kidnapped 31 passengers along the Funtua-Gusau road (Zamfara). 0 '
     'fatalities.',
     CIVILIANS, 'Abduction/forced disappearance'),
    ('On 1 August 2024, protesters in Kano (Kano) looted a government warehouse during the #EndBadGovernance '
     'protests. [size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 27 January 2025, M23 rebels took control of Goma (North Kivu) after clashes with the FARDC and '
     'Wazalendo militias. 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 17 February 2024, M23 shelled IDP camps near Mugunga (Goma, North Kivu), killing five displaced '
     'people. 5 fatalities.',
     EXPLOSIONS, 'Shelling/artillery/missile attack'),
    ('On 10 March 2024, FARDC soldiers raped two women in Minova (Kalehe, South Kivu). 0 fatalities.',
     CIVILIANS, 'Sexual violence'),
    ('On 21 February 2025, FARDC troops and Wazalendo fighters looted shops in Uvira (South Kivu) as they '
     'withdrew. 0 fatalities.',
     STRATEGIC, 'Looting/property destruction'),
    ('On 3 February 2025, the M23 set up a new headquarters in Bukavu (South Kivu). 0 fatalities.',
     STRATEGIC, 'Headquarters or base established'),
    ('On 26 October 2025, the RSF took control of El Fasher (North Darfur) after the SAF withdrew from the 6th '
     'Division headquarters. 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 27 October 2023, the Three Brotherhood Alliance launched Operation 1027 and captured military outposts '
     'near Chinshwehaw (Shan). 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 5 January 2024, the MNDAA captured Laukkaing (Shan) after the surrender of more than 2,000 junta '
     'troops. 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 11 April 2023, a junta fighter jet bombed a PDF ceremony in Pazigyi village (Kanbalu, Sagaing), '
     'killing more than 160 people. 168 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 7 December 2021, junta soldiers tied up and burned alive 11 villagers in Done Taw (Salingyi, Sagaing). '
     '11 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 2 July 2024, PDF forces detonated a landmine against a junta convoy in Kani (Sagaing), killing seven '
     'soldiers. 7 fatalities.',
     EXPLOSIONS, 'Remote explosive/landmine/IED'),
    ('On 10 February 2024, the junta announced mandatory conscription for young men and women under the '
     "People's Military Service Law in Naypyidaw (Mandalay). 0 fatalities.",
     STRATEGIC, 'Change to group/activity'),
    ('On 22 May 2024, Arakan Army troops set fire to houses in Buthidaung (Rakhine). 0 fatalities.',
     STRATEGIC, 'Looting/property destruction'),
    ('On 12 October 2024, Russian forces dropped a KAB glide bomb on a residential building in Zaporizhzhia '
     '(Zaporizhzhia), injuring 14 people. 0 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 17 January 2025, Russian forces shelled Kherson (Kherson) with Grad rockets, injuring four civilians. '
     '0 fatalities.',
     EXPLOSIONS, 'Shelling/artillery/missile attack'),
    ('On 3 June 2024, Ukrainian forces shelled Shebekino (Belgorod) with artillery, killing a civilian. 1 '
     'fatality.',
     EXPLOSIONS, 'Shelling/artillery/missile attack'),
    ('On 22 May 2023, the Russian Volunteer Corps and the Freedom of Russia Legion crossed into Kozinka '
     '(Belgorod) and clashed with Russian border guards. 0 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 10 March 2024, Russian forces used chemical agents, including chloropicrin, against Ukrainian '
     'positions near Kupiansk (Kharkiv). 0 fatalities.',
     EXPLOSIONS, 'Chemical weapon'),
    ('On 1 March 2024, Russian forces dropped tear gas grenades from a drone on Ukrainian positions near '
     'Robotyne (Zaporizhzhia). 0 fatalities.',
     EXPLOSIONS, 'Chemical weapon'),
    ('On 6 March 2025, Russian air defences shot down 15 Ukrainian drones over Kursk region (Kursk). 0 '
     'fatalities.',
     STRATEGIC, 'Disrupted weapons use'),
    ('On 9 April 2024, a Ukrainian FPV drone struck a bus in Oleshky (Kherson), injuring three passengers. 0 '
     'fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 17 November 2024, servicemen of the 3rd Assault Brigade repelled a Russian mechanised assault near '
     'Kupiansk (Kharkiv). 0 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 24 February 2022, Russian forces took control of the Chornobyl nuclear power plant (Kyiv) after '
     'fighting with Ukrainian National Guard troops. 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 4 October 2025, Ukrainian drones struck the Kirishi oil refinery (Leningrad), causing a fire. 0 '
     'fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 1 December 2024, police used water cannon and tear gas against pro-EU demonstrators outside parliament '
     'in Tbilisi (Tbilisi). [size=thousands]',
     PROTESTS, 'Protest with intervention'),
    ('On 15 March 2025, hundreds of thousands of people protested peacefully in Belgrade (Belgrade) against '
     'government corruption after the Novi Sad canopy collapse. [size=hundreds of thousands]',
     PROTESTS, 'Peaceful protest'),
    ('On 1 May 2023, protesters threw Molotov cocktails at riot police during the May Day march against the '
     'pension reform in Paris (Ile-de-France). [size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 23 March 2023, protesters set fire to the entrance of the city hall in Bordeaux (Gironde) during '
     'demonstrations against the pension reform. [size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 1 July 2023, rioters looted shops and torched cars in Marseille (Bouches-du-Rhone) after the police '
     'killing of a teenager in Nanterre. [size=hundreds]',
     RIOTS, 'Violent demonstration'),
    ('On 29 March 2025, Georgian police arrested 12 protesters at an opposition rally on Rustaveli Avenue in '
     'Tbilisi (Tbilisi). [size=hundreds]',
     PROTESTS, 'Protest with intervention'),
    ('On 21 September 2022, hundreds were detained at protests against the mobilisation in Saint Petersburg '
     '(Saint Petersburg). [size=thousands]',
     PROTESTS, 'Protest with intervention'),
    ('On 24 September 2023, Serb gunmen attacked a Kosovo police patrol in Banjska (Mitrovica), killing one '
     'officer. 4 fatalities.',
     BATTLES, 'Armed clash'),
]


FIXED = [
    ('On 22 August 2023, suspected CJNG members set fire to several vehicles and businesses in Tijuana (Baja '
     'California) after the arrest of a local leader. 0 fatalities.',
     STRATEGIC, 'Looting/property destruction'),
    ('On 3 August 2023, a bilateral ceasefire agreed between the government and the ELN took effect in Bogota '
     '(Bogota D.C.). 0 fatalities.',
     STRATEGIC, 'Agreement'),
    ('On 10 June 2024, members of the Gulf Clan (AGC) killed a social leader in Tierralta (Cordoba). 1 '
     'fatality.',
     CIVILIANS, 'Attack'),
    ('On 28 October 2025, military and civil police launched an operation against the Comando Vermelho in the '
     'Alemao and Penha complexes in Rio de Janeiro (Rio de Janeiro), killing more than 100 suspected gang '
     'members. 121 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 8 January 2023, supporters of former president Bolsonaro stormed and vandalised the National Congress, '
     'the Supreme Court and the presidential palace in Brasilia (Federal District). [size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 9 January 2024, members of the Los Choneros gang stormed the TC Television studio in Guayaquil '
     '(Guayas) and took journalists hostage during a live broadcast. 0 fatalities.',
     CIVILIANS, 'Abduction/forced disappearance'),
    ('On 22 April 2025, TRF militants opened fire on tourists in the Baisaran meadow near Pahalgam (Anantnag, '
     'Jammu and Kashmir), killing 26 civilians. 26 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 9 June 2024, gunmen ambushed a bus carrying Hindu pilgrims in Reasi (Jammu and Kashmir), killing nine '
     'passengers. 9 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 14 October 2024, junior doctors began a hunger strike outside the state health department in Kolkata '
     '(West Bengal) demanding safety at hospitals. [size=dozens]',
     PROTESTS, 'Peaceful protest'),
    ('On 20 October 2024, police arrested dozens of PTI workers ahead of a planned rally in Rawalpindi '
     '(Punjab). 0 fatalities.',
     STRATEGIC, 'Arrests'),
    ('On 3 November 2023, garment workers went on strike and blocked the Dhaka-Tangail highway in Gazipur '
     '(Dhaka) demanding a higher minimum wage. [size=thousands]',
     PROTESTS, 'Peaceful protest'),
    ('On 16 July 2024, students formed a human chain demanding the reform of the quota system in Sylhet '
     '(Sylhet). [size=hundreds]',
     PROTESTS, 'Peaceful protest'),
    ('On 1 October 2019, protesters gathered in Tahrir Square in Baghdad (Baghdad) demanding jobs and an end to '
     'corruption; security forces fired live ammunition at them. 2 fatalities.',
     PROTESTS, 'Excessive force against protesters'),
    ('On 20 October 2020, soldiers opened fire on #EndSARS protesters at the Lekki toll gate in Lagos (Lagos). '
     '12 fatalities.',
     PROTESTS, 'Excessive force against protesters'),
    ('On 1 February 2021, the Myanmar military detained State Counsellor Aung San Suu Kyi and seized power in a '
     'coup in Naypyidaw (Mandalay). 0 fatalities.',
     STRATEGIC, 'Other'),
    ('On 7 March 2023, trade unions held a general strike against the pension reform in Marseille '
     '(Bouches-du-Rhone). [size=thousands]',
     PROTESTS, 'Peaceful protest'),
    ('On 26 March 2017, police detained more than 1,000 people at anti-corruption protests in Moscow (Moscow). '
     '[size=thousands]',
     PROTESTS, 'Protest with intervention'),
]


FIXED_AGAIN = [
    ('On 9 January 2023, nurses went on an indefinite strike outside the Ministry of Health in Lagos (Lagos) '
     'over unpaid allowances. [size=hundreds]',
     PROTESTS, 'Peaceful protest'),
    ('On 18 March 2024, transport workers observed a hartal called by the BNP in Chattogram (Chattogram). '
     '[size=thousands]',
     PROTESTS, 'Peaceful protest'),
    ('On 5 December 2019, teachers and rail workers joined a general strike against the pension reform in Lyon '
     '(Auvergne-Rhone-Alpes). [size=thousands]',
     PROTESTS, 'Peaceful protest'),
    ('On 2 March 2025, detained activists began a hunger strike in Evin prison in Tehran (Tehran). [size=no '
     'report]',
     PROTESTS, 'Peaceful protest'),
    ('On 12 March 2024, a Russian missile strike hit a residential building in Kryvyi Rih (Dnipropetrovsk), '
     'killing three civilians. 3 fatalities.',
     EXPLOSIONS, 'Shelling/artillery/missile attack'),
    ('On 4 April 2024, Russian forces launched a strike on Kharkiv (Kharkiv), injuring 10 people. 0 fatalities.',
     EXPLOSIONS, 'Shelling/artillery/missile attack'),
    ('On 20 May 2024, Russian forces launched an offensive near Vovchansk (Kharkiv). 0 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 3 June 2025, Ukrainian forces launched a drone attack on the Engels airbase (Saratov). 0 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 14 February 2024, the army launched an operation against ISWAP in Malam Fatori (Borno) and killed 30 '
     'insurgents. 30 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 6 June 2024, Pakistani security forces launched a search operation in Tirah (Khyber, Khyber '
     'Pakhtunkhwa), killing five militants. 5 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 17 October 2023, Hamas launched rockets at Tel Aviv (Tel Aviv). 0 fatalities.',
     EXPLOSIONS, 'Shelling/artillery/missile attack'),
    ('On 15 November 2024, gang members torched a bus in Port-au-Prince (Ouest) following the arrest of their '
     'leader. 0 fatalities.',
     STRATEGIC, 'Looting/property destruction'),
    ('On 6 July 2024, supporters of the detained leader blocked roads in Karachi (Sindh) to protest against the '
     'arrest of their leader. [size=hundreds]',
     PROTESTS, 'Peaceful protest'),
    ('On 24 January 2022, soldiers detained President Roch Kabore at a military camp in Ouagadougou (Kadiogo) '
     'and seized power in a coup. 0 fatalities.',
     STRATEGIC, 'Other'),
    ('On 30 August 2023, army officers detained President Ali Bongo and staged a coup in Libreville (Estuaire). '
     '0 fatalities.',
     STRATEGIC, 'Other'),
    ('On 5 October 2024, bandits ambushed a passenger bus on the Kaduna-Abuja highway (Kaduna), killing four '
     'travellers. 4 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 26 February 2024, JNIM militants ambushed a minibus near Djibo (Sahel), killing 12 passengers. 12 '
     'fatalities.',
     CIVILIANS, 'Attack'),
    ('On 8 May 2024, militants ambushed a police convoy in Dera Ismail Khan (Khyber Pakhtunkhwa), killing three '
     'policemen. 3 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 2 July 2024, ISWAP fighters ambushed army trucks near Damboa (Borno), killing five soldiers. 5 '
     'fatalities.',
     BATTLES, 'Armed clash'),
    ('On 18 June 2024, gunmen opened fire on pilgrims returning from a shrine in Kurram (Khyber Pakhtunkhwa), '
     'killing seven people. 7 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 1 July 2023, gunmen opened fire on customers at a bar in Celaya (Guanajuato), killing six people. 6 '
     'fatalities.',
     CIVILIANS, 'Attack'),
    ('On 14 March 2024, suspected Fano militiamen shot a local official in Bahir Dar (Amhara). 1 fatality.',
     CIVILIANS, 'Attack'),
    unread('On 2 May 2024, unidentified men killed a union councillor in Kurigram (Rangpur). 1 fatality.',
           CIVILIANS, 'Attack',
           "a victim's role read only after a word of a closed list ('local', 'social', 'community'): 'union "
           "councillor' is not, and opening the list would read 'killed a rebel leader' as civilians attacked"),
    ('On 6 January 2021, supporters of then-President Donald Trump stormed the US Capitol in Washington '
     '(District of Columbia). [size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 14 November 2024, protesters angry over the election results torched the district police command in '
     'Nampula (Nampula). [size=hundreds]',
     RIOTS, 'Violent demonstration'),
    ('On 25 October 2019, thousands of protesters gathered outside the provincial council in Karbala (Karbala); '
     'guards fired live ammunition into the crowd. 18 fatalities.',
     PROTESTS, 'Excessive force against protesters'),
    ('On 1 August 2024, police shot dead two #EndBadGovernance protesters in Kano (Kano). 2 fatalities.',
     PROTESTS, 'Excessive force against protesters'),
    ('On 12 December 2024, police detained at least 49 people during protests against the government in Tbilisi '
     '(Tbilisi). [size=thousands]',
     PROTESTS, 'Protest with intervention'),
    ('On 10 June 2024, security forces arrested over 300 students during a sit-in at Dhaka University (Dhaka). '
     '[size=hundreds]',
     PROTESTS, 'Protest with intervention'),
    ('On 4 October 2024, police detained opposition leaders ahead of a planned protest in Islamabad (Islamabad '
     'Capital Territory). 0 fatalities.',
     STRATEGIC, 'Arrests'),
    ('On 6 October 2024, thousands of PTI supporters held a protest in Islamabad (Islamabad Capital Territory) '
     'despite a ban. [size=thousands]',
     PROTESTS, 'Peaceful protest'),
    ('On 19 January 2025, a ceasefire between Israel and Hamas brokered by Qatar, Egypt and the United States '
     'took effect in Gaza City (Gaza Strip). 0 fatalities.',
     STRATEGIC, 'Agreement'),
]


ROUND_TWO = [
    ('On 17 October 2016, Iraqi forces and Peshmerga fighters launched an offensive to retake Mosul (Ninewa) '
     'from IS. 0 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 10 July 2017, Iraqi forces regained full control of Mosul (Ninewa) from IS militants. 0 fatalities.',
     BATTLES, 'Government regains territory'),
    ('On 14 September 2019, drones struck Saudi Aramco oil facilities in Abqaiq (Eastern Province). 0 '
     'fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 8 October 2016, Saudi-led coalition aircraft bombed a funeral hall in Sanaa (Amanat al Asimah), '
     'killing 140 people. 140 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 26 August 2021, an IS-K suicide bomber detonated explosives at Abbey Gate outside Kabul airport '
     '(Kabul), killing 183 people. 183 fatalities.',
     EXPLOSIONS, 'Suicide bomb'),
    ('On 12 May 2020, gunmen attacked the maternity ward of the Dasht-e-Barchi hospital in Kabul (Kabul), '
     'killing 24 people. 24 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 14 April 2014, Boko Haram abducted 276 schoolgirls from the Government Girls Secondary School in '
     'Chibok (Borno). 0 fatalities.',
     CIVILIANS, 'Abduction/forced disappearance'),
    ('On 28 January 2011, tens of thousands of protesters marched towards Tahrir Square in Cairo (Cairo); '
     'police fired tear gas and water cannon at them. [size=tens of thousands]',
     PROTESTS, 'Protest with intervention'),
    ('On 3 August 2014, IS fighters captured Sinjar (Ninewa) after Peshmerga forces withdrew. 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 21 August 2013, regime forces fired rockets carrying sarin on Eastern Ghouta (Rif Dimashq), killing '
     'hundreds of civilians. 1000 fatalities.',
     EXPLOSIONS, 'Chemical weapon'),
    ('On 4 April 2017, a regime warplane dropped sarin on Khan Shaykhun (Idleb), killing 89 people. 89 '
     'fatalities.',
     EXPLOSIONS, 'Chemical weapon'),
    ('On 15 November 2020, ENDF troops captured Alamata (Tigray) from TPLF forces. 0 fatalities.',
     BATTLES, 'Government regains territory'),
    ('On 2 November 2022, the Ethiopian government and the TPLF signed a cessation of hostilities agreement in '
     'Pretoria (Gauteng). 0 fatalities.',
     STRATEGIC, 'Agreement'),
    unread('On 24 October 2020, gunmen stormed the Mother Francisca International Bilingual Academy in Kumba (Meme, '
     'South-West), killing seven pupils. 7 fatalities.',
           CIVILIANS, 'Attack',
           "a school named by its own name ('the Mother Francisca International Bilingual Academy'): the words "
           "a storming's civilian site may stand behind are two, and more would reach 'a military camp near the "
           "village'"),
    ('On 27 June 2022, ASWJ insurgents beheaded three civilians in Ancuabe (Cabo Delgado). 3 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 13 January 2021, CPC rebels attacked Bangui (Bangui) but were repelled by MINUSCA and FACA forces. 2 '
     'fatalities.',
     BATTLES, 'Armed clash'),
    ('On 29 October 2022, twin car bombs exploded at the Ministry of Education in Mogadishu (Banadir), killing '
     '121 people. 121 fatalities.',
     EXPLOSIONS, 'Remote explosive/landmine/IED'),
    ('On 8 May 2021, a car bomb and two IEDs exploded outside the Sayed ul-Shuhada school in Dasht-e-Barchi '
     '(Kabul), killing 85 schoolgirls. 85 fatalities.',
     EXPLOSIONS, 'Remote explosive/landmine/IED'),
    ('On 17 January 2019, an ELN car bomb exploded at the General Santander police academy in Bogota (Bogota '
     'D.C.), killing 22 cadets. 22 fatalities.',
     EXPLOSIONS, 'Remote explosive/landmine/IED'),
    ('On 23 May 2017, Maute group militants seized parts of Marawi (Lanao del Sur) after clashes with the army. '
     '0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 18 October 2019, protesters set fire to metro stations in Santiago (Santiago Metropolitan). '
     '[size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 12 June 2019, police fired rubber bullets and tear gas at protesters surrounding the Legislative '
     'Council in Hong Kong (Hong Kong). [size=tens of thousands]',
     PROTESTS, 'Protest with intervention'),
    ('On 16 November 2019, security forces shot dead dozens of protesters demonstrating against fuel price '
     'rises in Mahshahr (Khuzestan). 40 fatalities.',
     PROTESTS, 'Excessive force against protesters'),
    ('On 21 April 2019, suicide bombers attacked three churches and three hotels in Colombo (Western). 269 '
     'fatalities.',
     EXPLOSIONS, 'Suicide bomb'),
    ('On 15 December 2022, soldiers fired at protesters at the Ayacucho airport (Huamanga, Ayacucho), killing '
     '10 people. 10 fatalities.',
     PROTESTS, 'Excessive force against protesters'),
    ("On 30 May 2018, police and paramilitaries opened fire on a Mothers' Day march in Managua (Managua), "
     'killing 15 people. 15 fatalities.',
     PROTESTS, 'Excessive force against protesters'),
    ("On 5 January 2022, protesters stormed and set fire to the mayor's office in Almaty (Almaty). "
     '[size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 24 February 2020, Hindu and Muslim mobs clashed and set fire to shops in Jaffrabad (North East Delhi). '
     '3 fatalities.',
     RIOTS, 'Mob violence'),
    ('On 3 December 2023, a Nigerian army drone mistakenly struck a Maulud celebration in Tudun Biri (Igabi, '
     'Kaduna), killing 85 people. 85 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 20 April 2023, soldiers in army uniforms killed 156 civilians in Karma (Yatenga, Nord). 156 '
     'fatalities.',
     CIVILIANS, 'Attack'),
    ('On 27 March 2022, FAMa soldiers and foreign fighters executed around 500 people in Moura (Djenne, Mopti). '
     '500 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 5 June 2024, RSF fighters attacked Wad al-Noura village (Al Jazirah), killing more than 100 villagers. '
     '100 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 14 February 2025, a Russian drone struck the protective shelter of the Chornobyl nuclear power plant '
     '(Kyiv). 0 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 12 March 2024, pro-Ukrainian Russian volunteer units crossed into Tetkino (Kursk) and fought Russian '
     'troops. 0 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 30 April 2024, riot police dispersed protesters outside parliament in Tbilisi (Tbilisi) with tear gas '
     'and rubber bullets. [size=thousands]',
     PROTESTS, 'Protest with intervention'),
    ('On 28 June 2025, police clashed with anti-government protesters in Belgrade (Belgrade). [size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 27 June 2023, a police officer shot dead a 17-year-old driver during a traffic stop in Nanterre '
     '(Hauts-de-Seine). 1 fatality.',
     CIVILIANS, 'Attack'),
    ('On 7 July 2021, a commando of foreign mercenaries assassinated President Jovenel Moise at his residence '
     'in Petion-Ville (Ouest). 1 fatality.',
     CIVILIANS, 'Attack'),
    ('On 27 December 2007, Benazir Bhutto was killed in a gun and suicide bomb attack at a rally in Rawalpindi '
     '(Punjab). 24 fatalities.',
     EXPLOSIONS, 'Suicide bomb'),
    ('On 26 September 2014, municipal police and Guerreros Unidos members forcibly disappeared 43 students in '
     'Iguala (Guerrero). 0 fatalities.',
     CIVILIANS, 'Abduction/forced disappearance'),
    ('On 17 October 2019, cartel gunmen fought security forces across Culiacan (Sinaloa) after the arrest of '
     'Ovidio Guzman. 8 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 6 May 2021, civil police raided the Jacarezinho favela in Rio de Janeiro (Rio de Janeiro), killing 27 '
     'suspected drug traffickers. 28 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 4 August 2018, two drones carrying explosives detonated near President Maduro during a military parade '
     'in Caracas (Capital District). 0 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 8 January 2020, Iran fired ballistic missiles at Ain al-Asad air base (Al-Anbar), injuring more than '
     '100 US troops. 0 fatalities.',
     EXPLOSIONS, 'Shelling/artillery/missile attack'),
    ('On 25 March 2015, Houthi forces seized Al Anad air base (Lahij) from government troops. 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 30 November 2022, M23 rebels killed 171 civilians in Kishishe (Rutshuru, North Kivu). 171 fatalities.',
     CIVILIANS, 'Attack'),
]


ROUND_THREE = [
    ('On 10 October 2020, Armenia and Azerbaijan agreed to a humanitarian ceasefire in Nagorno-Karabakh after '
     'talks in Moscow (Moscow). 0 fatalities.',
     STRATEGIC, 'Agreement'),
    ('On 16 January 2023, the Colombian government and the EMC announced a truce in Cauca (Cauca). 0 '
     'fatalities.',
     STRATEGIC, 'Agreement'),
    ('On 29 May 2024, the Haitian government and the Viv Ansanm coalition exchanged prisoners in Port-au-Prince '
     '(Ouest). 0 fatalities.',
     STRATEGIC, 'Agreement'),
    ('On 11 January 2024, the TNLA and the junta signed a ceasefire brokered by China in Kunming. 0 fatalities.',
     STRATEGIC, 'Agreement'),
    ('On 15 February 2024, Russian forces withdrew from Krynky (Kherson) and the village passed under Ukrainian '
     'control. 0 fatalities.',
     STRATEGIC, 'Non-violent transfer of territory'),
    unread('On 2 December 2023, MINUSMA handed over its Kidal camp (Kidal) to the Malian armed forces. 0 fatalities.',
           STRATEGIC, 'Non-violent transfer of territory',
           "a camp named by its town with the town's admin area after it ('its Kidal camp (Kidal)'): the aside, "
           "masked as one word with 'camp', leaves no word's end after the cue's 'camp'"),
    ('On 22 January 2025, Wazalendo fighters pulled out of Minova (Kalehe, South Kivu) ahead of the M23 '
     'advance. 0 fatalities.',
     STRATEGIC, 'Non-violent transfer of territory'),
    ('On 3 March 2024, the Arakan Army set up a new command post in Paletwa (Chin). 0 fatalities.',
     STRATEGIC, 'Headquarters or base established'),
    ('On 9 September 2024, JNIM established a base in the forest near Sebba (Sahel). 0 fatalities.',
     STRATEGIC, 'Headquarters or base established'),
    ('On 28 May 2025, CSP rebels announced they had merged into the new Azawad Liberation Front in Kidal '
     '(Kidal). 0 fatalities.',
     STRATEGIC, 'Change to group/activity'),
    ('On 4 April 2024, 35 Boko Haram fighters surrendered to troops in Bama (Borno). 0 fatalities.',
     STRATEGIC, 'Change to group/activity'),
    ('On 21 September 2022, Russia announced a partial mobilisation of reservists in Moscow (Moscow). 0 '
     'fatalities.',
     STRATEGIC, 'Change to group/activity'),
    ('On 18 June 2024, RSF fighters raped at least 20 women and girls in Wad Madani (Al Jazirah). 0 fatalities.',
     CIVILIANS, 'Sexual violence'),
    ('On 14 February 2024, gang members sexually assaulted women in the Solino neighbourhood of Port-au-Prince '
     '(Ouest). 0 fatalities.',
     CIVILIANS, 'Sexual violence'),
    ('On 7 March 2024, soldiers gang-raped a teenage girl in Ukhrul (Manipur). 0 fatalities.',
     CIVILIANS, 'Sexual violence'),
    ('On 19 April 2024, an unidentified man threw a hand grenade at a police station in Manipur (Imphal West). '
     '0 fatalities.',
     EXPLOSIONS, 'Grenade'),
    ('On 30 June 2024, a grenade attack on a bar in Culiacan (Sinaloa) wounded six people. 0 fatalities.',
     EXPLOSIONS, 'Grenade'),
    ('On 5 October 2024, militants lobbed a grenade into a market in Srinagar (Jammu and Kashmir), injuring 12 '
     'shoppers. 0 fatalities.',
     EXPLOSIONS, 'Grenade'),
    ('On 20 February 2024, Russian forces used CS gas against Ukrainian troops near Avdiivka (Donetsk). 0 '
     'fatalities.',
     EXPLOSIONS, 'Chemical weapon'),
    ('On 7 April 2018, a regime helicopter dropped a chlorine gas cylinder on a building in Douma (Rif '
     'Dimashq). 43 fatalities.',
     EXPLOSIONS, 'Chemical weapon'),
    ('On 2 May 2024, Myanmar junta forces looted and burned houses in Kyun Pin village (Sagaing). 0 fatalities.',
     STRATEGIC, 'Looting/property destruction'),
    ('On 30 May 2024, M23 rebels ransacked a health centre in Kirumba (Lubero, North Kivu). 0 fatalities.',
     STRATEGIC, 'Looting/property destruction'),
    ('On 12 August 2024, security forces arrested six suspected BLA members in Turbat (Kech, Balochistan). 0 '
     'fatalities.',
     STRATEGIC, 'Arrests'),
    ('On 25 March 2024, police in Kolkata (West Bengal) arrested a suspected ISIS operative. 0 fatalities.',
     STRATEGIC, 'Arrests'),
    ('On 16 August 2023, a Christian neighbourhood was attacked by a Muslim mob that torched churches in '
     'Jaranwala (Faisalabad, Punjab). 0 fatalities.',
     RIOTS, 'Mob violence'),
    ('On 26 September 2024, villagers lynched a suspected child kidnapper in Kaduna (Kaduna). 1 fatality.',
     RIOTS, 'Mob violence'),
]


WEAPONS_READ_RIGHT = [
    ('A Russian Shahed drone hit an apartment block in Odesa overnight, killing two people.', 'drone'),
    ("An FPV drone struck a car in Kherson's Dniprovskyi district, wounding a man.", 'drone'),
    ('Russian forces dropped a KAB glide bomb on Kharkiv, injuring 12 people.', 'airstrike'),
    ('A KAB-500 hit a residential building in Zaporizhzhia on Sunday, the governor said.', 'airstrike'),
    ('A glide bomb fitted with a UMPK guidance kit struck a factory in Zaporizhzhia.', 'airstrike'),
    ('A FAB-500 bomb hit the village of Velyka Pysarivka, damaging houses.', 'airstrike'),
    ('A Ukrainian JDAM hit a Russian command post near Oleshky, the air force said.', 'airstrike'),
    ('Russian troops shelled Nikopol with Grad multiple rocket launchers, damaging houses.', 'rocket'),
    ('The city was hit by an MLRS strike on Tuesday morning, killing three civilians.', 'rocket'),
    ('Russian forces fired a Tornado-S salvo at Sumy, wounding nine people.', 'rocket'),
    ('Hamas militants fired a barrage of rockets at Ashkelon, wounding two people.', 'rocket'),
    ('A US MQ-9 Reaper drone fired a Hellfire missile at a car in Idlib, killing a militant leader.', 'drone'),
    ('An Israeli Apache helicopter fired Hellfire missiles at a vehicle near Tyre.', 'airstrike'),
    ('Russian forces struck Sumy with an Iskander-M ballistic missile, killing 35 people.', 'missile'),
    ("A Kh-101 cruise missile hit the Okhmatdyt children's hospital in Kyiv.", 'missile'),
    ('Militants fired mortar rounds at a police station in North Waziristan.', 'mortar'),
    ('Two children were wounded when a mortar shell landed in their yard in Kurakhove.', 'mortar'),
    ('Insurgents attacked the convoy with RPGs and machine guns, killing three soldiers.', 'small arms'),
    ('An IED planted on the roadside struck an army vehicle in Lakki Marwat.', 'IED/mine'),
    ('A VBIED exploded at a checkpoint in Mogadishu, killing five soldiers.', 'IED/mine'),
    ('A roadside bomb killed four soldiers in Pishin on Monday.', 'IED/mine'),
    ('A Lancet loitering munition destroyed a Ukrainian howitzer near Kupiansk.', 'drone'),
    ('A Geran-2 attack drone hit an energy facility in Kharkiv region.', 'drone'),
    ('A Russian Molniya struck a civilian car near Kupiansk, wounding the driver.', 'drone'),
    ('A drone dropped a grenade on a civilian car in Antonivka, wounding a woman.', 'drone'),
    ('A Houthi one-way attack drone struck a merchant ship in the Red Sea.', 'drone'),
    ('A 152mm artillery shell hit a bus stop in Donetsk, killing seven people.', 'artillery'),
    ('Tank fire destroyed a house in Vovchansk on Wednesday.', 'artillery'),
    ('A mine exploded under a tractor in Kharkiv region, killing the driver.', 'IED/mine'),
    ('A Russian Kh-59 missile struck a power substation near Kyiv.', 'missile'),
    ('A Russian Uragan rocket with a cluster warhead hit Kramatorsk, killing two people.', 'cluster munitions'),
    ('A sniper shot and killed a civilian in Chasiv Yar, police said.', 'small arms'),
    ('The IDF said a fighter jet struck a Hamas command centre in Gaza City.', 'airstrike'),
    ('An Israeli Hermes drone fired a missile at a car in Bint Jbeil, killing two men.', 'drone'),
    ('A Russian hypersonic Kinzhal hit a Patriot battery in Kyiv.', 'missile'),
    ('A Russian Kh-22 hit the Amstor mall in Kremenchuk.', 'missile'),
    ('Hezbollah fired a Kornet anti-tank missile at an Israeli tank near Metula.', 'missile'),
    ('Militants fired Katyusha rockets at Ain al-Asad air base, the coalition said.', 'rocket'),
    ('Hamas fired Qassam rockets at Sderot on Saturday morning.', 'rocket'),
    ('A Russian Su-34 dropped a FAB-1500 on Vovchansk.', 'airstrike'),
    ('A Ka-52 helicopter fired a Vikhr missile at a Ukrainian tank.', 'airstrike'),
    ('A Mi-8 helicopter fired rockets at the village, residents said.', 'airstrike'),
    ('An M777 howitzer shelled Russian positions near Kherson.', 'artillery'),
    ('A 2S19 Msta-S fired on Ukrainian trenches near Avdiivka.', 'artillery'),
    ('Russian T-72 tanks fired at houses in Marinka.', 'artillery'),
    ('An 82mm mortar round hit a house in Krasnohorivka.', 'mortar'),
    ('A Tochka-U with a cluster warhead hit the railway station in Kramatorsk.', 'cluster munitions'),
    ('A drone-dropped grenade wounded a man in Nikopol.', 'drone'),
    ('Fighters opened fire with heavy machine guns on the checkpoint.', 'small arms'),
]


WEAPONS_FIXED = [
    ('A US MQ-9 Reaper fired a Hellfire missile at a vehicle in Baghdad, killing a Kataib Hezbollah '
     'commander.', 'drone'),
    ('Ukraine fired ATACMS at a Russian airfield near Berdiansk, destroying nine helicopters.', 'missile'),
    ('A Storm Shadow struck the fleet headquarters in Sevastopol, the Russian defence ministry said.', 'missile'),
    ('Russia fired a Zircon hypersonic at Kyiv on Friday, injuring four people.', 'missile'),
    ('Russia struck Dnipro with an Oreshnik intermediate-range weapon on Thursday.', 'missile'),
    ('A Ukrainian hexacopter dropped explosives on a Russian trench near Bakhmut.', 'drone'),
    ('The MQ-9 fired two missiles at the compound, the Pentagon said.', 'drone'),
    ('An octocopter dropped a shell on a Russian dugout near Avdiivka.', 'drone'),
    ('A Scud struck the outskirts of Marib on Tuesday, wounding three people.', 'missile'),
    ('Russia fired an Oreshnik at a factory in Dnipro.', 'missile'),
    ('Two ATACMS hit an airfield in Luhansk overnight, the Russian ministry said.', 'missile'),
    ('A Krasnopol guided shell hit a Ukrainian position near Vuhledar.', 'artillery'),
    unread_weapon('A Russian Gerbera crashed into a house in Kyiv region, injuring two people.', 'drone',
                  "'gerbera' is a flower in local news; a decoy drone named alone is left unread"),
    unread_weapon('A Switchblade struck a Russian armoured vehicle near Izium.', 'drone',
                  "'switchblade' is a knife in shooting news; the US loitering munition named alone is left "
                 'unread'),
    ('A Russian Su-25 fired unguided rockets at Ukrainian positions near Bakhmut.', 'airstrike'),
    ('An EFP struck a US convoy near Baghdad, killing two soldiers.', 'IED/mine'),
]


@pytest.mark.parametrize("note, event_type, sub_event_type", READ_RIGHT + FIXED + FIXED_AGAIN + ROUND_TWO + ROUND_THREE)
def test_note_reads_as_its_codebook_type(note, event_type, sub_event_type):
    found = classify(note)
    assert (found.event_type, found.sub_event_type) == (event_type, sub_event_type)


@pytest.mark.parametrize("text, weapon", WEAPONS_READ_RIGHT + WEAPONS_FIXED)
def test_war_news_names_its_weapon(text, weapon):
    assert classify(text).weapon == weapon


@pytest.mark.parametrize("text", [
    "He was treated for a gunshot wound to the scalp at a hospital in Tomahawk, police said.",
    "A man was shot in the parking lot of a bar in Neptune Township on Saturday night.",
])
def test_a_town_or_a_wound_named_like_a_missile_names_no_missile(text):
    assert classify(text).weapon == "small arms"



@pytest.mark.parametrize("text, not_read_as", [
    ("The announcement comes just hours after 12 officers were shot at a Black Lives Matter protest in Dallas by a "
     "man who police say was angry about police shootings.", "Excessive force against protesters"),
    ("Campbellsville police have launched an investigation after a 4-year-old child was accidentally shot in the "
     "leg on Sunday.", "Shelling/artillery/missile attack"),
    ("Friends have launched a GoFundMe campaign for the family of the teenager shot on Friday.",
     "Shelling/artillery/missile attack"),
])
def test_local_news_words_read_as_no_war_or_protest_type(text, not_read_as):
    assert classify(text).sub_event_type != not_read_as
