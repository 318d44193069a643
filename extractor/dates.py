"""Era dates, kanji numerals and clock times, as printed in minutes headers.

Every function takes text that has been through :func:`extractor.textnorm.normalize`
(ASCII digits, ``~`` for tildes, ``(`` for brackets).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
_ERA_LETTERS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
WEEKDAYS = "月火水木金土日"

_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUM = r"[0-9〇零一二三四五六七八九十百千]+"

_ERA_DATE = re.compile(
    rf"(?P<era>{'|'.join(ERAS)}) ?(?P<y>元|{_NUM}) ?年"
    rf"(?: ?(?P<m>{_NUM}) ?月(?: ?(?P<d>{_NUM}) ?日)?)?"
    rf"(?: ?\( ?(?P<wd>[{WEEKDAYS}])(?:曜日?)? ?\))?"
)
_ERA_ABBREV = re.compile(
    rf"(?<![A-Za-z])(?P<era>[{''.join(_ERA_LETTERS)}]) ?(?P<y>\d{{1,2}})[./](?P<m>\d{{1,2}})[./](?P<d>\d{{1,2}})(?!\d)"
)
_WESTERN_DATE = re.compile(
    rf"(?P<y>(?:19|20)\d\d)(?: ?年 ?(?P<m>\d{{1,2}}) ?月 ?(?P<d>\d{{1,2}}) ?日"
    rf"| ?- ?(?P<m2>\d{{1,2}}) ?- ?(?P<d2>\d{{1,2}})(?!\d)| ?/ ?(?P<m3>\d{{1,2}}) ?/ ?(?P<d3>\d{{1,2}})(?!\d))"
    rf"(?: ?\( ?(?P<wd>[{WEEKDAYS}])(?:曜日?)? ?\))?"
)
_TIME = re.compile(
    # minutes in kanji need their 分: 午前十時 ⏎ 四　散会 must not read as 10:04
    rf"(?P<ampm>午前|午後)? ?(?P<h>{_NUM}) ?(?:(?P<colon>:) ?(?P<mc>\d\d)|時(?: ?(?:(?P<mk>[0-9]+|半) ?分?|(?P<mj>{_NUM}) ?分))?)"
)
_RANGE_SEPARATOR = re.compile(r"^ ?(?:~|-|から|至|より) ?$")


def kanji_number(text: str) -> int:
    """Read a number written in ASCII digits or kanji.

    >>> kanji_number("二十六"), kanji_number("十四"), kanji_number("七"), kanji_number("〇五")
    (26, 14, 7, 5)
    >>> kanji_number("2025"), kanji_number("元")
    (2025, 1)
    """
    if text.isascii() and text.isdigit():
        return int(text)
    if text == "元":
        return 1
    total, digit = 0, None
    for char in text:
        if char in _KANJI_UNITS:
            total += (digit if digit is not None else 1) * _KANJI_UNITS[char]
            digit = None
        elif char in _KANJI_DIGITS or char.isdigit():
            value = _KANJI_DIGITS[char] if char in _KANJI_DIGITS else int(char)
            digit = value if digit is None else digit * 10 + value
        else:
            raise ValueError(f"not a number: {text!r}")
    return total + (digit or 0)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in text: the ISO value, and the weekday the document printed."""

    iso: str
    printed_weekday: str
    start: int
    end: int

    @property
    def weekday(self) -> str:
        """The weekday the date falls on, as a kanji (水 for a Wednesday)."""
        return WEEKDAYS[dt.date.fromisoformat(self.iso).weekday()]


def find_date(text: str) -> FoundDate | None:
    """The first full date in the text, as ISO.

    >>> find_date("令和 7 年 5 月 14 日(水)11:30~12:00")
    FoundDate(iso='2025-05-14', printed_weekday='水', start=0, end=18)
    >>> find_date("令和元年7月26日(金)").iso
    '2019-07-26'
    >>> find_date("令和七年五月十四日").iso
    '2025-05-14'
    >>> find_date("R7.2.25 議決").iso
    '2025-02-25'
    >>> find_date("令和7年2月30日") is None
    True
    >>> find_date("開催日: 2024-12-26").iso, find_date("2024/11/05 1:34").iso
    ('2024-12-26', '2024-11-05')
    """
    for pattern in (_ERA_DATE, _ERA_ABBREV, _WESTERN_DATE):
        for match in pattern.finditer(text):
            groups = match.groupdict()
            groups["m"] = groups.get("m") or groups.get("m2") or groups.get("m3")
            groups["d"] = groups.get("d") or groups.get("d2") or groups.get("d3")
            if not groups["m"] or not groups["d"]:
                continue
            if pattern is _WESTERN_DATE:
                year = int(groups["y"])
            else:
                era = groups["era"]
                era = _ERA_LETTERS.get(era, era)
                year = ERAS[era] + kanji_number(groups["y"]) - 1
            try:
                day = dt.date(year, kanji_number(groups["m"]), kanji_number(groups["d"]))
            except ValueError:
                continue
            return FoundDate(day.isoformat(), groups.get("wd") or "", match.start(), match.end())
    return None


_MONTH_DAY = re.compile(rf"(?P<m>{_NUM}) ?月 ?(?P<d>{_NUM}) ?日")


def find_month_day(text: str, after: str) -> FoundDate | None:
    """A date printed without its year (開議 9月11日), in the year of the ISO date ``after``
    or, for an earlier month, the year after it.

    >>> find_month_day("開議 9月11日 午前10時00分", "2018-09-10").iso
    '2018-09-11'
    >>> find_month_day("開議 一月八日", "2018-12-20").iso
    '2019-01-08'
    """
    match = _MONTH_DAY.search(text)
    if not match:
        return None
    year, month = int(after[:4]), kanji_number(match.group("m"))
    try:
        day = dt.date(year + (month < int(after[5:7])), month, kanji_number(match.group("d")))
    except ValueError:
        return None
    return FoundDate(day.isoformat(), "", match.start(), match.end())


@dataclass(frozen=True, slots=True)
class FoundTime:
    hhmm: str
    meridiem: str
    start: int
    end: int


def find_times(text: str) -> list[FoundTime]:
    """Clock times in the order they are printed, as ``HH:MM``.

    >>> [t.hhmm for t in find_times("午後1時30分 至 午後4時55分")]
    ['13:30', '16:55']
    >>> [t.hhmm for t in find_times("8:45~8:55")]
    ['08:45', '08:55']
    >>> [t.hhmm for t in find_times("午前十時 開会")], [t.hhmm for t in find_times("午前10時~正午")]
    (['10:00'], ['10:00', '12:00'])
    >>> [t.hhmm for t in find_times("午前十時四十二分閉会")], [t.hhmm for t in find_times("三月六日 午前十時 四散 会")]
    (['10:42'], ['10:00'])
    >>> [t.hhmm for t in find_times("2 時 間 午前9時58分開会~午前11時45分閉会")]
    ['09:58', '11:45']
    """
    found = [FoundTime("12:00", "", m.start(), m.end()) for m in re.finditer("正午", text)]
    for match in _TIME.finditer(text):
        hour = kanji_number(match.group("h"))
        minute_text = match.group("mc") or match.group("mk") or match.group("mj")
        minute = 30 if minute_text == "半" else kanji_number(minute_text) if minute_text else 0
        meridiem = match.group("ampm") or ""
        if not meridiem and not minute_text and not match.group("colon") and re.match(r" ?間", text[match.end() :]):
            continue  # ２時間, 時　　間 after an item number: a duration or a label, not a clock time
        if meridiem == "午後" and hour < 12:
            hour += 12
        if hour > 24 or minute > 59:
            continue
        found.append(FoundTime(f"{hour:02d}:{minute:02d}", meridiem, match.start(), match.end()))
    return sorted(found, key=lambda time: time.start)


def find_time_range(text: str) -> tuple[str, str]:
    """Start and end time of a meeting from a header's date line.

    The end inherits 午後 from the start when only the start says so
    (``午後1時~3時``).

    >>> find_time_range("令和7年5月14日(水)11:30~12:00")
    ('11:30', '12:00')
    >>> find_time_range("午後1時~3時30分")
    ('13:00', '15:30')
    >>> find_time_range("14:00から")
    ('14:00', '')
    """
    times = find_times(text)
    if not times:
        return "", ""
    start = times[0]
    for end in times[1:]:
        between = text[start.end : end.start]
        if _RANGE_SEPARATOR.match(between) or "至" in between:
            hhmm = end.hhmm
            if start.meridiem == "午後" and not end.meridiem and int(hhmm[:2]) < 12:
                hhmm = f"{int(hhmm[:2]) + 12:02d}{hhmm[2:]}"
            return start.hhmm, hhmm
    return start.hhmm, ""

