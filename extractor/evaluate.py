"""Score extracted tables against hand-checked answers.

``GOLD_DIR/<stem>/*.csv`` holds the answers for the document whose file name is ``<stem>.pdf``;
``OUT_DIR`` holds the tables of a run over those documents. Rows are compared after NFKC with
all whitespace removed; each kind of row is a multiset, so a row found twice counts once.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

# What must agree for an extracted row to match a gold one.
KEYS = {
    "attendees": ("group", "role", "name", "title", "proxy"),
    "absentees": ("group", "role", "name", "title", "proxy"),
    "agenda": ("title", "presenter"),
    "materials": ("material_no", "title"),
    "speakers": ("speaker",),
}
MEETING_FIELDS = ("doc_type", "series", "session_no", "date", "start_time", "end_time", "place")


@dataclass
class Score:
    matched: int = 0
    extracted: int = 0
    expected: int = 0
    missed: list[tuple] = field(default_factory=list)
    extra: list[tuple] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.matched += other.matched
        self.extracted += other.extracted
        self.expected += other.expected


@dataclass
class DocumentScore:
    name: str
    scores: dict[str, Score]
    meeting_ok: bool
    meeting_diff: list[str]


def canonical(value: str) -> str:
    """A value as compared: NFKC, no whitespace, booleans in one spelling."""
    value = re.sub(r"\s+", "", unicodedata.normalize("NFKC", value or ""))
    return {"true": "True", "false": "False"}.get(value.lower(), value)


def _read(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def _score(gold: list[dict], found: list[dict], keys: tuple[str, ...]) -> Score:
    def key(row):
        return tuple(canonical(row.get(k, "")) for k in keys)

    expected, extracted = Counter(map(key, gold)), Counter(map(key, found))
    common = expected & extracted
    return Score(
        matched=sum(common.values()),
        extracted=sum(extracted.values()),
        expected=sum(expected.values()),
        missed=list((expected - common).elements()),
        extra=list((extracted - common).elements()),
    )


def evaluate(gold_dir: Path, out_dir: Path) -> list[DocumentScore]:
    """Score every document that has a gold folder."""
    tables = {name: _read(out_dir / f"{name}.csv") for name in ("meetings", "attendees", "absentees", "agenda", "materials", "statements")}
    by_stem = {Path(row["source_file"]).stem: row for row in tables["meetings"]}
    results = []
    for folder in sorted(p for p in gold_dir.iterdir() if p.is_dir()):
        meeting = by_stem.get(folder.name)
        meeting_id = meeting["meeting_id"] if meeting else None

        def rows(table: str) -> list[dict]:
            return [row for row in tables[table] if row.get("meeting_id") == meeting_id] if meeting_id else []

        gold_speakers = [r for r in _read(folder / "statements.csv") if r.get("speaker")]
        scores = {
            "attendees": _score(_read(folder / "attendees.csv"), rows("attendees"), KEYS["attendees"]),
            "absentees": _score(_read(folder / "absentees.csv"), rows("absentees"), KEYS["absentees"]),
            "agenda": _score(_read(folder / "agenda.csv"), rows("agenda"), KEYS["agenda"]),
            "materials": _score(_read(folder / "materials.csv"), rows("materials"), KEYS["materials"]),
            "speakers": _score(gold_speakers, [r for r in rows("statements") if r.get("speaker")], KEYS["speakers"]),
        }
        gold_meeting = (_read(folder / "meetings.csv") or [{}])[0]
        diff = [
            f"{f}: expected {gold_meeting.get(f, '')!r}, got {(meeting or {}).get(f, '')!r}"
            for f in MEETING_FIELDS
            if canonical(gold_meeting.get(f, "")) != canonical((meeting or {}).get(f, ""))
        ]
        results.append(DocumentScore(folder.name, scores, meeting is not None and not diff, diff))
    return results


def totals(results: list[DocumentScore]) -> dict[str, Score]:
    total = {kind: Score() for kind in KEYS}
    for result in results:
        for kind, score in result.scores.items():
            total[kind].add(score)
    return total


def report(results: list[DocumentScore], show_misses: bool = False) -> str:
    """The scores as a plain-text table, one line per document and a total."""
    head = f"{'document':44} {'attendees P/R/F1':>18} {'absentees F1':>12} {'agenda F1':>9} {'materials F1':>12} {'speakers P/R':>13} meeting"
    lines = [head, "-" * len(head)]

    def row(name: str, scores: dict[str, Score], meeting: str) -> str:
        a, s = scores["attendees"], scores["speakers"]
        return (
            f"{name[:44]:44} {a.precision:5.3f}/{a.recall:5.3f}/{a.f1:5.3f} {scores['absentees'].f1:12.3f}"
            f" {scores['agenda'].f1:9.3f} {scores['materials'].f1:12.3f} {s.precision:6.3f}/{s.recall:5.3f} {meeting}"
        )

    for result in results:
        lines.append(row(result.name, result.scores, "ok" if result.meeting_ok else "WRONG"))
    right = sum(r.meeting_ok for r in results)
    lines.append("-" * len(head))
    lines.append(row(f"total ({len(results)} documents)", totals(results), f"{right}/{len(results)} right"))
    counts = totals(results)
    lines.append(
        "rows matched/extracted/expected: "
        + ", ".join(f"{k} {v.matched}/{v.extracted}/{v.expected}" for k, v in counts.items())
    )
    if show_misses:
        for result in results:
            for line in result.meeting_diff:
                lines.append(f"  {result.name} meeting {line}")
            for kind, score in result.scores.items():
                lines += [f"  {result.name} {kind} missed {m}" for m in score.missed]
                lines += [f"  {result.name} {kind} extra  {e}" for e in score.extra]
    return "\n".join(lines)
