"""Issue 10 (link time per document): a report reads the fingerprints of the members it is compared with, not of every
report its candidates hold."""

from datetime import date, timedelta

from harmledger.ledger import Ledger
from harmledger.link import Linker
from harmledger.link.linker import MAX_MEMBERS
from harmledger.store import linking

FIRST_DAY = date(2019, 4, 14)
OUTLETS = (
    ("Dayton Daily News", "DAYTON, Ohio — {update} Marcus Delaney Whitfield, 27, was shot dead outside the Blue Heron Tavern on Wayne "
     "Avenue early on April 14, and two other men were wounded, Dayton police said."),
    ("WHIO-TV", "{update} Police in Dayton are still looking for the gunman who killed Marcus Delaney Whitfield outside the Blue Heron "
     "Tavern on Wayne Avenue on April 14. Two more men were hurt when the shots were fired, police said."),
    ("Associated Press", "DAYTON, Ohio (AP) — {update} A gunman killed Marcus Delaney Whitfield, 27, and wounded two men outside the Blue "
     "Heron Tavern on Wayne Avenue in Dayton on April 14, according to police."),
    ("Dayton City Paper", "{update} Neighbours of the Blue Heron Tavern on Wayne Avenue say they heard about ten shots the night "
     "Marcus Delaney Whitfield, 27, was killed there on April 14. Two other men were wounded, Dayton police said."),
)
UPDATES = (
    "Friends gathered on Sunday to remember the victim.", "Detectives released a photo of a car seen nearby.",
    "The tavern's owner said the bar would stay closed this week.", "A reward of $5,000 is offered for information.",
    "The family asked for privacy.", "Police said they had spoken to several witnesses.",
    "The coroner confirmed the cause of death.", "A vigil was held outside the bar on Friday night.",
)


def _reports(count: int) -> list[tuple[str, str, str]]:
    """``count`` reports of one shooting in four outlets' styles, a day apart: (day, title, text)."""
    return [
        ((FIRST_DAY + timedelta(days=n)).isoformat(), f"{OUTLETS[n % 4][0]}: Wayne Avenue tavern shooting, day {n + 1}",
         OUTLETS[n % 4][1].format(update=UPDATES[n % len(UPDATES)]))
        for n in range(count)
    ]


def test_a_report_reads_the_fingerprints_of_the_latest_members_it_is_compared_with(tmp_path, monkeypatch):
    """An incident of many reports shows a new one only its latest MAX_MEMBERS published by its day (and is linked again by
    its lead report): the others' fingerprints are not read, and the report joins the incident all the same."""
    reports = _reports(MAX_MEMBERS + 6)
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        for day, title, text in reports[:-1]:
            ledger.ingest_text(text, published=day, title=title)
        with ledger.engine.connect() as connection:
            incidents = linking.incident_ids(connection)
            told = {m["document_id"] for m in linking.incident_members(connection, incidents)}
        assert len(incidents) == 1 and len(told) == len(reports) - 1  # one shooting, every report of it
        monkeypatch.setattr(Linker, "_warm", lambda self, connection: None)  # a process whose cache holds nothing yet
        ledger.linker = Linker()
        read: list[str] = []
        fingerprints_of = linking.fingerprints_of
        monkeypatch.setattr(linking, "fingerprints_of", lambda connection, ids: read.extend(ids) or fingerprints_of(connection, ids))
        day, title, text = reports[-1]
        document_id = ledger.ingest_text(text, published=day, title=title)[0]
        with ledger.engine.connect() as connection:
            assert {m["incident_id"] for m in linking.document_mentions(connection, document_id)} == set(incidents)
            members = sorted(linking.incident_members(connection, incidents), key=lambda m: m["published"])
    read_of_incident = set(read) & told
    latest = {m["document_id"] for m in members if m["document_id"] != document_id}
    assert len(read_of_incident) <= MAX_MEMBERS + 1  # the latest MAX_MEMBERS and the lead report
    assert {m["document_id"] for m in members[-MAX_MEMBERS - 1 : -1]} <= read_of_incident < latest
