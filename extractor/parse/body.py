"""The body: a summary's paragraphs, or a verbatim record's speaker turns.

A paragraph starts where a line is indented from the body's left edge, opens
with a bullet or a number, or follows a blank; a line under a bullet indented
to the bullet's text (a hanging indent) continues it. In a verbatim record a
turn runs from one speaker mark to the next, across pages; its paragraphs are
kept apart by newlines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..records import Cell, Line, Section, Statement
from ..sections import bracket_speaker, is_speaker_word, is_stage_direction, speaker_label
from ..textnorm import squeeze_spaces
from .common import body_right_edge, clean, join_lines

_BULLET = re.compile(r"^(?:[・●○◯〇◆◇■□▪•※\-]|\( ?[0-9]+ ?\)|[0-9]+[.)]|[①-⑳])")
_BRACKETED = re.compile(r"^[<〈《【\[(][^>〉》】\])]{1,30}[>〉》】\])]$")
_NUMBERED = re.compile(r"^(?:\( ?[0-9]+ ?\)|[0-9]+[.)]|[0-9]+ )")
_CLOSING = {"以上", "-了-", "了", "(以上)", "(了)", "-以上-"}
# Lines further apart than this many line heights have a blank between them.
_BLANK = 1.6


def parse_body(sections: list[Section], meeting_id: str) -> list[Statement]:
    """Statements in printed order: speaker turns if the body has them, else paragraphs."""
    statements: list[Statement] = []
    for section in sections:
        lines = [line for line in section.lines if line.text]
        lines = _closing_notes_dropped(lines)
        while lines and lines[-1].text.replace(" ", "") in _CLOSING:
            lines.pop()
        if not lines:
            continue
        label = clean(section.heading)
        lines = [_closed_label(line) for line in lines]
        lines = _attributions_joined(lines)
        column = _speaker_column(lines)
        if column is not None:
            chunks = list(_column_turns(lines, label, column))
        elif any(speaker_label(line.text) or bracket_speaker(line.text) for line in lines):
            chunks = _without_navigation(list(_turns(lines, label)))
        elif sum(1 for line in lines if colon_speaker(line.text)) >= 2:
            chunks = list(_turns(lines, label, colon_speaker))
        elif _spaced_turns(lines):
            chunks = list(_turns(lines, label, space_speaker))
        else:
            chunks = _paragraphs(lines, label)
        for heading, speaker, parts, page in chunks:
            text = "\n".join(squeeze_spaces(join_lines(paragraph)) for paragraph in parts if paragraph)
            if text or speaker:
                statements.append(Statement(meeting_id, len(statements) + 1, heading, speaker, text, page))
    return statements


def _attributions_joined(lines: list[Line]) -> list[Line]:
    """・…すべきである。 ⏎ 　（労働者側委員）: a bracketed label alone on a line set in at the hanging
    indent of a bullet above says whose point the bullet was; it ends that bullet, it opens no turn."""
    out: list[Line] = []
    for line in lines:
        turn = bracket_speaker(line.text)
        if out and turn and not turn[1] and turn[0] == line.text and _under_bullet(out, line):
            out[-1] = replace(out[-1], cells=(*out[-1].cells, *line.cells))
            continue
        out.append(line)
    return out


def _under_bullet(above: list[Line], line: Line) -> bool:
    """The lines above, back to a ・ bullet set further left, are that bullet's hanging lines."""
    for other in reversed(above[-4:]):
        if other.page != line.page:
            return False
        if other.text[:1] in "・･•":
            return other.x0 < line.x0 - line.size / 4
        if abs(other.x0 - line.x0) > line.size / 4:
            return False
    return False


def _closing_notes_dropped(lines: list[Line]) -> list[Line]:
    """以上 ⏎ （文責：…）: a note or two after the closing 以上 at the end of the body names who wrote the
    record, not a speaker; the record ends at 以上."""
    for back in (2, 3):
        if len(lines) > back and lines[-back].text.replace(" ", "") in _CLOSING:
            if any(speaker_label(line.text) for line in lines[len(lines) - back + 1 :]):
                return lines  # 以上 ⏎ ○委員長 閉会します。: a marked turn after it is still the record
            return lines[: len(lines) - back + 1]
    return lines


def _paragraph_starts(lines: list[Line], bullets: bool = True) -> list[bool]:
    """Which lines open a new paragraph, judged by indentation, bullets and blank space."""
    margin = Counter(round(line.x0) for line in lines).most_common(1)[0][0]
    right = body_right_edge(lines)
    starts, hang, previous = [], None, None
    for line in lines:
        em = line.size
        indented = line.x0 > margin + em / 2
        blank = previous is not None and previous.page == line.page and line.top - previous.bottom > _BLANK * em
        # A sentence that ends short of the right edge ends its paragraph.
        ended = previous is not None and previous.x1 < right - 1.5 * em and previous.text.endswith("。")
        if bullets and _is_subheading(line, right):
            start, hang = True, None
        elif bullets and _BULLET.match(line.text):
            start, hang = True, line.x0 + em
        elif hang is not None and indented and abs(line.x0 - hang) < em / 2 and not ended:
            start = False  # the hanging indent under a bullet
        else:
            start = indented or blank or ended or previous is None
            hang = None if indented else hang
        starts.append(start)
        previous = line
    return starts


def _paragraphs(lines: list[Line], label: str):
    """A summary: one statement per paragraph; short numbered or bracketed lines are subheadings."""
    right = body_right_edge(lines)
    heading = label
    chunk: list[str] | None = None
    page = 0
    for line, start in zip(lines, _paragraph_starts(lines)):
        text = line.text
        if _is_subheading(line, right):
            if chunk:
                yield heading, "", [chunk], page
            heading, chunk = clean(text), None
            continue
        if start or chunk is None:
            if chunk:
                yield heading, "", [chunk], page
            chunk, page = [], line.page
        chunk.append(text)
    if chunk:
        yield heading, "", [chunk], page


def _is_subheading(line: Line, right: float) -> bool:
    text = line.text
    if _BRACKETED.match(text) and not is_stage_direction(text):
        return True
    short = line.x1 < right - 2 * line.size
    return bool(_NUMBERED.match(text)) and short and not text.endswith("。")


def _without_navigation(chunks: list) -> list:
    """Drop a list of speakers printed before the body (a web page's index of turns): three or
    more turns in a row with next to nothing said in any of them."""
    def empty(chunk) -> bool:
        _, speaker, paragraphs, _ = chunk
        said = re.sub(r"[0-9:：.\s選択]", "", "".join("".join(p) for p in paragraphs))
        return bool(speaker) and len(said) <= 2

    keep = [True] * len(chunks)
    start = 0
    while start < len(chunks):
        end = start
        while end < len(chunks) and empty(chunks[end]):
            end += 1
        if end - start >= 3:
            keep[start:end] = [False] * (end - start)
        start = max(end, start + 1)
    return [chunk for chunk, kept in zip(chunks, keep) if kept]


def colon_speaker(text: str) -> tuple[str, str] | None:
    """``会長：それでは…``, ``事務局（福祉政策課長）：…``: a speaker with no mark, before a colon.

    >>> colon_speaker("事務局(福祉政策課長):資料Aを御覧ください。"), colon_speaker("議題:その他")
    (('事務局(福祉政策課長)', '資料Aを御覧ください。'), None)
    >>> colon_speaker("議 長:ただいまから開会します。")
    ('議長', 'ただいまから開会します。')
    """
    # 議　　長：…, ４　　番：…: a label spread over a fixed width, its letters cut apart
    text = re.sub(
        r"^((?:(?:[0-9]+|[^ :、。()0-9]) ){1,5}(?:[0-9]+|[^ :、。()0-9])) ?:", lambda m: m.group(1).replace(" ", "") + ":", text
    )
    match = _COLON_TURN.match(text)
    if not match:
        return None
    label = match.group("label")
    seat = re.fullmatch(r"[0-9]+番", label)  # ４　　番：…: a member by seat number alone
    return (label, match.group("rest").strip()) if seat or is_speaker_word(re.sub(r"\([^)]*\)$", "", label) or label) else None


def space_speaker(text: str) -> tuple[str, str] | None:
    """``議長（会長）　ただいまから…``, ``７番　…``: a speaker with no mark, before a space.

    >>> space_speaker("議長(会長) ただいまから開会します。"), space_speaker("7番 現地を確認しました。")
    (('議長(会長)', 'ただいまから開会します。'), ('7番', '現地を確認しました。'))
    >>> space_speaker("本日の出席委員は10名です。"), space_speaker("資料1 概要について")
    (None, None)
    """
    match = _SPACE_TURN.match(text)
    if not match:
        return None
    label = match.group("label")
    seat = re.fullmatch(r"[0-9]+番", label)
    return (label, match.group("rest").strip()) if seat or is_speaker_word(re.sub(r"\([^)]*\)$", "", label) or label) else None


_SPACE_TURN = re.compile(r"^(?P<label>[^ :、。()]{1,15}(?:\([^)]{1,20}\))?) (?P<rest>[^ ].*)$")


def _spaced_turns(lines: list[Line]) -> bool:
    """Turns labelled with no mark and no colon, the speech after a space (議長（会長）　…): lines
    at the body's left edge so opened, at least three, the labels repeating, and speech after them
    (sentences), not a list of names or titles."""
    margin = Counter(round(line.x0) for line in lines).most_common(1)[0][0]
    left = min(line.x0 for line in lines)  # a hanging indent: the turns' lines outnumber their openings
    opened = [
        turn
        for line in lines
        if (abs(line.x0 - margin) < line.size / 2 or abs(line.x0 - left) < line.size / 2)
        and (turn := space_speaker(line.text))
        and "。" in turn[1]
    ]
    labels = Counter(label for label, _ in opened)
    return len(opened) >= 3 and len(labels) >= 2 and labels.most_common(1)[0][1] >= 2


_COLON_TURN = re.compile(r"^(?P<label>[^ :、。()]{1,15}(?:\([^)]{1,20}\))?) ?: ?(?P<rest>.*)$")


def _turns(lines: list[Line], label: str, labeller=None):
    """A verbatim record: one statement per speaker turn; stage directions stand alone."""
    speaker, paragraphs, page = "", [], 0
    for line, start in zip(lines, _paragraph_starts(lines, bullets=False)):
        text = line.text
        turn = labeller(text) if labeller else speaker_label(text) or bracket_speaker(text)
        if turn or is_stage_direction(text):
            if paragraphs or speaker:
                yield label, speaker, paragraphs, page
            page = line.page
            if turn:
                speaker, rest = turn
                paragraphs = [[rest]] if rest else [[]]
            else:
                yield label, "", [[text]], page
                speaker, paragraphs = "", []
            continue
        if not paragraphs or (start and paragraphs[-1]):
            paragraphs.append([])
            page = page or line.page
        paragraphs[-1].append(text)
    if paragraphs or speaker:
        yield label, speaker, paragraphs, page


def _speaker_cell(line: Line) -> bool:
    return len(line.cells) >= 2 and (is_speaker_word(line.cells[0].text) or bool(_SEAT.fullmatch(line.cells[0].text)))


_SEAT = re.compile(r"[0-9]+番")
# 議　　長, ６　　番, 主　　任: a label spread over a fixed width, one letter (or a seat number) a slot
_SPREAD_LABEL = re.compile(r"^(?:[0-9]+|[\u4e00-\u9fff])(?: (?:[0-9]+|[\u4e00-\u9fff])){1,4}(?= |$)")


def _closed_label(line: Line) -> Line:
    """A speaker label printed letter-spaced at the start of a line (``議 | 長 ただいまから…``,
    ``6 番 | …``), its letters cut into cells or kept apart by spaces, closed up into one label.
    The line is unchanged unless the closed label is a speaker (a post, a title or a seat)."""
    joined = " ".join(cell.text for cell in line.cells)
    match = _SPREAD_LABEL.match(joined)
    if not match:
        return line
    label = match.group().replace(" ", "")
    if not (is_speaker_word(label) or _SEAT.fullmatch(label)):
        return line
    tokens, cells, x1 = match.group().count(" ") + 1, list(line.cells), line.cells[0].x1
    while cells and len(cells[0].text.split(" ")) <= tokens:
        tokens -= len(cells[0].text.split(" "))
        x1 = cells.pop(0).x1
    if tokens > 0:  # 議 | 長 ただいまから…: the label ends inside a cell, the speech runs on in it
        words = cells[0].text.split(" ")
        text = " ".join([label, *words[tokens:]])
        return replace(line, cells=(Cell(text, line.x0, cells[0].x1, text), *cells[1:]))
    return replace(line, cells=(Cell(label, line.x0, x1, label), *cells))


def _glued_speaker(line: Line, column: float) -> tuple[str, str] | None:
    """A speaker that fills its column runs into the speech with no gap (交通政策課長補佐資料2により…):
    split where the speech column begins, counting the line's even character pitch."""
    if len(line.cells) != 1 or not line.text:
        return None
    pitch = (line.x1 - line.x0) / len(line.text)
    at = round((column - line.x0) / pitch) if pitch > 0 else 0
    head, rest = line.text[:at].strip(), line.text[at:].strip()
    return (head, rest) if 0 < at < len(line.text) and is_speaker_word(head) else None


def _speaker_column(lines: list[Line]) -> float | None:
    """Where the speech starts when speakers are printed in a column of their own, with no mark
    (``会長 | 皆様、…``): most lines then either open with a speaker cell or sit in the speech
    column. None when the body is not laid out so."""
    opening = [line for line in lines if _speaker_cell(line)]
    if len(opening) < 2:
        return None
    column = Counter(round(line.cells[1].x0) for line in opening).most_common(1)[0][0]
    inside = [
        line
        for line in lines
        if _speaker_cell(line)
        or abs(line.x0 - column) < line.size / 2
        or _glued_speaker(line, column)
        or _NUMBERED.match(line.text)
    ]
    return float(column) if len(inside) >= 0.8 * len(lines) else None


def _column_turns(lines: list[Line], label: str, column: float):
    """Turns whose speaker stands in the left column; a line left of the speech that is no
    speaker (``(2)報告事項``) heads the turns below it."""
    heading, speaker, paragraphs, page = label, "", [], 0
    above = None
    for line in lines:
        if re.fullmatch(r"発言者 発言(?:内容|要旨|の要旨)", line.text.replace(" ", " ")):
            continue  # the table's header row, printed again on each page
        left = line.cells[0].text if line.x0 < column - line.size / 2 else ""
        if speaker and above is not None and left and above.x0 < column - above.size / 2 and (
            (re.fullmatch(r"\([^()]{1,20}\)?", left) and not _NUMBERED.match(left)) or speaker.count("(") > speaker.count(")")
        ):
            # 事務局 ⏎ （高齢福祉課長）: the speaker cell's second line, beside the speech going on
            speaker = speaker + clean(left)
            rest = " ".join(c.text for c in line.cells[1:])
            if rest:
                paragraphs = paragraphs or [[]]
                paragraphs[-1].append(rest)
            above = line
            continue
        above = line
        opens = (line.cells[0].text, " ".join(c.text for c in line.cells[1:])) if _speaker_cell(line) else None
        if not opens and line.x0 < column - line.size / 2:
            opens = _glued_speaker(line, column)
        if opens or line.x0 < column - line.size / 2:
            if paragraphs or speaker:
                yield heading, speaker, paragraphs, page
            if opens:
                speaker, paragraphs, page = opens[0], [[opens[1]]], line.page
            elif is_stage_direction(line.text):
                yield heading, "", [[line.text]], line.page
                speaker, paragraphs = "", []
            else:
                heading, speaker, paragraphs = clean(line.text), "", []
            continue
        if not paragraphs:
            paragraphs, page = [[]], line.page
        paragraphs[-1].append(line.text)
    if paragraphs or speaker:
        yield heading, speaker, paragraphs, page
