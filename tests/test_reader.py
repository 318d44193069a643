import pytest

from extractor.errors import CorruptPdfError, EmptyFileError, NotPdfError
from extractor.reader import read_pdf
from tests.conftest import FIXTURES

SEED = FIXTURES / "ai-senryaku-02-gijiyoshi.pdf"


def test_reads_every_page_with_positions_and_a_content_hash():
    document = read_pdf(SEED)
    assert document.page_count == len(document.pages) >= 2
    assert len(document.sha256) == 64
    first = document.pages[0].chars[0]
    assert first.x0 < first.x1 and first.top < first.bottom and first.size > 0


def test_fake_bold_title_glyphs_are_read_once():
    # The fixture prints its title twice, offset by a third of a point.
    title = [c for c in read_pdf(SEED).pages[0].chars if c.top < 90]
    text = "".join(c.text for c in sorted(title, key=lambda c: c.x0))
    assert text.startswith("ＡＩ戦略推進関係省庁会議")
    assert "ＡＡ" not in text and "議議" not in text


def test_space_glyphs_are_dropped():
    assert all(not c.text.isspace() for page in read_pdf(SEED).pages for c in page.chars)


def test_bad_inputs_raise_our_errors_naming_the_file(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFileError, match="empty.pdf"):
        read_pdf(empty)
    text = tmp_path / "notes.pdf"
    text.write_bytes(b"hello, not a pdf")
    with pytest.raises(NotPdfError, match="notes.pdf"):
        read_pdf(text)
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(SEED.read_bytes()[:300])
    with pytest.raises(CorruptPdfError, match="truncated.pdf"):
        read_pdf(truncated)
