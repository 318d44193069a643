"""How well people's names and organizations come out, against the hand-checked answers.

    python -m tests.people_eval OUT_DIR      (make eval-people)

Runs the corpus and the blind set as ``make eval`` does (into OUT_DIR), then reports:

- family/given split: on every answer row whose printed name has one space between two parts
  (熊谷 和哉), that space is the truth. Each method is given the name without the space —
  Sudachi's analysis (what the extractor uses when nothing is printed) and, when it is
  installed, namedivider-python's BasicNameDivider — and scored on how often it puts the
  boundary where the print did. The extractor's own output on those rows is scored too.
- organization: on the answer rows with an ``organization`` column, how often the extracted
  row (matched by document and name) names the same organization; rows whose answer is empty
  count as right only when nothing is extracted.
- speaker links: of the body's speaker turns, how many carry the person_id of a listed attendee
  or of a full name printed in the label, and the labels left unlinked, most frequent first.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from extractor.evaluate import _read, canonical
from extractor.names import split_family_given
from tests.corpus_eval import BLIND, GOLD, blind_inputs, corpus_inputs, extract

_ALL_SETS = {"corpus": GOLD, "blind-tables": BLIND / "gold", "pending-tables": BLIND / "pending" / "gold"}
SETS = {name: gold for name, gold in _ALL_SETS.items() if gold.is_dir() and any(gold.iterdir())}


def printed_splits(gold_dirs: list[Path]) -> list[tuple[str, str, str, str]]:
    """(document, name, family, given) for every answer row printed as two parts."""
    out = []
    for gold in gold_dirs:
        for folder in sorted(p for p in gold.iterdir() if p.is_dir()):
            for row in _read(folder / "attendees.csv") + _read(folder / "absentees.csv"):
                parts = re.split(r"\s+", row.get("name_raw", "").strip())
                if len(parts) == 2 and all(parts):
                    out.append((folder.name, "".join(parts), parts[0], parts[1]))
    return out


def split_scores(rows: list[tuple[str, str, str, str]]) -> dict[str, float | None]:
    scores: dict[str, float | None] = {}
    scores["sudachi"] = sum(split_family_given(name) == (family, given) for _, name, family, given in rows) / len(rows)
    try:
        from namedivider import BasicNameDivider
    except ImportError:
        scores["namedivider"] = None
    else:
        divider = BasicNameDivider()

        def divided(name: str) -> tuple[str, str]:
            result = divider.divide_name(name)
            return result.family, result.given

        scores["namedivider"] = sum(divided(name) == (family, given) for _, name, family, given in rows) / len(rows)
    return scores


def output_rows(out_dir: Path) -> dict[str, list[dict]]:
    meetings = _read(out_dir / "meetings.csv")
    stems = {row["meeting_id"]: Path(row["source_file"]).stem for row in meetings}
    by_doc: dict[str, list[dict]] = {}
    for row in _read(out_dir / "attendees.csv") + _read(out_dir / "absentees.csv"):
        by_doc.setdefault(stems.get(row["meeting_id"], ""), []).append(row)
    return by_doc


def extracted_split_accuracy(rows, by_doc) -> tuple[int, int]:
    right = total = 0
    for doc, name, family, given in rows:
        found = [r for r in by_doc.get(doc, []) if canonical(r["name"]) == canonical(name)]
        if found:
            total += 1
            right += (found[0]["family_name"], found[0]["given_name"]) == (family, given)
    return right, total


def organization_accuracy(gold: Path, by_doc) -> tuple[int, int, list[str]]:
    right = total = 0
    misses = []
    for folder in sorted(p for p in gold.iterdir() if p.is_dir()):
        for row in _read(folder / "attendees.csv"):
            if "organization" not in row:
                continue
            found = [r for r in by_doc.get(folder.name, []) if canonical(r["name"]) == canonical(row["name"])]
            if not found:
                continue
            total += 1
            got = canonical(found[0].get("organization", ""))
            if got == canonical(row["organization"]):
                right += 1
            else:
                misses.append(f"  {folder.name} {row['name']} {row['title']!r}: expected {row['organization']!r}, got {got!r}")
    return right, total, misses


def speaker_links(out_dir: Path) -> tuple[int, int, int, int, Counter]:
    """(linked turns, turns with a speaker label, the same two in meetings that list their
    attendees, unlinked labels counted). Without a list only a full name in the label can link."""
    listing = {row["meeting_id"] for row in _read(out_dir / "attendees.csv")}
    turns = [row for row in _read(out_dir / "statements.csv") if row["speaker"]]
    listed = [row for row in turns if row["meeting_id"] in listing]
    unlinked = Counter(row["speaker"] for row in turns if not row["person_id"])
    linked = sum(1 for row in turns if row["person_id"])
    linked_listed = sum(1 for row in listed if row["person_id"])
    return linked, len(turns), linked_listed, len(listed), unlinked


def main(out_dir: Path) -> int:
    if not (out_dir / "corpus" / "attendees.csv").exists():
        extract(corpus_inputs(out_dir), out_dir / "corpus")
        extract(blind_inputs(out_dir), out_dir / "blind-tables")
        pending = blind_inputs(out_dir, BLIND / "pending")
        if pending:
            extract(pending, out_dir / "pending-tables")
    rows = printed_splits(list(SETS.values()))
    scores = split_scores(rows)
    by_doc: dict[str, list[dict]] = {}
    for folder in SETS:
        by_doc.update(output_rows(out_dir / folder))
    right, total = extracted_split_accuracy(rows, by_doc)
    print(f"family/given split, {len(rows)} names printed with one space between the parts (the space is the truth):")
    for method, score in scores.items():
        shown = "not installed (pip install namedivider-python)" if score is None else f"{score:.3f}"
        print(f"  {method:<12} on the name without its space: {shown}")
    print(f"  extractor output on those rows: {right}/{total} = {right / max(total, 1):.3f}")
    print("organization, answer rows matched by document and name:")
    for folder, gold in SETS.items():
        right, total, misses = organization_accuracy(gold, by_doc)
        if total:
            print(f"  {gold.relative_to(GOLD.parent.parent)}: {right}/{total} = {right / total:.3f}")
            print("\n".join(misses))
    print("speaker links, body turns with a speaker label that carry a person_id:")
    for folder in SETS:
        linked, turns, linked_listed, listed, unlinked = speaker_links(out_dir / folder)
        if turns:
            print(
                f"  {folder}: {linked}/{turns} = {linked / turns:.3f}; in meetings that list their attendees "
                f"{linked_listed}/{listed} = {linked_listed / max(listed, 1):.3f}"
            )
            shown = ", ".join(f"{label} ×{n}" for label, n in unlinked.most_common(12))
            print(f"    unlinked: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/extractor-eval")))
