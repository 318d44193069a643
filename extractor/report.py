"""Telling people what happened: a progress bar in a terminal, log lines for cron, JSON for collectors,
and a summary at the end, also written to OUT/run-report.md."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from dataclasses import dataclass, field

from .records import FileResult

FAILED = frozenset({"not_pdf", "empty", "corrupt", "encrypted", "no_text_layer", "timeout", "too_large", "error", "missing"})


@dataclass
class Summary:
    started: dt.datetime
    finished: dt.datetime | None = None
    statuses: Counter = field(default_factory=Counter)
    pages: int = 0
    reused: int = 0
    warnings: int = 0
    failures: list[FileResult] = field(default_factory=list)

    def add(self, result: FileResult, reused: bool) -> None:
        self.statuses[result.status] += 1
        self.pages += result.page_count or 0
        self.reused += reused
        self.warnings += result.status == "partial"
        if result.status in FAILED:
            self.failures.append(result)

    @property
    def seconds(self) -> float:
        return ((self.finished or dt.datetime.now(dt.timezone.utc)) - self.started).total_seconds()

    def markdown(self, out_dir: str, versions: dict[str, str]) -> str:
        lines = [
            "# Extraction run",
            "",
            f"- started {self.started.isoformat(timespec='seconds')}, took {self.seconds:.1f} s",
            f"- {sum(self.statuses.values())} files, {self.pages} pages; {self.reused} unchanged since the last run",
            f"- tables in `{out_dir}`; extractor {versions['extractor_version']}, {versions['sudachi_dictionary']}",
            "",
            "| status | files |",
            "|---|---|",
            *(f"| {status} | {count} |" for status, count in sorted(self.statuses.items())),
        ]
        if self.failures:
            lines += ["", "## Files that could not be extracted", ""]
            lines += [f"- `{r.source_file}`: {r.status}: {r.message}" for r in self.failures]
        return "\n".join(lines) + "\n"


class Reporter:
    """Per-file lines (or a progress bar in a terminal) and the closing summary, on stderr."""

    def __init__(self, total: int, log_format: str = "text", stream=None, quiet: bool = False):
        self.total = total
        self.done = 0
        self.format = log_format
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.bar = log_format == "text" and self.stream.isatty() and not quiet

    def file_done(self, result: FileResult, seconds: float, reused: bool) -> None:
        self.done += 1
        failed = result.status in FAILED
        if self.format == "json":
            self._json(
                level="error" if failed else "info",
                event="file",
                file=result.source_file,
                status=result.status,
                message=result.message,
                pages=result.page_count,
                seconds=round(seconds, 3),
                reused=reused,
            )
        elif self.bar:
            if failed:
                self.stream.write(f"\r\033[K{result.status}: {result.message}\n")
            width = 30
            filled = int(width * self.done / max(self.total, 1))
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} files")
            self.stream.flush()
        elif failed or not self.quiet:
            level = "ERROR" if failed else "INFO"
            extra = f" ({result.message})" if result.message and not failed else ""
            text = result.message if failed else f"{result.source_file}: {result.status}{extra}"
            self._line(level, text + (" [unchanged]" if reused else ""))

    def summary(self, summary: Summary, out_dir: str) -> None:
        counts = ", ".join(f"{count} {status}" for status, count in sorted(summary.statuses.items()))
        if self.format == "json":
            self._json(
                level="error" if summary.failures else "info",
                event="summary",
                files=sum(summary.statuses.values()),
                statuses=dict(summary.statuses),
                pages=summary.pages,
                reused=summary.reused,
                seconds=round(summary.seconds, 3),
                out=out_dir,
            )
            return
        if self.bar:
            self.stream.write("\n")
        self._line(
            "ERROR" if summary.failures else "INFO",
            f"{sum(summary.statuses.values())} files ({counts}), {summary.pages} pages,"
            f" {summary.reused} unchanged, {summary.seconds:.1f} s; tables in {out_dir}",
        )

    def problem(self, message: str) -> None:
        if self.format == "json":
            self._json(level="error", event="run", message=message)
        else:
            self._line("ERROR", message)

    def _line(self, level: str, text: str) -> None:
        stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        self.stream.write(f"{stamp} {level} {text}\n")
        self.stream.flush()

    def _json(self, **fields) -> None:
        fields = {"time": dt.datetime.now().astimezone().isoformat(timespec="seconds"), **fields}
        self.stream.write(json.dumps(fields, ensure_ascii=False) + "\n")
        self.stream.flush()
