"""One run at a time per output folder.

The lock is an flock on OUT/.extractor/lock: the operating system drops it when
the holding process dies, however it dies, so a stale lock cannot outlive its run.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from pathlib import Path

from .cache import STATE


class LockHeld(Exception):
    """Another run is writing the same output folder."""


class OutputLock:
    def __init__(self, out_dir: Path):
        self.path = out_dir / STATE / "lock"
        self.handle = None

    def __enter__(self) -> "OutputLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "{}"
            handle.close()
            try:
                who = json.loads(holder)
            except json.JSONDecodeError:
                who = {}
            raise LockHeld(
                f"{self.path.parent.parent} is being written by another run"
                f" (pid {who.get('pid', '?')} on {who.get('host', '?')}, since {who.get('since', '?')});"
                " wait for it to finish, or give another --out"
            ) from None
        handle.seek(0)
        handle.truncate()
        since = time.strftime("%Y-%m-%dT%H:%M:%S")
        handle.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": since}))
        handle.flush()
        self.handle = handle
        return self

    def __exit__(self, *exc) -> None:
        if self.handle:
            fcntl.flock(self.handle, fcntl.LOCK_UN)
            self.handle.close()
            self.handle = None
