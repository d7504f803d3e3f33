"""Exports as a researcher loads them into the tools they already use: UCDP GED's four death columns that sum
to ``best``, its ``where_prec`` for a county (second level) against a state (first), its ``date_prec`` for a
weekend against a night that runs past midnight; the country by name (and ACLED's numeric ``iso``) beside the
admin1; Parquet's dates stored as dates; and an output path that names a folder refused before anything is
written (``out/`` had become a file named ``out``)."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.ledger import Ledger
from harmledger.model import Count, Mention, Place, Span, When
from harmledger.store.export import country_name

REPORTS = {
    "harris": ("HOUSTON (AP) — Three people were killed when gunfire broke out at a party in unincorporated Harris County "
               "this weekend, the sheriff's office said.",
               Place(None, "Harris County", "Texas", "US", 29.86, -95.39, "region"), When(date(2024, 6, 1), date(2024, 6, 2), "week"), 3),
    "texas": ("AUSTIN — A state trooper was shot dead during a traffic stop in Texas on Tuesday, the Department of Public "
              "Safety said.", Place(None, "Texas", "Texas", "US", 31.25, -99.25, "region"), When(date(2024, 2, 13), date(2024, 2, 13), "day"), 1),
    "kharkiv": ("KHARKIV, Ukraine — A Russian missile strike on Kharkiv killed at least 16 people, regional governor Oleh "
                "Syniehubov said.", Place(706483, "Kharkiv", "Kharkiv", "UA", 49.98081, 36.25272, "town"),
                When(date(2022, 5, 2), date(2022, 5, 2), "day"), 16),
    "chicago": ("CHICAGO — Two men were killed in a shooting on the South Side late Saturday night, police said.",
                Place(4887398, "Chicago", "Illinois", "US", 41.85003, -87.65005, "town"), When(date(2024, 3, 9), date(2024, 3, 10), "day"), 2),
    "gary": ("GARY, Ind. — A man was killed in a shooting this week, police said on Friday.",
             Place(4920607, "Gary", "Indiana", "US", 41.59337, -87.34643, "town"), When(date(2023, 8, 14), date(2023, 8, 14), "week"), 1),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with Ledger(f"sqlite:///{tmp_path_factory.mktemp('ux26-export')}/ledger.db") as opened:
        for name, (text, place, when, dead) in REPORTS.items():
            words = text.split(" —")[1].split(",")[0].strip()
            span = Span(text.index(words), text.index(words) + len(words), words)
            mention = Mention(event_type="Violence against civilians", sub_event_type="Attack", place=place, when=when,
                              killed=Count(dead, "exact", dead, dead, dead, span=span), evidence=[span])
            opened.add(text, [mention], source=f"{name}.example", title=words, published=when.end.isoformat())
        yield opened


def _csv(ledger, fmt):
    out = io.StringIO()
    ledger.export(fmt, out)
    return {row.get("where_description") or row.get("location"): row for row in csv.DictReader(io.StringIO(out.getvalue()))}


def test_ucdp_deaths_by_side_sum_to_best_as_ged_requires(ledger):
    rows = _csv(ledger, "ucdp-csv")
    assert len(rows) == len(REPORTS)
    for row in rows.values():
        sides = [int(row[c]) for c in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")]
        assert sum(sides) == int(row["best"]) and int(row["deaths_unknown"]) == int(row["best"])  # sides not told: unknown
    assert rows["Kharkiv"]["deaths_unknown"] == "16"


def test_ucdp_where_prec_tells_a_county_from_a_state(ledger):
    rows = _csv(ledger, "ucdp-csv")
    assert rows["Harris County"]["where_prec"] == "3"  # second-level area (GED: ADM2)
    assert rows["Texas"]["where_prec"] == "4"  # first-level area (ADM1)
    assert rows["Kharkiv"]["where_prec"] == "1"


def test_ucdp_date_prec_follows_the_days_a_period_spans(ledger):
    rows = _csv(ledger, "ucdp-csv")
    harris = rows["Harris County"]
    assert (harris["date_start"], harris["date_end"], harris["date_prec"]) == ("2024-06-01", "2024-06-02", "2")  # a weekend: 2-6 days
    assert rows["Chicago"]["date_prec"] == "1"  # a night past midnight is still a day known
    assert rows["Gary"]["date_prec"] == "3"  # "this week" dated to one day is a week known
    assert rows["Kharkiv"]["date_prec"] == "1" and rows["Kharkiv"]["year"] == "2022"


def test_country_by_name_and_acled_iso(ledger):
    acled = _csv(ledger, "acled-csv")
    assert (acled["Kharkiv"]["country"], acled["Kharkiv"]["iso"]) == ("Ukraine", "804")
    assert (acled["Chicago"]["country"], acled["Chicago"]["iso"], acled["Chicago"]["admin1"]) == ("United States", "840", "Illinois")
    assert _csv(ledger, "ucdp-csv")["Kharkiv"]["country"] == "Ukraine"
    assert [country_name(code) for code in ("RU", "PS", "SY", "CD", "XK", None)] == [
        "Russia", "Palestine", "Syria", "Democratic Republic of Congo", "Kosovo", None]


def test_parquet_stores_dates_as_dates(ledger, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    ledger.export("parquet", tmp_path / "out.parquet")
    table = pq.read_table(tmp_path / "out.parquet")
    for column in ("date", "when_start", "when_end", "first_reported", "last_reported", "published"):
        assert table.schema.field(column).type == pa.date32(), column
    rows = {row["place_name"]: row for row in table.to_pylist()}
    assert rows["Kharkiv"]["when_start"] == date(2022, 5, 2) and rows["Harris County"]["when_end"] == date(2024, 6, 2)


@pytest.mark.parametrize("fmt", ["csv", "parquet", "geojson"])
def test_a_folder_is_no_export_file(ledger, tmp_path, fmt):
    with pytest.raises(IsADirectoryError, match="is a folder"):
        ledger.export(fmt, f"{tmp_path}/exports/")
    assert not (tmp_path / "exports").exists()  # no file named "exports" either
    (tmp_path / "exports").mkdir()
    with pytest.raises(IsADirectoryError):
        ledger.export(fmt, tmp_path / "exports")
    with pytest.raises(FileNotFoundError, match="no folder"):
        ledger.export(fmt, tmp_path / "missing" / "out.csv")


def test_cli_names_the_folder_problem_plainly_and_counts_in_the_singular(ledger, tmp_path):
    runner = CliRunner()
    db = str(ledger.engine.url)
    refused = runner.invoke(app, ["export", f"{tmp_path}/out/", "--format", "csv", "--db", db])
    assert refused.exit_code == 1 and "is a folder" in refused.output and "[Errno" not in refused.output
    assert not (tmp_path / "out").exists()
    missing = runner.invoke(app, ["export", str(tmp_path / "nope" / "x.csv"), "--db", db])
    assert missing.exit_code == 1 and f"there is no folder {tmp_path / 'nope'}" in missing.output
    one = runner.invoke(app, ["export", str(tmp_path / "one.csv"), "--format", "csv", "--db", db, "--country", "UA"])
    assert one.exit_code == 0 and "export: 1 incident written" in one.output


def test_acled_source_names_each_outlet_once(tmp_path):
    first = ("MILWAUKEE — Two people were killed and one wounded in a shooting near N. 35th Street early Sunday, "
             "Milwaukee police said.")
    update = ("MILWAUKEE — Police on Monday identified the two people killed in a shooting near N. 35th Street early "
              "Sunday; a third victim was wounded.")
    with Ledger(f"sqlite:///{tmp_path}/ledger.db") as ledger:
        ledger.ingest_text(first, published="2015-05-03", source="cbs58.com", title="Two killed in shooting near N. 35th Street")
        ledger.ingest_text(update, published="2015-05-04", source="cbs58.com", title="Victims of N. 35th Street shooting identified")
        ledger.ingest_text(update + " Their families held a vigil.", published="2015-05-04", source="jsonline.com",
                           title="Vigil for victims of N. 35th Street shooting")
        told = [row for row in ledger.incidents() if row["sources"] == 3]
        assert len(told) == 1, [(row["sources"], row["title"]) for row in ledger.incidents()]
        acled = next(row for row in _csv(ledger, "acled-csv").values() if row["event_id_cnty"].endswith(told[0]["id"]))
        ucdp = next(row for row in _csv(ledger, "ucdp-csv").values() if row["id"] == told[0]["id"])
    assert acled["source"] == "cbs58.com; jsonline.com"  # had been "cbs58.com; cbs58.com; jsonline.com"
    assert ucdp["source_article"].count("cbs58.com") == 2 and ucdp["number_of_sources"] == "3"  # GED lists articles
