"""Round mend29a: defects a reviewer found in rounds tolls48 and dates47 (issue 11, session 29), each probe a whole
short report (US local news and wire copy) with its expected figures or day, written before it was run. 17 probes:
13 wrong on main, 11 read right now, 2 strict xfails (a figure extract.counts or extract.victims misses); the 4
"of the wounded" probes are read as published on the Monday after the weekend they tell.

- "also" told of a breakdown of the dead counted before ("Three people were killed ... The driver, 34, died at the
  scene. Two children in the back seat were also killed": 3, not 5), or of the same dead told again ("Two people were
  killed ... Police said two people were also killed in the shooting": 2): not more dead. "Also" still adds others
  ("killing seven soldiers. Two civilians were also killed": 9; "Two officers who responded were also killed").
- a death "of the wounded" told twice ("One of the wounded died Sunday. Police said one of the injured died at
  Methodist Hospital on Sunday afternoon"): one death, not two; within one sentence the largest such figure, not the
  sum; "another of the wounded" is one more.
- a death's day that is the only day told ("A 24-year-old man died Friday from gunshot wounds after a shooting in
  north Memphis"): the day, not a week; the aftermath's only when another day dates the attack.
"""

from datetime import date

import pytest
from test_dates44_probes import scored_when
from test_tolls48_probes import _scored

X, AL = 'exact', 'at_least'


def N(day: int) -> date:  # noqa: N802 - a day of November 2026
    return date(2026, 11, day)


ALSO_BREAKDOWN = [  # "also" after parts of the dead told since the toll: no more dead
    ('Three people were killed in a crash on Highway 99 in Fresno on Saturday, the CHP said. The driver, 34, died at '
     'the scene. Two children in the back seat were also killed.', ((3, X), None)),
    ('Three people were killed in a shooting early Sunday at a house party on Salem Avenue, Dayton police said. '
     'Officers found a 25-year-old man dead at the scene. Two teenagers, ages 16 and 17, were also killed. Four others '
     'were wounded and taken to Miami Valley Hospital.', ((3, X), (4, X))),
    pytest.param('Four people died in a crash on Interstate 70 near Hays on Friday night, the Kansas Highway Patrol said. '
                 'A 45-year-old man driving the pickup died at the scene. Three passengers in the car were also killed.',
                 ((4, X), None), marks=pytest.mark.xfail(strict=True, reason=(
                     "'A 45-year-old man driving the pickup died' gives no dead (extract.victims: a participle after "
                     "the subject), so no part of the four is told before the 'also' three, which are added"))),
    ('Two people were killed when a pickup struck a motorcycle on State Road 60 in Lake Wales on Thursday, troopers '
     'said. The motorcycle driver, 51, died at the scene. One passenger was also killed.', ((2, X), None)),
]

ALSO_RETOLD = [  # "also" of the same dead told again: no more dead
    ('Two people were killed in a shooting at a gas station in Jackson on Saturday. Police said two people were also '
     'killed in the shooting, and a third was hospitalized.', ((2, X), (1, X))),
    ('Three people were killed in a fire at a duplex in Rockford early Tuesday, fire officials said. Investigators '
     'said three people were also killed in a fire on the same block in 2019.', ((3, X), None)),
]

ALSO_OTHERS = [  # "also" of others than those counted: more dead (guards)
    pytest.param('Two people were killed in a shooting at an apartment complex in Baton Rouge on Sunday, police said. '
                 'Two officers who responded were also killed, the chief said.', ((4, X), None),
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "'Two officers who responded were also killed' gives no figure (extract.counts: a relative clause "
                     "between the subject and its verb); the same dead told 'when they responded' add (tolls48)"))),
    ('Gunmen attacked an army base near Diffa on Tuesday, killing seven soldiers, the defence ministry said. Two '
     'civilians were also killed in the crossfire.', ((9, X), None)),
]

OF_THE_WOUNDED = [  # a death of the wounded told again is one death
    ('Two people were killed and three were wounded in a shooting at a Gary bar on Saturday, police said. One of the '
     'wounded died Sunday. Police said one of the injured died at Methodist Hospital on Sunday afternoon; his name '
     'was not released.', ((3, X), (2, X))),
    ('Three people were wounded in a shooting outside a Flint nightclub early Saturday, police said. Two of the '
     'wounded died Sunday, and two of those injured died at Hurley Medical Center, police said.', ((2, X), (1, X))),
    ('Four people were shot in a drive-by shooting on Market Street in Akron on Friday night, police said. One of the '
     'injured died Saturday at Summa Health. Police said one of the wounded, a 22-year-old man, died of his wounds.',
     ((1, X), (3, X))),
    ('Two people were killed and five were wounded in a shooting at a park in Memphis on Saturday, police said. One '
     'of the wounded died Sunday. Another of the wounded died Monday, police said.', ((4, X), (3, X))),
]

LONE_DEATH_DAY = [  # the death's day is the only day told: it dates the report
    ('A 24-year-old man died Friday from gunshot wounds after a shooting in north Memphis, police said. Officers '
     'found him on Oak Street.', '2026-11-28', (N(27), N(27), 'day')),
    ('A 19-year-old Lansing woman died Sunday from injuries she suffered in a crash on I-496, police said.',
     '2026-11-24', (N(22), N(22), 'day')),
    ('Two men died Saturday from gunshot wounds in separate shootings on the city\'s east side, Detroit police said.',
     '2026-11-30', (N(28), N(28), 'day')),
    ('A 31-year-old Lynn man died Tuesday from injuries he suffered in a crash on Route 1 in Saugus, state police '
     'said. No other vehicles were involved.', '2026-11-26', (N(24), N(24), 'day')),
]

DEATH_AFTER_ATTACK_DAY = [  # another day dates the attack: the death's day is the aftermath's (guards)
    ('A Toledo woman died Thursday from injuries she suffered when she was struck by a car on Monday while crossing '
     'Monroe Street, police said.', '2026-11-27', (N(23), N(23), 'day')),
]


@pytest.mark.parametrize('text, expected', ALSO_BREAKDOWN + ALSO_RETOLD + ALSO_OTHERS)
def test_also_adds_only_other_dead(text, expected):
    assert _scored(text) == expected


@pytest.mark.parametrize('text, expected', OF_THE_WOUNDED)
def test_a_death_of_the_wounded_is_counted_once(text, expected):
    """Published on the Monday after the weekend they tell (on the Saturday, 'died Sunday' is a week before)."""
    assert _scored(text, '2026-11-30') == expected


@pytest.mark.parametrize('text, published, expected', LONE_DEATH_DAY + DEATH_AFTER_ATTACK_DAY)
def test_a_death_day_told_alone_dates_the_report(text, published, expected):
    assert scored_when(text, published, None) == expected
