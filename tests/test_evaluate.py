import csv

from extractor.cli import EXIT_FILES_FAILED, EXIT_OK, main
from extractor.evaluate import evaluate, totals
from extractor.schema import BY_NAME

MEETING = {"doc_type": "議事要旨", "series": "AI戦略推進関係省庁会議", "session_no": "2", "date": "2025-05-14",
           "start_time": "11:30", "end_time": "12:00", "place": "中央合同庁舎8号館1階講堂"}


def write(path, table, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=BY_NAME[table].column_names)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in BY_NAME[table].column_names})


def person(name, title, proxy="False", **more):
    return {"meeting_id": "m1", "group": "出席者", "role": "構成員", "name": name, "title": title, "proxy": proxy, **more}


def setup(tmp_path, extracted_people):
    gold, out = tmp_path / "gold" / "seed", tmp_path / "out"
    write(gold / "meetings.csv", "meetings", [MEETING])
    write(gold / "attendees.csv", "attendees", [person("城内実", "内閣府特命担当大臣（科学技術政策）"), person("楠正憲", "統括官")])
    write(out / "meetings.csv", "meetings", [{**MEETING, "meeting_id": "m1", "source_file": "in/seed.pdf"}])
    write(out / "attendees.csv", "attendees", extracted_people)
    return tmp_path / "gold", out


def test_rows_match_after_nfkc_and_without_whitespace(tmp_path):
    gold, out = setup(tmp_path, [person("城内 実", "内閣府特命担当大臣(科学技術政策)"), person("楠正憲", "統括官")])
    result = evaluate(gold, out)
    assert result[0].meeting_ok and totals(result)["attendees"].f1 == 1.0


def test_a_wrong_field_is_a_miss_and_an_extra(tmp_path):
    gold, out = setup(tmp_path, [person("城内実", "内閣府特命担当大臣(科学技術政策)", proxy="True"), person("楠正憲", "統括官")])
    score = totals(evaluate(gold, out))["attendees"]
    assert (score.matched, score.extracted, score.expected) == (1, 2, 2)
    assert score.precision == score.recall == 0.5


def test_eval_exits_non_zero_below_a_threshold(tmp_path, capsys):
    gold, out = setup(tmp_path, [person("城内実", "内閣府特命担当大臣(科学技術政策)")])
    assert main(["eval", str(gold), str(out), "--min-attendee-f1", "0.5"]) == EXIT_OK
    assert main(["eval", str(gold), str(out), "--min-attendee-f1", "0.9"]) == EXIT_FILES_FAILED
    captured = capsys.readouterr()
    assert "seed" in captured.out and "below threshold: attendee-f1 0.667 < 0.9" in captured.err


def test_a_document_without_extracted_tables_scores_zero(tmp_path):
    gold, out = setup(tmp_path, [])
    write(out / "meetings.csv", "meetings", [])
    result = evaluate(gold, out)
    assert not result[0].meeting_ok and totals(result)["attendees"].recall == 0.0
