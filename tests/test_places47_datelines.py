"""Round places47, issue 11: a dateline whose agency's bracket comes after a comma ("RAMALLAH, (WAFA) -",
"SANAA, Yemen, (Xinhua) --", "GAZA, Nov. 28, (Anadolu) -"), as WAFA, Anadolu and Xinhua's regional desks write it,
is a dateline: the desk's city, not the place of the text's first sentence, when the lead happened elsewhere; and
still the place when the lead happened there. Ordinary US local copy, whose datelines are already read, must not
change. Each probe's place was written down before it was run."""

import pytest
from war_fixtures import km_from, lead_published

lead = lead_published("2026-11-28")
PLACE_KM = 25.0

# text, the lead's place name, its country and a point of it
WIRE = [
    ('RAMALLAH, (WAFA) - Three young men were killed and five injured by Israeli occupation forces\' fire in the '
     'Jenin refugee camp at dawn today, the Palestinian Ministry of Health said. Israeli forces stormed the camp with '
     'bulldozers and drones.',
     'Jenin', 'PS', 32.46, 35.3),
    ('NABLUS, (WAFA) - A young man was shot dead by Israeli forces near the village of Beita, south of Nablus, on '
     'Thursday, medical sources said. The forces also arrested four people.',
     'Beita', 'PS', 32.14, 35.29),
    ('SANAA, Yemen, (Xinhua) -- Five civilians were killed when a landmine exploded on a road in the Hays district of '
     'Hodeidah province on Friday, a local official said. The blast hit a minibus carrying farmers.',
     'Hays', 'YE', 13.93, 43.48),
    ('GAZA, Nov. 28, (Anadolu) - At least eight Palestinians were killed in an Israeli airstrike on a house in Deir '
     'al-Balah in the central Gaza Strip, the civil defence said. Rescuers were still searching the rubble.',
     'Deir al-Balah', 'PS', 31.42, 34.35),
    ('KHARTOUM, (SUNA) - The Rapid Support Forces shelled the city of El Obeid on Wednesday, killing 12 civilians and '
     'wounding dozens, the North Kordofan government said.',
     'El Obeid', 'SD', 13.18, 30.22),
    ('BEIRUT, (Reuters) -- An Israeli drone strike on a car in the southern town of Nabatieh killed two people on '
     'Sunday, Lebanon\'s health ministry said.',
     'Nabatieh', 'LB', 33.38, 35.48),
    # the lead in the dateline's own city
    ('KHAN YOUNIS, (WAFA) - Four citizens were killed and others injured when Israeli warplanes bombed a tent '
     'sheltering displaced families in the city at dawn, medical sources said.',
     'Khan Yunis', 'PS', 31.34, 34.31),
]

# ordinary US local news and wire copy, whose datelines the comma must leave as they were read
LOCAL = [
    ('DAYTON, Ohio (WDTN) — A man was shot and killed outside a convenience store on Salem Avenue on Saturday '
     'night, Dayton police said. No arrests have been made.',
     'Dayton', 'US', 39.76, -84.19),
    ('HOUSTON, (KTRK) -- A woman was wounded in a drive-by shooting in southwest Houston early Friday, police said. '
     'Investigators said the shooter fired from a white pickup.',
     'Houston', 'US', 29.76, -95.36),
    ('A 17-year-old was killed and two others hurt when their car hit a tree on Route 9 in Freehold Township on '
     'Sunday, state police said. The driver, Ryan Wallace of Howell, was charged.',
     'Freehold', 'US', 40.23, -74.27),
    ('TOLEDO, Ohio (AP) — A man who shot his neighbor during an argument over a fence was sentenced Tuesday to 15 '
     'years in prison, a Lucas County judge ruled. The shooting happened in 2024 in west Toledo.',
     'Toledo', 'US', 41.66, -83.56),
    ('Mary Ellen Pruitt, 84, of Asheville, died Nov. 24 at Mission Hospital after a fall at her home. She taught at '
     'Erwin High School for 30 years. A service will be held Saturday at Groce Funeral Home in Asheville.',
     'Asheville', 'US', 35.6, -82.55),
]


@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"), WIRE + LOCAL,
                         ids=[p[1] for p in WIRE + LOCAL])
def test_a_report_under_an_agency_dateline_is_placed_where_its_lead_happened(text, name, country, lat, lon):
    place = lead(text).place
    assert place is not None and place.country == country and km_from(place, lat, lon) < PLACE_KM, place
