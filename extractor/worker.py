"""One file, in a worker process: the pipeline under a time and a memory limit.

Whatever happens to the file becomes a status; only a worker that dies outright
(a crash inside a library) escapes, and the batch runner catches that.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import ExtractorError
from .pipeline import extract
from .records import Extraction, FileResult
from .settings import DEFAULT, Settings


@dataclass(frozen=True)
class Limits:
    """What one file may take. ``None`` means no limit."""

    seconds: float | None = 300.0
    memory_mb: int | None = 2048
    file_mb: float | None = 200


class FileTimeout(BaseException):
    """Raised by the alarm; a BaseException, so that no library's ``except Exception`` swallows it."""


@dataclass
class Outcome:
    """What became of one file, and how long it took."""

    result: FileResult
    extraction: Extraction | None
    seconds: float


def warm_up(memory_mb: int | None = None) -> None:
    """Run once in each worker process: cap its memory and load the Sudachi dictionary."""
    if memory_mb:
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from .names import looks_like_name

    looks_like_name("熊谷和哉")


def process_file(path: str, settings: Settings = DEFAULT, limits: Limits = Limits()) -> Outcome:
    """Extract one file; every way it can fail ends as a FileResult with a status and a message."""
    started = time.perf_counter()
    try:
        size = os.path.getsize(path)
    except FileNotFoundError:
        return _failed(path, "missing", f"{path}: no such file", started)
    if limits.file_mb and size > limits.file_mb * 1024 * 1024:
        return _failed(path, "too_large", f"{path}: {size / 2**20:.0f} MB is over the {limits.file_mb} MB limit", started)
    try:
        with _time_limit(limits.seconds):
            extraction = extract(path, settings)
    except FileTimeout:
        return _failed(path, "timeout", f"{path}: still not done after the {limits.seconds:g} s limit", started)
    except MemoryError:
        return _failed(path, "too_large", f"{path}: needed more than the {limits.memory_mb} MB memory limit", started)
    except RecursionError:
        return _failed(path, "corrupt", f"{path}: the PDF's structure nests too deep to read", started)
    except ExtractorError as error:
        return _failed(path, error.status, str(error), started)
    except Exception as error:  # a parser bug must not stop the batch; the message says where
        return _failed(path, "error", f"{path}: {type(error).__name__}: {error}", started)
    meeting = extraction.meeting
    seconds = time.perf_counter() - started
    if extraction.not_minutes:
        message = f"{path}: not minutes: {extraction.not_minutes}"
        result = FileResult(path, meeting.source_sha256, "", "not_minutes", message, meeting.page_count)
        return Outcome(result, None, seconds)
    status = "partial" if extraction.problems else "ok"
    message = "; ".join(str(problem) for problem in extraction.problems)
    result = FileResult(path, meeting.source_sha256, meeting.meeting_id, status, message, meeting.page_count)
    return Outcome(result, extraction, seconds)


def _failed(path: str, status: str, message: str, started: float) -> Outcome:
    sha256 = ""
    if Path(path).is_file():
        import hashlib

        sha256 = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return Outcome(FileResult(path, sha256, "", status, message, None), None, time.perf_counter() - started)


@contextmanager
def _time_limit(seconds: float | None):
    """Interrupt the work after ``seconds``; only the main thread of a process can be interrupted."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise FileTimeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
