"""Review 26b: an opening recall after a quote, a likening in brackets, a recall's words that run into the news,
and a recall a year or more old, which is history, not the report's own story."""

import pytest
from war_fixtures import value

from harmledger.extract import extract


def _read(text: str, published: str = '2026-11-24') -> list[tuple[bool, int | None, int | None]]:
    return [(m.background, value(m.killed), value(m.injured)) for m in extract(text, published) if m.kind == "event"]


def _news_killed(found) -> list[int | None]:
    return [killed for background, killed, _ in found if not background]


@pytest.mark.parametrize("text, recalled, news", [
    ('The governor said: "Two years after the Kramatorsk railway station strike killed 61 people, Russia hit the town '
     'again on Wednesday, killing four."', 61, 4),
    ('"Months after a drone strike on the market killed 16 people, the RSF shelled El Fasher again on Sunday, killing '
     'nine," the Sudan Doctors Network said, adding: "Like the raid in March that killed 30, this was deliberate."',
     16, 9),
    ("Kehinde told reporters, 'Three years after bandits killed 20 worshippers in Owo, gunmen stormed a church in "
     "Ondo on Sunday, killing five.'", 20, 5),
])
def test_a_recall_that_opens_a_quote_is_history_and_the_rest_news(text, recalled, news):
    found = _read(text)
    assert (True, recalled, None) in found
    assert news in _news_killed(found)


@pytest.mark.parametrize("text, news", [
    ('Gunmen killed 14 villagers in Kauru on Sunday (like the raid in January that killed 30).', 14),
    ('RSF drones killed 22 people at a market in Omdurman on Saturday (just as an attack in June killed 40).', 22),
    ('A Russian missile killed seven civilians in Zaporizhzhia on Monday (much as a strike last spring killed 20).', 7),
])
def test_a_likening_in_brackets_leaves_the_figure_before_it_news(text, news):
    assert news in _news_killed(_read(text))


@pytest.mark.parametrize("text, news", [
    ('Weeks after the ceasefire began Russian shelling killed three people in Kherson on Monday, and a drone wounded '
     'two in Nikopol.', 3),
    ('Months after the truce collapsed RSF fighters killed 11 villagers near El Obeid on Sunday, and shelling wounded '
     'four in Kadugli.', 11),
    ('Weeks after the talks stalled a Russian glide bomb killed five people in Kostiantynivka yesterday, and drones '
     'wounded six in Kherson.', 5),
])
def test_a_recall_whose_words_run_into_the_report_s_day_is_news(text, news):
    assert news in _news_killed(_read(text))


@pytest.mark.parametrize("text, killed", [
    ('Two years after a Russian missile killed 61 people at the Kramatorsk railway station, survivors gathered on '
     'Monday to remember the dead.', 61),
    ('A decade after gunmen killed 137 people at the Bataclan and other Paris venues, relatives laid wreaths on '
     'Sunday.', 137),
    ('A year after a car bomb killed 18 people in Mogadishu, residents held a vigil at the site on Saturday.', 18),
])
def test_a_recall_of_a_year_or_more_is_history(text, killed):
    assert _read(text) == [(True, killed, None)]


def test_a_recall_under_a_year_is_still_the_report_s_own_story():
    text = ('Four months after Malik Grant was killed in a drive-by shooting, detectives in Camden have charged a '
            'second suspect.')
    assert _read(text) == [(False, 1, None)]
