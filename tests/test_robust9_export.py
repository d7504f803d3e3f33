"""The hidden file an export is written to before it takes the export's name: made new with a name no one can
guess (a link planted at a guessable name sent the rows elsewhere, and then became the export), given the mode
an ordinary ``open`` would give a new export, on disk before it is renamed, and never named in an error (the
user asked for ``incidents.csv``, not ``.incidents.csv.4242.partial``)."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat

import pytest

from harmledger.ledger import Ledger
from harmledger.store import export as export_module

REPORTS = [
    ("Two civilians were killed when a Russian glide bomb hit a residential street in Zaporizhzhia on Tuesday, "
     "regional governor Ivan Fedorov said on Telegram.", "2024-11-12"),
    ("Police in Memphis said a man was shot dead and two others were wounded outside a gas station late Saturday.", "2024-11-10"),
]


@pytest.fixture
def ledger(tmp_path):
    with Ledger(f"sqlite:///{tmp_path}/ledger.db") as opened:
        for text, published in REPORTS:
            opened.ingest_text(text, published=published)
        yield opened


@contextlib.contextmanager
def _umask(mask: int):
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def test_a_link_planted_at_the_old_guessable_name_neither_gets_the_rows_nor_becomes_the_export(ledger, tmp_path):
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not yours\n")
    out = tmp_path / "incidents.jsonl"
    (tmp_path / f".{out.name}.{os.getpid()}.partial").symlink_to(elsewhere)
    assert ledger.export("jsonl", out) == 2
    assert elsewhere.read_text() == "not yours\n"
    assert not out.is_symlink() and len(out.read_text().splitlines()) == 2


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_a_new_export_gets_the_mode_an_ordinary_open_gives(ledger, tmp_path, mask, mode, fmt):
    out = tmp_path / f"new.{fmt}"
    with _umask(mask):
        assert ledger.export(fmt, out) == 2
    assert stat.S_IMODE(out.stat().st_mode) == mode


def test_an_export_replacing_one_keeps_its_mode_whatever_the_umask(ledger, tmp_path):
    out = tmp_path / "shared.csv"
    out.write_text("old\n")
    os.chmod(out, 0o664)
    with _umask(0o077):
        assert ledger.export("csv", out) == 2
    assert stat.S_IMODE(out.stat().st_mode) == 0o664 and out.read_text().startswith("id,")


def test_the_export_is_on_disk_before_it_takes_its_name(ledger, tmp_path, monkeypatch):
    steps = []
    fsync, replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (steps.append(("fsync", os.fstat(fd).st_size)), fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (steps.append(("replace", os.path.basename(b))), replace(a, b))[1])
    ledger.export("jsonl", tmp_path / "synced.jsonl")
    assert [step for step, _ in steps] == ["fsync", "replace"]
    assert steps[0][1] == (tmp_path / "synced.jsonl").stat().st_size > 0 and steps[1][1] == "synced.jsonl"


def test_a_full_disk_is_told_of_the_export_not_of_its_hidden_file(ledger, tmp_path, monkeypatch):
    def filling(rows, handle):
        handle.write(json.dumps(next(rows)) + "\n")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setitem(export_module.FORMATS, "jsonl", filling)
    out = tmp_path / "incidents.jsonl"
    with pytest.raises(OSError) as failed:
        ledger.export("jsonl", out)
    assert failed.value.errno == errno.ENOSPC and failed.value.filename == str(out)
    assert str(out) in str(failed.value) and ".partial" not in str(failed.value)
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if "incidents" in p.name] == []


def test_an_export_into_a_missing_folder_names_the_export(ledger, tmp_path):
    out = tmp_path / "no-such-folder" / "incidents.csv"
    with pytest.raises(FileNotFoundError) as failed:
        ledger.export("csv", out)
    assert failed.value.filename == str(out) and ".partial" not in str(failed.value)


def test_an_error_naming_another_file_keeps_its_name(ledger, tmp_path, monkeypatch):
    elsewhere = str(tmp_path / "gazetteer.sqlite")

    def reading_elsewhere(rows, handle):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), elsewhere)

    monkeypatch.setitem(export_module.FORMATS, "csv", reading_elsewhere)
    with pytest.raises(PermissionError) as failed:
        ledger.export("csv", tmp_path / "incidents.csv")
    assert failed.value.filename == elsewhere
