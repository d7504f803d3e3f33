"""Review 26b: event types of victims hacked or stoned by armed men, of a soldier's kin shot dead, of a prisoner swap
demanded by kidnappers, and of a lead clause told after a headline or in a long sentence."""

import re

import pytest

from harmledger.extract import classify as classify_module
from harmledger.extract.classify import classify


def _types(text: str) -> tuple[str | None, str | None]:
    found = classify(text)
    return found.event_type, found.sub_event_type


@pytest.mark.parametrize("text", [
    "Five villagers hacked to death by suspected herdsmen in Plateau.",
    "Four locals stoned to death by al-Shabaab militants in Jilib.",
    "Three residents burned alive by bandits who set fire to their homes in Zamfara.",
])
def test_victims_killed_by_armed_men_are_no_mob(text):
    assert _types(text)[1] != "Mob violence"


@pytest.mark.parametrize("text", [
    "Angry residents beat to death a suspected thief in Kisumu on Sunday.",
    "Villagers stoned a man to death after accusing him of witchcraft.",
    "A crowd burned the suspected kidnapper alive in the market in Onitsha.",
])
def test_crowds_that_kill_are_still_a_mob(text):
    assert _types(text) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a soldier's wife and two children in Jos.",
    "Bandits killed a policeman's son and his friend near Gusau on Friday.",
    "Gunmen killed a soldier’s father at his farm in Borno.",
])
def test_a_soldier_s_kin_killed_are_civilians_attacked(text):
    assert _types(text) == ("Violence against civilians", "Attack")


def test_armed_men_who_kill_soldiers_still_fight_them():
    assert _types("Gunmen killed 12 soldiers at a checkpoint in Zamfara.") == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "Gunmen kidnapped 20 passengers on the Abuja-Kaduna road and demanded a prisoner swap.",
    "Bandits abducted 15 farmers in Kaduna and asked for the release of their members in exchange for the hostages.",
])
def test_kidnappers_who_demand_an_exchange_abduct(text):
    assert _types(text) == ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize("text", [
    "Hamas released 24 hostages in exchange for 39 Palestinian prisoners.",
    "Russia and Ukraine exchanged 95 prisoners of war on Friday.",
])
def test_an_exchange_of_prisoners_is_still_an_agreement(text):
    assert _types(text) == ("Strategic developments", "Agreement")


def test_a_headline_s_harm_is_no_harm_of_the_lead_clause():
    text = ("Two killed in Kherson region. Russian forces shelled the town, and a drone strike killed two.")
    assert _types(text) == ("Explosions/Remote violence", "Air/drone strike")


def test_a_long_sentence_s_clauses_are_read_in_one_pass(monkeypatch):
    calls = []
    harm = classify_module._HARM

    class Counting:
        def search(self, *args):
            calls.append(args)
            return harm.search(*args)

        def finditer(self, *args):
            calls.append(args)
            return harm.finditer(*args)

    monkeypatch.setattr(classify_module, "_HARM", Counting())
    text = "Russian forces shelled the village, and a drone attack hit the town; " * 300 + "two people were killed."
    classify(text)
    assert len(calls) <= 2
