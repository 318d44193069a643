"""Small text rules shared by the section parsers."""

from __future__ import annotations

import re

from ..records import Line
from ..textnorm import close_letter_spacing, squeeze_spaces

# A bracketed note at the end of an item naming who presents it:
# ``…ガイドライン(案)[デジタル庁]``, ``…の状況(事務局説明資料)``, ``委員提出資料(石川委員)``.
_SQUARE_TAIL = re.compile(r"^(?P<title>.*?) ?[\[【〔](?P<who>[^\]】〕]+)[\]】〕]$")
_ROUND_TAIL = re.compile(r"^(?P<title>.+?) ?\((?P<who>[^()]+)\)$")
_PRESENTER_WORDS = re.compile(r"(?:からの)?(?:提出資料|説明資料|提出|説明|資料|報告)$")
# A bracket naming several bodies, or joined by および, is what an item is about, not who presents it.
_LIST = re.compile(r"[、,]|および|及び|(?:省|庁|府|局|市|町|村|県)・")  # 経済産業省・国土交通省
_BODY_ENDINGS = re.compile(r"(?:省|庁|府|官房|局|部|課|室|会|委員|構成員|座長|参考人|事務局|本部|機構|センター|事務所|研究所|保健所|衛生所|会社|大臣|長|官|市|県|都|道|区|町|村)$")


_PLACE_ENDING = re.compile(r"(?:市|町|村|区|県|都|道|府)$")
_BODY_NAME_ENDING = re.compile(r"(?:会|法人|会社|組合|協会|財団|病院|学園|学院)$")
# 平成29年諮問第23号: a document's number, never who presents it
_NUMBERED = re.compile(r"第 ?[0-9一二三四五六七八九十]+ ?号")
# A case an assembly decides (議案第12号, 請願第3号): brackets after its name are part of it.
# 委員長報告, 部会長説明: an item named for the post that reports
_POST_REPORTS = re.compile(r"長(?:報告|説明)$")
_CASE_BUREAU = re.compile(r"^[^()]{1,20}(?:部|課|局|室|委員会|事務局)$")
_CASE = re.compile(r"^(?:議案|議第|諮問|報告|承認|請願|陳情|発議|認定)第? ?[0-9]+ ?号")


def split_presenter(text: str) -> tuple[str, str]:
    """``(title, presenter)`` from an item whose end names who presents it.

    >>> split_presenter("AIディスカッションペーパー(第1.0版)の公表[金融庁]")
    ('AIディスカッションペーパー(第1.0版)の公表', '金融庁')
    >>> split_presenter("地域公共交通の現状と課題(事務局提出資料)")
    ('地域公共交通の現状と課題', '事務局')
    >>> split_presenter("委員提出資料(石川委員)")
    ('委員提出資料', '石川委員')
    >>> split_presenter("導入事例の報告[若楓市、菖蒲台町]"), split_presenter("技術的条件について【平成29年諮問第23号】")[1]
    (('導入事例の報告[若楓市、菖蒲台町]', ''), '')
    >>> split_presenter("医療法人社団みずなら会(銀嶺市)")[1], split_presenter("導入事例の報告(若楓市)")[1]
    ('', '若楓市')
    >>> split_presenter("取組状況について(経済産業省・国土交通省)")[1], split_presenter("制度整備について(内閣官房)")[1]
    ('', '内閣官房')
    >>> split_presenter("とりまとめに向けた論点整理(案)")
    ('とりまとめに向けた論点整理(案)', '')
    >>> split_presenter("議案第138号 指定管理者の指定について(高森県立こども療育センター)")[1]
    ''
    >>> split_presenter("委員長報告(総務文教常任委員会)")
    ('委員長報告(総務文教常任委員会)', '')
    >>> split_presenter("諮問第115号 審査請求について(教育委員会)")[1], split_presenter("議案第34号 財産の取得について(除雪ドーザ)")[1]
    ('教育委員会', '')
    >>> split_presenter("県営ほ場整備事業(石倉地区)")
    ('県営ほ場整備事業(石倉地区)', '')
    >>> split_presenter("地域商店街の現状と課題について(事務局説明)")
    ('地域商店街の現状と課題について(事務局説明)', '')
    """
    match = _SQUARE_TAIL.match(text)
    if match and not _LIST.search(match.group("who")) and not _NUMBERED.search(match.group("who")):
        return match.group("title").strip(), match.group("who").strip()
    if match:
        return text, ""  # …[若楓市、菖蒲台町], …【平成29年諮問第23号】: what the item is about
    match = _ROUND_TAIL.match(text)
    if match and _POST_REPORTS.search(match.group("title")):
        return text, ""  # 委員長報告(総務文教常任委員会): the title names who reports, the bracket whose post it is
    if match and _CASE.match(text) and match.group("title").endswith("について") and _CASE_BUREAU.search(match.group("who")):
        if not _LIST.search(match.group("who")):
            # 諮問第114号 …審査請求について(市民生活部市民課): the office that brings the case
            return match.group("title").strip(), match.group("who").strip()
    if match and match.group("who").strip().endswith("説明"):
        return text, ""  # …について(事務局説明): what is done under the item, as (提案理由の説明), not a presenter
    if match and not _CASE.match(text):  # 議案第138号…について(…センター): the bracket is the case's
        named = _PRESENTER_WORDS.sub("", match.group("who").strip())
        # 医療法人社団みずなら会(銀嶺市): a body and the town it is in, not who presents it
        located = _PLACE_ENDING.search(named) and _BODY_NAME_ENDING.search(match.group("title"))
        # 県営ほ場整備事業(石倉地区): the district a project is in, not a ward that presents it
        district = re.search(r"地区$", named)
        if _BODY_ENDINGS.search(named) and not _LIST.search(named) and not located and not district:
            return match.group("title").strip(), named
    return text, ""


def join_lines(parts: list[str]) -> str:
    """Join wrapped lines: no space between Japanese characters, one between Latin words.

    >>> join_lines(["DFFT(Data Free", "Flow with Trust)の取組", "を進める"])
    'DFFT(Data Free Flow with Trust)の取組を進める'
    >>> join_lines(["一般社団法人地域BW", "A推進協議会"])
    '一般社団法人地域BWA推進協議会'
    """
    text = ""
    for part in parts:
        part = part.strip()
        if text and part and text[-1].isascii() and text[-1].isalnum() and part[0].isascii() and part[0].isalpha():
            # 地域ＢＷ ⏎ Ａ推進協議会: a Latin word set in Japanese text, cut by the wrap, is one word
            tail = re.search(r"[A-Za-z0-9]+$", text)
            head = re.match(r"[A-Za-z0-9]+", part)
            before = text[: tail.start()][-1:] if tail else ""
            after = part[head.end() :][:1] if head else ""
            if not (before and not before.isascii() and after and not after.isascii()):
                text += " "
        text += part
    return text


def clean(text: str) -> str:
    """A title or label as we store it: letter-spacing closed, layout spaces dropped.

    >>> clean("開 会"), clean("中央合同庁舎 8 号館 1 階講堂")
    ('開会', '中央合同庁舎8号館1階講堂')
    """
    return squeeze_spaces(close_letter_spacing(text.strip()))


def wraps(line: Line | None, right_edge: float) -> bool:
    """True when the line runs to the right edge of the text, so its text goes on below."""
    return line is not None and right_edge > 0 and line.x1 >= right_edge - 2 * line.size


_CANNOT_START = re.compile(r"^[\u3041-\u309f)」』】、。・ー]")


def cannot_start_item(text: str) -> bool:
    """An item never starts with a kana ending or closing punctuation: such a line goes on from the one above.

    >>> cannot_start_item("る条例について"), cannot_start_item("いて"), cannot_start_item("議案第13号")
    (True, True, False)
    >>> cannot_start_item("その他")
    False
    """
    return bool(_CANNOT_START.match(text)) and not text.startswith("その他")


def list_right_edge(lines: list[Line], page_right_edge: float) -> float:
    """Where a list's full lines end: lists are often narrower than the page (a right indent,
    a table), so a list of a few lines or more is measured by its own longest line."""
    lines = [line for line in lines if line.text]
    return max(line.x1 for line in lines) if len(lines) >= 3 else page_right_edge


def body_right_edge(lines: list[Line]) -> float:
    """Where full lines end: the right edge of the text block."""
    return max((line.x1 for line in lines), default=0.0)
