"""Role labels as printed (議長, 座長代理, 構成員, 説明員, …) mapped to a small vocabulary."""

from __future__ import annotations

import re
import unicodedata

ROLE_CLASSES = (
    "chair",
    "acting_chair",
    "deputy_chair",
    "vice_chair",
    "adviser",
    "member",
    "secretary",
    "secretariat",
    "explainer",
    "observer",
    "other",
)

# The head of a body, under the names bodies give it.
_HEAD = r"(?:議長|座長|委員長|会長|部会長|分科会長|本部長|主査|主任|共同座長|理事長|教育長|市長|町長|村長|区長|知事)"
_RULES = (
    (re.compile(rf"^{_HEAD}(?:代行|職務代行者?|職務代理者?)$"), "acting_chair"),
    (re.compile(rf"^{_HEAD}(?:代理|代理者)$"), "deputy_chair"),
    (re.compile(rf"^副{_HEAD}$"), "vice_chair"),
    (re.compile(rf"^{_HEAD}$"), "chair"),
    (re.compile(r"(?:顧問|参与|アドバイザー|特別顧問)$"), "adviser"),
    (re.compile(r"(?:オブザーバー|オブザーバ|陪席|傍聴|列席)"), "observer"),
    (re.compile(r"(?:事務局|庶務|議会局|職務のため出席)"), "secretariat"),
    (re.compile(r"(?:幹事|書記|事務総長)$"), "secretary"),
    (
        re.compile(r"(?:説明員|説明者|説明のため|理事者|出席説明|報告者|発表者|プレゼンター|ヒアリング|参考人|関係者|執行機関)"),
        "explainer",
    ),
    (
        re.compile(
            r"(?:構成員|委員|議員|メンバー|有識者|臨時委員|専門委員|特別委員|出席者|出席議員|出席委員|本部員|部会員|会員|閣僚)"
        ),
        "member",
    ),
)


def role_class(role: str, group: str = "") -> str:
    """The class of a printed role label; the group heading stands in when no role is printed.

    >>> role_class("議長"), role_class("議長代行"), role_class("座長代理"), role_class("副会長")
    ('chair', 'acting_chair', 'deputy_chair', 'vice_chair')
    >>> role_class("構成員"), role_class("", "出席議員"), role_class("", "説明のため出席した者")
    ('member', 'member', 'explainer')
    >>> role_class("", "事務局"), role_class("オブザーバー"), role_class("顧問"), role_class("", "")
    ('secretariat', 'observer', 'adviser', 'other')
    """
    for label in (role, group):
        label = re.sub(r"\s+", "", unicodedata.normalize("NFKC", label or ""))
        if not label:
            continue
        for pattern, name in _RULES:
            if pattern.search(label):
                return name
    return "other"
