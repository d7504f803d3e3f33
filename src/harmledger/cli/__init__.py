"""Conflict news in; a sourced, geocoded incident and casualty database out.

Extract one report, ingest many into a ledger, list and export its incidents, serve its page."""

from __future__ import annotations

import json
import os
import select
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Optional

import click
import typer
from typer.core import TyperGroup
from rich.console import Console
from rich.table import Table

from harmledger.cli.choices import choices
from harmledger.dates import parse_date
from harmledger.display import errors, figure, said, table_console
from harmledger.extract import extract as extract_mentions
from harmledger.io_jsonl import read_jsonl, warn
from harmledger.model import Mention
from harmledger.reading import InputError, not_a_file, read_report


class QuietOnClosedPipe(TyperGroup):
    """Every command whose reader stops early (``harmledger incidents | head``) ends quietly with status 0, as
    Unix tools do, where Click said nothing and exited 1 (and Rich's consoles exit 1 too: a ``SystemExit``
    raised while handling the ``BrokenPipeError``). Output still held is flushed here, inside the command, so
    that a pipe closed before it goes out is caught too, not at exit as 'Exception ignored'. Only a closed
    standard output is that: a broken pipe of the command's own (a socket, a child's input) is its error."""

    def invoke(self, ctx: click.Context) -> Any:
        stdout_was = _stdout_file()
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()
            return result
        except (BrokenPipeError, SystemExit) as error:
            broken = error if isinstance(error, BrokenPipeError) else error.__context__
            if not isinstance(broken, BrokenPipeError):
                raise  # an exit of the command's own
            if not _stdout_gone(stdout_was):
                errors.print(said(f"a pipe or connection of the command's own was closed: {broken}", "error"))
                raise typer.Exit(1) from None
            devnull = os.open(os.devnull, os.O_WRONLY)  # nothing left to flush into the closed pipe at exit
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
            raise typer.Exit(0) from None


def _stdout_file() -> tuple[int, int] | None:
    """Which file standard output's descriptor names (device, inode); None for captured output (a test's)."""
    try:
        status = os.fstat(sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        return None
    return status.st_dev, status.st_ino


def _stdout_gone(was: tuple[int, int] | None) -> bool:
    """Whether standard output's reader has gone: its descriptor polls as an error (a pipe whose reader closed)
    or a hang-up, or it names another file than when the command began (Rich's console points it at /dev/null
    when its writes break the pipe). Where ``poll`` is missing, every broken pipe is taken to be stdout's."""
    now = _stdout_file()
    if now is None:
        return False
    if now != was or not hasattr(select, "poll"):
        return True
    poller = select.poll()
    poller.register(sys.stdout.fileno(), 0)  # errors and hang-ups are reported whatever is asked for
    return any(events & (select.POLLERR | select.POLLHUP) for _, events in poller.poll(0))


app = typer.Typer(cls=QuietOnClosedPipe, add_completion=False, no_args_is_help=True, help=__doc__, rich_markup_mode="markdown")
console = Console(markup=False)


def _published(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="A report (.txt), or with --jsonl a JSON Lines file of records.")],
    published: Annotated[Optional[str], typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    format: Annotated[choices("ExtractFormat", "json", "table"), typer.Option("--format", help="json (every field) or a table to read.")] = "json",
    jsonl: Annotated[bool, typer.Option("--jsonl", help="FILE holds one {id, text, published} record a line.")] = False,
) -> None:
    """Extract the incident mentions of one report (no database)."""
    if jsonl:
        _extract_jsonl(file)
        return
    try:
        text = read_report(file)
    except InputError as error:
        errors.print(said(str(error), "error"))
        raise typer.Exit(1) from None
    mentions = extract_mentions(text, _published(published))
    if format == "table":
        print_mentions(mentions, title=str(file))
    else:
        typer.echo(json.dumps([m.to_dict() for m in mentions], indent=2, ensure_ascii=False))


def _extract_jsonl(file: Path) -> None:
    if problem := not_a_file(file):
        errors.print(said(problem, "error"))
        raise typer.Exit(1)
    for record in read_jsonl(file):
        text = record.get("text")
        if not isinstance(text, str):
            warn(f"{file}: record {record.get('id')!r} has no text")
            continue
        published = record.get("published")
        try:
            mentions = extract_mentions(text, parse_date(published))
        except ValueError:
            warn(f"{file}: record {record.get('id')!r} has a published date that is not YYYY-MM-DD: {published!r}")
            mentions = extract_mentions(text)
        sys.stdout.write(json.dumps({"id": record.get("id"), "mentions": [m.to_dict() for m in mentions]}, ensure_ascii=False) + "\n")


def print_mentions(mentions: list[Mention], title: str) -> None:
    if not mentions:
        console.print(f"{title}: no casualty figures found")
        return
    table = Table(title=title, show_lines=True)
    for column in ("#", "date", "place", "type", "killed", "injured", "other", "speaker", "evidence"):
        table.add_column(column, overflow="fold", no_wrap=column in ("#", "date"), ratio=3 if column == "evidence" else None)
    for number, mention in enumerate(mentions, start=1):
        kind = (mention.event_type or mention.kind) + (" (background)" if mention.background else "")
        other = ", ".join(f"{slot} {_figure_of(c)}" for slot, c in mention.counts().items() if slot not in ("killed", "injured"))
        speakers = ", ".join(mention.sources)
        evidence = " … ".join(span.text for span in mention.evidence)
        table.add_row(str(number), _when_of(mention), _place_of(mention), kind, _figure_of(mention.killed), _figure_of(mention.injured),
                      other, speakers, evidence)
    table_console().print(table)


def _when_of(mention: Mention) -> str:
    when = mention.when
    if when is None:
        return ""
    return str(when.start) if when.end in (None, when.start) else f"{when.start}–{when.end}"


def _place_of(mention: Mention) -> str:
    place = mention.place
    if place is None:
        return ""
    return ", ".join(part for part in (place.name, place.admin1 if place.admin1 != place.name else None, place.country) if part)


def _figure_of(count) -> str:
    return figure(count.to_dict() if count else None, children=True)


@app.command("eval")
def eval_command(
    files: Annotated[list[Path], typer.Argument(help="Suite files (JSON Lines).")],
    min: Annotated[Optional[list[str]], typer.Option("--min", help="METRIC=VALUE or SUITE:METRIC=VALUE floor.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Score extraction against labelled suites; --min makes it fail below a floor."""
    from harmledger.eval import runner

    floors = {}
    for item in min or []:
        key, _, value = item.partition("=")
        try:
            floors[key.strip()] = float(value)
        except ValueError:
            raise typer.BadParameter(f"--min {item!r}: expected METRIC=NUMBER") from None
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        errors.print(said(f"no such file: {', '.join(missing)}", "error"))
        raise typer.Exit(2)
    extracted = runner.ExtractedOnce(workers=2)
    linked = runner.linking(files, extracted)
    tallies = runner.evaluate(files, extracted)
    results = runner.metrics(tallies)
    for suite, rates in linked.items():
        results.setdefault(suite, {}).update(rates)
    if as_json:
        typer.echo(runner.as_json(results, tallies))
    else:
        for suite, rates in results.items():
            table = Table(title=suite)
            table.add_column("metric")
            table.add_column("score", justify="right")
            table.add_column("n", justify="right")
            for metric, value in rates.items():
                table.add_row(metric, f"{value:.3f}", str(tallies[suite].trials.get(metric, "")) if suite in tallies else "")
            console.print(table)
    failures = runner.floors_failed(results, floors)
    for failure in failures:
        console.print(said(failure, "below floor"), highlight=False)
    if failures:
        raise typer.Exit(1)


@app.command()
def demo(
    db: Annotated[Path, typer.Option("--db", help="The SQLite file to create afresh.")] = Path("harmledger-demo.db"),
    host: Annotated[str, typer.Option(help="Address to serve the page on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to serve the page on.")] = 8000,
    serve: Annotated[bool, typer.Option("--serve/--no-serve", help="Serve the page once the samples are in.")] = True,
) -> None:
    """Try it: the bundled sample reports into a fresh SQLite ledger, then the page at http://127.0.0.1:8000."""
    from harmledger.cli.ledger import demo_ledger

    demo_ledger(db)
    if serve:
        from harmledger.web import Settings
        from harmledger.cli.web import serve_ledger

        serve_ledger(Settings(db=str(db)), host, port)


@app.command()
def geocode(
    query: Annotated[Optional[str], typer.Argument(help="A place, e.g. 'Okhtyrka, Sumy Oblast'.")] = None,
    country: Annotated[Optional[str], typer.Option("--country", help="ISO alpha-2 country focus, e.g. UA.")] = None,
    jsonl: Annotated[Optional[Path], typer.Option("--jsonl", help="A file of {id, query, country} records.")] = None,
) -> None:
    """The place a query names, as JSON, from the offline gazetteer.

    A place it cannot name prints null, with the reason on stderr; with --jsonl, one line per record, a null
    place with its reason."""
    from harmledger.geo import geocode_explain

    if jsonl is not None:
        if problem := not_a_file(jsonl):
            raise typer.BadParameter(problem)
        for record in read_jsonl(jsonl):
            place, reason = geocode_explain(record.get("query"), record.get("country"))
            found = {"place": place.to_dict()} if place else {"place": None, "reason": reason}
            print(json.dumps({"id": record.get("id"), **found}, ensure_ascii=False))
        return
    place, reason = geocode_explain(query, country)
    print(json.dumps(place.to_dict() if place else None, ensure_ascii=False))
    if place is None:
        warn(f"geocode: {reason}")
        raise typer.Exit(1)


from harmledger.cli.ledger import register as _register_ledger_commands  # noqa: E402  (ingest, incidents, export)

_register_ledger_commands(app)

from harmledger.cli.web import register as _register_web_commands  # noqa: E402  (serve)

_register_web_commands(app)

from harmledger.cli.link import register as _register_link_commands  # noqa: E402  (link)

_register_link_commands(app)

from harmledger.cli.watch import register as _register_watch_commands  # noqa: E402  (watch, feeds, status)

_register_watch_commands(app)

from harmledger.cli.users import register as _register_user_commands  # noqa: E402  (users add, users list)

_register_user_commands(app)
