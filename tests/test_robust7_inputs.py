"""Inputs whose size says nothing of their length: a device or a ``/proc`` file reports 0 bytes, and
``/dev/zero`` never ends. Named on the command line they are read (a pipe is, by design), but only to
one byte past the limit for a report, so `extract` and `ingest` answer instead of reading for ever."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.ingest.readers import ReaderOptions, read_paths
from harmledger.model import ReadError, Record
from harmledger.reading import InputError, read_report

ENDLESS = [p for p in ("/dev/zero", "/dev/urandom") if os.path.exists(p)]
pytestmark = pytest.mark.skipif(not ENDLESS, reason="no endless device on this system")


@pytest.mark.parametrize("device", ENDLESS)
def test_an_endless_device_is_one_report_over_the_limit_read_no_further(device):
    with pytest.raises(InputError, match=f"{device}: over the 1,000-byte limit for one report"):
        read_report(Path(device), max_bytes=1_000)
    result = CliRunner().invoke(app, ["extract", device])
    assert result.exit_code == 1 and "over the 5,242,880-byte limit" in " ".join(result.output.split())


def test_an_ingest_naming_devices_and_a_proc_file_reads_what_it_can_and_names_the_rest(tmp_path):
    report = tmp_path / "kharkiv.txt"
    report.write_text("Russian shelling of Kharkiv on Monday killed at least 4 people and wounded 9, the regional governor said.")
    items = list(read_paths([*ENDLESS, "/dev/null", str(report)], ReaderOptions(max_bytes=10_000)))
    errors = {i.origin: i.reason for i in items if isinstance(i, ReadError)}
    assert errors == {**{d: "over the 10,000-byte limit for one report" for d in ENDLESS}, "/dev/null": "empty (no text)"}
    assert [i.origin for i in items if isinstance(i, Record)] == [str(report)]
