from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_pdf(name: str) -> Path:
    """A real document from ../shared/corpus/pdf, or a skip saying why it is missing."""
    path = CORPUS / "pdf" / name
    if not path.exists():
        pytest.skip(f"the real-document corpus is not here ({path} is absent); CI has it")
    return path
