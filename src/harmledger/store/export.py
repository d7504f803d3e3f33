"""Exports in the columns analysts already use: ACLED, UCDP GED, GeoJSON, JSON, JSON Lines, Parquet.

One row per linked incident, however many reports tell it. Rows are streamed
from the store a page at a time, so an export's memory does not grow with the
database. Which figure each column holds:

- ACLED ``fatalities``: ACLED's conservative figure, never the reconciled best: the
  words of the claim chosen as best read by ACLED's rules (the lowest stated number;
  "dozens" → 12, "hundreds" → 100, an unspecified plural → 10), and no higher than the
  reconciled ``low`` (where reports conflict ACLED takes the most conservative one).
  ``source`` lists every report's outlet once, ``;``-separated, as ACLED's column does.
- UCDP ``best`` / ``low`` / ``high``: the reconciled figures of ``link/reconcile.py``
  (UCDP's meaning: low the most conservative credible current figure, high the highest
  credible, best the most reliable); ``number_of_sources`` and ``source_article`` list
  the reports, as UCDP GED's columns of those names do. Reports rarely tell which side the
  dead were on, so ``deaths_unknown`` holds ``best`` and ``deaths_a`` / ``_b`` / ``_civilians`` 0
  (GED's four sum to ``best``); ``where_prec`` is 3 for a second-level area (a US county), 4 for
  a first-level one; ``date_prec`` follows the days a period spans (a weekend 2, a week 3).
- ACLED and UCDP ``country``: ACLED's spelling where it differs from ISO 3166's, else ISO's short name (not GED's
  Gleditsch-Ward names, "Russia (Soviet Union)"); ACLED ``iso`` its ISO numeric code.
- flat CSV, Parquet and GeoJSON properties (Parquet's days as dates): ``killed`` / ``injured`` the reconciled best
  beside ``_low`` and ``_high``; ``killed_qualifier`` the words of the claim chosen as
  best; ``missing`` reconciled; ``casualties`` the lead report's; ``sources`` the number of
  reports, ``source_names`` and ``source_urls`` the reports themselves (``; ``-joined);
  ``named_sources`` whom the lead report cites.
- JSON and JSON Lines: the rows as the API gives them (every field, each evidence span).

An aggregate toll (many places or days) keeps a ``null`` geometry in GeoJSON: its place
is where the toll was counted, not a point where it happened.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

import pycountry

from harmledger.data import table
from harmledger.store.query import IncidentFilter

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "iso", "country",
    "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
)
UCDP_COLUMNS = (
    "id", "year", "country", "date_start", "date_end", "date_prec", "where_description", "where_prec", "adm_1",
    "latitude", "longitude", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "low", "high",
    "number_of_sources", "source_article", "source_headline",
)
FLAT_COLUMNS = (
    "id", "document_id", "lead_mention_id", "kind", "background", "event_type", "sub_event_type", "weapon", "target", "perpetrator",
    "attribution", "confidence", "date", "when_start", "when_end", "when_precision", "place_name", "geonames_id",
    "admin1", "country", "lat", "lon", "place_precision", "killed", "killed_low", "killed_high", "killed_qualifier",
    "injured", "injured_low", "injured_high", "injured_qualifier", "missing", "casualties", "contested", "sources",
    "source_names", "source_urls", "first_reported", "last_reported", "review_status", "named_sources", "source", "title",
    "url", "published", "evidence",
)
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
ACLED_GEO_PRECISION = {"town": 1, "near": 2, "region": 3, "country": 3}
UCDP_DATE_PRECISION = {"day": 1, "week": 3, "month": 4, "year": 5}
UCDP_DAYS_PRECISION = ((1, 1), (6, 2), (7, 3), (31, 4))
"""GED's ``date_prec`` by the days from ``date_start`` to ``date_end``: one day 1, two to six 2 ("this weekend",
"between Monday and Wednesday"), a week 3, up to a month 4, longer 5."""
UCDP_WHERE_PRECISION = {"town": 1, "near": 2, "region": 4, "country": 6}
UCDP_SECOND_LEVEL = 3
"""GED's ``where_prec`` for a second-level area (a US county): a region whose name is not its admin1's."""
ACLED_COUNTRY_NAMES = {
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "CI": "Ivory Coast", "CZ": "Czech Republic",
    "KR": "South Korea", "LA": "Laos", "PS": "Palestine", "RU": "Russia", "TR": "Turkey", "VN": "Vietnam", "XK": "Kosovo",
}
"""ACLED's spelling where ISO 3166's formal name differs ("Russian Federation", "Palestine, State of");
every other country by its ISO short name (pycountry's common name where it has one: "Syria", "Iran")."""
NIGHT_DAYS = 2
"""A date precise to the day may still span two: a night's attack run past midnight is a day known to ACLED and GED."""
REPORTED_DATE_PRECISION = "week"
"""An incident with no date of its own is dated by its report: precise to about a week."""


def export(ledger: Any, fmt: str, out: str | Path | IO[str], filters: IncidentFilter | None = None) -> int:
    """Write ``ledger``'s incidents as ``fmt`` to ``out`` (a path, ``-`` for stdout, or a text file); rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    rows = ledger.iter_incidents(filters)
    if fmt == "parquet":
        if not isinstance(out, (str, Path)) or str(out) == "-":
            raise ValueError("parquet export needs a file path")
        with replacing(file_path(out)) as path:
            return write_parquet(rows, path)
    with _opened(out) as handle:
        return FORMATS[fmt](rows, handle)


@contextlib.contextmanager
def _opened(out: str | Path | IO[str]) -> Iterator[IO[str]]:
    if not isinstance(out, (str, Path)):
        yield out
    elif str(out) == "-":
        yield sys.stdout
    else:
        with replacing(file_path(out)) as path, open(path, "w", encoding="utf-8", newline="") as handle:
            yield handle


def file_path(out: str | Path) -> Path:
    """The file an export is to be written to; a folder (an existing one, or a name ending in ``/``) or a missing
    folder is refused before anything is written: ``Path("out/")`` drops its slash, which had made a file named ``out``."""
    if str(out).endswith(("/", os.sep)) or Path(out).is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder: name the file to write in it", str(out))
    if not Path(out).absolute().parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, f"there is no folder {Path(out).parent} to write it in", str(out))
    return Path(out)


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Where to write a file that replaces ``path`` only once it is whole: an export that stops midway (a
    lost database, a full disk, Ctrl-C) leaves the previous file as it was, not a truncated one that reads
    as a complete export. A path that is no regular file (a pipe, ``/dev/stdout``, anything under ``/dev``
    or ``/proc``, whose links name a shell's open files) is written in place.

    The file written is made new and unguessable beside the export (no link planted in its name can send
    the rows elsewhere), with the mode the export keeps (an existing file's, else what an ordinary
    ``open`` gives), and is on disk before it takes the export's name. A failure to write names the export."""
    if str(path.absolute()).startswith(("/dev/", "/proc/")) or (path.exists() and not path.is_file()):
        yield path
        return
    target = Path(os.path.realpath(path))  # through a link to the file it names, which stays a link
    with _naming(path, target):
        descriptor, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
        partial = Path(name)
        try:
            with os.fdopen(descriptor, "rb") as made:
                yield partial
                if target.exists():
                    shutil.copymode(target, partial)
                else:
                    os.fchmod(made.fileno(), 0o666 & ~_umask())
                os.fsync(made.fileno())  # the file made here, however the writer reopened it
            os.replace(partial, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()


@contextlib.contextmanager
def _naming(export: Path, target: Path) -> Iterator[None]:
    """An ``OSError`` that names no file, or the hidden file written for ``target``, names ``export``
    instead: the file the user asked for (a full disk is told of it, not of ``.x.csv.k3j2.partial``)."""
    try:
        yield
    except OSError as error:
        named = Path(error.filename) if isinstance(error.filename, str) else None
        hidden = named is not None and named.parent == target.parent and named.name.startswith(f".{target.name}.") and named.suffix == ".partial"
        if error.errno is not None and (error.filename is None or hidden):
            error.filename = str(export)
        raise


def _umask() -> int:
    """This process's umask, read without changing it where Linux tells it (``os.umask`` alone sets one to read one)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_acled(rows: Iterator[dict[str, Any]], handle: IO[str]) -> int:
    return _write_csv(ACLED_COLUMNS, (acled_row(r) for r in rows), handle)


def write_ucdp(rows: Iterator[dict[str, Any]], handle: IO[str]) -> int:
    return _write_csv(UCDP_COLUMNS, (ucdp_row(r) for r in rows), handle)


def write_flat_csv(rows: Iterator[dict[str, Any]], handle: IO[str]) -> int:
    return _write_csv(FLAT_COLUMNS, (flat_row(r) for r in rows), handle)


def write_json(rows: Iterator[dict[str, Any]], handle: IO[str]) -> int:
    """One JSON array, written a row at a time."""
    handle.write("[")
    written = 0
    for row in rows:
        handle.write((",\n" if written else "\n") + json.dumps(row, ensure_ascii=False))
        written += 1
    handle.write("\n]\n")
    return written


def write_jsonl(rows: Iterator[dict[str, Any]], handle: IO[str]) -> int:
    written = 0
    for row in rows:
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        written += 1
    return written


def write_geojson(rows: Iterator[dict[str, Any]], handle: IO[str]) -> int:
    """A FeatureCollection; incidents with no coordinates keep a ``null`` geometry (valid GeoJSON)."""
    handle.write('{"type": "FeatureCollection", "features": [\n')
    written = 0
    for row in rows:
        handle.write((",\n" if written else "") + json.dumps(feature(row), ensure_ascii=False))
        written += 1
    handle.write("\n]}\n")
    return written


def write_parquet(rows: Iterator[dict[str, Any]], path: Path, batch: int = 5000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, _PARQUET_TYPES.get(c, pa.string())) for c in FLAT_COLUMNS])
    written = 0
    with pq.ParquetWriter(path, schema) as writer:
        buffer: list[dict[str, Any]] = []
        for row in rows:
            buffer.append(_dated(flat_row(row)))
            if len(buffer) >= batch:
                writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
                written += len(buffer)
                buffer = []
        if buffer or not written:
            writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
            written += len(buffer)
    return written


def acled_fatalities(count: dict[str, Any] | None) -> int:
    """ACLED's conservative figure: the lowest stated number, no higher than the reconciled ``low``;
    vague words by ACLED's table; 0 when none."""
    if count is None:
        return 0
    if count["qualifier"] == "vague":
        rules = table("acled_fatalities")
        said = ((count.get("span") or {}).get("text") or "").lower()
        return next((n for word, n in rules["vague_words"] if word in said), rules["unspecified_plural"])
    stated = count["low"] if count["qualifier"] == "range" and count.get("low") is not None else count["value"]
    return min(stated, count["low"]) if count.get("low") is not None else stated


def acled_row(row: dict[str, Any]) -> dict[str, Any]:
    place = row["place"] or {}
    when = row["when"] or {}
    day = when.get("start") or row["date"]
    return {
        "event_id_cnty": f"{place.get('country') or 'XX'}-{row['id']}",
        "event_date": day,
        "year": day[:4] if day else None,
        "time_precision": _acled_time_precision(when),
        "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"],
        "actor1": row["perpetrator"],
        "iso": _iso_numeric(place.get("country")),
        "country": country_name(place.get("country")),
        "admin1": place.get("admin1"),
        "location": place.get("name"),
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        "geo_precision": ACLED_GEO_PRECISION.get(place.get("precision")) if place else None,
        "source": "; ".join(dict.fromkeys(_names(row))),  # each outlet once, as ACLED names its sources
        "notes": _notes(row),
        "fatalities": acled_fatalities(row["killed"]),
    }


def ucdp_row(row: dict[str, Any]) -> dict[str, Any]:
    place = row["place"] or {}
    when = row["when"] or {}
    killed = row["killed"]
    best = 0 if killed is None else (killed["best"] if killed["best"] is not None else killed["value"])
    start, end = when.get("start") or row["date"], when.get("end") or row["date"]
    return {
        "id": row["id"],
        "year": start[:4] if start else None,
        "country": country_name(place.get("country")),
        "date_start": start,
        "date_end": end,
        "date_prec": _ucdp_date_precision(when),
        "where_description": place.get("name"),
        "where_prec": _ucdp_where_precision(place),
        "adm_1": place.get("admin1"),
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        # reports rarely say which side each victim was on: every death is GED's "unknown", as GED's own sums need
        "deaths_a": 0, "deaths_b": 0, "deaths_civilians": 0, "deaths_unknown": best,
        "best": best,
        "low": killed["low"] if killed and killed["low"] is not None else best,
        "high": killed["high"] if killed and killed["high"] is not None else best,
        "number_of_sources": row["sources"],
        "source_article": "; ".join(_names(row)),
        "source_headline": row["title"] or row["source"],
    }


def country_name(code: str | None) -> str | None:
    """A country's name from its ISO alpha-2 code (None for none): ACLED's spelling where it differs from ISO's,
    else ISO's short name. The UCDP export writes it too: GED's own Gleditsch-Ward names ("DR Congo (Zaire)")
    are not kept here."""
    if not code:
        return None
    if code in ACLED_COUNTRY_NAMES:
        return ACLED_COUNTRY_NAMES[code]
    found = pycountry.countries.get(alpha_2=code)
    return None if found is None else getattr(found, "common_name", None) or found.name


def _iso_numeric(code: str | None) -> int | None:
    """ACLED's ``iso``: the ISO 3166-1 numeric code (804 for Ukraine)."""
    found = pycountry.countries.get(alpha_2=code) if code else None
    return None if found is None else int(found.numeric)


def _ucdp_date_precision(when: dict[str, Any]) -> int:
    """A day known is 1, and so is a night's two dates ("late Sunday" run past midnight); a period of more days
    by the days it spans, as GED defines its codes ("this weekend" 2, "from 30 May to 2 June" 2 though each end
    is a day); else by the stated precision ("this week" dated to one day is still a week), and an incident
    dated by its report by ``REPORTED_DATE_PRECISION``."""
    precision = when.get("precision") or REPORTED_DATE_PRECISION
    days = _days(when)
    if days > (NIGHT_DAYS if precision == "day" else 1):
        return next((code for most, code in UCDP_DAYS_PRECISION if days <= most), 5)
    return UCDP_DATE_PRECISION.get(precision, 5)


def _acled_time_precision(when: dict[str, Any]) -> int:
    """ACLED's ``time_precision`` by the stated precision, but a span of days past a night's two is no day known:
    within a week 2 ("between 3 and 5 March"), longer 3."""
    precision = when.get("precision") or REPORTED_DATE_PRECISION
    days = _days(when)
    if precision == "day" and days > NIGHT_DAYS:
        return 2 if days <= 7 else 3
    return ACLED_TIME_PRECISION.get(precision, 3)


def _days(when: dict[str, Any]) -> int:
    """The days from ``when``'s start to its end, both counted (1 where either is missing)."""
    if not (when.get("start") and when.get("end")):
        return 1
    return (date.fromisoformat(when["end"]) - date.fromisoformat(when["start"])).days + 1


def _ucdp_where_precision(place: dict[str, Any]) -> int | None:
    if not place:
        return None
    if place.get("precision") == "region" and (place.get("name") or "").casefold() != (place.get("admin1") or "").casefold():
        return UCDP_SECOND_LEVEL
    return UCDP_WHERE_PRECISION.get(place.get("precision"))


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    place = row["place"] or {}
    when = row["when"] or {}
    out = {key: row.get(key) for key in FLAT_COLUMNS if key in row and not isinstance(row[key], (dict, list))}
    out.update(
        when_start=when.get("start"), when_end=when.get("end"), when_precision=when.get("precision"),
        place_name=place.get("name"), geonames_id=place.get("geonames_id"), admin1=place.get("admin1"),
        country=place.get("country"), lat=place.get("lat"), lon=place.get("lon"), place_precision=place.get("precision"),
        named_sources="; ".join(row["named_sources"]), source_names="; ".join(_names(row)),
        source_urls="; ".join(r["url"] for r in row["reports"] if r["url"]), evidence=_notes(row),
    )
    for slot in ("killed", "injured", "missing", "casualties"):
        count = row[slot]
        out[slot] = None if count is None else (count["best"] if count["best"] is not None else count["value"])
    for slot in ("killed", "injured"):
        count = row[slot] or {}
        out.update({f"{slot}_low": count.get("low"), f"{slot}_high": count.get("high"), f"{slot}_qualifier": count.get("qualifier")})
    return {key: out.get(key) for key in FLAT_COLUMNS}


def feature(row: dict[str, Any]) -> dict[str, Any]:
    place = row["place"]
    geometry = None
    if place and place["lat"] is not None and place["lon"] is not None and row["kind"] != "aggregate":
        geometry = {"type": "Point", "coordinates": [place["lon"], place["lat"]]}
    return {"type": "Feature", "id": row["id"], "geometry": geometry, "properties": flat_row(row)}


def _names(row: dict[str, Any]) -> list[str]:
    """Each report's outlet (else its title, else its file), in publication order."""
    return [r["source"] or r["title"] or r["document_id"] for r in row["reports"]]


def _notes(row: dict[str, Any]) -> str:
    """Each evidence text once, in order: an article that repeats its paragraphs (a wire story pasted twice, a
    lede restated under the photo) gives the same span again, which said nothing new in the column."""
    return " … ".join(dict.fromkeys(span["text"] for span in row["evidence"]))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads as the start of a formula (OWASP, CSV injection)."""


def _inert(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula (a headline "=HYPERLINK(...)", a source "@user",
    notes opening "-- Police said") behind a single quote, as OWASP advises; numbers (a negative
    longitude) are no text and stay as they are."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def _write_csv(columns: tuple[str, ...], rows: Iterator[dict[str, Any]], handle: IO[str]) -> int:
    writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    written = 0
    for row in rows:
        writer.writerow({key: _inert(value) for key, value in row.items()})
        written += 1
    return written


DATE_COLUMNS = ("date", "when_start", "when_end", "first_reported", "last_reported", "published")
"""Days, which Parquet stores as dates (``date32``: pandas and R read them as dates, not text to parse)."""


def _dated(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, **{c: date.fromisoformat(row[c]) for c in DATE_COLUMNS if row[c] is not None}}


def _parquet_types() -> dict[str, Any]:
    try:
        import pyarrow as pa
    except ImportError:
        return {}
    integers = ("geonames_id", "killed", "killed_low", "killed_high", "injured", "injured_low", "injured_high", "missing", "casualties", "sources")
    floats = ("confidence", "lat", "lon")
    booleans = ("background", "contested")
    return {**{c: pa.int64() for c in integers}, **{c: pa.float64() for c in floats}, **{c: pa.bool_() for c in booleans},
            **{c: pa.date32() for c in DATE_COLUMNS}}


FORMATS = {
    "acled-csv": write_acled,
    "ucdp-csv": write_ucdp,
    "csv": write_flat_csv,
    "geojson": write_geojson,
    "json": write_json,
    "jsonl": write_jsonl,
    "parquet": write_parquet,
}
_PARQUET_TYPES = _parquet_types()
