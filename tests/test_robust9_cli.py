"""Only a closed standard output ends a command quietly with status 0 (``harmledger incidents | head``): a broken
pipe of the command's own (a connection to a server that went away, a child process's input) is its error, said
on stderr with status 1, where it too was taken for a reader that had had enough."""

from __future__ import annotations

import errno
import os
import sys

import pytest
from typer.testing import CliRunner

import harmledger.cli as cli
from harmledger.cli import app

LVIV = ("Russian missiles struck an industrial site in Lviv overnight, killing two workers and wounding five, "
        "Mayor Andriy Sadovyi said on Wednesday.")


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "lviv.txt"
    path.write_text(LVIV)
    return path


@pytest.fixture
def own_pipe_breaks(monkeypatch):
    def sending(*args, **kwargs):
        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))

    monkeypatch.setattr(cli, "extract_mentions", sending)


def _into_an_open_pipe(monkeypatch, args: list[str]) -> int | str | None:
    """The exit status of ``harmledger ARGS`` whose standard output is a pipe its reader still holds open."""
    read_end, write_end = os.pipe()
    try:
        with open(write_end, "w") as stdout:
            monkeypatch.setattr(sys, "stdout", stdout)
            with pytest.raises(SystemExit) as ended:
                app(args, prog_name="harmledger")
            monkeypatch.setattr(sys, "stdout", sys.__stdout__)
    finally:
        os.close(read_end)
    return ended.value.code


def test_a_broken_pipe_of_the_commands_own_fails_with_its_error(own_pipe_breaks, monkeypatch, capsys, report):
    assert _into_an_open_pipe(monkeypatch, ["extract", str(report)]) == 1
    said = " ".join(capsys.readouterr().err.split())
    assert said.startswith("error: ") and "Broken pipe" in said


def test_a_broken_pipe_of_the_commands_own_fails_when_output_is_captured(own_pipe_breaks, report):
    result = CliRunner().invoke(app, ["extract", str(report), "--format", "table"])
    assert result.exit_code == 1 and "Broken pipe" in result.output


def test_an_exit_forced_by_a_broken_pipe_of_the_commands_own_fails(monkeypatch, capsys, report):
    def exiting(*args, **kwargs):
        try:
            raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))
        except BrokenPipeError:
            raise SystemExit(1)  # as Rich's console does while handling one

    monkeypatch.setattr(cli, "extract_mentions", exiting)
    assert _into_an_open_pipe(monkeypatch, ["extract", str(report)]) == 1
    assert "Broken pipe" in capsys.readouterr().err


def test_a_command_writing_to_a_reader_still_there_ends_well(monkeypatch, report):
    assert _into_an_open_pipe(monkeypatch, ["extract", str(report)]) == 0
