from extractor.parse.body import parse_body
from extractor.records import Kind, Section
from tests.lines import lines

MARGIN, INDENT = 72.0, 82.5


def body(*rows, heading="議事要旨"):
    return parse_body([Section(Kind.BODY, heading, 1, lines(*rows))], "m")


def test_summary_paragraphs_start_at_indents_and_join_without_spaces():
    statements = body(
        [(INDENT, "冒頭、議長から、開会挨拶として、先月26日に総理が生成AI")],
        [(MARGIN, "の講義を受けた際の発言があった。")],
        [(INDENT, "続いて、顧問から発言があった。")],
        [(MARGIN, "以上")],
    )
    assert [s.text for s in statements] == [
        "冒頭、議長から、開会挨拶として、先月26日に総理が生成AIの講義を受けた際の発言があった。",
        "続いて、顧問から発言があった。",
    ]
    assert {s.section for s in statements} == {"議事要旨"} and [s.seq for s in statements] == [1, 2]


def test_short_numbered_and_bracketed_lines_are_subheadings():
    statements = body(
        [(MARGIN, "(1) 当面のAI政策について")],
        [(INDENT, "内閣府より、AI法案の審議状況等について報告があった。また、")],
        [(MARGIN, "質疑があった。")],
        [(INDENT, "<意見交換・質疑>")],
        [(INDENT, "総務省から発言があった。")],
        [(MARGIN, "(2)事務局から資料に基づき、取組状況について説明があった。")],
    )
    assert [(s.section, s.text) for s in statements] == [
        ("(1)当面のAI政策について", "内閣府より、AI法案の審議状況等について報告があった。また、質疑があった。"),
        ("<意見交換・質疑>", "総務省から発言があった。"),
        ("<意見交換・質疑>", "(2)事務局から資料に基づき、取組状況について説明があった。"),
    ]


def test_bullets_with_a_hanging_indent():
    statements = body(
        [(MARGIN, "・地方部では路線バスの減便が続いており、足の確保が課題で")],
        [(INDENT, "ある。")],
        [(MARGIN, "・運転士不足は全国的な問題である。")],
    )
    assert [s.text for s in statements] == ["・地方部では路線バスの減便が続いており、足の確保が課題である。", "・運転士不足は全国的な問題である。"]


def test_speaker_turns_run_across_lines_and_pages_with_paragraphs_kept():
    rows = lines(
        "○森部会長　それでは、開会いたします。本日は、",
        "御出席いただきありがとうございます。",
        [(INDENT, "まず、資料の説明をお願いします。")],
        "〇河野大臣：　ただいまから",
    )
    rows[-1] = rows[-1].__class__(2, *[getattr(rows[-1], f) for f in ("top", "bottom", "size", "cells")])
    statements = parse_body([Section(Kind.BODY, "議事", 1, rows)], "m")
    assert [(s.speaker, s.text, s.page) for s in statements] == [
        ("森部会長", "それでは、開会いたします。本日は、御出席いただきありがとうございます。\nまず、資料の説明をお願いします。", 1),
        ("河野大臣", "ただいまから", 2),
    ]


def test_label_only_turn_lines_and_stage_directions():
    statements = body("[午前10時 開会]", "○委員長（平山たかお）", [(INDENT, "ただ今から開会いたします。")], heading="")
    assert [(s.speaker, s.text) for s in statements] == [("", "[午前10時開会]"), ("委員長(平山たかお)", "ただ今から開会いたします。")]


def test_english_words_broken_across_lines_keep_their_space():
    statements = body([(INDENT, "DFFT(Data Free")], [(MARGIN, "Flow with Trust)の取組を進める。")])
    assert statements[0].text == "DFFT(Data Free Flow with Trust)の取組を進める。"
