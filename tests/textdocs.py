"""Real minutes kept as text (../shared/corpus/text), printed to PDF at test time.

Printing keeps their layout: every character sits on a fixed-pitch grid (a full-width
character one em, a half-width one half an em), so columns made of full-width spaces
stay columns in the PDF. Nothing printed here is committed.

    python -m tests.textdocs OUT_DIR [NAME ...]   # print them, to look at or to run the extractor on
"""

from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

TEXT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "text"
FONT = "HeiseiMin-W3"
SIZE = 9.0
PITCH = 15.0
LEFT, TOP = 60.0, 60.0
COLUMNS = 52  # ems per printed line
LINES_PER_PAGE = int((A4[1] - 2 * TOP) // PITCH)


def text_lines(path: Path) -> list[str]:
    """The document's text as the lines a reader would see, whatever its file format."""
    raw = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".json":
        data = json.loads(raw)
        text = _discussnet(data) if "tenant_minutes" in data else _kaigiroku_json(data)
    elif path.suffix in (".html", ".htm"):
        text = _html_text(raw)
    elif path.suffix == ".xml":
        text = _tei_text(raw)
    else:
        text = raw
    return [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _discussnet(data: dict) -> str:
    return "\n".join(_html_text(record["body"]) for record in data["tenant_minutes"])


def _kaigiroku_json(data: dict) -> str:
    out = []
    for schedule in data["schedules"]:
        for speech in schedule["speeches"]:
            body = speech["body"]
            if speech.get("speaker") not in (None, "None", ""):
                out.append(f"○{speech['role']}（{speech['speaker']}）　{body}")
            else:
                out.append(body)
    return "\n".join(out)


class _Text(HTMLParser):
    BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "section", "ul", "ol", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "noscript"):
            self.skip += 1
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "noscript"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def _html_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    text = "".join(parser.parts)
    # Markup indentation is not the document's: drop lines of ASCII whitespace only and the
    # ASCII indentation of the source, keep full-width spaces (they are the document's layout).
    lines = [re.sub(r"^[ \t]+", "", line) for line in text.split("\n")]
    return "\n".join(line for line in lines if line.strip(" \t"))


def _tei_text(markup: str) -> str:
    ns = {"tei": "http://www.tei-c.org/ns/1.0"}
    root = ET.fromstring(markup)
    body = root.find(".//tei:body", ns)
    out = []
    for element in body.iter():
        tag = element.tag.split("}")[-1]
        if tag == "p":
            out.append("".join(element.itertext()).strip())
        elif tag == "u":
            note = element.find("tei:note", ns)
            label = re.sub(r"\s+", "", "".join(note.itertext())) if note is not None else ""
            segs = ["".join(seg.itertext()).strip() for seg in element.findall("tei:seg", ns)]
            if segs:
                out.append(f"{label}　{segs[0]}")
                out += [f"　{seg}" for seg in segs[1:]]
    return "\n".join(out)


def _width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WFA" else 1


def _wrap(line: str) -> list[str]:
    """Break a line at the right margin, the way a word processor wraps a paragraph."""
    rows, current, used = [], [], 0
    for char in line:
        if used + _width(char) > 2 * COLUMNS:
            rows.append("".join(current))
            current, used = [], 0
        current.append(char)
        used += _width(char)
    rows.append("".join(current))
    return rows


def print_pdf(lines: list[str], target: Path, title: str) -> None:
    """Print lines on A4 pages, each character on the fixed-pitch grid, with a page number below."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pdf = canvas.Canvas(str(target), pagesize=A4, invariant=1)
    pdf.setTitle(title)
    rows = [row for line in lines for row in _wrap(line)]
    pages = [rows[i : i + LINES_PER_PAGE] for i in range(0, len(rows), LINES_PER_PAGE)] or [[]]
    for number, page in enumerate(pages, 1):
        pdf.setFont(FONT, SIZE)
        for index, row in enumerate(page):
            baseline = A4[1] - TOP - index * PITCH
            column = 0
            for char in row:
                if not char.isspace():
                    pdf.drawString(LEFT + column * SIZE / 2, baseline, char)
                column += _width(char)
        pdf.drawCentredString(A4[0] / 2, 30, f"- {number} -")
        pdf.showPage()
    pdf.save()


def print_document(source: Path, out_dir: Path) -> Path:
    target = out_dir / f"{source.stem}.pdf"
    print_pdf(text_lines(source), target, source.stem)
    return target


def main(argv: list[str]) -> None:
    out_dir = Path(argv[0])
    out_dir.mkdir(parents=True, exist_ok=True)
    names = argv[1:] or [p.name for p in sorted(TEXT_DIR.iterdir()) if p.name != "MANIFEST.tsv"]
    for name in names:
        source = next(TEXT_DIR.glob(f"{Path(name).stem}.*"))
        print(print_document(source, out_dir))


if __name__ == "__main__":
    main(sys.argv[1:])
