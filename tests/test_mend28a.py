"""Mends of review28a's findings in round dates46 (session 28). Each probe's day and precision were written down before
it was run; the review's own inputs come first in each group, then more of the same class written by this round.
Reports with no published date are read as of 29 November 2026 (``war_fixtures.read_as_of``).

25 probes: 21 misread on main, all read now.

- 1, a regression: a chronology's line that opens with a bare day and a dash ("Nov. 27 — Russian drones attacked
  Kherson overnight") is no dateline since dates46, so its "overnight", "yesterday", "on Wednesday" counted from
  publication. Now each such line counts them from its day, a statement's day where the line tells another, else
  the day of its news (extract.when._chronology_lines, _line_s_day_told).
- 4: a span told by its hours read only its first day where the month came first ("6 p.m. on Nov. 26 and 6 a.m. on
  Nov. 27"), the clock was dotted ("18.00"), or bore "hrs", a bracketed zone or an upper-case "PM" (when._timed_span).
- 5: "overnight and early on Sunday", "overnight and into the early hours of Sunday", "overnight and on Sunday
  morning" read Sunday alone; slot_time.json 'weekday_night_before' is one regex now, not a list of phrasings.
- 6: "November 25, 2026 — Gunmen killed ..." was still a dateline (by its year), then a page's stamp: a year shows no
  dateline; a place, an agency, a weekday or a time does (extract.when.DATELINE_MARKS).
"""

import pytest
from test_dates38_probes import N
from test_dates44_probes import _written_on, scored_when  # noqa: F401 - _written_on: the round's reading day

CHRONOLOGY = [
    # review 1: the line's day is the day its relative words count from
    ('Nov 27 — Gunmen killed 12 worshippers at a mosque in Katsina state on Wednesday, police said.',
     '2026-12-03', None, (N(25), N(25), 'day')),
    ('Nov. 27 — Russian drones attacked Kherson overnight, killing two people, the governor said.',
     '2026-11-29', None, (N(26), N(27), 'day')),
    ('November 27 - Russian drones attacked Kherson overnight, killing two people, the governor said.',
     '2026-11-29', None, (N(26), N(27), 'day')),
    ('27/11 — Russian drones attacked Kherson overnight, killing two people, the governor said.',
     '2026-11-29', None, (N(26), N(27), 'day')),
    ('Nov. 27 — Gunmen killed four people in Zurmi yesterday, a lawmaker said.',
     '2026-11-30', None, (N(26), N(26), 'day')),
    # more of the class
    ('Nov. 28 — Israeli strikes overnight killed nine people in Khan Younis, medics said.',
     '2026-12-01', None, (N(27), N(28), 'day')),
    ('28/11 — Gunmen killed six villagers in Bokkos on Thursday, residents said.',
     '2026-12-02', None, (N(26), N(26), 'day')),
    ('Nov. 26 — An RSF drone struck a fuel depot in Port Sudan overnight, killing three workers.\nNov. 28 — Army '
     'artillery hit a market in Nyala, killing 11 people.',
     '2026-11-30', None, (N(25), N(26), 'day')),
    ('27.11.2026 — Russian shelling killed a man in Nikopol this morning, the regional governor said.',
     '2026-11-30', None, (N(27), N(27), 'day')),
    # review 6: a year shows no dateline
    ('November 25, 2026 — Gunmen killed 12 worshippers at a mosque in Katsina state, police said.',
     '2026-11-28', None, (N(25), N(25), 'day')),
    ('Nov. 24, 2026 — RSF drones struck a market in El Obeid, killing nine people.',
     '2026-11-28', None, (N(24), N(24), 'day')),
    # guards: a dateline's place, or a live blog's time after the dash, still make the day the report's
    ('KHERSON, Nov. 27 — Russian drones attacked the city overnight, killing two people, the governor said.',
     '2026-11-29', None, (N(26), N(27), 'day')),
    ("28 Nov 2026 - 09:15 GMT\nTwo people were killed in a Russian drone attack on Kyiv overnight, the city's mayor "
     'said.',
     None, None, (N(27), N(28), 'day')),
]



TIMED_SPANS = [
    # review 4: month first, a dotted clock, 'hrs', a bracketed zone, upper-case AM/PM
    ('Between 6 p.m. on Nov. 26 and 6 a.m. on Nov. 27, Russian drones killed two people in Sumy region, the governor '
     'said.',
     '2026-11-28', None, (N(26), N(27), 'day')),
    ('Between 18:00 on November 26 and 06:00 on November 27, Russian drones killed two people in Sumy region.',
     '2026-11-28', None, (N(26), N(27), 'day')),
    ('From 18.00 on 26 November to 06.00 on 27 November, Russian drones killed two people in Sumy region.',
     '2026-11-28', None, (N(26), N(27), 'day')),
    ('Between 18:00 hrs on 26 November and 06:00 hrs on 27 November, Russian drones killed two people in Sumy region.',
     '2026-11-28', None, (N(26), N(27), 'day')),
    ('Between 18:00 (Kyiv time) on 26 November and 06:00 (Kyiv time) on 27 November, Russian drones killed two people '
     'in Sumy region.',
     '2026-11-28', None, (N(26), N(27), 'day')),
    ('Between 6 PM on 26 November and 6 AM on 27 November, Russian drones killed two people in Sumy region.',
     '2026-11-28', None, (N(26), N(27), 'day')),
    # more of the class
    ('From 8 A.M. on Nov. 26 to 8 A.M. on Nov. 27, shelling killed three civilians in Donetsk region, the ministry '
     'said.',
     '2026-11-28', None, (N(26), N(27), 'day')),
]



NIGHT_INTO_A_DAY = [
    # review 5: a night run into the morning of the day named
    ('Russian drones attacked Kyiv overnight and early on Sunday, killing two people, the mayor said.',
     '2026-11-29', None, (N(28), N(29), 'day')),
    ('Russian drones attacked Kyiv overnight and into the early hours of Sunday, killing two people, the mayor said.',
     '2026-11-29', None, (N(28), N(29), 'day')),
    ('Russian drones attacked Kyiv overnight and on Sunday morning, killing two people, the mayor said.',
     '2026-11-29', None, (N(28), N(29), 'day')),
    # more of the class
    ('Russian missiles hit Odesa overnight and on Sunday, killing three people, the governor said.',
     '2026-11-29', None, (N(28), N(29), 'day')),
    ('Israeli strikes killed 14 people across Gaza overnight and into the morning of Sunday, medics said.',
     '2026-11-29', None, (N(28), N(29), 'day')),
]


@pytest.mark.parametrize("text, published, title, expected", CHRONOLOGY + TIMED_SPANS + NIGHT_INTO_A_DAY)
def test_a_probe_reads_its_day(text, published, title, expected):
    """Each probe reads its day."""
    assert scored_when(text, published, title) == expected
