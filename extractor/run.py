"""Many files into one set of tables: every input gets a status, and a bad file never stops the run."""

from __future__ import annotations

import datetime as dt
import json
import logging
import platform
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from .errors import ExtractorError
from .pipeline import extract
from .records import Extraction, FileResult
from .settings import DEFAULT, Settings
from .tables import write_atomically, write_tables

log = logging.getLogger("extractor")

FAILED = {"not_pdf", "empty", "corrupt", "encrypted", "no_text_layer", "error", "missing"}


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status in FAILED]


def find_inputs(paths: list[Path]) -> list[Path]:
    """The files to process: each file given, and every ``*.pdf`` under each folder given, sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def extract_file(path: Path, settings: Settings = DEFAULT) -> tuple[FileResult, Extraction | None]:
    """Extract one file, turning every failure into a status instead of an exception."""
    try:
        extraction = extract(path, settings)
    except FileNotFoundError:
        return FileResult(str(path), "", "", "missing", f"{path}: no such file", None), None
    except ExtractorError as error:
        return FileResult(str(path), "", "", error.status, str(error), None), None
    except Exception as error:  # a parser bug must not stop the batch; the message says where
        log.exception("%s: unexpected error", path)
        return FileResult(str(path), "", "", "error", f"{path}: {type(error).__name__}: {error}", None), None
    meeting = extraction.meeting
    if extraction.not_minutes:
        message = f"{path}: not minutes: {extraction.not_minutes}"
        return FileResult(str(path), meeting.source_sha256, "", "not_minutes", message, meeting.page_count), None
    status = "partial" if extraction.problems else "ok"
    message = "; ".join(str(problem) for problem in extraction.problems)
    return FileResult(str(path), meeting.source_sha256, meeting.meeting_id, status, message, meeting.page_count), extraction


def run(paths: list[Path], out_dir: Path, settings: Settings = DEFAULT) -> RunResult:
    """Extract every input into ``out_dir``'s tables and record how the run went in ``run.json``."""
    started = dt.datetime.now(dt.timezone.utc)
    result = RunResult()
    for path in find_inputs(paths):
        file_result, extraction = extract_file(path, settings)
        log.info("%s: %s%s", path, file_result.status, f" ({file_result.message})" if file_result.message else "")
        result.files.append(file_result)
        if extraction is not None:
            result.extractions.append(extraction)
    tables = {
        "meetings": [e.meeting for e in result.extractions],
        "attendees": [row for e in result.extractions for row in e.attendees],
        "absentees": [row for e in result.extractions for row in e.absentees],
        "agenda": [row for e in result.extractions for row in e.agenda],
        "materials": [row for e in result.extractions for row in e.materials],
        "statements": [row for e in result.extractions for row in e.statements],
        "files": result.files,
    }
    write_tables(tables, out_dir)
    record = provenance() | {
        "started": started.isoformat(timespec="seconds"),
        "finished": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "inputs": len(result.files),
        "statuses": _count(f.status for f in result.files),
    }
    write_atomically(out_dir / "run.json", (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode())
    return result


def provenance() -> dict[str, str]:
    """Versions of everything that decides what the tables contain."""
    return {
        "extractor_version": _version("extractor"),
        "pdfplumber_version": _version("pdfplumber"),
        "pdfminer_version": _version("pdfminer.six"),
        "sudachipy_version": _version("sudachipy"),
        "sudachi_dictionary": f"sudachidict-core {_version('sudachidict-core')}",
        "python_version": platform.python_version(),
    }


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"


def _count(statuses) -> dict[str, int]:
    counts: dict[str, int] = {}
    for status in statuses:
        counts[status] = counts.get(status, 0) + 1
    return counts
