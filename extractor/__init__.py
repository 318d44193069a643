"""extractor: Japanese government meeting-minutes PDFs into clean tables.

>>> from extractor import extract
>>> extraction = extract("fixtures/ai-senryaku-02-gijiyoshi.pdf")  # doctest: +SKIP
>>> extraction.meeting.date  # doctest: +SKIP
'2025-05-14'
"""

from .pipeline import extract
from .records import AgendaItem, Attendee, Extraction, Material, Meeting, Statement

__all__ = ["extract", "AgendaItem", "Attendee", "Extraction", "Material", "Meeting", "Statement"]
