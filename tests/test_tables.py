from extractor.records import Attendee, Meeting, Problem
from extractor.worker import process_file
from extractor.schema import BY_NAME
from extractor.tables import read_table, write_tables
from tests.conftest import FIXTURES


def test_tables_round_trip_with_their_declared_types(tmp_path):
    meeting = Meeting("abc", "f.pdf", "0" * 64, session_no=None, date="2025-05-14", page_count=3)
    person = Attendee("abc", 1, "出席者", "議長", "城内実", "城内 実", "大臣(科学技術政策)", True, 1)
    write_tables({"meetings": [meeting], "attendees": [person]}, tmp_path)
    meetings = read_table(tmp_path / "meetings.csv", BY_NAME["meetings"])
    attendees = read_table(tmp_path / "attendees.csv", BY_NAME["attendees"])
    assert list(meetings.columns) == BY_NAME["meetings"].column_names
    assert meetings["session_no"].isna().all() and str(meetings["session_no"].dtype) == "Int64"
    assert meetings.loc[0, "page_count"] == 3 and meetings.loc[0, "date"] == "2025-05-14"
    assert bool(attendees.loc[0, "proxy"]) is True and attendees.loc[0, "name_raw"] == "城内 実"


def test_empty_tables_still_have_their_header(tmp_path):
    write_tables({}, tmp_path)
    assert (tmp_path / "agenda.csv").read_text() == "meeting_id,seq,item_no,parent_no,title,presenter,page\n"


def test_no_temporary_files_are_left_behind(tmp_path):
    write_tables({}, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{t}.csv" for t in BY_NAME)


def test_problems_make_a_file_partial_with_a_message(monkeypatch):
    import extractor.worker as worker
    from extractor.pipeline import extract

    def with_problem(path, settings):
        extraction = extract(path, settings)
        extraction.problems.append(Problem("weekday_mismatch", "printed weekday (木) does not match 2025-05-14 (水)", 1))
        return extraction

    monkeypatch.setattr(worker, "extract", with_problem)
    result = process_file(str(FIXTURES / "ai-senryaku-02-gijiyoshi.pdf")).result
    assert result.status == "partial"
    assert result.message == "p.1: printed weekday (木) does not match 2025-05-14 (水) [weekday_mismatch]"
