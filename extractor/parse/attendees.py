"""Attendee lists, in the layouts ministries print them.

Two layouts are read:

* **columns** — a role column whose label holds for the rows under it until the
  next label, then name, official title, and a remark such as ``※代理出席``;
  with or without ruling and a header row (区分 | 氏名 | 所属・役職 | 備考);
* **labelled runs** — ``委員：青木 秀子、東 珠実、…`` wrapping over lines, each
  name optionally followed by its title in brackets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..names import display_name
from ..records import Attendee, Line, Section
from .common import clean, join_lines

PROXY = re.compile(
    r"※ ?代理(?:出席)?|[【\[(〔] ?代理(?:出席)? ?(?::[^】\])〕]*)?[】\])〕]|^代理出席$"
)
# Role labels of attendee lists: the posts people hold in the meeting itself.
ROLE_WORDS = frozenset(
    """議長 議長代行 議長代理 副議長 座長 座長代理 副座長 会長 会長代理 副会長 部会長 部会長代理
    分科会長 分科会長代理 委員長 委員長代理 副委員長 顧問 構成員 委員 臨時委員 専門委員 特別委員
    幹事 幹事長 書記 オブザーバー 事務局 参与 理事 監事 説明員 陪席""".split()
)
# Column headers of a ruled attendee table, and the field each one fills.
_HEADER_WORDS = {
    "区分": "role", "役割": "role", "役名": "role",
    "氏名": "name", "名前": "name",
    "所属": "title", "役職": "title", "所属・役職": "title", "職名": "title", "官職": "title", "所属等": "title",
    "備考": "remark",
}
_LABEL = re.compile(r"^(?P<label>[^:、,()\d]{1,12}?) ?: ?(?P<rest>.+)$")
_ITEM = re.compile(r"^(?P<name>[^()]+?) ?(?:\((?P<title>.*)\))?$")


@dataclass
class _Row:
    role: str
    name_raw: str
    title_parts: list[str] = field(default_factory=list)
    proxy: bool = False
    page: int = 0


def parse_attendees(section: Section, meeting_id: str, first_seq: int = 1) -> list[Attendee]:
    """The people listed in one attendee section, in printed order."""
    lines = [line for line in section.lines if line.text]
    if not lines:
        return []
    group = clean(section.heading)
    if _LABEL.match(lines[0].text) and len(lines[0].cells) == 1:
        rows = _labelled_runs(lines)
    else:
        rows = _columns(lines)
    return [
        Attendee(
            meeting_id=meeting_id,
            seq=first_seq + i,
            group=row_group or group,
            role=row.role,
            name=display_name(row.name_raw),
            name_raw=row.name_raw,
            title=clean(join_lines(row.title_parts)),
            proxy=row.proxy,
            page=row.page,
        )
        for i, (row_group, row) in enumerate(rows)
        if display_name(row.name_raw)
    ]


def _strip_proxy(text: str) -> tuple[str, bool]:
    stripped = PROXY.sub("", text)
    return stripped.strip(), stripped != text


# --- columns ------------------------------------------------------------------


def _columns(lines: list[Line]) -> list[tuple[str, _Row]]:
    em = lines[0].size
    header = next((line for line in lines if _header_fields(line)), None)
    body = [line for line in lines if line is not header]
    anchors = _anchors([cell.x0 for line in body for cell in line.cells], em)

    def column(x0: float) -> int:
        return max((i for i, a in enumerate(anchors) if a <= x0 + em / 2), default=0)

    fields = _fields_from_header(header, column) if header else _fields_from_layout(body, column, anchors)
    rows: list[tuple[str, _Row]] = []
    role = ""
    for line in body:
        by_field: dict[str, list[str]] = {}
        proxy = False
        for cell in line.cells:
            text, marked = _strip_proxy(cell.text)
            proxy |= marked
            if text:
                by_field.setdefault(fields.get(column(cell.x0), "title"), []).append(text)
        if "role" in by_field:
            role = clean(" ".join(by_field["role"]))
        if "name" not in by_field:
            if rows and ("title" in by_field or proxy):
                rows[-1][1].title_parts.extend(by_field.get("title", []))  # a title wrapped inside its cell
                rows[-1][1].proxy |= proxy
            continue
        name = " ".join(by_field["name"])
        rows.append(("", _Row(role, name, by_field.get("title", []), proxy, line.page)))
    return rows


def _anchors(xs: list[float], em: float) -> list[float]:
    """Left edges of the columns: cell starts that chain together within half an em."""
    anchors: list[float] = []
    previous = None
    for x in sorted(xs):
        if previous is None or x - previous > em / 2:
            anchors.append(x)
        previous = x
    return anchors


def _header_fields(line: Line) -> dict[int, str]:
    found = {i: _HEADER_WORDS[clean(c.text)] for i, c in enumerate(line.cells) if clean(c.text) in _HEADER_WORDS}
    return found if len(found) >= 2 else {}


def _fields_from_header(header: Line, column) -> dict[int, str]:
    return {column(header.cells[i].x0): name for i, name in _header_fields(header).items()}


def _fields_from_layout(lines: list[Line], column, anchors: list[float]) -> dict[int, str]:
    """Without a header row: the name column is the first one that nearly every row fills
    with something other than role labels; the columns left of it hold roles."""
    texts: list[list[str]] = [[] for _ in anchors]
    for line in lines:
        for cell in line.cells:
            text = _strip_proxy(cell.text)[0]
            if text:
                texts[column(cell.x0)].append(clean(text))
    most = max(len(t) for t in texts)
    roles_only = [bool(t) and all(text in ROLE_WORDS for text in t) for t in texts]
    name_col = next(
        (i for i, t in enumerate(texts) if len(t) >= 0.8 * most and not roles_only[i]),
        next(i for i, t in enumerate(texts) if len(t) >= 0.8 * most),
    )
    fields = {name_col: "name"}
    fields.update({i: "role" for i in range(name_col)})
    fields.update({i: "title" for i in range(name_col + 1, len(anchors))})
    return fields


# --- labelled runs --------------------------------------------------------------


def _labelled_runs(lines: list[Line]) -> list[tuple[str, _Row]]:
    runs: list[tuple[str, list[str], int]] = []
    for line in lines:
        match = _LABEL.match(line.text)
        if match and len(match.group("label").strip()) <= 12:
            runs.append((clean(match.group("label")), [match.group("rest")], line.page))
        elif runs:
            runs[-1][1].append(line.text)
    rows = []
    for label, parts, page in runs:
        for item in _split_items(join_lines(parts)):
            text, proxy = _strip_proxy(item)
            match = _ITEM.match(text)
            if not match:
                continue
            title = [match.group("title")] if match.group("title") else []
            rows.append((label, _Row(label, match.group("name").strip(), title, proxy, page)))
    return rows


def _split_items(text: str) -> list[str]:
    """Split ``a、b(c、d)、e`` at the commas outside brackets."""
    items, depth, current = [], 0, []
    for char in text:
        depth += char in "(【[「"
        depth -= char in ")】]」"
        if char in "、," and depth == 0:
            items.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    items.append("".join(current).strip())
    return [item for item in items if item]
