"""The tables as a data package: Frictionless metadata, Parquet with types, CSV for Excel."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from extractor.batch import Options, run
from extractor.schema import BY_NAME, SCHEMA_VERSION, TABLES
from extractor.tables import read_table
from tests.conftest import FIXTURES

GOOD = sorted(FIXTURES.glob("*.pdf"))


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("package")
    run(GOOD, folder, Options(jobs=2, quiet=True, formats=("csv", "parquet"), excel=True))
    return folder


def test_the_data_package_validates_with_frictionless(out):
    frictionless = pytest.importorskip("frictionless", reason="frictionless is a test dependency: pip install -e '.[test]'")
    report = frictionless.validate(out / "datapackage.json")
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])


def test_the_package_records_versions_keys_and_joins(out):
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert package["version"] == SCHEMA_VERSION
    assert package["extractor"]["sudachi_dictionary"].startswith("sudachidict-core ")
    assert package["created"]
    resources = {r["name"]: r for r in package["resources"]}
    assert set(resources) == {t.name for t in TABLES}
    assert resources["attendees"]["schema"]["primaryKey"] == ["meeting_id", "seq"]
    assert resources["attendees"]["schema"]["foreignKeys"][0]["reference"] == {"resource": "meetings", "fields": ["meeting_id"]}
    dates = {f["name"]: f["type"] for f in resources["meetings"]["schema"]["fields"]}
    assert dates["date"] == "date" and dates["session_no"] == "integer"


def test_parquet_and_csv_hold_the_same_content_with_the_declared_types(out):
    for table in TABLES:
        csv_frame = read_table(out / f"{table.name}.csv", table)
        parquet = pd.read_parquet(out / f"{table.name}.parquet")
        assert list(parquet.columns) == table.column_names
        assert len(parquet) == len(csv_frame)
        for column in table.columns:
            values = parquet[column.name]
            if column.type == "integer":
                assert str(values.dtype) in ("Int64", "int64"), (table.name, column.name, values.dtype)
            elif column.type == "boolean":
                assert str(values.dtype) in ("boolean", "bool"), (table.name, column.name, values.dtype)
            elif column.type == "date" and len(values.dropna()):
                assert values.dropna().map(type).eq(__import__("datetime").date).all()
            left = csv_frame[column.name].astype("string").fillna("")
            right = values.astype("string").fillna("")
            assert left.tolist() == right.tolist(), (table.name, column.name)
    meetings = pd.read_parquet(out / "meetings.parquet")
    assert str(meetings.loc[0, "date"]) == "2025-05-14"


def test_excel_csv_has_a_bom_and_plain_csv_has_none(out):
    assert (out / "attendees_excel.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not (out / "attendees.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (out / "attendees_excel.csv").read_bytes()[3:] == (out / "attendees.csv").read_bytes()


def test_an_unknown_format_stops_the_run_before_any_work(tmp_path, capsys):
    from extractor.cli import EXIT_USAGE, main

    assert main(["run", str(GOOD[0]), "--out", str(tmp_path), "--format", "xlsx"]) == EXIT_USAGE
    assert "unknown format xlsx" in capsys.readouterr().err
