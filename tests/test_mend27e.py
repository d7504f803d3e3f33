"""A role of a place speaks as that role, also where the place's name holds a particle (review 27d).

Names with a lower-case particle ("Deir al-Balah", "Rio de Janeiro") are read whole since round 47, so
"a resident of Deir al-Balah said" had begun to give the town as the speaker; a role "of" a place right
before its verb is the role ("the regional governor of Ukraine" is the governor, as the role pattern says).
"""

import pytest

from harmledger.extract.speakers import find_speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A resident of Deir al-Balah said an air strike killed 12 people on Monday.", "resident of Deir al-Balah"),
        ("An official of Deir el-Balah said 12 people died in the strike.", "official of Deir el-Balah"),
        ("A resident of Rio de Janeiro said two men were shot dead near the station.", "resident of Rio de Janeiro"),
        ("The regional governor of Ukraine said three people were wounded.", "regional governor of Ukraine"),
        ("A spokesman of Khan Younis told AFP that nine bodies had been recovered.", "spokesman of Khan Younis"),
    ],
)
def test_a_role_of_a_place_speaks_as_the_role(sentence, speaker):
    assert find_speaker(sentence) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Residents of Deir al-Balah said 12 people died.", "Residents of Deir al-Balah"),
        ("The governor of Borno State said 12 people died.", "governor of Borno State"),
        ("The Ministry of Health in Gaza said 40 people were killed.", "Ministry of Health in Gaza"),
    ],
)
def test_the_roles_read_before_stay(sentence, speaker):
    assert find_speaker(sentence) == speaker
