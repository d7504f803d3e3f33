"""Round places46's negative probes: ordinary US local news and wire copy (shootings, crashes, court reports,
obituaries) whose places the round's war rules must leave alone. Surnames that are also towns (Bell, Hunter,
Shannon, Mitchell, Gardner, Marion), "University of X", an outlet's own name ("NJ Advance Media") and a county's
sheriff are where earlier rounds went wrong. Each probe's town, state and point were written down before it was run."""

import pytest
from war_fixtures import km_from, lead_published

lead = lead_published("2026-11-28")
PLACE_KM = 25.0

COURT_CASE_FRAMED_APART = ("the conviction is framed as an event of its own with no place, and the shooting it "
                           "recalls ('in the 2023 shooting death') as background: the town is the background's only")


def _miss(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# text, the town, its state, and a point of it
PROBES = [
    ('A 24-year-old man was shot and killed early Sunday outside a bar in Dayton, police said. Officer Tom Bell said '
     'the shooter fled in a gray sedan. Anyone with information is asked to call Dayton police.',
     'Dayton', 'Ohio', 39.76, -84.19),
    ('MOBILE, Ala. — A University of South Alabama student was wounded in a shooting at an apartment complex off '
     'Old Shell Road on Friday night, Mobile police said. The 20-year-old was taken to University Hospital.',
     'Mobile', 'Alabama', 30.69, -88.04),
    ('A Newark man was charged with murder in the fatal shooting of a 31-year-old on South Orange Avenue, the Essex '
     'County Prosecutor\'s Office said, NJ Advance Media reported. The victim died at University Hospital.',
     'Newark', 'New Jersey', 40.74, -74.17),
    ('Two people were hurt when a pickup truck crashed into a utility pole in Bakersfield on Tuesday, the California '
     'Highway Patrol said. Driver Shannon Hunter, 42, was arrested on suspicion of DUI.',
     'Bakersfield', 'California', 35.37, -119.02),
    ('Greenville police are investigating a shooting that left one man dead Saturday night on Pendleton Street. '
     'Lt. Mike Mitchell said the victim was found in a parked car. No arrests have been made. Greenville, S.C.',
     'Greenville', 'South Carolina', 34.85, -82.39),
    pytest.param(
        'A Tulsa jury on Thursday convicted Marcus Gardner of first-degree murder in the 2023 shooting death of a '
        'convenience store clerk. Prosecutors said Gardner shot the clerk during a robbery on East 11th Street. '
        'Sentencing is set for January.',
        'Tulsa', 'Oklahoma', 36.15, -95.99, marks=_miss(COURT_CASE_FRAMED_APART)),
    ('John "Jack" Marion, 67, of Springfield, died Nov. 20 of injuries he suffered when his car was struck by a '
     'drunk driver on Veterans Parkway in Springfield. He worked for Illinois Bell for 35 years. Services will be '
     'held at Staab Funeral Home in Springfield, Illinois.',
     'Springfield', 'Illinois', 39.8, -89.65),
    ('ST. LOUIS (AP) — A 15-year-old boy was shot and killed Wednesday near a bus stop in north St. Louis, police '
     'said. Police Chief Robert Tracy said the shooting appeared to be targeted.',
     'St. Louis', 'Missouri', 38.63, -90.2),
    ('A man was killed in a shooting in Lansing on Monday evening, the Lansing Police Department said. The victim, '
     'identified as Darnell Hunter, 29, of Lansing, was found on the city\'s south side. Police said the shooting '
     'was not random.',
     'Lansing', 'Michigan', 42.73, -84.56),
    ('JACKSON, Miss. (AP) — Three people were wounded in a drive-by shooting in Jackson on Sunday, police said. '
     'Spokesman Sam Brown said officers found shell casings on Bell Street.',
     'Jackson', 'Mississippi', 32.3, -90.18),
    ('A Kent State University student was injured in a shooting near campus early Saturday, Kent police said. The '
     'student was taken to University Hospitals Portage Medical Center in Ravenna.',
     'Kent', 'Ohio', 41.15, -81.36),
    ('Fresno County sheriff\'s deputies are searching for a gunman who killed a man at a party in Sanger on '
     'Saturday night, Sheriff John Zanoni said. Witnesses told deputies the gunman fled on foot.',
     'Sanger', 'California', 36.71, -119.56),
    ('A Shannon Road crash killed a motorcyclist in Durham on Friday, Durham police said. The 37-year-old rider '
     'died at the scene. Investigators said speed appears to have been a factor.',
     'Durham', 'North Carolina', 35.99, -78.9),
    ('An Army veteran was shot and killed outside his home in Killeen on Tuesday, Killeen police said. Neighbors '
     'said the man served at Fort Hood. Police arrested a suspect, Tyler Mitchell, 22, hours later.',
     'Killeen', 'Texas', 31.12, -97.73),
    ('Two men were injured in a shooting at a gas station in Columbia on Sunday, the Richland County Sheriff\'s '
     'Department said. Sheriff Leon Lott said the shooting followed an argument.',
     'Columbia', 'South Carolina', 34.0, -81.03),
    ('Police in Rochester said a 19-year-old was shot in the leg on Hudson Avenue late Friday. He was taken to '
     'Strong Memorial Hospital with injuries that are not life-threatening. Rochester police Capt. Frank Umbrino said '
     'the victim was not cooperating.',
     'Rochester', 'New York', 43.16, -77.61),
    ('A man was fatally shot in an apparent road-rage incident on Interstate 10 in Phoenix, the Arizona Department '
     'of Public Safety said. The shooter, a man in a black SUV, was not found.',
     'Phoenix', 'Arizona', 33.45, -112.07),  # passes since places47 (a big city after "in")
    ('A Gardner man was arrested after a shooting that wounded his neighbor on Pleasant Street, Gardner police said. '
     'The neighbor was taken to Heywood Hospital. Gardner, Mass.',
     'Gardner', 'Massachusetts', 42.58, -71.99),
    ('NEW ORLEANS (AP) — Five people were shot, one fatally, during a second-line parade in the 7th Ward, police '
     'said. New Orleans police Superintendent Anne Kirkpatrick said officers were near the parade when shots rang '
     'out.',
     'New Orleans', 'Louisiana', 29.95, -90.07),
    ('A Hunter College student was stabbed on a subway platform in Manhattan on Thursday, the NYPD said. The '
     'student was taken to Bellevue Hospital in stable condition.',
     'New York City', 'New York', 40.78, -73.97),
]


@pytest.mark.parametrize(("text", "name", "admin1", "lat", "lon"), PROBES, ids=[getattr(p, "values", p)[1] for p in PROBES])
def test_an_ordinary_us_report_keeps_its_town(text, name, admin1, lat, lon):
    place = lead(text).place
    assert place is not None and place.country == "US" and place.admin1 == admin1, place
    assert km_from(place, lat, lon) < PLACE_KM, place
