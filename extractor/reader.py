"""Read a PDF into pages of glyphs with positions. The only module that imports pdfplumber."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pdfplumber
from pdfminer.layout import LTChar, LTFigure, LTLine, LTRect
from pdfplumber.utils.exceptions import PdfminerException

from .errors import CorruptPdfError, EmptyFileError, EncryptedPdfError, NotPdfError, NoTextLayerError
from .records import Char, Document, Page, Rule
from .settings import DEFAULT, Settings

# Printed where a glyph has no character: the geta mark, as Japanese typesetting marks a missing glyph.
UNKNOWN_GLYPH = "〓"
# The PDF header may follow up to 1 KiB of junk; readers accept that, and so do we.
_HEADER_WINDOW = 1024


def read_pdf(path: str | Path, settings: Settings = DEFAULT) -> Document:
    """Read every page's glyphs and rules; raise one of our errors for a file that is not a readable PDF."""
    path = Path(path)
    data = path.read_bytes()
    if not data:
        raise EmptyFileError(f"{path}: the file is empty (0 bytes)")
    if b"%PDF-" not in data[:_HEADER_WINDOW]:
        raise NotPdfError(f"{path}: not a PDF (no %PDF- header); got {data[:16]!r}")
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_read_page(page, settings) for page in pdf.pages]
    except PdfminerException as error:
        cause = error.args[0] if error.args else error
        if isinstance(cause, BaseException) and not type(cause).__module__.startswith(("pdfminer", "pdfplumber")):
            raise cause from None  # a time or memory limit met while parsing, not a damaged file
        if "password" in type(cause).__name__.lower() or "encrypt" in str(cause).lower():
            raise EncryptedPdfError(f"{path}: the PDF is encrypted and needs a password") from error
        raise CorruptPdfError(f"{path}: the PDF cannot be parsed: {cause}") from error
    if not any(page.chars for page in pages):
        raise NoTextLayerError(
            f"{path}: no page has a text layer (a scanned image?); run OCR first, e.g. ocrmypdf -l jpn"
        )
    return Document(path=str(path), sha256=sha256, pages=pages)


def page_images(path: str | Path, pages: list[int] | None = None, resolution: int = 100):
    """Yield ``(page number, PIL image)`` for the given pages (all when None), rendered by
    pdfplumber at ``resolution`` dots per inch; page coordinates in points times
    ``resolution / 72`` are the image's pixels."""
    with pdfplumber.open(path) as pdf:
        count = len(pdf.pages)
        for number in pages or range(1, count + 1):
            if not 1 <= number <= count:
                raise ValueError(f"{path}: no page {number}; the PDF has {count}")
            page = pdf.pages[number - 1]
            yield number, page.to_image(resolution=resolution).original.convert("RGB")
            page.close()


def _read_page(page, settings: Settings) -> Page:
    """The page's glyphs and vertical rules, read from pdfminer's layout objects directly:
    pdfplumber's per-object dictionaries would cost a third of the reading time."""
    mb_x0, mb_top = page.mediabox[:2]
    height = float(page.height)
    glyphs: list[tuple] = []
    rules: list[Rule] = []
    for obj in _layout_objects(page.layout):
        if isinstance(obj, LTChar):
            text = obj.get_text()
            if not text.isspace():
                top = height - obj.y1 + mb_top
                glyphs.append((text, obj.x0 + mb_x0, obj.x1 + mb_x0, top, top + obj.height, obj.size, obj.fontname))
        elif isinstance(obj, (LTLine, LTRect)) and obj.height > 2:
            top = height - obj.y1 + mb_top
            sides = (obj.x0,) if obj.width < 2 else (obj.x0, obj.x1) if isinstance(obj, LTRect) else ()
            rules += [Rule(x + mb_x0, x + mb_x0, top, top + obj.height) for x in sides]
    if _has_doubled_glyphs(glyphs, settings.dedupe_tolerance):
        # dedupe_chars is costly, so it only runs where a doubled glyph was seen.
        glyphs = [
            (c["text"], c["x0"], c["x1"], c["top"], c["bottom"], c["size"], c["fontname"])
            for c in page.dedupe_chars(tolerance=settings.dedupe_tolerance).chars
            if not c["text"].isspace()
        ]
    result = Page(
        number=page.page_number,
        width=float(page.width),
        height=height,
        chars=[Char(_glyph_text(g[0]), g[1], g[2], g[3], g[4], g[5]) for g in glyphs],
        rules=rules,
    )
    page.close()
    return result


def _layout_objects(container):
    """Every object on the page, the contents of form XObjects (LTFigure) included."""
    for obj in container:
        if isinstance(obj, LTFigure):
            yield from _layout_objects(obj)
        else:
            yield obj


def _glyph_text(text: str) -> str:
    """A glyph the font maps to no character comes as ``(cid:8494)``; it is one unknown character."""
    return UNKNOWN_GLYPH if text.startswith("(cid:") else text


def _has_doubled_glyphs(glyphs: list[tuple], tolerance: float) -> bool:
    """True when a glyph is printed twice on top of itself ("fake bold")."""
    ordered = sorted((g[0], g[3], g[1]) for g in glyphs)
    return any(
        a[0] == b[0] and b[1] - a[1] <= tolerance and abs(b[2] - a[2]) <= tolerance
        for a, b in zip(ordered, ordered[1:])
        if not a[0].isspace()
    )
