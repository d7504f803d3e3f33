"""ACLED type, weapon, target, perpetrator and attribution of real sentences."""

import json

import pytest

from harmledger.data import table
from harmledger.extract.classify import classify
from harmledger.text import split_sentences

SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def seed_sentence(seed_text, phrase):
    return next(s.text for s in split_sentences(seed_text) if phrase in s.text)


@pytest.mark.parametrize(
    "phrase, types, weapon, target, perpetrator",
    [
        ("Russian missile attack Monday", SHELLING, "missile", "shopping mall", "Russia"),
        ("Russian forces fired rockets", SHELLING, "rocket", None, "Russia"),
        ("A missile strike destroyed residential buildings", SHELLING, "missile", "residential buildings", None),
        ("had fired cluster munitions into the town", SHELLING, "cluster munitions", None, "Russia"),
        ("stepping up an offensive", ("Battles", "Armed clash"), None, None, "Russia"),
    ],
)
def test_seed_sentences(seed_text, phrase, types, weapon, target, perpetrator):
    found = classify(seed_sentence(seed_text, phrase))
    assert (found.event_type, found.sub_event_type) == types
    assert (found.weapon, found.target, found.perpetrator) == (weapon, target, perpetrator)


def test_seed_alleged_attack_and_accusation(seed_text):
    found = classify(seed_sentence(seed_text, "The alleged Russian missile attack"))
    assert (found.perpetrator, found.attribution, found.target) == ("Russia", "alleged", "theater")


def test_anti_drone_systems_are_no_drone_strike(seed_text):
    assert classify(seed_sentence(seed_text, "anti-drone systems")).event_type is None


@pytest.mark.parametrize(
    "text, types",
    [
        ("On 16 March 2023, Russian military forces attacked near Kreminna, Luhansk, but were repelled by the "
         "Ukrainian military. Russian air forces and artillery struck the city.", ("Battles", "Armed clash")),
        ("On 10 March 2024, Ukrainian forces carried out drone strikes and shelled DPR positions in Horlivka.",
         ("Explosions/Remote violence", "Air/drone strike")),
        ("Interception: On 30 March 2024, Ukrainian forces shot down 4 Russian drones over Dnipropetrovsk region.",
         ("Strategic developments", "Disrupted weapons use")),
        ("On 15 March 2023, following clashes with Ukrainian forces, Russian forces captured Krasnohorivka.",
         ("Battles", "Non-state actor overtakes territory")),
        ("On 13 March 2023, a civilian was injured in an explosion of a Russian landmine in Snizhkivka.",
         ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("On 11 March 2019, two servicemen were killed and one was wounded in a grenade explosion near Nevelske.",
         ("Explosions/Remote violence", "Grenade")),
        ("On 10 March 2024, around 30 demonstrators held a peaceful protest in Kremenchuk.",
         ("Protests", "Peaceful protest")),
        ("On 21 March 2022, Russian forces kidnapped, tortured, and killed a resident in Terekhivka.",
         ("Violence against civilians", "Attack")),
        ("The army said it recaptured the village after a week of fighting.",
         ("Battles", "Government regains territory")),
        ("Police detained three men suspected of planning the attack.", ("Strategic developments", "Arrests")),
        ("On 15 May 2023, Russian forces shot down Ukrainian Su-25 aircraft near Pokrovsk, Donetsk.", SHELLING),
        ("On 24 February 2023, Russian fighter aircraft shot down a Ukrainian aircraft near Dmytrivka.",
         ("Battles", "Armed clash")),
        ("A 19-year-old man was shot and killed outside a convenience store on Friday night.",
         ("Violence against civilians", "Attack")),
    ],
)
def test_acled_precedence(text, types):
    found = classify(text)
    assert (found.event_type, found.sub_event_type) == types


@pytest.mark.parametrize(
    "text, types",
    [
        ("He was charged with sexual assault of a minor.", ("Violence against civilians", "Sexual violence")),
        ("The robbery was captured on the store's surveillance video.", (None, None)),
        ("A sheriff's helicopter was called to help with the search.", (None, None)),
        ("Officers said the gun went off under a table.", (None, None)),
    ],
)
def test_words_that_only_look_like_war(text, types):
    found = classify(text)
    assert (found.event_type, found.sub_event_type) == types


@pytest.mark.parametrize(
    "text, perpetrator",
    [
        ("Military Forces of Ukraine were fired upon with small arms by NAF rebel forces.", "NAF"),
        ("Russian forces repelled Ukrainian attacks near Vuhledar.", "Ukraine"),
        ("He accused Russia of undermining the effort.", "Russia"),
        ("Ukrainian forces shelled DPR positions in Horlivka.", "Ukraine"),
        ("One Ukrainian soldier was killed by Russian shelling.", "Russia"),
        ("Two Ukrainian soldiers died in shelling by Russian artillery.", "Russia"),
        ("Ukrainian soldiers were reportedly killed near Bakhmut.", None),
        ("Ukraine said it shot down 20 of 25 drones launched by Russia overnight.", "Russia"),
        ("Russia's defence ministry said its forces struck a Ukrainian command post.", "Russia"),
        ("Israeli airstrikes killed 20 people in Gaza, health officials said.", "Israel"),
    ],
)
def test_perpetrator(text, perpetrator):
    assert classify(text).perpetrator == perpetrator


@pytest.mark.parametrize(
    "text, attribution",
    [
        ("No group has claimed responsibility for the blast.", "unknown"),
        ("The group claimed responsibility for the bombing.", "claimed"),
        ("Kyiv blamed Russia for the strike.", "alleged"),
        ("Russia denied targeting civilians.", "alleged"),
        ("Russian forces shelled the town.", None),
    ],
)
def test_attribution(text, attribution):
    assert classify(text).attribution == attribution


def test_cue_span_points_at_the_deciding_cue():
    text = "On 14 March 2023, Russian forces shelled, assaulted, and were repulsed near Kamyanka."
    start, end = classify(text).cue_span
    assert text[start:end] in {"assaulted", "repulsed"}


def test_text_without_cues():
    found = classify("The city had a pre-war population of about 100,000.")
    assert found.event_type is found.weapon is found.perpetrator is None
    assert found.cue_span is None


def test_types_are_acled_names():
    """Every type in the word list is one of ACLED's, as DESIGN.md lists them."""
    acled = {
        "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
        "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                       "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                       "Grenade", None},
        "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
        "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
        "Riots": {"Violent demonstration", "Mob violence"},
        "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                                   "Headquarters or base established", "Looting/property destruction",
                                   "Non-violent transfer of territory", "Other"},
    }
    for rule in table("slot_event_types")["rules"]:
        assert rule["sub_event_type"] in acled[rule["event_type"]], rule["sub_event_type"]


def test_acled_gold_types_are_known(eval_dir):
    known = {(r["event_type"], r["sub_event_type"]) for r in table("slot_event_types")["rules"]}
    with (eval_dir / "acled-notes.jsonl").open(encoding="utf-8") as handle:
        gold = {(i["event_type"], i["sub_event_type"]) for line in handle for i in json.loads(line)["incidents"]}
    assert gold <= known


def test_slot_scores_of_one_acled_record():
    from harmledger.eval.scoring import Tally
    from harmledger.eval.slots import score_slots

    record = {
        "id": "acled:example", "published": "2024-02-16",
        "text": "On 16 February 2024, Russian forces shelled Krasnopillia, Sumy, with artillery. Casualties unknown.",
        "incidents": [{"date": {"start": "2024-02-16", "end": "2024-02-16", "precision": "day"},
                       "event_type": SHELLING[0], "sub_event_type": SHELLING[1],
                       "perpetrator": "Military Forces of Russia (2000-)"}],
        "score": {"date": True, "type": True},
    }
    tally = Tally()
    score_slots(tally, record)
    assert {metric: tally.rate(metric) for metric in tally.trials} == {
        "date_overlap": 1.0, "date_exact": 1.0, "event_type": 1.0, "sub_event_type": 1.0, "perpetrator": 1.0,
    }


def test_every_cue_of_the_word_lists_compiles():
    """Cues compile when their prefix first appears in a report; a bad regex in a word list must fail here."""
    from harmledger.extract.classify import _index
    from harmledger.extract.when import _relative_phrases

    assert _index().compile_all() > 1000
    for key in ("relative", "relative_opening", "relative_told"):
        assert _relative_phrases(key).compile_all() > 0
