from extractor.margins import strip_margins
from extractor.records import Cell, Line, Page


def line(page: int, top: float, text: str) -> Line:
    return Line(page, top, top + 10, 10, (Cell(text, 72, 72 + 10 * len(text)),))


def pages(n: int) -> list[Page]:
    return [Page(i + 1, 595, 842, []) for i in range(n)]


def test_page_numbers_in_the_footer_band_go():
    doc = [[line(p, 100, "本文"), line(p, 800, f"- {p} -")] for p in (1, 2, 3)]
    content, removed = strip_margins(pages(3), doc)
    assert [l.raw for l in content] == ["本文"] * 3
    assert [l.raw for l in removed] == ["- 1 -", "- 2 -", "- 3 -"]


def test_a_running_header_with_a_date_stamp_and_a_footer_url_go():
    doc = [
        [line(p, 20, "2024/11/05 1:34 会議録表示"), line(p, 100, f"本文{p}"), line(p, 820, f"https://x.example/v {p}/3")]
        for p in (1, 2, 3)
    ]
    content, removed = strip_margins(pages(3), doc)
    assert [l.raw for l in content] == ["本文1", "本文2", "本文3"]
    assert len(removed) == 6


def test_a_title_on_the_first_page_only_stays():
    doc = [[line(1, 40, "第2回 会議 議事要旨"), line(1, 100, "本文")], [line(2, 100, "本文")]]
    content, _ = strip_margins(pages(2), doc)
    assert "第2回 会議 議事要旨" in [l.raw for l in content]


def test_numbers_in_the_body_stay():
    content, _ = strip_margins(pages(1), [[line(1, 400, "12")]])
    assert [l.raw for l in content] == ["12"]
