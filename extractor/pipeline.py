"""One PDF through every stage: read → lines → margins → normalize → sections → records."""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from .layout import page_lines
from .margins import strip_margins
from .parse.agenda import parse_agenda
from .parse.attendees import marks_absence, parse_attendees
from .parse.body import parse_body
from .parse.materials import parse_materials
from .parse.meeting import fill_from_body, not_minutes_reason, parse_meeting
from .persons import identify
from .reader import read_pdf
from .records import Extraction, Kind, Line, Meeting, Region, Section
from .sections import split_sections
from .settings import DEFAULT, Settings
from .textnorm import normalize

STAGES = ("read", "layout", "normalize", "segment", "parse", "names")


def extract(path: str | Path, settings: Settings = DEFAULT, timings: dict[str, float] | None = None) -> Extraction:
    """Extract one minutes PDF. Raises an :class:`~extractor.errors.ExtractorError` for unreadable files."""
    clock = _Clock(timings)
    with clock("read"):
        document = read_pdf(path, settings)
    with clock("layout"):
        lines_by_page = [page_lines(page, settings) for page in document.pages]
        content, removed = strip_margins(document.pages, lines_by_page, settings)
    with clock("normalize"):
        content = [normalize_line(line) for line in content]
    with clock("segment"):
        sections = split_sections(content)
    with clock("parse"):
        meeting = Meeting(
            meeting_id=meeting_id(document.sha256),
            source_file=str(path),
            source_sha256=document.sha256,
            page_count=document.page_count,
        )
        extraction = Extraction(meeting)
        extraction.problems = parse_meeting(sections, meeting)
        regions = extraction.regions
        right = text_right_edge(content)
        attendance = _attendance(sections)
        notes = " ".join(line.text for section in attendance for line in section.lines)
        for section in attendance:
            extraction.attendees += parse_attendees(
                section, meeting.meeting_id, len(extraction.attendees) + 1, regions, "attendees", right, notes
            )
        for section in attendance:
            if marks_absence(section):  # 出欠 ○ ×: the members marked absent, from the same list
                extraction.absentees += parse_attendees(
                    section, meeting.meeting_id, len(extraction.absentees) + 1, regions, "absentees", right
                )
        # the kinds of member the list of who came was split by (学識経験者, 市議会議員)
        kinds = frozenset(row.group for row in extraction.attendees)
        for section in _absence(sections):
            extraction.absentees += parse_attendees(
                section, meeting.meeting_id, len(extraction.absentees) + 1, regions, "absentees", right, kinds=kinds,
                in_list=_inside_list(section, sections),
            )
        extraction.agenda = parse_agenda(_of(sections, Kind.AGENDA), meeting.meeting_id, right, regions)
        extraction.materials = parse_materials(_of(sections, Kind.MATERIALS), meeting.meeting_id, right, regions)
        regions[:] = _merged(regions)
        regions += [_region("sections", s.kind, s.heading_line) for s in sections if s.heading_line is not None]
        regions += [_region("removed", "margin", line) for line in removed]
        for rows in (extraction.agenda, extraction.materials):
            for seq, row in enumerate(rows, 1):
                row.seq = seq
        extraction.statements = parse_body(_of(sections, Kind.BODY), meeting.meeting_id)
        fill_from_body(meeting, extraction.statements)
        extraction.not_minutes = not_minutes_reason(sections, extraction)
    with clock("names"):
        identify(extraction, _context(sections, content))
    return extraction


def meeting_id(sha256: str) -> str:
    """A meeting's id comes from its file's content, so the same file always gets the same id."""
    return sha256[:12]


def normalize_line(line: Line) -> Line:
    """The line with every cell's text put through the character policy."""
    return replace(line, cells=tuple(replace(cell, text=normalize(cell.raw)) for cell in line.cells))


def text_right_edge(lines: list[Line]) -> float:
    """Where full lines of text end on the page: the right edge most long lines reach."""
    ends = sorted(line.x1 for line in lines)
    return ends[int(0.9 * (len(ends) - 1))] if ends else 0.0


def _of(sections: list[Section], kind: str) -> list[Section]:
    return [section for section in sections if section.kind == kind]


def _attendance(sections: list[Section]) -> list[Section]:
    """The attendee sections; 応招議員 (who answered the convocation) only when no 出席議員 list
    names the members present, for a record that prints both lists names each member twice."""
    listed = _of(sections, Kind.ATTENDEES)
    called = [s for s in listed if s.heading.replace(" ", "") == "応招議員"]
    if not called:
        return listed  # the common case: nothing to weigh, and no list read twice
    present = any(s.heading.replace(" ", "") == "出席議員" and parse_attendees(s, "") for s in listed)
    return [s for s in listed if not (present and s in called)]


def _inside_list(section: Section, sections: list[Section]) -> bool:
    """欠席構成員：… set as one of the labels of the list of who came (at their x, or set in under its
    heading), not as a heading of its own beside that list's heading."""
    before = sections[: sections.index(section)]
    attending = next((s for s in reversed(before) if s.kind == Kind.ATTENDEES and s.lines), None)
    if section.heading_line is None or attending is None or attending.heading_line is None:
        return False
    x, size = section.heading_line.x0, section.heading_line.size
    labels_x = min(line.x0 for line in attending.lines)
    return abs(x - labels_x) < size / 2 or x > attending.heading_line.x0 + size / 2


def _absence(sections: list[Section]) -> list[Section]:
    """The absentee sections; 不応招議員 (who did not answer the convocation) only when it names
    someone the 欠席議員 list does not, for the same member is often printed under both."""
    listed = _of(sections, Kind.ABSENTEES)
    uncalled = [s for s in listed if s.heading.replace(" ", "") == "不応招議員"]
    absent = [s for s in listed if s.heading.replace(" ", "") == "欠席議員"]
    if not uncalled or not absent:
        return listed
    named = {row.name for s in absent for row in parse_attendees(s, "", table="absentees")}
    return [
        s for s in listed
        if s not in uncalled or any(row.name not in named for row in parse_attendees(s, "", table="absentees"))
    ]


class _Clock:
    """Adds each stage's wall time to a dict, when one is given (the benchmark's)."""

    def __init__(self, timings: dict[str, float] | None):
        self.timings = timings

    @contextmanager
    def __call__(self, stage: str):
        if self.timings is None:
            yield
            return
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start


def _region(table: str, key: str, line: Line) -> Region:
    return Region(table, key, line.page, line.x0, line.top, line.x1, line.bottom)


def _merged(regions: list[Region]) -> list[Region]:
    """One box per record, field and page: a record read from several lines gets the box around them all."""
    boxes: dict[tuple, Region] = {}
    for r in regions:
        key = (r.table, r.key, r.page, r.field)
        seen = boxes.get(key, r)
        boxes[key] = Region(
            r.table,
            r.key,
            r.page,
            min(seen.x0, r.x0),
            min(seen.top, r.top),
            max(seen.x1, r.x1),
            max(seen.bottom, r.bottom),
            r.field,
        )
    return list(boxes.values())


def _context(sections: list[Section], content: list[Line]) -> list[str]:
    """The lines where a document names who holds the meeting: its title block, the sections
    that are not lists or body (問い合わせ先), and its last lines (a contact block)."""
    kinds = (Kind.FRONT, Kind.OTHER, Kind.PLACE)
    texts = [line.text for section in sections if section.kind in kinds for line in section.lines]
    return texts + [line.text for line in content[-5:]]
