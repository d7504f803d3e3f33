"""What two reports share, read so that one shooting's reports agree and two shootings' reports do not: a name cut at
its inner capital, a hospital or a court read as the street of the shooting, a surname told with or without a middle name."""

from datetime import date

from harmledger.link.features import document_features
from harmledger.link.fingerprint import fingerprint, is_full_name

NOVEMBER = (
    "MOUNT OLIVER, Pa. — An 11-year-old boy was shot and killed inside his home on Hays Avenue late Sunday, Allegheny County police said. "
    "His 16-year-old brother was wounded. Neighbours said the family had lived on the street for years. Police Superintendent David McKinney "
    "said investigators were looking for a gunman who fired through a window."
)
DECEMBER = (
    "MOUNT OLIVER, Pa. — Four people, among them an 11-year-old boy, were shot Friday night near Brownsville Road, Allegheny County police said. "
    "The victims were taken to a hospital, two in critical condition. Mayor David McCoy said the borough would add patrols on Amanda Street."
)


def test_a_name_with_a_capital_inside_it_is_read_whole():
    """"David McKinney" and "David McCoy" are two people: cut at the inner capital, both were "david_mc", a name in
    full shared by the reports of two shootings a month apart in one borough."""
    november, december = fingerprint(NOVEMBER, []), fingerprint(DECEMBER, [])
    assert "david_mckinney" in november.names and "david_mccoy" in december.names
    assert not [term for term in november.names.keys() & december.names.keys() if is_full_name(term)]


SHOOTING = (
    "HAMILTON, Ohio — A man was shot dead and another was wounded early Sunday outside Doubles Bar on Pleasant Avenue, police said. "
    "The man who died was identified as Kalif Marquis Goens, 21. The wounded man was taken to Fort Hamilton Hospital."
)
PLEA = (
    "A Hamilton man pleaded guilty Tuesday in Butler County Common Pleas Court to murder in the killing of Kalif Goens outside "
    "Doubles Bar last summer. He faces life in prison."
)


def test_a_hospital_or_a_court_is_not_the_street_of_the_shooting():
    """A first report names the avenue and the hospital, the plea six months on the court: no street of either
    report is where the other says the shooting was, yet neither names another street for it."""
    shooting, plea = fingerprint(SHOOTING, [], published=date(2016, 7, 24)), fingerprint(PLEA, [], published=date(2017, 1, 24))
    assert shooting.streets == ("Pleasant Avenue",) and plea.streets == ()
    assert document_features(shooting, plea).streets_apart == 0.0


def test_a_victim_named_with_and_without_a_middle_name_shares_a_surname():
    """"Kalif Marquis Goens" and "Kalif Goens" are one victim, named in full in two ways: the rare surname is shared.
    The reports of two shootings a month apart in one borough share none."""
    shooting, plea = fingerprint(SHOOTING, []), fingerprint(PLEA, [])
    assert shooting.surnames & plea.surnames == {"goens"}
    assert document_features(shooting, plea).surname == 1.0
    assert document_features(fingerprint(NOVEMBER, []), fingerprint(DECEMBER, [])).surname == 0.0
