"""The committed fixture PDFs are exactly what fixtures/make_fixtures.py makes from fixtures/src."""

import subprocess
import sys

from tests.conftest import FIXTURES


def test_fixture_pdfs_regenerate_byte_for_byte(tmp_path):
    for pdf in FIXTURES.glob("*.pdf"):
        (tmp_path / pdf.name).write_bytes(pdf.read_bytes())
    done = subprocess.run(
        [sys.executable, str(FIXTURES / "make_fixtures.py"), "--check", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.stem for p in FIXTURES.glob("*.pdf")) == sorted(p.stem for p in (FIXTURES / "src").glob("*.txt"))
