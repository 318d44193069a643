"""Run the extractor over the real-document corpus and the blind set, and score them.

    python -m tests.corpus_eval OUT_DIR [--show-misses]     (make eval)

Text documents are printed to PDF first (tests/textdocs.py), into OUT_DIR/printed; the blind
set's sources are rendered with the fixture renderer into OUT_DIR/blind.
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

from extractor.cli import main as extractor

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
GOLD = ROOT / "tests" / "gold"
BLIND = ROOT / "tests" / "blind"


def corpus_inputs(out_dir: Path) -> list[Path]:
    """Every corpus PDF, and every text document printed to PDF (named apart from a PDF of the same meeting)."""
    from tests.textdocs import TEXT_DIR, print_document

    printed = out_dir / "printed"
    printed.mkdir(parents=True, exist_ok=True)
    pdfs = sorted((CORPUS / "pdf").glob("*.pdf"))
    taken = {pdf.stem for pdf in pdfs}
    texts = []
    for source in sorted(p for p in TEXT_DIR.iterdir() if p.name != "MANIFEST.tsv"):
        pdf = print_document(source, printed)
        if source.stem in taken:  # the same meeting as a corpus PDF: extracted, scored through the PDF
            pdf = pdf.rename(pdf.with_name(f"{source.stem}-text.pdf"))
        texts.append(pdf)
    return pdfs + texts


def blind_inputs(out_dir: Path, folder: Path = BLIND) -> list[Path]:
    """The blind set's documents (or the pending ones: folder=BLIND / "pending"), rendered from their sources."""
    sys.path.insert(0, str(ROOT / "fixtures"))
    import make_fixtures

    rendered = out_dir / folder.name
    rendered.mkdir(parents=True, exist_ok=True)
    out = []
    for source in sorted((folder / "src").glob("*.txt")):
        out.append(rendered / f"{source.stem}.pdf")
        make_fixtures.render(source, out[-1])
    return out


def extract(inputs: list[Path], tables: Path) -> None:
    with contextlib.redirect_stderr(io.StringIO()):
        extractor(["run", *map(str, inputs), "--out", str(tables), "--quiet"])


def main(out_dir: Path, extra: list[str]) -> int:
    extract(corpus_inputs(out_dir), out_dir / "corpus")
    extract(blind_inputs(out_dir), out_dir / "blind-tables")
    pending = blind_inputs(out_dir, BLIND / "pending")
    if pending:
        extract(pending, out_dir / "pending-tables")
    print("== corpus (tests/gold)")
    corpus = extractor(["eval", str(GOLD), str(out_dir / "corpus"), *extra])
    print("== blind set (tests/blind/gold)")
    blind = extractor(["eval", str(BLIND / "gold"), str(out_dir / "blind-tables"), *extra])
    if pending:
        print("== blind set, pending (tests/blind/pending/gold; not yet held to the bar)")
        extractor(["eval", str(BLIND / "pending" / "gold"), str(out_dir / "pending-tables"), *extra])
    return corpus or blind


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2:]))
