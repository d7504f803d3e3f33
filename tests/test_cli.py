"""The CLI on good and bad input: clear messages, never a traceback."""

import json

from typer.testing import CliRunner

from harmledger.cli import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_extract_json_and_table(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("KYIV - At least 16 people were killed and more than 59 injured, officials said.", encoding="utf-8")
    result = run("extract", report, "--published", "2022-06-27")
    assert result.exit_code == 0, result.output
    [mention] = json.loads(result.output)
    assert mention["killed"]["value"] == 16 and mention["injured"]["qualifier"] == "more_than"
    assert set(mention) >= {"kind", "background", "place", "when", "killed", "injured", "casualties", "evidence"}
    table = run("extract", report, "--format", "table")
    assert table.exit_code == 0 and "≥16" in table.output


def test_an_incident_free_report_gives_an_empty_result_and_an_empty_one_is_named(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    calm = tmp_path / "calm.txt"
    calm.write_text("The city council met on Tuesday to discuss the budget for 2024.")
    result = run("extract", calm)
    assert result.exit_code == 0 and json.loads(result.output) == []
    result = run("extract", empty)
    assert result.exit_code == 1 and f"{empty}: empty (no text)" in " ".join(result.output.split())


def test_binary_invalid_utf8_missing_and_huge_files_are_named_errors(tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Caf\xe9 attack".encode("latin-1"))
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"a" * (50 * 1024 * 1024))
    for path, problem in ((binary, "binary"), (latin, "UTF-8"), (tmp_path / "nope.txt", "cannot read"), (huge, "limit")):
        result = run("extract", path)
        assert result.exit_code == 1
        assert str(path.name) in result.output and problem in result.output
        assert "Traceback" not in result.output


def test_an_error_names_a_long_path_whole_on_one_line(tmp_path):
    deep = tmp_path / "reports received from the Kherson regional administration" / "2022-06-27 morning batch"
    deep.mkdir(parents=True)
    latin = deep / "kremenchuk shopping centre strike (latin-1 export).txt"
    latin.write_bytes("Caf\xe9 attack".encode("latin-1"))
    result = run("extract", latin)
    assert result.exit_code == 1
    assert str(latin) in result.output.splitlines()[0]


def test_jsonl_with_a_malformed_line_names_it_and_goes_on(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text(
        json.dumps({"id": "a", "text": "Two people were killed.", "published": "2022-01-01"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "b", "text": "A man was shot and wounded."}) + "\n"
    )
    result = run("extract", "--jsonl", records)
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert lines[0]["mentions"][0]["killed"]["value"] == 2
    assert f"{records}:2: not valid JSON" in result.stderr


def test_eval_floors_fail_the_command(tmp_path):
    suite = tmp_path / "suite.jsonl"
    suite.write_text(json.dumps({
        "id": "x", "suite": "mini", "text": "A man was shot and killed.", "published": "2020-01-01",
        "incidents": [{"killed": {"value": 1}, "injured": {"value": 0}}],
        "score": {"killed": True, "injured": True},
    }) + "\n")
    assert run("eval", suite, "--min", "mini:killed=1.0").exit_code == 0
    failing = run("eval", suite, "--min", "killed>0=1.01")
    assert failing.exit_code == 1 and "below floor" in failing.output
