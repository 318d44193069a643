"""Speed and memory of the pipeline, against plain pdfplumber on the same pages, in one process.

    python -m tests.benchmark [--json output/bench.json]      (make bench)

Runs over fixtures/ and, when present, ../shared/corpus/pdf/. Prints a table and writes JSON:
pages per second for the pipeline, for pdfplumber's page.extract_text() (the baseline) and for
pypdfium2's text extraction (the physical floor), the pipeline's time by stage, peak memory of one
document and of the whole set, and the speed-up of --jobs 2 over --jobs 1.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber
import pypdfium2

from extractor import pipeline
from extractor.persons import organization_rows, person_rows
from extractor.batch import Options, run
from extractor.tables import write_tables

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "pdf"
LARGE = "kyoto-shikai-sangyo-kotsu-suido-r6-03-kaigiroku.pdf"


def inputs() -> list[Path]:
    files = sorted((ROOT / "fixtures").glob("*.pdf"))
    if CORPUS.is_dir():
        files += sorted(CORPUS.glob("*.pdf"))
    return files


def baseline(files: list[Path]) -> tuple[int, float]:
    started, pages = time.perf_counter(), 0
    for path in files:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
                pages += 1
    return pages, time.perf_counter() - started


def pdfium(files: list[Path]) -> float:
    started = time.perf_counter()
    for path in files:
        document = pypdfium2.PdfDocument(str(path))
        for page in document:
            page.get_textpage().get_text_range()
        document.close()
    return time.perf_counter() - started


def pipeline_run(files: list[Path]) -> tuple[dict[str, float], float]:
    """The pipeline over every file, with its time split by stage."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    extractions = []
    for path in files:
        try:
            extractions.append(pipeline.extract(path, timings=timings))
        except Exception:
            pass  # a file the pipeline rejects still cost its reading time
    write_started = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        write_tables(
            {
                "meetings": [e.meeting for e in extractions],
                "attendees": [r for e in extractions for r in e.attendees],
                "statements": [r for e in extractions for r in e.statements],
                "persons": person_rows(extractions),
                "organizations": organization_rows(extractions),
            },
            Path(out),
        )
    timings["write"] = time.perf_counter() - write_started
    return timings, time.perf_counter() - started


def peak_rss_mb(files: list[Path]) -> float:
    """Peak resident memory of a fresh process extracting these files.

    Read from /proc's VmHWM where there is one: Linux carries ``ru_maxrss`` across exec, so a
    child started by this (by then large) process would report this process's peak as its own."""
    code = (
        "import sys, re, resource\n"
        "from extractor.pipeline import extract\n"
        "for path in sys.argv[1:]:\n"
        "    try: extract(path)\n"
        "    except Exception: pass\n"
        "try: print(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))\n"
        "except OSError: print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, *map(str, files)], capture_output=True, text=True, cwd=ROOT)
    return int(done.stdout.strip().splitlines()[-1]) / 1024


def jobs_speedup(files: list[Path]) -> tuple[float, float]:
    seconds = []
    for jobs in (1, 2):
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            run(files, Path(out), Options(jobs=jobs, force=True, quiet=True), stream=open(os.devnull, "w"))
            seconds.append(time.perf_counter() - started)
    return seconds[0], seconds[1]


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, default=ROOT / "output" / "bench.json", help="where to write the figures")
    args = parser.parse_args(argv)
    files = inputs()
    pages, base = baseline(files)
    floor = pdfium(files)
    stages, total = pipeline_run(files)
    large = [p for p in files if p.name == LARGE]
    one_doc = peak_rss_mb(large or files[:1])
    whole = peak_rss_mb(files)
    jobs1, jobs2 = jobs_speedup(files)
    after_reading = sum(v for k, v in stages.items() if k != "read")
    figures = {
        "files": len(files),
        "pages": pages,
        "baseline_pages_per_s": pages / base,
        "pipeline_pages_per_s": pages / total,
        "pdfium_pages_per_s": pages / floor,
        "pipeline_over_baseline": total / base,
        "stages_s": stages,
        "after_reading_share": after_reading / total,
        "peak_rss_mb_one_document": one_doc,
        "one_document": (large or files[:1])[0].name,
        "peak_rss_mb_whole_set": whole,
        "jobs1_s": jobs1,
        "jobs2_s": jobs2,
        "jobs2_speedup": jobs1 / jobs2,
        "cores": os.cpu_count(),
    }
    print(table(figures))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {args.json}")
    return figures


def table(f: dict) -> str:
    rows = [
        ("files / pages", f"{f['files']} / {f['pages']}"),
        ("baseline: pdfplumber extract_text", f"{f['baseline_pages_per_s']:.1f} pages/s"),
        ("pipeline", f"{f['pipeline_pages_per_s']:.1f} pages/s"),
        ("pypdfium2 text (floor)", f"{f['pdfium_pages_per_s']:.1f} pages/s"),
        ("pipeline time / baseline time", f"{f['pipeline_over_baseline']:.2f}x"),
        ("stages after reading", f"{100 * f['after_reading_share']:.1f}% of the pipeline's time"),
        *((f"  stage {name}", f"{seconds:.2f} s") for name, seconds in f["stages_s"].items()),
        (f"peak RSS, one document ({f['one_document']})", f"{f['peak_rss_mb_one_document']:.0f} MB"),
        ("peak RSS, whole set in one process", f"{f['peak_rss_mb_whole_set']:.0f} MB"),
        ("--jobs 1 / --jobs 2", f"{f['jobs1_s']:.1f} s / {f['jobs2_s']:.1f} s"),
        (f"--jobs 2 speed-up ({f['cores']} cores)", f"{f['jobs2_speedup']:.2f}x"),
    ]
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


if __name__ == "__main__":
    main()
