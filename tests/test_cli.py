import csv
import json
import subprocess
import sys

from extractor.cli import EXIT_FILES_FAILED, EXIT_OK, EXIT_USAGE, main
from extractor.schema import TABLES
from tests.conftest import FIXTURES

SEED = FIXTURES / "ai-senryaku-02-gijiyoshi.pdf"


def read(path):
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_run_writes_every_table_with_its_columns_and_a_run_record(tmp_path):
    assert main(["run", str(SEED), "--out", str(tmp_path)]) == EXIT_OK
    for table in TABLES:
        with open(tmp_path / f"{table.name}.csv", encoding="utf-8") as stream:
            assert stream.readline().rstrip("\n").split(",") == table.column_names
    record = json.loads((tmp_path / "run.json").read_text())
    assert record["extractor_version"] and record["sudachi_dictionary"].startswith("sudachidict-core ")
    assert record["statuses"] == {"ok": 1}


def test_a_bad_file_is_reported_and_the_good_ones_are_still_extracted(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a-good.pdf").write_bytes(SEED.read_bytes())
    (inputs / "b-empty.pdf").write_bytes(b"")
    (inputs / "c-random.pdf").write_bytes(bytes(range(256)) * 4)
    (inputs / "d-truncated.pdf").write_bytes(SEED.read_bytes()[:2000])
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out)]) == EXIT_FILES_FAILED
    statuses = {row["source_file"].rsplit("/", 1)[-1]: row["status"] for row in read(out / "files.csv")}
    assert statuses == {"a-good.pdf": "ok", "b-empty.pdf": "empty", "c-random.pdf": "not_pdf", "d-truncated.pdf": "corrupt"}
    assert len(read(out / "meetings.csv")) == 1 and len(read(out / "attendees.csv")) == 37
    messages = {row["status"]: row["message"] for row in read(out / "files.csv")}
    assert "b-empty.pdf" in messages["empty"] and "c-random.pdf" in messages["not_pdf"]
    assert "d-truncated.pdf" in capsys.readouterr().err


def test_the_same_file_always_gets_the_same_meeting_id(tmp_path):
    main(["run", str(SEED), "--out", str(tmp_path / "a")])
    main(["run", str(SEED), "--out", str(tmp_path / "b")])
    assert read(tmp_path / "a" / "meetings.csv")[0]["meeting_id"] == read(tmp_path / "b" / "meetings.csv")[0]["meeting_id"]


def test_a_missing_input_is_a_usage_error(tmp_path, capsys):
    try:
        code = main(["run", str(tmp_path / "nowhere.pdf"), "--out", str(tmp_path)])
    except SystemExit as exit:
        code = exit.code
    assert code == EXIT_USAGE
    assert "nowhere.pdf" in capsys.readouterr().err


def test_python_dash_m_extractor_runs(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "run", str(SEED), "--out", str(tmp_path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "attendees.csv").exists()
