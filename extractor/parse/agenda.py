"""Agenda items: numbered items, bulleted and indented sub-items, titles wrapping to the next line."""

from __future__ import annotations

import re
from dataclasses import replace

from ..dates import find_date, kanji_number
from ..records import AgendaItem, Line, Region, Section
from ..sections import HEADING_AT_END, is_stage_direction, numbering_style
from .common import cannot_start_item, clean, join_lines, list_right_edge, split_presenter, wraps

# An item number as normalized text shows it: (1) 1. 1 一、 第1 日程第1 議題1.
ITEM_NUMBER = re.compile(
    r"^(?:(?P<extra>追加 ?)?日程 ?第 ?(?P<nittei>[0-9一二三四五六七八九十]+) ?|議題 ?(?P<gidai>[0-9]+)(?: ?[.:)]| |(?=[^0-9]))|\( ?(?P<paren>[0-9一二三四五六七八九十]+) ?\)"
    r"|第 ?(?P<dai>[0-9一二三四五六七八九十]+)(?![0-9一二三四五六七八九十]* ?号)"
    r"|(?P<digit>[0-9]+)(?!号)(?: ?[.、)]| (?=\D)|(?=[^0-9.,:]))|(?P<kanji>[一二三四五六七八九十]+)(?: ?[.、]| )"
    r"|(?P<kana>[アイウエオカキクケコサシスセソタチツテト])(?: ?[.、)]| ))"
)
_KANA_ORDER = "アイウエオカキクケコサシスセソタチツテト"
# 開会, 挨拶: a step of the proceedings, listed before the numbered items, not a heading over them
_PROCEEDING = re.compile(r"開会|閉会|開議|散会|挨拶|あいさつ")
# A line holding several numbered items: （２）その他 ３．閉会
_GLUED = re.compile(r" (?=\( ?[0-9]+ ?\)|[0-9]+ ?\.)")
_NONE = re.compile(r"^[(]?(?:なし|無し)[)]?$")
# How agenda titles end: a line ending so is a whole title, however long.
# …の決定について(東楢崎駅北地区): a note in brackets after the ending does not reopen the title
_COMPLETE = re.compile(r"(?:について|の件|に関する件|その他)(?:\([^()]*\))?$")
# (以上3件 予算審査特別委員長報告): a note on the items above, not an item nor one item's presenter
_SHARED_NOTE = re.compile(r"^\(以上")
BULLET = re.compile(r"^[・●○◯〇◆◇■□▪•\-] ?")
# 報告第1号, 議案第1号, 市第54号議案: a bill listed under an agenda item.
BILL = re.compile(r"^[^ 0-9()]{0,8}第 ?[0-9一二三四五六七八九十百]+ ?号")
# "議事日程と同じ", "同上": a reference to another list, not an item.
_SAME_AS = re.compile(r"(?:と同じ|に同じ|のとおり|同上)$")
_BRACKETED = re.compile(r"^[(\[【〔](?:[^()\]】〕]|\([^()]*\))+[)\]】〕]$")  # one bracket inside allowed
# 追加議事日程(第1号): the heading of the items added to the day's agenda, not an item
_AGENDA_HEADING = re.compile(r"^(?:[◎○◯〇●■□◆◇] ?)?(?:追加)?議事日程 ?\(? ?第 ?[0-9一二三四五六七八九十]+ ?号 ?\)?$")


def parse_agenda(
    sections: list[Section], meeting_id: str, right_edge: float = 0.0, regions: list[Region] | None = None
) -> list[AgendaItem]:
    """Every agenda item, numbered as printed (``2.1`` is the first sub-item of ``2``).

    Each numbering style met is one level deeper than the styles before it; a
    bullet, a bill (``報告第1号``) or an indented line under an item is a
    sub-item of it; a line under an item that filled its line continues its title.
    """
    items: list[AgendaItem] = []
    first_region = len(regions) if regions is not None else 0
    styles: list[str] = []  # numbering styles in the order met: outermost first
    open_items: list[str] = []  # item_no of the last item at each level
    children: dict[str, int] = {}
    last_line: Line | None = None
    item_x: dict[str, float] = {}
    unnumbered = ""  # the last top-level item printed without a number

    def add_child(parent: str, text: str, line: Line) -> None:
        children[parent] = children.get(parent, 0) + 1
        item_no = f"{parent}.{children[parent]}" if parent else str(children[parent])
        items.append(_item(meeting_id, item_no, parent, text, line))
        item_x[item_no] = line.x0

    for section in sections:
        # measured without the sheet's right-aligned date: only titles show where a full line ends
        right = list_right_edge([line for line in section.lines if not _is_when(line.text)], right_edge)
        left = min((line.x0 for line in section.lines), default=0.0)
        for line, text in _item_texts(section.lines):
            if not items and not ITEM_NUMBER.match(text) and line.x0 > (left + right) / 2:
                continue  # 次第 ⏎ (set right) 令和7年2月13日 ⏎ 午後6時30分から ⏎ 会議室: the sheet's when and where
            if not text or _SAME_AS.search(text) or _is_when(text) or _NONE.match(text) or is_stage_direction(text):
                continue
            if _SHARED_NOTE.match(text):
                continue
            if _AGENDA_HEADING.match(BULLET.sub("", text)) or _table_header(line):
                continue
            text = re.sub(r"^【[^】]{1,10}】 ?(?=[・●○◯〇■□])", "", text)  # 【報告事項】・…: a label before the bullet
            number = ITEM_NUMBER.match(text)
            if number and number.group("extra"):
                # 追加日程第1: an item added to the day's agenda, numbered apart from the others
                item_no = f"追加{_number(number.group('nittei'))}"
                open_items = [item_no]
                items.append(_item(meeting_id, item_no, "", text[number.end() :], line))
                item_x[item_no] = line.x0
            elif number:
                style = numbering_style(line.cells[0].raw)
                if style not in styles and not styles and open_items and open_items[0] == unnumbered:
                    # 所管事務調査 ⏎ (1)…: numbered items under an unnumbered first item, or set in under one
                    if line.x0 > item_x[unnumbered] + line.size / 2 or (len(items) == 1 and not _PROCEEDING.search(items[0].title)):
                        styles.append("")
                if style not in styles:
                    styles.append(style)
                level = min(styles.index(style), len(open_items))
                parent = open_items[level - 1] if level else ""
                own = _number(next(group for name, group in number.groupdict().items() if group and name != "extra"))
                item_no = f"{parent}.{own}" if parent else str(own)
                open_items[level:] = [item_no]
                items.append(_item(meeting_id, item_no, parent, text[number.end() :], line))
                item_x[item_no] = line.x0
            elif BULLET.match(text):
                add_child(open_items[-1] if open_items else "", text[BULLET.match(text).end() :], line)
            elif items and not items[-1].title:
                items[-1].title, items[-1].presenter = split_presenter(clean(text))  # 日程第1 ⏎ its title
            elif items and BILL.match(text) and not items[-1].parent_no and not BILL.match(items[-1].title):
                add_child(items[-1].item_no, text, line)
            elif items and BILL.match(text):
                add_child(items[-1].parent_no, text, line)
            elif items and _BRACKETED.match(text) and not items[-1].presenter and split_presenter(f"x{text}")[1]:
                items[-1].presenter = split_presenter(f"x{text}")[1]
            elif items and (
                _continues(line, last_line, item_x.get(items[-1].item_no), right, right_edge)
                or _rest_of_bill(line, last_line, items[-1], text)
                or _BRACKETED.match(text)
                or cannot_start_item(text)
            ):
                last = items[-1]
                last.title, last.presenter = split_presenter(clean(join_lines([_printed(last), text])))
            elif items and line.x0 > item_x.get(items[-1].item_no, line.x0) + line.size / 2:
                add_child(items[-1].item_no, text, line)
            else:
                parent = items[-1].parent_no if items else ""
                add_child(parent, text, line)
                if not parent:
                    open_items = [items[-1].item_no]
                    unnumbered = items[-1].item_no
            if regions is not None and items:
                regions.append(Region("agenda", str(len(items)), line.page, line.x0, line.top, line.x1, line.bottom))
            last_line = line
    return _once(items, regions, first_region)


def _once(items: list[AgendaItem], regions: list[Region] | None, first_region: int) -> list[AgendaItem]:
    """議事日程 ⏎ 日程第1 一般質問 … 本日の会議に付した事件 ⏎ 日程第1 一般質問: one item, listed
    twice; where each item was read follows it to its place in the shorter list."""
    seen: set[tuple[str, str]] = set()
    unique: list[AgendaItem] = []
    place: dict[str, str] = {}
    for index, item in enumerate(items, 1):
        if (item.item_no, item.title) not in seen:
            unique.append(item)
            place[str(index)] = str(len(unique))
        seen.add((item.item_no, item.title))
    if regions is not None:
        regions[first_region:] = [replace(r, key=place[r.key]) for r in regions[first_region:] if r.key in place]
    return unique


_COLUMN_NAMES = {"日程", "議案番号", "番号", "件名", "事件名", "案件名", "議題", "提出者", "備考", "付託委員会"}


def _table_header(line: Line) -> bool:
    """日程 | 議案番号 | 件　　名: the header row of an agenda set as a table."""
    names: list[str] = []
    for cell in line.cells:
        text = re.sub(r"\s", "", cell.text)
        if len(text) == 1 and names and len(names[-1]) == 1:
            names[-1] += text  # 件　　　　名: a name spread over its column, cut at the gap
        else:
            names.append(text)
    return len(names) > 1 and all(name in _COLUMN_NAMES for name in names)


def _continues(line: Line, above: Line | None, item_x: float | None, right: float, page_right: float) -> bool:
    """The rest of the title above: set in under a line that ran to the list's right edge
    (or far along it), or flush under a line that ran to the page's right edge."""
    if above is None:
        return False
    if _COMPLETE.search(above.text):
        return False  # …について: a title that has ended
    start = min(above.x0, item_x if item_x is not None else above.x0)
    if line.x0 > start + line.size / 2:
        return wraps(above, right) or (line.x0 > above.x0 + 2 * line.size and above.x1 >= right - 6 * line.size)
    return wraps(above, page_right)


# How a bill's title ends: 条例, 予算, 請願, …について, …関係分, or a closing bracket
_BILL_END = re.compile(r"(?:について|の件|条例|予算|決算|請願|陳情|意見書|分|[)」])$")


def _rest_of_bill(line: Line, above: Line | None, item: AgendaItem, text: str) -> bool:
    """議案第94号 …補正予算(第5号)のうち農林 ⏎ 水産委員会関係分: a line flush under a bill whose
    title has not ended goes on with it (a new item would be a bill or numbered)."""
    return (
        above is not None
        and bool(BILL.match(item.title))
        and abs(line.x0 - above.x0) < line.size / 2
        and not _BILL_END.search(above.text)
        and not ITEM_NUMBER.match(text)
    )


def _item_texts(lines: list[Line]):
    """Each line's text, a line holding several numbered items split into one text per item."""
    for line in lines:
        text = HEADING_AT_END.sub("", line.text)  # 3.閉会 配付資料一覧: the next section's heading, run on
        number = ITEM_NUMBER.match(line.text)
        if number and len(text.strip()) <= number.end():
            text = line.text  # 1 付託議案: the heading word is the item's own title
        for part in _GLUED.split(text) if ITEM_NUMBER.match(text) else [text]:
            yield line, part.strip()


def _number(text: str) -> int:
    return _KANA_ORDER.index(text) + 1 if text in _KANA_ORDER else kanji_number(text)


def _is_when(text: str) -> bool:
    """``平成25年1月18日(金曜日)午前10時開会``: when the agenda is for, not an item of it."""
    found = find_date(text)
    return found is not None and not re.sub(r"[0-9〇一二三四五六七八九十:午前後時分開会議 ]", "", text[found.end :])


def _item(meeting_id: str, item_no: str, parent: str, text: str, line: Line) -> AgendaItem:
    title, presenter = split_presenter(clean(text))
    return AgendaItem(meeting_id, 0, item_no, parent, title, presenter, line.page)


def _printed(item: AgendaItem) -> str:
    """The item's text as printed so far, presenter included, to append a wrapped line to."""
    return f"{item.title}[{item.presenter}]" if item.presenter else item.title
