"""Issue 11 (war weapon bar): a sentence that tells two incidents, each with its type cue and its own harm, joined
by ", and", ", while", ", but" or a semicolon, types and arms its lead by the first clause alone
(extract.classify._lead_clause_end). Before, the weapon rule listed first anywhere in the sentence won, so a later
clause's drone named the lead's weapon over its artillery. Where the first clause tells no harm of its own, the two
clauses are one incident and the rules' precedence holds across them (a drone strike with shelling is a drone
strike).
"""

import pytest

from harmledger.extract.classify import classify

SHELLING, AIR, IED = "Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED"

TWO_INCIDENTS = [
    # (text, the lead's sub-event type, its weapon)
    ("Two civilians were killed by Russian artillery fire in Kherson on Wednesday, and an FPV drone attack in "
     "Bilozerka later that day injured a man.", SHELLING, "artillery"),
    ("A Russian missile strike killed four people in Odesa; a Shahed drone wounded two in Izmail overnight.",
     SHELLING, "missile"),
    ("Russian howitzers killed a woman in Nikopol, while a kamikaze drone injured three people in Marhanets, the "
     "regional governor said.", SHELLING, "artillery"),
    ("Rebel mortar fire killed three soldiers near Beni, but a roadside bomb wounded five civilians outside Butembo "
     "hours later.", SHELLING, "mortar"),
    ("A roadside bomb killed two policemen in Quetta, and a drone strike in North Waziristan wounded four "
     "militants.", IED, "IED/mine"),
]

ONE_INCIDENT = [
    # the first clause tells no harm of its own: one attack, its weapons ranked as the rules rank them
    ("Russian forces shelled the outskirts of Kherson, and a drone strike killed two civilians there.", AIR, "drone"),
    ("Artillery pounded the village overnight, and a drone then dropped explosives that wounded three people.",
     AIR, "drone"),
    # no clause break: one sentence, one incident
    ("A drone strike and artillery fire killed two people and wounded five in Kherson.", AIR, "drone"),
]


@pytest.mark.parametrize("text, sub_event_type, weapon", TWO_INCIDENTS)
def test_the_lead_clause_types_and_arms_the_lead(text, sub_event_type, weapon):
    found = classify(text)
    assert (found.sub_event_type, found.weapon) == (sub_event_type, weapon)


@pytest.mark.parametrize("text, sub_event_type, weapon", ONE_INCIDENT)
def test_one_incident_keeps_the_rules_precedence(text, sub_event_type, weapon):
    found = classify(text)
    assert (found.sub_event_type, found.weapon) == (sub_event_type, weapon)


def test_the_second_incident_s_weapon_is_no_fallback():
    """Shelling names no weapon: the lead's is none, not the drone of the other incident in the sentence."""
    found = classify("Russian shelling killed two people in Nikopol, while a Shahed drone wounded three in Marhanets.")
    assert (found.sub_event_type, found.weapon) == (SHELLING, None)


def test_a_later_sentence_still_names_the_weapon():
    """The other incident's clause is skipped, not the report's later sentences."""
    found = classify("Shelling killed two people in Nikopol, while a drone wounded three in Marhanets. The "
                     "shells came from 152mm howitzers across the river.")
    assert found.weapon == "artillery"


def test_the_other_incident_s_side_may_still_name_the_doer():
    """Only the weapon skips the other clause: a war's side that struck twice is the lead's doer where the lead names
    none ("A missile hit a school ..., and Russian forces also shelled Kupiansk")."""
    found = classify("A missile hit a school in Kharkiv, killing three, and Russian forces also shelled Kupiansk, "
                     "wounding two.")
    assert (found.sub_event_type, found.weapon, found.perpetrator) == (
        "Shelling/artillery/missile attack", "missile", "Russia")
