import datetime as dt

import pytest
from hypothesis import given, strategies as st

from extractor.dates import ERAS, find_date, find_time_range, kanji_number


@pytest.mark.parametrize(
    "text, iso",
    [
        ("令和7年5月14日", "2025-05-14"),
        ("令和 7 年 5 月 14 日(水)", "2025-05-14"),
        ("令和元年7月26日", "2019-07-26"),
        ("令和六年十一月八日", "2024-11-08"),
        ("平成25年1月18日", "2013-01-18"),
        ("平成元年1月8日", "1989-01-08"),
        ("昭和64年1月7日", "1989-01-07"),
        ("R7.2.25", "2025-02-25"),
        ("2023年6月6日", "2023-06-06"),
    ],
)
def test_era_dates_become_iso(text, iso):
    assert find_date(text).iso == iso


def test_invalid_dates_are_not_dates():
    assert find_date("令和7年2月30日") is None
    assert find_date("令和7年5月") is None


def test_printed_weekday_is_read_and_the_real_one_computed():
    found = find_date("令和7年5月14日(木)")
    assert found.printed_weekday == "木"
    assert found.weekday == "水"


@pytest.mark.parametrize(
    "text, times",
    [
        ("11:30~12:00", ("11:30", "12:00")),
        ("8:45~8:55", ("08:45", "08:55")),
        ("自 午後1時30分 至 午後4時55分", ("13:30", "16:55")),
        ("十時~十二時", ("10:00", "12:00")),
        ("午後1時~3時", ("13:00", "15:00")),
        ("午後12時30分~午後1時", ("12:30", "13:00")),
        ("13時30分から15時まで", ("13:30", "15:00")),
        ("14:00 開会", ("14:00", "")),
        ("", ("", "")),
    ],
)
def test_time_ranges(text, times):
    assert find_time_range(text) == times


@pytest.mark.parametrize("text, value", [("一", 1), ("十", 10), ("十四", 14), ("二十六", 26), ("百二", 102), ("元", 1)])
def test_kanji_numbers(text, value):
    assert kanji_number(text) == value


@given(st.dates(min_value=dt.date(1989, 1, 8), max_value=dt.date(2099, 12, 31)))
def test_era_dates_round_trip(day):
    era, first = max(((name, year) for name, year in ERAS.items() if year <= day.year), key=lambda e: e[1])
    if era == "令和" and day < dt.date(2019, 5, 1):
        era, first = "平成", ERAS["平成"]
    year = day.year - first + 1
    written = f"{era}{'元' if year == 1 else year}年{day.month}月{day.day}日"
    assert find_date(written).iso == day.isoformat()


def test_hours_followed_by_ken_are_a_duration_or_a_spread_label_not_a_clock_time():
    from extractor.dates import find_times

    assert [t.hhmm for t in find_times("2 時 間 午前9時58分開会~午前11時45分閉会")] == ["09:58", "11:45"]
    assert [t.hhmm for t in find_times("約2時間 午後1時30分")] == ["13:30"]
