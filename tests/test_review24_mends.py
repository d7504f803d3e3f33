"""Session 24's review of its own merges: a strike's verb in "struck a deal", a preposition that no attack aims, a
numeric dateline's year, a weekday naming a vote on airstrikes, an address no URL parser reads, and a report file
holding a NUL past the first 8 KB or as UTF-16."""

from datetime import date
from pathlib import Path

import pytest
from war_fixtures import lead_published, read_as_of

from harmledger.extract.when import anchor_day, dateline_day
from harmledger.ingest.readers import ReaderOptions, read_paths
from harmledger.link.fingerprint import domain
from harmledger.model import ReadError, Record

lead = lead_published("2026-11-28")


@pytest.mark.parametrize("text, perpetrator, weapon", [
    ("A day after the US on Monday struck a deal with Baghdad, gunmen killed three people at a checkpoint in Kirkuk.",
     None, "small arms"),
    ("Hours after the United States struck a deal with Kyiv on minerals, a Russian missile killed three people in "
     "Kharkiv.", "Russia", "missile"),
    ("A day after Israel on Monday struck a ceasefire deal with Hamas, gunmen killed three people in Jenin.", None,
     "small arms"),
    # guards: a strike is still one
    ("The US late on Friday struck an al-Shabaab camp near Jilib, killing 12 fighters, AFRICOM said.", "United States",
     "airstrike"),
    ("Israel on Wednesday struck a house in Khan Younis, killing five people, medics said.", "Israel", "airstrike"),
])
def test_a_state_that_struck_a_deal_struck_nothing(text, perpetrator, weapon):
    mention = lead(text)
    assert (mention.perpetrator, mention.weapon) == (perpetrator, weapon)


@pytest.mark.parametrize("text, perpetrator", [
    ("Hundreds of people protested in Ramallah on Friday against Israeli strikes that killed 12 people in Gaza City.",
     "Israel"),
    ("Anger grew on Monday over Israeli airstrikes that killed 12 people in Gaza City.", "Israel"),
    ("Residents of Kharkiv voiced fury over Russian missile strikes that killed four people on Monday.", "Russia"),
    # guards: the side or city an attack aims at is no doer
    ("Ukrainian forces fired at Russian troops near Bakhmut, killing four, the general staff said.", "Ukraine"),
])
def test_a_side_after_a_preposition_no_attack_aims_is_still_the_doer(text, perpetrator):
    assert lead(text).perpetrator == perpetrator


def test_a_drone_attack_on_a_city_names_no_doer_from_it():
    assert lead("A drone attack on Kyiv killed three people overnight, the mayor said.").perpetrator != "Ukraine"


def test_a_numeric_dateline_with_its_year_is_that_day_month_first():
    assert dateline_day("WASHINGTON, 3/10, 2024 (AP) - A drone strike killed two.", date(2026, 11, 28)) == (
        date(2024, 3, 10), False)


def test_a_numeric_dateline_read_as_no_day_warns_of_no_assumed_year():
    assert anchor_day("WASHINGTON, 5/7 (AP) - A drone strike killed two.", None, date(2026, 11, 28)) == (None, [])


def test_a_weekday_before_a_vote_on_airstrikes_names_no_attack(monkeypatch):
    read_as_of(monkeypatch, date(2026, 11, 28))
    mention = lead("Two days after the Wednesday vote on airstrikes, a car bomb killed four people in Mogadishu, "
                   "police said.")
    assert mention.when.start != date(2026, 11, 25)


def test_an_address_no_url_parser_reads_has_no_outlet():
    assert (domain("http://[broken/page"), domain("https://web.archive.org/web/2024/https://www.wsbtv.com/news")) == (
        "", "wsbtv.com")


@pytest.mark.parametrize("data", [
    b"Shelling killed two people in Kherson on Monday, the governor said. " * 130 + b"\x00",  # past the binary sniff
    "Shelling killed two people in Kherson.\u0000".encode("utf-16"),  # Windows' "Unicode" holding U+0000
])
def test_a_report_file_holding_a_nul_is_named_and_the_batch_goes_on(tmp_path, data):
    (tmp_path / "a-nul.txt").write_bytes(data)
    (tmp_path / "b-good.txt").write_text("A drone strike killed three people in Sumy on Tuesday, officials said.")
    items = list(read_paths([str(tmp_path)], ReaderOptions()))
    assert [Path(i.origin).name for i in items if isinstance(i, Record)] == ["b-good.txt"]
    assert [(Path(e.origin).name, "NUL" in e.reason) for e in items if isinstance(e, ReadError)] == [("a-nul.txt", True)]
