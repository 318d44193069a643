"""The ``extractor`` command: parse arguments, call the library, map outcomes to exit codes."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .evaluate import evaluate, report, totals
from .run import provenance, run

EXIT_OK = 0  # every file ended ok or partial
EXIT_FILES_FAILED = 1  # the run finished, but some files could not be extracted
EXIT_USAGE = 2  # the run could not start: bad arguments, unwritable output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Turn Japanese government meeting-minutes PDFs into CSV tables.",
    )
    parser.add_argument("--version", action="version", version=_version_line())
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="extract PDFs (files or folders) into tables")
    run_parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="a PDF, or a folder searched for *.pdf")
    run_parser.add_argument("--out", type=Path, default=Path("output"), help="folder for the tables (default: output)")
    run_parser.add_argument("-q", "--quiet", action="store_true", help="log only failures")
    eval_parser = commands.add_parser("eval", help="score extracted tables against hand-checked answers")
    eval_parser.add_argument("gold", type=Path, metavar="GOLD_DIR", help="one folder of answer CSVs per document")
    eval_parser.add_argument("out", type=Path, metavar="OUT_DIR", help="the tables of a run over those documents")
    eval_parser.add_argument("--show-misses", action="store_true", help="list every missed and extra row")
    for name, what in THRESHOLDS.items():
        eval_parser.add_argument(f"--min-{name}", type=float, default=0.0, metavar="X", help=f"fail below this {what}")
    args = parser.parse_args(argv)
    if args.command == "eval":
        return _evaluate(args)

    logging.basicConfig(
        level=logging.WARNING if args.quiet else logging.INFO,
        format="%(asctime)s %(levelname)s %(message)s",
        stream=sys.stderr,
    )
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")
    try:
        result = run(args.paths, args.out)
    except OSError as error:
        print(f"extractor: cannot write to {args.out}: {error}", file=sys.stderr)
        return EXIT_USAGE
    failed = result.failed
    print(
        f"extractor: {len(result.files)} file(s), {len(result.files) - len(failed)} extracted, "
        f"{len(failed)} failed; tables in {args.out}",
        file=sys.stderr,
    )
    for file in failed:
        print(f"  {file.status}: {file.message}", file=sys.stderr)
    return EXIT_FILES_FAILED if failed else EXIT_OK


THRESHOLDS = {
    "attendee-f1": "total attendee F1",
    "agenda-f1": "total agenda F1",
    "materials-f1": "total materials F1",
    "speaker-recall": "total speaker-label recall",
    "meeting-share": "share of documents whose meeting fields are all right",
}


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
    below = [f"{name} {figures[name]:.3f} < {getattr(args, 'min_' + name.replace('-', '_'))}" for name in THRESHOLDS
             if figures[name] < getattr(args, "min_" + name.replace("-", "_"))]
    for line in below:
        print(f"below threshold: {line}", file=sys.stderr)
    return EXIT_FILES_FAILED if below else EXIT_OK


def _version_line() -> str:
    versions = provenance()
    return f"extractor {versions['extractor_version']} ({versions['sudachi_dictionary']})"


if __name__ == "__main__":
    sys.exit(main())
