"""Two reports whose titles set an accidental shooting against a drive-by tell two shootings and are never compared
(``features.accident_against_drive_by``): a town's two shootings of one weekend share the words every shooting report
uses, and the wounded of the one became the toll of the other."""

from datetime import date

from harmledger.link.features import accident_against_drive_by, comparable, document_features
from harmledger.link.fingerprint import Fingerprint, fingerprint
from harmledger.model import Mention, Place

FRESNO = (36.74, -119.79)


def _report(day: str, title: str, text: str) -> Fingerprint:
    placed = Mention(kind="event", place=Place(None, "Fresno", "California", "US", *FRESNO))
    return fingerprint(text, [placed], title=title, published=date.fromisoformat(day))


TODDLER = _report(
    "2016-05-30", "Fresno toddler accidentally shot by 6-year-old brother, police say",
    "A 3-year-old boy was shot in the arm Sunday evening in southeast Fresno when his 6-year-old brother found a handgun "
    "in a bedroom, Fresno police said. The boy was taken to Community Regional Medical Center and is expected to survive. "
    "Police Lt. Mark Hudson said detectives are trying to learn who owned the gun.",
)
DRIVE_BY = _report(
    "2016-05-29", "Three wounded in southeast Fresno drive-by shooting",
    "Three people were wounded late Saturday in southeast Fresno when someone in a passing car opened fire on a group "
    "standing outside a home, Fresno police said. The victims were taken to Community Regional Medical Center. Police "
    "Lt. Mark Hudson said detectives are looking for a dark sedan.",
)
CHARGED = _report(
    "2016-06-02", "Father charged after son's accidental shooting in Fresno home",
    "The father of a 3-year-old boy who was shot in the arm by his brother Sunday has been charged with child endangerment, "
    "the Fresno County District Attorney's office said. Police said the handgun had been left loaded in a bedroom.",
)
DRIVE_BY_ARREST = _report(
    "2016-06-03", "Driveby suspect arrested after 3 shot in Fresno",
    "Fresno police on Thursday arrested a 19-year-old man in last weekend's shooting that wounded three people outside a "
    "home in southeast Fresno. Detectives found the dark sedan seen speeding from the scene, Lt. Mark Hudson said.",
)
NOT_AN_ACCIDENT = _report(
    "2016-06-04", "Police: Fresno boy's shooting was a drive-by, not an accident",
    "Detectives now say the 3-year-old boy shot in the arm Sunday in southeast Fresno was struck by a bullet fired from a "
    "passing car, not by his brother as first reported, Fresno police said.",
)


def test_an_accident_and_a_drive_by_are_never_compared():
    """Each way round, and whichever outlet's spelling of a drive-by: the texts share a city, a hospital and a spokesman."""
    for accident, drive_by in ((TODDLER, DRIVE_BY), (CHARGED, DRIVE_BY), (TODDLER, DRIVE_BY_ARREST), (CHARGED, DRIVE_BY_ARREST)):
        assert accident_against_drive_by(accident, drive_by) and accident_against_drive_by(drive_by, accident)
        assert not comparable(accident, drive_by, document_features(accident, drive_by))
        assert not comparable(drive_by, accident, document_features(drive_by, accident))


def test_reports_of_one_accident_or_one_drive_by_are_compared():
    """The gate reads only titles set against each other: two reports of one accident, or of one drive-by, are scored."""
    for first, second in ((TODDLER, CHARGED), (DRIVE_BY, DRIVE_BY_ARREST)):
        assert not accident_against_drive_by(first, second)
        assert comparable(first, second, document_features(first, second))


def test_a_title_that_tells_both_is_compared():
    """A report whose title names both the drive-by and the accident (a correction) is compared with either."""
    for other in (TODDLER, DRIVE_BY):
        assert not accident_against_drive_by(NOT_AN_ACCIDENT, other)
        assert comparable(NOT_AN_ACCIDENT, other, document_features(NOT_AN_ACCIDENT, other))
