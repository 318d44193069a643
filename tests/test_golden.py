"""Each fixture PDF's tables, compared whole with the reviewed expected tables."""

from __future__ import annotations

import difflib

import pytest

from extractor.schema import TABLES
from tests.golden import FIXTURES, GOLDEN, extract_tables


@pytest.mark.parametrize("pdf", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_tables_match_golden(pdf, tmp_path):
    extract_tables(pdf, tmp_path)
    for table in TABLES:
        expected = (GOLDEN / pdf.stem / f"{table.name}.csv").read_text(encoding="utf-8")
        actual = (tmp_path / f"{table.name}.csv").read_text(encoding="utf-8")
        if actual != expected:
            diff = "".join(
                difflib.unified_diff(
                    expected.splitlines(True), actual.splitlines(True), f"golden/{table.name}.csv", "extracted"
                )
            )
            pytest.fail(f"{pdf.name}: {table.name}.csv differs from the golden file (make golden to accept):\n{diff}")


def test_every_fixture_has_golden_tables():
    assert FIXTURES, "no fixture PDFs found"
    for pdf in FIXTURES:
        assert (GOLDEN / pdf.stem).is_dir(), f"{pdf.name} has no tests/golden/{pdf.stem}/ (run make golden)"
