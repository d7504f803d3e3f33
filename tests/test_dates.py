"""One date parser for every stage: the same string means the same day to extract, the ledger and the CLI."""

from datetime import date, datetime

import pytest

from harmledger.dates import parse_date, read_date
from harmledger.extract import extract
from harmledger.ledger import Ledger

REPORT = "A missile strike on Kharkiv on Monday killed at least 3 people, the regional governor said."


@pytest.mark.parametrize(
    "given",
    ["2022-03-07", "2022-3-7", "2022-03-07T10:00:00Z", "2022-03-07 23:30:00+02:00", " 2022-03-07 ", date(2022, 3, 7), datetime(2022, 3, 7, 23, 59)],
)
def test_every_iso_form_is_the_day_written(given):
    assert parse_date(given) == date(2022, 3, 7)


@pytest.mark.parametrize("given", ["07/03/2022", "yesterday", "2022-13-01", "0", 1646611200])
def test_anything_else_is_an_error_naming_the_value(given):
    with pytest.raises(ValueError, match="is not a date"):
        parse_date(given)
    assert read_date(given) is None


def test_blank_is_no_date():
    assert parse_date(None) is None and parse_date("  ") is None


def test_extract_and_the_ledger_accept_the_same_timestamp(tmp_path):
    stamp = "2022-03-07T10:00:00Z"
    mentions = extract(REPORT, published=stamp)
    assert mentions and mentions[0].when.start == date(2022, 3, 7)
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        document_id, added = ledger.ingest_text(REPORT, published=stamp)
        assert added
        assert ledger.document(document_id)["published"] == "2022-03-07"
