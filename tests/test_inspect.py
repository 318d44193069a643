"""``extractor inspect``: pictures of the pages with every extracted record boxed where it was read."""

import json
import unicodedata

import pytest
from PIL import Image

from extractor.cli import EXIT_FILES_FAILED, EXIT_OK, EXIT_USAGE, main
from extractor.inspection import COLOURS, inspect
from extractor.reader import read_pdf
from tests.conftest import FIXTURES

SEED = FIXTURES / "ai-senryaku-02-gijiyoshi.pdf"
RESOLUTION = 100


@pytest.fixture(scope="module")
def seed_page_1(tmp_path_factory):
    return inspect(SEED, tmp_path_factory.mktemp("inspect"), pages=[1], resolution=RESOLUTION)


def _boxes(result, table, field=""):
    regions = json.loads(result.boxes.read_text(encoding="utf-8"))["regions"]
    return [r for r in regions if r["table"] == table and r["field"] == field and r["page"] == 1]


def _inside(char, box) -> bool:
    x, y = (char.x0 + char.x1) / 2, (char.top + char.bottom) / 2
    return box["x0"] <= x <= box["x1"] and box["top"] <= y <= box["bottom"]


def test_every_attendee_row_on_the_page_is_boxed_once_in_printed_order(seed_page_1):
    on_page = [a for a in seed_page_1.extraction.attendees if a.page == 1]
    rows = _boxes(seed_page_1, "attendees")
    assert len(on_page) == 32
    assert [int(r["key"]) for r in rows] == [a.seq for a in on_page]
    tops = [r["top"] for r in rows]
    assert tops == sorted(tops)
    for upper, lower in zip(rows, rows[1:]):
        assert upper["bottom"] <= lower["top"], "two attendee rows overlap"


def test_each_name_box_holds_exactly_the_extracted_name(seed_page_1):
    chars = read_pdf(SEED).pages[0].chars
    names = {int(r["key"]): r for r in _boxes(seed_page_1, "attendees", "name")}
    rows = {int(r["key"]): r for r in _boxes(seed_page_1, "attendees")}
    for person in (a for a in seed_page_1.extraction.attendees if a.page == 1):
        box = names[person.seq]
        inside = sorted((c for c in chars if _inside(c, box)), key=lambda c: c.x0)
        assert unicodedata.normalize("NFKC", "".join(c.text for c in inside)) == person.name
        row = rows[person.seq]
        assert row["x0"] <= box["x0"] and box["x1"] <= row["x1"] and row["top"] <= box["top"]


def test_proxy_marks_are_boxed_on_the_rows_marked_proxy(seed_page_1):
    proxies = {int(r["key"]) for r in _boxes(seed_page_1, "attendees", "proxy")}
    assert proxies == {a.seq for a in seed_page_1.extraction.attendees if a.page == 1 and a.proxy}


def test_the_picture_shows_the_boxes_and_the_removed_page_number(seed_page_1):
    (picture,) = seed_page_1.pictures
    image = Image.open(picture).convert("RGB")
    scale = RESOLUTION / 72
    page = read_pdf(SEED).pages[0]
    assert abs(image.width - page.width * scale) <= 1 and abs(image.height - page.height * scale) <= 1

    def colour_near(x, y):
        return min(
            sum(abs(a - b) for a, b in zip(image.getpixel((x + dx, y)), COLOURS["attendees"])) for dx in (-1, 0, 1)
        )

    for row in _boxes(seed_page_1, "attendees"):
        left, middle = round(row["x0"] * scale - 2), round((row["top"] + row["bottom"]) / 2 * scale)
        assert colour_near(left, middle) < 60, f"no attendee box edge at row {row['key']}"
    (removed,) = _boxes(seed_page_1, "removed")
    assert removed["top"] > 780  # the page number at the foot, drawn as dropped
    assert removed["key"] == "margin"


def test_the_html_view_lists_the_tables_beside_the_pictures(seed_page_1):
    page = seed_page_1.view.read_text(encoding="utf-8")
    assert "attendees (37)" in page and "城内実" in page and "松本恭典" in page
    assert f'src="{seed_page_1.pictures[0].name}"' in page


def test_the_command(tmp_path, capsys):
    assert main(["inspect", str(SEED), "--page", "2", "--out", str(tmp_path)]) == EXIT_OK
    assert (tmp_path / "ai-senryaku-02-gijiyoshi-p2.png").exists()
    assert not (tmp_path / "ai-senryaku-02-gijiyoshi-p1.png").exists()
    assert main(["inspect", str(SEED), "--page", "9", "--out", str(tmp_path)]) == EXIT_USAGE
    assert "no page 9; the PDF has 3" in capsys.readouterr().err
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("hello")
    assert main(["inspect", str(not_pdf), "--out", str(tmp_path)]) == EXIT_FILES_FAILED
    assert f"{not_pdf}: not a PDF" in capsys.readouterr().err
