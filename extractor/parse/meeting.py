"""The meeting itself: series, session number, kind of record, date, time and place."""

from __future__ import annotations

import re

from ..dates import find_date, find_time_range, kanji_number
from ..records import Kind, Meeting, Problem, Section
from ..textnorm import squeeze_spaces
from .common import clean

# What a document calls itself, longest first, and the doc_type we record for it.
DOC_TYPES = (
    ("議事要旨", "議事要旨"),
    ("議事概要", "議事概要"),
    ("議事録", "議事録"),
    ("会議録", "会議録"),
    ("議事次第", "議事次第"),
    ("記録", "会議録"),  # 委員会記録: a local assembly's committee record
)
_DOC_TYPE_AT_END = re.compile(rf"(?:{'|'.join(word for word, _ in DOC_TYPES)})$")
_SESSION = re.compile(r"[(]?第 ?(?P<n>[0-9一二三四五六七八九十百]+) ?回(?:会議|会合)?[)]?")
_ERA_MONTH = re.compile(r"(?:令和|平成|昭和) ?[0-9元]+ ?年(?: ?[0-9]+ ?月)?")


def parse_meeting(sections: list[Section], meeting: Meeting) -> list[Problem]:
    """Fill the meeting's fields from the front matter and header sections; return what looked wrong."""
    problems: list[Problem] = []
    front = next((s for s in sections if s.kind == Kind.FRONT), None)
    titles = [line.text for line in front.lines] if front else []
    meeting.title, meeting.doc_type, meeting.series, meeting.session_no = parse_title(titles)

    date_section = next((s for s in sections if s.kind == Kind.DATE and s.lines), None)
    date_text = " ".join(line.text for line in date_section.lines) if date_section else ""
    found = find_date(date_text) or find_date(" ".join(titles))
    if found is None:
        problems.append(Problem("no_date", "no meeting date found in the header"))
    else:
        meeting.date, meeting.weekday = found.iso, found.weekday
        if found.printed_weekday and found.printed_weekday != found.weekday:
            problems.append(
                Problem(
                    "weekday_mismatch",
                    f"printed weekday ({found.printed_weekday}) does not match {found.iso} ({found.weekday})",
                    date_section.page if date_section else None,
                )
            )
        date_text = date_text[found.end :] if date_text else date_text
    meeting.start_time, meeting.end_time = find_time_range(date_text)

    place = next((s for s in sections if s.kind == Kind.PLACE and s.lines), None)
    if place:
        meeting.place = squeeze_spaces(" ".join(line.text for line in place.lines))
    return problems


def parse_title(lines: list[str]) -> tuple[str, str, str, int | None]:
    """``(title, doc_type, series, session_no)`` from the lines before the first heading.

    The title is the line that ends in the record's kind (議事録, 議事要旨, …),
    extended upwards over the lines it was broken from.

    >>> parse_title(["AI戦略推進関係省庁会議(第2回) 議事要旨"])
    ('AI戦略推進関係省庁会議(第2回) 議事要旨', '議事要旨', 'AI戦略推進関係省庁会議', 2)
    >>> parse_title(["第25回", "消費者教育推進会議", "議事録", "消費者庁消費者教育推進課", "第25回消費者教育推進会議"])
    ('第25回 消費者教育推進会議 議事録', '議事録', '消費者教育推進会議', 25)
    >>> parse_title(["令和 6年 5月 産業交通水道委員会(第3回)", "第3回 産業交通水道委員会記録"])[1:]
    ('会議録', '産業交通水道委員会', 3)
    """
    lines = [line.strip() for line in lines if line.strip()]
    end = next((i for i, line in enumerate(lines) if _DOC_TYPE_AT_END.search(clean(line))), None)
    if end is None:
        chosen = lines[:1]
        doc_type = ""
    else:
        start = end
        while start > 0 and (not _series(" ".join(lines[start : end + 1])) or _SESSION.fullmatch(lines[start - 1])):
            start -= 1
        chosen = lines[start : end + 1]
        word = _DOC_TYPE_AT_END.search(clean(lines[end])).group(0)
        doc_type = dict(DOC_TYPES)[word]
    title = " ".join(chosen)
    session = _SESSION.search(title) or next((m for m in map(_SESSION.search, lines) if m), None)
    session_no = kanji_number(session.group("n")) if session else None
    return title, doc_type, _series(title), session_no


def _series(title: str) -> str:
    text = clean(title)
    text = _DOC_TYPE_AT_END.sub("", text)
    text = _SESSION.sub("", text)
    text = _ERA_MONTH.sub("", text)
    return text.strip(" ・-")
