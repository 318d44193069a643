"""The ``extractor`` command: parse arguments, call the library, map outcomes to exit codes."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

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
    args = parser.parse_args(argv)

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


def _version_line() -> str:
    versions = provenance()
    return f"extractor {versions['extractor_version']} ({versions['sudachi_dictionary']})"


if __name__ == "__main__":
    sys.exit(main())
