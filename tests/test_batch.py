"""The batch runner: bad inputs, crashed workers, incremental runs, killed runs, locks, logs, engines."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.batch import Options, run
from extractor.cli import EXIT_FILES_FAILED, EXIT_OK, EXIT_USAGE, main
from extractor.engines import local_engine
from extractor.lock import OutputLock
from extractor.schema import TABLES
from extractor.settings import DEFAULT
from extractor.worker import Limits
from tests.conftest import FIXTURES, ROOT

SEED = FIXTURES / "ai-senryaku-02-gijiyoshi.pdf"
GOOD = sorted(FIXTURES.glob("*.pdf"))


def statuses(out: Path) -> dict[str, str]:
    with open(out / "files.csv", encoding="utf-8") as stream:
        return {Path(row["source_file"]).name: row["status"] for row in csv.DictReader(stream)}


def tables(out: Path) -> dict[str, str]:
    return {t.name: (out / f"{t.name}.csv").read_text(encoding="utf-8") for t in TABLES}


def encrypted_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), encrypt="secret")
    pdf.drawString(72, 720, "minutes")
    pdf.save()


def image_only_pdf(path: Path) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = Image.new("RGB", (200, 100), "white")
    pdf = canvas.Canvas(str(path))
    pdf.drawImage(ImageReader(picture), 72, 600)
    pdf.save()


def test_every_bad_input_gets_its_status_and_the_good_files_are_extracted(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for pdf in GOOD:
        shutil.copy(pdf, inputs / pdf.name)
    (inputs / "empty.pdf").write_bytes(b"")
    (inputs / "random.pdf").write_bytes(os.urandom(4096).replace(b"%PDF-", b"xxxxx"))
    (inputs / "truncated.pdf").write_bytes(SEED.read_bytes()[:1500])
    encrypted_pdf(inputs / "encrypted.pdf")
    image_only_pdf(inputs / "scan.pdf")
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out), "--jobs", "2", "-q"]) == EXIT_FILES_FAILED
    found = statuses(out)
    assert {name: found[name] for name in ("empty.pdf", "random.pdf", "truncated.pdf", "encrypted.pdf", "scan.pdf")} == {
        "empty.pdf": "empty",
        "random.pdf": "not_pdf",
        "truncated.pdf": "corrupt",
        "encrypted.pdf": "encrypted",
        "scan.pdf": "no_text_layer",
    }
    assert all(found[pdf.name] == "ok" for pdf in GOOD)
    with open(out / "meetings.csv", encoding="utf-8") as stream:
        assert len(list(csv.DictReader(stream))) == len(GOOD)
    with open(out / "files.csv", encoding="utf-8") as stream:
        scan = next(row for row in csv.DictReader(stream) if row["source_file"].endswith("scan.pdf"))
    assert "OCR" in scan["message"] and "scan.pdf" in scan["message"]


def test_a_file_over_the_time_limit_or_size_limit_gets_its_status(tmp_path):
    slow = run([SEED], tmp_path / "slow", Options(jobs=1, limits=Limits(seconds=0.001), quiet=True))
    assert [f.status for f in slow.files] == ["timeout"]
    big = run([SEED], tmp_path / "big", Options(jobs=1, limits=Limits(file_mb=0.001), quiet=True))
    assert [f.status for f in big.files] == ["too_large"]


def test_a_file_that_kills_its_worker_is_an_error_and_the_batch_goes_on(tmp_path):
    from tests.batch_helpers import dies_on_crash_pdf

    crash = tmp_path / "crash.pdf"
    shutil.copy(SEED, crash)
    paths = [str(p) for p in GOOD] + [str(crash)]
    outcomes = {Path(o.result.source_file).name: o.result for o in local_engine(paths, DEFAULT, Limits(), 2, work=dies_on_crash_pdf)}
    assert outcomes["crash.pdf"].status == "error" and "died" in outcomes["crash.pdf"].message
    assert all(outcomes[p.name].status == "ok" for p in GOOD)


def test_reruns_read_only_what_changed_and_drop_what_is_gone(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for pdf in GOOD:
        shutil.copy(pdf, inputs / pdf.name)
    out = tmp_path / "out"
    first = run([inputs], out, Options(jobs=2, quiet=True))
    assert first.summary.reused == 0
    again = run([inputs], out, Options(jobs=2, quiet=True))
    assert again.summary.reused == len(GOOD)
    changed, gone = inputs / GOOD[0].name, inputs / GOOD[1].name
    with open(changed, "ab") as stream:
        stream.write(b"\n%changed\n")  # new content under an old name
    gone.unlink()
    third = run([inputs], out, Options(jobs=2, quiet=True))
    assert third.summary.reused == len(GOOD) - 2
    assert gone.name not in statuses(out)
    kept = run([inputs], out, Options(jobs=2, quiet=True, keep_missing=True))
    assert gone.name not in statuses(out)  # gone before the last run: nothing left to keep
    shutil.copy(GOOD[1], gone)
    run([inputs], out, Options(jobs=2, quiet=True))
    gone.unlink()
    kept = run([inputs], out, Options(jobs=2, quiet=True, keep_missing=True))
    assert gone.name in statuses(out) and kept.summary.reused == len(GOOD) - 1


def test_a_change_to_the_rules_reads_every_file_again(tmp_path, monkeypatch):
    out = tmp_path / "out"
    run([SEED], out, Options(jobs=1, quiet=True))
    assert run([SEED], out, Options(jobs=1, quiet=True)).summary.reused == 1
    # An edited working copy keeps its version number; what it extracts may differ all the same.
    monkeypatch.setattr("extractor.cache.code_fingerprint", lambda: "edited rules")
    assert run([SEED], out, Options(jobs=1, quiet=True)).summary.reused == 0


def test_a_run_killed_midway_leaves_the_old_tables_whole_and_the_next_run_finishes_the_job(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for copy in range(3):
        for pdf in GOOD:
            shutil.copy(pdf, inputs / f"{copy}-{pdf.name}")
    out, reference = tmp_path / "out", tmp_path / "reference"
    run([inputs / f"0-{GOOD[0].name}"], out, Options(jobs=1, quiet=True))
    before = tables(out)
    child = subprocess.Popen(
        [sys.executable, "-m", "extractor", "run", str(inputs), "--out", str(out), "--jobs", "1"],
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    for line in child.stderr:  # wait for the first file to be done, then kill without warning
        if ": ok" in line:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert tables(out) == before  # the old tables, whole
    finished = run([inputs], out, Options(jobs=2, quiet=True))
    assert finished.summary.reused >= 1
    run([inputs], reference, Options(jobs=2, quiet=True))
    assert tables(out) == tables(reference)


def test_a_second_run_on_the_same_output_is_refused_clearly(tmp_path, capsys):
    out = tmp_path / "out"
    with OutputLock(out):
        assert main(["run", str(SEED), "--out", str(out)]) == EXIT_USAGE
    error = capsys.readouterr().err
    assert "being written by another run" in error and f"pid {os.getpid()}" in error
    assert main(["run", str(SEED), "--out", str(out), "-q"]) == EXIT_OK  # the lock went with its holder


def test_an_unwritable_output_is_a_usage_error(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["run", str(SEED), "--out", str(blocker / "out")]) == EXIT_USAGE
    assert "cannot write to" in capsys.readouterr().err


def test_json_logs_and_the_run_report(tmp_path):
    stream = io.StringIO()
    run([SEED, tmp_path / "nowhere.pdf"], tmp_path / "out", Options(jobs=1, log_format="json"), stream=stream)
    events = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert {e["event"] for e in events} == {"file", "summary"}
    assert events[-1]["statuses"] == {"ok": 1, "missing": 1}
    report = (tmp_path / "out" / "run-report.md").read_text(encoding="utf-8")
    assert "| ok | 1 |" in report and "nowhere.pdf" in report


def test_a_progress_bar_in_a_terminal(tmp_path):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    stream = Terminal()
    run([SEED], tmp_path / "out", Options(jobs=1), stream=stream)
    assert "[" + "#" * 30 + "] 1/1 files" in stream.getvalue()


def test_the_dask_engine_gives_the_same_tables_as_the_local_one(tmp_path):
    pytest.importorskip("distributed", reason="the dask extra is not installed (pip install 'extractor[dask]')")
    run(GOOD, tmp_path / "local", Options(jobs=2, quiet=True))
    run(GOOD, tmp_path / "dask", Options(jobs=2, engine="dask", quiet=True))
    assert tables(tmp_path / "dask") == tables(tmp_path / "local")
