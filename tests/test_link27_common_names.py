"""Names in full that reports of many incidents give (credits, page furniture, bylines) name no victim, and link no reports."""

from datetime import date

from harmledger.data import word_set
from harmledger.link.features import comparable, document_features
from harmledger.link.fingerprint import fingerprint, full_names
from harmledger.link.train import common_names

WIRE_CREDIT = (
    "\nCopyright {year} The Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten "
    "or redistributed."
)


def _wire(text: str, title: str, published: date):
    """A wire report as a member's page carries it, the agency's credit and rights line below the story."""
    return fingerprint(text + WIRE_CREDIT.format(year=published.year), [], title=title, published=published)


WIRE_SHOOTING = _wire(
    "Two men were shot and killed outside a nightclub early Sunday in Lafayette, police said. Officers found Darnell "
    "Okafor, 24, and a second man in the parking lot.",
    "2 killed in shooting outside Lafayette nightclub", date(2016, 3, 6),
)
WIRE_SHOOTING_LATER = _wire(
    "A teenager was wounded Tuesday when someone fired into a car stopped at a light in Tulsa, police said. Officers "
    "were looking for a gray pickup seen leaving the area.",
    "Teen wounded as gunfire hits car in Tulsa", date(2017, 5, 28),
)
GALLERY_SHOOTING = fingerprint(
    "Caption Close Image 1 of 4 Crime scene tape blocks the street after a shooting that wounded three people on the "
    "East Side, police said. View Full Caption for more photos. Marquise Tolliver, 31, was arrested at the scene.",
    [], title="3 wounded in East Side shooting", published=date(2016, 8, 14),
)


def test_an_agency_credit_and_page_furniture_are_no_names_of_a_report():
    """The wire's credit and the rights line, a gallery's caption buttons: every outlet's pages carry them."""
    names = WIRE_SHOOTING.names.keys() | GALLERY_SHOOTING.names.keys()
    assert not {"the_associated_press", "associated_press", "rights_reserved", "caption_close_image", "view_full_caption"} & names
    assert "darnell_okafor" in WIRE_SHOOTING.names and "marquise_tolliver" in GALLERY_SHOOTING.names


def test_two_wire_reports_a_year_apart_sharing_only_the_credit_are_not_compared():
    """448 days apart, they are beyond the window of unnamed reports; the credit no longer lets them in as named ones."""
    shared = document_features(WIRE_SHOOTING, WIRE_SHOOTING_LATER)
    assert shared.full_names == 0
    assert not comparable(WIRE_SHOOTING, WIRE_SHOOTING_LATER, shared)


def test_the_list_is_read_from_the_names_before_it_applies():
    """``full_names`` reads a text's names with the common ones among them, so writing the list again from the same
    suite gives the same list, not one less the names it took out."""
    text = "Police said Jaylen Brooks, 19, was shot. Copyright 2016 The Associated Press. All Rights Reserved. Read more."
    assert {"jaylen_brooks", "the_associated_press", "rights_reserved"} <= full_names(text)
    assert {"the_associated_press", "rights_reserved"} <= word_set("link_common_names")


def _report(incident: str, text: str) -> dict:
    return {"incident_key": incident, "text": text}


def test_a_name_is_common_when_reports_of_several_incidents_give_it_not_several_reports_of_one():
    """One shooting's five reports all name its victim; a police spokesman is named in the reports of three shootings."""
    victim = "The victim, identified as Tremaine Gaddy, 27, died at the scene, police said."
    spokesman = "A man was wounded in the leg overnight, said police spokesman Ramon Ortiz in a statement."
    records = [_report("gva:1", victim) for _ in range(5)] + [_report(f"gva:{n}", spokesman) for n in (2, 3, 4)]
    assert "tremaine_gaddy" in full_names(victim)
    assert common_names(records, least=3) == ["ramon_ortiz"]
