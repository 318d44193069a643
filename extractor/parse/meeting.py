"""The meeting itself: series, session number, kind of record, date, time and place."""

from __future__ import annotations

import re
from dataclasses import replace

from ..dates import find_date, find_month_day, find_time_range, find_times, kanji_number
from ..records import Extraction, Kind, Line, Meeting, Problem, Section, Statement
from ..sections import is_stage_direction
from ..textnorm import squeeze_spaces
from .common import clean, join_lines

# What a document calls itself, longest first, and the doc_type we record for it.
DOC_TYPES = (
    ("議事要旨", "議事要旨"),
    ("議事概要", "議事概要"),
    ("議事録", "議事録"),
    ("会議録", "会議録"),
    ("会議概要", "議事概要"),  # the summary a council's secretariat publishes under this name
    ("会議要旨", "議事要旨"),
    ("議事次第", "議事次第"),
    ("記録", "会議録"),  # 委員会記録: a local assembly's committee record
)
_DOC_TYPE_AT_END = re.compile(rf"(?:{'|'.join(word for word, _ in DOC_TYPES)})$")
_SESSION = re.compile(r"[(]?第 ?(?P<n>[0-9一二三四五六七八九十百]+) ?回(?:会議|会合)?[)]?")
_ERA_MONTH = re.compile(r"(?:令和|平成|昭和) ?[0-9元〇一二三四五六七八九十]+ ?年度?(?: ?[0-9〇一二三四五六七八九十]+ ?月)?")
_ISSUE_ANYWHERE = re.compile(r"\(?第 ?[0-9一二三四五六七八九十]+ ?[号日](?: ?[0-9]+月[0-9]+日)?\)?")
_DOC_TYPE_INSIDE = re.compile(r"議事要旨|議事概要|議事録|会議録|会議概要|会議要旨")
_ISSUE = re.compile(r" ?\(?第 ?[0-9一二三四五六七八九十]+ ?[号日](?: ?[0-9]+月[0-9]+日)?\)?$")  # 会議録 第1号, (第1日 2月14日)
# 一　会議の名称 …: a form's rows may be numbered like the headings below them
_TITLE_LABEL = re.compile(r"^(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[.、]? ?|\( ?[0-9]{1,2} ?\) ?)?(?:会議名|会議の名称|会議|名称|件名|(?:委員会|審議会|協議会|会議体)(?:名|の名称))(?: ?: ?| )")
# Web minutes viewers title a record's text "<meeting> 本文" and surround it with navigation.
_WEB_BODY = re.compile(r" ?本文$")
_NAVIGATION = re.compile(r"スキップ|検索|ヒット|トップ|ナビゲーション|一覧に戻る|表示|閉じる")
_MEETING_BODY = re.compile(r"委員会|審議会|調査会|分科会|部会|会議|協議会|検討会|懇談会|研究会|審査会|定例会|臨時会|本会議|議会|市会|ワーキング・?グループ")
# Assemblies (議会, 市会) keep 会議録; other bodies keep 議事録.
_ASSEMBLY = re.compile(r"(?<![審協])議会|市会|区会|町会|村会")
_SESSION_WORDS = re.compile(r"^(?:定例会|臨時会|本会議|定例会議|臨時会議)$")  # a series that names no body
_ASSEMBLY_IN_SPEECH = re.compile(
    r"(?:第(?P<n1>[0-9]+)回)?(?P<body>[^\s、。「」()0-9年回第号]{1,10}?(?:議会|市会))(?:第(?P<n2>[0-9]+)回)?"
    r"(?P<kind>定例会|臨時会)"
)
_START_EVENT = re.compile(r"(?:開会|開議)")
_END_EVENT = re.compile(r"(?:散会|閉会|延会|閉議)")
# Documents of these kinds are about meetings but are not minutes.
_NOT_MINUTES = re.compile(r"名簿|一覧表|予定表|日程表|議決結果|賛否")


def parse_meeting(sections: list[Section], meeting: Meeting) -> list[Problem]:
    """Fill the meeting's fields from the front matter and header sections; return what looked wrong."""
    problems: list[Problem] = []
    sections = _title_after_header(sections)
    front = next((s for s in sections if s.kind == Kind.FRONT), None)
    titles = [line.text for line in front.lines] if front else []
    meeting.title, meeting.doc_type, meeting.series, meeting.session_no = parse_title(front.lines if front else [])
    if not meeting.doc_type:  # 仙台市議会会議録 over a page titled "DX推進調査特別委員会 本文"
        kinds = [k.group(0) for k in (_DOC_TYPE_AT_END.search(_plain(t)) for t in titles) if k]
        meeting.doc_type = dict(DOC_TYPES)[kinds[0]] if kinds else ""
    # 議　事　次　第 under the title names the document, unless minutes follow it: then it heads their agenda.
    kind_line = "" if any(s.kind == Kind.BODY and s.lines for s in sections) else _kind_under_title(sections, front)
    if not meeting.doc_type and kind_line:
        meeting.doc_type = dict(DOC_TYPES)[kind_line]
        meeting.title = f"{meeting.title} {kind_line}".strip()

    date_section = next((s for s in sections if s.kind == Kind.DATE and s.lines), None)
    # 招集年月日 … 開閉会日時 開会 … 閉会 …: every date item of the header tells the time
    date_text = " ".join(
        # 閉会日時　同日　午後3時12分: the heading says which event the time is of
        " ".join([s.heading] * bool(re.search(r"閉会|散会", s.heading)) + [line.text for line in s.lines])
        for s in sections
        if s.kind == Kind.DATE
    )
    header_text = " ".join(line.text for s in sections if s.kind != Kind.BODY for line in s.lines[:3])
    found = find_date(date_text) or find_date(" ".join(titles)) or find_date(header_text)
    if date_section is not None and date_section.heading.startswith("招集"):
        # 招集年月日 6月7日 … 開議 6月9日: the record is of the day the sitting opened
        sitting = [
            line.text for s in sections if s.kind in (Kind.DATE, Kind.PLACE) for line in s.lines
            if re.match(r"^(?:開 ?議|開 ?会)", line.text)
        ]
        if sitting and find_date(sitting[0]):
            found = find_date(sitting[0])
        elif sitting and found and find_month_day(sitting[0], found.iso):
            found = find_month_day(sitting[0], found.iso)  # 開　　議　9月11日: the year is the convocation's
    agenda = next((s for s in sections if s.kind == Kind.AGENDA and s.lines), None)
    opened = agenda.lines[0].text if agenda else ""
    if date_section is None and find_date(opened) and re.search(r"開 ?議|開 ?会", opened):
        # a cover's 12月5日 開会 … 12月15日 閉会 spans the session; 議事日程 ⏎ 12月15日 午前10時開議 is this sitting
        found = find_date(opened)
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
    place = next((s for s in sections if s.kind == Kind.PLACE and s.lines), None)
    place_lines = [_EVENT_SPACED.sub(r"\1\2", line.text) for line in place.lines] if place else []
    # 開会 六月十日 午前十時宣告 under the place: when, not where; ○開　会 … ⏎ ○散　会 … after the
    # place, each its own item, the second taken for a place by the segmenter
    events = [
        text
        for s in sections
        if s.kind == Kind.PLACE
        for text in (_EVENT_SPACED.sub(r"\1\2", line.text) for line in s.lines)
        if event_times(text) != ("", "")
    ]
    # 議事日程 ⏎ 午前10時開議: the sitting's opening, printed over its agenda
    events += [
        line.text for s in sections if s.kind == Kind.AGENDA for line in s.lines[:1] if event_times(line.text)[0]
    ]
    # 平成30年1月22日(月) ⏎ 10:00~12:00 under the title, with no label: the front holds the time
    meeting.start_time, meeting.end_time = find_time_range(date_text or " ".join(titles))
    if not meeting.start_time or not meeting.end_time:
        spaced = [_EVENT_SPACED.sub(r"\1\2", text) for text in titles]  # 1.開　会　令和元年7月25日　午後1時30分
        start, end = event_times(" ".join([*spaced, date_text, *events]))
        meeting.start_time = meeting.start_time or start
        meeting.end_time = meeting.end_time or end
    convened = date_section is not None and (
        date_section.heading.startswith("招集") or re.match(r"^[○〇◯]? ?招集", date_section.lines[0].text)
    )
    if convened and event_times(" ".join(events))[0]:
        # 招集の日時 … 午前十時 ⏎ 開　会 午前十時二分: the time it was called for is the schedule; it opened later
        meeting.start_time = event_times(" ".join(events))[0]

    if place:
        # （Web会議システム併用） or ※ウェブ会議システム併用 on a line of its own is a note, not the place.
        where = [
            text
            for text in place_lines
            if text not in events and not re.fullmatch(r"\([^()]*\)|※.*", text) and not _FORM_FIELD.match(text)
        ]
        meeting.place = squeeze_spaces(" ".join(where)).lstrip("○〇◯●◎■□◆◇・ ")
    else:
        date_lines = [line.text for s in sections if s.kind == Kind.DATE for line in s.lines]
        meeting.place = _place_under_date(titles) or _place_under_date(date_lines) or _place_after_date(titles + date_lines)
    meeting.place = re.sub(r"^於 ?[、,:]? ?", "", meeting.place)  # 於、総務省第1特別会議室
    return problems


_EVENT_SPACED = re.compile(r"(開|散|閉|延) +(議|会)")  # ◯開　　議　午前9時30分


# 【場　所】… ⏎ 【公開区分】公開: the form's next field under its own bracketed label, not the place
_FORM_FIELD = re.compile(r"^【[^【】]{1,10}】 ?\S")
_PLACE_WORDS = re.compile(r"会議室|庁舎|号館|講堂|ホール|会館|センター|議場|官邸|[0-9]階")


# A place label the segmenter left on the line (an unnumbered 場所 with its value after one space)
_PLACE_LABEL = re.compile(r"^(?:開催)?(?:場所|会場)(?: ?: ?| )")


def _place_under_date(lines: list[str]) -> str:
    """An unlabelled header prints the place on the line under the date (中央環境審議会 and others)."""
    for index, (above, line) in enumerate(zip(lines, lines[1:])):
        if find_date(above) and find_time_range(line)[0] and index + 2 < len(lines):
            line = lines[index + 2]  # the date, the time on a line of its own, then the place
        if find_date(above) and _PLACE_WORDS.search(line) and not find_date(line):
            return squeeze_spaces(_PLACE_LABEL.sub("", line))  # 場所　桐ノ木村議会議場: the label is not the place
    return ""


_PLACE_MARKED = re.compile(r" 於 ?[、,:]? ?(?P<place>\S.*)$")


def _place_after_date(lines: list[str]) -> str:
    """``令和5年12月15日(金曜日) 午前10時00分開議 於 菫ケ丘町議会議場``: the place marked 於 at the end
    of the date's line."""
    for line in lines:
        marked = _PLACE_MARKED.search(line)
        if find_date(line) and marked and not find_date(marked.group("place")):
            return squeeze_spaces(marked.group("place"))
    return ""


_CLOSING_AT_END = re.compile(r"[(\[〔][^()\[\]〔〕]{0,20}(?:閉会|散会)[)\]〕]$")
# …臨時会を閉会します。 ⏎ （午前十一時十二分）: a bare time stamped under the closing words
_TIME_AFTER_CLOSING = re.compile(r"(?:閉会|散会|閉議)(?:いた)?します。\s*[(〔](?P<time>[^()〔〕]{2,16})[)〕]$")

# 1.散会 9月5日 午前11時10分, 一、散会 午前十一時四十七分: a numbered closing item of the header form,
# printed as the record's last line, under the last turn
_CLOSING_ITEM_AT_END = re.compile(
    r"\n(?P<item>(?:[0-9]+ ?[.、]|[一二三四五六七八九十]+ ?、|[○〇◯]) ?(?:散 *会|閉 *会|閉 *議)[^\n]{0,30}?(?:午前|午後)[^\n]{1,12}分?)$"
)


def fill_from_body(meeting: Meeting, statements: list[Statement]) -> None:
    """What only the body says: times in stage directions (``［午前10時 開会］``), the kind of a
    verbatim record that does not name itself, an assembly named only in its opening words."""
    directions = [s.text for s in statements if not s.speaker and is_stage_direction(s.text)]
    last_turn = statements[-1].text if statements and statements[-1].speaker else ""
    closing = _CLOSING_AT_END.search(last_turn)
    if closing:  # …閉会します。(午後3時5分閉会): a direction set in the speech column, closing the last turn
        directions.append(closing.group(0))
    end = ""
    if directions:
        start, end = event_times(" ".join(directions))
        # A stage direction is what happened; a time in the header may be the schedule.
        meeting.start_time = start or meeting.start_time
        meeting.end_time = end or meeting.end_time
        ends = {event_times(text)[1] for text in directions}
        stamps = [t.hhmm for text in directions for t in find_times(text) if t.hhmm not in ends]
        if stamps and not meeting.start_time:
            meeting.start_time = stamps[0]  # (午前10時00分) under ◯開議の宣告: the first time stamped
    closing_item = _CLOSING_ITEM_AT_END.search(last_turn)
    if closing_item and not end:  # …散会いたします。 ⏎ １．散　　会　９月５日　午前１１時１０分: the header's last item
        end = event_times(_EVENT_SPACED.sub(r"\1\2", closing_item.group("item")))[1]
        meeting.end_time = end or meeting.end_time
    bare = _TIME_AFTER_CLOSING.search(last_turn)
    stamped = find_times(bare.group("time")) if bare else []
    if len(stamped) == 1 and not end:
        meeting.end_time = stamped[0].hhmm
    if not meeting.series or _SESSION_WORDS.match(meeting.series):
        # The chair opens and closes the session by its full name: 令和6年第4回青森市議会定例会
        for statement in statements:
            match = _ASSEMBLY_IN_SPEECH.search(statement.text.replace(" ", ""))
            if match and (not meeting.series or match.group("kind") == meeting.series):
                meeting.series = match.group("body") + match.group("kind")
                number = match.group("n1") or match.group("n2")
                if meeting.session_no is None and number:
                    meeting.session_no = int(number)
                break
    if not meeting.doc_type and any(s.speaker for s in statements):
        meeting.doc_type = "会議録" if _ASSEMBLY.search(meeting.series) else "議事録"


def event_times(text: str) -> tuple[str, str]:
    """Start and end from ``午前10時開会 … 午後3時26分散会``: the first opening and the last closing.

    >>> event_times("午前10時00分開会 午前11時04分散会")
    ('10:00', '11:04')
    >>> event_times("開会(午前10時00分) … 散会(午後3時25分)")
    ('10:00', '15:25')
    >>> event_times("開会 六月十日 午前十時宣告 散会 六月十日 午前十一時二十三分宣告")
    ('10:00', '11:23')
    """
    start = end = ""
    for time in find_times(text):
        after = text[time.end : time.end + 4].strip(" )")
        # The event word just before the time, or starting the stretch of text before it
        # with no other time in between: 開会(午前10時), 開会 六月十日 午前十時宣告.
        # 開議 令和4年6月9日(木曜日) 午前10時00分: the event word may stand before a whole date
        before = re.split(r"[0-9]時|時[0-9]", text[max(0, time.start - 24) : time.start])[-1].strip(" (")
        # <開会・開議> <閉会> (午前10時45分閉会): the event word nearest the time tells
        words = re.findall(f"{_START_EVENT.pattern}|{_END_EVENT.pattern}", before)
        before_start = bool(words) and bool(_START_EVENT.fullmatch(words[-1]))
        if (_START_EVENT.match(after) or before_start) and not start:
            start = time.hhmm
        elif _END_EVENT.match(after) or _END_EVENT.search(before):
            end = time.hhmm
    return start, end


def _title_after_header(sections: list[Section]) -> list[Section]:
    """A form that prints 開催日時 and 開催場所 above the title: with nothing before the first
    heading, the title is the run of title lines after the first line of a date or place item,
    and is taken out of it as the front matter."""
    front = next((s for s in sections if s.kind == Kind.FRONT), None)
    if front is None or front.lines:
        return sections
    for section in sections:
        if section.kind not in (Kind.DATE, Kind.PLACE) or len(section.lines) < 2:
            continue
        for start in range(1, len(section.lines)):
            if parse_title(section.lines[start:])[0] and _title_score(section.lines[start].text) > 0:
                title = replace(front, lines=section.lines[start:])
                kept = replace(section, lines=section.lines[:start])
                return [title if s is front else kept if s is section else s for s in sections]
    return sections


def _kind_under_title(sections: list[Section], front: Section | None) -> str:
    """The record's kind printed alone straight under the title (議事次第), which the
    sections read as a heading of that word; "" when there is none."""
    if front is None or not front.lines:
        return ""
    index = sections.index(front)
    after = sections[index + 1] if index + 1 < len(sections) else None
    line = after.heading_line if after else None
    title = front.lines[-1]
    if line is None or line.page != title.page or line.top - title.bottom > 3 * line.size:
        return ""
    plain = _plain(line.text)
    return plain if plain in dict(DOC_TYPES) else ""


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


def parse_title(lines: list[Line]) -> tuple[str, str, str, int | None]:
    """``(title, doc_type, series, session_no)`` from the lines before the first heading.

    Lines set close together that each read as part of a title — naming the
    record's kind (議事録, 議事要旨), a session (第3回) or a meeting body (委員会,
    審議会), and not a web page's navigation — form a candidate title; the one
    that says most of these things is the title.

    >>> from extractor.records import Cell, Line
    >>> def block(*texts): return [Line(1, 20 * i, 20 * i + 10, 10, (Cell(t, 0, 10, t),)) for i, t in enumerate(texts)]
    >>> parse_title(block("AI戦略推進関係省庁会議(第2回) 議事要旨"))
    ('AI戦略推進関係省庁会議(第2回) 議事要旨', '議事要旨', 'AI戦略推進関係省庁会議', 2)
    >>> parse_title(block("第25回", "消費者教育推進会議", "議事録") + block("", "", "", "", "消費者庁消費者教育推進課"))
    ('第25回 消費者教育推進会議 議事録', '議事録', '消費者教育推進会議', 25)
    >>> parse_title(block("令和 6年 5月 産業交通水道委員会(第3回)", "第3回 産業交通水道委員会記録"))[1:]
    ('会議録', '産業交通水道委員会', 3)
    >>> parse_title(block("第4回", "横浜市会 会議録(第16号)", "定例会"))[1:]
    ('会議録', '横浜市会定例会', 4)
    >>> parse_title(block("令和6年第3回定例会", "錦丘区議会会議録 第1号"))[1:]
    ('会議録', '錦丘区議会定例会', 3)
    >>> parse_title(block("ナビゲーションをスキップする", "仙台市議会会議録", "トップ", "DX推進調査特別委員会 本文"))[2]
    'DX推進調査特別委員会'
    """
    runs: list[list[str]] = []
    previous = None
    for line in lines:
        text = _TITLE_LABEL.sub("", line.text.strip())
        close = previous is not None and line.page == previous.page and line.top - previous.bottom <= 3 * line.size
        if text and _title_score(text) > 0:
            if not (runs and close and previous_scored):
                runs.append([])
            runs[-1].append(text)
            previous_scored = True
        else:
            previous_scored = False
        previous = line
    if not runs:
        return "", "", "", None
    best = max(runs, key=_run_score)  # the first of equals
    repeated = []  # lines that say again what the title says, a number perhaps among it
    for text in list(best):
        if len(best) > 1 and _session_over_committee(text, best) and not _own_session(text, best):
            best.remove(text)  # the assembly's session, whose number is not the committee's
        elif len(best) > 1 and _repeats(text, best):
            best.remove(text)
            repeated.append(text)
    title = " ".join(best)
    # 委員会記録（要点筆記）: a note on how the record was taken may follow its kind
    kinds = [k.group(0) for k in (_DOC_TYPE_AT_END.search(re.sub(r"\([^()]{1,8}\)$", "", _plain(text))) for text in best) if k]
    doc_type = dict(DOC_TYPES)[kinds[-1]] if kinds else ""
    named = _named_in_form(lines)
    if named:  # 会議の名称 | 令和6年度第1回冬木県社会福祉審議会 ⏎ 高齢者福祉専門分科会: the form says which
        title = named if not doc_type else f"{named} {kinds[-1]}"
    # 令和6年度第3回食糧部会 set right over the council's name: left out of the title, its number kept
    session = _SESSION.search(named or title) or _SESSION.search(" ".join(repeated))
    session_no = kanji_number(session.group("n")) if session else None
    return title, doc_type, _series(named or title), session_no


def _named_in_form(lines: list[Line]) -> str:
    """The value of a form's 会議の名称 row, with the lines its cell wraps onto."""
    for index, line in enumerate(lines):
        if _TITLE_LABEL.match(line.text.strip()) and len(line.cells) > 1:
            parts = [" ".join(cell.text for cell in line.cells[1:])]
            for below in lines[index + 1 :]:
                if below.x0 < line.cells[1].x0 - line.size / 2:
                    break  # the next label of the form
                parts.append(below.text)
            return join_lines(parts)
    return ""


def _repeats(text: str, run: list[str]) -> bool:
    """True when the rest of the title says all this line says, and names the record's kind
    (a viewer's header line ``令和6年5月 産業交通水道委員会(第3回)`` over the real title)."""
    series = _series(text)
    rest = [other for other in run if other is not text]
    return (
        bool(series)
        and bool(rest)
        and series in _series(" ".join(rest))
        and any(_DOC_TYPE_AT_END.search(_plain(other)) or _DOC_TYPE_INSIDE.search(other) for other in rest)
    )


_COMMITTEE_RECORD = re.compile(r"(?:委員会|部会|分科会)(?:記録|会議録|会議記録)$")


def _session_over_committee(text: str, run: list[str]) -> bool:
    """``北浜市議会 令和6年9月定例会`` over ``総務常任委員会記録``: the session a committee met in,
    not part of the committee's name."""
    return bool(re.search(r"(?:定例会|臨時会)$", _plain(text))) and any(
        # 区民文化委員会記録（要点記録）: a note on how the record was taken may follow its kind
        other is not text and _COMMITTEE_RECORD.search(re.sub(r"\([^()]{1,8}\)$", "", _plain(other))) for other in run
    )


# 教育委員会, 選挙管理委員会, 農業委員会: boards that hold sessions of their own, not an assembly's committees
_SESSION_HOLDING_BOARD = re.compile(r"(?:教育|選挙管理|農業|公平|監査|固定資産評価審査)委員会")


def _own_session(text: str, run: list[str]) -> bool:
    """``平成30年8月臨時会`` over ``常盤野市教育委員会会議録``: a session naming no assembly, over a board
    that meets in sessions of its own, is that board's session (series 常盤野市教育委員会臨時会)."""
    return not _ASSEMBLY.search(_plain(text)) and any(
        other is not text and _SESSION_HOLDING_BOARD.search(_plain(other)) for other in run
    )


def _plain(text: str) -> str:
    return _ISSUE.sub("", _WEB_BODY.sub("", clean(text)))


# 2025年1月22日　医道審議会…: a date printed before the body's name, as part of the title
_LEADING_DATE = re.compile(r"^(?:[0-9]{4}|(?:令和|平成|昭和) ?[0-9元]+) ?年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日(?: ?\([^()]{1,3}\))? ?(?=\S)")


# 橘台市議会事務局 set under the title: the office that issued the record, not part of its name
_ISSUER = re.compile(r"事務局$")


def _title_score(text: str) -> int:
    plain = _plain(text)
    named = _LEADING_DATE.sub("", plain)
    if named != plain and not find_times(named):
        plain = named  # 2025年1月22日　医道審議会…: the title, not a date line (…午前10時開議 於 …議場)
    if _NAVIGATION.search(plain) or _ISSUER.search(plain) or (find_date(plain) and not _SESSION.search(plain)) or len(plain) > 60:
        return 0
    return (
        2 * bool(_DOC_TYPE_AT_END.search(plain))
        + 2 * bool(_SESSION.search(plain))
        + 2 * bool(_MEETING_BODY.search(_DOC_TYPE_AT_END.sub("", plain)))
        + 3 * bool(_WEB_BODY.search(clean(text)))
    )


def _run_score(run: list[str]) -> int:
    return _title_score(" ".join(run)) or 1


def _series(title: str) -> str:
    text = _WEB_BODY.sub("", clean(title))
    text = _ISSUE_ANYWHERE.sub("", text)
    text = re.sub(r"(?<=録)\([^()]{1,8}\)$", "", text)  # 委員会記録(要点筆記): how the record was taken
    text = re.sub(r"委員会記録(?=\S+委員会$)", "", text)  # 早蕨市議会 ⏎ 委員会記録 ⏎ 委員会名 …特別委員会
    text = re.sub(r"(?<=委員会)会議記録$", "", text)  # 総務財政常任委員会会議記録: the record of its meeting
    text = _DOC_TYPE_AT_END.sub("", _DOC_TYPE_INSIDE.sub("", text))
    text = _SESSION.sub("", text)
    text = _LEADING_DATE.sub("", text)
    text = _ERA_MONTH.sub("", text)
    text = re.sub(r"^[0-9]+月", "", text)
    text = re.sub(r"(?<=\S)[0-9〇一二三四五六七八九十]+月(?=定例会|臨時会|定例総会|臨時総会|総会)", "", text)  # 教育委員会7月定例会: the month
    text = re.sub(r"\( ?\)| ?\($", "", text.strip())  # (令和6年度第2回) with its contents gone
    text = re.sub(r"\((定例会|臨時会)\)$", r"\1", text)  # …選挙管理委員会(令和6年第9回定例会)
    # 七瀬市議会 公共施設再編調査特別委員会: the committee is the series, as in its own title
    text = re.sub(r"^\S+?(?:[都道府県市区町村]議会|市会) ?(?=\S+委員会$)", "", text.strip())
    # 鳴砂市議会決算審査特別委員会 ⏎ 第１分科会記録: so is a committee's 分科会
    text = re.sub(r"^\S+?(?:[都道府県市区町村]議会|市会) ?(?=\S+委員会 ?\S*分科会$)", "", text.strip())
    # 令和6年第3回定例会 ⏎ 錦丘区議会会議録: the assembly's name leads, as it does when printed in one line
    text = re.sub(r"^(定例会|臨時会) ?(\S+?(?:議会|市会))$", r"\2\1", text.strip())
    text = re.sub(r"^(定例会|臨時会) ?(\S+?委員会)$", r"\2\1", text.strip())  # 8月臨時会 ⏎ 常盤野市教育委員会会議録
    # 厚生文教常任委員会　会議録 ⏎ 白樺沢村議会: the assembly the committee belongs to, set under its title
    text = re.sub(r"(?<=委員会) ?\S+?(?:[都道府県市区町村]議会|市会)$", "", text)
    return text.strip(" ・-")
