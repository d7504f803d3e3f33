"""Figures in war reports of the kind issue 11 left after session 14, written for these tests (wire, local and
agency styles; Nigeria, Burkina Faso, Mali, Myanmar, Sudan, Syria, Ukraine, the DRC): "gunmen ... shooting
dead 21 villagers", the killing told as "shooting dead" or "shoots dead" before its victims. The guards at the
end pin what already held."""

import pytest
from war_fixtures import lead_published, value


lead = lead_published("2026-05-13")


@pytest.mark.parametrize("text, killed", [
    ("Gunmen stormed the village of Kadisau in Zamfara State on Tuesday night, shooting dead 21 villagers, "
     "police said.", 21),
    ("Suspected jihadists on motorbikes raided a cattle market near Djibo in northern Burkina Faso, "
     "shooting dead 12 traders, a local official told AFP.", 12),
    ("Soldiers opened fire on protesters in Mandalay on Saturday, shooting dead at least nine people, "
     "witnesses and local media said.", 9),
    ("RSF fighters entered the camp at dawn, shooting dead 15 displaced people and torching shelters, "
     "the Emergency Lawyers group said.", 15),
    ("Armed men attacked a church in Ituri province on Sunday, shooting dead seven worshippers, "
     "a civil society leader said.", 7),
    ("Jihadists shoot dead 14 civilians in central Mali village, local officials say.", 14),
    ("An unidentified gunman shoots dead three soldiers at a checkpoint near Daraa, state media said.", 3),
])
def test_shooting_dead_before_its_victims_is_a_toll(text, killed):
    assert value(lead(text).killed) == killed


@pytest.mark.parametrize("text", [
    "Bandits on motorcycles attacked a farm near Gusau on Monday, shooting dead a farmer, residents said.",
    "A Russian sniper shoots dead a volunteer at an aid point in Kherson, the regional governor said.",
])
def test_shooting_dead_a_single_victim_is_one_dead(text):
    assert value(lead(text).killed) == 1


# --- guards: what already held

@pytest.mark.parametrize("text, killed", [
    ("Gunmen shot dead 21 villagers in Zamfara State on Tuesday, police said.", 21),
    ("Jihadists killed 14 civilians in a village in central Mali, local officials said.", 14),
])
def test_shot_dead_and_killed_still_count(text, killed):
    assert value(lead(text).killed) == killed
