"""Run the extractor over the real-document corpus and score it against tests/gold.

    python -m tests.corpus_eval OUT_DIR [--show-misses]     (make eval)

The text documents are printed to PDF first (tests/textdocs.py), into OUT_DIR/printed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from extractor.cli import main as extractor
from tests.textdocs import TEXT_DIR, print_document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
GOLD = ROOT / "tests" / "gold"


def inputs(out_dir: Path) -> list[Path]:
    """Every corpus PDF, and every text document printed to PDF."""
    printed = out_dir / "printed"
    printed.mkdir(parents=True, exist_ok=True)
    texts = [p for p in sorted(TEXT_DIR.iterdir()) if p.name != "MANIFEST.tsv"]
    return sorted((CORPUS / "pdf").glob("*.pdf")) + [print_document(p, printed) for p in texts]


def run(out_dir: Path, extra: list[str] = ()) -> int:
    tables = out_dir / "tables"
    extractor(["run", *map(str, inputs(out_dir)), "--out", str(tables), "--quiet"])
    return extractor(["eval", str(GOLD), str(tables), *extra])


if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1]), sys.argv[2:]))
