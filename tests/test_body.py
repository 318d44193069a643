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


def test_speakers_in_a_column_of_their_own_without_a_mark():
    label, speech = 72.0, 156.0
    statements = body(
        [(label, "（１）開会")],
        [(label, "事務局"), (speech, "定刻となりましたので、ただいまから")],
        [(speech, "協議会を開会いたします。")],
        [(label, "大塚委員"), (speech, "東部線は高齢者の通院に欠かせない路線です。")],
        [(label, "交通政策課長補佐資料２により御報告します。")],  # the speaker fills its column: no gap
        [(speech, "登録者数は４１２人です。")],
        [(label, "（２）閉会")],
        [(label, "会長"), (speech, "以上で終了します。")],
        heading="会議の内容",
    )
    assert [(s.section, s.speaker, s.text) for s in statements] == [
        ("(1)開会", "事務局", "定刻となりましたので、ただいまから協議会を開会いたします。"),
        ("(1)開会", "大塚委員", "東部線は高齢者の通院に欠かせない路線です。"),
        ("(1)開会", "交通政策課長補佐", "資料2により御報告します。登録者数は412人です。"),
        ("(2)閉会", "会長", "以上で終了します。"),
    ]


def test_a_two_column_summary_is_not_read_as_speakers():
    statements = body(
        [(72.0, "報告事項"), (156.0, "事務局から資料1について説明があった。")],
        [(156.0, "委員から意見があった。")],
    )
    assert all(s.speaker == "" for s in statements)


def test_labels_spread_over_a_fixed_width_and_ministries_in_brackets_opening_a_line():
    statements = body(
        [(72, "議"), (104, "長：ただいまから開会します。")],
        [(72, "４"), (104, "番：現地を確認しました。")],
        [(72, "議"), (104, "長：ほかにありませんか。")],
        heading="議事の経過",
    )
    assert [(s.speaker, s.text) for s in statements] == [
        ("議長", "ただいまから開会します。"), ("4番", "現地を確認しました。"), ("議長", "ほかにありませんか。")
    ]
    statements = body("（国土交通省）予測を除雪の準備に生かしている。", "・空港での注意喚起を強化したい。", "（警察庁）")
    assert [s.speaker for s in statements] == ["(国土交通省)"]  # (警察庁) under the point says who made it


def test_a_speaker_cell_wrapped_over_lines_of_its_column_is_one_speaker():
    statements = body(
        [(72, "会長"), (180, "それでは議事に入ります。")],
        [(72, "事務局"), (180, "資料１を御覧ください。")],
        [(72, "（高齢福祉課長）"), (180, "昨年度の実績を御報告します。")],
        [(72, "委員"), (180, "承知しました。")],
    )
    assert [s.speaker for s in statements] == ["会長", "事務局(高齢福祉課長)", "委員"]


def test_turns_labelled_with_no_mark_and_a_space():
    statements = body(
        [(MARGIN, "議長（会長）　ただいまから総会を開会します。")],
        [(INDENT, "本日の出席委員は１０名です。")],
        [(MARGIN, "事務局長　議案第４６号について御説明します。番号１は、")],
        [(MARGIN, "規模拡大のためのものです。")],
        [(MARGIN, "７番　現地を確認しました。")],
        [(MARGIN, "議長（会長）　採決します。")],
        heading="会議の概要",
    )
    assert [s.speaker for s in statements] == ["議長(会長)", "事務局長", "7番", "議長(会長)"]


def test_a_summary_whose_lines_open_with_words_is_not_read_as_turns():
    statements = body(
        [(MARGIN, "事務局長 資料1に基づき説明した。")],
        [(MARGIN, "会長 了承された。")],
    )
    assert statements and not any(s.speaker for s in statements)


def test_letter_spaced_labels_cut_into_cells_under_a_deep_hanging_indent():
    statements = body(
        [(72, "議"), (104, "長　ただいまから総会を開会します。本日の欠席")],
        [(124, "は、２名です。在任委員１５名中１３名が出席しており")],
        [(124, "ますので、総会は成立しております。")],
        [(72, "農地調整係長　議案第６５号について説明します。申請は３件で")],
        [(124, "す。いずれも要件には該当しません。")],
        [(72, "議"), (104, "長　御質疑はありませんか。")],
        [(124, "（「なし」の声あり）")],
        [(72, "鈴鹿委員　現地を確認しました。いずれの申請地も")],
        [(124, "適正に管理されておりました。")],
        heading="議事の経過",
    )
    assert [s.speaker for s in statements] == ["議長", "農地調整係長", "議長", "鈴鹿委員"]
    assert statements[0].text.startswith("ただいまから総会を開会します。")


def test_letter_spaced_labels_and_seat_numbers_in_a_speaker_column():
    statements = body(
        [(72, "議"), (104, "長"), (135, "ただいまから総会を開会いたします。")],
        [(135, "日程第一を議題といたします。")],
        [(72, "事務局次長"), (135, "御説明します。")],
        [(72, "議長"), (135, "現地調査の結果を報告願います。")],
        [(72, "６　番"), (135, "現地を調査しました。")],
        [(72, "議"), (104, "長"), (135, "質疑を許します。")],
        [(72, "１０　番"), (135, "経営面積はどの程度になりますか。")],
        heading="議事の内容",
    )
    assert [s.speaker for s in statements] == ["議長", "事務局次長", "議長", "6番", "議長", "10番"]
    assert [s.text for s in statements if s.speaker == "6番"] == ["現地を調査しました。"]


def test_a_note_after_the_closing_ijo_is_not_a_turn():
    statements = body(
        [(MARGIN, "（委員長代理）性能の確認方法を標準化することで、審査の期間を短縮できるので")],
        [(INDENT, "はないか。")],
        [(480.0, "以上")],
        [(MARGIN, "（文責：国土交通省道路局）")],
    )
    assert [s.speaker for s in statements] == ["(委員長代理)"]
    assert statements[0].text.endswith("はないか。")  # 以上 is not part of the turn either
    statements = body([(MARGIN, "○委員長 以上です。")], [(MARGIN, "以上")], [(MARGIN, "○委員長 これで閉会します。")])
    assert [s.speaker for s in statements] == ["委員長", "委員長"]


def test_a_bracketed_side_under_a_bullet_s_hanging_indent_attributes_the_bullet_and_opens_no_turn():
    statements = body(
        [(INDENT, "・地域間の格差を縮めるため、下位のランクほど高い目安とすべきである。")],
        [(93.0, "（労働者側委員）")],
        [(INDENT, "・引上げに伴う影響を把握するため、データに基づく議論が必要である。")],
        [(93.0, "（使用者側委員）")],
    )
    assert [(s.speaker, s.text) for s in statements] == [
        ("", "・地域間の格差を縮めるため、下位のランクほど高い目安とすべきである。(労働者側委員)"),
        ("", "・引上げに伴う影響を把握するため、データに基づく議論が必要である。(使用者側委員)"),
    ]
