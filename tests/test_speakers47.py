"""Speakers round 47: a person's name with a lower-case particle is read whole, and reports that name no one
(by "media reports", "news reports") give no speaker while a kind of media that does speak still does."""

from __future__ import annotations

import pytest

from harmledger.extract.speakers import find_speaker


@pytest.mark.parametrize("text, speaker", [
    # an Arabic article joined to the family name
    ("Marwan al-Hams said 19 bodies were brought to the hospital overnight.", "Marwan al-Hams"),
    ("Nineteen bodies were brought in, said Marwan al-Hams, the director of field hospitals.", "Marwan al-Hams"),
    ("At least 19 people were killed, according to Marwan al-Hams, director of field hospitals in Gaza.",
     "Marwan al-Hams"),
    ("Khalid el-Sayed, a spokesman for the health ministry, said 40 people had died.", "Khalid el-Sayed"),
    # a particle of its own: "bin", "ibn", "van", "von der", "de la", "da", "dos"
    ("Ahmed bin Ali said three people were killed in the raid on the village.", "Ahmed bin Ali"),
    ("Three people were killed, Ahmed bin Ali, a resident, told AFP by phone.", "Ahmed bin Ali"),
    ("Abdullah ibn Saud said seven people died when the roof fell in.", "Abdullah ibn Saud"),
    ("Ludwig van Beethoven said nothing about the two men who died.", "Ludwig van Beethoven"),
    ("Ursula von der Leyen said the attack on the port killed dozens.", "Ursula von der Leyen"),
    ("Maria de la Cruz, a witness, said she heard at least ten shots.", "Maria de la Cruz"),
    ("Luiz Inacio Lula da Silva said 12 people had died in the floods.", "Luiz Inacio Lula da Silva"),
    ("Jose dos Santos told Reuters that four miners were killed.", "Jose dos Santos"),
    ("Sheriff Juan de Leon said two deputies were hurt in the crash.", "Sheriff Juan de Leon"),
])
def test_a_name_with_a_lower_case_particle_is_read_whole(text, speaker):
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text, speaker", [
    # a particle's word only joins two capitalised words: a van is a van, "del" a street's
    ("The shooter fled in a white van and police said two people were wounded.", "police"),
    ("The gunman drove a Chevy Astro van, police said, and shot two people.", "police"),
    ("Two men were shot on Camino del Sur, the sheriff said.", "sheriff"),
    # a place after a particle's article reads as the place names without one do
    ("Residents of Deir al-Balah said an air strike killed five people.", "Residents of Deir al-Balah"),
    ("An air strike on Deir al-Balah killed five people, the civil defence said.", "civil defence"),
])
def test_a_particle_joins_only_a_name(text, speaker):
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text", [
    "Media reports said 12 people were killed in the shelling.",
    "Two people were killed, media reports said.",
    "Israeli media reports said five soldiers were killed.",
    "News reports said a man was shot near the bar.",
    "Unconfirmed media reports said four people died.",
    "Social media reports said ten people were wounded.",
    "Local reports said two civilians died in the raid.",
])
def test_media_reports_name_no_speaker(text):
    assert find_speaker(text) is None


@pytest.mark.parametrize("text, speaker", [
    ("Two people were killed, local media reported.", "local media"),
    ("Two soldiers were killed, state media reported on Sunday.", "state media"),
    ("Israeli media reported that five soldiers were killed.", "Israeli media"),
    ("The Detroit News reports neither boy lived at the home.", "Detroit News"),
])
def test_a_kind_of_media_that_reports_is_the_speaker(text, speaker):
    assert find_speaker(text) == speaker
