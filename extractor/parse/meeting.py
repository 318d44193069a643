"""The meeting itself: series, session number, kind of record, date, time and place."""

from __future__ import annotations

import re

from ..dates import find_date, find_time_range, find_times, kanji_number
from ..records import Extraction, Kind, Meeting, Problem, Section, Statement
from ..sections import is_stage_direction
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
_ISSUE = re.compile(r" ?\(?第 ?[0-9]+ ?[号日](?: ?[0-9]+月[0-9]+日)?\)?$")  # 会議録 第1号, (第1日 2月14日)
_TITLE_LABEL = re.compile(r"^(?:会議名|会議の名称|名称) ?: ?")
# Assemblies (議会, 市会) keep 会議録; other bodies keep 議事録.
_ASSEMBLY = re.compile(r"議会|市会|区会|町会|村会")
_SESSION_WORDS = re.compile(r"^(?:定例会|臨時会|本会議|定例会議|臨時会議)$")
_ASSEMBLY_IN_SPEECH = re.compile(
    r"(?P<body>[^\s、。「」()0-9年回第号]{1,10}?(?:議会|市会))(?:第[0-9]+回)?(?P<kind>定例会|臨時会)"
)
_START_EVENT = re.compile(r"(?:開会|開議)")
_END_EVENT = re.compile(r"(?:散会|閉会|延会|閉議)")
# Documents of these kinds are about meetings but are not minutes.
_NOT_MINUTES = re.compile(r"名簿|一覧表|予定表|日程表|議決結果|賛否")


def parse_meeting(sections: list[Section], meeting: Meeting) -> list[Problem]:
    """Fill the meeting's fields from the front matter and header sections; return what looked wrong."""
    problems: list[Problem] = []
    front = next((s for s in sections if s.kind == Kind.FRONT), None)
    titles = [line.text for line in front.lines] if front else []
    meeting.title, meeting.doc_type, meeting.series, meeting.session_no = parse_title(titles)

    date_section = next((s for s in sections if s.kind == Kind.DATE and s.lines), None)
    date_text = " ".join(line.text for line in date_section.lines) if date_section else ""
    header_text = " ".join(line.text for s in sections if s.kind != Kind.BODY for line in s.lines[:3])
    found = find_date(date_text) or find_date(" ".join(titles)) or find_date(header_text)
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
        if date_text and find_date(date_text):
            date_text = date_text[find_date(date_text).end :]
    meeting.start_time, meeting.end_time = find_time_range(date_text)
    if not meeting.start_time or not meeting.end_time:
        start, end = event_times(" ".join(titles))
        meeting.start_time = meeting.start_time or start
        meeting.end_time = meeting.end_time or end

    place = next((s for s in sections if s.kind == Kind.PLACE and s.lines), None)
    if place:
        meeting.place = squeeze_spaces(" ".join(line.text for line in place.lines)).lstrip("○〇◯●◎■□◆◇・ ")
    return problems


def fill_from_body(meeting: Meeting, statements: list[Statement]) -> None:
    """What only the body says: times in stage directions (``［午前10時 開会］``), the kind of a
    verbatim record that does not name itself, an assembly named only in its opening words."""
    directions = [s.text for s in statements if not s.speaker and is_stage_direction(s.text)]
    if directions:
        start, end = event_times(" ".join(directions))
        # A stage direction is what happened; a time in the header may be the schedule.
        meeting.start_time = start or meeting.start_time
        meeting.end_time = end or meeting.end_time
    speakers = any(s.speaker for s in statements)
    if not meeting.doc_type and speakers:
        meeting.doc_type = "会議録" if _ASSEMBLY.search(meeting.series) else "議事録"
    if _SESSION_WORDS.match(meeting.series or ""):
        for statement in statements[:5]:
            match = _ASSEMBLY_IN_SPEECH.search(statement.text.replace(" ", ""))
            if match and match.group("kind") == meeting.series:
                meeting.series = match.group("body") + meeting.series
                meeting.doc_type = "会議録"
                break


def event_times(text: str) -> tuple[str, str]:
    """Start and end from ``午前10時開会 … 午後3時26分散会``: the first opening and the last closing.

    >>> event_times("午前10時00分開会 午前11時04分散会")
    ('10:00', '11:04')
    """
    start = end = ""
    for time in find_times(text):
        after = text[time.end : time.end + 4]
        if _START_EVENT.match(after.strip()) and not start:
            start = time.hhmm
        elif _END_EVENT.match(after.strip()):
            end = time.hhmm
    return start, end


def not_minutes_reason(sections: list[Section], extraction: Extraction) -> str:
    """Why the document is not minutes (a roster, a vote table, a schedule), or "" when it is."""
    if any(s.speaker for s in extraction.statements):
        return ""
    front = " ".join(line.text for s in sections if s.kind == Kind.FRONT for line in s.lines[:6])
    kind = _NOT_MINUTES.search(front)
    if kind and extraction.meeting.doc_type not in ("議事要旨", "議事概要", "議事録", "会議録"):
        return f"its title names a {kind.group(0)}, a document about meetings rather than minutes of one"
    if extraction.meeting.doc_type:
        return ""
    kinds = {s.kind for s in sections if s.lines}
    if Kind.DATE in kinds and kinds & {Kind.ATTENDEES, Kind.AGENDA, Kind.MATERIALS, Kind.BODY}:
        return ""
    return "no minutes header (a date with attendees, agenda or materials), record kind or speaker turns found"


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
    >>> parse_title(["令和6年第1回 2月定例会", "令和6年第1回函館市議会定例会会議録 第1号"])[1:]
    ('会議録', '函館市議会定例会', 1)
    >>> parse_title(["法制審議会", "商法(船荷証券等関係)部会", "第8回会議 議事録"])[1:]
    ('議事録', '法制審議会商法(船荷証券等関係)部会', 8)
    """
    lines = [_TITLE_LABEL.sub("", line.strip()) for line in lines if line.strip()]
    bare = [_ISSUE.sub("", clean(line)) for line in lines]
    end = next((i for i, line in enumerate(bare) if _DOC_TYPE_AT_END.search(line)), None)
    if end is None:
        labelled = next((i for i, line in enumerate(lines) if _SESSION.search(line)), 0)
        chosen = lines[labelled : labelled + 1]
        doc_type = ""
    else:
        start = end
        # Take the lines above into the title while they are part of it: not a date, not a repeat.
        while start > 0 and not _ERA_MONTH.search(lines[start - 1]) and not find_date(lines[start - 1]):
            above = _series(lines[start - 1])
            if above and above in _series(" ".join(lines[start : end + 1])):
                break
            start -= 1
        chosen = lines[start : end + 1]
        doc_type = dict(DOC_TYPES)[_DOC_TYPE_AT_END.search(bare[end]).group(0)]
    title = " ".join(chosen)
    session = _SESSION.search(title) or next((m for m in map(_SESSION.search, lines) if m), None)
    session_no = kanji_number(session.group("n")) if session else None
    return title, doc_type, _series(title), session_no


def _series(title: str) -> str:
    text = _ISSUE.sub("", clean(title))
    text = _DOC_TYPE_AT_END.sub("", text)
    text = _SESSION.sub("", text)
    text = _ERA_MONTH.sub("", text)
    return text.strip(" ・-")
