"""The small records passed between stages, from characters to table rows."""

from __future__ import annotations

from dataclasses import dataclass, field


# --- what the reader gives -------------------------------------------------


@dataclass(frozen=True, slots=True)
class Char:
    """One printed glyph, in PDF points from the page's top-left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass(frozen=True, slots=True)
class Rule:
    """A drawn line or thin rectangle: the borders of a ruled table."""

    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def vertical(self) -> bool:
        return (self.bottom - self.top) > (self.x1 - self.x0)


@dataclass(slots=True)
class Page:
    number: int
    width: float
    height: float
    chars: list[Char]
    rules: list[Rule] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    """A PDF as read: its pages' glyphs, before any layout."""

    path: str
    sha256: str
    pages: list[Page]

    @property
    def page_count(self) -> int:
        return len(self.pages)


# --- layout ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cell:
    """A run of glyphs on one line, set apart from its neighbours by a wide gap or a rule.

    ``raw`` is the text as printed (a space where the glyphs stand apart);
    ``text`` is ``raw`` after the character policy of :mod:`extractor.textnorm`.
    """

    raw: str
    x0: float
    x1: float
    text: str = ""


@dataclass(frozen=True, slots=True)
class Line:
    page: int
    top: float
    bottom: float
    size: float
    cells: tuple[Cell, ...]

    @property
    def x0(self) -> float:
        return self.cells[0].x0

    @property
    def x1(self) -> float:
        return self.cells[-1].x1

    @property
    def raw(self) -> str:
        return " ".join(cell.raw for cell in self.cells)

    @property
    def text(self) -> str:
        return " ".join(cell.text for cell in self.cells if cell.text)


# --- segmentation ----------------------------------------------------------


class Kind:
    """What a section of a document is, decided from its heading words."""

    FRONT = "front"  # everything before the first heading: the title
    DATE = "date"
    PLACE = "place"
    ATTENDEES = "attendees"
    ABSENTEES = "absentees"
    AGENDA = "agenda"
    MATERIALS = "materials"
    BODY = "body"
    OTHER = "other"


@dataclass(slots=True)
class Section:
    kind: str
    heading: str  # the heading as printed, normalized ("出席者", "日時")
    page: int
    lines: list[Line] = field(default_factory=list)
    heading_line: Line | None = None


# --- table rows --------------------------------------------------------------


@dataclass(slots=True)
class Meeting:
    meeting_id: str
    source_file: str
    source_sha256: str
    doc_type: str = ""
    series: str = ""
    session_no: int | None = None
    title: str = ""
    date: str = ""
    weekday: str = ""
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    page_count: int = 0


@dataclass(slots=True)
class Attendee:
    meeting_id: str
    seq: int
    group: str
    role: str
    name: str
    name_raw: str
    title: str
    proxy: bool
    page: int
    # Filled by the people stage (persons.identify) from the fields above.
    role_class: str = ""
    family_name: str = ""
    given_name: str = ""
    name_reading: str = ""
    name_key: str = ""
    person_id: str = ""
    organization: str = ""
    organization_id: str = ""
    post: str = ""


@dataclass(slots=True)
class Person:
    """One person across meetings: every row whose name gives the same person_id."""

    person_id: str
    name: str
    name_reading: str
    family_name: str
    given_name: str
    first_seen: str
    last_seen: str
    meetings: int


@dataclass(slots=True)
class Organization:
    organization_id: str
    name: str
    kind: str


@dataclass(slots=True)
class AgendaItem:
    meeting_id: str
    seq: int
    item_no: str
    parent_no: str
    title: str
    presenter: str
    page: int


@dataclass(slots=True)
class Material:
    meeting_id: str
    seq: int
    material_no: str
    title: str
    presenter: str
    page: int


@dataclass(slots=True)
class Statement:
    meeting_id: str
    seq: int
    section: str
    speaker: str
    text: str
    page: int
    person_id: str = ""  # the attendee or named person the speaker label denotes, when the document tells


@dataclass(slots=True)
class FileResult:
    source_file: str
    source_sha256: str
    meeting_id: str
    status: str
    message: str
    page_count: int | None


@dataclass(frozen=True, slots=True)
class Problem:
    """Something odd about a document that did not stop its extraction."""

    code: str
    message: str
    page: int | None = None

    def __str__(self) -> str:
        where = f"p.{self.page}: " if self.page else ""
        return f"{where}{self.message} [{self.code}]"


@dataclass(frozen=True, slots=True)
class Region:
    """Where on a page a record (or a removed header) was read: for pictures of what was extracted."""

    table: str  # attendees, absentees, agenda, materials, statements, sections, removed
    key: str  # the row's seq, or what the region is (a section's kind)
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    field: str = ""  # empty for the whole record; else the part of it (name, title, role, proxy)


@dataclass(slots=True)
class Extraction:
    """Everything taken from one document."""

    meeting: Meeting
    attendees: list[Attendee] = field(default_factory=list)
    absentees: list[Attendee] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    materials: list[Material] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    not_minutes: str = ""  # why the document is not minutes, when it is not
    regions: list[Region] = field(default_factory=list)
