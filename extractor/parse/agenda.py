"""Agenda items: numbered items, bulleted sub-items, titles wrapping to the next line."""

from __future__ import annotations

import re

from ..dates import kanji_number
from ..records import AgendaItem, Line, Section
from ..sections import numbering_style
from .common import clean, join_lines, split_presenter

# An item number as normalized text shows it: (1) 1. 1 一、 第1.
ITEM_NUMBER = re.compile(
    r"^(?:\( ?(?P<paren>[0-9]+) ?\)|第 ?(?P<dai>[0-9]+)|(?P<digit>[0-9]+)(?: ?[.、)]| (?=\D)|(?=[^0-9.,:]))"
    r"|(?P<kanji>[一二三四五六七八九十]+) ?[.、])"
)
BULLET = re.compile(r"^[・●○◯〇◆◇■□▪•\-] ?")
# "議事日程と同じ", "同上": a reference to another list, not an item.
_SAME_AS = re.compile(r"(?:と同じ|に同じ|のとおり|同上)$")


def parse_agenda(sections: list[Section], meeting_id: str) -> list[AgendaItem]:
    """Every agenda item, numbered as printed (``2.1`` is the first sub-item of ``2``).

    Each numbering style met is one level deeper than the styles before it; a
    bullet is a sub-item of the deepest numbered item; an unnumbered line
    continues the title of the item above it.
    """
    items: list[AgendaItem] = []
    styles: list[str] = []  # numbering styles in the order met: outermost first
    open_items: list[str] = []  # item_no of the last item at each level
    bullets: dict[str, int] = {}
    for line in (line for section in sections for line in section.lines if line.text):
        text = line.text
        if _SAME_AS.search(text):
            continue
        number = ITEM_NUMBER.match(text)
        bullet = None if number else BULLET.match(text)
        if number:
            style = numbering_style(line.cells[0].raw)
            if style not in styles:
                styles.append(style)
            level = min(styles.index(style), len(open_items))
            parent = open_items[level - 1] if level else ""
            own = kanji_number(next(group for group in number.groups() if group))
            item_no = f"{parent}.{own}" if parent else str(own)
            open_items[level:] = [item_no]
            items.append(_item(meeting_id, item_no, parent, text[number.end() :], line))
        elif bullet:
            parent = open_items[-1] if open_items else ""
            bullets[parent] = bullets.get(parent, 0) + 1
            item_no = f"{parent}.{bullets[parent]}" if parent else str(bullets[parent])
            items.append(_item(meeting_id, item_no, parent, text[bullet.end() :], line))
        elif items:
            last = items[-1]
            last.title, last.presenter = split_presenter(clean(join_lines([_printed(last), text])))
        else:
            items.append(_item(meeting_id, "1", "", text, line))
            open_items = ["1"]
    return items


def _item(meeting_id: str, item_no: str, parent: str, text: str, line: Line) -> AgendaItem:
    title, presenter = split_presenter(clean(text))
    return AgendaItem(meeting_id, item_no, parent, title, presenter, line.page)


def _printed(item: AgendaItem) -> str:
    """The item's text as printed so far, presenter included, to append a wrapped line to."""
    return f"{item.title}[{item.presenter}]" if item.presenter else item.title
