"""Many files into one set of tables, unattended.

Every input ends with a status; one bad file never stops the batch; an unchanged
file is not read again; tables are replaced only when complete, so a run killed
at any moment leaves the previous tables whole, and the next run finishes the job.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from .cache import Cache, cache_key
from .engines import dask_engine, local_engine
from .lock import OutputLock
from .persons import organization_rows, person_rows
from .records import Extraction, FileResult
from .report import FAILED, Reporter, Summary
from .settings import DEFAULT, Settings
from .schema import datapackage
from .tables import FormatUnavailable, check_formats, write_atomically, write_tables
from .worker import Limits, Outcome


class RunError(Exception):
    """The run cannot proceed at all: the output cannot be written, the engine is unavailable."""


@dataclass
class Options:
    jobs: int = 0  # 0: one worker per core
    limits: Limits = field(default_factory=Limits)
    engine: str = "local"
    scheduler: str | None = None
    keep_missing: bool = False
    force: bool = False
    settings: Settings = DEFAULT
    log_format: str = "text"
    quiet: bool = False
    formats: tuple[str, ...] = ("csv",)
    excel: bool = False

    @property
    def workers(self) -> int:
        return self.jobs or os.cpu_count() or 1


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)
    summary: Summary | None = None

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


def run(paths: list[Path], out_dir: Path, options: Options | None = None, stream=None) -> RunResult:
    """Extract every input into ``out_dir``'s tables; raise RunError when the run cannot proceed."""
    options = options or Options()
    try:
        check_formats(options.formats)
    except FormatUnavailable as error:
        raise RunError(str(error)) from None
    inputs = find_inputs(paths)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".extractor-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise RunError(f"cannot write to {out_dir}: {error.strerror or error}") from None
    versions = provenance()
    reporter = Reporter(len(inputs), options.log_format, stream, options.quiet)
    summary = Summary(started=dt.datetime.now(dt.timezone.utc))
    with OutputLock(out_dir):
        cache = Cache(out_dir, cache_key(versions, options.settings))
        outcomes: dict[str, tuple[Outcome, bool]] = {}
        shas: dict[str, str] = {}
        todo: list[str] = []
        for path in inputs:
            if not path.is_file():
                outcomes[str(path)] = (_missing(path), False)
                continue
            shas[str(path)] = cache.sha256(path)
            stored = None if options.force else cache.load(shas[str(path)], str(path))
            if stored:
                outcomes[str(path)] = (Outcome(stored[0], stored[1], 0.0), True)
            else:
                todo.append(str(path))
        for path, (outcome, reused) in outcomes.items():
            _done(reporter, summary, outcome, reused)
        for outcome in _engine(todo, options):
            cache.store(outcome.result, outcome.extraction)
            outcomes[outcome.result.source_file] = (outcome, False)
            _done(reporter, summary, outcome, False)
        ordered = [outcomes[str(path)][0] for path in inputs]
        if options.keep_missing:
            ordered += _kept(cache, {str(p) for p in inputs})
        result = RunResult(
            files=[o.result for o in ordered], extractions=[o.extraction for o in ordered if o.extraction]
        )
        _write(result, out_dir, options)
        cache.remember(inputs, shas)
        summary.finished = dt.datetime.now(dt.timezone.utc)
        package = datapackage(versions, summary.finished.isoformat(timespec="seconds"), options.formats)
        write_atomically(out_dir / "datapackage.json", (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode())
        result.summary = summary
        record = versions | {
            "started": summary.started.isoformat(timespec="seconds"),
            "finished": summary.finished.isoformat(timespec="seconds"),
            "inputs": len(result.files),
            "statuses": dict(summary.statuses),
            "pages": summary.pages,
            "unchanged": summary.reused,
        }
        write_atomically(out_dir / "run.json", (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode())
        write_atomically(out_dir / "run-report.md", summary.markdown(str(out_dir), versions).encode())
    reporter.summary(summary, str(out_dir))
    return result


def _engine(todo: list[str], options: Options):
    if not todo:
        return iter(())
    if options.engine == "dask":
        return dask_engine(todo, options.settings, options.limits, options.workers, options.scheduler)
    return local_engine(todo, options.settings, options.limits, options.workers)


def _done(reporter: Reporter, summary: Summary, outcome: Outcome, reused: bool) -> None:
    summary.add(outcome.result, reused)
    reporter.file_done(outcome.result, outcome.seconds, reused)


def _kept(cache: Cache, current: set[str]) -> list[Outcome]:
    """Files of earlier runs that are no longer among the inputs, kept with --keep-missing."""
    kept = []
    for path, sha in cache.previous_inputs().items():
        if path not in current:
            stored = cache.load(sha, path)
            if stored:
                kept.append(Outcome(stored[0], stored[1], 0.0))
    return kept


def _write(result: RunResult, out_dir: Path, options: Options) -> None:
    extractions = result.extractions
    rows = {
        "meetings": [e.meeting for e in extractions],
        "attendees": [row for e in extractions for row in e.attendees],
        "absentees": [row for e in extractions for row in e.absentees],
        "agenda": [row for e in extractions for row in e.agenda],
        "materials": [row for e in extractions for row in e.materials],
        "statements": [row for e in extractions for row in e.statements],
        "persons": person_rows(extractions),
        "organizations": organization_rows(extractions),
        "files": result.files,
    }
    write_tables(rows, out_dir, options.formats, options.excel)


def _missing(path: Path) -> Outcome:
    return Outcome(FileResult(str(path), "", "", "missing", f"{path}: no such file", None), None, 0.0)


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
