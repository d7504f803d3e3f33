"""Places of real war reporting, a third batch (places35): a city's district told as "the X district of Y" or "Y's X
district", a dateline's city that is not the attack's, and an attacker's country named before the place it struck.
Each place written down before it was run; all but one were right on main (pinned here)."""

import pytest
from test_places35 import lead, lies_at

PROBES = [
    ("Russian shelling of the Kyivskyi district of Kharkiv wounded four people overnight, mayor Ihor Terekhov said.",
     "UA", 50.00, 36.23),
    ("A drone hit a high-rise in the Saltivskyi district of Kharkiv, injuring seven, the governor said.", "UA", 50.02,
     36.30),
    ("A Russian missile struck the Industrialnyi district of Dnipro, killing two people, the regional head said.",
     "UA", 48.47, 35.04),
    ("Russian drones hit the Kyivskyi district of Odesa, damaging a residential building and wounding a woman.", "UA",
     46.43, 30.72),
    ("A Russian drone struck the Zavodskyi district of Mykolaiv on Sunday, wounding three people, the mayor said.",
     "UA", 46.97, 31.99),
    ("In Kherson's Dniprovskyi district, a Russian drone dropped explosives on a bus stop, wounding a man.", "UA",
     46.64, 32.61),
    ("KHARKIV, Ukraine (AP) — A Russian strike on Kupiansk killed two people on Tuesday, officials said.", "UA",
     49.71, 37.61),
    ("BEIRUT (Reuters) - An Israeli strike on a car near Nabatieh killed three people on Thursday, the health "
     "ministry said.", "LB", 33.38, 35.48),
    ("KHARTOUM, Sudan (AP) — Paramilitary shelling of El Fasher killed 12 people on Saturday, a doctors' group said.",
     "SD", 13.63, 25.35),
    ("MOGADISHU, Somalia — A roadside bomb killed five soldiers near Baidoa on Monday, a military official said.",
     "SO", 3.11, 43.65),
    ("KYIV, Nov 27 (Reuters) - A Russian glide bomb attack on Sumy killed two people, the regional governor said.",
     "UA", 50.91, 34.80),
    ("Russia attacked Zaporizhzhia with drones overnight, killing a woman, Ivan Fedorov said.", "UA", 47.84, 35.14),
    ("Israel struck Khan Younis on Wednesday, killing at least 15 people, Nasser hospital said.", "PS", 31.35, 34.30),
    ("Ukraine's drones hit an oil depot in Russia's Bryansk region, the governor said; no one was hurt in Klintsy.",
     "RU", 52.76, 32.24),
    ("Russian forces pounded the Kharkiv region town of Vovchansk with artillery, killing one resident.", "UA", 50.29,
     36.94),
    ("Israeli forces demolished homes in the Jenin refugee camp on Monday, the Palestinian news agency WAFA said.",
     "PS", 32.46, 35.29),  # an event since acled40 read demolished homes as property destruction
]


@pytest.mark.parametrize("text, country, lat, lon", PROBES)
def test_the_lead_incident_of_a_district_dateline_or_attacker_lies_at_its_place(text: str, country: str, lat: float,
                                                                              lon: float) -> None:
    assert lies_at(text, country, lat, lon), lead(text).place
