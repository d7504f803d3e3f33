"""An incident a report opens is refreshed from the report's own mention as the linker read it (``linking.as_member``),
not read back: what the refresh is handed is what ``linking.incident_members`` reads at that moment, key for key and
value for value, for every incident the real reports of the Kremenchuk strike and a shooting open, on SQLite and
PostgreSQL; nor is the review overlay read for it (no analyst can have seen it). An incident a report joins is still
read, overlay and all."""

from __future__ import annotations

from ledger_fixtures import db_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from test_link import FOLLOW_UPS
from test_link_order import SHOT_ON_ELM_STREET

from harmledger.ledger import Ledger
from harmledger.link import linker as linker_module
from harmledger.review import overlay
from harmledger.store import linking


def test_an_opened_incident_is_refreshed_from_what_its_report_read(db_url, monkeypatch):
    handed: list[tuple[list[str], dict[str, list[dict]]]] = []
    overlaid: list[str] = []  # the incidents a refresh read the review overlay of
    reference = linker_module.refresh_all

    def checked(connection, incident_ids, opened=None, fresh=None):
        opened = opened or {}
        read = {incident: [] for incident in opened}
        for member in linking.incident_members(connection, list(opened)):
            read[member["incident_id"]].append(member)
        for incident, members in opened.items():
            assert [list(m.items()) for m in members] == [list(m.items()) for m in read[incident]]
        handed.append((list(incident_ids), opened))
        overlaid.clear()
        saved = reference(connection, incident_ids, opened, fresh)
        assert set(opened).isdisjoint(overlaid) and {i for i in incident_ids if i not in opened} <= set(overlaid)
        return saved

    monkeypatch.setattr(linker_module, "refresh_all", checked)
    for statement in (overlay._CORRECTIONS, overlay._VERDICTS):
        def asked(connection, params, read=statement.tuples):
            overlaid.extend(params["ids"])
            return read(connection, params)
        monkeypatch.setattr(statement, "tuples", asked)
    with Ledger(db_url) as ledger:
        for day, title, text in [*FOLLOW_UPS, *SHOT_ON_ELM_STREET]:
            ledger.ingest_text(text, published=day, title=title)
    opened = {incident for _, found in handed for incident in found}
    joined = {incident for incident_ids, found in handed for incident in incident_ids if incident not in found}
    assert len(opened) >= 2 and joined  # the follow-up joins the strike's incident: that one is read
    assert all(len(members) == 1 for _, found in handed for members in found.values())
