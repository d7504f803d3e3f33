"""JSON Lines from a stream that never ends its line: ``/dev/zero`` named ``feed.jsonl``, or a FIFO whose writer
sends bytes and no newline. A regular file's long line is skipped to its end and the next line read; a pipe or
device has no end to skip to, so reading stops at the line limit with an error that names the file and line,
and the batch goes on with the next file."""

from __future__ import annotations

import io
import json
import os
import threading
from pathlib import Path

import pytest

from harmledger.ingest.readers import ReaderOptions, read_paths
from harmledger.io_jsonl import LineWithoutEnd, bounded_lines, read_jsonl
from harmledger.model import ReadError, Record
from harmledger.reading import has_an_end

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"), reason="no FIFOs or /dev/zero here")

MARIUPOL = "Russian air strikes on Mariupol on Wednesday killed at least 12 civilians, the city council said."
KHERSON = "Shelling of Kherson's Dniprovskyi district killed two people and wounded five on Sunday, the governor said."


def _line(text: str) -> bytes:
    return json.dumps({"text": text}).encode() + b"\n"


class EndlessWriter:
    """A FIFO at ``path`` fed ``prefix`` and then ``a`` bytes, no newline, until its reader closes it."""

    def __init__(self, path: Path, prefix: bytes = b""):
        os.mkfifo(path)
        self.path, self.prefix = path, prefix
        self.thread = threading.Thread(target=self._feed, daemon=True)
        self.thread.start()

    def _feed(self) -> None:
        with open(self.path, "wb") as pipe:
            try:
                pipe.write(self.prefix)
                while True:
                    pipe.write(b"a" * 65536)
            except BrokenPipeError:  # the reader has stopped, as it should
                pass

    def close(self) -> None:
        self.thread.join(timeout=30)  # only so that a failing reader cannot hang the suite
        assert not self.thread.is_alive()


@needs_fifo
def test_a_fifo_that_never_ends_its_line_is_read_to_the_limit_and_named(tmp_path):
    feed = tmp_path / "wire.jsonl"
    writer = EndlessWriter(feed, prefix=_line(MARIUPOL) + b'{"text": "')
    problems: list[str] = []
    records = list(read_jsonl(feed, problems.append))
    writer.close()
    assert [r["text"] for r in records] == [MARIUPOL]
    assert len(problems) == 1 and problems[0].startswith(f"{feed}:2: the line is over the 20,971,520-byte limit")
    assert "pipe or device" in problems[0] and "the rest of it is skipped" in problems[0]


@needs_fifo
def test_an_ingest_of_endless_streams_named_jsonl_names_each_and_reads_the_next_file(tmp_path):
    zero = tmp_path / "zero.jsonl"
    zero.symlink_to("/dev/zero")
    fifo = tmp_path / "fifo.jsonl"
    writer = EndlessWriter(fifo)
    good = tmp_path / "kherson.jsonl"
    good.write_bytes(_line(KHERSON))
    items = list(read_paths([str(zero), str(fifo), str(good)], ReaderOptions(max_bytes=10_000)))
    writer.close()
    errors = [(i.origin, i.line, i.reason) for i in items if isinstance(i, ReadError)]
    assert [(origin, line) for origin, line, _ in errors] == [(str(zero), 1), (str(fifo), 1)]
    assert all(reason.startswith("the line is over the 40,000-byte limit for one record") for _, _, reason in errors)
    assert [i.text for i in items if isinstance(i, Record)] == [KHERSON]


def test_a_regular_files_long_line_is_still_skipped_to_its_end(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b'{"text": "' + b"wounded " * 5_000 + b'"}\n' + _line(KHERSON))
    with open(feed, "rb") as handle:
        assert [len(line) for line in bounded_lines(handle, limit=1_000)] == [1_001, len(_line(KHERSON))]
    assert [len(line) for line in bounded_lines(io.BytesIO(b"b" * 3_000 + b"\n" + _line(MARIUPOL)), limit=1_000)] == [
        1_001, len(_line(MARIUPOL))]


def test_a_piped_line_over_the_limit_with_an_end_is_skipped_and_the_records_after_it_are_read():
    """``zcat feed.jsonl.gz | harmledger ingest -``: one long line must not cost the rest of the stream."""
    read_end, write_end = os.pipe()
    long_line = b'{"text": "' + b"wounded " * 500 + b'"}\n'
    with open(write_end, "wb") as writer:  # 4 KB: the pipe's buffer holds it all, so no thread is needed
        writer.write(long_line + _line(KHERSON) + _line(MARIUPOL))
    with open(read_end, "rb") as pipe:
        assert not has_an_end(pipe)
        lines = list(bounded_lines(pipe, limit=1_000))
    assert [len(line) for line in lines] == [1_001, len(_line(KHERSON)), len(_line(MARIUPOL))]


@needs_fifo
def test_only_a_regular_file_or_bytes_in_memory_are_sure_to_end(tmp_path):
    regular = tmp_path / "feed.jsonl"
    regular.write_bytes(_line(KHERSON))
    with open(regular, "rb") as handle, open("/dev/zero", "rb") as device:
        assert has_an_end(handle) and has_an_end(io.BytesIO(b"")) and not has_an_end(device)
        with pytest.raises(LineWithoutEnd, match="1,000-byte limit"):
            list(bounded_lines(device, limit=1_000))
    read_end, write_end = os.pipe()
    with open(read_end, "rb") as pipe:
        os.close(write_end)
        assert not has_an_end(pipe)
