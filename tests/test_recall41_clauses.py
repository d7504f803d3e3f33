"""Round recall41: where a recalled attack's clause ends, and which recalls are the report's own story.

An opening recall is history only up to the clause break after its toll; a clause of news told before a recall
keeps its figures; a sentence that opens by recalling an attack and goes on to no news of its own tells that
attack again (a follow-up), as a day of mourning "nearly a week after" it does."""

import pytest
from war_fixtures import value

from harmledger.extract import extract


def _read(text: str, published: str) -> list[tuple[bool, int | None, int | None]]:
    return [(m.background, value(m.killed), value(m.injured)) for m in extract(text, published) if m.kind == "event"]


@pytest.mark.parametrize("text, news", [
    ('Gunmen killed 12 people in Jos on Sunday, a week after a similar attack on the town, police said.', 12),
    ('A Russian drone killed two women in Kherson on Monday, three months after a missile struck the same street.', 2),
    ('Bandits killed 7 farmers near Gusau on Saturday, nearly a year after a raid on the same village.', 7),
])
def test_a_figure_told_before_the_recall_is_the_news(text, news):
    found = _read(text, '2026-11-24')
    assert (False, news, None) in found
    assert all(not background for background, killed, _ in found if killed == news)


@pytest.mark.parametrize("text, recalled, news", [
    ('Three months after a shelling of the Kupiansk market killed 16 people, Russian artillery hit the town centre in '
     'Kupiansk on Monday, wounding nine.', 16, (None, 9)),
    ('Like the 2021 raid on Kadiogo that left 41 dead, gunmen struck a gold mine near Dori on Sunday, killing 13.',
     41, (13, None)),
    ('Recalling the April massacre in which 52 people died, survivors in Mokwa said gunmen killed six herders on '
     'Sunday.', 52, (6, None)),
])
def test_an_opening_recall_ends_at_the_clause_break_after_its_toll(text, recalled, news):
    found = _read(text, '2026-11-24')
    assert found[0] == (True, recalled, None)
    assert [(k, i) for background, k, i in found if not background] == [news]


@pytest.mark.parametrize("text", [
    'Two years after Russia launched its full-scale invasion, a missile strike killed four people in Kharkiv on '
    'Monday.',
    'Months after the ceasefire collapsed, RSF shelling killed nine civilians in El Obeid on Monday.',
])
def test_an_opening_time_without_a_toll_recalls_nothing(text):
    assert [background for background, *_ in _read(text, '2026-11-24')] == [False]


@pytest.mark.parametrize("text, published", [
    ('Six months after 17-year-old Darius Hill was killed in a drive-by shooting, detectives in Toledo have charged '
     'a second suspect.', '2026-11-24'),
    ('Family members gathered in Dayton on Sunday to remember Keyana Bell, nearly a week after she was shot and '
     'killed outside her home.', '2026-11-23'),
])
def test_a_recall_the_sentence_tells_no_other_news_of_is_the_report_s_own(text, published):
    assert _read(text, published) == [(False, 1, None)]


def test_a_protest_since_an_older_shooting_is_background():
    found = _read('Six people were wounded on Friday when gunmen fired into a crowd outside the courthouse, where '
                  'marchers have gathered since the fatal shooting of 19-year-old Omar Reyes on Nov. 2.', '2026-11-29')
    assert (False, None, 6) in found and (True, 1, None) in found


def test_a_recall_opening_the_text_after_a_dateline_is_history_up_to_its_clause_break():
    found = _read('KHARKIV, Ukraine (AP) — Two years after a missile strike on a hardware store killed 19 people, '
                  'Russian glide bombs hit an apartment block in the city on Saturday, killing three.', '2026-11-29')
    assert found[0] == (True, 19, None)
    assert [(k, i) for background, k, i in found if not background] == [(3, None)]
