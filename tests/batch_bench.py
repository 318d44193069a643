"""A nightly batch in miniature: a full run over a few hundred PDFs, then an unchanged re-run.

    python -m tests.batch_bench [--files 200] [--jobs N]      (make bench-batch)

The PDFs are the fixture sources rendered with their session numbers varied (so that each is a
different file) and, when present, the real PDFs of ../shared/corpus/pdf/. Prints the wall time
of both runs, pages per second, and the peak memory (VmHWM) of the first and of the last worker
processes, read from /proc while the run goes on: workers are replaced after a number of files,
so a leak would show as a higher peak at the end than at the start.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path

from extractor.batch import Options, run
from fixtures.make_fixtures import render

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "pdf"
SESSION = re.compile(r"第\s*[0-9０-９]+\s*回")


def make_inputs(folder: Path, count: int) -> list[Path]:
    """``count`` PDFs: the corpus PDFs, then fixture sources with the session number varied."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for pdf in sorted(CORPUS.glob("*.pdf"))[:count] if CORPUS.is_dir() else []:
        made.append(Path(shutil.copy(pdf, folder / pdf.name)))
    sources = sorted((ROOT / "fixtures" / "src").glob("*.txt"))
    variant = 0
    while len(made) < count:
        source = sources[variant % len(sources)]
        text = SESSION.sub(f"第{variant // len(sources) + 1}回", source.read_text(encoding="utf-8"), count=1)
        varied = folder / f".{source.stem}-{variant:04d}.txt"
        varied.write_text(text, encoding="utf-8")
        target = folder / f"{source.stem}-{variant:04d}.pdf"
        render(varied, target)
        varied.unlink()
        made.append(target)
        variant += 1
    return made


class WorkerWatch:
    """Peak resident memory of each child process, read from /proc while a run goes on (Linux)."""

    def __init__(self, interval: float = 0.2):
        self.interval = interval
        self.peaks: dict[int, tuple[float, float]] = {}  # pid -> (first seen, VmHWM MB)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        me = str(os.getpid())
        while not self._stop.is_set():
            for stat in Path("/proc").glob("[0-9]*/stat"):
                try:
                    fields = stat.read_text().rsplit(")", 1)[1].split()
                    if fields[1] != me:  # the parent pid
                        continue
                    status = (stat.parent / "status").read_text()
                except (OSError, IndexError):
                    continue
                match = re.search(r"VmHWM:\s+(\d+) kB", status)
                if match:
                    pid = int(stat.parent.name)
                    first = self.peaks.get(pid, (time.monotonic(), 0.0))[0]
                    self.peaks[pid] = (first, max(self.peaks.get(pid, (0, 0.0))[1], int(match.group(1)) / 1024))
            self._stop.wait(self.interval)

    def first_and_last(self, jobs: int) -> tuple[float, float]:
        """The highest peak among the first ``jobs`` workers started, and among the last ``jobs``."""
        ordered = [mb for _, (first, mb) in sorted(self.peaks.items(), key=lambda item: item[1][0])]
        workers = [mb for mb in ordered if mb > 0]
        return (max(workers[:jobs], default=0.0), max(workers[-jobs:], default=0.0))


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        inputs = make_inputs(Path(scratch) / "in", args.files)
        out = Path(scratch) / "out"
        options = Options(jobs=args.jobs, quiet=True)
        with WorkerWatch() as watch:
            started = time.perf_counter()
            result = run(inputs, out, options, stream=io.StringIO())
            full = time.perf_counter() - started
        started = time.perf_counter()
        again = run(inputs, out, options, stream=io.StringIO())
        unchanged = time.perf_counter() - started
    start_mb, end_mb = watch.first_and_last(args.jobs)
    pages = result.summary.pages
    figures = {
        "files": len(inputs),
        "pages": pages,
        "jobs": args.jobs,
        "statuses": dict(result.summary.statuses),
        "full_run_s": round(full, 1),
        "pages_per_s": round(pages / full, 1),
        "unchanged_rerun_s": round(unchanged, 2),
        "rerun_share": round(unchanged / full, 3),
        "rerun_reused": again.summary.reused,
        "workers_started": len(watch.peaks),
        "worker_peak_mb_first": round(start_mb),
        "worker_peak_mb_last": round(end_mb),
    }
    width = max(map(len, figures))
    for name, value in figures.items():
        print(f"{name:<{width}}  {value}")
    return figures


if __name__ == "__main__":
    main()
