"""The linker builds what it would read back of a document just written from the writer's rows (``writer.Written``):
its mentions (``linking.written_mentions``), the claims of the incidents it opens (``linking.written_claims``) and its
mentions' spans and named sources (``query._add_written``). Each must be what the ledger reads back at that moment, key
for key, value for value and type for type (a ``1`` where the store gives ``True`` would change a row's JSON), on SQLite
and PostgreSQL, for reports with titles, figures, named speakers, a published instant and a follow-up joining an
incident; and a report that opens every incident it tells then reads none of them back."""

from __future__ import annotations

from ledger_fixtures import db_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from test_link import FOLLOW_UPS
from test_link_order import SHOT_ON_ELM_STREET

from harmledger.ledger import Ledger
from harmledger.link.linker import Linker
from harmledger.store import linking, query

TIMED = ("2022-06-27T15:40:00+03:00", "Kremenchuk: missile strikes shopping centre",
         "KREMENCHUK, Ukraine — A Russian missile struck a crowded shopping centre in Kremenchuk on Monday afternoon, killing at least "
         "10 people and wounding more than 40, the governor of the Poltava region, Dmytro Lunin, said. President Volodymyr Zelensky "
         "said more than 1,000 people were inside the Amstor mall when it was hit.")


def _typed(row: dict) -> list[tuple]:
    return [(key, type(value), value) for key, value in row.items()]


def _by_key(rows: list[dict], *keys: str) -> list[list[tuple]]:
    return [_typed(row) for row in sorted(rows, key=lambda row: tuple(row[k] for k in keys))]


def test_written_rows_are_what_the_ledger_reads_back(db_url, monkeypatch):
    checked: list[str] = []
    reference = Linker.link_document

    def link_and_compare(self, connection, document_id, fingerprint, written=None):
        assert written is not None  # the ledger hands the writer's rows on
        assert [_typed(m) for m in linking.written_mentions(written)] == [_typed(m) for m in linking.document_mentions(connection, document_id)]
        touched = reference(self, connection, document_id, fingerprint, written)
        assigned = {m["id"]: m["incident_id"] for m in linking.document_mentions(connection, document_id)}
        read = [c for c in linking.incident_claims(connection, sorted(set(assigned.values()))) if c["mention_id"] in assigned]
        assert _by_key(linking.written_claims(written, assigned), "mention_id", "slot") == _by_key(read, "mention_id", "slot")
        spans, sources = query._spans(connection, sorted(assigned)), query._sources(connection, sorted(assigned))
        built_spans, built_sources = query._spans(connection, []), query._sources(connection, [])
        query._add_written(built_spans, built_sources, written)
        assert {m: dict(roles) for m, roles in built_spans.items()} == {m: dict(roles) for m, roles in spans.items()}
        assert dict(built_sources) == dict(sources)
        checked.append(document_id)
        return touched

    monkeypatch.setattr(Linker, "link_document", link_and_compare)
    with Ledger(db_url) as ledger:
        for day, title, text in [TIMED, *FOLLOW_UPS, *SHOT_ON_ELM_STREET]:
            ledger.ingest_text(text, published=day, title=title)
    assert len(checked) == 1 + len(FOLLOW_UPS) + len(SHOT_ON_ELM_STREET)


def test_a_report_that_opens_its_incidents_reads_none_of_them_back(db_url, monkeypatch):
    asked: list[str] = []
    for name, statement in (("mentions", linking._DOCUMENT_MENTIONS), ("claims", linking._CLAIMS), ("spans", query._SPANS), ("sources", query._SOURCES)):
        def counted(connection, params=None, read=statement.rows, name=name):
            asked.append(name)
            return read(connection, params)
        monkeypatch.setattr(statement, "rows", counted)
    with Ledger(db_url) as ledger:
        ledger.ingest_text(TIMED[2], published=TIMED[0], title=TIMED[1])  # the ledger's first report: every incident is its own
        assert asked == []
        day, title, text = FOLLOW_UPS[0]
        ledger.ingest_text(text, published=day, title=title)  # joins the strike: the incident's other claims and lead are read
        assert "claims" in asked and "mentions" not in asked
