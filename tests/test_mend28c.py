"""Mends of review 28c's findings in round tolls47: text main read right before tolls47 and read wrong after.

Each probe is the review's input (or one of its class written beside it), with the figures it was read with before
tolls47 (35a893c) as its expected answer; the lead is the mention the evaluation scores (the first neither
background nor aggregate, else the first).
"""

import pytest

from harmledger.extract import extract

PUBLISHED = '2026-11-28'


def _scored(text: str, published: str = PUBLISHED) -> tuple[int | None, int | None]:
    """The figures of the mention the evaluation scores."""
    found = extract(text, published)
    mention = next((m for m in found if not m.background and m.kind != 'aggregate'), found[0])
    return (mention.killed.value if mention.killed else None, mention.injured.value if mention.injured else None)


def _news(text: str, published: str = PUBLISHED) -> list[tuple[int | None, int | None]]:
    """The figures of every mention neither background nor aggregate, in order."""
    return [(m.killed.value if m.killed else None, m.injured.value if m.injured else None)
            for m in extract(text, published) if not m.background and m.kind != 'aggregate']


# 1. "the latest strike", "the latest bombing" refer back to the lead: a strike is another incident only as
# "a second/third strike", "a later strike" or "another strike"
THE_LATEST_STRIKE = [
    ('A Russian missile hit an apartment block in Dnipro on Tuesday, killing five people. The latest strike wounded 40 '
     'people, including six children, the governor said.', (5, 40)),
    ('A suicide bomber killed 16 people at a bus station in Quetta on Saturday, police said. No group claimed the '
     'latest bombing, which also wounded 30 people.', (16, 30)),
    ('An Israeli airstrike on a tent camp in Khan Younis killed six people on Sunday, medics said. The latest airstrike '
     'also wounded 14, including four children.', (6, 14)),
    ('Russian forces shelled a market in Kherson on Thursday morning, killing three people. The most recent strike also '
     'injured 11 shoppers, the regional administration said.', (3, 11)),
    ('A Pakistani drone strike killed four people in Khost province on Monday, Taliban officials said. The latest raid '
     'wounded seven others, among them two women.', (4, 7)),
]

# 2. words of another time or ordinal standing in apposition between the dead and the wounded cut nothing
APPOSITION_BETWEEN_FIGURES = [
    ('A woman was killed early Sunday, one day before her 30th birthday, when gunfire erupted at a party in Akron; '
     'three other guests were wounded, police said.', (1, 3)),
    ('A man was killed Saturday in the latest shooting in the Englewood neighborhood, and two women were wounded, '
     'police said.', (1, 2)),
    ('Gunmen killed five people in Kaduna on Sunday, the second attack on the village this month, and wounded 11 '
     'others.', (5, 11)),
    ('A Russian drone strike killed two people in Sumy on Saturday, the latest strike on the city, and injured nine '
     'others.', (2, 9)),
    ('A teenager was shot dead Friday night, two days before his graduation, outside a store in Toledo, and two other '
     'teenagers were wounded, police said.', (1, 2)),
]

# 3. the dead of a siege of one building (a hotel, a bank) are that attack's toll, not a period's
SIEGE_OF_ONE_BUILDING = [
    ('Al-Shabaab gunmen stormed a hotel in Mogadishu on Friday night. At least 21 people were killed during the siege, '
     'which lasted more than 30 hours, police said.', (21, None)),
    ('Police said 20 people were killed and 40 wounded during the 30-hour siege.', (20, 40)),
    ('A gunman took hostages at a bank in Dayton on Tuesday. Two hostages were killed during the siege before SWAT '
     'officers shot the suspect.', (2, None)),
]

# 4. "the death toll since then" counts from a period's start, as "since April" does
SINCE_THEN = [
    'Fighting between the army and the RSF erupted in April 2023. The death toll since then has risen to more than '
    '20,000, according to the United Nations.',
    'Russia seized the town in March 2022. The number of civilians killed there since then has reached 1,200, local '
    'officials said.',
]

# 5. an opening clause that commemorates an older attack with no toll of its own leaves the news after it
COMMEMORATION_WITHOUT_A_TOLL = [
    ('As Israel marked two years since the October 7 attack, Israeli strikes killed 40 people in Khan Younis on '
     'Tuesday.', (40, None)),
    ('As the community marked one year since the shooting, a gunman killed two people at a park in Uvalde on '
     'Saturday.', (2, None)),
    ('As Ukraine marked the anniversary of the Kramatorsk station strike, a Russian missile hit Kharkiv on Sunday, '
     'killing three people.', (3, None)),
]

# 6. people shot as many as the wounded told before are no recount of them without its words ("Of the ...")
SHOT_AS_MANY_AS_THE_WOUNDED = [
    ('Gunmen wounded six people at a market in Katsina on Monday, police said. Six people were shot, and one of the '
     'attackers was killed by vigilantes.', (1, 6)),
    ('Two men were wounded in a shooting on Elm Street on Friday night. On Saturday, two people were shot on Oak '
     'Avenue, and one of them died.', (1, 2)),
]

# 7. "the 2000 block" is a US street address, not an attack of the year 2000
BLOCK_NUMBERS = [
    ('Officers responded to the 2000 block about a shooting Friday night and found a man dead and a woman wounded, '
     'police said. Last month, a teenager was shot and wounded two blocks away.', (1, 1)),
    ('Police were called to the 1900 block for a shooting Saturday evening and found two men wounded.', (None, 2)),
]


@pytest.mark.parametrize("text, expected", THE_LATEST_STRIKE)
def test_the_latest_strike_is_the_lead_s(text, expected):
    assert _scored(text) == expected
    assert len(_news(text)) == 1


@pytest.mark.parametrize("text, expected", APPOSITION_BETWEEN_FIGURES)
def test_an_apposition_between_the_figures_cuts_no_clause(text, expected):
    assert _news(text) == [expected]


@pytest.mark.parametrize("text, expected", SIEGE_OF_ONE_BUILDING)
def test_the_dead_of_a_siege_of_one_building_are_its_toll(text, expected):
    assert _news(text)[:1] == [expected]


@pytest.mark.parametrize("text", SINCE_THEN)
def test_a_toll_since_then_is_an_aggregate(text):
    assert _news(text) == []


@pytest.mark.parametrize("text, expected", COMMEMORATION_WITHOUT_A_TOLL)
def test_the_news_after_a_commemoration_without_a_toll_is_the_lead(text, expected):
    assert _news(text)[:1] == [expected]


@pytest.mark.parametrize("text, expected", SHOT_AS_MANY_AS_THE_WOUNDED)
def test_people_shot_as_many_as_the_wounded_are_no_recount(text, expected):
    assert _scored(text) == expected


@pytest.mark.parametrize("text, expected", BLOCK_NUMBERS)
def test_a_block_number_is_no_year(text, expected):
    found = extract(text, PUBLISHED)
    assert not found[0].background
    assert _scored(text) == expected


# 8. a second strike on "the scene" or "the same" building or street is the lead's double tap
DOUBLE_TAP = [
    ('A Russian missile hit a residential building in Kharkiv on Sunday, killing three people. A second strike about 40 '
     'minutes later hit rescuers arriving at the scene, wounding five.', (3, 5)),
    ('An Israeli airstrike hit a house in Jabalia on Monday, killing four people. A second strike on the same house '
     'minutes later wounded six paramedics, the civil defence said.', (4, 6)),
    ('A Russian glide bomb hit a school in Kostiantynivka on Tuesday, killing two teachers. A second strike 30 minutes '
     'later hit the same street as emergency workers arrived, injuring three of them.', (2, 3)),
]

# the attack the news "came hours after" is history, as one it came days after
CAME_HOURS_AFTER = [
    ('Gunmen killed two men at a bar in Jos on Friday. The attack came hours after a bomb wounded four people at a '
     'market in Bauchi.', [(2, None)]),
    ('A Russian drone killed a man in Kherson on Monday. The strike came just hours after shelling injured five people '
     'in Nikopol, the governor said.', [(1, None)]),
]


@pytest.mark.parametrize("text, expected", DOUBLE_TAP)
def test_a_second_strike_on_the_scene_is_the_lead_s_double_tap(text, expected):
    assert _news(text) == [expected]


@pytest.mark.parametrize("text, expected", CAME_HOURS_AFTER)
def test_the_attack_the_news_came_hours_after_is_history(text, expected):
    assert _news(text) == expected
