"""Materials handed out: ``資料1``, ``資料１－２：``, ``参考資料3``, sub-numbers under a parent."""

from __future__ import annotations

import re

from ..records import Line, Material, Region, Section
from .common import cannot_start_item, clean, join_lines, list_right_edge, split_presenter, wraps

_BRACKETED = re.compile(r"^[(\[【〔][^)\]】〕]+[)\]】〕]$")

MATERIAL = re.compile(
    r"^(?P<prefix>参考資料|部会資料|追加資料|机上資料|(?:当日|机上)配[付布]資料|当日資料|資料|参考(?= )) ?(?P<no>No\. ?)?(?P<num>[0-9]+(?: ?- ?[0-9]+)*|[一二三四五六七八九十]+(?=[ :])|[A-Z](?![A-Za-z]))?(?=[ :]|$|[^0-9(])[ :]*(?P<title>.*)$"
)
_EVENT = re.compile(
    r"^[◎○◯〇●■□◆◇≪《<【\[(]? ?(?:[0-9]+ ?[.、]? ?)?(?:開会|閉会|開議|散会|閉議)(?:[・及び]+(?:開会|開議))?[≫》>】\])]?$"
    r"|^[^ :]{1,12}:.*(?:開会|開議)(?:を宣告|宣告)"  # 委員長：開会を宣告。: the proceedings have begun
)
_NONE = re.compile(r"^[(]?(?:なし|無し|特になし)[)]?$")  # 配付資料　なし: none handed out
_BULLET = re.compile(r"^[・･•] ?(?P<rest>[^ ・･•].*)$")
SUB_NUMBER = re.compile(r"^(?P<num>[0-9]+ ?- ?[0-9]+)[ :]*(?P<title>.*)$")


def parse_materials(
    sections: list[Section], meeting_id: str, right_edge: float = 0.0, regions: list[Region] | None = None
) -> list[Material]:
    """Every listed material. A line without a number continues the title above it when that
    one ran to the right edge, names its presenter when it is a bracket, and is a material of
    its own otherwise."""
    materials: list[Material] = []
    read: list[tuple[Material, Line]] = []  # each line and the material it was read into
    prefix = "資料"
    for section in sections:
        materials += _section_materials(section, meeting_id, right_edge, prefix, read)
    # A bare "参考資料" line over "参考資料1 …" lines is a subheading, not a material.
    kept = [
        m
        for i, m in enumerate(materials)
        if m.title or not any(other.material_no.startswith(m.material_no) for other in materials[i + 1 :])
    ]
    if regions is not None:
        seq = {id(m): n for n, m in enumerate(kept, 1)}
        regions += [
            Region("materials", str(seq[id(m)]), line.page, line.x0, line.top, line.x1, line.bottom)
            for m, line in read
            if id(m) in seq
        ]
    return kept


def _section_materials(
    section: Section, meeting_id: str, right_edge: float, prefix: str, read: list[tuple[Material, Line]]
) -> list[Material]:
    materials: list[Material] = []
    last_line = None
    right_edge = list_right_edge(section.lines, right_edge)
    for line in (line for line in section.lines if line.text):
        text = re.sub(r"^[・･•] ?(?=参考資料|資料)", "", line.text)  # ・資料１ …: a bullet before the number
        bullet = _BULLET.match(text)  # ・現地調査報告書: a bullet opens a material of its own, numbered or not
        text = bullet.group("rest") if bullet else text
        if _EVENT.match(text) or _NONE.match(text):
            continue  # 開会, ≪1.開会≫ under the list: the proceedings beginning, not a material
        open_title = bool(materials) and materials[-1].title.count("(") > materials[-1].title.count(")")
        under_title = _under_title(line, last_line)
        match = None if open_title or under_title else MATERIAL.match(text)
        sub = None if match or open_title or under_title else SUB_NUMBER.match(text)
        if match:
            prefix = clean(match.group("prefix"))
            number = (match.group("num") or "").replace(" ", "")
            number = f"No.{number}" if match.group("no") and number else number  # 資料No.1
            materials.append(_material(meeting_id, prefix + number, match.group("title"), line.page))
        elif sub:
            number = sub.group("num").replace(" ", "")
            materials.append(_material(meeting_id, prefix + number, sub.group("title"), line.page))
        elif materials and _BRACKETED.match(text) and not materials[-1].presenter and split_presenter(f"x{text}")[1]:
            # A presenter on a line of its own: a bare body（交通局）names who presents it; a note
            # （菊池委員提出資料）says what the material is, and the title keeps it as printed.
            last = materials[-1]
            if "資料" in text:
                last.title = clean(join_lines([last.title, text]))
            last.presenter = split_presenter(f"x{text}")[1]
        elif materials and not bullet and (
            # （総務局）set right on a line of its own ends its title, however far right it reaches
            (wraps(last_line, right_edge) and not _BRACKETED.match(last_line.text))
            or not materials[-1].title
            or _BRACKETED.match(text)
            or cannot_start_item(text)
            or open_title  # …(観光庁提出 ⏎ 資料)
            or under_title
        ):
            last = materials[-1]
            last.title = clean(join_lines([last.title, text]))
            last.presenter = split_presenter(last.title)[1] or last.presenter
        else:
            materials.append(_material(meeting_id, "", text, line.page))
        if materials:
            read.append((materials[-1], line))
        last_line = line
    return materials


def _under_title(line: Line, above: Line | None) -> bool:
    """A line set under the title of the numbered material above it (参考資料　…連絡会議 ⏎
    構成員名簿), not under its number: the rest of that title."""
    if above is None or above.page != line.page or len(line.cells) != 1:
        return False
    first = above.cells[0]
    match = MATERIAL.match(first.text)
    if not match or not (match.group("title") or len(above.cells) >= 2):
        return False
    if len(above.cells) >= 2 and not match.group("title"):
        title_x = above.cells[1].x0
    else:  # 参考資料　…連絡会議 in one cell: where its title starts, by the share of letters before it
        title_x = first.x0 + (first.x1 - first.x0) * match.start("title") / max(len(first.text), 1)
    return abs(line.x0 - title_x) < line.size / 2


def _material(meeting_id: str, number: str, text: str, page: int) -> Material:
    """The title as printed, its bracketed note included; the presenter read from that note."""
    title = clean(text)
    return Material(meeting_id, 0, number, title, split_presenter(title)[1], page)
