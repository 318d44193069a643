"""Running headers, footers and page numbers, found by where they sit on the page."""

from __future__ import annotations

import re
from collections import defaultdict

from .records import Line, Page
from .settings import DEFAULT, Settings

_DIGITS = re.compile(r"[0-9０-９]+")
_PAGE_NUMBER = re.compile(
    r"^[-‐－—―−(（\[［〔]? ?(?:[pP]\. ?)?[0-9０-９]+ ?(?:[/／] ?[0-9０-９]+)? ?(?:頁|ページ)?"
    r" ?[-‐－—―−)）\]］〕]?$"
)
# Running lines sit at the same height on every page, give or take this many points.
_SAME_HEIGHT = 3.0


def strip_margins(
    pages: list[Page], lines_by_page: list[list[Line]], settings: Settings = DEFAULT
) -> tuple[list[Line], list[Line]]:
    """Split the document's lines into (content, removed running headers/footers and page numbers).

    A line in the top or bottom band of its page goes when it is a page number,
    or when the same text, digits aside, stands at the same height on enough
    other pages (a date stamp, a URL with ``n/56``, the series title).
    """
    candidates: dict[str, list[Line]] = defaultdict(list)
    for page, lines in zip(pages, lines_by_page):
        for line in lines:
            if _in_band(line, page, settings):
                candidates[_DIGITS.sub("#", line.raw.replace(" ", ""))].append(line)

    needed = max(2, settings.running_share * len(pages))
    running: set[int] = set()
    for same_text in candidates.values():
        for line in same_text:
            peers = {other.page for other in same_text if abs(other.top - line.top) <= _SAME_HEIGHT}
            if len(peers) >= needed:
                running.add(id(line))

    content, removed = [], []
    for page, lines in zip(pages, lines_by_page):
        for line in lines:
            drop = id(line) in running or (
                _in_band(line, page, settings) and _PAGE_NUMBER.match(line.raw.replace(" ", "").strip())
            )
            (removed if drop else content).append(line)
    return content, removed


def _in_band(line: Line, page: Page, settings: Settings) -> bool:
    band = settings.margin_band * page.height
    return line.bottom <= band or line.top >= page.height - band
