"""Command-line inputs that ended in a traceback or in a silent empty answer on session 22's main.

- ``incidents``/``export`` took ``--near nan,nan,5``, a latitude past the pole, a negative radius and a
  box upside down, and answered with nothing, where the API refuses each with a 422: the CLI now runs
  the API's own checks. ``--limit``, ``--offset`` and ``--min-killed`` past what SQLite holds raised
  ``OverflowError``.
- ``link --jsonl`` stopped the whole batch with ``AttributeError`` on a record whose title is a number,
  and left records out (no text) without a word.
- ``extract --jsonl`` on a missing file or a directory ended in a traceback.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from harmledger import Ledger
from harmledger.cli import app

REPORT = "At least 6 people were killed and 11 injured when shelling hit a market in Kharkiv on Monday, the governor said."


@pytest.fixture(scope="module")
def ledger_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    url = f"sqlite:///{folder}/l.db"
    with Ledger(url) as ledger:
        ledger.ingest_text(REPORT, published="2024-03-04")
    return url


def _run(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


def _said(output: str) -> str:
    """The words of an answer, without the box and the line breaks a usage error is drawn with."""
    return " ".join(output.translate({ord(c): " " for c in "│╭╮╰╯─"}).split())


@pytest.mark.parametrize("option, value, words", [
    ("--near", "nan,nan,5", "expected LAT,LON,KM"),
    ("--near", "91,36.2,25", "latitude must lie in -90..90"),
    ("--near", "49.9,36.2,-5", "the radius be above 0"),
    ("--bbox", "40,53,22,44", "expected WEST <= EAST and SOUTH <= NORTH"),
    ("--bbox", "22,44,inf,53", "expected WEST,SOUTH,EAST,NORTH"),
    ("--since", "2024-03-05", "is after until"),
    ("--limit", str(10**23), "less than or equal to 9223372036854775807"),
    ("--offset", str(10**20), "less than or equal to 9223372036854775807"),
    ("--min-killed", str(10**20), "less than or equal to 9223372036854775807"),
])
def test_a_filter_out_of_range_is_a_usage_error_naming_the_option(ledger_url, option, value, words):
    extra = ["--until", "2024-03-01"] if option == "--since" else []
    result = _run("incidents", "--db", ledger_url, "--format", "json", option, value, *extra)
    assert result.exit_code == 2, result.output
    assert words in _said(result.output) and option in result.output
    assert "Traceback" not in result.output


def test_filters_in_range_still_select(ledger_url):
    result = _run("incidents", "--db", ledger_url, "--format", "json", "--near", "49.99,36.23,25", "--bbox", "22,44,40,53",
                  "--country", "ua", "--limit", "5")
    assert result.exit_code == 0, result.output
    assert [row["killed"]["best"] for row in json.loads(result.output)] == [6]


def _line(**fields) -> str:
    return json.dumps(fields) + "\n"


def test_link_names_each_unusable_record_and_links_the_rest(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        _line(id="a", text=REPORT, published="2024-03-04", title=17)
        + _line(id="b", text="   ")
        + _line(id="c", text="Two people were killed in a drone strike on Odesa on Tuesday.", published="yesterday")
        + _line(id={"n": 1}, text="Three people were killed when a missile hit Dnipro on Monday.", published="2024-03-04")
        + _line(text="Four people were killed in shelling of Kherson on Monday.", published="2024-03-04")
        + _line(id="c", text="Five people died in a strike on Sumy on Monday.", published="2024-03-04")
        + '{"id": "d", "text": "cut\n'
    )
    result = _run("link", feed)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    problems = [line.removeprefix("harmledger: ") for line in lines if line.startswith("harmledger: ")]
    assert problems == [
        f"{feed}:1: title is a number, not text: ignored",
        f"{feed}:2: no text (none of text holds a non-empty string)",
        f"{feed}:3: published date 'yesterday' is not YYYY-MM-DD; stored without one",
        f"{feed}:4: id {{'n': 1}} is no name for a record: named {feed}:4",
        f"{feed}:6: id 'c' is also the id of {feed}:3: the output will not tell them apart",
        f"{feed}:7: not valid JSON (the line ends inside the string that starts at column 21)",
    ]
    incidents = [json.loads(line) for line in lines if line.startswith("{")]
    assert sorted(r for i in incidents for r in i["records"]) == sorted(["a", "c", "c", f"{feed}:4", f"{feed}:5"])


@pytest.mark.parametrize("command", ["extract", "link"])
def test_a_jsonl_path_that_is_no_file_is_named_not_a_traceback(tmp_path, command):
    (tmp_path / "folder.jsonl").mkdir()
    for path, problem in [(tmp_path / "missing.jsonl", "no such file"), (tmp_path / "folder.jsonl", "a directory, not a file")]:
        result = _run(command, "--jsonl", path)
        assert result.exit_code in (1, 2) and problem in _said(result.output)
        assert not isinstance(result.exception, (FileNotFoundError, IsADirectoryError))
