"""Round mend27c: review27c's findings on dates45's counting on ("A day later, ...") and tolls46's reports, mended.

- A harm told after an arrest or a source's word ("police arrested a man suspected of killing him", "police said nine
  people had been killed in the blast") is no new incident counted on, and does not re-date the one told before.
- "now says" revises the lead's figures only where it governs the figure, with no clause break between.
- A clause that tells of "the shooting" or "the same strike" is the same incident's, whatever town it opens with; a
  round-up's lines still split.
- A figure told before ", and the next day ..." keeps its day; only an opening phrase counts on across sentences.
- A named victim shot today keeps his death when his sentence also recalls another's older death.
- Counting on starts from a day of news, not the day a source spoke; chains step on; "On the following day" reads;
  without a publication day "two days later" still counts.
"""

from datetime import date

import pytest

from harmledger.extract import extract
from harmledger.extract.when import last_day_told, opens_counting_on, resolve_when

PUBLISHED = '2026-11-28'  # a Saturday


def N(day: int) -> date:
    return date(2026, 11, day)


def _news(text: str, published: str | None = PUBLISHED) -> list[tuple[int | None, int | None, date | None]]:
    return [(m.killed.value if m.killed else None, m.injured.value if m.injured else None,
             m.when.start if m.when else None)
            for m in extract(text, published) if m.kind == 'event' and not m.background]


# 2 and 6: a harm told after an arrest or a source's word is not one done that day
@pytest.mark.parametrize("text, expected", [
    ('A man was shot and killed outside a bar in Dayton on Saturday, police said. The next day, police arrested a '
     '19-year-old man suspected of killing him.', [(1, None, N(28))]),
    ('A 24-year-old woman was fatally shot in a parking lot in Akron on Thursday night. The following day, officers '
     'arrested her former boyfriend and charged him with murder in connection with the shooting that killed her.',
     [(1, None, N(26))]),
    ('A bomb exploded at a crowded market in Kano on Monday, police said. The next day, police said nine people had '
     'been killed and 20 injured in the blast.', [(9, 20, N(23))]),
    ('Gunmen attacked a church in Owo on Sunday. A day later, the state governor confirmed that 22 worshippers were '
     'killed in the attack.', [(22, None, N(22))]),
])
def test_an_arrest_or_a_statement_the_next_day_is_no_new_incident(text, expected):
    assert _news(text) == expected


@pytest.mark.parametrize("text", [
    'The next day, police arrested a 19-year-old man suspected of killing him.',
    'The following day, police said nine people had been killed in the blast.',
    'A day later, the ministry reported that 14 civilians were killed.',
])
def test_a_sentence_of_an_arrest_or_a_statement_opens_no_counting_on(text):
    assert not opens_counting_on(text)


# 3: "now says" revises only the figure it governs
@pytest.mark.parametrize("text, lead_killed", [
    ('Gunmen killed 12 villagers in Kuru on Sunday, police said. The army now says it has retaken the area, and two '
     'soldiers were killed in clashes on Monday.', 12),
    ('Gunmen killed 12 villagers in Kuru on Sunday, police said. "The government now says 40 soldiers will be '
     'deployed, but three more villagers were killed last night," a resident said.', 12),
    ('A drone struck a minibus near Kherson on Tuesday, killing four people. Kyiv now says the attack was a war '
     'crime; separately, shelling killed one man in Antonivka.', 4),
    # the live blog's revision itself still reads
    ('Posted at 14:05\nA car bomb exploded near a checkpoint in Mogadishu, killing seven people, police said.\n'
     'Posted at 16:20\nPolice now say 11 people were killed and 16 injured in the Mogadishu car bombing.', 11),
])
def test_now_says_revises_only_the_figure_it_governs(text, lead_killed):
    assert _news(text)[0][0] == lead_killed


# 4: a clause about "the shooting" is the same incident's, whatever town it opens with
@pytest.mark.parametrize("text, expected", [
    ('A gunman opened fire at a house party in Brooklyn on Saturday, killing two people. In New York City, police '
     'said three more people were wounded in the shooting.', [(2, 3)]),
    ('A Russian missile struck a residential building in Bucha on Friday, killing four people. In Kyiv, the regional '
     'governor said 12 people were wounded by the same missile strike on Bucha.', [(4, 12)]),
    ('Two men were shot dead outside a nightclub in Oakland early Sunday.\n\nIn San Francisco, police said three '
     'more people were wounded in the shooting.', [(2, 3)]),
])
def test_a_clause_that_opens_with_another_town_but_tells_the_same_incident_does_not_split(text, expected):
    assert [(k, i) for k, i, _ in _news(text)] == expected


def test_a_round_up_s_lines_still_split():
    text = ('Donetsk region. Over the past day, Russian forces shelled 12 towns.\n\nIn Kostiantynivka, a 61-year-old '
            'woman was killed by artillery fire.\nIn Druzhkivka, 2 people were wounded.')
    assert [(k, i) for k, i, _ in _news(text)][:2] == [(1, None), (None, 2)]


# 1: a figure told before ", and the next day ..." keeps its day
@pytest.mark.parametrize("text, day", [
    ('Gunmen killed 12 people in Kuru on Sunday, and the next day they attacked the nearby village of Jol.', N(22)),
    ('Russian shelling killed two civilians in Kherson on Tuesday, and a day later drones hit a power station in '
     'the city.', N(24)),
    ('Gunmen stormed the village of Kuru on Sunday. They killed 12 people, and the next day they attacked nearby '
     'Jol.', N(22)),
])
def test_a_figure_told_before_the_next_day_keeps_its_day(text, day):
    assert _news(text)[0][2] == day


def test_only_an_opening_phrase_counts_on_across_sentences():
    assert not opens_counting_on('They killed 12 people, and the next day they attacked nearby Jol.')
    assert opens_counting_on('The next day, they attacked nearby Jol, killing three.')


# 5: a victim shot today keeps his death beside another's older death
@pytest.mark.parametrize("text", [
    'A teenager was shot in Homewood on Saturday night. Tariq Means was shot in the chest outside the same store '
    'where his brother was killed last year. Tariq died at the hospital.',
    'Tariq Means was shot in Homewood on Saturday night, police said, a year after his brother was killed nearby. '
    'Tariq died at the hospital.',
])
def test_a_victim_shot_today_keeps_his_death_beside_an_older_one(text):
    assert any(killed == 1 for killed, _, _ in _news(text))


def test_a_victim_first_named_in_a_recalled_shooting_still_dies_in_it():
    text = ('Police responded to Hays Avenue on Saturday, where 11-year-old David McIntyre and his 16-year-old '
            'brother were shot last month. The brothers were playing video games when they heard the first shots '
            'fired. David was killed.')
    assert all(killed != 1 for killed, _, _ in _news(text))


# 7, 8, 9, 10: counting on from a day of news, in chains, without a publication day, after "On"
def test_counting_on_starts_from_a_day_of_news_not_the_day_a_source_spoke():
    text = ('Talks between the army and the RSF collapsed in Jeddah on Monday, mediators said on Thursday.\n\n'
            'A day later, RSF fighters shelled El Fasher, killing 14 civilians, activists said.')
    assert _news(text)[0][2] == N(24)
    assert last_day_told('Talks collapsed in Jeddah on Monday, mediators said on Thursday.', N(28)) == N(23)


def test_a_chain_of_days_counted_on_steps_on():
    text = ('Israel and Hamas agreed a truce on 20 November. The next morning, a drone struck a car in Rafah, killing '
            'three. The following day, shelling killed two people in Khan Younis.')
    assert [(k, d) for k, _, d in _news(text)] == [(3, N(21)), (2, N(22))]


def test_days_later_count_on_without_a_publication_day():
    days = [m.when.start for m in resolve_when('Talks collapsed on 20 November 2025, and two days later strikes '
                                               'killed six.', None)]
    assert days[-1] == date(2025, 11, 22)
    text = ('Talks collapsed in Jeddah on 20 November 2025.\n\nThree days later, RSF fighters shelled El Fasher, '
            'killing 14 civilians, activists said.')
    assert _news(text, None)[0][2] == date(2025, 11, 23)


@pytest.mark.parametrize("text, day", [
    ('A truce began on 20 November. On the following day, a drone struck a car in Rafah, killing three.', N(21)),
    ('Militants seized a police post in Kurram on 3 November.\n\nOn the next day, they ambushed a relief convoy, '
     'killing eight people.', date(2026, 11, 4)),
])
def test_on_the_following_day_counts_on(text, day):
    assert _news(text)[0][2] == day
