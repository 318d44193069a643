"""Per-file functions for the batch tests, importable by worker processes."""

from __future__ import annotations

import os

from extractor.worker import process_file


def dies_on_crash_pdf(path, settings, limits):
    """Kill the worker outright (as a crash inside a library would) on files named crash*.pdf."""
    if os.path.basename(path).startswith("crash"):
        os._exit(1)
    return process_file(path, settings, limits)
