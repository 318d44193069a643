"""The extractor on real documents (../shared/corpus) and on the blind set, scored against
hand-checked answers, at the bar the project set itself."""

from __future__ import annotations

import csv

import pytest

from extractor.evaluate import evaluate, totals
from tests.conftest import CORPUS
from tests.corpus_eval import BLIND, GOLD, blind_inputs, corpus_inputs, extract

BAR = {"attendees": 0.97, "agenda": 0.95, "materials": 0.95}
SPEAKER_RECALL = 0.95
NOT_MINUTES = {"sakaiminato-shigikai-r7-03-giketsu-kekka", "sakaiminato-shigikai-r8-03-giketsu-kekka",
               "moj-hosei-shoho-funani-meibo-r6-07", "moj-hoseishingikai-r7-12-kaisai-yoteihyo"}


@pytest.fixture(scope="module")
def corpus_tables(tmp_path_factory):
    if not (CORPUS / "pdf").is_dir():
        pytest.skip(f"the real-document corpus is not here ({CORPUS} is absent); CI has it")
    out = tmp_path_factory.mktemp("corpus")
    inputs = corpus_inputs(out)
    extract(inputs, out / "tables")
    return inputs, out / "tables"


def _meets_the_bar(results):
    total = totals(results)
    for kind, bar in BAR.items():
        assert total[kind].f1 >= bar, f"{kind} F1 {total[kind].f1:.3f} < {bar}"
    assert total["speakers"].recall >= SPEAKER_RECALL, f"speaker recall {total['speakers'].recall:.3f}"
    wrong = {r.name: r.meeting_diff for r in results if not r.meeting_ok}
    assert not wrong, f"meeting fields wrong: {wrong}"


def test_every_corpus_file_ends_with_a_status_and_none_crashes(corpus_tables):
    inputs, tables = corpus_tables
    with open(tables / "files.csv", encoding="utf-8") as stream:
        statuses = {row["source_file"]: row["status"] for row in csv.DictReader(stream)}
    assert sorted(statuses) == sorted(map(str, inputs))
    assert "error" not in statuses.values()
    by_stem = {path.rsplit("/", 1)[-1][: -len(".pdf")]: status for path, status in statuses.items()}
    assert {stem for stem, status in by_stem.items() if status == "not_minutes"} == NOT_MINUTES


def test_vote_tables_and_rosters_give_no_rows(corpus_tables):
    _, tables = corpus_tables
    with open(tables / "meetings.csv", encoding="utf-8") as stream:
        stems = {row["source_file"].rsplit("/", 1)[-1][:-4] for row in csv.DictReader(stream)}
    assert not stems & NOT_MINUTES


def test_corpus_minutes_meet_the_bar(corpus_tables):
    _, tables = corpus_tables
    _meets_the_bar(evaluate(GOLD, tables))


def test_blind_documents_meet_the_bar_and_each_stays_right(tmp_path):
    extract(blind_inputs(tmp_path), tmp_path / "tables")
    results = evaluate(BLIND / "gold", tmp_path / "tables")
    _meets_the_bar(results)
    # Every set joined the blind set once its misses were fixed: a rule that breaks one of its
    # documents again is a regression, however little it moves the totals.
    worse = {
        r.name: {kind: (s.missed[:2], s.extra[:2]) for kind, s in r.scores.items() if s.missed or s.extra}
        for r in results
        if not r.meeting_ok or any(s.missed or s.extra for s in r.scores.values())
    }
    assert not worse, f"documents no longer extracted right: {worse}"
