"""Readers: every input format, and every kind of bad input named with its file (and line)."""

from __future__ import annotations

import io
import json
import os
import sys
from datetime import date
from pathlib import Path

import pytest

from harmledger.ingest import ReadError, ReaderOptions, Record, extract_stream, read_paths
from harmledger.ingest.pool import WORKER_DIED
from harmledger.ingest.progress import estimate_records
from harmledger.model import document_id

REPORT = "At least 6 people were killed and 11 injured when shelling hit a market in Kharkiv, the governor said."
ARTICLE_HTML = """<!DOCTYPE html><html><head><title>Shelling hits Kharkiv market</title>
<meta property="og:url" content="https://news.example.org/kharkiv-market">
<meta property="article:published_time" content="2022-05-02T09:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Shelling hits Kharkiv market</h1>
<p>{body}</p><p>Emergency crews worked through the night to clear the rubble from the market hall.</p></article>
<footer>Copyright 2022</footer></body></html>"""


def read(*paths, **options) -> list:
    return list(read_paths([str(p) for p in paths], ReaderOptions(**options)))


def errors(items) -> list[str]:
    return [str(i) for i in items if isinstance(i, ReadError)]


def test_txt_and_md(tmp_path):
    (tmp_path / "2022-05-02-kharkiv.txt").write_text(REPORT)
    (tmp_path / "note.md").write_text(f"# Market shelled\n\n{REPORT} Again.")
    txt, md = read(tmp_path / "2022-05-02-kharkiv.txt", tmp_path / "note.md")
    assert txt.text == REPORT and txt.published == date(2022, 5, 2) and txt.id == document_id(REPORT)
    assert md.title == "Market shelled" and md.published is None
    assert read(tmp_path / "note.md", published=date(2024, 1, 1))[0].published == date(2024, 1, 1)
    assert read(tmp_path / "2022-05-02-kharkiv.txt", published=date(2024, 1, 1))[0].published == date(2022, 5, 2)


def test_html_main_text_title_date_url(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(ARTICLE_HTML.format(body=REPORT))
    (record,) = read(page)
    assert REPORT in record.text and "Home | World" not in record.text and "Copyright" not in record.text
    assert record.title == "Shelling hits Kharkiv market"
    assert record.published == date(2022, 5, 2)
    assert record.url == "https://news.example.org/kharkiv-market"


def test_truncated_html(tmp_path):
    cut = ARTICLE_HTML.format(body=REPORT)
    (tmp_path / "cut-in-body.html").write_text(cut[: cut.index("Emergency crews") + 20])
    (tmp_path / "cut-in-head.html").write_text(cut[:60])
    items = read(tmp_path)
    records = [i for i in items if isinstance(i, Record)]
    assert len(records) == 1 and REPORT in records[0].text
    problems = {(Path(i.origin).name, i.level, i.reason.split(" (")[0]) for i in items if isinstance(i, ReadError)}
    assert problems == {
        ("cut-in-body.html", "warning", "HTML looks truncated"),
        ("cut-in-head.html", "error", "no main text found in the HTML"),
    }


def test_jsonl_eval_format_as_is_with_broken_lines(tmp_path, eval_dir):
    feed = tmp_path / "feed.jsonl"
    good = [json.loads(line) for line in (eval_dir / "gva-articles.jsonl").read_text().splitlines()[:3]]
    lines = [json.dumps(good[0]), '{"id": "x", "text": "cut off', json.dumps(good[1]), "[1, 2]", "", json.dumps({"id": "y", "title": "no text"}), json.dumps(good[2])]
    feed.write_bytes(("\n".join(lines) + "\n").encode() + b'{"text": "bad \xff byte"}\n')
    items = read(feed)
    records = [i for i in items if isinstance(i, Record)]
    assert [r.text for r in records] == [g["text"] for g in good]
    assert [r.line for r in records] == [1, 3, 7]
    assert records[0].published == date.fromisoformat(good[0]["published"][:10])
    assert errors(items) == [
        f"{feed}:2: not valid JSON (the line ends inside the string that starts at column 21)",
        f"{feed}:4: expected a JSON object, got list",
        f"{feed}:6: no text (none of text, body, content, article, notes holds a non-empty string)",
        f"{feed}:8: not valid UTF-8 (invalid start byte at byte 14)",
    ]


def test_csv_with_configured_columns(tmp_path):
    feed = tmp_path / "feed.csv"
    feed.write_text('story,headline,day,outlet\n"' + REPORT + '\nSecond line.",Market hit,2022-05-02,Wire\n,Empty,2022-05-03,Wire\n'
                    + '"' + REPORT + ' Later.",Later,last Tuesday,Wire\n')
    assert errors(read(feed)) == [f"{feed}: no text column (looked for text, body, content, article, notes; the columns are story, headline, day, outlet)"]
    items = read(feed, text_columns=("story",), meta_columns={"title": ("headline",), "published": ("day",), "source": ("outlet",)})
    record = items[0]
    assert record.text == REPORT + "\nSecond line." and record.title == "Market hit" and record.source == "Wire"
    assert record.published == date(2022, 5, 2) and record.line == 3
    assert errors(items) == [
        f"{feed}:4: no text (none of story holds a non-empty string)",
        f"{feed}:5: published date 'last Tuesday' is not YYYY-MM-DD; stored without one",
    ]
    assert items[-1].published is None and items[-2].level == "warning"


def test_bad_single_files(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.md").write_text("  \n\n ")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "latin1.txt").write_bytes("Kyiv café".encode("latin-1"))
    (tmp_path / "empty.csv").write_text("")
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a 50 MB file (sparse: quick to make)
    items = read(tmp_path)
    assert not [i for i in items if isinstance(i, Record)]
    by_name = {Path(i.origin).name: i.reason for i in items}
    assert by_name == {
        "binary.txt": "binary data (NUL bytes), not a text report",
        "blank.md": "empty (no text)",
        "empty.csv": "no text column (looked for text, body, content, article, notes; the columns are none (empty file))",
        "empty.txt": "empty (no text)",
        "huge.txt": "52,428,800 bytes is over the 5,242,880-byte limit for one report",
        "latin1.txt": "not valid UTF-8 (unexpected end of data at byte 8)",
    }


def test_directory_recursive_with_globs_and_unreadable_entries(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(REPORT)
    (tmp_path / "a" / "b" / "two.md").write_text(REPORT + " Two.")
    (tmp_path / "a" / "b" / "skip.pdf").write_bytes(b"%PDF")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    locked = tmp_path / "a" / "locked.txt"
    locked.write_text(REPORT + " Locked.")
    locked.chmod(0)
    items = read(tmp_path)
    names = [Path(i.origin).name for i in items if isinstance(i, Record)]
    expected_errors = [f"{tmp_path / 'gone.txt'}: cannot read (No such file or directory)"]
    if os.geteuid() != 0:  # root reads mode-000 files anyway
        expected_errors.insert(0, f"{locked}: cannot read (Permission denied)")
    else:
        names.remove("locked.txt")
    assert names == ["one.txt", "two.md"]
    assert errors(items) == expected_errors
    only_md = read(tmp_path, patterns=("*.md",))
    assert [Path(i.origin).name for i in only_md] == ["two.md"]
    pattern = read(tmp_path / "a" / "**" / "*.md")
    assert [Path(i.origin).name for i in pattern] == ["two.md"]
    assert errors(read(tmp_path / "nothing-*.txt")) == [f"{tmp_path / 'nothing-*.txt'}: no file matches this pattern"]
    assert errors(read(tmp_path / "absent.txt")) == [f"{tmp_path / 'absent.txt'}: cannot read (No such file or directory)"]


def test_a_pipe_in_a_folder_is_skipped_and_one_named_on_the_command_line_is_read(tmp_path):
    """Reading a FIFO found by the walk would wait for a writer forever; named, it is how a shell passes a stream."""
    (tmp_path / "one.txt").write_text(REPORT)
    os.mkfifo(tmp_path / "pipe.txt")
    items = read(tmp_path)
    assert [Path(i.origin).name for i in items if isinstance(i, Record)] == ["one.txt"]
    assert errors(items) == [f"{tmp_path / 'pipe.txt'}: not a regular file (a pipe, socket or device): skipped"]
    writer = os.fork()
    if writer == 0:
        with open(tmp_path / "pipe.txt", "w") as pipe:
            pipe.write(REPORT)
        os._exit(0)
    assert [i.text for i in read(tmp_path / "pipe.txt")] == [REPORT]
    os.waitpid(writer, 0)


@pytest.mark.parametrize(
    ("data", "texts", "problems"),
    [
        (REPORT.encode(), [REPORT], []),
        (b'{"text": "' + REPORT.encode() + b'"}\n{oops\n', [REPORT], ["<stdin>:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)"]),
        (b"", [], ["<stdin>: empty (no text)"]),
    ],
)
def test_stdin(monkeypatch, data, texts, problems):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    items = read("-")
    assert [i.text for i in items if isinstance(i, Record)] == texts
    assert errors(items) == problems


def test_extract_stream_keeps_order_with_workers_and_passes_errors_through():
    items = [Record(text=f"{n} people were killed in shelling in town number {n}.", origin="x", line=n) for n in range(2, 40)]
    items.insert(5, ReadError("x", "broken", 99))
    inline = list(extract_stream(items, workers=1))
    pooled = list(extract_stream(items, workers=2))
    assert [getattr(r, "record", r) for r in pooled] == [getattr(r, "record", r) for r in inline] == items
    assert [r.mentions[0].killed.value for r in pooled if not isinstance(r, ReadError)] == list(range(2, 40))


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="the killing extractor reaches the workers by fork")
def test_a_record_that_kills_its_worker_is_its_own_error_and_the_batch_goes_on(monkeypatch):
    """As the out-of-memory killer would: a worker dies by SIGKILL mid-chunk. The pool starts afresh and
    every other record, before and after it and in the chunks then in flight, comes back extracted."""
    import signal

    module = sys.modules["harmledger.extract"]  # the package, which ``harmledger.extract`` (the function) hides
    real = module.extract

    def dies_on_poison(text, *args, **kwargs):
        if "poison" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(module, "extract", dies_on_poison)
    items = [Record(text=f"{n} people were killed in shelling in town number {n}.", origin="x", line=n) for n in range(2, 80)]
    items[30] = Record(text="A poison report.", origin="bad.jsonl", line=31)
    results = list(extract_stream(items, workers=2))
    assert [getattr(r, "record", r) for r in results if not isinstance(r, ReadError)] == items[:30] + items[31:]
    assert [str(r) for r in results if isinstance(r, ReadError)] == [f"bad.jsonl:31: {WORKER_DIED}"]
    assert [r.mentions[0].killed.value for r in results if not isinstance(r, ReadError)] == [n for n in range(2, 80) if n != 32]


def test_estimate_records(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n')
    (tmp_path / "b.csv").write_text("text\nx\ny\nz\n")
    (tmp_path / "c.txt").write_text("x")
    assert estimate_records([str(tmp_path)], ReaderOptions()) == 6
    assert estimate_records(["-"], ReaderOptions()) is None


def test_an_undated_document_is_stored_with_a_warning_in_the_run(tmp_path):
    from harmledger.ledger import Ledger

    report = tmp_path / "undated.txt"
    report.write_text("A drone strike on a market killed 4 people, the regional governor said.", encoding="utf-8")
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        summary = ledger.ingest_paths([report])
    assert summary.added == 1 and summary.warnings == 1
    assert any("undated.txt" in e and "undated: no publication date" in e for e in summary.errors)
