"""Round tolls46: which figure is the lead's in long and live reports (issues 10 and 11).

- A live blog's later entry, or a later paragraph, that raises the toll gives the lead its figures as they now stand:
  a toll that "rose to" N is kept whatever the figure model weighs, and a source that "now says" N revises its
  figures rather than telling another incident.
- A round-up's lines that each open with their town ("In Kherson, ... a man was killed.\\nIn Bilozerka, 3 people were
  injured.") are incidents of their own, however near the towns.
- A toll a sentence recalls beside its own news ("Recalling the April massacre in which 52 people died, survivors said
  gunmen killed six herders") is no figure the model may take for the news's.
- A trailing clause likening the news to older attacks (", echoing earlier attacks by bandits", ", recalling earlier
  attacks on army posts", ", similar to earlier attacks") is the history; the figure before it is the news.

The probes were written, with their expected lead figures, before the code was run on them; those main already read
right stay as guards of the class.
"""

import pytest

from harmledger.extract import extract
from harmledger.extract.figure_features import Told, candidates
from harmledger.extract.figures import Finding
from harmledger.model import Span

PUBLISHED = '2026-11-28'


def _lead(text: str) -> tuple[int | None, int | None]:
    news = [m for m in extract(text, PUBLISHED) if m.kind == 'event' and not m.background]
    lead = news[0]
    return (lead.killed.value if lead.killed else None, lead.injured.value if lead.injured else None)


LIVE_BLOGS = [
    ('10:15 GMT - A Russian missile struck a residential building in Dnipro, killing three people, the regional '
     'governor said.\n11:40 GMT - The death toll from the Dnipro strike has risen to five, with 20 wounded, the '
     'governor said.',
     (5, 20)),
    ('Live updates\n09:02 Israeli strike on Jabalia home kills six\nAn Israeli air strike on a family home in '
     'Jabalia killed six people, the civil defence agency said.\n10:30 Jabalia toll climbs\nThe civil defence '
     'agency now says nine people were killed and 14 wounded in the strike.',
     (9, 14)),
    ('08:15 — A Russian drone attack on Odesa killed two people overnight, Governor Oleh Kiper said.\n09:40 — '
     'The number of people killed in the overnight attack on Odesa has risen to four, Kiper said.',
     (4, None)),
    ('Posted at 14:05\nA car bomb exploded near a checkpoint in Mogadishu, killing seven people, police '
     'said.\nPosted at 16:20\nPolice now say 11 people were killed and 16 injured in the Mogadishu car bombing.',
     (11, 16)),
    ('3h ago\nRussian strike on Kharkiv kills two\nA guided bomb hit a supermarket in Kharkiv, killing two '
     'people and injuring 18, Governor Oleh Syniehubov said.\n1h ago\nKharkiv toll rises to four\nSyniehubov '
     'said two more bodies had been found under the rubble, bringing the death toll to four.',
     (4, 18)),
    ('13:10 GMT - At least 10 people were killed when gunmen attacked a market in Mokwa, Niger State police '
     'said.\n15:55 GMT - The toll from the Mokwa market attack has climbed to 17, a local official said.',
     (17, None)),
    ('UPDATE 1: A Russian missile strike on Zaporizhzhia killed four people, regional governor Ivan Fedorov '
     'said.\nUPDATE 2: The death toll from the strike on Zaporizhzhia rose to six, Fedorov said, with 23 people '
     'wounded.',
     (6, 23)),
    ('12:02 GMT - An Israeli strike on a school sheltering displaced families in Gaza City killed 12 people, '
     'medics said.\n13:30 GMT - Medics say the toll from the Gaza City school strike has risen to 19.',
     (19, None)),
    ('18:05 BST Israeli strike on Khan Younis kills 10\nAn Israeli strike on a house in Khan Younis killed 10 people, '
     'Nasser hospital said.\n19:30 BST\nNasser hospital now puts the toll from the Khan Younis strike at 16, with 30 '
     'wounded.',
     (16, 30)),
]

UPDATES = [
    ('Russian shelling killed two civilians in Kherson on Tuesday, the regional administration said. Later on '
     'Tuesday, the administration said the toll had risen to three, with seven injured.',
     (3, 7)),
    ('Gunmen killed 12 people in a village in Plateau State on Sunday. By Monday, the number of dead had risen '
     'to 20, a local leader said.',
     (20, None)),
    ('A drone strike on a wedding in Sennar killed 15 people on Saturday, activists said. The toll rose to 22 '
     'on Sunday as more wounded died in hospital.',
     (22, None)),
    ('An airstrike on a market in Al-Fashir killed at least 30 people, local activists said. The death toll '
     'later rose to 45.',
     (45, None)),
    ('A shooting at a house party in Memphis left one man dead and four people wounded early Sunday. A second '
     'victim died at the hospital, bringing the death toll to two, police said.',
     (2, 4)),
    ('A gunman killed two people at a bar in Houston on Saturday, police said. Police now say three people were killed '
     'and four wounded.',
     (3, 4)),
]

ROUNDUPS = [
    ('Kherson region. Over the past day, 28 settlements came under enemy fire.\n\nIn Kherson, as a result of '
     'shelling, a 58-year-old man was killed.\nIn Bilozerka, 3 people were injured.',
     (1, None)),
    ('Donetsk region. Over the past day, Russian forces shelled 12 towns.\n\nIn Kostiantynivka, a 61-year-old '
     'woman was killed by artillery fire.\nIn Druzhkivka, 2 people were wounded.',
     (1, None)),
    ('Zaporizhzhia region. Over the past day, the enemy carried out 350 strikes on 14 settlements.\nIn '
     'Huliaipole, a 70-year-old man was killed.\nIn Stepnohirsk, 4 people were injured.',
     (1, None)),
    ('Kharkiv region. Over the past day, 9 settlements were shelled.\nIn Kupiansk, two people were killed.\nIn '
     'Vovchansk, a woman was injured.',
     (2, None)),
    ('Kyiv region. Overnight, Russian drones attacked the region.\nIn Bila Tserkva, a 45-year-old woman was killed.\n'
     'In Fastiv, two men were injured.',
     (1, None)),
    ('Dnipropetrovsk region. The enemy attacked Nikopol district with artillery and drones.\nIn Marhanets, a '
     '68-year-old man was killed.\nIn Pokrov, three people were wounded.',
     (1, None)),
    # the same town told again at a sentence's opening is the same incident
    ('Police said two men were shot and killed in Chicago on Sunday. In Chicago, officers responded to the shooting '
     'at 2 a.m.',
     (2, None)),
]

RECALLED = [
    ('Recalling the April massacre in which 52 people died, survivors in Mokwa said gunmen killed six herders '
     'on Sunday.',
     (6, None)),
    ('Remembering the 2022 strike that killed 59 people at the Kramatorsk station, residents said a drone '
     'killed two people in the town on Monday.',
     (2, None)),
    ("Since the strike on the Al-Ahli hospital that killed 471 people, Gaza's hospitals have been hit again and "
     'again; on Wednesday an Israeli strike on the Kamal Adwan hospital in Beit Lahia killed seven.',
     (7, None)),
    ('Years after the Westgate attack in which 67 people died, gunmen killed four guards at a mall in Mombasa '
     'on Saturday, police said.',
     (4, None)),
]

LIKENED = [
    ('Gunmen killed 12 people in Zamfara on Sunday, echoing earlier attacks by bandits in the state.',
     (12, None)),
    ('Jihadists killed seven soldiers near Djibo on Monday, recalling earlier attacks on army posts in the region.',
     (7, None)),
    ('A car bomb killed nine people in Mogadishu on Saturday, similar to earlier attacks by al-Shabaab on the '
     'capital.',
     (9, None)),
    ('Bandits killed 15 villagers in Katsina on Tuesday, echoing a similar attack last month that killed 30.',
     (15, None)),
    ('Russian drones killed three civilians in Sumy on Sunday, recalling the April strike that killed 35.',
     (3, None)),
    ('Gunmen killed five worshippers at a church in Owo on Sunday, echoing the 2022 attack on the same church.',
     (5, None)),
    ('In November 2026, gunmen killed 12 people in Zamfara, echoing earlier attacks by bandits.',
     (12, None)),
    ('On 20 November 2026, bandits killed 8 villagers in Maru (Zamfara), echoing earlier attacks in the area.',
     (8, None)),
    ('On 21 November 2026, JNIM militants killed 14 soldiers near Boulkessi (Mopti), recalling earlier attacks '
     'on the base.',
     (14, None)),
    ('On 22 November 2026, Al-Shabaab fighters killed 6 civilians in Afgoye (Lower Shabelle), similar to '
     'earlier attacks in the district.',
     (6, None)),
    ('On 23 November 2026, ISWAP fighters killed 9 farmers near Dikwa (Borno), in an attack similar to earlier '
     'ones in the area.',
     (9, None)),
    ('Gunmen killed 20 villagers in Bokkos on Sunday, similar to earlier raids in Plateau State, residents said.',
     (20, None)),
]


@pytest.mark.parametrize("text, expected", [
    pytest.param(text, expected, id=f"{kind}-{number}")
    for kind, probes in (("live-blog", LIVE_BLOGS), ("update", UPDATES), ("round-up", ROUNDUPS), ("recalled", RECALLED))
    for number, (text, expected) in enumerate(probes)])
def test_the_lead_has_the_figures_the_report_gives_as_its_own_and_current(text, expected):
    assert _lead(text) == expected


@pytest.mark.parametrize("text, expected", LIKENED)
def test_the_figure_before_a_likening_tail_is_the_news(text, expected):
    found = [m for m in extract(text, PUBLISHED) if m.kind == 'event']
    assert _lead(text) == expected
    assert all(not m.background for m in found if m.killed and m.killed.value == expected[0])


def test_a_likening_tail_with_a_toll_of_its_own_is_history():
    found = [(m.background, m.killed.value if m.killed else None) for m in extract(
        'Bandits killed 15 villagers in Katsina on Tuesday, echoing a similar attack last month that killed 30.',
        PUBLISHED) if m.kind == 'event']
    assert (False, 15) in found and (True, 30) in found


def test_a_news_sentence_s_figure_revised_without_a_cue_is_still_another_incident():
    """Without a word that the source revises its figures, a second figure by number still tells another incident."""
    text = ('A Russian drone hit a bus in Sumy, killing one passenger, the regional administration said.\n'
            'A missile struck a school in Okhtyrka, and two teachers were killed.')
    news = [m.killed.value for m in extract(text, PUBLISHED) if m.kind == 'event' and not m.background and m.killed]
    assert news == [1, 2]


def _told(sentence: int, value: int, draft: int, background: bool, beside_news: bool) -> Told:
    finding = Finding(slot='killed', value=value, low=value, best=value, high=value, qualifier='exact',
                      basis='explicit', start=0, end=2)
    return Told(sentence, finding, Span(0, 2, str(value)), None, draft, background, 'event', beside_news)


def test_a_toll_recalled_beside_the_news_is_no_candidate_but_a_follow_up_s_history_is():
    told = [_told(0, 52, 0, True, True), _told(1, 6, 1, False, False), _told(2, 3, 2, True, False)]
    values = [c.value for c in candidates('killed', 6, told, 1)]
    assert 52 not in values and 6 in values and 3 in values


def test_a_toll_that_has_since_risen_is_the_lead_s():
    """Read since round tolls47: "has since" is the update's adverb, not a period's start (tests/test_tolls47_probes.py)."""
    assert _lead('A suicide bomber killed nine people at a mosque in Maiduguri on Friday. The death toll has since '
                 'risen to 14, police said.') == (14, None)


# tolls44's class (gva 463734): "... where 11-year-old David McIntyre and his 16-year-old brother were shot last month.
# The brothers were playing video games when they heard the first shots fired. David was killed."
@pytest.mark.parametrize("text, expected", [
    ('A woman was wounded in a shooting in Homewood on Saturday night, police said. The shooting happened near '
     'Frankstown Avenue, where 14-year-old Tariq Means and his sister were shot last month. The siblings were '
     'walking home from school when a car pulled up. Tariq was killed.', (None, 1)),
    ('Two men were shot outside a bar in Gary on Friday, police said. The bar is on the block where Deshawn Clay was '
     'shot and killed last year. Deshawn died at the scene.', (None, 2)),
    ('Three people were hurt when gunfire erupted at a park in Jackson on Sunday. It was near the same court where '
     'Kevin Sims and two friends were shot two years ago. Kevin died days later.', (None, 3)),
])
def test_a_death_of_one_first_named_in_a_recalled_shooting_is_that_shooting_s(text, expected):
    assert _lead(text) == expected


@pytest.mark.parametrize("text, expected", [
    # named beside the history, not as its harmed
    ('Two people were shot in Toledo on Sunday. Jamal Reed, whose cousin was killed in a shooting last year, was '
     'among them. Jamal died at the hospital.', (1, 1)),
    # named in the news before the history
    ('Police said Marcus Bell, 24, was shot on Saturday night in Homewood. Bell and his cousin were shot at the same '
     'corner last year. Marcus died at the hospital.', (1, None)),
])
def test_a_death_of_one_the_news_names_stays_the_lead_s(text, expected):
    assert _lead(text) == expected
