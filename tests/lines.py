"""Build normalized lines by hand, for testing the stages after layout without a PDF."""

from __future__ import annotations

from extractor.pipeline import normalize_line
from extractor.records import Cell, Line

EM = 10.5


def line(*cells: str | tuple[float, str], page: int = 1, top: float = 0.0, x: float = 72.0) -> Line:
    """A line of cells; a cell is text at the next column, or (x, text) at a given x."""
    built = []
    for cell in cells:
        if isinstance(cell, tuple):
            x, text = cell
        else:
            text = cell
        built.append(Cell(text, x, x + EM * len(text)))
        x += EM * (len(text) + 3)
    return normalize_line(Line(page, top, top + EM, EM, tuple(built)))


def lines(*rows: str | list, page: int = 1, start: float = 100.0) -> list[Line]:
    """Lines one below the other, 17.5 pt apart; a row is one string, or a list of cells."""
    return [
        line(*(row if isinstance(row, list) else [row]), page=page, top=start + 17.5 * i)
        for i, row in enumerate(rows)
    ]
