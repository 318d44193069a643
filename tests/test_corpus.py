"""The real minutes in ../shared/corpus: each runs, with the right date, series and session."""

import pytest

from extractor import extract
from tests.conftest import corpus_pdf

EXPECTED = [
    ("digital-shakai-suishin-04-giji.pdf", "2023-06-06", "デジタル社会推進会議", 4, "議事録"),
    ("caa-shohisha-kyoiku-25-giji.pdf", "2019-07-26", "消費者教育推進会議", 25, "議事録"),
    ("kyoto-shikai-sangyo-kotsu-suido-r6-03-kaigiroku.pdf", "2024-05-17", "産業交通水道委員会", 3, "会議録"),
]


@pytest.mark.parametrize("name, date, series, session, doc_type", EXPECTED, ids=[e[0].split("-")[0] for e in EXPECTED])
def test_real_minutes_meeting_fields(name, date, series, session, doc_type):
    meeting = extract(corpus_pdf(name)).meeting
    assert (meeting.date, meeting.series, meeting.session_no, meeting.doc_type) == (date, series, session, doc_type)


def test_digital_speaker_turns_and_materials():
    extraction = extract(corpus_pdf("digital-shakai-suishin-04-giji.pdf"))
    assert (extraction.meeting.start_time, extraction.meeting.end_time) == ("08:45", "08:55")
    assert extraction.statements[0].speaker == "河野大臣"
    assert [m.material_no for m in extraction.materials] == ["資料1-1", "資料1-2", "資料1-3", "資料2-1", "資料2-2"]
    assert not any(s.text.strip().isdigit() for s in extraction.statements)  # page numbers are gone


def test_kyoto_browser_header_and_footer_are_gone():
    extraction = extract(corpus_pdf("kyoto-shikai-sangyo-kotsu-suido-r6-03-kaigiroku.pdf"))
    text = "\n".join(s.text for s in extraction.statements)
    assert "kaigiroku.net" not in text and "会議録表示" not in text
