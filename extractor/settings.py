"""Every tuning number in one place. Distances are in units of the line's font size (em)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    # Glyphs whose vertical centres are closer than this belong to one line.
    line_tolerance: float = 0.45
    # A gap at least this wide between glyphs is a printed space; justified
    # Japanese text opens gaps of up to 0.3 em between characters ...
    space_gap: float = 0.4
    # ... while a proportional font's word space between Latin letters is about 0.25 em.
    latin_space_gap: float = 0.15
    # ... and at least this wide separates two cells (columns).
    column_gap: float = 1.6
    # Single characters this far apart or closer, evenly spaced, are one letter-spaced word.
    letterspace_max_gap: float = 4.0
    # Running headers and footers live in this share of the page at the top and the bottom.
    margin_band: float = 0.12
    # A line repeated at the same height on this share of the pages is a running header/footer.
    running_share: float = 0.5
    # Glyphs of the same text closer than this (points) are one glyph printed twice.
    dedupe_tolerance: float = 1.0

    def __post_init__(self) -> None:
        if not 0 < self.latin_space_gap <= self.space_gap < self.column_gap:
            raise ValueError("need 0 < latin_space_gap <= space_gap < column_gap")
        if not 0 < self.margin_band < 0.5:
            raise ValueError("margin_band is a share of the page height, below 0.5")


DEFAULT = Settings()
