import pytest

from extractor.records import Kind
from extractor.sections import find_heading, is_stage_direction, speaker_label, split_sections
from tests.lines import line, lines


@pytest.mark.parametrize(
    "printed, kind, word",
    [
        ("1.日 時", Kind.DATE, "日時"),
        ("１．日　時", Kind.DATE, "日時"),
        ("１ 開催日時", Kind.DATE, "開催日時"),
        ("一、場所", Kind.PLACE, "場所"),
        ("(1)出席者", Kind.ATTENDEES, "出席者"),
        ("（１）出席者", Kind.ATTENDEES, "出席者"),
        ("⑴ 議題", Kind.AGENDA, "議題"),
        ("① 配付資料", Kind.MATERIALS, "配付資料"),
        ("第４　議　事", Kind.AGENDA, "議事"),
        ("３　議事次第", Kind.AGENDA, "議事次第"),
        ("◯出席委員（13名）", Kind.ATTENDEES, "出席委員"),
        ("◯欠席委員", Kind.ABSENTEES, "欠席委員"),
        ("【資料】", Kind.MATERIALS, "資料"),
        ("6.議事要旨", Kind.BODY, "議事要旨"),
        ("５ 公開資料", Kind.MATERIALS, "公開資料"),
        ("◯会議に付した事件", Kind.AGENDA, "会議に付した事件"),
        ("１　会議日時", Kind.DATE, "会議日時"),
        ("２　会議場所", Kind.PLACE, "会議場所"),
        ("４　付議事項", Kind.AGENDA, "付議事項"),
        ("５　議事の要旨", Kind.BODY, "議事の要旨"),
        ("６　審議の経過", Kind.BODY, "審議の経過"),
        ("３　出席分科会委員（７名）", Kind.ATTENDEES, "出席分科会委員"),
        ("４　欠席分科会委員（１名）", Kind.ABSENTEES, "欠席分科会委員"),
        ("〇応招議員（十名）", Kind.ATTENDEES, "応招議員"),
        ("〇不応招議員", Kind.ABSENTEES, "不応招議員"),
        ("６　書　　記", Kind.ATTENDEES, "書記"),
        ("１０　審査の経過", Kind.BODY, "審査の経過"),
        ("〇一般質問通告一覧", Kind.OTHER, "一般質問通告一覧"),
        ("■会議概要", Kind.BODY, "会議概要"),
    ],
)
def test_every_numbering_style_and_heading_word(printed, kind, word):
    heading = find_heading(line(printed))
    assert (heading.kind, heading.word) == (kind, word)


@pytest.mark.parametrize("printed", ["資料1 行政の進化について", "(1)当面のAI政策について", "冒頭、議長から挨拶があった。"])
def test_content_lines_are_not_headings(printed):
    assert find_heading(line(printed)) is None


def test_the_heading_line_keeps_its_content():
    sections = split_sections(lines(["1.日 時", "令和7年5月14日(水)11:30~12:00"], "2.場 所 中央合同庁舎"))
    assert [(s.kind, [l.text for l in s.lines]) for s in sections[1:]] == [
        (Kind.DATE, ["令和7年5月14日(水)11:30~12:00"]),
        (Kind.PLACE, ["中央合同庁舎"]),
    ]


def test_front_matter_holds_the_title_even_when_it_names_the_record_kind():
    sections = split_sections(lines("第25回", "消費者教育推進会議", "議 事 録", "1 日 時 令和元年7月26日"))
    assert sections[0].kind == Kind.FRONT
    assert [l.text for l in sections[0].lines] == ["第25回", "消費者教育推進会議", "議事録"]
    assert sections[1].kind == Kind.DATE


def test_items_numbered_in_another_style_stay_inside_their_section():
    sections = split_sections(lines("１ 開催日時 令和5年6月6日", "３ 議事次第", "１．開 会", "２．議 事", "（１）報告", "３．閉 会", "４ 資料"))
    kinds = [s.kind for s in sections[1:]]
    assert kinds == [Kind.DATE, Kind.AGENDA, Kind.MATERIALS]
    assert [l.text for l in sections[2].lines] == ["1.開 会", "2.議 事", "(1)報告", "3.閉 会"]


def test_the_first_speaker_turn_starts_the_body_and_nothing_after_is_a_heading():
    sections = split_sections(lines("４ 資料", "資料1 計画", "〇河野大臣: ただいまから開会します。", "1 議題についてです"))
    assert sections[-1].kind == Kind.BODY
    assert len(sections[-1].lines) == 2


def test_an_unlabelled_date_item_and_the_place_after_it():
    sections = split_sections(lines("第3回 委員会記録", "◯令和6年5月17日(金)", "◯市会第3会議室", "◯出席委員(13名)"))
    assert [s.kind for s in sections] == [Kind.FRONT, Kind.DATE, Kind.PLACE, Kind.ATTENDEES]


def test_a_stage_direction_starts_the_body():
    sections = split_sections(lines("◯配付資料", "報告書", "−−−−−−−−", "[午前10時 開会]", "○委員長(平山たかお)"))
    assert sections[-1].kind == Kind.BODY
    assert [l.text for l in sections[-1].lines] == ["[午前10時 開会]", "○委員長(平山たかお)"]
    assert [l.text for l in sections[-2].lines] == ["報告書"]


@pytest.mark.parametrize(
    "text, label",
    [
        ("○森部会長 それでは", "森部会長"),
        ("〇河野大臣:ただいまから", "河野大臣"),
        ("◎総務部長(中野晋)", "総務部長(中野晋)"),
        ("◆委員(下村あきら)", "委員(下村あきら)"),
        ("○(伊藤よしのり議長)", "(伊藤よしのり議長)"),
        ("◯議長(吉田崇仁)", "議長(吉田崇仁)"),
    ],
)
def test_speaker_labels(text, label):
    assert speaker_label(text)[0] == label


@pytest.mark.parametrize("text", ["○ 学び直しの支援が重要である。", "○中小企業では、学び直しが重要である。", "◯市会第3会議室"])
def test_bullets_and_items_are_not_speakers(text):
    assert speaker_label(text) is None


def test_stage_directions():
    assert is_stage_direction("[午前10時 開会]") and is_stage_direction("(休憩)") and not is_stage_direction("(1)議題")


def test_a_presenter_in_brackets_under_an_agenda_item_is_no_heading():
    sections = split_sections(
        lines(
            "■議　事",
            [(82.0, "２．議事")],
            [(93.0, "（２）施策パッケージの改定について")],
            [(124.0, "［事務局］")],
            [(82.0, "３．閉会")],
        )
    )
    assert [s.kind for s in sections] == [Kind.FRONT, Kind.AGENDA]
    assert [line.text for line in sections[1].lines][-2:] == ["[事務局]", "3.閉会"]


def test_an_opening_time_under_the_date_belongs_to_the_header():
    sections = split_sections(lines("平成３０年第３回杉ノ沢町議会定例会会議録（第２号）", "◯平成３０年９月１２日（水曜日）", "　　午前１０時００分開議", "◯場　　所　　杉ノ沢町役場議場"))
    assert [s.kind for s in sections] == [Kind.FRONT, Kind.DATE, Kind.PLACE]


def test_bills_referred_to_a_committee_head_its_agenda():
    sections = split_sections(lines("◯付託議案", "（１）議案第３８号　蛍沢市都市公園条例の一部を改正する条例の制定について"))
    assert [s.kind for s in sections] == [Kind.FRONT, Kind.AGENDA]


def test_a_place_label_spread_over_a_fixed_width_takes_its_value():
    sections = split_sections(lines("中心市街地活性化対策特別委員会記録", "日　　時　令和７年１月２０日（月曜日）", "場　　所　第２委員会室"))
    assert [(s.kind, [l.text for l in s.lines]) for s in sections[1:]] == [
        (Kind.DATE, ["令和7年1月20日(月曜日)"]),
        (Kind.PLACE, ["第2委員会室"]),
    ]


def test_an_attendee_list_appended_after_the_body_when_the_header_points_to_it():
    sections = split_sections(
        lines("○出席者　　別紙のとおり", "○議　事", "（１）報告", "○議事概要", "報告があった。", "（別紙）", "幹事会（第３回）出席者", "議長　谷村修一")
    )
    assert [s.kind for s in sections] == [Kind.FRONT, Kind.ATTENDEES, Kind.AGENDA, Kind.BODY, Kind.ATTENDEES]
    assert [l.text for l in sections[-1].lines] == ["議長 谷村修一"]
    # Without the pointer, such a line in the body stays in the body.
    plain = split_sections(lines("○議事概要", "報告があった。", "幹事会（第３回）出席者"))
    assert [s.kind for s in plain] == [Kind.FRONT, Kind.BODY]


def test_a_triangle_marks_a_proceedings_heading():
    sections = split_sections(lines("議事日程（第一号）", "日程第一　会議録署名議員の指名", "△開会及び開議の宣告", "〇議長（星野　守君）　おはようございます。"))
    assert [s.kind for s in sections] == [Kind.FRONT, Kind.AGENDA, Kind.BODY]


def test_lenticular_bracket_and_glued_bracket_speakers():
    from extractor.sections import bracket_speaker

    assert bracket_speaker("【事務局(柘植課長)】 ただいまから開会します。") == ("【事務局(柘植課長)】", "ただいまから開会します。")
    assert bracket_speaker("(岡野構成員)新規就業者の数は横ばいである。") == ("(岡野構成員)", "新規就業者の数は横ばいである。")
    assert bracket_speaker("【議題1】") is None and bracket_speaker("(1)沿岸漁業について") is None


def test_a_form_label_wrapped_in_its_column_and_the_next_label_under_it():
    sections = split_sections(
        lines(
            [(72, "欠席委員"), (170, "委員　菊地　浩二")],
            [(72, "説明のため出席"), (170, "教育部長　安達　俊介")],
            [(72, "した職員"), (170, "文化財課長　宮内　宏")],
            [(72, "書記"), (170, "教育総務課総務係長　小松　彩")],
        )
    )
    assert [(s.kind, s.heading, len(s.lines)) for s in sections[1:]] == [
        (Kind.ABSENTEES, "欠席委員", 1),
        (Kind.ATTENDEES, "説明のため出席した職員", 2),
        (Kind.ATTENDEES, "書記", 1),
    ]


def test_what_the_room_did_is_no_speaker():
    from extractor.sections import bracket_speaker

    assert bracket_speaker("(挙手全員)") is None and bracket_speaker("(賛成者起立)") is None


def test_a_bracketed_heading_after_a_rule_under_the_header_opens_the_proceedings():
    sections = split_sections(
        lines("◯審査事件", "２　議案第５号　令和７年度千鳥台市一般会計予算", "────────────", "【市民生活局所管分】", "◯委員長　ただいまから開会いたします。")
    )
    assert [s.kind for s in sections] == [Kind.FRONT, Kind.AGENDA, Kind.BODY]
    assert [l.text for l in sections[1].lines] == ["2 議案第5号 令和7年度千鳥台市一般会計予算"]


def test_another_label_of_a_form_s_list_of_people_and_a_member_left_unnamed():
    from extractor.sections import is_speaker_word

    sections = split_sections(
        lines(
            [(72, "事 務 局"), (160, "総務部長　土屋　浩之、総務課長　望月　聡")],
            [(72, "実施機関"), (160, "健康福祉部長　北原　康弘")],
            [(72, "傍 聴 者"), (160, "１名")],
        )
    )
    assert [(s.kind, s.heading) for s in sections[1:]] == [
        (Kind.ATTENDEES, "事務局"), (Kind.ATTENDEES, "実施機関"), (Kind.OTHER, "傍聴者")
    ]
    assert is_speaker_word("委員A") and not is_speaker_word("A案")


def test_a_kanji_numeral_and_a_space_before_every_item_and_a_form_label_with_its_list():
    sections = split_sections(
        lines(
            "一　開会の日時　　令和六年十月八日（火曜日）　午前十時",
            "一　開会の場所　　穂積県庁本館六階　選挙管理委員会室",
            "出席者：石丸座長、青柳委員、川端委員",
            "事務局：北原総務部長、緒方普及支援課長",
        )
    )
    assert [(s.kind, s.heading, len(s.lines)) for s in sections[1:]] == [
        (Kind.DATE, "開会の日時", 1), (Kind.PLACE, "開会の場所", 1), (Kind.ATTENDEES, "出席者", 2)
    ]  # 事務局：… is a labelled run of the list 出席者：… opened


def test_a_kanji_numeral_spaced_like_the_letters_of_its_label_and_a_wrapped_label_alone_below():
    sections = split_sections(
        lines(
            [(72, "一　日"), (150, "時　平成三十年七月二十六日（木曜日）")],
            [(72, "二　場"), (150, "所　菖蒲田市役所本庁舎五階")],
            "七　傍　聴　人　一名",
            [(72, "職務のため出席"), (180, "議会事務局長　清水　一也")],
            [(72, "した者の職氏名")],
        )
    )
    assert [(s.kind, s.heading, len(s.lines)) for s in sections[1:]] == [
        (Kind.DATE, "日時", 1), (Kind.PLACE, "場所", 1), (Kind.OTHER, "傍聴人", 1),
        (Kind.ATTENDEES, "職務のため出席した者の職氏名", 1),
    ]


def test_an_attendance_sheet_appended_after_the_body_that_a_count_points_to():
    sections = split_sections(
        lines(
            "３　出 席 者　委員１１名（うち代理出席１名）　※別紙のとおり",
            "７　会議の概要",
            "　事務局から説明を行った。",
            "令和６年度第２回白萩県自転車活用推進協議会　委員出欠状況",
            [(72, "会　長"), (128, "鳴海　俊之"), (214, "白萩大学理工学部教授")],
        )
    )
    assert [(s.kind, s.heading) for s in sections[1:]] == [
        (Kind.ATTENDEES, "出席者"), (Kind.BODY, "会議の概要"), (Kind.ATTENDEES, "委員出欠状況")
    ]


def test_a_label_in_lenticular_brackets_with_its_value_and_parts_of_an_agenda():
    sections = split_sections(
        lines(
            "【日　時】令和６年７月９日（火）１３時３０分から１５時００分まで",
            "【場　所】湊浦市役所本庁舎７階　大会議室",
            "■協議事項",
            "１　議会基本条例の検証について",
        )
    )
    assert [(s.kind, s.heading, [l.text for l in s.lines]) for s in sections[1:]] == [
        (Kind.DATE, "日時", ["令和6年7月9日(火)13時30分から15時00分まで"]),
        (Kind.PLACE, "場所", ["湊浦市役所本庁舎7階 大会議室"]),
        (Kind.AGENDA, "協議事項", ["1 議会基本条例の検証について"]),
    ]
    sections = split_sections(lines("（３）議　題", "　１　審議事項", "　２　報告事項"))
    assert [(s.kind, s.heading, [l.text for l in s.lines]) for s in sections[1:]] == [
        (Kind.AGENDA, "議題", ["1 審議事項", "2 報告事項"])
    ]


def test_a_ministry_s_officials_after_the_absent_members_attended():
    sections = split_sections(
        lines(
            "出席委員",
            [(72, "部会長"), (150, "杉浦　典子")],
            "欠席委員",
            [(72, "臨時委員"), (150, "大館　誠司")],
            "（環境省）",
            [(72, "環境再生・資源循環局長"), (250, "前園　浩之")],
        )
    )
    assert [(s.kind, s.heading, len(s.lines)) for s in sections[1:]] == [
        (Kind.ATTENDEES, "出席委員", 1), (Kind.ABSENTEES, "欠席委員", 1), (Kind.ATTENDEES, "出席委員", 2)
    ]


def test_a_table_of_contents_on_the_cover_is_not_the_record():
    sections = split_sections(
        lines(
            "平成三十年第四回紫野村議会定例会会議録",
            [(72, "議事日程"), (200, "…………………………"), (480, "２")],
            [(72, "出席議員・欠席議員"), (200, "…………………………"), (480, "２")],
            "議事日程",
            "日程第１　一般質問",
        )
    )
    assert [(s.kind, s.heading, [l.text for l in s.lines]) for s in sections] == [
        (Kind.FRONT, "", ["平成三十年第四回紫野村議会定例会会議録"]), (Kind.AGENDA, "議事日程", ["日程第1 一般質問"])
    ]


def test_a_form_label_wrapped_over_many_lines_of_its_column():
    sections = split_sections(
        lines(
            [(72, "欠席議員"), (180, "６番　岡野　修")],
            [(72, "地方自治法第"), (180, "町長"), (260, "三好　隆之")],
            [(72, "121条の規"), (180, "教育長"), (260, "東　恵子")],
            [(72, "定により説明"), (180, "総務課長"), (260, "須田　英明")],
            [(72, "のため会議に"), (180, "税務課長"), (260, "高松　浩司")],
            [(72, "出席した者の職氏名"), (180, "会計管理者"), (260, "宮内　悦子")],
        )
    )
    assert [(s.kind, s.heading, len(s.lines)) for s in sections[1:]] == [
        (Kind.ABSENTEES, "欠席議員", 1),
        (Kind.ATTENDEES, "地方自治法第121条の規定により説明のため会議に出席した者の職氏名", 5),
    ]
    sections = split_sections(lines([(72, "会議の名称"), (180, "朝霧市国民健康保険運営協議会")], [(72, "開催日時"), (180, "令和６年７月９日")]))
    assert [(s.kind, s.heading) for s in sections[1:]] == [(Kind.DATE, "開催日時")]  # two labels, not one wrapped


def test_a_summarised_turn_under_the_materials_begins_the_proceedings():
    sections = split_sections(lines("配付資料", "資料１　給水条例新旧対照表", "委員長：開会を宣告。氏家委員から欠席の届出があった旨を報告。", "〔出席者〕"))
    assert [(s.kind, len(s.lines)) for s in sections[1:]] == [(Kind.MATERIALS, 1), (Kind.BODY, 2)]


def test_the_absent_labelled_in_brackets_inside_the_list_of_who_came():
    sections = split_sections(lines("出席者", "（オブザーバー）", "小野寺　拓也", "（欠席構成員）", "田辺　浩"))
    assert [(s.kind, s.heading, [l.text for l in s.lines]) for s in sections[1:]] == [
        (Kind.ATTENDEES, "出席者", ["(オブザーバー)", "小野寺 拓也"]), (Kind.ABSENTEES, "欠席構成員", ["田辺 浩"])
    ]


def test_a_numbered_kind_of_member_with_its_count_opens_its_own_list():
    sections = split_sections(
        lines(
            "１．開催日時　令和６年１０月１０日（木）",
            "３．出席委員（２名）　１番　青柳　進、２番　村瀬　千草",
            "４．欠席委員（１名）　７番　大須賀　亨",
            "５．農地利用最適化推進委員（２名）　中里　結衣、富樫　修二",
            "６．事務局職員　事務局長　大河原　聡",
        )
    )
    assert [(s.kind, s.heading, [l.text for l in s.lines]) for s in sections[2:]] == [
        (Kind.ATTENDEES, "出席委員", ["1番 青柳 進、2番 村瀬 千草"]),
        (Kind.ABSENTEES, "欠席委員", ["7番 大須賀 亨"]),
        (Kind.ATTENDEES, "農地利用最適化推進委員", ["中里 結衣、富樫 修二"]),
        (Kind.ATTENDEES, "事務局職員", ["事務局長 大河原 聡"]),
    ]


def test_a_closing_event_and_its_time_without_brackets_is_a_stage_direction():
    assert is_stage_direction("散会 午前11時38分") and is_stage_direction("閉会午後二時十八分")
    assert not is_stage_direction("散会 午前11時38分の予定")
    sections = split_sections(lines("○議長（桑折正彦君）　本日はこれで散会します。", "散会　午前１１時３８分"))
    assert [line.text for line in sections[-1].lines][-1] == "散会 午前11時38分"


def test_an_opening_line_numbered_as_the_header_after_its_agenda_is_a_date_item():
    sections = split_sections(lines("２　招集場所　　役場第２会議室", "６　会議に付した事件", "議案第１号　選挙の執行について", "７　開会　　午後一時三十分"))
    assert [s.kind for s in sections] == [Kind.FRONT, Kind.PLACE, Kind.AGENDA, Kind.DATE]
    # an agenda sheet with no numbered header: 1 開会 … stays an item
    sections = split_sections(lines("議事次第", "１　開会　午後２時", "２　議事"))
    assert [s.kind for s in sections] == [Kind.FRONT, Kind.AGENDA]


def test_the_absent_labelled_on_their_line_inside_the_list_and_the_secretariat_after_them():
    sections = split_sections(
        lines(
            "４　出席者",
            [(84, "委員"), (150, "望月　佳奈"), (250, "青波大学農学部助教")],
            "　欠席委員　北原　智美、宗像　亘",
            "　事務局　環境生活部環境政策課　永瀬課長、平塚主幹ほか",
            "５　議題",
        )
    )
    assert [(s.kind, s.heading, [l.text for l in s.lines]) for s in sections[1:4]] == [
        (Kind.ATTENDEES, "出席者", ["委員 望月 佳奈 青波大学農学部助教"]),
        (Kind.ABSENTEES, "欠席委員", ["北原 智美、宗像 亘"]),
        (Kind.ATTENDEES, "事務局", ["環境生活部環境政策課 永瀬課長、平塚主幹ほか"]),
    ]


def test_a_form_s_labels_after_the_absent_a_body_s_officials_then_agenda_and_materials_with_colons():
    sections = split_sections(
        lines(
            "日時：令和５年１１月２９日（水）１０：００～１１：３０",
            "出席委員：大河内和人部会長、芦田澄江部会長代理",
            "欠席委員：須永康子委員",
            "農林水産省：鷲尾農産局長、嶋田審議官ほか",
            "議事：（１）果樹農業振興基本方針の見直しについて",
            "　　　（２）その他",
            "配付資料：資料１　果樹農業をめぐる情勢",
        )
    )
    assert [(s.kind, s.heading, len(s.lines)) for s in sections[1:]] == [
        (Kind.DATE, "日時", 1),
        (Kind.ATTENDEES, "出席委員", 1),
        (Kind.ABSENTEES, "欠席委員", 1),
        (Kind.ATTENDEES, "出席委員", 1),
        (Kind.AGENDA, "議事", 2),
        (Kind.MATERIALS, "配付資料", 1),
    ]


def test_an_attendance_heading_naming_the_explainers():
    assert find_heading(line("６　地方自治法第121条の規定により出席した説明員")).kind == Kind.ATTENDEES


def test_the_materials_list_s_next_line_lines_up_with_the_first_item_after_the_label():
    sections = split_sections(
        lines("日時：令和５年１１月２９日（水）", "配付資料：資料１　果樹農業をめぐる情勢", [(72 + 5 * 10.5, "資料２　論点（案）")])
    )
    materials = sections[-1]
    assert materials.kind == Kind.MATERIALS
    first, second = materials.lines
    assert abs(first.x0 - second.x0) < 10.5 / 2


def test_a_lenticular_turn_after_the_materials_starts_the_body():
    sections = split_sections(
        lines("会議録", "１　配付資料", "　資料１　概要", "　資料２　補正予算", "【委員長】　ただいまから委員会を開会します。", "【保健福祉課長】　資料１により説明します。")
    )
    assert [s.kind for s in sections][-2:] == [Kind.MATERIALS, Kind.BODY]
    assert len(sections[-2].lines) == 2 and len(sections[-1].lines) == 2


def test_an_organization_s_secretariat_staff_heads_a_list():
    sections = split_sections(lines("議事録", "６　議事日程", "　第１　議事録署名委員の指名", "７　農業委員会事務局職員", "　　事務局長　高野　隆司"))
    assert [(s.kind, s.heading) for s in sections][-1] == (Kind.ATTENDEES, "農業委員会事務局職員")


def test_the_title_printed_again_on_a_later_page_is_not_a_list_item():
    sections = split_sections(
        lines("令和６年度第３回露草市社会福祉審議会保育部会", "１　配付資料", "　資料１　概要")
        + lines("令和６年度第３回露草市社会福祉審議会保育部会　議事録", "○日　時　令和７年２月１３日（木）", page=2)
    )
    assert [s.kind for s in sections] == [Kind.FRONT, Kind.MATERIALS, Kind.OTHER, Kind.DATE]
    assert len(sections[1].lines) == 1


def test_a_meeting_s_openness_is_a_heading_of_its_own():
    assert find_heading(line("七　会議の公開・非公開の別")).kind == Kind.OTHER
    assert find_heading(line("７　本日の案件")).kind == Kind.AGENDA


def test_an_agenda_word_set_in_under_the_agenda_heading_is_an_item():
    sections = split_sections(lines("会議録", "７　案　　件", [(93.0, "１　付託議案")], [(93.0, "２　所管事務調査")]))
    assert [(s.kind, len(s.lines)) for s in sections][-1] == (Kind.AGENDA, 2)


def test_a_body_s_secretariat_staff_and_the_day_s_business_head_their_lists():
    assert find_heading(line("７　農業委員会事務局職員")).kind == Kind.ATTENDEES
    assert find_heading(line("７　本日の案件")).kind == Kind.AGENDA


def test_a_numbered_kind_of_member_without_a_count_on_a_line_of_its_own_opens_its_own_list():
    sections = split_sections(
        lines(
            "１　開催日時　令和６年８月２６日（月）",
            "３　出席委員（２名）",
            "１番　青柳　進、２番　村瀬　千草",
            "４　欠席委員（１名）",
            "９番　久慈　義和",
            "５　農地利用最適化推進委員",
            "佐々木　寛、汐田　和美",
            "６　事務局職員",
            "事務局長　須藤　浩一",
        )
    )
    assert [(s.kind, s.heading, [l.text for l in s.lines]) for s in sections[2:]] == [
        (Kind.ATTENDEES, "出席委員", ["1番 青柳 進、2番 村瀬 千草"]),
        (Kind.ABSENTEES, "欠席委員", ["9番 久慈 義和"]),
        (Kind.ATTENDEES, "農地利用最適化推進委員", ["佐々木 寛、汐田 和美"]),
        (Kind.ATTENDEES, "事務局職員", ["事務局長 須藤 浩一"]),
    ]
    # a member numbered in the list, a family name and a role, is no heading
    sections = split_sections(lines("１　開催日時　令和６年８月２６日（月）", "２　出席委員", "３　山田委員"))
    assert [(s.kind, [l.text for l in s.lines]) for s in sections[2:]] == [(Kind.ATTENDEES, ["3 山田委員"])]


def test_the_committee_clerk_heading_opens_its_own_list():
    sections = split_sections(lines("一、出席説明員", "施設課長　石動　孝", "一、委員会書記", "議事係長　滝本　恭子"))
    assert [(s.kind, s.heading, [l.text for l in s.lines]) for s in sections[1:]] == [
        (Kind.ATTENDEES, "出席説明員", ["施設課長 石動 孝"]),
        (Kind.ATTENDEES, "委員会書記", ["議事係長 滝本 恭子"]),
    ]


def test_an_agenda_sheet_numbered_from_one_again_under_a_numbered_heading_keeps_its_items():
    sections = split_sections(
        lines("会議概要", "４　欠席委員", "　小此木　晴美", "５　次　　第", "１　開会", "２　議事", "（１）指針について", "３　閉会", "６　配付資料", "資料１　指針", "７　議事概要", "・意見があった。")
    )
    assert [(s.kind, len(s.lines)) for s in sections][2:] == [(Kind.AGENDA, 4), (Kind.MATERIALS, 1), (Kind.BODY, 1)]


def test_a_sheet_headed_with_its_meeting_and_the_parts_of_a_review_are_agenda():
    sections = split_sections(lines("会議録", "傍聴者　２名", "会議次第", "１　開会", "２　議事", "３　閉会"))
    assert [(s.kind, len(s.lines)) for s in sections][-1] == (Kind.AGENDA, 3)
    sections = split_sections(lines("会議録", "【審査事項】", "（１）付託議案", "　議案第８８号　基金条例", "（２）所管事項", "【審査の経過】"))
    assert [(s.kind, len(s.lines)) for s in sections][1:] == [(Kind.AGENDA, 3), (Kind.BODY, 0)]


def test_a_bulleted_list_s_next_bullet_is_an_item_even_if_it_names_a_list():
    sections = split_sections(lines("会議録", "８．資　　料", "　・資料１　　概要", "　・参考資料　計画", "９．議事の経過"))
    assert [(s.kind, len(s.lines)) for s in sections][1:] == [(Kind.MATERIALS, 2), (Kind.BODY, 0)]


def test_an_absentee_label_with_none_after_a_space_and_a_numbered_list_of_members_run_on_its_heading_line():
    sections = split_sections(lines("会議録", "出席議員（２名）", "　１番　赤井　誠", "欠席議員　なし", "説明のため出席した者の職氏名", "町長　大谷　勉"))
    assert [(s.kind, s.heading, len(s.lines)) for s in sections[1:]] == [
        (Kind.ATTENDEES, "出席議員", 1),
        (Kind.ABSENTEES, "欠席議員", 1),  # its value なし, which names nobody
        (Kind.ATTENDEES, "説明のため出席した者の職氏名", 1),
    ]
    sections = split_sections(
        lines("議事録", "３　出席委員", "１番　沖田　昭夫", "４　欠席委員", "９番　小浜　宗一", "５　農地利用最適化推進委員　久住　浩一、森脇　和代", "６　事務局職員", "事務局長　戸塚　雅人")
    )
    assert [(s.kind, s.heading, [l.text for l in s.lines]) for s in sections[1:]] == [
        (Kind.ATTENDEES, "出席委員", ["1番 沖田 昭夫"]),
        (Kind.ABSENTEES, "欠席委員", ["9番 小浜 宗一"]),
        (Kind.ATTENDEES, "農地利用最適化推進委員", ["久住 浩一、森脇 和代"]),
        (Kind.ATTENDEES, "事務局職員", ["事務局長 戸塚 雅人"]),
    ]


def test_a_numbered_header_item_with_a_spread_label_and_the_hours_stays_with_the_date():
    sections = split_sections(lines(
        "文教常任委員会記録",
        "１　開 催 日　令和６年７月２９日（月）",
        ["２　時", (145.0, "間　午前９時５８分開会～午前１１時４５分閉会")],
        "３　場　　所　第１委員会室",
        "８　案　　件",
        "　（１）市立小中学校の適正規模・適正配置について",
    ))
    assert [s.kind for s in sections] == [Kind.FRONT, Kind.DATE, Kind.PLACE, Kind.AGENDA]
    assert [line.text for line in sections[-1].lines] == ["(1)市立小中学校の適正規模・適正配置について"]


def test_a_form_label_followed_by_a_label_of_its_own_is_not_joined_to_it():
    sections = split_sections(
        lines(
            "村教育委員会臨時会会議録",
            [(72, "会　　議"), (180, "平成３１年第２回村教育委員会臨時会")],
            [(72, "日　　時"), (180, "平成３１年３月２２日（金曜日）")],
        )
    )
    assert [(s.kind, s.heading, [l.text for l in s.lines]) for s in sections][-1] == (Kind.DATE, "日時", ["平成31年3月22日(金曜日)"])


def test_a_post_too_long_for_a_short_label_opens_a_turn():
    label = "早川総合政策局地域交通デジタル化推進プロジェクトチームリーダー"
    assert speaker_label(f"○{label} それでは御説明いたします。") == (label, "それでは御説明いたします。")
    assert speaker_label("○基幹施設の更新率は全国平均を下回っている地域が多い状況である 今後も") is None


def test_the_items_put_before_the_meeting_under_their_heading_after_other_lists():
    sections = split_sections(
        lines(
            "第７　議事録署名委員",
            "　　荻野　淳、片山　利明",
            "第８　会議に付した議案等",
            "　議案第６５号　農地法第３条の規定による許可申請について",
        )
    )
    assert [(s.kind, s.heading) for s in sections[1:]] == [(Kind.OTHER, "議事録署名委員"), (Kind.AGENDA, "会議に付した議案")]
    sections = split_sections(
        lines("◆説明のため出席した者", "町長　小早川　忠", "◆会議に付した事項", "日程第１　会議録署名委員の指名")
    )
    assert [(s.kind, s.heading) for s in sections[1:]] == [
        (Kind.ATTENDEES, "説明のため出席した者"), (Kind.AGENDA, "会議に付した事項")
    ]


def test_a_closing_at_noon_with_zero_hours_is_a_stage_direction():
    # 午後零時十五分散会 / 散会　午後零時４０分: 零時 is the noon hour, as 十一時 is eleven
    assert is_stage_direction("午後零時十五分散会") and is_stage_direction("散会 午後零時40分")
    assert not is_stage_direction("散会 午後零時40分の予定")


def test_a_members_label_with_its_count_and_a_seat_numbered_name_on_its_line_is_a_heading():
    heading = find_heading(line("欠席議員（1名）　5番　岡部加奈"))
    assert heading is not None and (heading.kind, heading.word, heading.rest) == (Kind.ABSENTEES, "欠席議員", "5番 岡部加奈")
    assert find_heading(line("欠席議員　5番議員が欠席")) is None  # a sentence, not a seat and a name
    sections = split_sections(lines("会議録", "出席議員（２名）", "　１番　赤井　誠", "欠席議員（1名）　5番　岡部加奈", "説明のため出席した者の職氏名"))
    assert [(s.kind, s.heading) for s in sections][2] == (Kind.ABSENTEES, "欠席議員")


def test_a_marked_kaigiroku_line_after_the_materials_heads_the_body():
    sections = split_sections(
        lines("◆開催日時　令和６年１２月１６日（月）", "◆配付資料", "　資料１　経営状況", "◆会議録", "○波多野課長　開会いたします。")
    )
    assert [(s.kind, s.heading) for s in sections][-2:] == [(Kind.MATERIALS, "配付資料"), (Kind.BODY, "会議録")]
    assert [l.text for l in sections[-2].lines] == ["資料1 経営状況"]


def test_a_centred_kaigiroku_title_after_the_date_is_not_the_body():
    sections = split_sections(
        lines("開催日時　令和７年２月１３日（木）", "開催場所　北浜市役所", "令和６年度　第３回北浜市地域福祉推進協議会", "会　議　録", "⑴　出席者")
    )
    assert Kind.BODY not in [s.kind for s in sections]


def test_a_numbered_list_of_members_with_a_count_of_those_present_is_a_list_of_its_own():
    sections = split_sections(
        lines(
            "１．開催日時　令和６年１１月２８日（木）",
            "４．欠席委員（１名）",
            "６番　野々村　勇",
            "５．農地利用最適化推進委員（出席２名）",
            "　　鹿島　義隆、磯辺　久美子",
            "６．事務局職員",
        )
    )
    assert [(s.kind, s.heading, [l.text for l in s.lines]) for s in sections[2:4]] == [
        (Kind.ABSENTEES, "欠席委員", ["6番 野々村 勇"]),
        (Kind.ATTENDEES, "農地利用最適化推進委員", ["鹿島 義隆、磯辺 久美子"]),
    ]


def test_deliberated_cases_and_whether_the_meeting_was_open_are_headings():
    sections = split_sections(
        lines(
            "１　開催日時　令和6年10月3日(木)",
            "４　欠席委員　なし",
            "５　審議案件",
            "　諮問第３号　審査請求について",
            "６　配付資料",
            "　資料１　諮問書の写し",
            "７　会議の公開・非公開",
            "　非公開",
        )
    )
    assert [(s.kind, s.heading) for s in sections[3:]] == [
        (Kind.AGENDA, "審議案件"),
        (Kind.MATERIALS, "配付資料"),
        (Kind.OTHER, "会議の公開・非公開"),
    ]


def test_a_lenticular_label_whose_speech_runs_on_past_its_line_ends_the_list_above():
    sections = split_sections(
        lines(
            "資料",
            "資料１　国際会議の誘致の現状",
            "【夏目ＭＩＣＥ推進室長】　ただいまから第２回国際会議等の誘致・開催の推進に関する",
            "検討会を開催いたします。",
        )
    )
    assert [(s.kind, len(s.lines)) for s in sections[1:]] == [(Kind.MATERIALS, 1), (Kind.BODY, 2)]


def test_a_marked_time_after_a_bare_date_is_not_the_place():
    sections = split_sections(
        lines("委員会記録", "◎開会年月日　令和６年１１月１９日（火曜日）", "◎開会時刻　午前１０時００分", "◎場　　所　第３委員会室")
    )
    assert [(s.kind, s.heading, len(s.lines)) for s in sections[1:]] == [(Kind.DATE, "", 2), (Kind.PLACE, "場所", 1)]


def test_a_heading_set_between_typed_rules_ends_the_list_above_and_opens_its_section():
    found = split_sections(
        lines(
            "【付託案件】",
            "１　議案第１２号　ある条例の一部を改正する条例",
            "－－－－－－　審査の経過　－－－－－－",
            "○田中委員長　ただいまから委員会を開会いたします。",
        )
    )
    assert [(s.kind, s.heading, len(s.lines)) for s in found[1:]] == [(Kind.AGENDA, "付託案件", 1), (Kind.BODY, "審査の経過", 1)]


def test_a_summary_headed_by_the_record_kind_会議概要_is_the_body_not_the_materials_list():
    sections = split_sections(
        lines(
            "汐見台区子育て支援ネットワーク協議会", "令和６年度第１回　会議概要", "■配付資料", "資料１　事業一覧",
            "■会議概要", "１．事業の実施状況について", "（杉崎委員）　土曜日の開催を増やしてほしい。",
        )
    )
    assert [(s.kind, s.heading) for s in sections] == [
        (Kind.FRONT, ""), (Kind.MATERIALS, "配付資料"), (Kind.BODY, "会議概要"),
    ]
    assert [line.text for line in sections[1].lines] == ["資料1 事業一覧"]


def test_a_numbered_secretariat_after_the_absent_heads_its_staff():
    sections = split_sections(
        lines("３　出席委員（２名）", "１番　有馬　正　　２番　石動文子", "４　欠席委員（１名）", "６番　北浦　誠",
              "５　農業委員会事務局", [(86, "事務局長"), (200, "堤　孝之")], "６　会議に付した案件", "　議案第４２号　農地法第３条の規定による許可申請について")
    )
    assert [(s.kind, s.heading) for s in sections[1:]] == [
        (Kind.ATTENDEES, "出席委員"), (Kind.ABSENTEES, "欠席委員"), (Kind.ATTENDEES, "農業委員会事務局"), (Kind.AGENDA, "会議に付した案件"),
    ]
    # A secretariat's member named as a person's line is not a heading.
    plain = split_sections(lines("４　欠席委員（１名）", "６番　北浦　誠", "５　事務局長"))
    assert [s.kind for s in plain] == [Kind.FRONT, Kind.ABSENTEES]


def test_a_rule_with_a_mark_at_its_middle_closes_the_agenda():
    sections = split_sections(lines("議事日程", "日程第１　会期の決定", "――――――――◇――――――――", "○議長（石井和人君）　ただいまから開会します。"))
    assert [(s.kind, [l.text for l in s.lines]) for s in sections[1:2]] == [(Kind.AGENDA, ["日程第1 会期の決定"])]


def test_a_spread_agenda_label_and_a_signers_label_take_their_values_on_the_line():
    sections = split_sections(
        lines("本会議に職務のため出席した者の職氏名", [(84, "議会事務局長"), (160, "玉井修一")],
              "会議録署名議員　一番　相馬洋平　　二番　今村早苗", "議　事　日　程　日程第一　会議録署名議員の指名", "日程第二　会期の決定")
    )
    assert [(s.kind, [l.text for l in s.lines]) for s in sections[1:]] == [
        (Kind.ATTENDEES, ["議会事務局長 玉井修一"]),
        (Kind.OTHER, ["一番 相馬洋平 二番 今村早苗"]),
        (Kind.AGENDA, ["日程第一 会議録署名議員の指名", "日程第二 会期の決定"]),
    ]


def test_a_long_post_with_the_name_in_brackets_is_a_speaker_label():
    assert speaker_label("○企画政策部公共施設マネジメント推進室長兼資産活用課長(島崎孝司君) 資料1に基づき") == (
        "企画政策部公共施設マネジメント推進室長兼資産活用課長(島崎孝司君)",
        "資料1に基づき",
    )


def test_a_meeting_summary_heading_opens_the_body():
    heading = find_heading(line("【会議概要】"))
    assert (heading.kind, heading.word) == (Kind.BODY, "会議概要")


def test_a_marked_line_repeating_the_first_agenda_item_opens_the_body_under_that_heading():
    sections = split_sections(
        lines("議事日程", "１．議案第２５号　補欠選挙の執行について", "２．その他", "◎議案第２５号　補欠選挙の執行について", "○委員長（島崎清司）　ただいまから開会します。")
    )
    assert [s.kind for s in sections[1:]] == [Kind.AGENDA, Kind.BODY]
    assert [l.text for l in sections[1].lines] == ["1.議案第25号 補欠選挙の執行について", "2.その他"]
    assert sections[2].heading == "議案第25号 補欠選挙の執行について" and len(sections[2].lines) == 1


def test_a_colon_label_of_the_form_with_its_value_closes_the_list_above_it():
    sections = split_sections(lines("配付資料：", "資料１　答申書（案）", "公開・非公開：審査案件１は非公開（運営規程", "第５条）", "傍聴者：なし"))
    assert [(s.kind, s.heading) for s in sections[1:]] == [(Kind.MATERIALS, "配付資料"), (Kind.OTHER, "公開・非公開"), (Kind.OTHER, "傍聴者")]
    assert [l.text for l in sections[1].lines] == ["資料1 答申書(案)"]


def test_a_marked_label_under_a_post_column_starts_the_next_list_not_a_wrapped_label():
    # ◯地方自治法… ⏎ 市長|平賀　宗一|… ⏎ … ⏎ ◯職務のため出席した事務局職員: the posts in the label column
    # and the next marked heading are not the pieces of one long wrapped label
    sections = split_sections(
        lines(
            "◯地方自治法第１２１条第１項の規定により説明のため出席した者",
            [(72, "市長"), (190, "平賀　宗一"), (300, "副市長"), (418, "間宮　久美")],
            [(72, "教育長"), (190, "三好　忠明"), (300, "総務部長"), (418, "村岡　慎也")],
            [(72, "企画財政部長"), (190, "茂木　祐介"), (300, "市民福祉部長"), (418, "矢吹　千晶")],
            [(72, "健康保険課長"), (190, "結城　篤"), (300, "介護長寿課長"), (418, "吉見　美帆")],
            [(72, "生涯学習課長"), (190, "若林　康"), (300, "会計管理者"), (418, "渡会　早苗")],
            "◯職務のため出席した事務局職員",
            [(72, "事務局長"), (190, "安西　克之"), (300, "議事課長"), (418, "石黒　はるか")],
        )
    )
    assert [(s.kind, s.heading, len(s.lines)) for s in sections[1:]] == [
        (Kind.ATTENDEES, "地方自治法第121条第1項の規定により説明のため出席した者", 5),
        (Kind.ATTENDEES, "職務のため出席した事務局職員", 1),
    ]
    assert sections[1].lines[0].cells[0].text == "市長"
    numbered = split_sections(
        lines(
            "１．地方自治法第１２１条の規定により説明のため出席した者の職氏名",
            [(72, "町長"), (190, "坂上　俊彦"), (300, "副町長"), (418, "篠原　優子")],
            [(72, "教育課長"), (190, "千葉　伸子"), (300, "代表監査委員"), (418, "堤　英明")],
            "１．職務のため出席した者の職氏名",
            [(72, "議会事務局長"), (190, "寺田　保"), (300, "書記"), (418, "中野　由美")],
        )
    )
    assert [(s.heading, len(s.lines)) for s in numbered[1:]] == [
        ("地方自治法第121条の規定により説明のため出席した者の職氏名", 2), ("職務のため出席した者の職氏名", 1),
    ]


def test_today_s_materials_head_a_materials_list():
    sections = split_sections(lines("会議録", "１．本日の配付資料", "　資料１　　　決算審査意見書", "　参考資料　　会期日程表（案）"))
    assert [(s.kind, s.heading, len(s.lines)) for s in sections[1:]] == [(Kind.MATERIALS, "本日の配付資料", 2)]


def test_a_header_item_numbered_after_the_place_heading_is_not_an_agenda_item():
    sections = split_sections(lines("１　開催日時　令和７年１月２０日", "２　開催場所　市農業委員会室", "３　委員の定数　１６名", "４　出席委員（１４名）"))
    assert [s.kind for s in sections] == [Kind.FRONT, Kind.DATE, Kind.PLACE, Kind.OTHER, Kind.ATTENDEES]
    assert [l.text for l in sections[2].lines] == ["市農業委員会室"]


def test_a_family_name_with_a_representative_post_is_a_speaker_label():
    assert speaker_label("○岡島代表 日本語教室の立場からは、学習支援のボランティアが不足しています。")[0] == "岡島代表"


def test_a_numbered_item_naming_a_body_after_the_absent_opens_a_list_of_its_officials():
    sections = split_sections(
        lines(
            "一　日　　時　令和六年十一月二十日（水）午前十時から午前十一時三十分まで",
            "一　欠席委員　小田切　晴美（税理士）",
            [(72, "一　国税庁"), (160, "深町長官官房審議官、沼尻税理士監理室長、國枝調査企画")],
            [(160, "官ほか")],
            "一　議　　題",
        )
    )
    assert [(s.kind, s.heading, len(s.lines)) for s in sections[1:]] == [
        (Kind.DATE, "日時", 1), (Kind.ABSENTEES, "欠席委員", 1), (Kind.ATTENDEES, "国税庁", 2), (Kind.AGENDA, "議題", 0)
    ]
