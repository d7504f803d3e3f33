"""Exports in the columns analysts already use: ACLED, UCDP GED, GeoJSON, JSON Lines, Parquet.

Rows are streamed from the store a page at a time, so an export's memory does
not grow with the database. ``fatalities`` (ACLED) follows ACLED's
conservative rules; ``best``/``low``/``high`` (UCDP) follow DESIGN.md's
counting conventions.
"""

from __future__ import annotations

import contextlib
import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from harmledger.data import table
from harmledger.store.query import IncidentFilter

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "admin1",
    "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
)
UCDP_COLUMNS = (
    "date_start", "date_end", "date_prec", "where_description", "where_prec", "adm_1", "latitude", "longitude",
    "best", "low", "high", "source_headline",
)
FLAT_COLUMNS = (
    "id", "document_id", "kind", "background", "event_type", "sub_event_type", "weapon", "target", "perpetrator",
    "attribution", "confidence", "date", "when_start", "when_end", "when_precision", "place_name", "geonames_id",
    "admin1", "country", "lat", "lon", "place_precision", "killed", "killed_qualifier", "injured", "injured_qualifier",
    "missing", "casualties", "sources", "source", "title", "url", "published", "evidence",
)
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
ACLED_GEO_PRECISION = {"town": 1, "near": 2, "region": 3, "country": 3}
UCDP_DATE_PRECISION = {"day": 1, "week": 3, "month": 4, "year": 5}
UCDP_WHERE_PRECISION = {"town": 1, "near": 2, "region": 4, "country": 6}
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
        return write_parquet(rows, Path(out))
    with _opened(out) as handle:
        return FORMATS[fmt](rows, handle)


@contextlib.contextmanager
def _opened(out: str | Path | IO[str]) -> Iterator[IO[str]]:
    if not isinstance(out, (str, Path)):
        yield out
    elif str(out) == "-":
        yield sys.stdout
    else:
        with open(out, "w", encoding="utf-8", newline="") as handle:
            yield handle


def write_acled(rows: Iterator[dict[str, Any]], handle: IO[str]) -> int:
    return _write_csv(ACLED_COLUMNS, (acled_row(r) for r in rows), handle)


def write_ucdp(rows: Iterator[dict[str, Any]], handle: IO[str]) -> int:
    return _write_csv(UCDP_COLUMNS, (ucdp_row(r) for r in rows), handle)


def write_flat_csv(rows: Iterator[dict[str, Any]], handle: IO[str]) -> int:
    return _write_csv(FLAT_COLUMNS, (flat_row(r) for r in rows), handle)


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
            buffer.append(flat_row(row))
            if len(buffer) >= batch:
                writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
                written += len(buffer)
                buffer = []
        if buffer or not written:
            writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
            written += len(buffer)
    return written


def acled_fatalities(count: dict[str, Any] | None) -> int:
    """ACLED's conservative figure: the lowest stated number; vague words by ACLED's table; 0 when none."""
    if count is None:
        return 0
    if count["qualifier"] == "vague":
        rules = table("acled_fatalities")
        said = ((count.get("span") or {}).get("text") or "").lower()
        return next((n for word, n in rules["vague_words"] if word in said), rules["unspecified_plural"])
    if count["qualifier"] == "range" and count.get("low") is not None:
        return count["low"]
    return count["value"]


def acled_row(row: dict[str, Any]) -> dict[str, Any]:
    place = row["place"] or {}
    when = row["when"] or {}
    precision = when.get("precision") or REPORTED_DATE_PRECISION
    day = when.get("start") or row["date"]
    return {
        "event_id_cnty": f"{place.get('country') or 'XX'}-{row['id']}",
        "event_date": day,
        "year": day[:4] if day else None,
        "time_precision": ACLED_TIME_PRECISION.get(precision, 3),
        "event_type": row["event_type"],
        "sub_event_type": row["sub_event_type"],
        "actor1": row["perpetrator"],
        "admin1": place.get("admin1"),
        "location": place.get("name"),
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        "geo_precision": ACLED_GEO_PRECISION.get(place.get("precision")) if place else None,
        "source": row["source"],
        "notes": _notes(row),
        "fatalities": acled_fatalities(row["killed"]),
    }


def ucdp_row(row: dict[str, Any]) -> dict[str, Any]:
    place = row["place"] or {}
    when = row["when"] or {}
    killed = row["killed"]
    best = 0 if killed is None else (killed["best"] if killed["best"] is not None else killed["value"])
    return {
        "date_start": when.get("start") or row["date"],
        "date_end": when.get("end") or row["date"],
        "date_prec": UCDP_DATE_PRECISION.get(when.get("precision") or REPORTED_DATE_PRECISION, 5),
        "where_description": place.get("name"),
        "where_prec": UCDP_WHERE_PRECISION.get(place.get("precision")) if place else None,
        "adm_1": place.get("admin1"),
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        "best": best,
        "low": killed["low"] if killed and killed["low"] is not None else best,
        "high": killed["high"] if killed and killed["high"] is not None else best,
        "source_headline": row["title"] or row["source"],
    }


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    place = row["place"] or {}
    when = row["when"] or {}
    out = {key: row.get(key) for key in FLAT_COLUMNS if key in row and not isinstance(row[key], (dict, list))}
    out.update(
        when_start=when.get("start"), when_end=when.get("end"), when_precision=when.get("precision"),
        place_name=place.get("name"), geonames_id=place.get("geonames_id"), admin1=place.get("admin1"),
        country=place.get("country"), lat=place.get("lat"), lon=place.get("lon"), place_precision=place.get("precision"),
        sources="; ".join(row["sources"]), evidence=_notes(row),
    )
    for slot in ("killed", "injured", "missing", "casualties"):
        count = row[slot]
        out[slot] = None if count is None else (count["best"] if count["best"] is not None else count["value"])
    out["killed_qualifier"] = row["killed"]["qualifier"] if row["killed"] else None
    out["injured_qualifier"] = row["injured"]["qualifier"] if row["injured"] else None
    return {key: out.get(key) for key in FLAT_COLUMNS}


def feature(row: dict[str, Any]) -> dict[str, Any]:
    place = row["place"]
    geometry = None
    if place and place["lat"] is not None and place["lon"] is not None:
        geometry = {"type": "Point", "coordinates": [place["lon"], place["lat"]]}
    return {"type": "Feature", "id": row["id"], "geometry": geometry, "properties": flat_row(row)}


def _notes(row: dict[str, Any]) -> str:
    return " … ".join(span["text"] for span in row["evidence"])


def _write_csv(columns: tuple[str, ...], rows: Iterator[dict[str, Any]], handle: IO[str]) -> int:
    writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    written = 0
    for row in rows:
        writer.writerow(row)
        written += 1
    return written


def _parquet_types() -> dict[str, Any]:
    try:
        import pyarrow as pa
    except ImportError:
        return {}
    integers = ("geonames_id", "killed", "injured", "missing", "casualties")
    floats = ("confidence", "lat", "lon")
    return {**{c: pa.int64() for c in integers}, **{c: pa.float64() for c in floats}, "background": pa.bool_()}


FORMATS = {
    "acled-csv": write_acled,
    "ucdp-csv": write_ucdp,
    "csv": write_flat_csv,
    "geojson": write_geojson,
    "jsonl": write_jsonl,
    "parquet": write_parquet,
}
_PARQUET_TYPES = _parquet_types()
