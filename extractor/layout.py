"""Glyphs into lines, and lines into cells, from positions alone.

A line is the set of glyphs whose vertical centres agree; a cell is a run of
glyphs on a line with no wide gap and no drawn rule inside it. Spaces come
from the gaps between glyphs, never from space characters in the PDF, which
Word, browsers and typesetters each emit differently.
"""

from __future__ import annotations

from dataclasses import replace
from statistics import median

from .records import Cell, Char, Line, Page, Rule
from .settings import DEFAULT, Settings
from .textnorm import is_wide


def page_lines(page: Page, settings: Settings = DEFAULT) -> list[Line]:
    """The page's lines from top to bottom, each split into cells.

    Letter-spaced words (``議　　長``) come apart into one cell per character;
    they are joined again, except where a character stands at a column start
    that other lines of the page show (``市　　　長　　　亀　　山`` is 市長 and 亀山).
    """
    lines = [_line(page.number, row, page.rules, settings) for row in _rows(page.chars, settings)]
    starts = _column_starts(lines)
    lines = [
        replace(line, cells=tuple(_close_letter_spaced(line, page.rules, starts, settings))) for line in lines
    ]
    lines.sort(key=lambda line: (line.top, line.x0))
    return lines


def _column_starts(lines: list[Line]) -> list[float]:
    """x positions where two or more lines start a cell that is clearly not a letter-spaced character."""
    xs = sorted(
        cell.x0
        for line in lines
        for left, cell in zip((None, *line.cells), line.cells)
        if left is None or not _is_single_wide(left.raw)
    )
    starts, run = [], []
    for x in xs:
        if run and x - run[-1] > 2:
            if len(run) >= 2:
                starts.append(run[0])
            run = []
        run.append(x)
    if len(run) >= 2:
        starts.append(run[0])
    return starts


def _rows(chars: list[Char], settings: Settings) -> list[list[Char]]:
    rows: list[list[Char]] = []
    anchor = None
    for char in sorted(chars, key=lambda c: c.top + c.bottom):
        centre = (char.top + char.bottom) / 2
        if anchor is None or centre - anchor > settings.line_tolerance * char.size:
            rows.append([])
            anchor = centre
        rows[-1].append(char)
    return rows


def _line(page: int, row: list[Char], rules: list[Rule], settings: Settings) -> Line:
    row.sort(key=lambda c: c.x0)
    size = median(c.size for c in row)
    top = min(c.top for c in row)
    bottom = max(c.bottom for c in row)
    crossing = [r.x0 for r in rules if r.top < bottom - 1 and r.bottom > top + 1]
    runs: list[list[Char]] = [[row[0]]]
    for prev, char in zip(row, row[1:]):
        gap = char.x0 - prev.x1
        ruled = any(prev.x1 - 1 <= x <= char.x0 + 1 for x in crossing) if crossing else False
        if gap >= settings.column_gap * size or ruled:
            runs.append([char])
        else:
            runs[-1].append(char)
    return Line(page, top, bottom, size, tuple(_cell(run, size, settings) for run in runs))


def _cell(run: list[Char], size: float, settings: Settings) -> Cell:
    parts = [run[0].text]
    for prev, char in zip(run, run[1:]):
        latin = prev.text.isascii() and char.text.isascii()
        if char.x0 - prev.x1 >= (settings.latin_space_gap if latin else settings.space_gap) * size:
            parts.append(" ")
        parts.append(char.text)
    return Cell("".join(parts), run[0].x0, run[-1].x1)


def _close_letter_spaced(line: Line, rules: list[Rule], starts: list[float], settings: Settings) -> list[Cell]:
    """Join single characters spread evenly across a column (``議　　長``) into one cell."""
    size = line.size
    crossing = [r.x0 for r in rules if r.top < line.bottom - 1 and r.bottom > line.top + 1]
    out: list[Cell] = []
    run_gap = None  # the gap inside the letter-spaced run that ends at out[-1]
    for cell in line.cells:
        if (
            out
            and _is_single_wide(cell.raw)
            and all(map(_is_single_wide, out[-1].raw.split(" ")))
            and not any(abs(cell.x0 - x) <= 2 for x in starts)
        ):
            left = out[-1]
            gap = cell.x0 - left.x1
            if (
                gap <= settings.letterspace_max_gap * size
                and (run_gap is None or abs(gap - run_gap) <= settings.space_gap * size)
                and not any(left.x1 - 1 <= x <= cell.x0 + 1 for x in crossing)
            ):
                out[-1] = Cell(f"{left.raw} {cell.raw}", left.x0, cell.x1)
                run_gap = gap
                continue
        out.append(cell)
        run_gap = None
    return out


def _is_single_wide(text: str) -> bool:
    return len(text) == 1 and is_wide(text)
