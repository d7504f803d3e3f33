"""Issue 11's "Actors" class, round 43: the armed groups of other wars, named by their own names.

16 probes in war-news style, each doer set before the classifier ran; all 16 read no doer (or the wrong one) on main:
Syria's HTS and SNA, Iraq's PMF and Harakat al-Nujaba, Gaza's Islamic Jihad and Hamas's Qassam Brigades, Yemen's
Ansar Allah (the Houthis), Iran's Jaish al-Adl, Kashmir's Jaish-e-Mohammed, Lashkar-e-Taiba and TRF, India's Maoists,
Myanmar's KNLA (read as the theatre's "army" before), Mali's FLA and Brazil's Comando Vermelho.

Mended (data/slot_actors.json): the groups and their short forms as named actors; a side's "factions", "armed wing"
or "military wing" as its agents; a side that "detonated" or "planted" a bomb as its doer. Left unread: a side that
"triggered" a blast ("triggered" names causes too: "the strike triggered a fire").
"""

import pytest

from harmledger.extract.classify import classify

DOERS = [
    ('Ansar Allah forces fired a ballistic missile at Marib on Tuesday, killing two civilians.', 'Houthis'),
    ('Hayat Tahrir al-Sham fighters attacked regime positions in the Idlib countryside on Sunday.', 'HTS'),
    ('HTS shelled government-held Aleppo on Sunday, killing four civilians.', 'HTS'),
    ('Jaish-e-Mohammed militants attacked a CRPF convoy in Pulwama, killing 40 personnel.', 'Jaish-e-Mohammed'),
    ('Lashkar-e-Taiba gunmen attacked two hotels and a railway station in Mumbai.', 'Lashkar-e-Taiba'),
    ('Maoist rebels ambushed a police patrol in Sukma, killing 12 policemen.', 'Maoists'),
    pytest.param('Naxalites triggered an IED blast that killed eight DRG personnel in Bijapur.', 'Maoists',
                 marks=pytest.mark.xfail(strict=True, reason="'triggered' is no doer's verb: it names causes too "
                                                             "('the strike triggered a fire')")),
    ('Popular Mobilization Forces fighters clashed with IS militants near Tarmiyah on Friday.', 'PMF'),
    ('Harakat al-Nujaba fighters fired rockets at a US base near Erbil.', 'Harakat al-Nujaba'),
    ('Comando Vermelho gunmen opened fire on police officers in the Penha complex.', 'Comando Vermelho'),
    ('Jaish al-Adl militants attacked a police station in Rask, killing 11 officers.', 'Jaish al-Adl'),
    ('Islamic Jihad fighters fired rockets at Sderot, the Israeli military said.', 'Palestinian Islamic Jihad'),
    ("Hamas's armed wing, the Qassam Brigades, fired a barrage of rockets at Tel Aviv.", 'Hamas'),
    ('Karen National Liberation Army fighters overran a junta outpost near Myawaddy.', 'KNU'),
    ('Azawad Liberation Front rebels ambushed a FAMa convoy near Tinzaouatene.', 'FLA'),
    ('Syrian National Army factions shelled villages near Manbij, killing two civilians.', 'SNA'),
]


@pytest.mark.parametrize("text, perpetrator", DOERS)
def test_a_group_of_another_war_is_named_the_doer(text, perpetrator):
    assert classify(text).perpetrator == perpetrator


@pytest.mark.parametrize("text", [
    "MIAMI, Fla. - Police officers shot a man who fired at them, police said.",
    "Jem fired two shots at the car, police said.",
])
def test_a_state_abbreviation_or_a_first_name_is_no_group(text):
    assert classify(text).perpetrator is None
