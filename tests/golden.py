"""Expected tables for each fixture PDF, kept in tests/golden/<fixture>/.

    python -m tests.golden      # rewrite them from the current extractor (make golden)

Review the rewritten files with ``git diff`` before committing them.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

from extractor.batch import Options, run
from extractor.schema import TABLES

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "fixtures").glob("*.pdf"))
GOLDEN = ROOT / "tests" / "golden"


def extract_tables(pdf: Path, out: Path) -> None:
    """Extract one fixture the way ``make extract`` does, with its path relative to the project."""
    with contextlib.chdir(ROOT):
        run([pdf.relative_to(ROOT)], out, Options(jobs=1, quiet=True))


def main() -> None:
    for pdf in FIXTURES:
        target = GOLDEN / pdf.stem
        with tempfile.TemporaryDirectory() as scratch:
            extract_tables(pdf, Path(scratch))
            target.mkdir(parents=True, exist_ok=True)
            for table in TABLES:
                shutil.copy(Path(scratch) / f"{table.name}.csv", target / f"{table.name}.csv")
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
