"""Attendee lists, in the layouts ministries and assemblies print them.

Two layouts are read:

* **labelled runs** — ``委員：青木 秀子、東 珠実、…`` wrapping over lines, each name
  optionally followed by its title in brackets, or ``組織：姓＋職名`` (``総務省…課：藤野課長``);
* **entries** — everything else: one or more people per line, each a few cells
  (role, seat number, name, title, a proxy mark). The cells' content tells them
  apart: a name is what Sudachi reads as a person, or a short run of kanji and
  kana; a title ends in a post (長, 官, …). A role label holds for the rows under
  it until the next label. Whether a list puts titles before names (説明員:
  ``市長　大泉潤``) or after (``城内実　内閣府特命担当大臣``) is read from the list.
  A title wrapped onto a line of its own is joined to the one above it.

Sub-group labels inside a list (``（交通局）``, ``区議会事務局``) start a new group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..names import (
    compact,
    display_name,
    ends_with_post,
    is_organization,
    is_post,
    looks_like_name,
    reads_as_family_and_given,
    split_family_post,
    split_name_title,
    split_posts_and_names,
    starts_as_person,
)
from ..organizations import split_title
from ..records import Attendee, Cell, Kind, Line, Region, Section
from ..roles import role_class
from ..sections import APPENDIX_NOTE
from ..textnorm import is_wide, normalize
from .common import clean, join_lines, list_right_edge, wraps

PROXY = re.compile(
    r"※ ?代理(?:出席)?|[【\[(〔] ?代理(?:出席)? ?(?:[: ][^】\])〕]*)?[】\])〕]|^代理出席$|(?<=[ )])代理出席$|^代理 ?: ?"
)
# A proxy mark closes the item it follows (…課長補佐【代理出席】).
_ENDS_WITH_PROXY = re.compile(r"(?:" + PROXY.pattern + r")$")
# Role labels of attendee lists: the posts people hold in the meeting itself.
ROLE_WORDS = frozenset(
    """議長 議長代行 議長代理 副議長 座長 座長代理 副座長 会長 会長代理 副会長 部会長 部会長代理
    分科会長 分科会長代理 委員長 委員長代理 副委員長 小委員長 小委員長代理 会長職務代理者 部会長職務代理者
    副分科会長 副部会長 副小委員長 顧問 構成員 委員 臨時委員 専門委員 特別委員
    幹事 幹事長 オブザーバー 参考人 参与 理事 監事 陪席 事務局""".split()
)
# Printed in brackets after a name, these are the part played in the meeting; alone in a
# column 主査 is as often a post (教育総務課 | 主査), so they are not role words everywhere.
_NOTED_ROLES = "|".join(sorted(ROLE_WORDS | {"主査", "副主査", "主査代理", "共同座長", "座長代行"}, key=len, reverse=True))
# Column headers of a ruled attendee table, and the field each one fills.
_HEADER_WORDS = {
    "区分": "role", "役割": "role", "役名": "role",
    "氏名": "name", "名前": "name",
    "所属": "title", "役職": "title", "所属・役職": "title", "職名": "title", "官職": "title", "所属等": "title",
    "所属・職名": "title", "所属・職名等": "title", "職名等": "title", "所属・役職等": "title", "所属団体等": "title",
    "職業": "title", "職業等": "title", "職業・所属": "title",
    "役職等": "title",  # 区分 | 氏名 | 役職等: the post column, as 職名等
    "備考": "remark", "No.": "number", "No": "number", "NO.": "number", "番号": "number", "連番": "number", "議席": "seat", "議席番号": "seat", "出欠": "presence", "出欠席": "presence", "出欠の別": "presence",
    # The body a row's people come from, printed once over its rows: carried down to them.
    "機関名": "org", "機関・団体名": "org", "団体・機関名": "org", "省庁名": "org", "府省庁名": "org", "府省名": "org", "省庁": "org", "団体名": "org", "所属機関": "org", "組織名": "org", "機関": "org",
}
_NONE = re.compile(r"^[(（]?(?:なし|無し|0名|0人|該当なし)[)）]?$")
# 出席議員 応招議員に同じ: the list printed under another heading, not more people.
_SAME_AS = re.compile(r"^(?:[^ 、。]{1,20}(?:に同じ|と同じ)|(?:別紙|別添|別記|別表)(?:[0-9]*)?(?:のとおり|参照)?)。?$")
# ※印はオンラインによる出席: a note on the marks in the list, not a row of it.
_FOOTNOTE = re.compile(r"^※[^:]{0,8}(?:[○×◎△代]:[^:○×◎△]{1,6}){2,}$|^\(注[0-9]*\)|^\((?:[◎○〇●◆◇☆★] ?[^、()]{1,10}[、,]? ?){1,4}\)$|^\(?※ ?(?:印|は|を付|の|[^ 、。]{1,15}は)|^[^ ]{2,40}は(?:オンライン|ウェブ|Web|リモート)[^ ]{0,14}(?:出席|参加)。?\)?$|^\(?(?:以上 ?)?[0-9一二三四五六七八九十]+ ?[名人]\)?$"
    # (委員は五十音順、敬称略): how the list is ordered, on a line of its own
    r"|^\((?:[^()、 ]{1,12}は ?)?(?:五十音順|50音順|敬称略|順不同)(?:[、,・ ] ?(?:五十音順|50音順|敬称略|順不同))*\)$")
# ※印は代理出席: the note saying what a ※ before a name means.
_PROXY_NOTE = re.compile(r"※ ?(?:印)? ?(?:は|:) ?代理(?:出席)?")
_LABEL = re.compile(r"^(?P<label>[^:、,()\d]{1,12}?) ?: ?(?P<rest>.+)$")
_GROUP = re.compile(
    r"^(?P<open>[(（【〔<〈\[])(?P<label>[^)）】〕>〉\]]{1,20})[)）】〕>〉\]]"
    r"(?P<note> ?\([^)]*\)| ?(?:※ ?)?(?:五十音順|敬称略|順不同|[0-9]+ ?名)[^()]*)?$"
)
_INLINE_GROUP = re.compile(r"^[\[【〔(<〈](?P<label>[^\]】〕)>〉]{1,20})[\]】〕)>〉] ?(?P<rest>.*)$")
_ITEM = re.compile(r"^(?P<name>[^()]+?) ?(?:\((?P<title>.*)\))?$")
# How someone attended, in brackets after the name: not a title.
_MODE = re.compile(r"^(?:オンライン|ウェブ|Web|WEB|web|リモート|書面|オンライン参加|ウェブ参加)(?:出席|参加)?$")
_MODE_NOTE = re.compile(r" ?\((?:オンライン|ウェブ|Web|WEB|リモート|書面)(?:出席|参加)?\)$| ?※ ?(?:オンライン|ウェブ|Web|WEB|リモート)(?:出席|参加)?$")
_SEAT = re.compile(r"^(?:\d+|[一二三四五六七八九十]+) ?番$")
_SEAT_NAME = re.compile(r"^(?:\d+|[一二三四五六七八九十]+) ?番 ?(?P<name>.+)$")
# 藤枝国語調査官ほか関係官: the others, not named
_AND_OTHERS = re.compile(r" ?ほか(?:関係[^ 、()]{0,4}|[0-9一二三四五六七八九十]+ ?名)?$")
_ENDS_OPEN = re.compile(r"[、,]$")

ROLE, SEAT, NAME, TITLE, PROXY_MARK, ABSENT_MARK = "role", "seat", "name", "title", "proxy", "absent"
GROUP = "group"  # a kind of member in the 区分 column (学識経験者, 事業者・職能団体): the rows' group
_ABSENT = re.compile(r"^(?:×|✕|✖|欠|欠席|x|X)$")
_ABSENT_NOTE = re.compile(r" ?\(欠席\)")


@dataclass
class _Row:
    role: str
    name_raw: str = ""
    title_parts: list[str] = field(default_factory=list)
    proxy: bool = False
    page: int = 0
    title_x: float | None = None
    absent: bool = False  # marked × in a column of who came (出欠)
    group: str = ""  # the part of the list it is printed in, read from a 区分 column of kinds of member
    boxes: list[tuple] = field(default_factory=list)  # (field, page, x0, top, x1, bottom) of what was read into it

    def read(self, line: Line, x0: float, x1: float, part: str) -> None:
        self.boxes.append((part, line.page, x0, line.top, x1, line.bottom))


@dataclass
class _Cell:
    kind: str
    text: str
    x0: float
    x1: float
    role: str = ""  # a role printed in the same cell as the name (副委員長 北尾ゆか)
    title: str = ""  # a post printed straight after the name (北村信幸公営企業管理者)
    printed: str = ""  # the cell's whole text, before it was read as a name, title, …
    own_role: bool = False  # the role is this row's alone (石田 雅彦(座長)), not a label carried down


def parse_attendees(
    section: Section,
    meeting_id: str,
    first_seq: int = 1,
    regions: list[Region] | None = None,
    table: str = "attendees",
    right_edge: float = 0.0,
    notes: str = "",
    kinds: frozenset[str] = frozenset(),
    in_list: bool = False,
) -> list[Attendee]:
    """The people listed in one attendee (or absentee) section, in printed order.

    Where each row was read is added to ``regions``, when given. ``kinds`` are the sub-group
    labels the document's list of who came used (学識経験者, 市議会議員); ``in_list`` says an
    absentee label is one of that list's labels (欠席構成員：…), not a heading of its own.
    """
    lines = [
        _label_joined(line)
        for line in section.lines
        if line.text
        and not any(p.match(compact(line.text)) for p in (_NONE, _SAME_AS, _FOOTNOTE))
        and not APPENDIX_NOTE.match(line.text)
    ]
    lines = _bare_labels_joined(lines)
    lines = _cells_split_at_columns(lines)
    lines = [_honorifics_dropped(_counted_names(line)) for line in lines]
    lines = [_bracket_label_joined(_overprinted_note(line)) for line in lines]
    lines = [piece for line in lines for piece in _one_label_a_line(line)]
    # a legend may be printed under the last of the lists (【オブザーバー】 … ⏎ （注）◎は議長)
    heading_line = section.heading_line.text if section.heading_line else ""  # 出席委員（◎部会長、…）
    lines = _legend_marks_read(lines, " ".join([heading_line, *(line.text for line in section.lines), notes]))
    lines = [_label_legend_cut(line) for line in lines]
    rows: list[tuple[str, _Row]] = []
    section_right = list_right_edge(lines, right_edge)
    # 機関名 | 職名 | 氏名 | 出欠 ⏎ （委員） ⏎ …: one header row over every sub-group of the list
    pieces = _pieces(_groups(lines, clean(section.heading), kinds))
    header = pieces[0][1][0] if pieces and len(pieces[0][1]) == 1 and _header_fields(pieces[0][1][0]) else None
    for group, block in pieces:
        if _role_column_runs(block):
            # 委　　員　荒巻 健吾、伊集院 光代、… ⏎ 　　　　　瀬尾 真琴、…: runs beside a role column
            runs = _labelled_runs([_org_run_labelled(_as_labelled(line)) for line in block], section_right=section_right)
            for label, row in runs:
                if label not in ROLE_WORDS and is_organization(label):
                    row.group = label  # 農林水産省 光岡経営局長、…: a body in the label column heads its staff
                else:
                    row.role = label
            rows += [(group, row) for _, row in runs]
        elif (group in ROLE_WORDS or group != clean(section.heading) or _absent_members(table, in_list)) and _org_rows(
            block, group
        ):
            # 【オブザーバー】 ⏎ 国立国会図書館：野沢関西館図書館協力課長: 組織：姓＋職名 rows, one a line
            entries = [
                (group, _run_item(item, _org_rows_role(group), line.page))
                for line in block
                for item in _org_row_items(line.text)
            ]
            rows += [(g, row) for g, row in entries if row]
        elif _LABEL.match(block[0].text) and (len(block[0].cells) == 1 or _names_run(block)):
            runs = _labelled_runs(block, section_right=section_right)
            # （委員） ⏎ 議　長：西園寺…、委　員：坂巻…: the sub-group holds; the run labels are roles
            kind = _kind_sub_group(group, clean(section.heading))
            rows += [(group if kind and _member_label(label) else label, row) for label, row in runs]
        elif _bodies_only(block):
            continue  # 【審議協力者】 ⏎ 財務省、経済産業省、岬野県、白樺市: bodies, nobody in them named
        elif _posts_only(block):
            continue  # 事務局 ⏎ 経営局長、大臣官房審議官（経営局担当）、農地政策課長: posts, nobody holding them named
        elif group != clean(section.heading) and _entry_then_org_run(block):
            rows += [(group, row) for _, row in _labelled_runs(block, label=group, section_right=section_right)]
        elif "、" in block[0].text and (all(len(line.cells) == 1 for line in block) or _names_run(block)):
            # 委員　柴崎 芳江、戸川 俊介、…: the role the whole run plays, before its first name
            led = re.match(rf"^(?P<role>{_ROLES}) (?P<rest>[^ 、:].*)$", block[0].text)
            run_role = ""
            if led and len(block[0].cells) == 1 and looks_like_name(_split_items(led.group("rest"))[0]):
                first, rest, run_role = block[0].cells[0], led.group("rest"), led.group("role")
                block = [replace(block[0], cells=(type(first)(rest, first.x0, first.x1, rest),)), *block[1:]]
            runs = _labelled_runs(block, label=group, section_right=section_right)  # 森田部長、佐々木課長、…
            for _, row in runs:
                row.role = row.role or run_role
            rows += [(group, row) for _, row in runs]
        elif _one_staff_entry(block, group):
            # ７．事務局：沼田議事課主任主事: a body's list of one 姓＋職名 entry
            rows += [(group, row) for _, row in _labelled_runs(block, label=group, section_right=section_right)]
        else:
            rows += [(group, row) for row in _entries(block, header, posts=_EXPLAINERS.search(clean(section.heading)) is not None)]
    _heads_as_roles(rows)
    # ７　参 考 人: a numbered item of the header names who came, as ５　出席委員 does
    numbered = bool(re.match(r"[0-9一二三四五六七八九十]+ ?[.、)]? ", heading_line)) if heading_line else False
    # （構成員） … ⏎ （欠席構成員）: a sub-group label in brackets naming the absent by their kind
    absent_kind = re.fullmatch(r"\(欠席(?P<kind>[^()]+)\)", heading_line) or (
        re.match(r"欠席(?P<kind>[^ :()]+) ?:", heading_line) if in_list else None  # 欠席構成員：… among 座長：, 構成員：
    )
    absent_role = absent_kind.group("kind") if absent_kind and absent_kind.group("kind") in ROLE_WORDS else ""
    people = []
    rows = [(row.group or group, row) for group, row in rows]
    note_role = _heading_note_role(section.heading_line, clean(section.heading))
    for group, row in rows:
        row.role = row.role or (note_role if group == clean(section.heading) else "")
    rows = [(_group_as_printed(group, clean(section.heading), heading_line), row) for group, row in rows]
    for _, row in rows:
        _deputy_note_read(row)
    for group, row in rows:
        if not display_name(row.name_raw):
            continue
        if section.kind == Kind.ATTENDEES and row.absent != (table == "absentees"):
            continue  # a list of who came and who did not (出欠 ○ ×): each row to its own table
        seq = first_seq + len(people)
        people.append(
            Attendee(
                meeting_id=meeting_id,
                seq=seq,
                group=group,
                role=_role_note(row) or row.role or (group if _group_is_role(group, clean(section.heading), numbered) else absent_role),
                name=display_name(row.name_raw),
                name_raw=row.name_raw,
                title=_ROLE_NOTE.sub("", _unwrapped(_MODE_NOTE.sub("", _balanced(clean(join_lines(row.title_parts)))))),
                proxy=row.proxy,
                page=row.page,
            )
        )
        if regions is not None:
            regions += _regions(table, str(seq), row.boxes)
    return people


_DEPUTY_NOTE = re.compile(r"\((?P<role>[^()、 ]{1,8}職務代理者?)\)")


def _cells_split_at_columns(lines: list[Line]) -> list[Line]:
    """``中条　さやか　文部科学省…男女共同参画共生`` ⏎ ``社会学習・安全課長``: a long title pushed its
    cell's first glyph so close to the name that the column gap closed. A cell running across the
    start of a column other rows print cells at, whose last space-free part starts right at that
    column, is two cells: the whole name before the space and that part (a post, not a run of items)."""
    starts = [round(cell.x0) for line in lines for cell in line.cells]
    columns = {x for x in set(starts) if sum(abs(x - y) <= 1 for y in starts) >= 3}
    out = []
    for line in lines:
        cells: list[Cell] = []
        for cell in line.cells:
            head, space, tail = cell.raw.rpartition(" ")
            width = sum(line.size if is_wide(ch) else line.size / 2 for ch in tail)
            start = cell.x1 - width
            column = next((x for x in columns if cell.x0 + 2 * line.size < x < cell.x1 - line.size), None)
            if (
                space
                and looks_like_name(normalize(head.strip()))
                and len(tail) >= 6
                and not re.search(r"[、,:：]", tail)
                and column is not None
                and abs(start - column) <= line.size / 2
            ):
                cells += [Cell(head.rstrip(), cell.x0, start - line.size, normalize(head.rstrip())),
                          Cell(tail, start, cell.x1, normalize(tail))]
            else:
                cells.append(cell)
        out.append(replace(line, cells=tuple(cells)) if len(cells) != len(line.cells) else line)
    return out


def _deputy_note_read(row: _Row) -> None:
    """委員 | 榊原 千鶴 | （教育長職務代理者）: a member's row whose only title is a bracket naming the
    deputy of the body's head: that is the part the member plays in the meeting, not a post."""
    note = _DEPUTY_NOTE.fullmatch(clean(join_lines(row.title_parts)))
    if note and row.role and role_class(row.role) == "member" and role_class(note.group("role")) == "acting_chair":
        row.role, row.title_parts = note.group("role"), []


def _member_label(label: str) -> bool:
    """議長：, 委員： inside （委員）: a part members play; 事務局： and other staff name a list of their own."""
    return _is_meeting_role(label) and role_class(label) not in ("secretariat", "explainer")


def _kind_sub_group(group: str, heading: str) -> bool:
    """（委員） inside 出席者: a kind of member printed as a sub-group label of the list."""
    return group != heading and group in ROLE_WORDS and role_class(group) == "member"


def _group_is_role(group: str, heading: str, numbered: bool = False) -> bool:
    """委員, 構成員, and a kind of member heading a part of the list (【公益代表委員】): the
    part its people play. The list's own heading (出席委員) only says who came."""
    if group == "事務局" or (numbered and group == heading):
        return False
    # 説明のため出席した者 ⏎ 監査委員 ⏎ 代表監査委員｜三好: the body the officials serve
    kind_of_member = not _EXPLAINERS.search(heading) and _is_role_label(group)
    return group in ROLE_WORDS or (group != heading and kind_of_member and not re.match(r"(?:出席|欠席)", group))


def _heads_as_roles(rows: list[tuple[str, _Row]]) -> None:
    """佐伯敏明教育長、村上久美子教育長職務代理者、藤堂昭彦委員: in a list of members whose
    entries end in their part (委員), the head's post is the part the head plays (教育長)."""
    for group in {group for group, _ in rows}:
        members = [row for g, row in rows if g == group]
        if role_class("", group) != "member" or not (group in ROLE_WORDS or any(row.role in ROLE_WORDS for row in members)):
            continue
        if _role_column_left_of_titles(members):
            continue
        for row in members:
            title = clean(join_lines(row.title_parts))
            generic = not row.role or role_class(row.role) == "member"  # 委員 carried down from the row above
            if generic and role_class(title) in ("chair", "acting_chair", "deputy_chair", "vice_chair"):
                row.role, row.title_parts = title, []


def _role_column_left_of_titles(rows: list[_Row]) -> bool:
    """本部員 | 教育長 | 甲斐 浩二: a list printing its roles in a column of their own, left of a
    column of posts, says what part each row plays there; a head's post in the post column
    (教育長, 市長) is that row's title, not its part."""
    for row in rows:
        roles = [box[2] for box in row.boxes if box[0] == "role"]
        titles = [box[2] for box in row.boxes if box[0] == "title"]
        if roles and titles and max(roles) < min(titles):
            return True
    return False


_LEGEND_MARKS = "◎○〇◯●◆◇☆★"
_LEGEND_LINE = re.compile(rf"\(?(?:[{_LEGEND_MARKS}]:?(?:{_NOTED_ROLES})[、,]?)+\)?")


def _legend_marks_read(lines: list[Line], text: str) -> list[Line]:
    """委員（五十音順、◎部会長、○部会長職務代理者） ⏎ ◎浜口 直樹: a mark the list's note explains
    gives that person the role, as if printed 浜口 直樹（部会長）."""
    legend = dict(re.findall(rf"(?:^|[(、 ]) ?([{_LEGEND_MARKS}]) ?:? ?({_NOTED_ROLES})(?=[、) ]|$)", text))
    # (注)◎は議長: a note under the list
    legend.update(re.findall(rf"(?:^|[ )、])([{_LEGEND_MARKS}]) ?(?:印?は|:) ?({_NOTED_ROLES})(?=[、。) ]|$)", text))
    if _PROXY_NOTE.search(text):
        legend["※"] = "代理出席"  # …|※大城 健太|… ⏎ （※印は代理出席）
    if not legend:
        return lines
    out = []
    for line in lines:
        if _LEGEND_LINE.fullmatch(compact(line.text)):
            continue  # ◎：座長　　○：座長代理: the key itself
        cells = list(line.cells)
        for i, cell in enumerate(cells):
            if cell is None:
                continue
            after = cells[i + 1] if i + 1 < len(cells) else None
            if cell.text in legend and after is not None and looks_like_name(after.text):
                # 相沢 律子 | ◎ | 北條 清隆: the mark in a column of its own, before the name it marks
                marked = f"{after.text}({legend[cell.text]})"
                cells[i], cells[i + 1] = None, Cell(marked, after.x0, after.x1, marked)
                continue
            seat = re.match(r"^(?:\d+|[一二三四五六七八九十]+) ?番 ?(?=[^ ])", cell.text)  # 10番 ○坂口 正義
            seat_text = seat.group() if seat else ""
            mark, rest = cell.text[len(seat_text) : len(seat_text) + 1], cell.text[len(seat_text) + 1 :].strip()
            after = cells[i + 1] if i + 1 < len(cells) else None
            if mark in legend and after is not None and 1 <= len(after.text) <= 2 and after.x0 - cell.x1 < 3 * line.size:
                if looks_like_name(f"{rest} {after.text}") and " " not in rest:
                    rest, cells[i + 1] = f"{rest} {after.text}", None  # ○臼井　　聡: a padded name, cut at its padding
                    cell = Cell(cell.raw, cell.x0, after.x1, cell.text)
            if mark in legend and looks_like_name(rest):
                marked = f"{seat_text}{rest}({legend[mark]})"
                cells[i] = Cell(marked, cell.x0, cell.x1, marked)
                continue
            # 委員 土井 さやか※ NPO法人…: the mark after a name, the next column run into the cell
            after = re.match(rf"^(?P<name>[^{_LEGEND_MARKS}※ ]+(?: [^{_LEGEND_MARKS}※ ]+){{0,2}}) ?(?P<mark>[{_LEGEND_MARKS}※])(?: (?P<rest>.+))?$", cell.text)
            if not after or after.group("mark") not in legend:
                continue
            name = after.group("name")
            first, _, tail = name.partition(" ")
            if not (looks_like_name(name) or (clean(first) in ROLE_WORDS and looks_like_name(tail))):
                continue
            marked = f"{name}({legend[after.group('mark')]})"
            if not after.group("rest"):
                cells[i] = Cell(marked, cell.x0, cell.x1, marked)
                continue
            cut = cell.x0 + (cell.x1 - cell.x0) * after.start("rest") / len(cell.text)
            rest = after.group("rest")
            cells[i] = [Cell(marked, cell.x0, cut, marked), Cell(rest, cut, cell.x1, rest)]
        cells = [piece for c in cells for piece in (c if isinstance(c, list) else [c])]
        out.append(replace(line, cells=tuple(c for c in cells if c is not None)))
    return out


_ROLE_NOTE = re.compile(rf" ?\((?:{'|'.join(sorted(ROLE_WORDS, key=len, reverse=True))})\)$")

# ※印は代理出席, （※：代理出席）, ◎は部会長: a key to the marks, printed after a label on its line
_LABEL_LEGEND = re.compile(
    rf"^(?P<label>\([^()]{{1,12}}\)|【[^【】]{{1,12}}】) (?P<legend>\(?(?:※ ?印? ?(?:は|:) ?代理(?:出席)?|[{_LEGEND_MARKS}] ?印? ?(?:は|:) ?(?:{_NOTED_ROLES}))\)?)$"
)


def _label_legend_cut(line: Line) -> Line:
    """（委員）　※印は代理出席: a sub-group label with the key to the list's marks after it on its line
    is the label alone (the key is read by ``_legend_marks_read``)."""
    match = _LABEL_LEGEND.match(line.text)
    if not match:
        return line
    label, first = match.group("label"), line.cells[0]
    if not first.text.startswith(label):
        return line
    cut = first.x0 + (first.x1 - first.x0) * len(label) / max(len(first.text), 1)
    return replace(line, cells=(Cell(label, first.x0, cut, label),))


def _group_as_printed(group: str, heading: str, heading_line: str) -> str:
    """３　出席委員等: the heading's word printed with 等 names the group as printed (出席委員等)."""
    if not heading or group != heading or heading.endswith("等"):
        return group
    return f"{group}等" if re.search(rf"{re.escape(heading)}等(?![^()]*\))", compact(heading_line)) else group


def _heading_note_role(heading_line: Line | None, heading: str) -> str:
    """欠席者（委員）　桑島　伸也、…: a bracket glued to the heading word in its cell, naming the members'
    part, is the role of everyone listed straight under the heading (the group stays the heading)."""
    if not heading or heading_line is None:
        return ""
    cell = next((c for c in heading_line.cells if heading in compact(c.text)), None)
    match = re.search(rf"{re.escape(heading)}\((?P<role>[^()]{{1,8}})\)", compact(cell.text)) if cell else None
    role = match.group("role") if match else ""
    return role if role in ROLE_WORDS and role_class(role) == "member" else ""


def _role_note(row: _Row) -> str:
    """東都大学大学院工学系研究科教授（座長）: the part played in the meeting, after the post."""
    match = _ROLE_NOTE.search(clean(join_lines(row.title_parts)))
    return match.group(0).strip(" ()") if match else ""


def _unwrapped(title: str) -> str:
    """(千鳥大学大学院工学研究科教授) printed in a column of its own: the brackets only set it off."""
    inner = title[1:-1]
    if title.startswith("(") and title.endswith(")") and "(" not in inner and ")" not in inner:
        return inner
    return title


def marks_absence(section: Section) -> bool:
    """True for a list with a column saying who came and who did not (出欠 ○ ×)."""
    return any("presence" in _header_fields(line).values() or _ABSENT_NOTE.search(line.text) for line in section.lines)


def _balanced(title: str) -> str:
    """The bracket closing a title that opened on the name's line: 代表 ⏎ 理事) → 代表理事."""
    return title[:-1] if title.endswith(")") and title.count(")") > title.count("(") else title


def _regions(table: str, key: str, boxes: list[tuple]) -> list[Region]:
    """Per page the row was read from, the box around all of it, then a box for each field read."""
    out = []
    for page in sorted({box[1] for box in boxes}):
        on_page = [box for box in boxes if box[1] == page]
        x0, top = min(b[2] for b in on_page), min(b[3] for b in on_page)
        x1, bottom = max(b[4] for b in on_page), max(b[5] for b in on_page)
        out.append(Region(table, key, page, x0, top, x1, bottom))
        out += [Region(table, key, *box[1:], field=box[0]) for box in on_page]
    return out


def _one_label_a_line(line: Line) -> list[Line]:
    """委員長：杉浦　康弘　　副委員長：小野寺　美和: labelled runs side by side, one line each."""
    if len(line.cells) == 1:
        return _inline_labels_cut(line)
    labelled = [re.match(r"^(?P<label>[^ :、,()]{1,10}) ?:", cell.text) for cell in line.cells]
    if len(line.cells) < 2 or not all(m and clean(m.group("label")) in ROLE_WORDS for m in labelled):
        return [line]
    return [replace(line, cells=(cell,)) for cell in line.cells]


_INLINE_LABEL = re.compile(r"(?<=、)(?P<label>[^ :、,()\d]{1,12}?) ?:")


def _inline_labels_cut(line: Line) -> list[Line]:
    """…研究マネージャー)、構成員:秋元 周平(…: a role label opening a run inside a line, after the
    comma closing the run before it: the line cut there, the pieces side by side."""
    cell, cuts = line.cells[0], []
    for match in _INLINE_LABEL.finditer(cell.text):
        before = cell.text[: match.start()]
        if before.count("(") > before.count(")") or not _is_meeting_role(clean(match.group("label"))):
            continue
        if _opens_with_person(re.split(r"[(、]", cell.text[match.end() :])[0].strip()):  # its title may wrap
            cuts.append(match.start())
    if not cuts:
        return [line]
    pitch = (cell.x1 - cell.x0) / max(len(cell.text), 1)
    out = []
    for start, end in zip([0, *cuts], [*cuts, len(cell.text)]):
        part = cell.text[start:end].strip()
        piece = Cell(part, cell.x0 + start * pitch, cell.x0 + end * pitch, part)
        out.append(replace(line, cells=(piece,)))
    return out


def _counted_names(line: Line) -> Line:
    """``１名（浜口　透委員）``: how many, and who in brackets after it."""
    counted = re.fullmatch(r"(?:[0-9一二三四五六七八九十]+ ?[名人]) ?\((?P<names>[^()]+)\)", line.text)
    if not counted or len(line.cells) != 1:
        return line
    names, cell = counted.group("names"), line.cells[0]
    return replace(line, cells=(type(cell)(names, cell.x0, cell.x1, names),))


def _honorifics_dropped(line: Line) -> Line:
    """``1番 | 高梨 信吾 | 君``: the honorific printed in a column of its own after each name."""
    cells = [cell for i, cell in enumerate(line.cells) if not (i and cell.text in ("君", "様", "殿"))]
    return replace(line, cells=tuple(cells)) if len(cells) != len(line.cells) else line


_OVERPRINTED_NOTE = re.compile(rf"^(?P<name>[^()]+?) ?\((?P<role>{_NOTED_ROLES})(?P<letter>[^()、 ])\)(?P<rest>[^ ()、].*)$")


def _overprinted_note(line: Line) -> Line:
    """``須藤 奈津子(副委員長菫)野市医師会副会長``: a role in brackets after a name, so long that its
    closing bracket is printed over the first letter of the next column's title, so the letter is
    read before the bracket; put back after it, the title apart."""
    cells = list(line.cells)
    for i, cell in enumerate(cells):
        match = _OVERPRINTED_NOTE.match(cell.text)
        if not match or re.fullmatch(_NOTED_ROLES, match.group("role") + match.group("letter")):
            continue
        text = f"{match.group('name')}({match.group('role')}) {match.group('letter')}{match.group('rest')}"
        cells[i] = type(cell)(text, cell.x0, cell.x1, text)
    return replace(line, cells=tuple(cells)) if cells != list(line.cells) else line


_BRACKET_LABEL = re.compile(r"^(?P<open>[【〔<〈\[])(?P<label>[^()【】〔〕<>〈〉\[\]]{1,12})(?:\((?P<body>[^()]{1,12})\))?(?P<close>[】〕>〉\]])$")


def _bracket_label_joined(line: Line) -> Line:
    """``【委 | 員】``: a letter-spaced label in brackets cut by the gap between its letters, joined;
    ``【事務局（総務省）】``: the body the label's part belongs to, dropped from the label."""
    text = " ".join(cell.text for cell in line.cells)
    match = _BRACKET_LABEL.match(text) if line.cells and line.cells[0].text[:1] in "【〔<〈[" else None
    if not match or (len(line.cells) == 1 and not match.group("body")):
        return line
    label = f"{match.group('open')}{match.group('label')}{match.group('close')}"
    first, last = line.cells[0], line.cells[-1]
    return replace(line, cells=(type(first)(label, first.x0, last.x1, label),))


def _bodies_only(block: list[Line]) -> bool:
    """財務省、経済産業省、岬野県、白樺市: a run of bodies (ministries, the prefecture and the city),
    with nobody in them named. Half of them at least are known as bodies; the rest are places."""
    if not all(len(line.cells) == 1 for line in block):
        return False
    items = [item for line in block for item in _split_items(line.text) if item]
    if len(items) < 2 or any(re.search(r"[ :()]", item) for item in items):
        return False
    bodies = [item for item in items if is_organization(item)]
    return 2 * len(bodies) >= len(items) and all(
        item in bodies or re.fullmatch(r"[^ ]{1,6}[都道府県市区町村]", item) for item in items
    )


def _entry_then_org_run(block: list[Line]) -> bool:
    """【事務局】 ⏎ 黒沢大臣官房審議官 ⏎ 政策統括官…審査官室：夏目統計審査官、安西…: a sub-group's
    officials as a 姓＋職名 entry on a line of its own, then a run under the body they serve."""
    if len(block) < 2 or not all(len(line.cells) == 1 for line in block):
        return False
    labelled = [re.match(r"^(?P<label>[^:、,]{2,40}) ?: ?(?P<rest>.+)$", line.text) for line in block[1:]]
    return _family_post_entry(block[0].text) and any(
        match and not _is_role_label(clean(match.group("label"))) and _family_post_entry(_split_items(match.group("rest"))[0])
        for match in labelled
    )


_BARE_LABEL = re.compile(r"^(?P<label>[^ :、,()\d]{1,10}) ?:$")


def _bare_labels_joined(lines: list[Line]) -> list[Line]:
    """``委　員：`` alone on its line ⏎ 　　石動 和人、宇佐美 紘子、…: a role label whose run starts on
    the indented line below it, joined to that line as ``委員：石動 和人、…``."""
    out: list[Line] = []
    skip = False
    for index, line in enumerate(lines):
        if skip:
            skip = False
            continue
        below = lines[index + 1] if index + 1 < len(lines) else None
        match = _BARE_LABEL.match(compact(line.text)) if len(line.cells) == 1 else None
        if (
            match
            and clean(match.group("label")) in ROLE_WORDS
            and below is not None
            and len(below.cells) == 1
            and below.page == line.page
            and below.x0 > line.x0 + line.size / 2
            and not _BARE_LABEL.match(compact(below.text))
        ):
            head, cell = line.cells[0], below.cells[0]
            text = f"{clean(match.group('label'))}:{cell.text}"
            out.append(replace(below, cells=(type(cell)(f"{head.raw}{cell.raw}", head.x0, cell.x1, text),)))
            skip = True
            continue
        out.append(line)
    return out


def _label_joined(line: Line) -> Line:
    """``部会長 | ：新井 由紀夫``: a label whose colon is set in a column of its own, joined to it;
    ``座 | 長：石田 浩``: a letter-spaced role label cut by the gap between its letters, too."""
    cells = list(line.cells)
    for i in range(len(cells) - 1, 0, -1):
        left, right = cells[i - 1], cells[i]
        head = right.text.split(":", 1)[0].replace(" ", "")
        cut = len(left.text) == 1 and ":" in right.text and _is_meeting_role(left.text + head)
        if cut or right.text.startswith(":"):
            cells[i - 1 : i + 1] = [type(left)(left.raw + right.raw, left.x0, right.x1, left.text + right.text)]
    cells = _role_label_cut(cells)
    if (
        len(cells) == 2
        and ":" not in cells[0].text
        and is_organization(clean(cells[0].text))
        and "、" in cells[1].text
        and all(_staff_split(clean(_AND_OTHERS.sub("", item)))[1] for item in _split_items(cells[1].text) if item)
    ):
        # 国土交通省 | 丹羽道路局長、保科審議官、…: a body in the role column over its officials' run
        left, right = cells
        cells = [type(left)(f"{left.raw}:{right.raw}", left.x0, right.x1, f"{left.text}:{right.text}")]
    elif len(cells) == 2 and re.fullmatch(r"[^:]{1,12}:", cells[0].text) and re.match(r"[^:、]{2,30}:", cells[1].text):
        # 事務局：　　　観光庁：香坂部長、…: a label set apart from the body that heads its run, on one
        # line, reads as 事務局：観光庁：香坂部長、… does
        left, right = cells
        cells = [type(left)(left.raw + right.raw, left.x0, right.x1, left.text + right.text)]
    return replace(line, cells=tuple(cells)) if len(cells) != len(line.cells) else line


_SUB_LABEL = re.compile(
    r"^(?:(?P<enum>[アイウエオカキクケコ]|\( ?[0-9]+ ?\)|[0-9]+\.?) ?)?(?P<label>[^ ()]{1,10}) ?(?:\((?P<note>[^)]*)\))?$"
)


def _sub_label(text: str) -> str | None:
    """A role heading a part of the list: with a count or an order note (委員（14名中12名出席）,
    構成員（五十音順、敬称略）) or numbered as an item (ア 委員, イ 事務局). A role word alone on
    its line is not one: it may be a role label carried down."""
    match = _SUB_LABEL.match(text)
    if match and match.group("enum") and not match.group("note") and (
        re.search(r"(?:課|局|部|室|省|庁|事務局)$", match.group("label")) or is_organization(match.group("label"))
        or role_class(clean(match.group("label"))) in ("explainer", "observer", "secretariat")  # (3)説明者
    ):
        return clean(match.group("label"))  # (3)関係課, イ 事務局: a numbered part of the list naming a body
    if not match or clean(match.group("label")) not in ROLE_WORDS:
        return None
    note = match.group("note")
    if note is not None:
        return clean(match.group("label")) if re.search(r"[0-9]+名|五十音順|敬称略|順不同", note) else None
    return clean(match.group("label")) if match.group("enum") else None


def _groups(lines: list[Line], heading: str, kinds: frozenset[str] = frozenset()) -> list[tuple[str, list[Line]]]:
    """Split a list at its sub-group labels: ``（交通局）``, or an organization alone on a line above its people."""
    groups: list[tuple[str, list[Line]]] = [(heading, [])]
    column_labels = _group_column(lines, kinds)
    label_x: float | None = None  # where the list's sub-group labels stand, once one is found
    inline_x: float | None = None  # where a label opening its group's first line stood
    bracket_x: float | None = None  # where a bracketed sub-group label stood
    sub_label_x: float | None = None  # where a counted sub-group label stood (委員（１０名中９名出席）)
    for index, line in enumerate(lines):
        text = line.text
        if index in column_labels:
            # 委員 | 会長 | 真鍋 徹 | … ⏎ 　　 | 副会長 | 芦田 恭子 | …: the label of the rows below it
            groups.append((clean(line.cells[0].text), [replace(line, cells=line.cells[1:])]))
            continue
        if _org_in_role_column(line, lines):
            # 臨時委員 | 朝比奈 優子 | … ⏎ 国土交通省 | 住宅局長 | 真壁 敏夫: the body heads its officials' rows
            groups.append((clean(line.cells[0].text), [replace(line, cells=line.cells[1:])]))
            continue
        colon_label = re.fullmatch(r"(?P<label>[^ :]{1,10}) ?:", compact(line.cells[0].text))
        if colon_label and len(line.cells) > 1 and clean(colon_label.group("label")) in ROLE_WORDS:
            # 委　員：| 磯村 真弓 | 大谷 一郎: a labelled run set in columns, rows under it without a label go on
            groups.append((clean(colon_label.group("label")), [replace(line, cells=line.cells[1:])]))
            continue
        glued = _glued_colon_label(line, lines[:index])
        if glued:
            # 委員：| 上杉 和馬（…）、… ⏎ オブザーバー：厚生労働省…：樋口課長補佐、…: the next labelled run
            groups.append((glued, [line]))
            continue
        inline = _INLINE_GROUP.match(line.cells[0].text)
        inline_label = clean(inline.group("label")) if inline else ""
        # (説明者)…協会　事務局長　黒沢秀明 at the list's left edge; indented, a bracket is the
        # title of the name that ended the line above (田村　ゆう子 ⏎ （消費生活アドバイザー）、…)
        above = lines[index - 1] if index else None
        at_edge = (
            above is None
            or line.x0 < above.x0 - line.size / 2
            or (bool(_INLINE_GROUP.match(above.text)) and not _ENDS_OPEN.search(above.text))
        )
        opens_run = (
            at_edge
            and (inline_label in ROLE_WORDS or role_class(inline_label) != "other")
            and _opens_with_person(inline.group("rest") if inline else "")
        )
        if (
            (is_organization(inline_label) and (inline.group("rest") or len(line.cells) > 1))
            or opens_run
            or _next_inline_label(inline, line, at_edge, inline_x)
        ):
            # ［経済部］　経済部長　小野寺俊之、…, 【委員】大野　誠、…: the group's label opens its first line
            inline_x = line.x0
            groups.append((clean(inline.group("label")), []))
            first, rest = line.cells[0], inline.group("rest")
            start = first.x0 + (first.x1 - first.x0) * inline.start("rest") / max(len(first.text), 1)
            cells = ((Cell(rest, start, first.x1, rest),) if rest else ()) + line.cells[1:]
            groups[-1][1].append(replace(line, cells=cells))
            continue
        label = _sub_label(text) if len(line.cells) == 1 else None
        if label:
            groups.append((label, []))
            sub_label_x = line.x0
            continue
        if _beside_sub_label(line, lines[index - 1] if index else None, sub_label_x):
            groups.append((clean(text), []))
            continue
        colon_org = _colon_org_label(line, lines[index + 1] if index + 1 < len(lines) else None)
        if colon_org:
            groups.append((colon_org, []))
            continue
        bracketed = _GROUP.match(text) if len(line.cells) == 1 else None
        following = lines[index + 1] if index + 1 < len(lines) else None
        above = lines[index - 1] if index else None
        outdented = (
            following is not None
            and (above is None or line.x0 < above.x0 - line.size / 2)
            and following.x0 > line.x0 + line.size / 2
        )
        if bracketed and not (
            outdented  # 　（説明のため出席した職員） left of the rows above and below it: their label
            or is_organization(bracketed.group("label"))
            or clean(bracketed.group("label")) in ROLE_WORDS  # 【構成員】, （委員）, （委員）五十音順
            # 【学識経験者】, 【公益代表委員】: no title is set in these brackets, only a mark (【代理出席】)
            or (bracketed.group("open") not in "(（" and not _strip_proxy(text)[1])
        ):
            bracketed = None  # (会計室長) under a name is the rest of a title, (交通局) heads a group
        if (
            bracketed is None
            and _GROUP.match(text)
            and len(line.cells) == 1
            and bracket_x is not None
            and abs(line.x0 - bracket_x) < line.size / 2
            and following is not None
            and len(following.cells) > 1
        ):
            # （上下水道局） … ⏎ （病院事業） ⏎ 市民病院事務局長｜前田: at the indent of the label above
            bracketed = _GROUP.match(text)
        if bracketed:
            bracket_x = line.x0
        # 　教育委員会 ⏎ 　　教育長｜丸山　洋子: a label with its rows indented under it, at the left
        # edge of the rows above it (not right of them, as a wrapped title would be)
        hanging = (
            len(line.cells) == 1
            and above is not None
            and line.x0 < above.x0 + line.size / 2
            and len(above.cells) > 1
            and following is not None
            and len(following.cells) > 1
        )
        # 　監査委員 ⏎ 　　代表監査委員｜三好　和夫: at the indent of a sub-group label found above
        sibling = label_x is not None and abs(line.x0 - label_x) < line.size / 2 and not looks_like_name(clean(text))
        noted = _noted_org_label(text)
        standalone = (
            len(line.cells) == 1
            and (above is None or line.x0 < above.x0 - line.size / 2 or hanging)
            and len(noted or text) <= 20
            and not re.search(r"[:、,()]", noted or text)
            and following is not None
            # 委員 ⏎ 　秋月部会長、井手副部会長、…: a role word over a run is its group's label
            and (
                is_organization(noted or text)
                or re.search(r"(?:職員|出席者)$", text)
                or (clean(text) in ROLE_WORDS and "、" in following.text)
                or (role_class(clean(text)) == "member" and clean(text) in ROLE_WORDS and _people_in_columns(following))
                or (role_class(clean(text)) == "member" and clean(text) in ROLE_WORDS and _role_led_row(following))
                or sibling
            )
            and following.x0 > line.x0 + line.size / 2
        )
        # （学識経験者） ⏎ 　会　長|笹川　純一|…: a kind of member in brackets, set out left of the rows
        # above and below it, heads the rows under it; (会計室長) under a name stands in its column
        kind_label = re.fullmatch(r"\((?P<label>[^()、,:]{2,30})\)", text) if len(line.cells) == 1 else None
        if kind_label and not (
            (above is None or line.x0 < above.x0 - line.size / 2)
            and following is not None
            and (following.x0 > line.x0 + line.size / 2 or _kind_label_over_entries(line, above, following))
            and not _MODE.match(kind_label.group("label"))
            and not re.search(r"五十音順|敬称略|順不同|[0-9]+ ?名", kind_label.group("label"))
        ):
            kind_label = None
        if standalone:
            label_x = line.x0
        if bracketed or standalone or kind_label:
            groups.append((clean((bracketed or kind_label).group("label") if (bracketed or kind_label) else (noted or text)), []))
        else:
            groups[-1][1].append(line)
    return [(group, block) for group, block in groups if block]


def _beside_sub_label(line: Line, above: Line | None, sub_label_x: float | None) -> bool:
    """``　　　委員（１０名中９名出席）`` ⏎ rows ⏎ ``　　　区側``: a short word alone on its line, at the
    indent of a sub-group label found above and at none of the row above's cell starts (where a
    wrapped title would stand), is the next sub-group's label."""
    text = clean(line.text)
    return (
        sub_label_x is not None
        and len(line.cells) == 1
        and abs(line.x0 - sub_label_x) < line.size / 2
        and above is not None
        and len(above.cells) > 1
        and not any(abs(line.x0 - cell.x0) < line.size / 2 for cell in above.cells)
        and 2 <= len(text) <= 12
        and not re.search(r"[:、,()0-9]", text)
        and not looks_like_name(text)
    )


def _kind_label_over_entries(line: Line, above: Line | None, following: Line) -> bool:
    """（関係機関） left of the columns row above it, over ``組織：姓＋職名`` entries set at its own
    indent: too far left to be the wrapped end of a title, it heads the entries under it."""
    return (
        above is not None
        and len(above.cells) > 1
        and abs(following.x0 - line.x0) < line.size / 2
        and len(following.cells) == 1
        and _LABEL.match(following.text) is not None
    )


_NOTED_ORG = re.compile(r"^(?P<org>[^ ()]{2,20}) ?\((?P<note>[^()]{1,10})\)$")


def _noted_org_label(text: str) -> str | None:
    """公安委員会補佐室（事務局）: a body's name with what it serves as in brackets after it (a
    secretariat's kind), the label of the rows under it; the body is the group, the bracket dropped."""
    match = _NOTED_ORG.match(text)
    if not match or not is_organization(match.group("org")):
        return None
    return match.group("org") if role_class(clean(match.group("note"))) == "secretariat" else None


def _colon_org_label(line: Line, following: Line | None) -> str | None:
    """教育委員会： ⏎ 　教育長｜鮫島 宗一: a body and a colon alone on a line, over rows indented
    under it, is the label of those rows' sub-group (the colon and nothing after it)."""
    match = re.fullmatch(r"(?P<label>[^ :、,()0-9]{2,20}) ?:", compact(line.text)) if len(line.cells) == 1 else None
    if (
        match
        and following is not None
        and following.x0 > line.x0 + line.size / 2
        and is_organization(match.group("label"))
    ):
        return clean(match.group("label"))
    return None


def _next_inline_label(inline: re.Match | None, line: Line, at_edge: bool, inline_x: float | None) -> bool:
    """A bracket opening a line where a sub-group label opened an earlier line, before a person
    (（委員）会長　水野　早紀子、… ⏎ （市）　こども部長　尾崎　隆、…): the next sub-group's label, whatever
    it names; a title closing the name above is followed by its comma (（…会長）、委員　秋葉…)."""
    rest = inline.group("rest") if inline else ""
    return (
        bool(rest)
        and at_edge
        and inline_x is not None
        and abs(line.x0 - inline_x) < line.size / 2
        and not rest.startswith(("、", ","))
        and _opens_with_person(rest)
    )


def _people_in_columns(line: Line) -> bool:
    """``宮原　大輔（部会長）| 浅倉　佳代子``, ``部会長 | 大槻　昭 | 委員 | 桐島　葉子``: a row of names, or of
    role–name pairs, set in columns. A kind of member (委員, 臨時委員) alone on its line over such rows
    heads them, as it heads a run (委員 ⏎ 　秋月部会長、井手副部会長、…)."""
    if len(line.cells) < 2 or re.search(r"[:、,]", line.text):
        return False
    names = 0
    for cell in line.cells:
        item = _ITEM.match(_strip_proxy(cell.text)[0].strip())
        text = item.group("name").strip() if item else cell.text
        if clean(text) in ROLE_WORDS:
            continue
        if not looks_like_name(text):
            return False
        names += 1
    return names > 0


def _glued_colon_label(line: Line, above: list[Line]) -> str | None:
    """``オブザーバー：厚生労働省職業安定局：樋口課長補佐``: a role label whose colon runs straight into
    its entries (one cell), at the place where labels set apart in a column of their own (``委員：｜…``)
    stood above it, opens its own labelled run as they do."""
    if len(line.cells) != 1:
        return None
    match = _LABEL.match(line.cells[0].text)
    if not match or clean(match.group("label")) not in ROLE_WORDS:
        return None
    if not any(
        len(other.cells) > 1 and abs(other.x0 - line.x0) < line.size / 2
        and re.fullmatch(r"[^ :]{1,10} ?:", compact(other.cells[0].text))
        and clean(compact(other.cells[0].text).rstrip(":").strip()) in ROLE_WORDS
        for other in above
    ):
        return None
    return clean(match.group("label"))


def _org_in_role_column(line: Line, lines: list[Line]) -> bool:
    """``国土交通省｜住宅局長｜真壁　敏夫`` in a list whose left column prints roles (分科会長, 委員): a body
    in the role column, over post / name rows, is the label of its officials' sub-group, not a role."""
    cells = line.cells
    if len(cells) < 3 or re.search(r"[:、,() ]", cells[0].text.strip()) or any(_header_fields(other) for other in lines):
        return False  # 所属｜職名｜氏名 under a header row: a column of bodies, not of roles
    em = line.size
    left = min(other.x0 for other in lines)
    at_left = [other for other in lines[: lines.index(line)] if abs(other.x0 - left) < em / 2]
    above = lines[lines.index(line) - 1] if lines.index(line) else None
    if not at_left or not (clean(at_left[-1].cells[0].text) in ROLE_WORDS or (above is not None and above.x0 > left + em / 2)):
        return False  # the row above it at the left edge prints a role, or the rows above ended a block under a label
    label = clean(cells[0].text)
    if abs(line.x0 - left) >= em / 2 or label in ROLE_WORDS or role_class(label) != "other" or not is_organization(label):
        return False
    if looks_like_name(clean(cells[1].text)) or not looks_like_name(clean(_strip_proxy(cells[-1].text)[0])):
        return False
    return any(
        other is not line and len(other.cells) >= 2 and abs(other.x0 - left) < em / 2
        and clean(other.cells[0].text) in ROLE_WORDS and role_class(clean(other.cells[0].text)) == "member"
        for other in lines
    )


def _role_led_row(line: Line) -> bool:
    """``分科会長　栗山　敏行｜…教授``: a row printing its own role before the person's name. A kind of
    member alone on its line over such a row cannot be the role carried down to it: it is the
    label of the sub-group (委員 ⏎ 　分科会長｜栗山　敏行 …)."""
    cells = _rejoin_role(list(line.cells))
    if not cells or re.search(r"[:、,]", line.text):
        return False
    head, _, rest = cells[0].text.strip().partition(" ")
    if clean(head) not in ROLE_WORDS:
        return False
    person = rest or (cells[1].text if len(cells) > 1 else "")
    item = _ITEM.match(_strip_proxy(person)[0].strip())
    return looks_like_name(item.group("name").strip() if item else person)


def _group_column(lines: list[Line], kinds: frozenset[str] = frozenset()) -> set[int]:
    """委員 | 会長 | 真鍋 徹 ⏎ 　　 | 副会長 | 芦田 恭子 ⏎ 事務局 | 　　 | 坂口 昌彦: role words printed in a
    column of their own left of a column of roles, only on the first row of each block, are the
    labels of the groups. Without the second column of roles they are the roles (委員 | 山田 太郎)."""
    if not lines:
        return set()
    em = lines[0].size
    left = min(line.x0 for line in lines)
    labelled = {
        i for i, line in enumerate(lines)
        if len(line.cells) >= 2 and abs(line.x0 - left) < em / 2 and clean(line.cells[0].text) in ROLE_WORDS
    }
    # 学識経験者 | 会長 | 塩見　拓郎 ⏎ 　　 | 委員 | 秦　伸之: kinds of member, not roles, in the same
    # place: a role word beside each, and rows under them printing the role alone
    kind_rows = {
        i for i, line in enumerate(lines)
        if len(line.cells) >= 3 and abs(line.x0 - left) < em / 2 and i not in labelled
        and clean(line.cells[1].text) in ROLE_WORDS and not looks_like_name(clean(line.cells[0].text))
        and not re.search(r"[:、,()]", line.cells[0].text)
    }
    if kind_rows and any(
        len(line.cells) >= 2 and line.x0 > max(lines[i].cells[0].x1 for i in kind_rows)
        and clean(line.cells[0].text) in ROLE_WORDS
        for line in lines
    ):
        labelled |= kind_rows
    elif kind_rows and all(clean(lines[i].cells[0].text) in kinds for i in kind_rows):
        # 欠席委員 ⏎ 市議会議員 | 委員 | 宮代　健: one row, in a kind the list of who came was split by
        return kind_rows
    if len({clean(lines[i].cells[0].text) for i in labelled}) < 2:
        return set()
    label_end = max(lines[i].cells[0].x1 for i in labelled)
    if any(line.x0 < label_end for i, line in enumerate(lines) if i not in labelled):
        return set()  # the column holds more than the labels

    def opens_with_role(cells) -> bool:
        cells = _rejoin_role(list(cells))  # …|会|長|名前, but not …|理事 alone: the end of a wrapped title
        return len(cells) >= 2 and clean(cells[0].text.split(" ", 1)[0]) in ROLE_WORDS

    roles_beside = [
        i for i, line in enumerate(lines)
        if opens_with_role(line.cells[1:] if i in labelled else line.cells) and (i in labelled or line.x0 > label_end)
    ]
    return labelled if roles_beside else set()


def _opens_with_person(text: str) -> bool:
    """``大槻奈緒子（主査）、…``, ``…協会　事務局長　黒沢秀明``: a list's first person, not a note (五十音順, １３名)."""
    first = _split_items(text)[0] if text else ""
    item = _ITEM.match(first)
    name = item.group("name").strip() if item else first
    if looks_like_name(name) or bool(name.rpartition(" ")[0] and looks_like_name(name.rpartition(" ")[2])):
        return True
    # （委員）湯浅主査、…: a family name run into the part played
    if starts_as_person(name) and _is_plain_post(split_family_post(compact(name))[1]):
        return True
    # （委員）大木委員長、青柳委員、…: family names a dictionary does not know as names, each run
    # into the part its holder plays; a run of two or more of them is a list of people
    items = [compact(_ITEM.match(item).group("name")) if _ITEM.match(item) else compact(item) for item in _split_items(text)[:2]]
    return len(items) == 2 and all(_family_and_role(item) for item in items)


def _family_and_role(text: str) -> bool:
    """``大木委員長``: a short family name run into a meeting role (not ``副委員長`` alone)."""
    match = _FAMILY_ROLE.match(text) if text not in ROLE_WORDS else None
    return bool(match) and not is_organization(match.group("family")) and match.group("family") not in ROLE_WORDS


def _pieces(groups: list[tuple[str, list[Line]]]) -> list[tuple[str, list[Line]]]:
    """A labelled run after a table of columns (``資源エネルギー庁：井上部長、…`` under the last
    row) is a list of its own, not the rest of that row's title."""
    out = []
    for group, block in groups:
        start = 0
        for index in range(1, len(block)):
            line, above = block[index], block[index - 1]
            below_table = len(above.cells) > 1 or line.x0 < above.x0 - line.size / 2
            match = _LABEL.match(line.text) if len(line.cells) == 1 and below_table else None
            # at the list's left edge: one indented under a label is an entry of its run
            at_labels = line.x0 < min(l.x0 for l in block[start:index]) + line.size
            run_label = match and (_is_run_label(match.group("label")) or _municipal_run(match))
            if run_label and line.x0 < above.cells[-1].x0 and at_labels:
                out.append((group, block[start:index]))
                start = index
        out.append((group, block[start:]))
    return out


def _municipal_run(match: re.Match) -> bool:
    """``汐風市：宮坂総務部長、篠原国際交流課長``: a municipality's name heading a run of its
    officials, each a family name run into the post, is an organisation's labelled run."""
    label = clean(match.group("label"))
    first = _split_items(match.group("rest"))[:1]
    return bool(re.fullmatch(r"[^ ]{1,6}[都道府県市区町村]", label)) and bool(first) and bool(split_family_post(first[0])[1])


# --- labelled runs --------------------------------------------------------------


def _labelled_runs(lines: list[Line], label: str | None = None, section_right: float = 0.0) -> list[tuple[str, _Row]]:
    """``委員：a、b、c`` runs. A line ends its last item unless the item is unfinished
    (an open bracket, an organization still waiting for its colon). Without a printed
    label the run is the whole block, under the given one."""
    runs: list[list] = [[label, "", lines[0].page, False, []]] if label is not None else []  # label, text, page, printed, lines
    label_x = lines[0].x0
    # A run of a line or two is measured against the whole list's full lines.
    right = list_right_edge(lines, section_right)
    above = None
    for line in lines:
        # Lines indented past the labels continue the run above, whatever colons they hold.
        # …, or on the same row as the run before it (委員長：杉浦　康弘　　副委員長：小野寺　美和).
        beside = above is not None and line.top == above.top and line.page == above.page
        match = _LABEL.match(line.text) if (line.x0 <= label_x + line.size / 2 or beside) and label is None else None
        text = line.text
        if runs:
            last = _split_items(runs[-1][1])[-1:] or [""]
            # A line reaching the right edge may wrap mid-word (…モビリティサー ⏎ ビス推進課長), but not
            # into a role or an organization with its colon at the labels' column.
            wrapped = (
                wraps(above, right)
                and not (match and _is_run_label(match.group("label")))
                # 内閣府…付：宮地参事官 ⏎ 国土交通省…室：本郷室長: one 組織：姓＋職名 entry a line
                and not (":" in last[0] and ":" in _split_items(text)[0] if text else False)
                # …、鳥海学校教育課長 ⏎ 笠井生涯学習課長（代理）: a whole 姓＋職名 entry each side of the break
                and not (text and _family_post_entry(last[0]) and _family_post_entry(_strip_proxy(_split_items(text)[0])[0]))
            )
            # …、中央図書館副館長 ⏎ 森田浩、…: a post at the line's end, its holder's name below
            first_item = _strip_proxy(_split_items(text)[0])[0] if text else ""  # 高畑　修（代理）
            post_end = bool(last[0]) and is_post(clean(last[0])) and looks_like_name(first_item)
            # …、林受入環境整備推進室 ⏎ 長、…, …生涯学習課長兼中央公民館 ⏎ 長　黛康之: the line
            # broke inside a post, a letter or two from its end
            head = (_split_items(text)[0] if text else "").split(" ")[0]
            tail, joined_post = clean(last[0]), clean(last[0] + head)
            post_cut = (
                bool(last[0])
                and len(head) <= 2
                and is_organization(split_family_post(tail)[1] or tail)
                and (_is_plain_post(joined_post) or _is_plain_post(split_family_post(joined_post)[1]))
            )
            # …、農林水産省消費・安全局 ⏎ 動物衛生課長　坂東　修平: a body with no one after it, its
            # post and holder on the next line
            body_cut = (
                bool(last[0])
                and " " not in last[0].strip()
                and is_organization(clean(last[0]))
                and bool(first_item.partition(" ")[2])
                and _is_plain_post(first_item.partition(" ")[0])
                and looks_like_name(first_item.partition(" ")[2])
            )
            name_cut = _name_cut(_split_items(runs[-1][1]), text)
            post_end = post_end or name_cut
            unfinished = not _ENDS_OPEN.search(runs[-1][1]) and not _ENDS_WITH_PROXY.search(last[0]) and (
                name_cut or
                body_cut or
                _staff_entry_cut(_split_items(runs[-1][1]), text) or
                _unbalanced(last[0])
                or last[0].endswith("・")  # 里見障害児・ ⏎ 発達障害者支援室長
                or _unfinished(last[0], _split_items(runs[-1][1]))
                or wrapped
                or post_end
                or post_cut
            )
        if match and (not runs or not unfinished):
            runs.append([clean(match.group("label")), match.group("rest"), line.page, True, []])
        elif runs:
            # A bracket opening the line is the title of the name ending the line above (田村 ゆう子 ⏎ （…）).
            # …：大塚課長 ⏎ 【代理出席】: a proxy mark alone on its line closes the item above
            proxy_below = bool(runs[-1][1]) and bool(PROXY.fullmatch(text.strip()))
            joined = unfinished or _ENDS_OPEN.search(runs[-1][1]) or not runs[-1][1] or text.startswith("(") or proxy_below
            separator = "" if joined else "、"
            runs[-1][1] = f"{runs[-1][1]} {text}" if post_end else join_lines([runs[-1][1] + separator, text])
        if runs:
            runs[-1][4].append(line)
        above = line
    rows = []
    for label, text, page, printed, run_lines in runs:
        role = label if printed and _is_meeting_role(label) and label != "事務局" else ""
        scope = ""  # 総務部：関口人事課長、水谷財政課長: the body before a colon holds for the entries after it
        carried = ""  # 会長　水野　早紀子、…、委員　秋葉　洋平、荒井　美穂: a role printed in the run holds until the next
        for item in _split_items(text):
            core = _strip_proxy(item)[0]  # not the colon of (代理：木島課長補佐)
            plain = _AND_OTHERS.sub("", core)  # 平塚主幹ほか
            spaced = _body_then_person(plain) if ":" not in core else None
            if spaced and (spaced[2] in ROLE_WORDS or looks_like_name(f"{spaced[0]} {spaced[1]}")):
                spaced = None  # 阿部　裕司委員: a name and the meeting role, not a body
            if ":" in core:
                scope = core.rsplit(":", 1)[0]
            elif spaced:
                scope = spaced[0]  # 環境政策課　永瀬課長、平塚主幹: the body, printed once, holds for both
            elif scope and not looks_like_name(plain) and _is_plain_post(split_family_post(plain)[1]):
                item = f"{scope}:{item}"
            row = _run_item(item, role, page, staff=bool(label) and _names_a_body(label))
            if row and _led_by_role(_strip_proxy(_unseated(plain))[0]):
                carried = row.role
            elif row and carried and row.role == role:
                row.role = carried
            if row:
                for line in run_lines:  # the run's lines: items share them, so each gets them all
                    row.read(line, line.x0, line.x1, "item")
                rows.append((label, row))
    return rows


def _name_cut(items: list[str], text: str) -> bool:
    """…、葉山 ⏎ ゆかり（ＮＰＯ法人…）: in a run of 氏名（所属） items, a surname ending the line with no
    bracket, and a given name opening the next with its bracket, are one name broken by the wrap."""
    given = re.match(r"^([^ ()、]{1,3})\(", text or "")
    return (
        len(items) >= 2
        and given is not None
        and 0 < len(items[-1]) <= 3
        and not re.search(r"[ ()]", items[-1])
        and all(item.endswith(")") for item in items[:-1])
        and looks_like_name(f"{items[-1]} {given.group(1)}")
    )


def _staff_entry_cut(items: list[str], text: str) -> bool:
    """…、堀江地籍整備課長、川端地 ⏎ 籍整備課企画専門官ほか: in a run of 姓＋職名 entries, a last item that
    is no entry, which with the next line's first item makes one, was cut by the wrap."""
    head = _AND_OTHERS.sub("", _split_items(text)[0]) if text else ""
    return (
        len(items) >= 3
        and all(_family_post_entry(item) for item in items[:-1])
        and not _family_post_entry(items[-1])
        and bool(head)
        and _family_post_entry(items[-1] + head)
    )


def _family_post_entry(item: str) -> bool:
    """A whole 姓＋職名 entry (鳥海学校教育課長): a family name, then a post that stands alone."""
    family, post = split_family_post(clean(item))
    return bool(family) and 1 <= len(family) <= 3 and len(post) >= 3 and _is_plain_post(post)


def _is_plain_post(text: str) -> bool:
    """A post (推進室長), not a body's name (推進室)."""
    return bool(text) and is_post(text) and not is_organization(text)


def _role_column_runs(block: list[Line]) -> bool:
    """Role | comma run rows, the runs wrapping onto lines with no role."""
    labelled = [line for line in block if len(line.cells) == 2 and clean(line.cells[0].text) in ROLE_WORDS]
    return bool(labelled) and any("、" in line.cells[1].text for line in labelled) and all(
        line in labelled or len(line.cells) == 1 for line in block
    )


def _as_labelled(line: Line) -> Line:
    """委員 | 荒巻 健吾、… as the labelled run 委員：荒巻 健吾、… it means."""
    if len(line.cells) == 1:  # 分科会長代理 大河内 隆: the role and the name with no gap between
        first, _, rest = line.text.partition(" ")
        if clean(first) not in ROLE_WORDS or not rest:
            return line
        text = f"{clean(first)}:{rest}"
        return replace(line, cells=(Cell(text, line.x0, line.x1, text),))
    if len(line.cells) != 2:
        return line
    role, rest = line.cells
    text = f"{clean(role.text)}:{rest.text}"
    return replace(line, cells=(Cell(text, role.x0, rest.x1, text),))


def _org_run_labelled(line: Line) -> Line:
    """農林水産省 光岡経営局長、杉山大臣官房審議官、…: a body in the label column, one space before
    a run of its staff as 姓＋職名 entries, read as the run 農林水産省：光岡経営局長、… it means."""
    if len(line.cells) != 1 or ":" in line.text:
        return line
    body, space, rest = line.text.partition(" ")
    items = [_AND_OTHERS.sub("", item) for item in _split_items(rest)]
    if not space or not is_organization(clean(body)) or len(items) < 2 or not all(map(_family_post_entry, items)):
        return line
    text = f"{clean(body)}:{rest}"
    return replace(line, cells=(Cell(text, line.x0, line.x1, text),))


def _one_staff_entry(block: list[Line], group: str) -> bool:
    """One line, one cell, holding one 姓＋職名 entry under a group that names a body (事務局, 企業局)."""
    if len(block) != 1 or len(block[0].cells) != 1 or "、" in block[0].text or " " in block[0].text.strip():
        return False
    return _names_a_body(group) and _family_post_entry(_strip_proxy(block[0].text)[0])


def _org_entry(text: str) -> bool:
    match = re.fullmatch(r"(?P<org>[^:、]{2,40}) ?: ?(?P<person>[^:、]{2,24})", text)
    if not match or looks_like_name(match.group("org")) or looks_like_name(match.group("person")):
        return False
    return bool(split_family_post(_strip_proxy(match.group("person"))[0])[1])


def _org_row_items(text: str) -> list[str]:
    """``鶴ヶ瀬市…協議会：水野会長、石田副会長``: one 組織：姓＋職名 row naming two of the body's
    people, as an entry each with the body before it."""
    org, colon, people = text.partition(":")
    items = _split_items(people) if colon else []
    return [f"{org}:{item}" for item in items] if len(items) > 1 else [text]


def _org_row(text: str) -> bool:
    """A 組織：姓＋職名 row, of one person or of several of the same body."""
    return all(_org_entry(item) for item in _org_row_items(text))


def _absent_members(table: str, in_list: bool) -> bool:
    """An absentee list of its own (４　欠席者 ⏎ 市消費者協会：野中会長): it names members who did
    not come, so each row's body is part of the member's title, not a group of staff."""
    return table == "absentees" and not in_list


def _org_rows_role(group: str) -> str:
    """【オブザーバー】 ⏎ 組織：姓＋職名 rows: the label is the part its people play; a 事務局
    label names the secretariat, not a part, so its rows have an empty role (as 事務局： does)."""
    return group if group in ROLE_WORDS and role_class(group) != "secretariat" else ""


def _org_rows(block: list[Line], group: str) -> bool:
    """組織：姓＋職名 rows, one a line. Under a label of members (委員, not 事務局), one of them may
    name two people of its body; a body alone heading a run of its staff (資源エネルギー庁：井上部長、
    小池課長) and the divisions listed under 事務局 (子ども家庭課：尾形課長、滝沢課長補佐) are labels instead."""
    if all(_org_entry(line.text) for line in block):
        return True
    members = group != "事務局" and _is_role_label(group) and not _names_a_body(group)
    return members and all(_org_row(line.text) for line in block) and any(_org_entry(line.text) for line in block)


def _names_run(block: list[Line]) -> bool:
    """森　　孝行、山下　　恵: names padded to a width, run with commas, cut into cells at the padding."""
    items = _split_items(" ".join(line.text for line in block))
    if len(_split_items(block[0].text)) >= 3:
        return True  # 原田　慎吾委員長、…、今井　　浩委員: a run, cut into cells where a name was padded
    # 3番　宇野　　清、11番　坂東　　実: seat numbers before the names
    return len(items) >= 2 and all(
        looks_like_name(_unseated(_AND_OTHERS.sub("", item))) or _post_then_name(item) for item in items
    )


def _post_then_name(item: str) -> bool:
    """``事務局長 大河原 聡``: a post, a space, and its holder's name."""
    post, _, name = item.partition(" ")
    return bool(name) and is_post(post) and not is_organization(post) and looks_like_name(name)


def _unseated(item: str) -> str:
    """The name of ``3番 宇野 清``, without the seat number before it."""
    seat = _SEAT_NAME.match(item)
    return seat.group("name").strip() if seat else item


def _post_in_body(cells: list[_Cell]) -> list[_Cell]:
    """水瀬県養鶏協会 | 会長 | 桂木 修平 (no header row): a head's word printed after a body and
    before the name is the post the person holds in that body, part of the title, not a role in
    the meeting."""
    if (
        len(cells) == 3
        and [c.kind for c in cells] == [TITLE, ROLE, NAME]
        and not cells[1].own_role
        and not cells[2].title
        and is_organization(cells[0].text)
    ):
        return [cells[0], replace(cells[1], kind=TITLE), cells[2]]
    return cells


def _names_a_body(label: str) -> bool:
    """交通局, 林野庁, 内閣官房: the label is an organization, so its run lists its staff."""
    return is_organization(label) or split_title(label)[:2] == (label, "")


def _is_role_label(label: str) -> bool:
    """委員, 部会長, and the kinds of member a council names (公益代表委員, 学識経験者委員)."""
    if label.endswith("職務代理者") and label[: -len("職務代理者")] in ROLE_WORDS:
        return True  # 委員長職務代理者: who stands in for a role is one too
    return label in ROLE_WORDS or label.endswith(_ROLE_ENDS) and not is_organization(label)


def _is_meeting_role(label: str) -> bool:
    """A role label, or the head of the body and its deputies under another name (主任：, 主任代理：)."""
    heads = ("chair", "acting_chair", "deputy_chair", "vice_chair")
    return _is_role_label(label) or (role_class(label) in heads and not is_organization(label))


def _is_run_label(label: str) -> bool:
    label = clean(label)
    return _is_role_label(label) or is_organization(label)


_ROLE_ENDS = ("委員", "構成員", "会長", "座長", "幹事")
_ROLES = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
_NAME_ROLE = re.compile(rf"^(?P<name>.+? .+?)(?P<role>{_ROLES})$")
_FAMILY_ROLE = re.compile(
    r"^(?P<family>[\u4e00-\u9fff々ヶ]{1,4}?)(?P<role>" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + r")$"
)


def _run_item(item: str, role: str, page: int, staff: bool = False) -> _Row | None:
    """One person of a labelled run; ``staff`` when the label is an organization, whose people
    are listed as a family name run into the post (林野庁：井出森林整備部長)."""
    text, proxy = _strip_proxy(_unseated(_AND_OTHERS.sub("", item)))
    text = re.sub(r" ?\([^()]{1,12}のため\)$", "", text)  # 江頭 誠（病気療養のため）: why, not who
    honoured = re.match(r"^(?P<name>.+?) ?(?:議員|君)$", text)
    if honoured and looks_like_name(honoured.group("name")):
        text = honoured.group("name")  # 長谷部　恵議員: the name, and the honorific an assembly adds
    text = re.sub(r" ?\((?:(?:以上|計) ?)?[0-9一二三四五六七八九十]+ ?[名人]\)$", "", text)  # 真鍋恵理(以上九名), (計14名), (8名)
    text = re.sub(rf"(?<=[^ ])各(?:{_ROLES})$", "", text)  # 三枝各委員: the label of the whole run, after its last name
    own = re.match(rf"^(?P<rest>.+?) ?\((?P<role>{_NOTED_ROLES})\)$", text)
    if own:  # 石動自然環境局長（議長）: the part played in the meeting, after the entry
        row = _run_item(own.group("rest"), own.group("role"), page, staff)
        if row:
            row.role, row.proxy = own.group("role"), row.proxy or proxy
        return row
    led = _led_by_role(text)
    if led:  # 会長　水野　早紀子（…）: the part played, printed before the name
        row = _run_item(led[1], led[0], page, staff)
        if row:
            row.role, row.proxy = led[0], row.proxy or proxy
        return row
    if ":" in text:  # 組織：姓＋職名
        organization, person = text.rsplit(":", 1)
        name, post = _staff_split(person)
        return _Row(role, name, [clean(organization) + clean(post)] if post else [clean(organization)], proxy, page)
    spaced = _body_then_person(text)
    if spaced and spaced[2] not in ROLE_WORDS:  # 中小企業庁事業環境部　岩城知的財産支援室長: 組織　姓＋職名
        body, family, post = spaced
        return _Row(role, family, [clean(body) + post], proxy, page)
    family_role = _FAMILY_ROLE.match(compact(text)) if compact(text) not in ROLE_WORDS else None
    if family_role and not is_organization(family_role.group("family")):  # 青柳座長, 高見構成員: a family name and the meeting role
        return _Row(family_role.group("role"), family_role.group("family"), [], proxy, page)
    if _division_only(text):
        return None  # 事務局：楠木市都市整備部交通政策課: a division, nobody in it named
    if staff and not looks_like_name(text):
        name, post = _staff_split(text)
        if post:
            return _Row(role, name, [post], proxy, page)
    if not looks_like_name(text):
        post_first = _post_then_name(text)
        if post_first:  # 市民生活部長 内山 隆
            return _Row(role, post_first[1], [post_first[0]], proxy, page)
        name, post = split_name_title(text, expect_person=True)
        family, family_post = split_family_post(text)
        rest = name[len(family) :]  # 戸倉内閣 | 官房副長官補: the body's name cut by the split
        ran_on = (
            len(family) < len(name) and name.startswith(family) and post not in ROLE_WORDS
            and not starts_as_person(rest) and not re.match(r"[\u3040-\u309f]", rest)
        )
        if post and family_post and (not looks_like_name(name) or ran_on):
            name, post = family, family_post  # 安西警察庁次長, 戸倉内閣官房副長官補: the family name, then the body's post
        if post in ROLE_WORDS:  # 青柳座長, 岡野構成員: a family name and the meeting role
            return _Row(post, name, [], proxy, page)
        if post:  # 伊藤長官, 宮腰内閣府特命担当大臣(消費者及び食品安全)
            return _Row(role, name, [post], proxy, page)
    if is_organization(text):
        return None  # 事務局：…食品流通課: a division, nobody in it named
    match = _ITEM.match(text)
    if not match:
        return None
    title = match.group("title")
    if title and _MODE.match(title):
        title = None
    if title and re.fullmatch(_NOTED_ROLES, clean(title)):  # 桜庭健吾（委員長）
        return _Row(clean(title), match.group("name").strip(), [], proxy, page)
    return _Row(role, match.group("name").strip(), [title] if title else [], proxy, page)


def _division_only(text: str) -> bool:
    """楠木市都市整備部交通政策課: a body whose name ends in a division, not a post, so no family name
    opens it (楠木 | 市都市整備部… is a place, not a person)."""
    plain = compact(text)
    return is_organization(plain) and not ends_with_post(plain) and re.search(r"[課係室部局所]$", plain) is not None


def _posts_only(block: list[Line]) -> bool:
    """A run of posts printed without their holders, none of them opening with a family name."""
    if not all(len(line.cells) == 1 for line in block):
        return False
    items = [item for item in _split_items(join_lines([line.text for line in block])) if item]
    return len(items) >= 2 and all(_post_alone(item) for item in items)


def _post_alone(text: str) -> bool:
    """経営局長, 大臣官房審議官（経営局担当）: a post whose head is a word of the body's name (経営, 大臣),
    not a family name (光岡経営局長, 高島審議官)."""
    if ":" in text or " " in text.strip() or not _is_plain_post(text):
        return False
    family, post = _staff_split(text)
    if not post or post in ROLE_WORDS or _FAMILY_ROLE.match(compact(text)):
        return False  # 高見構成員: a family name and the meeting role
    return not looks_like_name(family) and not starts_as_person(text)


def _led_by_role(text: str) -> tuple[str, str] | None:
    """``(role, rest)`` from an item that prints the part played, a space, then the name
    (``会長 水野 早紀子(…)``, ``委員 三好 崇``); None unless what follows the role is a name."""
    led = re.match(rf"^(?P<role>{_ROLES}) (?P<rest>[^ 、,:].*)$", text)
    item = _ITEM.match(led.group("rest")) if led else None
    if not item or not looks_like_name(item.group("name").strip()):
        return None
    return led.group("role"), led.group("rest")


def _body_then_person(text: str) -> tuple[str, str, str] | None:
    """``(body, family, post)`` from ``組織　姓＋職名`` with a space where the convention has a colon."""
    body, space, person = text.rpartition(" ")
    if not space or not is_organization(body) or looks_like_name(body) or looks_like_name(person):
        return None
    family, post = split_family_post(person)
    return (body, family, post) if family and _is_plain_post(post) else None


def _staff_split(text: str) -> tuple[str, str]:
    name, post = split_family_post(text)
    return (name, post) if post else split_name_title(text, expect_person=True)


def _unbalanced(text: str) -> bool:
    return text.count("(") > text.count(")")


def _unfinished(item: str, items: list[str]) -> bool:
    """An ``組織：姓＋職名`` item whose organization wrapped before its colon."""
    return (
        ":" not in item
        and any(":" in other for other in items[:-1] or items)
        and not looks_like_name(item)
        and not _is_plain_post(split_family_post(item)[1])  # 総務部：関口人事課長、水谷財政課長: a person, done
    )


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


# --- entries ---------------------------------------------------------------------


# 説明のため出席した者, 出席説明員: officials there to explain, whose words before a name are
# their posts (農業委員会 ⏎ 会長｜竹内　昭雄), not parts played in the meeting
_EXPLAINERS = re.compile(r"説明(?:のため|員|者)")


def _entries(lines: list[Line], list_header: Line | None = None, posts: bool = False) -> list[_Row]:
    header = next((line for line in lines if _header_fields(line)), None) or list_header
    # A table that runs over a page prints its header row again: no row of people either.
    # Notes above the header row (出席9名　欠席1名, 凡例 ○印は出席を示す) are nobody.
    after = lines[lines.index(header) :] if header in lines else lines
    body = [line for line in after if line is not header and not (header and _header_fields(line))]
    typed = [_classify(line) for line in body]
    title_columns: list[float] = []
    org_columns: list[float] = []
    if header:
        roles = _role_columns(typed, header)
        typed = _kinds_as_groups([_by_header(cells, header, roles) for cells in typed], header)
        title_columns = sorted(x for x, kind in _header_fields(header).items() if kind in ("title", "org"))
        org_columns = [x for x, kind in _header_fields(header).items() if kind == "org"]
    else:
        # 8番 | 木戸 | 悟: a padded name is one before it votes on what its column holds
        typed = _by_column([_merge_padded_names(cells) for cells in typed], body[0].size if body else 10.0)
    typed = [_names_between_names(_merge_padded_names(cells)) for cells in typed]
    typed = _roles_in_role_column(typed, body[0].size if body else 10.0)
    typed = _heads_over_carried_rows(typed, body[0].size if body else 10.0)
    typed = _posts_in_role_column(typed, body[0].size if body else 10.0)
    if not header:
        typed = [_name_after_post(cells) for cells in typed]
    typed = _roles_in_title_column(typed, body[0].size if body else 10.0)
    typed = _long_roles_above_names(typed, body[0].size if body else 10.0)
    if posts:
        typed = [[replace(c, kind=TITLE) if c.kind == ROLE and not c.own_role else c for c in cells] for cells in typed]
    typed = [_role_before_post(cells) for cells in typed]
    typed = [_role_before_head_post(cells) for cells in typed]
    if not header:
        typed = [_post_in_body(cells) for cells in typed]
    titles_first = _titles_first(typed)
    rows: list[_Row] = []
    role = ""
    group, group_at = "", -2  # a kind of member from the 区分 column, and the line it was read on
    waiting: _Row | None = None  # a title printed before its name (on this line or the one above)
    previous: list[_Row] = []  # the rows the line above produced
    for index, (line, cells) in enumerate(zip(body, typed)):
        produced: list[_Row] = []
        if not any(cell.kind == NAME for cell in cells):
            for cell in cells:
                unfinished = [r for r in previous if r.title_parts and r.title_x is not None
                              and abs(r.title_x - cell.x0) < line.size / 2 and not ends_with_post(r.title_parts[-1])]
                if cell.kind == ROLE and cell.own_role and (previous or rows):
                    _nearest(previous or rows[-1:], cell.x0).role = cell.text  # 浦田 美和 ⏎ （副会長）
                elif cell.kind == GROUP:
                    # 事業者・ ⏎ 職能団体: a label broken over the lines of its merged cell goes on
                    group = join_lines([group, cell.text]) if group_at == index - 1 else cell.text
                    for row in previous if group_at == index - 1 else []:
                        row.group = group
                    group_at = index
                elif cell.kind == ROLE and unfinished:
                    unfinished[0].title_parts.append(cell.text)  # 代表監査 | 西脇 弘 ⏎ 委員: the post goes on
                elif cell.kind == ROLE:
                    role = cell.text
                elif cell.kind == PROXY_MARK and rows:
                    rows[-1].proxy = True
                    rows[-1].read(line, cell.x0, cell.x1, "proxy")
                elif cell.kind == ABSENT_MARK and rows:
                    rows[-1].absent = True
                elif cell.kind == TITLE:
                    # 危機管理室防災対策課 ⏎ 防災企画担当課長 | 宇野 晴香: a post's first line, no post yet
                    open_above = any(r.title_parts and _unbalanced("".join(r.title_parts)) for r in previous)
                    opens_next = (
                        not ends_with_post(cell.text)
                        and not cell.text.startswith("(")
                        and not open_above
                        and _next_is_title_then_name(typed, index)
                    )
                    opens_next = opens_next or (not open_above and _next_goes_on_post(typed, index, cell, line.size))
                    if titles_first and not open_above and (_next_starts_with_name(typed, index) or opens_next):
                        waiting = _Row(role, title_parts=[cell.text], page=line.page, title_x=cell.x0)
                        waiting.read(line, cell.x0, cell.x1, "title")
                    elif rows:
                        target = _nearest(previous or rows[-1:], cell.x0)
                        xs = [box[2] for box in target.boxes if box[0] == "title"]
                        same = [i for i, x in enumerate(xs) if abs(x - cell.x0) < line.size / 2]
                        target.title_parts.append(cell.text)
                        target.read(line, cell.x0, cell.x1, "title")
                        if len(xs) == len(target.title_parts) - 1 and same and same[-1] + 1 < len(xs):
                            # 特定非営利活動法人｜理事長 ⏎ かもめ移送サービス: the wrapped body goes on
                            # in its own column, before the post right of it
                            at = same[-1] + 1
                            target.title_parts.insert(at, target.title_parts.pop())
                            titled = [i for i, box in enumerate(target.boxes) if box[0] == "title"]
                            target.boxes.insert(titled[at], target.boxes.pop())
            continue
        current = waiting
        waiting = None
        role_cell = None  # a role label on this line belongs to the row it starts
        for cell in cells:
            if cell.kind == GROUP:
                group, group_at = cell.text, index
            elif cell.kind == ROLE:
                role = cell.text
                role_cell = cell
                if current and current.name_raw:
                    produced.append(current)
                    current = None
            elif cell.kind == SEAT:
                role_cell = role_cell or cell
            elif cell.kind in (PROXY_MARK, ABSENT_MARK):
                target = current or (produced[-1] if produced else rows[-1] if rows else None)
                if target and cell.kind == ABSENT_MARK:
                    target.absent = True
                elif target:
                    target.proxy = True
                    target.read(line, cell.x0, cell.x1, "proxy")
            elif cell.kind == NAME:
                if current and current.name_raw:
                    produced.append(current)
                    current = None
                if current is None:
                    current = _Row(role, page=line.page)
                current.name_raw = cell.text
                current.read(line, cell.x0, cell.x1, "name")
                if role_cell is not None:
                    current.read(line, role_cell.x0, role_cell.x1, "role")
                    role_cell = None
                if cell.role:
                    current.role = cell.role
                    role = role if cell.own_role else cell.role
                if cell.title and current.title_parts and cell.printed.endswith(")"):
                    # 書記長 | 関口 伸夫（総務課長）: the post printed before the name, and the one it
                    # holds besides in brackets after it
                    current.title_parts[-1] += f"({cell.title})"
                elif cell.title and current.title_parts and titles_first:
                    # 村長 | 長谷部 | 晃副村長 | 沖田清美: the next pair's post, run into this name
                    produced.append(current)
                    current = _Row(role, title_parts=[cell.title], page=line.page, title_x=cell.x0)
                elif cell.title:
                    current.title_parts.append(cell.title)
                    current.title_x = cell.x0
            elif cell.kind == TITLE:
                if titles_first and (current is None or current.name_raw):
                    if current:
                        produced.append(current)
                    current = _Row(role, title_parts=[cell.text], page=line.page, title_x=cell.x0)
                    current.read(line, cell.x0, cell.x1, "title")
                elif current is not None:
                    current.title_parts.append(cell.text)
                    current.title_x = current.title_x if current.title_x is not None else cell.x0
                    current.read(line, cell.x0, cell.x1, "title")
                elif produced or rows:
                    (produced or rows)[-1].title_parts.append(cell.text)
                    (produced or rows)[-1].read(line, cell.x0, cell.x1, "title")
        if current and current.name_raw:
            produced.append(current)
        elif current:
            waiting = current
        for row in produced:
            row.group = row.group or group
        rows += produced
        previous = produced
    if not header:
        org_columns, title_columns = _unheaded_org_column(rows, body[0].size if body else 10.0)
    if org_columns:
        _carry_organizations(rows, org_columns[0], title_columns, body[0].size if body else 10.0)
    if len(title_columns) > 1:
        for row in rows:
            row.title_parts = _in_column_order(row, title_columns)
    return rows


def _unheaded_org_column(rows: list[_Row], em: float) -> tuple[list[float], list[float]]:
    """内閣官房 | 内閣審議官 | 真島 孝之 ⏎ 　　　　| 内閣参事官 | 浜岡 千尋: with no header row, a first
    column of bodies over a column of posts, printed on the first row of each body's block."""
    boxes = [[b for b in row.boxes if b[0] == "title"] for row in rows]
    if any(len(b) != len(row.title_parts) for b, row in zip(boxes, rows)) or not any(boxes):
        return [], []
    left = min(b[0][2] for b in boxes if b)
    first = [(row.title_parts[0], b) for row, b in zip(rows, boxes) if b and abs(b[0][2] - left) < em / 2]
    two = [b for b in boxes if len(b) >= 2 and abs(b[0][2] - left) < em / 2]
    bare = [b for b in boxes if b and b[0][2] > left + em]
    if len(two) < 2 or not bare or not all(_names_a_body(clean(part)) for part, _ in first):
        return [], []
    if any(len(b) >= 2 and abs(b[0][2] - left) >= em / 2 for b in boxes):
        return [], []  # two parts not starting in the bodies' column: not this layout
    post_x = min(b[1][2] for b in two)
    if not all(abs(b[0][2] - post_x) < em / 2 for b in bare):
        return [], []
    return [left], [left, post_x]


def _kinds_as_groups(typed: list[list[_Cell]], header: Line) -> list[list[_Cell]]:
    """区分 | 所属 | … whose 区分 cells are kinds of member (学識経験者, 地域の関係者), none of them a
    role (会長, 委員): the kinds group the rows under them, as sub-group labels would."""
    columns = [x for x, field in _header_fields(header).items() if field == "role"]
    labels = [c for cells in typed for c in cells if c.kind == ROLE and not c.own_role and columns and abs(c.x0 - columns[0]) <= 10]
    if not labels or any(_is_role_label(c.text) or role_class(c.text) in ("chair", "vice_chair", "acting_chair", "deputy_chair", "member") for c in labels):
        return typed
    return [[replace(c, kind=GROUP) if c in labels else c for c in cells] for cells in typed]


def _carry_organizations(rows: list[_Row], org_x: float, title_columns: list[float], em: float) -> None:
    """機関名 | 職名 | 氏名 with the body printed on its first row only: the rows under it are its people."""
    following = [x for x in title_columns if x > org_x]
    org_end = min(following) if following else org_x + 10 * em
    last = None
    for row in rows:
        parts = [(box[2], part) for box, part in zip([b for b in row.boxes if b[0] == "title"], row.title_parts)]
        own = [part for x, part in parts if org_x - em <= x < org_end - em / 2]
        if own:
            last = own[0]
        elif last is not None and len([b for b in row.boxes if b[0] == "title"]) == len(row.title_parts):
            row.title_parts.insert(0, last)
            row.boxes.insert(0, ("title", row.page, org_x, 0.0, org_x, 0.0))


def _in_column_order(row: _Row, columns: list[float]) -> list[str]:
    """所属 | 職名 columns, the first wrapping onto a second line: the title reads column by column."""
    xs = [box[2] for box in row.boxes if box[0] == "title"]
    if len(xs) != len(row.title_parts):
        return row.title_parts
    column = [max((i for i, x in enumerate(columns) if x <= at + 10), default=0) for at in xs]
    order = sorted(range(len(xs)), key=lambda i: column[i])
    return [row.title_parts[i] for i in order]


def _roles_in_role_column(typed: list[list[_Cell]], em: float) -> list[list[_Cell]]:
    """In a list of role | name rows (委員 岩崎光男), a word in the role column that is not one of
    the usual roles is a role too (教育長 山田哲也), not a post: no row has a post beside its name.
    A row may hold two such pairs (教育長 | 小川 修平 | 職務代理者 | 藤田 康子)."""
    paired = [cells for cells in typed if _role_name_pairs(cells)]
    pairs = [pair for cells in paired for pair in _role_name_pairs(cells)]
    # 代表監査委員　柏木　正人: a role and a name with no gap between, read as one cell
    joined = [cells for cells in typed if len(cells) == 1 and cells[0].kind == NAME and cells[0].role and not cells[0].own_role]
    lines = len([cells for cells in typed if cells])

    def as_roles(cells: list[_Cell], which) -> list[_Cell]:
        if cells not in paired:
            return cells
        heads = 2 * len(_role_name_pairs(cells))
        return [replace(c, kind=ROLE) if i % 2 == 0 and i < heads and which(c) else c for i, c in enumerate(cells)]

    if pairs and len(paired) + len(joined) == lines and all(
        # 監査委員｜大河原　修（朔川市議会議員）: a post beside the name leaves the word before it a role
        (not c[1].title or c[1].printed.endswith(")")) and (c[0].kind == ROLE or _is_role_label(c[0].text)) for c in pairs
    ):
        # 代表監査委員 | 柳瀬 恭一 ⏎ 監査委員 | 杉原 佳代子: every word before a name a kind of
        # member, none a post: the parts played in the meeting
        return [as_roles(cells, lambda c: True) for cells in typed]
    roles = [pair[0].x0 for pair in pairs if pair[0].kind == ROLE]
    if roles and any(c[1].title for c in pairs):
        # 主査 | 大河内 仁（東都情報大学…教授）: the name carries its post, so the word before it in
        # the role column is the part played in the meeting
        return [
            [replace(cells[0], kind=ROLE), *cells[1:]]
            if len(cells) >= 2 and cells[0].kind == TITLE and cells[1].kind == NAME and cells[1].title
            and any(abs(cells[0].x0 - x) < em / 2 for x in roles)
            else cells
            for cells in typed
        ]
    if not roles or len(paired) != lines or any(c[1].title for c in pairs):
        return typed
    return [as_roles(cells, lambda c: any(abs(c.x0 - x) < em / 2 for x in roles)) for cells in typed]


_HEAD_CLASSES = ("chair", "acting_chair", "deputy_chair", "vice_chair")


def _posts_in_role_column(typed: list[list[_Cell]], em: float) -> list[list[_Cell]]:
    """委員 | 蓮見 ⏎ 書記長 | 大河原 | （事務局長） ⏎ 書記 | 土門 ⏎ 　　 | 茅野 | （主査）: in a role | name
    list whose labels carry down, a post printed where the roles are (書記長, 書記) is no part
    played in the meeting. It ends the carried role, is the row's title with the bracket after
    the name, and carries down, as the roles do, to rows printing a name alone."""
    role_xs = [cells[0].x0 for cells in typed if len(cells) >= 2 and cells[0].kind == ROLE and cells[1].kind == NAME]
    name_xs = [cells[1].x0 for cells in typed if len(cells) >= 2 and cells[0].kind == ROLE and cells[1].kind == NAME]

    def at(cell: _Cell, xs: list[float]) -> bool:
        return any(abs(cell.x0 - x) < em / 2 for x in xs)

    def notes(cells: list[_Cell]) -> bool:
        return all(c.kind == TITLE and c.text.startswith("(") for c in cells)

    if not role_xs or not any(cells and cells[0].kind == NAME and at(cells[0], name_xs) for cells in typed):
        return typed
    out: list[list[_Cell]] = []
    post = ""
    for cells in typed:
        if cells and cells[0].kind == ROLE:
            post = ""
        if (
            len(cells) >= 2 and cells[0].kind == TITLE and cells[1].kind == NAME and at(cells[0], role_xs)
            and not cells[1].title and notes(cells[2:])
        ):
            post = cells[0].text
            title = post + "".join(c.text for c in cells[2:])
            out.append([replace(cells[0], kind=ROLE, text=""), replace(cells[1], title=title)])
        elif post and cells and cells[0].kind == NAME and at(cells[0], name_xs) and not cells[0].title and notes(cells[1:]):
            out.append([replace(cells[0], title=post + "".join(c.text for c in cells[1:]))])
        else:
            out.append(cells)
    return out


def _heads_over_carried_rows(typed: list[list[_Cell]], em: float) -> list[list[_Cell]]:
    """教育長 | 砂川 ⏎ 委員 | 榊原 ⏎ 　　 | 羽田野: in a role | name list whose role label is carried
    down to rows printing a name alone, a head or its deputy in the role column (教育長,
    委員長職務代理者) is the part that row plays, not a post. Posts (書記長, 課長) stay posts."""
    role_xs = [cells[0].x0 for cells in typed if len(cells) >= 2 and cells[0].kind == ROLE and cells[1].kind == NAME]
    name_xs = [cells[1].x0 for cells in typed if len(cells) >= 2 and cells[0].kind == ROLE and cells[1].kind == NAME]
    carried = [cells for cells in typed if cells and cells[0].kind == NAME and any(abs(cells[0].x0 - x) < em / 2 for x in name_xs)]
    if not role_xs or not carried:
        return typed
    return [
        [replace(cells[0], kind=ROLE, text=clean(cells[0].text)), *cells[1:]]
        if len(cells) >= 2 and cells[0].kind == TITLE and cells[1].kind == NAME and not cells[1].title
        and any(abs(cells[0].x0 - x) < em / 2 for x in role_xs)
        and role_class(clean(cells[0].text)) in _HEAD_CLASSES
        else cells
        for cells in typed
    ]


_SPACED_NAME = re.compile(r"^[^ ()、,:0-9]{1,4} [^ ()、,:0-9]{1,4}$")


def _name_after_post(cells: list[_Cell]) -> list[_Cell]:
    """教育総務係長 | 日向 葵: a post, then a family and given name set apart by a space, is that
    post's holder, even where the name reads as common nouns; the list may be too short to vote."""
    if (
        len(cells) == 2
        and [c.kind for c in cells] == [TITLE, TITLE]
        and ends_with_post(cells[0].text)
        and _SPACED_NAME.match(cells[1].printed or "")
        and not ends_with_post(cells[1].text)
        and not is_post(cells[1].text)
        and not is_organization(cells[1].text)
    ):
        return [cells[0], replace(cells[1], kind=NAME, text=cells[1].printed)]
    return cells


def _long_roles_above_names(typed: list[list[_Cell]], em: float) -> list[list[_Cell]]:
    """委員長 | 柳瀬 正和 ⏎ 委員長職務代理者 ⏎ | 鮎川 多恵子: a role too long for its column, printed
    alone on its line in the column of the other rows' roles, with the name on the line below,
    is that name's role, not a post wrapped from the row above."""
    role_xs = [c.x0 for cells in typed for c in cells[:1] if c.kind == ROLE and len(cells) > 1]
    out = list(typed)
    for i, cells in enumerate(typed[:-1]):
        below = typed[i + 1]
        if (
            len(cells) == 1
            and cells[0].kind == TITLE
            and _is_role_label(cells[0].text)
            and any(abs(cells[0].x0 - x) < em / 2 for x in role_xs)
            and below
            and below[0].kind == NAME
            and below[0].x0 > cells[0].x1
        ):
            out[i] = [replace(cells[0], kind=ROLE)]
    return out


def _role_name_pairs(cells: list[_Cell]) -> list[list[_Cell]]:
    """``[[role or post, name], …]`` when the row is nothing else but, after its last name, what
    the person is besides, in brackets (監査委員 | 本田 勝彦 | （白樫市議会議員）)."""
    while cells and cells[-1].kind in (PROXY_MARK, ABSENT_MARK):
        cells = cells[:-1]  # 福永 紀子（補充員）※代理出席: a mark, not a cell of the pair
    if len(cells) % 2 and cells[-1].kind == TITLE and re.fullmatch(r"\([^()]+\)", cells[-1].printed):
        cells = cells[:-1]
    if not cells or len(cells) % 2 or len(cells) > 6:
        return []
    pairs = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    return pairs if all(a.kind in (ROLE, TITLE) and b.kind == NAME for a, b in pairs) else []


def _role_before_post(cells: list[_Cell]) -> list[_Cell]:
    """本部長 | 内閣総理大臣 | 高遠 誠一郎: a word naming a part in the meeting (a head, a member),
    printed before a post and a name, is the role the row plays, not the first half of its title."""
    if (
        len(cells) >= 3
        and [c.kind for c in cells[:3]] == [TITLE, TITLE, NAME]
        and not cells[2].title
        and role_class(cells[0].text) != "other"
        and role_class(cells[1].text) == "other"
        and not is_organization(cells[0].text)
        and is_post(cells[1].text)
    ):
        return [replace(cells[0], kind=ROLE, text=clean(cells[0].text)), *cells[1:]]
    return cells


def _role_before_head_post(cells: list[_Cell]) -> list[_Cell]:
    """本部長 | 市長 | 米倉 敏郎 ⏎ 本部員 | 教育長 | 甲斐 浩二: a part in the meeting printed before
    the head of an office (市長, 副市長, 教育長, 知事) and a name is the row's role; the head's word is
    its post, as any other post is (see _role_before_post)."""
    if (
        len(cells) >= 3
        and [c.kind for c in cells[:3]] == [TITLE, TITLE, NAME]
        and not cells[2].title
        and role_class(cells[0].text) != "other"
        and role_class(cells[1].text) in ("chair", "vice_chair")
        and clean(cells[1].text) not in ROLE_WORDS
        and clean(cells[0].text) != clean(cells[1].text)
        and not is_organization(cells[0].text)
        and is_post(cells[1].text)
    ):
        return [replace(cells[0], kind=ROLE, text=clean(cells[0].text)), *cells[1:]]
    return cells


def _roles_in_title_column(typed: list[list[_Cell]], em: float) -> list[list[_Cell]]:
    """委員 | 藍沢警察署 | 生活安全課長 | 武田 ⏎ | 藍沢市医師会 | 理事 | 中山: a role word (理事)
    standing under the posts, right of the column the roles are printed in, is a post."""
    # 委員 中野 美幸 | 星見台市PTA連合会 | 副会長: the role printed in the name's cell leads the row too
    leading = [cells[0].x0 for cells in typed if len(cells) > 2 and (cells[0].kind == ROLE or (cells[0].kind == NAME and cells[0].role))]
    titles = [c.x0 for cells in typed for c in cells[1:] if c.kind == TITLE]
    # 青柳台地区タクシー協会｜会長｜梶浦　源治: with no role column, a role word between a body
    # and a name, in the column of posts, is a post too
    bodies = [cells for cells in typed if len(cells) > 2 and cells[0].kind == TITLE and cells[1].kind == TITLE]
    if not titles or not (leading or len(bodies) >= 2):
        return typed

    def misplaced(cells: list[_Cell], i: int) -> bool:
        cell = cells[i]
        if i == 0 or cell.kind != ROLE or cell.own_role or not all(cell.x0 > x + em for x in leading):
            return False
        # 委員 中野 美幸 | 星見台市PTA連合会 | 副会長: after a body, in a row whose name has its role
        after_body = cells[i - 1].kind == TITLE and any(c.kind == NAME and c.role for c in cells[:i])
        before_name = i + 1 < len(cells) and cells[i + 1].kind == NAME
        return after_body or (before_name and any(abs(cell.x0 - x) < em / 2 for x in titles))

    return [
        [_Cell(TITLE, c.text, c.x0, c.x1, printed=c.printed) if misplaced(cells, i) else c for i, c in enumerate(cells)]
        for cells in typed
    ]


_DEPUTY_LINE = re.compile(r"^(?:※ ?代理(?:出席)?|代理 ?:) ?(?P<post>[^ ()、,:]+) (?P<name>.+)$")


def _deputy_below(line: Line) -> bool:
    """``※代理　副所長　寺門　　悠`` under the principal's row: the mark of that row, naming the
    deputy who came (as ``（代理　警備救難課長　福本　亮）``), not a person of the list."""
    deputy = _DEPUTY_LINE.match(line.text)
    return bool(deputy) and _is_plain_post(clean(deputy.group("post"))) and looks_like_name(deputy.group("name"))


def _classify(line: Line) -> list[_Cell]:
    if _deputy_below(line):
        return [_Cell(PROXY_MARK, "", line.x0, line.x1)]
    if _glued_across(line, [compact(cell.text) for cell in line.cells]) or _letter_cut_onto_post(line.cells):
        spread = _spread_pairs(line)  # 関 口 美 里産業建設課長: read as pairs before any cut at a gap
        if spread:
            return spread
    line = replace(line, cells=tuple(_spread_name_cut(_spread_post_start_cut(_spread_role_cut(_name_start_cut(line.cells))), line.size)))
    pairs = _alternating(line)
    if pairs:
        return pairs
    spread = _spread_pairs(line)
    if spread:
        return spread
    cells = []
    for cell in _cut_after_proxy(_rejoin_role(_at_seats(_short_brackets_joined(line.cells)))):
        text, proxy = _strip_proxy(_AND_OTHERS.sub("", cell.text))
        text = _MODE_NOTE.sub("", text)  # 友部 健太(…代表取締役)(Web参加): present, however
        if _FOOTNOTE.match(compact(text)):
            continue  # (以上九名) beside the last name: a count
        if re.fullmatch(r"(?:(?:\d+|[一二三四五六七八九十]+)番)?\(?欠員\)?", compact(text)):
            continue  # 四番　（欠　　員）: a seat nobody holds
        text = re.sub(r" ?\([^()]{1,12}のため\)$", "", text)  # 江頭 誠（病気療養のため）: why, not who
        text = re.sub(r"(?<=[^ (]) ?\((?:(?:以上|計) ?)?[0-9一二三四五六七八九十]+ ?[名人]\)$", "", text)  # 矢作隆（１名）: a count
        absent = bool(_ABSENT_NOTE.search(text))  # 植村 奈緒（欠席）in the list of members: an absentee
        text = _ABSENT_NOTE.sub("", text)
        if re.match(r"※ ?[\u4e00-\u9fff]", text):
            text = text[1:].strip()  # ※宇佐美 里香: a mark a note below the list explains
        names = _names_in_cell(_AND_OTHERS.sub("", cell.text), cell.x0, cell.x1)
        if names:
            cells += names  # 委員 | 朝比奈 透、井筒 さやか、…: a role label over a run of names
            continue
        honoured = re.match(r"^(?P<name>.+?) (?:議員|君)$", text)
        if honoured and looks_like_name(honoured.group("name")):
            text = honoured.group("name")  # 坂巻　　弘　議員: the honorific set apart in the name's slot
        if text:
            typed = _split_cell(text, cell.x0, cell.x1)
            if cells and cells[-1].kind == NAME and len(typed) == 1 and typed[0].kind == NAME and typed[0].title:
                # A name, then a "name + post" whose name is only a family name: 北川 大学経済学部教授
                # after 佐々木 健一 is the first one's title, not a second person.
                family_only = not starts_as_person(typed[0].text) or len(compact(typed[0].text)) <= 2
                named = len(display_name(cells[-1].text)) >= 3 and not cells[-1].title  # 石原 敏明 | 朱鷺野美術大学…
                if family_only or named:
                    typed = [_Cell(TITLE, clean(text), cell.x0, cell.x1, printed=text)]
            cells += typed
        if proxy:
            cells.append(_Cell(PROXY_MARK, "", cell.x1, cell.x1))
        if absent:
            cells.append(_Cell(ABSENT_MARK, "", cell.x1, cell.x1))
    return _one_name_a_row(cells)


# 菊池　良平（代理）　選挙管理委員会: a name, its proxy mark, then what the next column holds
_PROXY_THEN_MORE = re.compile(r"^(?P<first>[^()]+\((?:代理|代理出席)\)) (?P<next>[^ ()].*)$")


def _cut_after_proxy(cells):
    """A name's proxy mark closes its cell: text set close after the mark (the next pair's post)
    is a cell of its own, so that the mark stays with the name it follows."""
    out = []
    for cell in cells:
        cut = _PROXY_THEN_MORE.match(cell.text)
        if cut and looks_like_name(_strip_proxy(cut.group("first"))[0]) and not looks_like_name(cut.group("next")):
            middle = cell.x0 + (cell.x1 - cell.x0) * cut.start("next") / len(cell.text)
            first, rest = cut.group("first"), cut.group("next")
            out += [type(cell)(first, cell.x0, middle, first), type(cell)(rest, middle, cell.x1, rest)]
        else:
            out.append(cell)
    return out


def _one_name_a_row(cells: list[_Cell]) -> list[_Cell]:
    """藍沢市国際交流協会 | 理事長 | 浜野 道子: a name alone at the row's end, with a post before it,
    makes what reads as "name + post" at its start the body the person is from."""
    names = [i for i, c in enumerate(cells) if c.kind == NAME]
    if len(names) < 2 or cells[names[-1]].title or cells[names[-1]].role:
        return cells
    if not any(c.kind == TITLE for c in cells[names[-2] + 1 : names[-1]]):
        return cells
    out = list(cells)
    for i in names[:-1]:
        if out[i].title and not out[i].own_role:
            out[i] = _Cell(TITLE, clean(out[i].printed), out[i].x0, out[i].x1, printed=out[i].printed)
    return out


def _names_in_cell(text: str, x0: float, x1: float) -> list[_Cell]:
    """The names of a comma run printed in one cell, each followed by its proxy mark."""
    labelled = re.match(rf"^(?P<role>{_ROLES}) (?P<rest>.+)$", text)
    if labelled:  # 委員 有馬健吾、井原真理、…: the role label and its run in one cell
        start = x0 + (x1 - x0) * labelled.start("rest") / max(len(text), 1)
        names = _names_in_cell(labelled.group("rest"), start, x1)
        return [_Cell(ROLE, labelled.group("role"), x0, start, printed=labelled.group("role")), *names] if names else []
    items = [_without_ditto(_MODE_NOTE.sub("", item)) for item in _split_items(text)]  # 杉山 誠一（オンライン）
    if len(items) < 2 or not all(looks_like_name(_strip_proxy(item)[0]) for item in items):
        return []
    out, width = [], (x1 - x0) / max(len(items), 1)
    for i, item in enumerate(items):
        name, proxy = _strip_proxy(item)
        out.append(_Cell(NAME, name, x0 + i * width, x0 + (i + 1) * width, printed=name))
        if proxy:
            out.append(_Cell(PROXY_MARK, "", x0 + (i + 1) * width, x0 + (i + 1) * width))
    return out


# 10番 佐藤 ひとみ 11番 …, and 寺門由 美2番 栗原: the next seat, after a space or glued to a name
_NEXT_SEAT = re.compile(
    r"(?: |(?<=[\u3040-\u30ff\u4e00-\u9fff])(?=[0-9]))(?=(?:[0-9]+|[一二三四五六七八九十]+) ?番(?: |$|[\u3040-\u30ff\u4e00-\u9fff]))"
)


def _at_seats(cells):
    """``10番 佐藤 ひとみ 11番 杉山 修一``: two members the page printed too close for a gap."""
    out = []
    for cell in cells:
        cuts = [m.end() for m in _NEXT_SEAT.finditer(cell.text)]
        if not cuts:
            out.append(cell)
            continue
        width = (cell.x1 - cell.x0) / max(len(cell.text), 1)
        for start, end in zip([0, *cuts], [*cuts, len(cell.text)]):
            part = cell.text[start:end].strip()
            out.append(type(cell)(part, cell.x0 + start * width, cell.x0 + end * width, part))
    return out


def _alternating(line: Line) -> list[_Cell] | None:
    """都市整備部長　高見沢誠　　都市計画課長　小野寺亮 in one cell: posts and names by their gaps."""
    pieces = []  # (text, x0, x1) of each space-separated part, where it stands on the page
    for cell in line.cells:
        at, pitch = 0, (cell.x1 - cell.x0) / max(len(cell.text), 1)
        for part in cell.text.split(" "):
            pieces.append((part, cell.x0 + at * pitch, cell.x0 + (at + len(part)) * pitch))
            at += len(part) + 1
    if len(pieces) < 4 or len(pieces) % 2 or any(len(cell.text.split(" ")) % 2 for cell in line.cells):
        return None
    posts, names = [p[0] for p in pieces[0::2]], [p[0] for p in pieces[1::2]]
    if not all(is_post(p) and clean(p) not in ROLE_WORDS for p in posts) or not all(
        looks_like_name(n) and not is_post(n) for n in names
    ):
        return None
    return [
        _Cell(kind, text if kind == NAME else clean(text), x0, x1, printed=text)
        for kind, (text, x0, x1) in zip([TITLE, NAME] * len(posts), pieces)
    ]


_KANJI_SEAT = re.compile(r"[一二三四五六七八九十百]+番")  # 十番 | 長谷部 | 実: not 十番長 | 谷部実


def _spread_pairs(line: Line) -> list[_Cell] | None:
    """Posts and names set in evenly spread letters (町　　　　長 | 平　野　康　弘) come out of
    the page cut at the wrong gaps (町 | 長平野康弘副町長西田隆): when a cell is a lone letter, or
    holds a post and a name with no gap, read the line's letters again as post–name pairs."""
    texts = [compact(cell.text) for cell in line.cells]
    cut = any(len(text) == 1 for text in texts) or any(
        not is_post(text) and clean(text) not in ROLE_WORDS and split_posts_and_names(text) for text in texts
    )
    if (len(line.cells) < 2 and not _all_letters_apart(line)) or not (
        cut or _glued_across(line, texts) or _letter_cut_onto_post(line.cells)
    ):
        return None
    joined = "".join(texts)
    pairs = split_posts_and_names(joined)
    if not pairs or any(clean(post) in ROLE_WORDS or re.search(r"[0-9]", post) or _KANJI_SEAT.match(post) for post, _ in pairs):
        return None  # 委員 | 井口 | 誠, 15番 | 佐藤幸雄: a role or a seat and a padded name, read as they are
    bounds, at, names = {0}, 0, []
    for post, name in pairs:
        at += len(post)
        bounds.add(at)
        names.append((at, at + len(name)))
        at += len(name)
        bounds.add(at)
    at = 0
    for cell, text in zip(line.cells, texts):
        # A cell that is a whole post (都市施設担当部長 | 忠 | 宏彰) stays whole, and a gap printed
        # inside a cell (議事課主幹 三木 | 孝) is a boundary.
        if is_post(text) and not {at, at + len(text)} <= bounds:
            return None
        gaps = [at + len(compact(part)) for part in _prefixes(cell.text)]
        spread = _letter_gaps(cell, at)
        posts = [(start - len(post), start) for (start, _), (post, _) in zip(names, pairs)]
        if any(
            gap not in bounds
            and not any(
                start < gap < end and not _gap_ends_post(joined, start - len(post), start, gap)
                for (start, end), (post, _) in zip(names, pairs)
            )
            and not any(start < gap < end and _spread_in_cell(start, end, at, len(text), spread) for start, end in posts)
            for gap in gaps
        ):
            return None  # a gap inside a post; one inside a name is its letters spread (小林　千代子)
        at += len(text)
    starts, at = [], 0  # where each printed cell's letters begin in the joined text
    for cell, text in zip(line.cells, texts):
        starts.append((at, cell, max(len(text), 1)))
        at += len(text)

    def x_at(offset: int) -> float:
        begin, cell, letters = max((s for s in starts if s[0] <= offset), key=lambda s: s[0])
        return cell.x0 + (cell.x1 - cell.x0) * (offset - begin) / letters

    cells, at = [], 0
    for post, name in pairs:
        cells.append(_Cell(TITLE, post, x_at(at), x_at(at + len(post) - 1) + 1, printed=post))
        at += len(post)
        cells.append(_Cell(NAME, name, x_at(at), x_at(at + len(name) - 1) + 1, printed=name))
        at += len(name)
    return cells


def _all_letters_apart(line: Line) -> bool:
    """Whether the line is one cell whose letters all stand apart (企 画 財 政 課 長 曽 根 昭 夫):
    a post and a name each spread over its slot with no column gap between them."""
    if len(line.cells) != 1:
        return False
    parts = (line.cells[0].raw or "").split(" ")
    return len(parts) >= 4 and all(len(part) == 1 for part in parts)


def _gap_ends_post(joined: str, post_start: int, name_start: int, gap: int) -> bool:
    """Whether a gap the pair reading puts inside a name closes a post: the letters from the
    post's start to the gap are a post (政策経営部長 | 瀬川 直人 read as 政策経営部 + 長瀬川直人), and
    the name's letters before the gap no family name (監査係長 乙部 真一: 乙部 is one), so the
    gap is the cut after the post and not spacing inside the name."""
    return _is_plain_post(joined[post_start:gap]) and not starts_as_person(joined[name_start:gap])


def _glued_across(line: Line, texts: list[str]) -> bool:
    """Whether the line read as post–name pairs has a boundary inside a cell where no gap is
    printed (関 口 美 里産業建設課長): a spread name run into the next post, cut at the wrong gap."""
    pairs = split_posts_and_names("".join(texts))
    if not pairs:
        return False
    bounds, at = set(), 0
    for post, name in pairs:
        bounds |= {at + len(post), at + len(post) + len(name)}
        at += len(post) + len(name)
    at = 0
    for cell, text in zip(line.cells, texts):
        gaps = _letter_gaps(cell, at)
        # the letter on either side of the boundary stands apart (美 里|産業…): spread, not a cell's plain text
        if gaps and any(
            at < bound < at + len(text) and bound not in gaps and (bound - 1 in gaps or bound + 1 in gaps)
            for bound in bounds
        ):
            return True
        at += len(text)
    return False


def _letter_gaps(cell, at: int) -> set[int]:
    """Offsets (from ``at``) of every gap printed between the cell's letters, as the page has
    them (副 村 長栗 林), before letter-spaced runs are closed up; empty if they cannot be told."""
    raw = cell.raw or cell.text
    if len(compact(raw)) != len(compact(cell.text)):
        return set()
    return {at + len(compact(part)) for part in _prefixes(raw)}


def _spread_in_cell(start: int, end: int, at: int, length: int, gaps: set[int]) -> bool:
    """Whether a post's letters inside the cell all stand apart (副 村 長): a post spread evenly
    over its slot, so a gap inside it is its spacing and not a cut (as in 議事 課長)."""
    inner = set(range(max(start, at) + 1, min(end, at + length)))
    return len(inner) >= 1 and inner <= gaps


def _prefixes(text: str) -> list[str]:
    """The text before each gap inside it: 議事課主幹 三木 → [議事課主幹]."""
    parts = [part for part in re.split(r" +", text) if part]
    return ["".join(parts[:i]) for i in range(1, len(parts))]


def _post_then_name(text: str) -> tuple[str, str] | None:
    """``(post, name)`` from a post and a name with a space between (``議事調査課長 米谷公伸``)."""
    for i in reversed([i for i, char in enumerate(text) if char == " "]):
        left, right = text[:i], text[i + 1 :]
        if is_post(left) and looks_like_name(right):
            return _full_name_after(text, i) or (clean(left), right)
    return None


def _full_name_after(text: str, i: int) -> tuple[str, str] | None:
    """``(post, name)`` when what the split at ``i`` left as the post ends in a family name after
    a space (``…係長 磯部`` of ``…係長 磯部 信吾``): the name is the family and given name together."""
    post, space, family = text[:i].rpartition(" ")
    name = f"{family} {text[i + 1 :]}"
    if not space or not post.strip() or is_post(family) or not is_post(post) or not looks_like_name(name):
        return None
    return clean(post), name


def _split_cell(text: str, x0: float, x1: float) -> list[_Cell]:
    """A cell holding a post and a name with only a space between (``議事調査課長 米谷公伸``) is two."""
    head, space, tail = text.rpartition(" ")
    if space and " " in head and _is_plain_post(tail) and not looks_like_name(tail):
        # 議会事務局長浜野　英二　次長: a post and name, and the next pair's post set close after them
        middle = x0 + (x1 - x0) * len(head) / len(text)
        first = _split_cell(head, x0, middle)
        if [c.kind for c in first] == [TITLE, NAME] and not first[1].title:
            return [*first, _Cell(TITLE, clean(tail), middle, x1, printed=tail)]
    closed = re.match(r"^(?P<first>[^()]+\([^()]+\)) (?P<next>[^()]+)$", text)
    if closed and looks_like_name(closed.group("next").split(" ")[0]) and _typed(closed.group("first"), x0, x1).kind == NAME:
        # 小田切　真由美（副委員長）　青柳: a long entry run into the next column's padded name
        middle = x0 + (x1 - x0) * closed.start("next") / len(text)
        return [*_split_cell(closed.group("first"), x0, middle), *_split_cell(closed.group("next"), middle, x1)]
    glued_role = _role_glued_to_name(text)
    if glued_role:  # オブザーバー篠原　誠司: a role as wide as its column, set against the name
        role, rest = glued_role
        middle = x0 + (x1 - x0) * len(role) / len(text)
        return [_Cell(ROLE, role, x0, middle, printed=role), *_split_cell(rest, middle, x1)]
    whole = _typed(text, x0, x1)
    if " " not in text or (whole.kind == NAME and whole.role) or whole.kind in (ROLE, SEAT):
        return [whole]
    if whole.kind == NAME and re.match(r"(?:\d+|[一二三四五六七八九十]+)番[^ ] ", text):
        return [whole]  # 5番室 井健吾: a seat set close to a spread name's first letter, not a post (…室)
    if whole.kind == NAME and re.match(r"(?:\d+|[一二三四五六七八九十]+)番[^ ]", text) and looks_like_name(whole.text):
        return [whole]  # 14番佐久間　篤志: a seat set close to a padded name, not a post (…番佐)
    first, _, rest = text.partition(" ")
    rest_typed = _typed(rest, x0, x1) if rest else None
    if clean(first) in ROLE_WORDS and rest_typed is not None and (rest_typed.kind == TITLE or rest_typed.title):
        # 副議長 こども家庭庁長官官房審議官: a role column too narrow for a gap before the post
        middle = x0 + (x1 - x0) * (len(first) + 1) / len(text)
        return [_Cell(ROLE, clean(first), x0, middle, printed=first), *_split_cell(rest, middle, x1)]
    pairs = _post_name_pairs(text)
    if pairs:  # 局長 桧山 喜久夫 主幹 松永 彩: post–name pairs too close for a column gap
        out, at = [], 0
        for post, name in pairs:
            middle, end = at + len(post) + 1, at + len(post) + 1 + len(name) + 1
            out += [
                _Cell(TITLE, clean(post), x0 + (x1 - x0) * at / len(text), x0 + (x1 - x0) * middle / len(text), printed=post),
                _Cell(NAME, name, x0 + (x1 - x0) * middle / len(text), x0 + (x1 - x0) * min(end, len(text)) / len(text), printed=name),
            ]
            at = end
        return out
    glued = _post_run_into_name(text)
    if not glued or len(glued[1].split(" ")[0]) == 1:
        # a one-letter family name only where the letters cannot be read as overprinted
        glued = _overprinted_post_name(text) or glued
    if glued:  # …健康教育調査官野村　早苗: a post too long for its column, run into the name
        post, name = glued
        middle = x0 + (x1 - x0) * len(post) / len(text)
        return [_Cell(TITLE, clean(post), x0, middle, printed=post), _Cell(NAME, name, middle, x1, printed=name)]
    family, space, rest = text.partition(" ")
    given, post = split_name_title(rest) if space and " " not in rest else (rest, "")
    if (
        post
        and 1 <= len(given) <= 3
        and _is_plain_post(post)
        and clean(post) not in ROLE_WORDS
        and not _BARE_HONORIFIC.fullmatch(post)  # 小池　綾子議員: an honorific, not a post
        and looks_like_name(f"{family} {given}")
    ):
        # 高遠　昌宏副市長: a name, the next column's post set straight after it
        middle = x0 + (x1 - x0) * (len(family) + 1 + len(given)) / len(text)
        return [_Cell(NAME, f"{family} {given}", x0, middle, printed=f"{family} {given}"), _Cell(TITLE, clean(post), middle, x1, printed=post)]
    for i in reversed([i for i, char in enumerate(text) if char == " "]):
        left, right = text[:i], text[i + 1 :]
        # 湊浦港運協会会長　榊原　正道: before a spaced full name, a post even where a place the
        # dictionary knows as a family name opens it
        post_before_person = " " not in left and ends_with_post(left) and " " in right and not looks_like_name(left)
        body, _, post = left.rpartition(" ")
        # 柚葉中央地域包括支援センター センター長 島崎 洋平: a body, its post and a name in one cell
        body_post = bool(body) and is_post(post) and is_organization(body)
        if (is_post(left) or post_before_person or body_post) and looks_like_name(right):
            middle = x0 + (x1 - x0) * (i + 1) / len(text)  # where the name starts, near enough
            return [_Cell(TITLE, clean(left), x0, middle, printed=left), _Cell(NAME, right, middle, x1, printed=right)]
        noted = re.fullmatch(r"(?P<name>[^()]+)\([^()]+\)", right)
        if noted and is_post(left) and looks_like_name(noted.group("name")) and not looks_like_name(f"{left} {noted.group('name')}"):
            # 書記長　関口　伸夫（総務課長）: a post, a name and, in brackets, what else the person is
            middle = x0 + (x1 - x0) * (i + 1) / len(text)
            named = _typed(right, middle, x1)
            if named.kind == NAME:
                return [_Cell(TITLE, clean(left), x0, middle, printed=left), named]
        # 誠 紫峰県市長会(青葉台市長): the given name of a padded name, run into the title column
        given_then_title = (
            len(compact(left)) == 1
            and len(compact(right)) >= 4
            and re.match(r"[\u4e00-\u9fff]", right) is not None
            and not looks_like_name(right)
            and _typed(right, x0, x1).kind == TITLE
        )
        # 梅田　康平（代理出席）千鳥県町村会（汐入町副町長）: a name and its body, run together
        # 馬場勝利 露草県市長会（水晶市健康福祉部長）: a spread full name, set close, then the body
        body_after = (" " in left or len(compact(left)) >= 3) and len(right) >= 4 and is_organization(re.sub(r"\([^()]*\)$", "", right))
        if looks_like_name(left) and (is_post(right) or given_then_title or body_after):
            # Two cells, so that in a list of post | name pairs the post can open the next pair.
            middle = x0 + (x1 - x0) * (i + 1) / len(text)
            return [_Cell(NAME, left, x0, middle, printed=left), _Cell(TITLE, clean(right), middle, x1, printed=right)]
    return [whole]


def _role_glued_to_name(text: str) -> tuple[str, str] | None:
    """``(role, name)`` for a role word run into a spaced name with no gap (オブザーバー篠原 誠司),
    where exactly one role word opens the text and what follows it is a name."""
    first = text.split(" ")[0]
    if clean(first) in ROLE_WORDS:
        return None
    found = [
        (word, text[len(word):])
        for word in ROLE_WORDS
        if text.startswith(word) and len(first) > len(word) and " " in text and looks_like_name(text[len(word):])
    ]
    return found[0] if len(found) == 1 else None


def _post_name_pairs(text: str) -> list[tuple[str, str]] | None:
    """``[(post, name), …]`` from two or more pairs of a post and a name spaced as family and
    given name, set in one cell (局長 桧山 喜久夫 主幹 松永 彩); a post too long for its slot may
    run into the family name (副市長福永 智史). None unless every part reads so."""
    tokens, pairs, i = text.split(" "), [], 0
    while i < len(tokens):
        token = tokens[i]
        if _is_plain_post(token) and not looks_like_name(token) and i + 2 < len(tokens):
            post, family, given, i = token, tokens[i + 1], tokens[i + 2], i + 3
        else:
            given = tokens[i + 1] if i + 1 < len(tokens) else ""
            cuts = [
                k
                for k in range(len(token) - 1, max(len(token) - 4, 1), -1)
                if _is_plain_post(token[:k]) and not is_post(token[k:]) and looks_like_name(f"{token[k:]} {given}")
            ]
            # a one-letter family name only where the letters cannot be read as overprinted
            long_cuts = [k for k in cuts if len(token) - k >= 2]
            split = (token[: long_cuts[0]], token[long_cuts[0] :]) if long_cuts else _overprinted(token)
            split = split or ((token[: cuts[0]], token[cuts[0] :]) if cuts else None)
            if not split or i + 1 >= len(tokens):
                return None
            (post, family), given, i = split, tokens[i + 1], i + 2
        if is_post(family) or is_post(given) or not looks_like_name(f"{family} {given}"):
            return None
        pairs.append((post, f"{family} {given}"))
    return pairs if len(pairs) >= 2 else None


def _overprinted(token: str) -> tuple[str, str] | None:
    """``(post, family)`` from a post too long for its slot overprinting the next column's family
    name, their letters read in turn by position (総務部溝長口 = 総務部長 over 溝口)."""
    for start in range(2, len(token) - 2):
        head, rest = token[:start], token[start:]
        for n in range(1, len(rest) // 2 + 1):
            post, family = head + rest[1 : 2 * n : 2], rest[0 : 2 * n : 2] + rest[2 * n :]
            if 2 <= len(family) <= 3 and _is_plain_post(post) and not is_post(family):
                return post, family
    return None


def _overprinted_post_name(text: str) -> tuple[str, str] | None:
    """``(post, name)`` from one post | name pair whose post, too long for its column, overprints
    the family name, the letters read in turn (…水道課田長所　義男 = …水道課長 over 田所　義男).
    None where the letters before the space already read as a post."""
    left, space, given = text.partition(" ")
    if not space or " " in given or not 1 <= len(given) <= 3 or len(left) < 6 or _is_plain_post(left):
        return None
    for start in (len(left) - 4, len(left) - 3):  # one letter of the post between the family name's
        head, rest = left[:start], left[start:]
        post, family = head + rest[1], rest[0] + rest[2:]
        person = looks_like_name(f"{family} {given}") and starts_as_person(family + given)
        if _is_plain_post(post) and not is_post(family) and person:
            return post, f"{family} {given}"
    return None


def _post_run_into_name(text: str) -> tuple[str, str] | None:
    """``(post, name)`` from a post and a spaced name printed with no gap between them."""
    left, space, given = text.rpartition(" ")
    if not space or " " in left or len(left) < 6 or not 1 <= len(given) <= 4:
        return None
    if is_post(left) and looks_like_name(given):
        return None  # 議会事務局長　飯　塚　美　帆: a whole post, then a whole name spread over its slot
    for cut in range(len(left) - 1, len(left) - 5, -1):
        post, family = left[:cut], left[cut:]
        if is_post(post) and looks_like_name(f"{family} {given}") and starts_as_person(family + given):
            return post, f"{family} {given}"
    return None


def _role_label_cut(cells):
    """``オブザーバー：　全国知事会…`` in one cell: a colon label too long for the role column,
    run into the next column with hardly a gap."""
    if len(cells) < 2:
        return cells
    first = cells[0]
    match = re.match(r"^(?P<label>[^ :]{1,10}) ?: (?P<rest>.+)$", first.text)
    if not match or clean(match.group("label")) not in ROLE_WORDS:
        return cells
    cut = first.x0 + (first.x1 - first.x0) * match.start("rest") / max(len(first.text), 1)
    label, rest = first.text[: match.start("rest")].strip(), match.group("rest")
    return [type(first)(label, first.x0, cut, label), type(first)(rest, cut, first.x1, rest), *cells[1:]]


def _short_brackets_joined(cells):
    """``（欠`` | ``員）``: a short bracket spread over its slot and cut at the gap, made whole."""
    out = list(cells)
    for i in range(len(out) - 1):
        left, right = out[i], out[i + 1]
        tail = left.text.rsplit(" ", 1)[-1] if left else ""  # 四番 （欠 | 員）: the bracket may follow a seat
        if left and len(tail) <= 3 and tail.count("(") > tail.count(")") and len(right.text) <= 3 and right.text.endswith(")"):
            out[i + 1] = type(right)(left.raw + right.raw, left.x0, right.x1, left.text + right.text)
            out[i] = None
    return [cell for cell in out if cell is not None]


def _rejoin_role(cells):
    """``委`` | ``員 山下篤志``: a letter-spaced role label cut by the gap between its letters."""
    out = list(cells)
    for i in range(len(out) - 1):
        left, right = out[i], out[i + 1]
        head = right.text.split(" ", 1)[0]
        spread_role = len(left.text) <= 4 and len(head) == 1 and left.text + head in ROLE_WORDS  # 委員 | 長 大橋 宗一郎
        if spread_role or (len(left.text) == 1 and len(head) == 1 and head == right.text and is_post(left.text + head)):
            out[i + 1] = type(right)(left.raw + right.raw, left.x0, right.x1, left.text + right.text)
            out[i] = None
    return [cell for cell in out if cell is not None]


def _spread_name_cut(cells, size: float) -> list:
    """``高 見 浩 一 副委員長``: a name spread over its column, the next column's role set close
    enough after it to share its cell; the spread letters are the name, the word after them a cell."""
    out = []
    for cell in cells:
        raw = re.sub(r"[ \u3000]+", " ", cell.raw.strip())  # gaps as spaces, however they came
        spread = re.fullmatch(r"(?P<name>[^ ](?: [^ ]){2,}) (?P<word>[^ ]{2,})", raw)
        word = spread.group("word") if spread else ""
        name = spread.group("name") if spread else ""
        if spread and (clean(word) in ROLE_WORDS or is_post(word)) and looks_like_name(name.replace(" ", "")):
            cut = max(cell.x0, cell.x1 - len(word) * size)
            out += [type(cell)(name, cell.x0, cut, name.replace(" ", "")), type(cell)(word, cut, cell.x1, clean(word))]
        elif (halves := _spread_name_and_post(raw)) is not None:
            # 安 藤 博 之 副 町 長: a spread name and the next column's spread post, closer than a column gap
            first, second = halves
            cut = cell.x0 + (cell.x1 - cell.x0) * len(first) / (len(first) + len(second))
            out += [type(cell)(first, cell.x0, cut, first), type(cell)(second, cut, cell.x1, second)]
        else:
            out.append(cell)
    return out


def _spread_name_and_post(raw: str) -> tuple[str, str] | None:
    """``(name, post)`` from letters all set apart (安 藤 博 之 副 町 長), when the dictionary reads
    a person's name and a post after it."""
    letters = compact(raw)
    if len(letters) < 5 or not re.fullmatch(r"[^ ](?: ?[^ ])+", raw.strip()) or raw.strip().count(" ") < len(letters) - 2:
        return None
    if looks_like_name(letters) or is_post(letters):
        return None
    name, post = split_name_title(letters, expect_person=True)
    return (name, post) if post and len(name) >= 2 and _is_plain_post(post) and looks_like_name(name) else None


_LETTER_AFTER_GAP = re.compile(r"^(?P<head>[^ ](?:.*[^ ])?) (?P<letter>[^ ])$")


def _letter_cut_onto_post(cells) -> bool:
    """Whether a cell ends in one letter after a gap with more letters in the next cell
    (``事務局長 宮`` | ``沢清志書``): a spread name's first letter cut onto the post before it."""
    return any(_letter_of_name(cell, after) for cell, after in zip(cells, cells[1:]))


def _letter_of_name(cell, after) -> bool:
    """``住民福祉 藤`` before ``森由美``: a letter after a gap that begins the name in the next cell,
    the word before it one word and no person (``阪田 渉`` before a title is a name of its own),
    the next cell letters with no gap left in them (``浅利 隆`` before ``三番 近江 伸也`` is whole)."""
    match = _LETTER_AFTER_GAP.match(cell.text.strip())
    return (
        bool(match)
        and " " not in match.group("head")
        and bool(compact(after.text))
        and " " not in after.text.strip()
        and not starts_as_person(compact(match.group("head")))
        and looks_like_name(match.group("letter") + compact(after.text))
    )


def _name_start_cut(cells) -> list:
    """``住民福祉 藤`` | ``森由美``: a spread name's first letter cut onto the post before it, with
    the gap between them; the letter goes back to the name."""
    out = list(cells)
    for i in range(len(out) - 1):
        left, right = out[i], out[i + 1]
        match = _LETTER_AFTER_GAP.match(left.text.strip())
        if not _letter_of_name(left, right):
            continue
        head, letter = match.group("head"), match.group("letter")
        cut = left.x1 - (left.x1 - left.x0) / max(len(compact(left.text)), 1)
        out[i] = type(left)(head, left.x0, cut, head)
        out[i + 1] = type(right)(letter + " " + right.raw, cut, right.x1, letter + compact(right.text))
    return out


def _spread_post_start_cut(cells) -> list:
    """``白石順一書`` | ``記``: a post spread over its column, its first letter run onto the name before it."""
    out = list(cells)
    for i in range(len(out) - 1):
        left, right = out[i], out[i + 1]
        text = compact(left.text)
        if len(right.text) != 1 or len(text) < 3 or " " in left.text.strip():
            continue
        word, name = text[-1] + right.text, text[:-1]
        named_after = i + 2 < len(out) and looks_like_name(compact(out[i + 2].text))
        if _is_plain_post(word) and looks_like_name(name) and named_after:
            cut = left.x1 - (left.x1 - left.x0) / len(text)
            out[i] = type(left)(name, left.x0, cut, name)
            out[i + 1] = type(right)(word, cut, right.x1, word)
    return out


def _spread_role_cut(cells):
    """``委`` | ``員小林勇気``: a role spread wider than the gap before the name, cut after its first letter."""
    out = list(cells)
    for i in range(len(out) - 1):
        left, right = out[i], out[i + 1]
        rest = right.text[1:].strip()
        word = left.text + right.text[:1]
        # 書 | 記 北条 あかね: a post spread the same way, a gap after its last letter
        spread_post = right.text[1:2] == " " and _is_plain_post(word)
        if len(left.text) == 1 and (word in ROLE_WORDS or spread_post) and looks_like_name(rest):
            cut = right.x0 + (right.x1 - right.x0) / max(len(right.text), 1)
            head, raw = right.raw.lstrip()[:1], right.raw.lstrip()[1:].strip()
            out[i] = type(left)(left.raw + head, left.x0, cut, left.text + right.text[:1])
            out[i + 1] = type(right)(raw, cut, right.x1, rest)
    return out


def _without_ditto(text: str) -> str:
    """委員 城戸 和樹、同 渋谷 まどか: 同 before a name repeats the role before it; the name alone.

    >>> _without_ditto("同 渋谷 まどか"), _without_ditto("同 仁")
    ('渋谷 まどか', '同 仁')
    """
    ditto = re.match(r"^同 (?P<rest>\S.*)$", text)
    if ditto and len(clean(ditto.group("rest"))) >= 3 and looks_like_name(ditto.group("rest")):
        return ditto.group("rest")
    return text


def _typed(text: str, x0: float, x1: float) -> _Cell:
    if _without_ditto(text) != text:
        return replace(_typed(_without_ditto(text), x0, x1), printed=text)
    plain = clean(text)
    if plain in ROLE_WORDS:
        return _Cell(ROLE, plain, x0, x1, printed=text)
    if _SEAT.match(plain):
        return _Cell(SEAT, plain, x0, x1, printed=text)
    seat = _SEAT_NAME.match(text)
    if seat:
        inner = _typed(seat.group("name").strip(), x0, x1)  # 5番 瀬川 真一(会長職務代理者)
        if inner.kind == NAME:
            return replace(inner, printed=text)
        return _Cell(NAME, seat.group("name").strip(), x0, x1, printed=text)
    first, _, rest = text.partition(" ")
    if (clean(first) in ROLE_WORDS or clean(first).endswith("委員") and _is_role_label(clean(first))) and rest:  # 代表監査委員　柏木　正人
        inner = _typed(rest, x0, x1)  # 委員 坂本 一郎(島根県森林組合連合会代表理事専務)
        if inner.kind == NAME and not inner.role:
            return _Cell(NAME, inner.text, x0, x1, role=clean(first), title=inner.title, printed=text)
    family_role = _family_role_bracket(text, x0, x1)
    if family_role:
        return family_role
    if looks_like_name(text):
        return _Cell(NAME, text, x0, x1, printed=text)
    opened = re.match(r"^(?P<name>[^()]{1,12})\((?P<title>[^()]+)$", text)
    if opened and looks_like_name(opened.group("name")):  # 佐伯 ゆかり(特定非営利活動法人…代表 ⏎ 理事)
        return _Cell(NAME, opened.group("name").strip(), x0, x1, title=clean(opened.group("title")), printed=text)
    role_after = re.match(rf"^(?P<name>[^()]+?) ?\((?P<title>[^()]+)\) (?P<role>{_NOTED_ROLES})$", text)
    if role_after and looks_like_name(role_after.group("name")):  # 浜岡 宗一(…教授) 座長: the role after the bracket
        name, title, role = role_after.group("name", "title", "role")
        return _Cell(NAME, name, x0, x1, role=role, title=clean(title), printed=text, own_role=True)
    bracketed = _ITEM.match(text)
    if bracketed and bracketed.group("title") and looks_like_name(bracketed.group("name")):
        title = bracketed.group("title")  # 丸山 健(新潟県消費者協会副会長)
        if re.fullmatch(_NOTED_ROLES, clean(title)):  # 石田 雅彦(座長): the meeting role, printed after the name
            return _Cell(NAME, bracketed.group("name"), x0, x1, role=clean(title), printed=text, own_role=True)
        return _Cell(NAME, bracketed.group("name"), x0, x1, title="" if _MODE.match(title) else title, printed=text)
    role_then_title = re.match(rf"^(?P<name>[^()]+?) ?\((?P<role>{_NOTED_ROLES})\) ?(?P<title>.+)$", text)
    if role_then_title and looks_like_name(role_then_title.group("name")):  # 坂下 直樹(座長代理) 北稜大学…教授
        name, role, title = role_then_title.group("name", "role", "title")
        return _Cell(NAME, name, x0, x1, role=role, title=clean(title), printed=text, own_role=True)
    org_person = re.match(r"^(?P<org>[^:]{2,40}) ?: ?(?P<person>[^:()、]{2,20})$", plain)
    if org_person and is_organization(org_person.group("org")):  # 人事院職員福祉局職員福祉課:野々宮課長補佐
        family, post = _staff_split(org_person.group("person"))
        if post:
            return _Cell(NAME, family, x0, x1, title=org_person.group("org") + post, printed=text)
    spaced = _body_then_person(text)
    if spaced and " " not in spaced[0]:  # 消費者庁消費者制度課　矢作課長: 組織　姓＋職名
        body, family, post = spaced
        return _Cell(NAME, family, x0, x1, title=clean(body) + post, printed=text)
    family_role = _FAMILY_ROLE.match(compact(text)) if plain not in ROLE_WORDS else None
    if family_role and len(family_role.group("family")) > 1 and not looks_like_name(family_role.group("family")):
        family_role = None  # 公募委員, 学識委員: a kind of member, not a family name and a role
    if family_role and not is_organization(family_role.group("family")):  # 石原構成員
        return _Cell(NAME, family_role.group("family"), x0, x1, role=family_role.group("role"), printed=text, own_role=True)
    name_post = _name_then_post(text)
    if name_post:  # 真喜志 はるか 公募委員
        return _Cell(NAME, name_post[0], x0, x1, title=name_post[1], printed=text)
    with_role = _NAME_ROLE.match(text)
    if with_role and looks_like_name(with_role.group("name")):  # 桜井　秀明委員
        return _Cell(NAME, with_role.group("name"), x0, x1, role=with_role.group("role"), printed=text, own_role=True)
    if is_organization(plain) and len(plain) >= 4:
        return _Cell(TITLE, plain, x0, x1, printed=text)  # 藍沢市医師会: a body, named after a place
    body_post = _name_then_body_post(text)
    if body_post:  # 村岡由里 桜尾町議会議員
        return _Cell(NAME, body_post[0], x0, x1, title=body_post[1], printed=text)
    name, title = split_name_title(text)
    if title:
        return _Cell(NAME, name, x0, x1, title=title, printed=text)
    return _Cell(TITLE, plain, x0, x1, printed=text)


def _name_then_body_post(text: str) -> tuple[str, str] | None:
    """``村岡由里 桜尾町議会議員``: a whole name (its letter-spacing closed), one space, then a body's
    name and a post run together: the name and its title, the space the column's gap (the body's
    place name, 桜尾, is not the rest of the name)."""
    name, space, rest = text.partition(" ")
    if not space or " " in rest or len(name) < 3 or not looks_like_name(name) or looks_like_name(rest):
        return None
    for cut in range(2, len(rest) - 1):
        if is_organization(rest[:cut]) and ends_with_post(rest[cut:]) and not is_organization(rest):
            return name, clean(rest)
    return None


def _name_then_post(text: str) -> tuple[str, str] | None:
    """``真喜志 はるか 公募委員``: a spaced family and given name, then a post after one more
    space (the title column's gap lost): the name and its title. A bare role word after the
    name (委員) is the role, read elsewhere."""
    name, _, post = text.rpartition(" ")
    if (
        " " in name
        and len(post) >= 2
        and clean(post) not in ROLE_WORDS
        and ends_with_post(post)
        and not looks_like_name(post)
        and looks_like_name(name)
    ):
        return name, clean(post)
    return None


_FAMILY_ROLE_BRACKET = re.compile(
    r"^(?P<family>[\u4e00-\u9fff々ヶ]{1,4}?)(?P<role>" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + r") ?\((?P<title>.+)\)$"
)


def _family_role_bracket(text: str, x0: float, x1: float) -> _Cell | None:
    """古川構成員（北斗県県土整備部技監）, 真田構成員（全国市長会（汐凪市長））: a family name, the meeting
    role and the post in brackets, which may hold brackets of its own."""
    match = _FAMILY_ROLE_BRACKET.match(text)
    if not match or match.group("title").count("(") != match.group("title").count(")"):
        return None
    family = match.group("family")
    if is_organization(family) or (len(family) > 1 and not looks_like_name(family)):
        return None
    role, title = match.group("role"), clean(match.group("title"))
    return _Cell(NAME, family, x0, x1, role=role, title=title, printed=text, own_role=True)


def _by_column(typed: list[list[_Cell]], em: float) -> list[list[_Cell]]:
    """A cell takes what most cells starting at its x hold.

    ``総 合 政策`` reads like a name, but stands in a column of posts (市長, 教育長 …);
    ``松下重志産業企画室長`` reads like a post, but stands in a column of names run into posts.
    """
    votes: dict[float, list[str]] = {}
    for cells in typed:
        for cell in cells:
            if cell.kind in (NAME, TITLE) and not cell.role:
                kind = "run" if cell.title else cell.kind
                key = next((x for x in votes if abs(x - cell.x0) <= em / 2), cell.x0)
                votes.setdefault(key, []).append(kind)

    def column_kind(x0: float) -> str | None:
        key = next((x for x in votes if abs(x - x0) <= em / 2), None)
        kinds = votes.get(key, [])
        for kind in (NAME, TITLE, "run"):
            if len(kinds) >= 3 and kinds.count(kind) >= 0.6 * len(kinds):
                return kind
        return None

    out = []
    for cells in typed:
        row = []
        for cell in cells:
            kind = column_kind(cell.x0) if cell.kind in (NAME, TITLE) and not cell.role else None
            if cell.title and kind != TITLE:
                pass  # a name run into its post, where posts are not what the column holds
            elif cell.title:
                cell = _Cell(TITLE, clean(cell.printed), cell.x0, cell.x1, printed=cell.printed)  # 水無瀬信用金庫…
            elif kind == "run":
                name, title = split_name_title(cell.printed, expect_person=True)
                if title:
                    cell = _Cell(NAME, name, cell.x0, cell.x1, title=title, printed=cell.printed)
            elif kind and kind != cell.kind:
                text = cell.printed if kind == NAME else clean(cell.printed)
                cell = _Cell(kind, text, cell.x0, cell.x1, printed=cell.printed)
            row.append(cell)
        out.append(row)
    return out


def _post_cut_from_name(cells: list[_Cell], index: int) -> bool:
    """A post cut from the front of the name it was printed with (``局長　鮫島　英明``): the next
    cell of the row is that name, starting where the post ends."""
    cell = cells[index]
    after = cells[index + 1] if index + 1 < len(cells) else None
    return (
        cell.kind == TITLE
        and after is not None
        and after.kind == NAME
        and abs(after.x0 - cell.x1) < 0.01
        and ends_with_post(cell.text)
    )


_KANA_GIVEN_NAME = re.compile(r"^(?=.{4})[\u4e00-\u9fff々]{1,3}[ぁ-ゖ]{2,4}$")


def _names_between_names(cells: list[_Cell]) -> list[_Cell]:
    """須賀 誠一 | 東雲あかね | 猪俣 亘: a family name and a given name in kana, which Sudachi reads as
    common nouns, standing between two names in a row of names (no other title in it) is a name."""
    out = list(cells)
    if sum(cell.kind == TITLE for cell in out) != 1:
        return out  # 保健福祉 | 助川直樹 | 子ども | 小山敏 恵: post–name pairs, the posts cut by letter-spacing
    for i in range(1, len(out) - 1):
        left, cell, right = out[i - 1], out[i], out[i + 1]
        text = clean(cell.printed or cell.text)
        if (
            cell.kind == TITLE
            and left.kind == NAME and right.kind == NAME
            and not left.title and not right.title
            and _KANA_GIVEN_NAME.match(text)
            and not is_post(text) and not ends_with_post(text) and not is_organization(text)
        ):
            out[i] = _Cell(NAME, text, cell.x0, cell.x1, printed=cell.printed)
    return out


_BARE_HONORIFIC = re.compile(r"(?:議員|君|様|氏|殿)$")


def _family_then_given(last: _Cell | None, cell: _Cell) -> bool:
    """A cell holding only a family name, and the next only the given name that goes with it."""
    if last is None or last.kind != NAME or last.title or last.printed.endswith(")"):
        return False
    if cell.role and not cell.own_role:
        return False  # 近衛 | 達雄（会長）: the role printed after the given name is the whole name's
    family = _unseated(last.printed).strip()
    given = cell.text.strip() if cell.own_role else cell.printed.strip()
    # 秋津 | 義人: a given name the dictionary reads as a word, not a name, set a gap after the family name
    given_word = cell.kind == TITLE and 1 <= len(given) <= 3 and not is_post(given) and not is_organization(given)
    if cell.kind != NAME and not given_word:
        return False
    if " " in family or " " in given or _SEAT_NAME.match(given) or not re.search(r"[^ ]$", family):
        return False
    pitch = (last.x1 - last.x0) / max(len(last.printed), 1)
    return cell.x0 - last.x1 <= 3 * pitch and reads_as_family_and_given(family, given)


def _merge_padded_names(cells: list[_Cell]) -> list[_Cell]:
    """Join a name padded to a fixed width (``茂　木　　　修``) back into one cell."""
    out: list[_Cell] = []
    for cell in cells:
        last = out[-1] if out else None
        if _family_then_given(last, cell):
            # 北条　　正明, １番　芦田　　康夫: a family and a given name padded two letters apart
            out[-1] = _Cell(
                NAME, f"{last.text} {cell.text}", last.x0, cell.x1, last.role or cell.role, cell.title,
                f"{last.printed} {cell.printed}", own_role=last.own_role or cell.own_role,
            )
            continue
        if (
            last is not None
            and last.kind == TITLE
            and cell.kind == NAME
            and len(compact(last.printed)) <= 3
            and not ends_with_post(last.printed)  # 南部 can be a family name, 次長 cannot
            and looks_like_name(compact(last.printed) + compact(cell.text))
            and starts_as_person(compact(last.printed) + compact(cell.text))
        ):
            out[-1] = _Cell(NAME, f"{last.printed} {cell.text}", last.x0, cell.x1, cell.role, cell.title, last.printed)
        elif (
            last is not None
            and last.kind == TITLE
            and cell.kind == NAME
            and len(compact(last.printed)) >= 3
            and " " not in cell.text.strip()  # the given name alone
            and not _is_plain_post(compact(last.printed))
            and _is_plain_post(compact(last.printed)[:-1])
            and looks_like_name(compact(last.printed)[-1] + compact(cell.text))
            and starts_as_person(compact(last.printed)[-1] + compact(cell.text))
        ):
            # 障害福祉課長谷 | 昌弘: a one-letter family name padded off its given name, run into the post
            post, family = compact(last.printed)[:-1], compact(last.printed)[-1]
            out[-1] = _Cell(TITLE, clean(post), last.x0, last.x1, printed=post)
            out.append(_Cell(NAME, f"{family} {cell.text}", last.x1, cell.x1, cell.role, cell.title, f"{family} {cell.printed}"))
        elif (
            last is not None
            and last.kind == NAME
            and not last.title
            and " " not in last.text.strip()
            and len(compact(last.text)) <= 3
            and cell.kind == TITLE
            and len(compact(cell.printed)) >= 3
            and not _is_plain_post(compact(cell.printed))
            and _is_plain_post(compact(cell.printed)[1:])
            and not _BARE_HONORIFIC.fullmatch(compact(cell.printed)[1:])  # 今野 | 亘議員
            and looks_like_name(f"{last.text} {compact(cell.printed)[0]}")
            and starts_as_person(compact(last.text) + compact(cell.printed)[0])
        ):
            # 二瓶 | 豊総務課長: a padded name's one-letter given name run into the next pair's post
            given, post = compact(cell.printed)[0], compact(cell.printed)[1:]
            out[-1] = _Cell(NAME, f"{last.text} {given}", last.x0, cell.x0, last.role, last.title, f"{last.printed} {given}")
            out.append(_Cell(TITLE, clean(post), cell.x0, cell.x1, printed=post))
        elif (kana := _kana_given_then_post(last, cell)) is not None:
            # 辻 | ゆかり 産業振興課長: a padded name's given name in kana, then the next pair's post
            given, post = kana
            cut = cell.x0 + (cell.x1 - cell.x0) * (len(given) + 1) / max(len(compact(cell.printed)) + 1, 1)
            out[-1] = _Cell(NAME, f"{last.text} {given}", last.x0, cut, last.role, last.title, f"{last.printed} {given}")
            out.append(_Cell(TITLE, clean(post), cut, cell.x1, printed=post))
        elif (bracketed := _padded_tail(last, cell)) is not None:
            name, title = bracketed  # 大槻　　匠（有限会社大槻工務店代表取締役）
            out[-1] = _Cell(NAME, f"{last.text} {name}", last.x0, cell.x1, last.role, title, f"{last.printed} {cell.printed}")
        elif (
            last is not None
            and last.kind == NAME
            and not last.title
            and cell.kind in (NAME, TITLE)
            and not _SEAT_NAME.match(cell.printed)  # 8番 佐藤 花子 | 9番 清水: two members
            and not last.printed.endswith(")")  # 片岡 由紀（副委員長） | 森 | 健吾: the bracket closed the entry
            and not (cell.role and compact(cell.printed).startswith(cell.role))  # 堀江孝志 | 副議長 南: a new person
            and min(len(display_name(last.text)), len(_BARE_HONORIFIC.sub("", compact(cell.text)))) == 1  # 吉村　　誠　君
            and len(display_name(last.text + cell.text)) <= 6
            and looks_like_name(display_name(last.text + cell.text))
        ):
            # 大槻　　匠（有限会社…）: the padded name's second part carries the bracketed title
            # 藤堂 | 進（会長）: the role printed after the given name is the whole name's
            out[-1] = _Cell(
                NAME, f"{last.text} {cell.text}", last.x0, cell.x1, last.role or cell.role, cell.title, last.printed,
                own_role=last.own_role or cell.own_role,
            )
        else:
            out.append(cell)
    return out


_KANA_GIVEN_POST = re.compile(r"^(?P<given>[\u3041-\u309f\u30a1-\u30fa\u30fc]{1,4}) (?P<post>[^ ()]{2,})$")


def _kana_given_then_post(last: _Cell | None, cell: _Cell) -> tuple[str, str] | None:
    """``(given name, post)`` when a family name alone is followed by a cell holding a given name
    in kana and, after a space, a post (辻 | ゆかり 産業振興課長): the next pair's post set close."""
    if last is None or last.kind != NAME or last.title or " " in last.text.strip() or cell.kind != TITLE:
        return None
    if len(display_name(last.text)) > 3:
        return None
    match = _KANA_GIVEN_POST.match((cell.printed or cell.text).strip())
    if not match or not _is_plain_post(compact(match.group("post"))):
        return None
    if not looks_like_name(display_name(last.text) + match.group("given")):
        return None
    return match.group("given"), match.group("post")


def _padded_tail(last: _Cell | None, cell: _Cell) -> tuple[str, str] | None:
    """``(given name, title)`` when the cell is the one-letter rest of a padded name with its
    bracketed title (匠(有限会社…)) after a family name alone."""
    if last is None or last.kind != NAME or last.title or cell.kind != TITLE:
        return None
    match = re.match(r"^(?P<name>[^ ()]{1,2})\((?P<title>.+?)\)?$", compact(cell.printed or cell.text))
    if not match or not looks_like_name(display_name(last.text) + match.group("name")):
        return None
    if len(display_name(last.text)) + len(match.group("name")) > 6:
        return None
    return match.group("name"), clean(match.group("title"))


def _titles_first(typed: list[list[_Cell]]) -> bool:
    before = after = 0
    for cells in typed:
        kinds = [cell.kind for cell in cells if cell.kind in (NAME, TITLE)]
        if NAME in kinds and TITLE in kinds:
            if kinds.index(TITLE) < kinds.index(NAME):
                before += 1
            else:
                after += 1
    return before > after


def _next_starts_with_name(typed: list[list[_Cell]], index: int) -> bool:
    if index + 1 >= len(typed):
        return False
    kinds = [cell.kind for cell in typed[index + 1] if cell.kind not in (SEAT, PROXY_MARK)]
    return bool(kinds) and kinds[0] == NAME


def _next_is_title_then_name(typed: list[list[_Cell]], index: int) -> bool:
    if index + 1 >= len(typed):
        return False
    kinds = [cell.kind for cell in typed[index + 1] if cell.kind not in (SEAT, PROXY_MARK)]
    return kinds[:2] == [TITLE, NAME]


def _next_goes_on_post(typed: list[list[_Cell]], index: int, cell: _Cell, size: float) -> bool:
    """``企画政策部公共施設マネジメント推進室長`` ⏎ ``　　兼資産活用課長｜島崎　孝司``: a post alone on its
    line, whole as it is, goes on onto the next row when that row's post is indented under it or begins
    with 兼 (a post held besides, which no post begins with): the two lines are one person's post."""
    if not _next_is_title_then_name(typed, index):
        return False
    first = next(c for c in typed[index + 1] if c.kind not in (SEAT, PROXY_MARK))
    return first.text.startswith("兼") or first.x0 > cell.x0 + size


def _nearest(rows: list[_Row], x: float) -> _Row:
    return min(rows, key=lambda row: abs((row.title_x if row.title_x is not None else x) - x))


def _strip_proxy(text: str) -> tuple[str, bool]:
    stripped = PROXY.sub("", text)
    return stripped.strip(), stripped != text


# --- ruled tables with a header row ---------------------------------------------------


def _header_word(text: str) -> str | None:
    """The field a column header names: 氏名, 区分 …, and the many ways of saying where someone
    works (機関名・職名, 所属団体・役職)."""
    if text in _HEADER_WORDS:
        return _HEADER_WORDS[text]
    if re.fullmatch(r"(?:所属|機関|団体|組織)[^ ]{0,6}[・･/](?:職名|役職|官職)(?:等)?", text):
        return "title"
    if re.fullmatch(r"選出(?:区分|団体|母体|区|市町村|自治体|議会)?(?:名|等)?", text):
        return "title"  # 議席 | 氏名 | 選出区分 ⏎ 1番 | 三好 智子 | 清滝市議会議員: where a member was elected, the title
    return None


def _header_fields(line: Line) -> dict[float, str]:
    cells: list[tuple[float, str]] = []
    for cell in line.cells:
        text = clean(cell.text)
        if cells and len(text) == 1 and len(cells[-1][1]) == 1:
            cells[-1] = (cells[-1][0], cells[-1][1] + text)  # 氏　　　　名: spread over its column, cut at the gap
        else:
            cells.append((cell.x0, text))
    found = {x: _header_word(text) for x, text in cells if _header_word(text)}
    names = [x for x, field in found.items() if field == "name"]
    posts = sorted(x for x, field in found.items() if field == "title")
    first = next((clean(c.text) for c in line.cells if posts and c.x0 == posts[0]), "")
    # 氏名 | 所属等 | 氏名 | 所属等: two people a row, one post column each, not a body and its post
    side_by_side = len(posts) >= 2 and any(posts[0] < x < posts[1] for x in names)
    if "org" not in found.values() and len(posts) >= 2 and first.startswith("所属") and not side_by_side:
        found[posts[0]] = "org"  # 所属 | 職名 | 氏名: the body, printed once over its people, then the post
    titles_right = names and any(field == "title" and x > max(names) for x, field in found.items())
    titles_left = sorted(x for x, field in found.items() if field == "title" and names and x < min(names))
    if "role" not in found.values() and not titles_right and len(titles_left) >= 2:
        found[titles_left[0]] = "role"  # 役職 | 官職 | 氏名: the first is the part played in the meeting
    elif "role" not in found.values() and titles_right:
        for x, field in found.items():
            if field == "title" and x < min(names):
                found[x] = "role"  # 職名 | 氏名 | 所属・役職: the meeting role left of the name, the post right of it
    return found if len(found) >= 2 else {}


def _column_of(cell: _Cell, fields: list[tuple[float, str]]) -> tuple[float, str] | None:
    return max((f for f in fields if f[0] <= cell.x0 + 10), default=None, key=lambda f: f[0])


def _role_columns(typed: list[list[_Cell]], header: Line) -> set[float]:
    """職名 | 氏名 | 職名 | 氏名 over 委員長 | 黒田 | 副委員長 | 吉岡: a column its header calls a
    post but that holds nothing but meeting roles is a column of roles."""
    fields = sorted(_header_fields(header).items())
    held: dict[float, list[_Cell]] = {}
    for cells in typed:
        for cell in cells:
            column = _column_of(cell, fields)
            if column and column[1] == "title":
                held.setdefault(column[0], []).append(cell)
    return {x for x, cells in held.items() if len(cells) >= 2 and all(c.kind == ROLE for c in cells)}


def _post_in_remarks(cell: _Cell, fields: list[tuple[float, str]]) -> bool:
    """区分 | 氏名 | 備考 ⏎ 事務局 | 秋月 保 | 税務課長: where the table has no column of posts, a
    post in the 備考 column is the row's title (オンライン, 代理出席 are still notes)."""
    text = clean(cell.printed or cell.text)
    return (
        not any(field in ("title", "org") for _, field in fields)
        and cell.kind == TITLE
        and not _MODE.match(text)
        and not PROXY.search(text)
        and ends_with_post(text)
    )


def _by_header(cells: list[_Cell], header: Line, role_columns: set[float] = frozenset()) -> list[_Cell]:
    """Type each cell by the column it sits in, where the table prints what its columns hold."""
    fields = sorted(_header_fields(header).items())
    out = []
    for index, cell in enumerate(cells):
        column = _column_of(cell, fields)
        kind = {"role": ROLE, "name": NAME, "title": TITLE, "org": TITLE}.get(column[1]) if column else None
        if kind == NAME and _post_cut_from_name(cells, index):
            kind = None  # 局長　鮫島　英明 in the 氏名 column: the post printed before the name keeps its kind
        kind = ROLE if column and column[0] in role_columns else kind
        if column and column[1] == "seat" and re.fullmatch(r"[0-9]+", clean(cell.printed or cell.text)):
            kind = SEAT  # 議席 | 氏名 ⏎ 1 | 赤坂 徹: a bare number under 議席 is the seat, not a post
        if column and column[1] == "remark" and cell.kind == ROLE:
            # 長谷部 豊 | 会長 in the 備考 column: the part this row's person plays in the meeting
            named = [i for i, c in enumerate(out) if c.kind == NAME]
            if named:
                out[named[-1]] = replace(out[named[-1]], role=cell.text, own_role=True)
            continue
        if column and column[1] == "remark" and cell.kind != PROXY_MARK and not _post_in_remarks(cell, fields):
            continue  # オンライン, 書面: how someone took part
        if column and column[1] == "number":
            continue  # 1, 2, …: the row's running number
        if column and column[1] == "presence":
            if _ABSENT.match(clean(cell.text)):
                out.append(_Cell(ABSENT_MARK, "", cell.x0, cell.x1))
            elif cell.kind == PROXY_MARK or re.fullmatch(r"代(?:理)?", clean(cell.text)):
                out.append(_Cell(PROXY_MARK, "", cell.x0, cell.x1))  # 代理出席, 代 in the column of who came
            continue  # ○ present, × absent
        noted = re.fullmatch(rf"\((?P<role>{_NOTED_ROLES})\)", clean(cell.printed or cell.text)) if kind == NAME else None
        if noted:  # 浦田 美和 ⏎ （副会長） in the name cell: the role of the person above
            out.append(_Cell(ROLE, noted.group("role"), cell.x0, cell.x1, printed=cell.printed, own_role=True))
        elif cell.kind == PROXY_MARK or kind is None or (kind == NAME and cell.kind == NAME and cell.own_role):
            out.append(cell)  # 河野 真理子（座長） in the name column keeps the role read from it
        else:
            text = clean(cell.printed) if kind != NAME else cell.printed
            out.append(_Cell(kind, text, cell.x0, cell.x1, printed=cell.printed))
    return out
