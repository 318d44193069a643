"""Rows into CSV tables. The only module that imports pandas.

Each table is written to a temporary file beside its target and renamed over
it only when complete, so a reader never sees half a table.
"""

from __future__ import annotations

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


def write_tables(rows_by_table: dict[str, list], out_dir: Path) -> dict[str, Path]:
    """Write every table in the schema as ``OUT/<name>.csv`` (UTF-8, header row, no index)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for table in TABLES:
        target = out_dir / f"{table.name}.csv"
        data = frame(table, rows_by_table.get(table.name, []))
        write_atomically(target, data.to_csv(index=False, lineterminator="\n").encode("utf-8"))
        written[table.name] = target
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
