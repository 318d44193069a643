"""Every output table: its columns in order, their types and what they mean.

The CSV column order, the README's data dictionary and the tests all come from here.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from .records import AgendaItem, Attendee, FileResult, Material, Meeting, Organization, Person, Statement


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # string, integer, boolean, date
    description: str


@dataclass(frozen=True)
class Table:
    name: str
    record: type
    key: tuple[str, ...]
    description: str
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]


def _table(name: str, record: type, key: tuple[str, ...], description: str, /, **docs: tuple[str, str]) -> Table:
    names = [f.name for f in fields(record)]
    if sorted(names) != sorted(docs):
        raise ValueError(f"{name}: columns {names} and their descriptions {sorted(docs)} disagree")
    return Table(name, record, key, description, tuple(Column(n, *docs[n]) for n in names))


ROLE_CLASS = (
    "string",
    "The role in a fixed vocabulary: chair, acting_chair, deputy_chair, vice_chair, adviser, member, secretary, secretariat, explainer, observer, other.",
)
MEETING_ID = ("string", "The meeting's id: the first 12 hex digits of the source file's SHA-256; joins every table.")
PAGE = ("integer", "Page of the source PDF (1-based) where the row's text starts.")

# The columns the people stage fills, the same for attendees and absentees.
PEOPLE_COLUMNS = dict(
    role_class=ROLE_CLASS,
    family_name=("string", "Family name: split at the space printed between the parts, else by Sudachi's name analysis; empty when neither can tell."),
    given_name=("string", "Given name, split as family_name; empty for a family name printed alone (藤野課長)."),
    name_reading=("string", "Reading in katakana from the Sudachi dictionary, when it knows every part of the name; else empty."),
    name_key=("string", "The name as it matches across documents: NFKC, variant characters in their common form (髙→高, 邊→辺)."),
    person_id=("string", "The person across meetings (persons.person_id); empty for a family name alone."),
    organization=("string", "The body the title names first (内閣府, 総務省, 島根県, 東京大学); for a local body's own staff listed by post alone, the local government the minutes belong to."),
    organization_id=("string", "organizations.organization_id of the organization; empty when there is none."),
    post=("string", "The title after the organization (大臣官房審議官(経済安全保障担当)); the whole title when no organization is named."),
)

TABLES: tuple[Table, ...] = (
    _table(
        "meetings", Meeting, ("meeting_id",), "One row per extracted document.",
        meeting_id=MEETING_ID,
        source_file=("string", "Path of the input file as given on the command line."),
        source_sha256=("string", "SHA-256 of the input file's bytes."),
        doc_type=("string", "What the document calls itself: 議事要旨, 議事概要, 議事録, 会議録 or 議事次第."),
        series=("string", "The meeting series, without session number or document kind (AI戦略推進関係省庁会議)."),
        session_no=("integer", "The session number N of 第N回; empty when none is printed."),
        title=("string", "The title as printed (NFKC), its lines joined by spaces."),
        date=("date", "Meeting date, ISO 8601 (令和7年5月14日 → 2025-05-14)."),
        weekday=("string", "Weekday of the date, one kanji (月 火 水 木 金 土 日), computed from the date."),
        start_time=("string", "Start time, HH:MM, 24-hour clock."),
        end_time=("string", "End time, HH:MM, 24-hour clock."),
        place=("string", "Where the meeting was held, as printed (NFKC, layout spaces removed)."),
        page_count=("integer", "Number of pages in the PDF."),
    ),
    _table(
        "attendees", Attendee, ("meeting_id", "seq"), "One row per person listed as attending.",
        meeting_id=MEETING_ID,
        seq=("integer", "Position in the printed list, from 1."),
        group=("string", "The list or sub-list the person appears under (出席者, 委員, 事務局, ...)."),
        role=("string", "Role label for the row (議長, 構成員, ...); a label printed once holds for the rows under it."),
        name=("string", "Person's name without layout spaces or honorifics (熊谷和哉)."),
        name_raw=("string", "The name as printed, layout spaces kept (熊谷 和哉)."),
        title=("string", "Official title as printed (NFKC; brackets kept)."),
        proxy=("boolean", "True when the row is marked as attended by a proxy (※代理出席, 【代理出席】, ...)."),
        page=PAGE,
        **PEOPLE_COLUMNS,
    ),
    _table(
        "absentees", Attendee, ("meeting_id", "seq"), "One row per person listed as absent (欠席); same columns as attendees.",
        meeting_id=MEETING_ID,
        seq=("integer", "Position in the printed list of absentees, from 1."),
        group=("string", "The list the person appears under (欠席委員, 欠席議員, ...)."),
        role=("string", "Role label for the row, as for attendees."),
        name=("string", "Person's name without layout spaces or honorifics."),
        name_raw=("string", "The name as printed, layout spaces kept."),
        title=("string", "Official title as printed."),
        proxy=("boolean", "Always False for absentees unless a proxy mark is printed."),
        page=PAGE,
        **PEOPLE_COLUMNS,
    ),
    _table(
        "agenda", AgendaItem, ("meeting_id", "seq"), "One row per agenda item or sub-item.",
        meeting_id=MEETING_ID,
        seq=("integer", "Position in the printed agenda, from 1."),
        item_no=("string", "Item number as a dotted path: 2 for (2), 2.1 for the first sub-item under it."),
        parent_no=("string", "item_no of the enclosing item; empty for a top-level item."),
        title=("string", "Item title, wrapped lines joined."),
        presenter=("string", "Who presents the item, from a trailing bracket ([デジタル庁])."),
        page=PAGE,
    ),
    _table(
        "materials", Material, ("meeting_id", "seq"), "One row per material listed as handed out.",
        meeting_id=MEETING_ID,
        seq=("integer", "Position in the printed list of materials, from 1."),
        material_no=("string", "Material number as printed, normalized (資料1, 資料1-2, 参考資料3); empty when none is printed."),
        title=("string", "Material title as printed, wrapped lines joined, a bracketed note on its line kept."),
        presenter=("string", "Who submitted the material, from a trailing bracket ((事務局提出資料) → 事務局)."),
        page=PAGE,
    ),
    _table(
        "statements", Statement, ("meeting_id", "seq"), "One row per paragraph of a summary or speaker turn of a verbatim record.",
        meeting_id=MEETING_ID,
        seq=("integer", "Position in the body, from 1."),
        section=("string", "The body heading or subheading the statement falls under."),
        speaker=("string", "Speaker label as printed after the speaker mark (河野大臣, 委員長(平山たかお)); empty for narrative."),
        text=("string", "The statement's text; lines joined, paragraphs within a turn separated by newlines."),
        page=PAGE,
        person_id=("string", "persons.person_id of the speaker: the attendee the label names (河野大臣 → the one 河野 listed), or the full name printed in it; empty when the label does not tell."),
    ),
    _table(
        "persons", Person, ("person_id",), "One row per person across all meetings of the run; attendees, absentees and statements join on person_id.",
        person_id=("string", "The first 12 hex digits of SHA-256 of `person:` and name_key: the same name gives the same id in every run; two people of one name listed in one meeting are told apart by organization."),
        name=("string", "The name as most often printed, without spaces."),
        name_reading=("string", "Reading in katakana, when the dictionary knows it."),
        family_name=("string", "Family name."),
        given_name=("string", "Given name."),
        first_seen=("date", "Date of the first meeting the person appears in (listed or speaking)."),
        last_seen=("date", "Date of the last such meeting."),
        meetings=("integer", "Number of meetings the person appears in."),
    ),
    _table(
        "organizations", Organization, ("organization_id",), "One row per organization named in attendees' titles.",
        organization_id=("string", "The first 12 hex digits of SHA-256 of `organization:` and the name: stable across runs."),
        name=("string", "The organization's name as printed (NFKC)."),
        kind=("string", "national_government, local_government, university, company, association or other."),
    ),
    _table(
        "files", FileResult, ("source_file",), "One row per input file, whatever became of it.",
        source_file=("string", "Path of the input file as given on the command line."),
        source_sha256=("string", "SHA-256 of the file's bytes; empty when it could not be read."),
        meeting_id=MEETING_ID,
        status=("string", "ok, partial (extracted, with warnings), not_minutes, or why not: not_pdf, empty, corrupt, encrypted, no_text_layer, missing, timeout, too_large, error."),
        message=("string", "What went wrong or looked odd, with page numbers; empty when nothing did."),
        page_count=("integer", "Number of pages, when the PDF could be opened."),
    ),
)

BY_NAME = {table.name: table for table in TABLES}

# The version of the tables' layout: which tables and columns, their types and keys.
# Bump it when they change; CHANGELOG.md says what changed.
SCHEMA_VERSION = "1.2.0"
_FRICTIONLESS_TYPES = {"string": "string", "integer": "integer", "boolean": "boolean", "date": "date"}


def datapackage(provenance: dict[str, str], created: str, formats: tuple[str, ...] = ("csv",)) -> dict:
    """The run's tables as a Frictionless Data Package: types, keys, how they join, and where they came from."""
    resources = []
    for table in TABLES:
        schema = {
            "fields": [
                {"name": c.name, "type": _FRICTIONLESS_TYPES[c.type], "description": c.description} for c in table.columns
            ],
            "primaryKey": list(table.key),
            "missingValues": [""],
        }
        joins = [
            (column, target)
            for column, target in (("meeting_id", "meetings"), ("person_id", "persons"), ("organization_id", "organizations"))
            if column in table.column_names and table.key != (column,)
        ]
        if joins:
            schema["foreignKeys"] = [
                {"fields": [column], "reference": {"resource": target, "fields": [column]}} for column, target in joins
            ]
        resources.append(
            {
                "name": table.name,
                "path": f"{table.name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": table.description,
                "schema": schema,
            }
        )
    return {
        "name": "extractor-minutes",
        "title": "Japanese government meeting minutes, as tables",
        "profile": "tabular-data-package",
        "version": SCHEMA_VERSION,
        "created": created,
        "sources": [{"title": "Extracted from minutes PDFs by extractor", "path": "files.csv"}],
        "extractor": provenance,
        "formats": list(formats),
        "resources": resources,
    }


def data_dictionary() -> str:
    """The data dictionary as Markdown, for the README (a test keeps the two equal)."""
    out = []
    for table in TABLES:
        out.append(f"### `{table.name}.csv`\n\n{table.description} Key: `{', '.join(table.key)}`.\n")
        out.append("| column | type | meaning |\n|---|---|---|")
        out += [f"| `{c.name}` | {c.type} | {c.description} |" for c in table.columns]
        out.append("")
    return "\n".join(out)


def update_readme(path: str) -> None:
    """Rewrite the data dictionary between the README's markers."""
    import re
    from pathlib import Path

    readme = Path(path)
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- data-dictionary:start", "<!-- data-dictionary:end -->"
    head, _, rest = text.partition(start)
    marker_line, _, _ = rest.partition("\n")
    _, _, tail = rest.partition(end)
    readme.write_text(f"{head}{start}{marker_line}\n{data_dictionary()}{end}{tail}", encoding="utf-8")


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--readme"]:
        update_readme(sys.argv[2])
    else:
        print(data_dictionary(), end="")
