"""Rows into tables: CSV (UTF-8, and UTF-8 with BOM for Excel) and Parquet. The only module that imports pandas.

Each table is written to a temporary file beside its target and renamed over
it only when complete, so a reader never sees half a table.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import asdict
from pathlib import Path

import pandas as pd

from .schema import TABLES, Table

_DTYPES = {"integer": "Int64", "boolean": "boolean", "string": "string", "date": "string"}


def frame(table: Table, rows: list) -> pd.DataFrame:
    """The rows as a DataFrame with the table's columns, in schema order and type."""
    records = [asdict(row) for row in rows]
    data = pd.DataFrame.from_records(records, columns=table.column_names)
    return data.astype({c.name: _DTYPES[c.type] for c in table.columns})


FORMATS = ("csv", "parquet")


class FormatUnavailable(Exception):
    """A format whose library is not installed."""


def check_formats(formats: tuple[str, ...]) -> None:
    """Raise FormatUnavailable, before any work is done, for a format that cannot be written here."""
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise FormatUnavailable(f"unknown format {', '.join(sorted(unknown))}; choose from {', '.join(FORMATS)}")
    if "parquet" in formats:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise FormatUnavailable("Parquet needs pyarrow: pip install 'extractor[parquet]'") from None


def write_tables(
    rows_by_table: dict[str, list], out_dir: Path, formats: tuple[str, ...] = ("csv",), excel: bool = False
) -> dict[str, Path]:
    """Write every table in the schema: ``OUT/<name>.csv`` (UTF-8, header row, no index), and
    ``<name>.parquet`` and ``<name>_excel.csv`` (UTF-8 with BOM, which Excel reads as UTF-8) when asked."""
    check_formats(formats)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for table in TABLES:
        data = frame(table, rows_by_table.get(table.name, []))
        csv_text = data.to_csv(index=False, lineterminator="\n")
        if "csv" in formats:
            write_atomically(out_dir / f"{table.name}.csv", csv_text.encode("utf-8"))
        if excel:
            write_atomically(out_dir / f"{table.name}_excel.csv", csv_text.encode("utf-8-sig"))
        if "parquet" in formats:
            buffer = io.BytesIO()
            typed = data.copy()
            for column in table.columns:
                if column.type == "date":
                    typed[column.name] = pd.to_datetime(typed[column.name], errors="coerce").dt.date
            typed.to_parquet(buffer, index=False)
            write_atomically(out_dir / f"{table.name}.parquet", buffer.getvalue())
        written[table.name] = out_dir / f"{table.name}.csv"
    return written


def read_table(path: Path, table: Table) -> pd.DataFrame:
    """Read a table written by :func:`write_tables` back with its declared types."""
    data = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    for column in table.columns:
        if column.type == "integer":
            data[column.name] = pd.to_numeric(data[column.name]).astype("Int64")
        elif column.type == "boolean":
            data[column.name] = data[column.name].map({"True": True, "False": False}).astype("boolean")
        else:
            data[column.name] = data[column.name].fillna("").astype("string")
    return data


def write_atomically(target: Path, content: bytes) -> None:
    """Write to a temporary file in the target's folder, then rename it over the target."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
