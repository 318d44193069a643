"""The ``extractor`` command: parse arguments, call the library, map outcomes to exit codes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .batch import Options, RunError, provenance, run
from .engines import EngineUnavailable
from .evaluate import evaluate, report, totals
from .lock import LockHeld
from .worker import Limits

EXIT_OK = 0  # every file ended ok, partial or not_minutes
EXIT_FILES_FAILED = 1  # the run finished, but some files could not be extracted
EXIT_USAGE = 2  # the run could not proceed: bad arguments, output locked or unwritable, engine unavailable

THRESHOLDS = {
    "attendee-f1": "total attendee F1",
    "agenda-f1": "total agenda F1",
    "materials-f1": "total materials F1",
    "speaker-recall": "total speaker-label recall",
    "meeting-share": "share of documents whose meeting fields are all right",
}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "eval":
        return _evaluate(args)
    if args.command == "inspect":
        return _inspect(args)
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")
    options = Options(
        jobs=args.jobs,
        limits=Limits(seconds=args.timeout or None, memory_mb=args.max_memory or None, file_mb=args.max_file_mb or None),
        engine=args.engine,
        scheduler=args.scheduler,
        keep_missing=args.keep_missing,
        force=args.force,
        log_format=args.log_format,
        quiet=args.quiet,
        formats=tuple(f.strip() for f in args.format.split(",") if f.strip()),
        excel=args.excel,
    )
    try:
        result = run(args.paths, args.out, options)
    except (RunError, LockHeld, EngineUnavailable) as error:
        print(f"extractor: {error}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_FILES_FAILED if result.failed else EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Turn Japanese government meeting-minutes PDFs into CSV tables.",
        epilog="Exit codes: 0 every file extracted (ok, partial or not_minutes); 1 some files failed; "
        "2 the run could not proceed.",
    )
    parser.add_argument("--version", action="version", version=_version_line())
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="extract PDFs (files or folders) into tables")
    run_parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="a PDF, or a folder searched for *.pdf")
    run_parser.add_argument("--out", type=Path, default=Path("output"), help="folder for the tables (default: output)")
    run_parser.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default: one per core)")
    run_parser.add_argument("--timeout", type=float, default=300, help="seconds one file may take (0: no limit)")
    run_parser.add_argument("--max-memory", type=int, default=2048, help="MB one worker may use (0: no limit)")
    run_parser.add_argument("--max-file-mb", type=float, default=200, help="larger files are not read (0: no limit)")
    run_parser.add_argument("--keep-missing", action="store_true", help="keep rows of files no longer among the inputs")
    run_parser.add_argument("--force", action="store_true", help="read every file again, changed or not")
    run_parser.add_argument("--engine", choices=("local", "dask"), default="local", help="where files are read")
    run_parser.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler (default: start a local cluster)")
    run_parser.add_argument("--format", default="csv", help="comma-separated table formats: csv, parquet (default: csv)")
    run_parser.add_argument("--excel", action="store_true", help="also write <table>_excel.csv, UTF-8 with BOM for Excel")
    run_parser.add_argument("--log-format", choices=("text", "json"), default="text", help="log lines for people or collectors")
    run_parser.add_argument("-q", "--quiet", action="store_true", help="log only failures and the summary")
    eval_parser = commands.add_parser("eval", help="score extracted tables against hand-checked answers")
    eval_parser.add_argument("gold", type=Path, metavar="GOLD_DIR", help="one folder of answer CSVs per document")
    eval_parser.add_argument("out", type=Path, metavar="OUT_DIR", help="the tables of a run over those documents")
    eval_parser.add_argument("--show-misses", action="store_true", help="list every missed and extra row")
    for name, what in THRESHOLDS.items():
        eval_parser.add_argument(f"--min-{name}", type=float, default=0.0, metavar="X", help=f"fail below this {what}")
    inspect_parser = commands.add_parser(
        "inspect", help="draw what was read from a PDF onto its pages: PNGs, the boxes as JSON, an HTML view"
    )
    inspect_parser.add_argument("pdf", type=Path, metavar="FILE.pdf")
    inspect_parser.add_argument("--page", type=int, action="append", metavar="N", help="only page N (repeatable)")
    inspect_parser.add_argument("--out", type=Path, default=Path("inspect"), help="folder for the pictures")
    inspect_parser.add_argument("--resolution", type=int, default=100, help="dots per inch (default: 100)")
    return parser


def _inspect(args) -> int:
    from .errors import ExtractorError
    from .inspection import inspect

    if not args.pdf.is_file():
        print(f"extractor inspect: no such file: {args.pdf}", file=sys.stderr)
        return EXIT_USAGE
    try:
        result = inspect(args.pdf, args.out, args.page, args.resolution)
    except ExtractorError as error:
        print(f"extractor inspect: {error}", file=sys.stderr)
        return EXIT_FILES_FAILED
    except ValueError as error:  # a page the PDF does not have
        print(f"extractor inspect: {error}", file=sys.stderr)
        return EXIT_USAGE
    for picture in result.pictures:
        print(picture)
    print(result.boxes)
    print(result.view)
    return EXIT_OK


def _evaluate(args) -> int:
    if not args.gold.is_dir() or not args.out.is_dir():
        print(f"extractor eval: both {args.gold} and {args.out} must be folders", file=sys.stderr)
        return EXIT_USAGE
    results = evaluate(args.gold, args.out)
    print(report(results, args.show_misses))
    total = totals(results)
    figures = {
        "attendee-f1": total["attendees"].f1,
        "agenda-f1": total["agenda"].f1,
        "materials-f1": total["materials"].f1,
        "speaker-recall": total["speakers"].recall,
        "meeting-share": sum(r.meeting_ok for r in results) / len(results) if results else 0.0,
    }
    below = [
        f"{name} {figures[name]:.3f} < {getattr(args, 'min_' + name.replace('-', '_'))}"
        for name in THRESHOLDS
        if figures[name] < getattr(args, "min_" + name.replace("-", "_"))
    ]
    for line in below:
        print(f"below threshold: {line}", file=sys.stderr)
    return EXIT_FILES_FAILED if below else EXIT_OK


def _version_line() -> str:
    versions = provenance()
    return f"extractor {versions['extractor_version']} ({versions['sudachi_dictionary']})"


if __name__ == "__main__":
    sys.exit(main())
