"""Pictures of what was extracted: every page with the regions its records were read from
boxed and labelled, the boxes as JSON, and one HTML page with the tables beside the pictures.

The only module that imports Pillow (it comes with pdfplumber), which draws the boxes.
"""

from __future__ import annotations

import dataclasses
import html
import json
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .pipeline import extract
from .reader import page_images
from .records import Extraction, Region
from .schema import BY_NAME

# One colour per table, so that a glance tells attendee rows from agenda items; what was
# removed as a running header, footer or page number is red and filled, unlike the rest.
COLOURS = {
    "attendees": (31, 119, 180),
    "absentees": (148, 103, 189),
    "agenda": (44, 160, 44),
    "materials": (255, 127, 14),
    "sections": (90, 90, 90),
    "removed": (214, 39, 40),
}
TABLES = ("meetings", "attendees", "absentees", "agenda", "materials")


@dataclass
class Inspection:
    extraction: Extraction
    pictures: list[Path]
    boxes: Path
    view: Path


def inspect(path: str | Path, out_dir: str | Path, pages: list[int] | None = None, resolution: int = 100) -> Inspection:
    """Extract ``path`` and draw what was read onto its pages, in ``out_dir``.

    Raises an :class:`~extractor.errors.ExtractorError` when the file cannot be read, and
    ValueError for a page the PDF does not have.
    """
    path, out_dir = Path(path), Path(out_dir)
    extraction = extract(path)
    out_dir.mkdir(parents=True, exist_ok=True)
    scale = resolution / 72
    pictures = []
    for number, image in page_images(path, pages, resolution):
        on_page = [r for r in extraction.regions if r.page == number]
        picture = out_dir / f"{path.stem}-p{number}.png"
        draw_regions(image, on_page, scale).save(picture, optimize=True)
        pictures.append(picture)
    shown = {int(p.stem.rsplit("-p", 1)[1]) for p in pictures}
    boxes = out_dir / f"{path.stem}-regions.json"
    boxes.write_text(
        json.dumps(
            {
                "source_file": str(path),
                "meeting_id": extraction.meeting.meeting_id,
                "unit": "PDF points from the page's top left; multiply by resolution/72 for pixels",
                "resolution": resolution,
                "regions": [dataclasses.asdict(r) for r in extraction.regions if r.page in shown],
            },
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
    view = out_dir / f"{path.stem}.html"
    view.write_text(_view(path, extraction, pictures), encoding="utf-8")
    return Inspection(extraction, pictures, boxes, view)


def draw_regions(image: Image.Image, regions: list[Region], scale: float) -> Image.Image:
    """The image with each region boxed: a record's box thick and labelled ``table key``,
    the fields inside it thin and labelled by field, removed margins filled."""
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    font = ImageFont.load_default(size=max(9, round(7 * scale)))
    small = ImageFont.load_default(size=max(8, round(5 * scale)))
    for region in sorted(regions, key=lambda r: bool(r.field)):  # records first, their fields on top
        colour = COLOURS.get(region.table, (0, 0, 0))
        box = [region.x0 * scale - 2, region.top * scale - 2, region.x1 * scale + 2, region.bottom * scale + 2]
        if region.table == "removed":
            draw.rectangle(box, fill=(*colour, 60), outline=(*colour, 255), width=2)
            draw.text((box[0], box[1] - 1), "removed", font=small, fill=(*colour, 255), anchor="lb")
        elif region.field:
            draw.rectangle(box, outline=(*colour, 160), width=1)
            draw.text((box[0] + 1, box[3] + 1), region.field, font=small, fill=(*colour, 255), anchor="lt")
        else:
            draw.rectangle(box, outline=(*colour, 255), width=2)
            label = region.key if region.table == "sections" else f"{region.table} {region.key}"
            draw.text((box[2] + 3, box[1]), label, font=font, fill=(*colour, 255), anchor="lt")
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")


def _view(path: Path, extraction: Extraction, pictures: list[Path]) -> str:
    """One page: the extracted tables on the left, the annotated pages on the right."""
    rows = {
        "meetings": [extraction.meeting],
        "attendees": extraction.attendees,
        "absentees": extraction.absentees,
        "agenda": extraction.agenda,
        "materials": extraction.materials,
    }
    tables = []
    for name in TABLES:
        columns = [c for c in BY_NAME[name].column_names if c != "meeting_id"]
        colour = "rgb{}".format(COLOURS.get(name, (0, 0, 0)))
        head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(_cell(getattr(row, c)))}</td>" for c in columns) + "</tr>"
            for row in rows[name]
        )
        tables.append(
            f'<h2 style="color:{colour}">{name} ({len(rows[name])})</h2>'
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )
    images = "".join(
        f'<figure><img src="{html.escape(p.name)}" alt="page {html.escape(p.stem)}">'
        f"<figcaption>{html.escape(p.name)}</figcaption></figure>"
        for p in pictures
    )
    legend = " ".join(f'<span style="border:2px solid rgb{c};padding:0 4px">{t}</span>' for t, c in COLOURS.items())
    note = f"<p><b>not minutes:</b> {html.escape(extraction.not_minutes)}</p>" if extraction.not_minutes else ""
    problems = "".join(f"<li>{html.escape(str(p))}</li>" for p in extraction.problems)
    return f"""<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>{html.escape(path.name)}</title>
<style>
body {{ font-family: sans-serif; margin: 0; display: flex; }}
#tables {{ flex: 1; overflow: auto; height: 100vh; padding: 0 1em; font-size: 13px; }}
#pages {{ flex: 1; overflow: auto; height: 100vh; background: #eee; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
td, th {{ border: 1px solid #ccc; padding: 2px 4px; vertical-align: top; }}
img {{ width: 100%; box-shadow: 0 0 4px #888; }}
</style></head><body>
<div id="tables"><h1>{html.escape(path.name)}</h1><p>{legend}</p>{note}<ul>{problems}</ul>{"".join(tables)}</div>
<div id="pages">{images}</div>
</body></html>
"""


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
