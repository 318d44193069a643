"""Where the per-file work runs: worker processes on this machine, or a Dask cluster.

Both take file paths and yield one Outcome per file, in the order files finish.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Iterator

from .records import FileResult
from .settings import Settings
from .worker import Limits, Outcome, process_file, warm_up

# A worker is replaced after this many files, so that memory stays flat over long batches.
FILES_PER_WORKER = 50
# How long past its time limit a file may run before its worker is killed from outside
# (the limit inside the worker stops pure-Python work; this stops anything else).
GRACE_SECONDS = 30.0


class EngineUnavailable(Exception):
    """The chosen engine cannot run here (its package is missing, its scheduler unreachable)."""


def local_engine(
    paths: list[str],
    settings: Settings,
    limits: Limits,
    jobs: int,
    files_per_worker: int = FILES_PER_WORKER,
    work=process_file,
) -> Iterator[Outcome]:
    """Run files in ``jobs`` worker processes; a worker that dies costs only the file it was reading.

    ``work`` is the per-file function (a module-level function, so that workers can import it).
    """
    pending = deque(paths)
    pool = _pool(jobs, limits, files_per_worker)
    running: dict[Future, tuple[str, float]] = {}
    try:
        while pending or running:
            while pending and len(running) < jobs:
                path = pending.popleft()
                running[pool.submit(work, path, settings, limits)] = (path, time.monotonic())
            done, _ = wait(running, timeout=1.0, return_when=FIRST_COMPLETED)
            broken = []
            for future in done:
                path, _ = running.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    broken.append(path)
            overdue = [
                (future, path)
                for future, (path, started) in running.items()
                if limits.seconds and time.monotonic() - started > limits.seconds + GRACE_SECONDS
            ]
            if broken or overdue:
                for future, path in overdue:
                    running.pop(future)
                    yield _outcome(path, "timeout", f"{path}: still not done after the {limits.seconds:g} s limit")
                in_flight = broken + [path for path, _ in running.values()]
                running.clear()
                _kill(pool)
                # Retry what was in flight one file at a time, to find the file that kills its worker.
                for path in in_flight:
                    yield _isolated(path, settings, limits, work)
                pool = _pool(jobs, limits, files_per_worker)
    finally:
        if running:  # stopped early: nothing left is wanted
            _kill(pool)
        else:
            pool.shutdown()


def dask_engine(
    paths: list[str], settings: Settings, limits: Limits, jobs: int, scheduler: str | None = None
) -> Iterator[Outcome]:
    """Run files as tasks on a Dask cluster: the one at ``scheduler``, or a local one with ``jobs`` workers."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise EngineUnavailable("the dask engine needs Dask: pip install 'extractor[dask]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
    except OSError as error:
        raise EngineUnavailable(f"cannot reach the Dask scheduler {scheduler}: {error}") from None
    try:
        client.run(warm_up)
        futures = client.map(process_file, paths, settings=settings, limits=limits, pure=False)
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as error:  # the task's worker died or was lost
                path = paths[futures.index(future)]
                yield _outcome(path, "error", f"{path}: the Dask worker failed on this file: {error}")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _pool(jobs: int, limits: Limits, files_per_worker: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=warm_up,
        initargs=(limits.memory_mb,),
        max_tasks_per_child=files_per_worker,
    )


def _isolated(path: str, settings: Settings, limits: Limits, work=process_file) -> Outcome:
    pool = _pool(1, limits, 1)
    future = pool.submit(work, path, settings, limits)
    try:
        return future.result(timeout=(limits.seconds + GRACE_SECONDS) if limits.seconds else None)
    except BrokenProcessPool:
        return _outcome(path, "error", f"{path}: the worker process died while reading this file")
    except TimeoutError:
        return _outcome(path, "timeout", f"{path}: still not done after the {limits.seconds:g} s limit")
    finally:
        _kill(pool)


def _kill(pool: ProcessPoolExecutor) -> None:
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def _outcome(path: str, status: str, message: str) -> Outcome:
    return Outcome(FileResult(path, "", "", status, message, None), None, 0.0)
