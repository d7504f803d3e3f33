"""Issue 11, round 42: ACLED notes of the regions and years rounds 37-41 cover least.

Counted first (country and city names over tests/test_acled37_types.py, 38, 39 and test_acled40_*.py, ~640 notes):
none of Papua or Georgia, one each of Nepal, Thailand's deep south and Venezuela, two of Honduras/El Salvador and
Serbia, three of Lebanon and Chad; only 24 notes of 2024 and none of 2025. So: Sri Lanka's Aragalaya (2022-2024),
Nepal (2024-2025, the Gen Z protests), Bangladesh's July 2024 uprising, Thailand's deep south (2004-2025), Papua
(2018-2024), Mozambique (Cabo Delgado 2020-2024, the 2024 post-election unrest), South Sudan (2016-2025), Chad
(2020-2025), Niger 2023-2025, Honduras and El Salvador, Venezuela 2018-2026, Lebanon 2019-2024, Iran 2022-2024, Georgia
and Serbia 2023-2025, Tigray 2020-2022, and state and non-state captures elsewhere; every sub-event type, the rare
ones (chemical weapons, headquarters, transfers of territory, property destruction) too, negations ("No injuries were
reported", "JNIM denied involvement") and two incidents in one sentence. Each note's type was set from the codebook
before the classifier ran; notes whose codebook type is itself in doubt were then left out (a resignation, a state of
exception, missiles and drones launched together, two strikes whose lead clause harms no one).

``FIXED`` read wrong on main, by class (data/slot_event_types.json):
- a state's forces that take a place "from" rebels, militants, fighters, insurgents, gangs or their like regain it
  ("the Malian army took control of Kidal from CSP rebels", "the ENDF took control of Shire from TDF forces", round
  40's strict xfail of the class, whose Mekele note now reads right): the loser named as non-state, by a noun or a
  non-state side's name, tells whose ground it was; a place seized from a state's army, troops or soldiers is
  taken ("M23 rebels seized Goma from the FARDC"), as is a garrison, barracks or headquarters overrun or seized, and
  a place seized with its describing words ("seized the port town of");
- live fire at people protesting, named in more words ("fired live ammunition at Gen Z protesters", "fired rubber
  bullets and live rounds at students protesting"): excessive force;
- protesters arrested ("arresting nine protesters", "arrested ... supporters marching") or a march dispersed:
  intervention;
- a party's or a group's supporters, activists or cadres who attack people protesting: mob violence;
- protesters who burn tyres or throw fireworks, or who are "throwing stones": a violent demonstration;
- armed men who kill workers or inmates attack civilians; armed men who fire at a police post fight.
"""

import pytest

from test_acled38_types import BATTLES, CIVILIANS, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC

from harmledger.extract.classify import classify


def unread(note: str, event_type: str, sub_event_type: str, reason: str):
    return pytest.param(note, event_type, sub_event_type, marks=pytest.mark.xfail(strict=True, reason=reason))


READ_RIGHT = [
    ("On 9 July 2022, thousands of protesters stormed the Presidential Secretariat and the President's "
     'House in Colombo (Western Province) demanding the resignation of President Gotabaya Rajapaksa. '
     '[size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 19 April 2022, police opened fire on protesters blocking a railway line in Rambukkana (Kegalle, '
     'Sabaragamuwa), killing one man. 1 fatality.',
     PROTESTS, 'Excessive force against protesters'),
    ('On 14 February 2024, fishermen demonstrated peacefully in Jaffna (Northern Province) against Indian '
     'trawlers fishing in Sri Lankan waters. [size=no report]',
     PROTESTS, 'Peaceful protest'),
    ('On 9 September 2025, protesters set fire to the Federal Parliament building and the residences of '
     'several politicians in Kathmandu (Bagmati). [size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 28 March 2025, royalist demonstrators clashed with police, torched vehicles and looted shops in '
     'Tinkune (Kathmandu, Bagmati). 2 fatalities.',
     RIOTS, 'Violent demonstration'),
    ('On 18 January 2024, Nepali Congress cadres staged a sit-in in front of the district administration '
     'office in Biratnagar (Koshi) demanding action against the murder of a party member. [size=dozens]',
     PROTESTS, 'Peaceful protest'),
    ('On 2 July 2024, police arrested 11 people for allegedly smuggling gold in Kathmandu (Bagmati). 0 '
     'fatalities.',
     STRATEGIC, 'Arrests'),
    ('On 18 July 2024, protesters set fire to the headquarters of Bangladesh Television in Rampura '
     '(Dhaka). [size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 5 August 2024, a mob attacked and set fire to the Enayetpur police station in Sirajganj '
     '(Rajshahi), killing 13 policemen. 13 fatalities.',
     RIOTS, 'Mob violence'),
    ('On 28 October 2023, BNP supporters clashed with police and Awami League activists in Naya Paltan '
     '(Dhaka), killing a police constable. 1 fatality.',
     RIOTS, 'Violent demonstration'),
    ('On 10 August 2024, Hindu community members held a peaceful rally at Shahbagh (Dhaka) demanding '
     'protection for minorities. [size=thousands]',
     PROTESTS, 'Peaceful protest'),
    ("On 12 November 2024, unidentified men abducted a BNP leader from his home in Cox's Bazar "
     '(Chattogram); his whereabouts remain unknown. 0 fatalities.',
     CIVILIANS, 'Abduction/forced disappearance'),
    ('On 4 January 2004, insurgents raided an army depot in Cho Airong (Narathiwat) and seized more than '
     '300 weapons, killing four soldiers. 4 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 25 October 2004, soldiers fired tear gas and live ammunition at protesters outside the Tak Bai '
     'police station (Narathiwat). 7 fatalities.',
     PROTESTS, 'Excessive force against protesters'),
    ('On 31 March 2012, a car bomb exploded in a shopping district of Yala town (Yala). 11 fatalities.',
     EXPLOSIONS, 'Remote explosive/landmine/IED'),
    ('On 13 January 2024, a roadside bomb struck a ranger patrol in Rueso (Narathiwat). 2 fatalities.',
     EXPLOSIONS, 'Remote explosive/landmine/IED'),
    ('On 9 March 2025, a suicide car bomber attacked the Sungai Kolok district office (Narathiwat). 1 '
     'fatality.',
     EXPLOSIONS, 'Suicide bomb'),
    ('On 8 April 2025, suspected insurgents shot dead a Buddhist novice monk and two others in Sai Buri '
     '(Pattani). 3 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 20 May 2019, militants threw a grenade at a ranger outpost in Bannang Sata (Yala). No injuries '
     'were reported. 0 fatalities.',
     EXPLOSIONS, 'Grenade'),
    ('On 9 February 2014, rangers and insurgents exchanged fire in Rangae (Narathiwat). 1 fatality.',
     BATTLES, 'Armed clash'),
    ('On 7 February 2023, TPNPB fighters took New Zealand pilot Phillip Mehrtens hostage after burning his '
     'plane at Paro (Nduga, Highland Papua). 0 fatalities.',
     CIVILIANS, 'Abduction/forced disappearance'),
    ('On 15 April 2023, TPNPB militants ambushed Indonesian soldiers in Mugi (Nduga, Highland Papua). 6 '
     'fatalities.',
     BATTLES, 'Armed clash'),
    ('On 19 August 2019, Papuan protesters set fire to the local parliament building in Manokwari (West '
     'Papua). [size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 14 March 2024, Indonesian troops recaptured Kiwirok (Pegunungan Bintang, Highland Papua) from '
     'TPNPB fighters. 0 fatalities.',
     BATTLES, 'Government regains territory'),
    ('On 8 August 2021, Rwandan and Mozambican troops recaptured Mocimboa da Praia (Cabo Delgado) from '
     'ASWJ insurgents. 0 fatalities.',
     BATTLES, 'Government regains territory'),
    ('On 9 February 2024, IS Mozambique militants beheaded four Christians in Chiure (Cabo Delgado). 4 '
     'fatalities.',
     CIVILIANS, 'Attack'),
    ('On 25 December 2024, rioters looted shops and warehouses and burned police stations in Matola '
     '(Maputo). 21 fatalities.',
     RIOTS, 'Violent demonstration'),
    ('On 8 July 2016, SPLA soldiers and SPLA-IO forces clashed at the J1 presidential palace in Juba '
     '(Central Equatoria). 150 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 11 July 2016, SPLA soldiers raped foreign aid workers at the Terrain hotel compound in Juba '
     '(Central Equatoria). 1 fatality.',
     CIVILIANS, 'Sexual violence'),
    ("On 16 March 2025, the Ugandan People's Defence Force carried out airstrikes on White Army positions "
     'in Nasir (Upper Nile). 20 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 18 February 2022, armed Lou Nuer youths raided cattle camps in Pibor (Greater Pibor '
     'Administrative Area), abducting women and children. 0 fatalities.',
     CIVILIANS, 'Abduction/forced disappearance'),
    ('On 12 September 2018, President Kiir and Riek Machar signed the Revitalized Agreement on the '
     'Resolution of the Conflict in Addis Ababa. 0 fatalities.',
     STRATEGIC, 'Agreement'),
    ('On 4 February 2023, a landmine explosion killed two traders on the Juba-Nimule road near Magwi '
     '(Eastern Equatoria). 2 fatalities.',
     EXPLOSIONS, 'Remote explosive/landmine/IED'),
    ('On 20 August 2023, NAS fighters ambushed an SSPDF convoy near Lainya (Central Equatoria). 3 '
     'fatalities.',
     BATTLES, 'Armed clash'),
    ('On 20 April 2021, FACT rebels fought the Chadian army in Kanem, where President Idriss Deby was '
     'fatally wounded. 0 fatalities.',
     BATTLES, 'Armed clash'),
    ("On 20 October 2022, security forces fired live ammunition at opposition protesters in N'Djamena "
     "(Ville de N'Djamena). 50 fatalities.",
     PROTESTS, 'Excessive force against protesters'),
    ('On 24 March 2020, Boko Haram militants attacked a Chadian army base at Boma (Lac), killing 98 '
     'soldiers. 98 fatalities.',
     BATTLES, 'Armed clash'),
    ("On 30 January 2025, the last French troops handed over the Kossei military base in N'Djamena to the "
     'Chadian army. 0 fatalities.',
     STRATEGIC, 'Non-violent transfer of territory'),
    ('On 30 July 2023, supporters of the junta attacked the French embassy in Niamey (Niamey) and set fire '
     'to its door. [size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 6 August 2023, tens of thousands of people rallied in support of the junta at the Seyni Kountche '
     'stadium in Niamey (Niamey). [size=tens of thousands]',
     PROTESTS, 'Peaceful protest'),
    ('On 15 August 2023, JNIM militants ambushed Nigerien soldiers near Koutougou (Tillaberi). 17 '
     'fatalities.',
     BATTLES, 'Armed clash'),
    ('On 21 March 2025, IS Sahel militants attacked worshippers at a mosque in Fambita (Tillaberi) during '
     'Friday prayers. 44 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 19 October 2023, the Nigerien army said it repelled an attack by Bazoum loyalists in Niamey. 0 '
     'fatalities.',
     BATTLES, 'Armed clash'),
    ('On 2 October 2023, a military vehicle hit an improvised explosive device near Tabatol (Tillaberi). '
     '29 fatalities.',
     EXPLOSIONS, 'Remote explosive/landmine/IED'),
    ('On 26 March 2022, MS-13 gang members shot dead people in the streets of San Salvador (San Salvador). '
     '62 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 15 September 2021, thousands of people marched in San Salvador (San Salvador) against the '
     'adoption of Bitcoin and President Bukele. [size=thousands]',
     PROTESTS, 'Peaceful protest'),
    ('On 13 January 2024, soldiers arrested 120 suspected gang members in Soyapango (San Salvador). 0 '
     'fatalities.',
     STRATEGIC, 'Arrests'),
    ('On 17 June 2022, gang members extorting transport workers shot dead a bus driver in San Pedro Sula '
     '(Cortes). 1 fatality.',
     CIVILIANS, 'Attack'),
    ('On 30 July 2024, national guardsmen fired tear gas at protesters rejecting the election results in '
     'Caracas (Capital District). [size=thousands]',
     PROTESTS, 'Protest with intervention'),
    ('On 29 July 2024, protesters toppled a statue of Hugo Chavez and threw stones at police in Coro '
     '(Falcon). [size=hundreds]',
     RIOTS, 'Violent demonstration'),
    ('On 30 July 2024, colectivos on motorcycles shot at protesters in Maracay (Aragua), killing one. 1 '
     'fatality.',
     PROTESTS, 'Excessive force against protesters'),
    ('On 4 August 2018, two drones loaded with explosives detonated near President Maduro during a '
     'military parade in Caracas (Capital District). 0 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 30 April 2019, opposition supporters clashed with national guardsmen near La Carlota air base in '
     'Caracas. 1 fatality.',
     RIOTS, 'Violent demonstration'),
    ('On 3 January 2026, US aircraft struck military targets in Caracas (Capital District). 40 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ("On 27 September 2024, Israeli warplanes struck Hezbollah's headquarters in Haret Hreik (Beirut), "
     'killing Hassan Nasrallah. 6 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 8 October 2023, Hezbollah fired rockets and artillery shells at Israeli positions in the Shebaa '
     'Farms. 0 fatalities.',
     EXPLOSIONS, 'Shelling/artillery/missile attack'),
    ('On 27 November 2024, a ceasefire between Israel and Hezbollah came into effect. 0 fatalities.',
     STRATEGIC, 'Agreement'),
    ('On 1 October 2024, Israeli troops began a ground incursion and clashed with Hezbollah fighters near '
     'Odaisseh (Nabatieh). 8 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 26 October 2022, gunmen attacked the Shah Cheragh shrine in Shiraz (Fars), killing worshippers. '
     'IS claimed the attack. 13 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 3 January 2024, two suicide bombers blew themselves up at a commemoration for Qassem Soleimani in '
     'Kerman (Kerman). 95 fatalities.',
     EXPLOSIONS, 'Suicide bomb'),
    ('On 8 December 2022, authorities executed protester Mohsen Shekari in Tehran (Tehran). 1 fatality.',
     CIVILIANS, 'Attack'),
    ('On 7 March 2023, riot police used water cannon and tear gas against protesters opposing the foreign '
     'agents law outside parliament in Tbilisi (Tbilisi). [size=thousands]',
     PROTESTS, 'Protest with intervention'),
    ('On 1 May 2024, masked men beat opposition activists outside their homes in Tbilisi (Tbilisi). 0 '
     'fatalities.',
     CIVILIANS, 'Attack'),
    ('On 15 March 2025, hundreds of thousands of people joined a student-led rally against corruption in '
     'Belgrade (Belgrade). [size=hundreds of thousands]',
     PROTESTS, 'Peaceful protest'),
    ('On 1 November 2024, the concrete canopy of the railway station collapsed in Novi Sad. 15 fatalities.',
     None, None),
    ('On 28 June 2025, protesters clashed with riot police and threw flares in Belgrade (Belgrade) after a '
     'rally demanding snap elections. [size=tens of thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 24 September 2023, Serbian gunmen clashed with Kosovo police in Banjska (Zvecan, Mitrovica). 4 '
     'fatalities.',
     BATTLES, 'Armed clash'),
    ('On 4 November 2020, TPLF forces attacked the ENDF Northern Command headquarters in Mekele (Tigray). '
     '0 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 9 November 2020, Samri youths and militiamen killed civilians with knives and machetes in Mai '
     'Kadra (Western Tigray). 600 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 28 November 2020, Eritrean soldiers killed civilians going house to house in Axum (Central '
     'Tigray). 200 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 22 June 2021, the ENDF conducted an airstrike on a crowded market in Togoga (Central Tigray). 64 '
     'fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 26 August 2022, a drone strike hit a kindergarten in Mekele (Tigray). 4 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 2 November 2022, the Ethiopian government and the TPLF signed a cessation of hostilities '
     'agreement in Pretoria. 0 fatalities.',
     STRATEGIC, 'Agreement'),
    ('On 14 December 2020, Eritrean soldiers raped women in Zalambessa (Eastern Tigray). 0 fatalities.',
     CIVILIANS, 'Sexual violence'),
    ('On 20 July 2021, TDF forces took control of Kobo (North Wollo, Amhara) after clashing with Amhara '
     'special forces. 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 4 April 2017, Syrian government aircraft dropped sarin on Khan Shaykhun (Idleb). 89 fatalities.',
     EXPLOSIONS, 'Chemical weapon'),
    ('On 16 March 1988, Iraqi aircraft bombed Halabja (Sulaymaniyah) with mustard gas and nerve agents. '
     '5000 fatalities.',
     EXPLOSIONS, 'Chemical weapon'),
    ('On 7 April 2018, a helicopter dropped a chlorine gas cylinder on a residential building in Douma '
     '(Rural Damascus). 43 fatalities.',
     EXPLOSIONS, 'Chemical weapon'),
    ('On 11 June 2024, Russian forces dropped gas grenades from a drone on Ukrainian positions near Krynky '
     '(Khersonska). 0 fatalities.',
     EXPLOSIONS, 'Chemical weapon'),
    ('On 2 February 2024, police seized an arms cache and 40 kg of explosives hidden by militants in '
     'Kupwara (Jammu and Kashmir). 0 fatalities.',
     STRATEGIC, 'Disrupted weapons use'),
    ('On 18 May 2024, Ukrainian air defence shot down 15 Russian drones over Kharkiv (Kharkivska). 0 '
     'fatalities.',
     STRATEGIC, 'Disrupted weapons use'),
    ('On 6 March 2025, the HTS-led government set up a new military headquarters in Latakia (Latakia). 0 '
     'fatalities.',
     STRATEGIC, 'Headquarters or base established'),
    ('On 14 June 2019, Houthi forces established a new base on the outskirts of Hodeidah (Al Hudaydah). 0 '
     'fatalities.',
     STRATEGIC, 'Headquarters or base established'),
    ('On 19 December 2023, the M23 rebels withdrew from Kibumba (Nyiragongo, North Kivu) and handed the '
     'town over to the EAC regional force. 0 fatalities.',
     STRATEGIC, 'Non-violent transfer of territory'),
    ('On 12 March 2024, Houthi militants looted humanitarian warehouses in Saada (Saada). 0 fatalities.',
     STRATEGIC, 'Looting/property destruction'),
    ('On 9 May 2024, Israeli settlers set fire to Palestinian homes and vehicles in Turmus Ayya '
     '(Ramallah). No casualties were reported. 0 fatalities.',
     STRATEGIC, 'Looting/property destruction'),
    ('On 22 January 2024, the army demolished 17 houses of suspected militants in Anantnag (Jammu and '
     'Kashmir). 0 fatalities.',
     STRATEGIC, 'Looting/property destruction'),
    ('On 3 May 2023, Meitei and Kuki groups clashed in Churachandpur (Manipur) and burned homes. 8 '
     'fatalities.',
     BATTLES, 'Armed clash'),
    ('On 4 May 2023, a mob paraded two Kuki women naked and sexually assaulted them in Kangpokpi '
     '(Manipur). 0 fatalities.',
     CIVILIANS, 'Sexual violence'),
    ('On 14 July 2024, unidentified gunmen shot dead a village headman in Moreh (Tengnoupal, Manipur). 1 '
     'fatality.',
     CIVILIANS, 'Attack'),
    ("On 26 March 2025, the SAF retook Khartoum's presidential palace (Khartoum) from the RSF. 0 "
     'fatalities.',
     BATTLES, 'Government regains territory'),
    ('On 26 October 2025, the RSF captured El Fasher (North Darfur) after an 18-month siege. 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 22 September 2024, the RSF shelled Abu Shouk camp near El Fasher (North Darfur). 8 fatalities.',
     EXPLOSIONS, 'Shelling/artillery/missile attack'),
    ('On 3 May 2025, an RSF drone strike hit the Port Sudan airport fuel depot (Red Sea). 0 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 22 March 2024, an IED exploded near a school in Quetta (Balochistan); no one was hurt and no '
     'group claimed responsibility. 0 fatalities.',
     EXPLOSIONS, 'Remote explosive/landmine/IED'),
    ('On 15 February 2023, a rocket hit an empty field near Sderot; the IDF said there were no injuries. 0 '
     'fatalities.',
     EXPLOSIONS, 'Shelling/artillery/missile attack'),
    ('On 11 May 2024, gunmen abducted three aid workers in Kidal; JNIM denied involvement. 0 fatalities.',
     CIVILIANS, 'Abduction/forced disappearance'),
    ('On 27 August 2024, a drone struck a fuel depot in Kursk; Ukraine denied involvement. 0 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 2 March 2024, al-Shabaab militants attacked a military base in Bulo Marer (Lower Shabelle), and a '
     'roadside bomb killed two soldiers near Afgoye. 5 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 19 February 2024, protesters marched peacefully in Lagos (Lagos) while police arrested 20 people '
     'in Abuja. [size=hundreds]',
     PROTESTS, 'Peaceful protest'),
    ('On 7 August 2024, JNIM militants ambushed a convoy near Barsalogho (Sanmatenga), while a drone '
     'strike hit a market in Djibo. 12 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 17 April 2025, an Israeli airstrike killed a family in Khan Younis, and Israeli troops shot dead '
     'two men near Rafah. 7 fatalities.',
     EXPLOSIONS, 'Air/drone strike'),
    ('On 5 June 2016, Iraqi forces recaptured parts of Fallujah (Anbar) from the Islamic State. 0 '
     'fatalities.',
     BATTLES, 'Government regains territory'),
    ('On 20 February 2024, the FARDC retook control of Kitshanga (Masisi, North Kivu) from the M23. 0 '
     'fatalities.',
     BATTLES, 'Government regains territory'),
    ('On 17 February 2024, Russian forces captured Avdiivka (Donetska) after months of fighting. 0 '
     'fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 8 December 2024, HTS-led opposition forces took control of Damascus (Damascus). 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 14 October 2024, the Myanmar army recaptured Thabeikkyin (Mandalay) from PDF fighters. 0 '
     'fatalities.',
     BATTLES, 'Government regains territory'),
]

FIXED = [
    ('On 9 May 2022, supporters of Prime Minister Mahinda Rajapaksa attacked peaceful protesters at the '
     'Galle Face Green protest site in Colombo (Western Province). 0 fatalities.',
     RIOTS, 'Mob violence'),
    ('On 22 July 2022, soldiers and police raided the Galle Face protest camp in Colombo (Western '
     'Province) and dismantled tents, arresting nine protesters. [size=hundreds]',
     PROTESTS, 'Protest with intervention'),
    ('On 8 September 2025, police fired live ammunition at Gen Z protesters outside the Federal Parliament '
     'in Kathmandu (Bagmati), killing 19 people. 19 fatalities.',
     PROTESTS, 'Excessive force against protesters'),
    ('On 16 July 2024, police fired rubber bullets and live rounds at students protesting the job quota '
     'system in Rangpur (Rangpur), killing student Abu Sayed. 1 fatality.',
     PROTESTS, 'Excessive force against protesters'),
    ('On 15 July 2024, Chhatra League activists attacked students protesting the quota system at Dhaka '
     'University (Dhaka) with sticks and iron rods. [size=thousands]',
     RIOTS, 'Mob violence'),
    ('On 2 December 2018, TPNPB fighters killed construction workers building the Trans-Papua road in '
     'Nduga (Papua). 19 fatalities.',
     CIVILIANS, 'Attack'),
    ('On 12 August 2020, ASWJ insurgents seized the port town of Mocimboa da Praia (Cabo Delgado) after '
     'days of fighting with the army. 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 6 November 2024, police fired tear gas and live ammunition at opposition supporters protesting '
     'the election results in Maputo (Maputo City). 3 fatalities.',
     PROTESTS, 'Excessive force against protesters'),
    ('On 23 October 2024, police arrested Venancio Mondlane supporters marching in Nampula (Nampula). '
     '[size=hundreds]',
     PROTESTS, 'Protest with intervention'),
    ('On 7 March 2025, the White Army overran the SSPDF garrison in Nasir (Upper Nile). 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 3 December 2017, military police fired at opposition supporters protesting the election count in '
     'Tegucigalpa (Francisco Morazan). 1 fatality.',
     PROTESTS, 'Excessive force against protesters'),
    ('On 20 September 2023, some 11,000 soldiers and police took control of Tocoron prison (Aragua) from '
     'the Tren de Aragua gang. 0 fatalities.',
     BATTLES, 'Government regains territory'),
    ('On 17 October 2019, protesters blocked roads and burned tyres in Beirut (Beirut) against a planned '
     'tax on WhatsApp calls. [size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 14 October 2021, gunmen fired at Hezbollah and Amal supporters protesting against the Beirut port '
     'blast judge in Tayouneh (Beirut). 7 fatalities.',
     PROTESTS, 'Excessive force against protesters'),
    ('On 20 January 2020, riot police fired rubber bullets at protesters throwing stones outside '
     'parliament in Beirut. 0 fatalities.',
     RIOTS, 'Violent demonstration'),
    ('On 30 September 2022, security forces fired live ammunition at worshippers protesting after Friday '
     'prayers in Zahedan (Sistan and Baluchestan). 66 fatalities.',
     PROTESTS, 'Excessive force against protesters'),
    ('On 2 October 2022, security forces besieged Sharif University and arrested students protesting '
     'inside the campus in Tehran (Tehran). [size=hundreds]',
     PROTESTS, 'Protest with intervention'),
    ('On 28 November 2024, protesters threw fireworks and stones at police outside parliament in Tbilisi '
     '(Tbilisi) after the government suspended EU accession talks. [size=thousands]',
     RIOTS, 'Violent demonstration'),
    ('On 13 August 2025, SNS supporters attacked anti-government protesters with sticks and flares in '
     'Vrbas (South Backa). 0 fatalities.',
     RIOTS, 'Mob violence'),
    ('On 16 April 2023, the RSF seized Merowe airport (Northern) from the Sudanese Armed Forces. 0 '
     'fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 10 June 2024, unidentified gunmen fired at a police checkpoint in Dera Ismail Khan (Khyber '
     'Pakhtunkhwa). No injuries were reported. 0 fatalities.',
     BATTLES, 'Armed clash'),
    ('On 5 March 2023, police dispersed a peaceful march in Harare with tear gas. No arrests were made. '
     '[size=hundreds]',
     PROTESTS, 'Protest with intervention'),
    ('On 10 February 2024, Syrian government forces captured Saraqib (Idleb) from HTS fighters. 0 '
     'fatalities.',
     BATTLES, 'Government regains territory'),
    ('On 13 July 2018, the Malian army took control of the town of Boni (Mopti) from JNIM militants. 0 '
     'fatalities.',
     BATTLES, 'Government regains territory'),
    ('On 14 November 2023, the Malian army took control of Kidal (Kidal) from CSP rebels. 0 fatalities.',
     BATTLES, 'Government regains territory'),
    ('On 27 January 2025, M23 rebels seized Goma (North Kivu) from the FARDC. 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ("On 1 April 2024, the Arakan Army seized the army's battalion headquarters in Ann (Rakhine). 0 "
     'fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    # the loser named by a non-state side's name, with or without 'forces' (slot_event_types' non_state_sides)
    ('On 17 October 2022, the ENDF and Eritrean forces took control of Shire (North Western Tigray) from TDF '
     'forces. 0 fatalities.',
     BATTLES, 'Government regains territory'),
    ("On 3 April 2024, the Sudanese army took control of Omdurman's radio station from the RSF. 0 fatalities.",
     BATTLES, 'Government regains territory'),
    ('On 5 June 2024, Somali troops took control of Adan Yabaal (Middle Shabelle) from al-Shabaab. 0 fatalities.',
     BATTLES, 'Government regains territory'),
]

LEFT_UNREAD = [
    unread('On 28 April 2004, security forces stormed the Krue Se Mosque in Pattani (Pattani) where militants '
           'had taken refuge. 32 fatalities.',
           BATTLES, 'Armed clash',
           'a force storming a mosque reads as civilians attacked: the militants inside are told only in a '
           'relative clause'),
    unread('On 23 September 2019, rioters burned shops and houses in Wamena (Jayawijaya, Papua), killing '
           'migrants from other provinces. 33 fatalities.',
           RIOTS, 'Mob violence',
           "'rioters' is a violent demonstration's cue whoever they harm; migrants killed by them make no mob"),
    unread('On 1 December 2021, KNPB supporters raised the Morning Star flag in Jayapura (Papua) to mark the '
           'anniversary of West Papuan independence. Police arrested eight of them. [size=dozens]',
           PROTESTS, 'Protest with intervention',
           "the arrest told in the next sentence ('Police arrested eight of them') types the note as Arrests; "
           'the flag-raising has no protest cue'),
    unread('On 24 March 2021, ASWJ insurgents attacked Palma (Cabo Delgado), killing civilians and foreign '
           'contractors. 30 fatalities.',
           CIVILIANS, 'Attack',
           "a town attacked by its name ('attacked Palma'), the civilians killed after a comma: the cue's gap "
           'stops at the comma'),
    unread('On 26 July 2023, members of the presidential guard detained President Mohamed Bazoum in Niamey '
           '(Niamey) and announced that they had seized power. 0 fatalities.',
           STRATEGIC, 'Change to group/activity',
           "a coup told as guards detaining the president and 'seized power' reads as an arrest: 'seized power' "
           'is no cue'),
    unread("On 20 June 2023, gang members shot and burned female inmates at the women's prison in Tamara "
           '(Francisco Morazan). 46 fatalities.',
           CIVILIANS, 'Attack',
           "'shot and burned' inmates names no killing cue ('shot' alone is an injury's word)"),
    unread("On 17 September 2024, pagers used by Hezbollah members exploded across Beirut's southern suburbs "
           '(Beirut). 12 fatalities.',
           EXPLOSIONS, 'Remote explosive/landmine/IED',
           'exploding pagers name no bomb, explosive device or IED'),
    unread('On 16 September 2022, women removed their headscarves and chanted against the morality police '
           'outside Kasra hospital in Tehran (Tehran). [size=dozens]',
           PROTESTS, 'Peaceful protest',
           "a protest told by its acts ('removed their headscarves and chanted') names no protest word"),
    unread('On 28 June 2021, TDF forces retook Mekele (Tigray) after the ENDF withdrew from the city. 0 '
           'fatalities.',
           BATTLES, 'Non-state actor overtakes territory',
           "'retook' is read as a state's regaining whoever retakes; the TDF is a non-state side"),
    unread('On 5 September 2021, special forces captured President Alpha Conde and dissolved the government in '
           'Conakry (Conakry). 0 fatalities.',
           STRATEGIC, 'Change to group/activity',
           "a coup ('captured President ... and dissolved the government') has no cue; capturing a president no "
           'longer reads as taking ground'),
    unread('On 10 January 2024, bandits kidnapped 15 villagers in Zurmi (Zamfara), and a military airstrike '
           'killed five bandits nearby. 0 fatalities.',
           CIVILIANS, 'Abduction/forced disappearance',
           "the abduction cue looks for a killing to the sentence's end, so the second clause's airstrike makes "
           'the lead an attack and the airstrike decides'),
]

GUARDS = [
    ('On 1 August 2024, Fano militiamen took control of Lalibela (North Wollo, Amhara) from the ENDF. 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ('On 3 June 2023, Nigerian troops seized weapons and motorcycles from fleeing Boko Haram fighters near Bama '
     '(Borno). 0 fatalities.', STRATEGIC, 'Disrupted weapons use'),
    ('On 4 May 2024, Russian forces took control of Ocheretyne (Donetska) from Ukrainian forces. 0 fatalities.',
     BATTLES, 'Non-state actor overtakes territory'),
    ("On 9 June 2024, protesters attacked police officers with stones outside the governor's office in Kisumu "
     '(Kisumu). [size=hundreds]', RIOTS, 'Violent demonstration'),
    ('On 9 June 2024, police fired tear gas at protesters in Nairobi (Nairobi). [size=hundreds]',
     PROTESTS, 'Protest with intervention'),
    ('On 9 June 2024, police arrested 12 people for drug trafficking in Nairobi (Nairobi). 0 fatalities.',
     STRATEGIC, 'Arrests'),
]


@pytest.mark.parametrize("note, event_type, sub_event_type", READ_RIGHT + FIXED + GUARDS + LEFT_UNREAD)
def test_note_reads_as_its_codebook_type(note, event_type, sub_event_type):
    found = classify(note)
    assert (found.event_type, found.sub_event_type) == (event_type, sub_event_type)


@pytest.mark.parametrize("note", [
    'On 4 May 2024, the army captured a rebel commander near Kiwanja (Rutshuru, North Kivu). 0 fatalities.',
    'On 2 March 2024, soldiers captured the leader of a kidnapping gang in Kaduna (Kaduna). 0 fatalities.',
])
def test_a_person_captured_is_no_ground_taken(note):
    assert classify(note).sub_event_type not in ("Non-state actor overtakes territory", "Government regains territory")


def test_a_state_force_attacking_protesters_is_no_mob():
    found = classify('On 9 June 2024, members of the security forces attacked protesters with batons in Nairobi '
                     '(Nairobi). [size=hundreds]')
    assert found.sub_event_type != "Mob violence"


# a protest told in one sentence and met with force in the next: ACLED's notes of 2020-2025 often tell the two apart
MET_IN_THE_NEXT_SENTENCE = [
    ('On 3 March 2023, university students marched in Colombo (Western Province) against the arrest of student '
     'leaders. Police fired tear gas and water cannon to disperse them. [size=hundreds]',
     'Protest with intervention'),
    ('On 12 May 2024, hundreds of teachers protested outside the Ministry of Education in Nairobi (Nairobi) over '
     'unpaid salaries. Police used tear gas to disperse the crowd. [size=hundreds]',
     'Protest with intervention'),
    ('On 2 June 2023, residents demonstrated in Kinshasa (Kinshasa) against power cuts. Security forces fired live '
     'ammunition at the protesters, killing two. 2 fatalities.',
     'Excessive force against protesters'),
    ('Opposition supporters rallied in Conakry on Thursday against a third term for the president. Gendarmes '
     'dispersed the marchers with tear gas, witnesses said.',
     'Protest with intervention'),
]


@pytest.mark.parametrize("note, sub_event_type", MET_IN_THE_NEXT_SENTENCE)
def test_a_protest_met_with_force_in_the_next_sentence(note, sub_event_type):
    assert classify(note).sub_event_type == sub_event_type


@pytest.mark.parametrize("note", [
    'On 9 June 2024, nurses held a peaceful sit-in at the regional hospital in Bamenda (North-West). Gunmen later '
    'attacked a checkpoint nearby. 0 fatalities.',
    'Hundreds of people rallied in Kyiv on Saturday to demand the return of prisoners of war. Russian forces '
    'shelled Kherson overnight, killing two.',
])
def test_a_protest_followed_by_another_kind_of_incident_stays_peaceful(note):
    assert classify(note).sub_event_type == "Peaceful protest"
