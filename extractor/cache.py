"""What earlier runs extracted, kept in OUT/.extractor/ so that an unchanged file is not read again.

Each file's outcome is stored under its content hash, together with the versions
that decide what is extracted (extractor, PDF parser, Sudachi dictionary) and the
settings; a change to any of them makes the stored outcome stale.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path

from .records import AgendaItem, Attendee, Extraction, FileResult, Material, Meeting, Problem, Region, Statement
from .schema import SCHEMA_VERSION
from .tables import write_atomically

STATE = ".extractor"


class Cache:
    def __init__(self, out_dir: Path, key: str):
        self.folder = out_dir / STATE / "files"
        self.manifest_path = out_dir / STATE / "manifest.json"
        self.key = key
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            self.manifest: dict[str, dict] = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            self.manifest = {}

    def sha256(self, path: Path) -> str:
        """The file's content hash; reused from the manifest while its size and mtime are unchanged."""
        stat = path.stat()
        seen = self.manifest.get(str(path))
        if seen and seen.get("size") == stat.st_size and seen.get("mtime") == stat.st_mtime_ns:
            return seen["sha256"]
        return hashlib.sha256(path.read_bytes()).hexdigest()

    def load(self, sha256: str, path: str) -> tuple[FileResult, Extraction | None] | None:
        """The stored outcome for this content, under the given path, if it is still current."""
        try:
            stored = json.loads((self.folder / f"{sha256}.json").read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return None
        if stored.get("key") != self.key:
            return None
        result = FileResult(**{**stored["result"], "source_file": path})
        extraction = _extraction(stored["extraction"]) if stored.get("extraction") else None
        if extraction is not None:
            extraction.meeting.source_file = path
        return result, extraction

    def store(self, result: FileResult, extraction: Extraction | None) -> None:
        if not result.source_sha256 or result.status in ("timeout", "too_large", "error", "missing"):
            return  # worth trying again next time: the limits or the code may change
        record = {
            "key": self.key,
            "result": dataclasses.asdict(result),
            "extraction": dataclasses.asdict(extraction) if extraction else None,
        }
        write_atomically(self.folder / f"{result.source_sha256}.json", json.dumps(record, ensure_ascii=False).encode())

    def remember(self, paths: list[Path], shas: dict[str, str]) -> None:
        """Record this run's inputs, so that the next run can tell what changed or went missing."""
        manifest = {}
        for path in paths:
            if str(path) in shas and path.exists():
                stat = path.stat()
                manifest[str(path)] = {"sha256": shas[str(path)], "size": stat.st_size, "mtime": stat.st_mtime_ns}
        self.manifest = manifest
        write_atomically(self.manifest_path, json.dumps(manifest, ensure_ascii=False, indent=1).encode())

    def previous_inputs(self) -> dict[str, str]:
        return {path: entry["sha256"] for path, entry in self.manifest.items()}


def cache_key(versions: dict[str, str], settings) -> str:
    """What a stored outcome depends on, as one string."""
    payload = json.dumps([versions, dataclasses.asdict(settings), SCHEMA_VERSION, code_fingerprint()], sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def code_fingerprint() -> str:
    """A hash of the extractor's own source: a checkout whose rules changed while its version
    number did not (a working copy, an unreleased commit) must not reuse what older rules extracted."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(str(path.relative_to(package)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _extraction(data: dict) -> Extraction:
    return Extraction(
        meeting=Meeting(**data["meeting"]),
        attendees=[Attendee(**row) for row in data["attendees"]],
        absentees=[Attendee(**row) for row in data["absentees"]],
        agenda=[AgendaItem(**row) for row in data["agenda"]],
        materials=[Material(**row) for row in data["materials"]],
        statements=[Statement(**row) for row in data["statements"]],
        problems=[Problem(**row) for row in data["problems"]],
        not_minutes=data.get("not_minutes", ""),
        regions=[Region(**row) for row in data.get("regions", [])],
    )


def fsync_folder(folder: Path) -> None:
    """Make the renames inside a folder durable."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
