"""Mends of review28d's findings in round acled43's cues (data/slot_event_types.json, data/slot_actors.json).

Two causes: the new protest cues (workers' strikes, a hartal, a human chain) ranked above every attack, air-strike and
shelling rule, and long gapped cues ('a ceasefire ... took effect', 'announced ... ceasefire', 'fired at ... march')
swallowed better-ranked cues inside them. Each class's review inputs are read with their expected types; each cue
class also gets US local news (and war news) it must not read as its type.
"""

import pytest

from test_acled38_types import CIVILIANS, EXPLOSIONS, PROTESTS

from harmledger.extract.classify import classify

SHELLING, AIR = "Shelling/artillery/missile attack", "Air/drone strike"

READ_AS = [
    # 1. a ceasefire's 'took effect' in another clause than the attack
    ("The ceasefire was shattered when Russian shelling killed two civilians in Kherson, hours after it took effect.",
     EXPLOSIONS, SHELLING),
    ("A truce was agreed on Sunday, but an Israeli air strike killed 12 people in Rafah before it took effect.",
     EXPLOSIONS, AIR),
    ("The truce collapsed when Israeli warplanes struck Khan Younis, a day after it came into effect.",
     EXPLOSIONS, AIR),
    # 2. 'announced' an attack despite a ceasefire, or the end of one
    ("The IDF announced airstrikes despite the ceasefire in Gaza, killing 20.", EXPLOSIONS, AIR),
    ("Israel announced the end of the ceasefire on Tuesday and vowed to resume the war.", None, None),
    # 4. gunfire during a strike is the attack, not the strike
    ("Gunmen killed three people in Quetta during a general strike called by traders.", CIVILIANS, "Attack"),
    ("Teachers were on strike when a gunman opened fire outside the school, killing a guard.", CIVILIANS, "Attack"),
    ("A striking worker was shot dead outside the factory during a labor strike.", CIVILIANS, "Attack"),
    ("Shops were shut for a hartal when gunmen shot dead a trader in Dhaka.", CIVILIANS, "Attack"),
    # 3. 'strike' senses that are no workers' strike
    ("The deputy, who was on the strike team, was shot in the leg.", CIVILIANS, "Attack"),
    ("Attorney General strikes plea deal with gunman in Dayton mass shooting.", CIVILIANS, "Attack"),
    # 5. the month, and 'fired' as sacked
    ("The officer was fired at the end of March after the shooting.", CIVILIANS, "Attack"),
    ("He was arrested at the end of March and charged with murder in the shooting.", CIVILIANS, "Attack"),
    ("Police arrested three men at the end of March in connection with the homicide.", "Strategic developments",
     "Arrests"),
    # 6. a campaign rally is no protest
    ("A man was arrested at a Trump campaign rally in Fresno after deputies found a loaded handgun in his bag.",
     "Strategic developments", "Arrests"),
    # 9. gunmen who fire on pilgrims' march
    ("Gunmen opened fire on a march of Shia pilgrims, killing six.", CIVILIANS, "Attack"),
    ("Shots were fired at a party after the march, killing a teen.", CIVILIANS, "Attack"),
    # 10. tear gas on protesters is no chemical weapon
    ("Riot police fired tear gas on demonstrators and soldiers later opened fire in Mandalay.", PROTESTS,
     "Protest with intervention"),
    ("Police fired tear gas on demonstrators and soldiers at the barracks gate.", PROTESTS, "Protest with intervention"),
    ("Israeli soldiers fired tear gas canisters on protesters and soldiers' families near the checkpoint.", PROTESTS,
     "Protest with intervention"),
    # 11. a crowd that watched is no riot
    ("Witnesses said a crowd watched as the suspect attacked the victim with a knife before shooting him.", CIVILIANS,
     "Attack"),
    # guards: what the mends must still read
    ("A general strike hit transport across Nepal on Monday.", PROTESTS, "Peaceful protest"),
    ("Unions launched a general strike in Lagos on Monday.", PROTESTS, "Peaceful protest"),
    ("The hartal hit normal life in Srinagar.", PROTESTS, "Peaceful protest"),
    pytest.param("A trader was stabbed to death during the hartal in Dhaka.", CIVILIANS, "Attack",
                 marks=pytest.mark.xfail(strict=True, reason="a harm told before the strike in its sentence: the "
                                                             "strike cues look only after themselves ({unharmed})")),
    ("A ceasefire between Israel and Hamas brokered by Qatar, Egypt and the United States took effect on Sunday.",
     "Strategic developments", "Agreement"),
    ("The rebels announced a unilateral 72-hour ceasefire in Kachin state.", "Strategic developments", "Agreement"),
    ("Thousands of workers went on a 48-hour strike in Lagos over fuel prices.", PROTESTS, "Peaceful protest"),
    ("Police detained 40 people at a march against the pension reform in Paris.", PROTESTS,
     "Protest with intervention"),
    ("Soldiers opened fire on a march of thousands of students in Yangon, killing two.", PROTESTS,
     "Excessive force against protesters"),
]

NOT_READ_AS = [
    # 2. the end or the collapse of a truce declared is no agreement
    ("The army declared the collapse of the truce after rebels attacked its positions.", "Agreement"),
    ("The mayor announced the end of the truce between the two gangs after a shooting on Main Street.", "Agreement"),
    # 3. strike senses read as a protest
    ("The two jets were on a strike mission when they fired rockets at the village, killing four civilians.",
     "Peaceful protest"),
    ("Under the three-strikes law he was on a third strike when he shot the clerk.", "Peaceful protest"),
    ("The pitcher was on a strike streak when shots rang out in the parking lot, wounding two fans.",
     "Peaceful protest"),
    ("Officers on the strike force arrested two men after a shooting on Elm Street.", "Peaceful protest"),
    ("The surgeon general strikes a hopeful note on gun violence as a public health crisis.", "Peaceful protest"),
    ("The suspect was on the department's strike list when he shot a neighbor.", "Peaceful protest"),
    # 5. the month and 'fired' (sacked)
    ("Officer Jones was fired at the beginning of March, months after he shot an unarmed man.",
     "Excessive force against protesters"),
    ("The deputy was fired in March after the shooting of a teenager.", "Excessive force against protesters"),
    ("Police detained the suspect in March, after a shooting at a gas station.", "Protest with intervention"),
    ("Detectives arrested the gunman at the start of March, two weeks after the homicide.", "Protest with intervention"),
    # 7. pepper spray on people who fought
    ("The two men fought with officers, who used pepper spray on them before arresting them.",
     "Protest with intervention"),
    ("Police used pepper spray on them after the fight spilled into the parking lot, and one man was shot.",
     "Protest with intervention"),
    ("Deputies threw stun grenades at them before entering the house where the gunman hid.",
     "Protest with intervention"),
    # 8. live rounds at people who are no protesters
    ("Israeli forces fired live ammunition at them as the workers crossed the fence near Tulkarm, wounding two.",
     "Excessive force against protesters"),
    ("Security forces fired live rounds at the crowd of mourners at the funeral, killing two.",
     "Excessive force against protesters"),
    ("Soldiers fired live bullets at the crowd of worshippers leaving the mosque, killing a boy.",
     "Excessive force against protesters"),
    # 9. any gunman firing on a protest is no state force
    ("A gunman opened fire at a Black Lives Matter protest in Louisville, killing a photographer.",
     "Excessive force against protesters"),
    ("The suspect opened fire on a protest in Olympia and was later arrested.", "Excessive force against protesters"),
    # 1. a truce's 'took effect' in another clause
    ("The truce between the two gangs was broken when a man was shot outside the store, a week after it took effect.",
     "Agreement"),
    # 10. tear gas on rioters and troopers
    ("Police fired tear gas on rioters and troopers in downtown Portland.", "Chemical weapon"),
    # 11. a crowd or youths who watched
    ("Neighbors said youths watched as the man attacked his girlfriend outside the bar.", "Violent demonstration"),
    ("A crowd gathered after the suspect attacked a clerk at the gas station.", "Violent demonstration"),
    # 12. character assassination
    ("His mother called it character assassination by the police department.", "Attack"),
    ("The lawyer said the leak was a character assassination of his client.", "Attack"),
]


@pytest.mark.parametrize("text, event_type, sub_event_type", READ_AS)
def test_review_input_reads_as_its_type(text, event_type, sub_event_type):
    found = classify(text)
    assert (found.event_type, found.sub_event_type) == (event_type, sub_event_type)


@pytest.mark.parametrize("text, not_read_as", NOT_READ_AS)
def test_local_news_reads_as_no_cue_class_of_round_acled43(text, not_read_as):
    assert classify(text).sub_event_type != not_read_as


@pytest.mark.parametrize("text", [
    "ORLANDO, Fla (WESH) - Police units responded to a shooting Saturday.",
    "Colorado State Patrol (CSP) units fired at the driver after he rammed a cruiser.",
    "Miami Fla police units fired at the suspect.",
])
def test_a_state_or_a_patrol_abbreviation_is_no_armed_group(text):
    assert classify(text).perpetrator != "FLA"
