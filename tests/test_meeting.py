from extractor.parse.meeting import parse_meeting, parse_title
from extractor.records import Kind, Meeting, Section
from tests.lines import lines


def meeting_from(front: list[str], date: list[str], place: list[str] = ()) -> tuple[Meeting, list]:
    sections = [Section(Kind.FRONT, "", 1, lines(*front)), Section(Kind.DATE, "日時", 1, lines(*date))]
    if place:
        sections.append(Section(Kind.PLACE, "場所", 1, lines(*place)))
    meeting = Meeting("m", "f.pdf", "0" * 64)
    return meeting, parse_meeting(sections, meeting)


def test_the_seed_header():
    meeting, problems = meeting_from(
        ["ＡＩ戦略推進関係省庁会議（第 2 回）　議事要旨"], ["令和 7 年 5 月 14 日（水）11:30～12:00"], ["中央合同庁舎 8 号館 1 階講堂"]
    )
    assert (meeting.series, meeting.session_no, meeting.doc_type) == ("AI戦略推進関係省庁会議", 2, "議事要旨")
    assert (meeting.date, meeting.weekday, meeting.start_time, meeting.end_time) == ("2025-05-14", "水", "11:30", "12:00")
    assert meeting.place == "中央合同庁舎8号館1階講堂"
    assert problems == []


def test_a_wrong_printed_weekday_is_a_warning_not_a_failure():
    meeting, problems = meeting_from(["第1回 会議 議事録"], ["令和7年5月14日(木)"])
    assert meeting.date == "2025-05-14" and meeting.weekday == "水"
    assert [p.code for p in problems] == ["weekday_mismatch"]


def test_no_date_is_reported():
    _, problems = meeting_from(["第1回 会議 議事録"], ["未定"])
    assert [p.code for p in problems] == ["no_date"]


def test_titles_broken_over_lines():
    assert parse_title(lines("水資源管理制度検討部会", "第5回会議 議事録"))[1:] == ("議事録", "水資源管理制度検討部会", 5)
    assert parse_title(lines("地域公共交通の在り方に関する検討会(第3回)", "議事概要"))[1:] == (
        "議事概要", "地域公共交通の在り方に関する検討会", 3
    )
    assert parse_title(lines("第4回デジタル社会推進会議 議事録"))[1:] == ("議事録", "デジタル社会推進会議", 4)
    assert parse_title(lines("第十二回 審議会 議事要旨"))[3] == 12
    assert parse_title(lines("法制審議会", "商法(船荷証券等関係)部会", "第8回会議 議事録"))[2] == "法制審議会商法(船荷証券等関係)部会"


def test_a_title_without_a_record_kind():
    title, doc_type, series, session = parse_title(lines("第3回 研究会"))
    assert (doc_type, series, session) == ("", "研究会", 3)


def test_no_title_line_means_no_title():
    assert parse_title(lines("▼最初のヒットへ(全0ヒット)", "1")) == ("", "", "", None)


def test_the_record_kind_printed_under_the_title_as_its_own_line():
    front, kind, date = lines("令和６年度第２回長崎県地域福祉推進会議", "議　事　次　第", "日時：令和６年１１月２１日（木）")
    sections = [
        Section(Kind.FRONT, "", 1, [front]),
        Section(Kind.AGENDA, "議事次第", 1, [], heading_line=kind),
        Section(Kind.DATE, "日時", 1, [date]),
    ]
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(sections, meeting)
    assert (meeting.doc_type, meeting.title) == ("議事次第", "令和6年度第2回長崎県地域福祉推進会議 議事次第")
    # With minutes below it, the same heading opens their agenda and names nothing.
    sections.append(Section(Kind.BODY, "議事録", 1, lines("○会長　開会します。")))
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(sections, meeting)
    assert meeting.doc_type == ""


def test_an_assembly_committee_header_with_opening_and_closing_lines_and_a_letter_spaced_opening():
    from extractor.sections import split_sections

    content = lines(
        "厚　生　常　任　委　員　会　記　録",
        "第１　開会及び閉会の日時",
        "　　　開会　令和６年１２月１６日（月）　午前１０時０２分",
        "　　　閉会　同　　日　　　　　　　　　　午後　０時１５分",
        "第２　場　　　所　　第３委員会室",
    )
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(split_sections(content), meeting)
    assert (meeting.date, meeting.start_time, meeting.end_time, meeting.place) == ("2024-12-16", "10:02", "12:15", "第3委員会室")
    content = lines("◯平成２９年１２月１５日（金曜日）", "◯場　　所　　緑川村役場議場", "◯開　　議　　午前９時３０分")
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(split_sections(content), meeting)
    assert (meeting.date, meeting.start_time, meeting.place) == ("2017-12-15", "09:30", "緑川村役場議場")


def test_a_form_with_the_date_and_place_above_the_title_and_a_sitting_opening_over_its_agenda():
    from extractor.sections import split_sections

    content = lines(
        "開催日時　令和７年２月１３日（木）　午後２時００分から午後３時３５分まで",
        "開催場所　葦原市役所西庁舎３階　大会議室",
        "令和６年度　第３回葦原市地域福祉推進協議会",
        "会　議　録",
    )
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(split_sections(content), meeting)
    assert (meeting.series, meeting.session_no, meeting.doc_type) == ("葦原市地域福祉推進協議会", 3, "会議録")
    assert (meeting.start_time, meeting.end_time, meeting.place) == ("14:00", "15:35", "葦原市役所西庁舎3階大会議室")
    content = lines("令和６年第３回雲雀野市議会定例会会議録（第３号）", "令和６年９月１０日（火曜日）", "◯議事日程（第３号）", "午前１０時開議", "日程第１　会議録署名議員の指名")
    sections = split_sections(content)
    assert [s.kind for s in sections] == [Kind.FRONT, Kind.AGENDA]
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(sections, meeting)
    assert meeting.start_time == "10:00"


def test_series_without_an_emptied_bracket_or_the_assembly_before_its_committee():
    assert parse_title(lines("食料・農業・農村政策審議会畜産部会", "（令和６年度第２回）", "議　事　録"))[1:] == (
        "議事録", "食料・農業・農村政策審議会畜産部会", 2
    )
    assert parse_title(lines("七瀬市議会", "第４回　公共施設再編調査特別委員会記録"))[1:] == ("会議録", "公共施設再編調査特別委員会", 4)


def test_a_header_numbered_1_throughout_keeps_its_opening_and_closing_times():
    from extractor.sections import split_sections

    content = lines(
        "令和２年第１回雪見町議会臨時会会議録（第１号）",
        "１．招集年月日　　令和２年２月３日（月曜日）",
        "１．招集の場所　　雪見町役場議場",
        "１．開　　　会　　２月３日　午前１０時００分宣告",
        "１．閉　　　会　　２月３日　午前１１時２６分宣告",
    )
    sections = split_sections(content)
    assert Kind.AGENDA not in [s.kind for s in sections]
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(sections, meeting)
    assert (meeting.start_time, meeting.end_time, meeting.place) == ("10:00", "11:26", "雪見町役場議場")


def test_the_day_a_sitting_opened_not_the_day_the_assembly_was_called():
    sections = [
        Section(Kind.FRONT, "", 1, lines("令和４年第２回霞平村議会定例会会議録（第２号）")),
        Section(Kind.DATE, "招集年月日", 1, lines("令和４年６月７日（火曜日）")),
        Section(Kind.PLACE, "招集の場所", 1, lines("霞平村役場議場", "開議　令和４年６月９日（木曜日）　午前１０時００分　議長宣告")),
    ]
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(sections, meeting)
    assert (meeting.date, meeting.start_time, meeting.place) == ("2022-06-09", "10:00", "霞平村役場議場")


def test_the_time_an_assembly_committee_closed_under_a_heading_of_its_own():
    sections = [
        Section(Kind.FRONT, "", 1, lines("令和６年第１１回青嶺県教育委員会定例会会議録")),
        Section(Kind.DATE, "開会日時", 1, lines("令和６年１１月２１日（木）午後１時３０分")),
        Section(Kind.DATE, "閉会日時", 1, lines("同日　午後３時１２分")),
    ]
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(sections, meeting)
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2024-11-21", "13:30", "15:12")


def test_a_note_on_the_line_under_the_place_is_not_the_place():
    meeting, _ = meeting_from(["第５回懇談会 議事録"], ["令和７年１月２０日（月）"], ["総務省第１特別会議室", "※ウェブ会議システム併用"])
    assert meeting.place == "総務省第1特別会議室"


def test_a_sitting_dated_without_its_year_and_a_committee_named_in_a_form_row():
    sections = [
        Section(Kind.FRONT, "", 1, lines("早蕨市議会", "委員会記録", "委員会名　公共交通ネットワーク調査特別委員会")),
        Section(Kind.DATE, "招集年月日", 1, lines("平成３０年９月１０日（月曜日）")),
        Section(Kind.PLACE, "招集の場所", 1, lines("笹目町議会議場", "開　　　議　　９月１１日　午前１０時００分")),
    ]
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(sections, meeting)
    assert (meeting.series, meeting.date, meeting.start_time) == ("公共交通ネットワーク調査特別委員会", "2018-09-11", "10:00")


def test_when_and_where_under_one_heading_and_a_form_s_name_of_the_meeting_wrapped_in_its_cell():
    sections = [
        Section(Kind.FRONT, "", 1, lines("審議会等会議録", [(72, "会議の名称"), (156, "令和６年度第１回冬木県社会福祉審議会")], [(156, "高齢者福祉専門分科会")])),
        Section(Kind.DATE, "開催日時及び場所", 1, lines("平成三十年十一月二十七日（火）　午後三時から午後四時十八分まで", "於、総務省第１特別会議室（８階）")),
    ]
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(sections, meeting)
    assert (meeting.series, meeting.session_no, meeting.doc_type) == ("冬木県社会福祉審議会高齢者福祉専門分科会", 1, "会議録")
    assert (meeting.start_time, meeting.end_time, meeting.place) == ("15:00", "16:18", "総務省第1特別会議室(8階)")


def test_an_unlabelled_date_time_and_place_under_the_title_and_notes_after_the_record_s_kind():
    sections = [
        Section(
            Kind.FRONT, "", 1,
            lines("文化審議会国語分科会国語課題小委員会（第２０回）", "議事録", "平成３０年１月２２日（月）", "１０：００～１２：００", "文部科学省東館３階　第二講堂"),
        ),
    ]
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(sections, meeting)
    assert (meeting.date, meeting.start_time, meeting.end_time, meeting.place) == ("2018-01-22", "10:00", "12:00", "文部科学省東館3階第二講堂")
    assert parse_title(lines("雪室市議会", "建設水道常任委員会記録（要点筆記）"))[1:3] == ("会議録", "建設水道常任委員会")
    assert parse_title(lines("霧畑市選挙管理委員会", "（令和６年第９回定例会）"))[2] == "霧畑市選挙管理委員会定例会"


def test_the_sitting_s_date_over_its_agenda_not_the_session_s_dates_on_the_cover():
    sections = [
        Section(Kind.FRONT, "", 1, lines("葛籠村議会定例会会議録", "令和５年１２月　５日　開会", "令和５年１２月１５日　閉会")),
        Section(Kind.AGENDA, "議事日程", 2, lines("令和５年１２月１５日（金曜日）　午前１０時開議", "第１　会議録署名議員の指名")),
    ]
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(sections, meeting)
    assert meeting.date == "2023-12-15"


def test_a_letter_spaced_closing_line_after_the_opening_line_under_the_place():
    from extractor.sections import split_sections

    content = lines(
        "令和７年第１回蛍川村議会定例会会議録（第１号）",
        "○招集年月日　　令和７年３月４日（火曜日）",
        "○招集場所　　蛍川村役場議場",
        ["○開", "会", "令和７年３月４日　午前１０時００分"],
        ["○散", "会", "令和７年３月４日　午前１１時２０分"],
    )
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(split_sections(content), meeting)
    assert (meeting.start_time, meeting.end_time, meeting.place) == ("10:00", "11:20", "蛍川村役場議場")


def test_opening_and_closing_items_of_a_numbered_header_after_its_agenda_and_under_one_item():
    from extractor.sections import split_sections

    content = lines(
        "令和7年第2回霧山町選挙管理委員会定例会会議録",
        "２　招集場所　　霧山町役場２階　第２会議室",
        "６　会議に付した事件",
        "議案第１号　霧山町議会議員一般選挙の執行について",
        "７　開会　　午後一時三十分",
        "８　閉会　　午後二時十八分",
    )
    sections = split_sections(content)
    assert [s.kind for s in sections] == [Kind.FRONT, Kind.PLACE, Kind.AGENDA, Kind.DATE]
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(sections, meeting)
    assert (meeting.start_time, meeting.end_time) == ("13:30", "14:18")
    content = lines(
        "平成30年第2回岩清水町議会臨時会会議録",
        "１　招集年月日　平成30年5月18日",
        "２　招集の場所　岩清水町議会議場",
        "３　開会・閉会　　平成30年5月18日　午後1時30分開会",
        "　　　　　　　　　平成30年5月18日　午後2時41分閉会",
        "４　出席議員",
    )
    sections = split_sections(content)
    assert Kind.AGENDA not in [s.kind for s in sections]
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(sections, meeting)
    assert (meeting.start_time, meeting.end_time, meeting.place) == ("13:30", "14:41", "岩清水町議会議場")


def test_a_place_label_run_on_to_its_value_under_an_unlabelled_date():
    sections = [Section(Kind.FRONT, "", 1, lines("令和6年第4回桐ノ木村議会定例会会議録(第3号)", "令和6年12月13日(金曜日)午後1時30分開議", "場所　桐ノ木村議会議場"))]
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(sections, meeting)
    assert meeting.place == "桐ノ木村議会議場"


def test_a_closing_line_of_the_body_without_brackets_gives_the_end_time():
    from extractor.parse.meeting import fill_from_body
    from extractor.records import Statement

    meeting = Meeting("m", "f.pdf", "0" * 64)
    said = Statement("m", 1, "", "議長(桑折正彦君)", "本日はこれで散会します。", 2)
    fill_from_body(meeting, [said, Statement("m", 2, "", "", "散会午前11時38分", 2)])
    assert meeting.end_time == "11:38"


def test_series_drops_a_leading_date_a_month_a_record_word_and_the_assembly_under_the_title():
    assert parse_title(lines("2025年1月22日　医道審議会保健師助産師看護師分科会", "看護師特定行為・研修部会（第３８回）議事録"))[2:] == (
        "医道審議会保健師助産師看護師分科会看護師特定行為・研修部会", 38)
    assert parse_title(lines("胡桃沢市教育委員会７月定例会会議録"))[2] == "胡桃沢市教育委員会定例会"
    assert parse_title(lines("総務財政常任委員会会議記録"))[2] == "総務財政常任委員会"
    assert parse_title(lines("厚生文教常任委員会　会議録", "白樺沢村議会"))[2] == "厚生文教常任委員会"


def test_the_opening_time_wins_over_the_convening_time():
    sections = [
        Section(Kind.FRONT, "", 1, lines("平成三十年第一回雪柳村議会臨時会会議録")),
        Section(Kind.DATE, "", 1, lines("〇招集の日時　平成三十年五月十一日（金曜日）　午前十時")),
        Section(Kind.PLACE, "招集の場所", 1, lines("雪柳村役場議会議場", "〇開　会　午前十時二分　〇閉　会　午前十時五十八分")),
    ]
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(sections, meeting)
    assert (meeting.start_time, meeting.end_time, meeting.place) == ("10:02", "10:58", "雪柳村役場議会議場")


def test_a_place_marked_with_yu_on_the_date_line():
    sections = [Section(Kind.FRONT, "", 1, lines("令和５年第４回菫ケ丘町議会定例会会議録（第３号）", "令和５年１２月１５日（金曜日）　午前１０時００分開議　於　菫ケ丘町議会議場"))]
    meeting = Meeting("m", "f.pdf", "0" * 64)
    parse_meeting(sections, meeting)
    assert (meeting.place, meeting.start_time) == ("菫ケ丘町議会議場", "10:00")


def test_a_date_line_naming_the_assembly_s_hall_is_not_part_of_the_title():
    title = parse_title(lines("令和５年第４回菫ケ丘町議会定例会会議録（第３号）", "令和５年１２月１５日（金曜日）　午前１０時００分開議　於　菫ケ丘町議会議場"))
    assert title[2:] == ("菫ケ丘町議会定例会", 4)


def test_series_of_a_committee_record_under_its_session_a_numbered_form_row_and_an_issuer():
    from tests.lines import lines

    assert parse_title(lines("平成３０年６月朝比奈県議会定例会", "環境商工委員会会議記録"))[2] == "環境商工委員会"
    assert parse_title(lines("星砂市選挙管理委員会会議録", ["一　会議の名称", "平成三十一年第三回星砂市選挙管理委員会"]))[2:] == ("星砂市選挙管理委員会", 3)
    assert parse_title(lines("公共交通対策特別委員会記録（第３回）", "橘台市議会事務局"))[2:] == ("公共交通対策特別委員会", 3)


def test_a_session_set_right_over_the_title_a_month_before_a_general_meeting_and_a_closing_in_the_speech_column():
    from extractor.parse.meeting import fill_from_body
    from extractor.records import Statement

    assert parse_title(lines("令和６年度第３回食糧部会", "食料・農業・農村政策審議会食糧部会", "議事録"))[2:] == ("食料・農業・農村政策審議会食糧部会", 3)
    assert parse_title(lines("鴫ノ浦市農業委員会３月定例総会会議録"))[2] == "鴫ノ浦市農業委員会定例総会"
    meeting = Meeting("m", "f.pdf", "0" * 64, start_time="13:30")
    fill_from_body(meeting, [Statement("m", 1, "", "議長", "以上で閉会します。(午後3時5分閉会)", 3)])
    assert (meeting.start_time, meeting.end_time) == ("13:30", "15:05")


def test_the_forms_next_bracketed_field_under_the_place_is_not_the_place():
    meeting, _ = meeting_from(["会議録"], ["令和６年１０月２９日（火）"], ["白百合市役所本庁舎７階　大会議室", "【公開区分】公開", "【会議形態】対面"])
    assert meeting.place == "白百合市役所本庁舎7階大会議室"


def test_series_of_a_committee_s_sub_committee_drops_the_assembly():
    assert parse_title(lines("鳴砂市議会決算審査特別委員会", "第１分科会記録"))[2] == "決算審査特別委員会第1分科会"


def test_an_opening_word_in_an_earlier_heading_does_not_make_a_closing_time_the_start():
    from extractor.parse.meeting import event_times

    assert event_times("<開会・開議> <閉会> (午前10時45分閉会)") == ("", "10:45")
    assert event_times("開会 午前9時30分 閉会 午前10時45分") == ("09:30", "10:45")


def test_a_bare_time_under_the_closing_words_of_the_last_turn_is_the_end():
    from extractor.parse.meeting import fill_from_body
    from extractor.records import Statement

    meeting = Meeting("m", "f.pdf", "0" * 64, start_time="10:00")
    said = "以上で本臨時会に付議された事件は全て終了しました。臨時会を閉会します。\n(午前十一時十二分)"
    fill_from_body(meeting, [Statement("m", 1, "", "議長(大河内茂君)", said, 3)])
    assert (meeting.start_time, meeting.end_time) == ("10:00", "11:12")
    meeting = Meeting("m", "f.pdf", "0" * 64, start_time="10:00")
    fill_from_body(meeting, [Statement("m", 1, "", "議長", "暫時休憩します。\n(午前十一時十二分)", 3)])
    assert meeting.end_time == ""


def test_a_form_row_numbered_in_brackets_names_the_meeting():
    from tests.lines import line

    title = parse_title([line("若葉市選挙管理委員会会議録"), line("（１）会議名", (200.0, "令和６年第３回若葉市選挙管理委員会（定例会）"))])
    assert title[2:] == ("若葉市選挙管理委員会定例会", 3)


def test_a_month_s_session_over_a_board_that_holds_sessions_of_its_own_is_its_series():
    assert parse_title(lines("令和６年８月臨時会", "若葉市教育委員会会議録"))[1:] == ("会議録", "若葉市教育委員会臨時会", None)
    # an assembly's session over one of its committees stays out of the committee's series
    assert parse_title(lines("若葉市議会　令和６年６月定例会", "総務常任委員会記録"))[1:] == ("会議録", "総務常任委員会", None)


def test_a_review_board_named_on_a_cover_over_its_session_and_record_kind():
    # a cover page: 宮ノ沢町情報公開・個人情報保護審査会 ⏎ 令和６年度第３回会議録, then page 2's one-line title
    cover = lines("宮ノ沢町情報公開・個人情報保護審査会", "令和６年度第３回会議録")
    title = lines("令和６年度第３回宮ノ沢町情報公開・個人情報保護審査会会議録", page=2)
    assert parse_title(cover + title)[1:] == ("会議録", "宮ノ沢町情報公開・個人情報保護審査会", 3)
    assert parse_title(lines("第2回 建築審査会 議事録"))[1:] == ("議事録", "建築審査会", 2)


def test_a_council_and_its_division_over_the_committee_are_all_the_series():
    title = lines("総合資源エネルギー調査会 省エネルギー・新エネルギー分科会", "省エネルギー小委員会(第44回) 議事録")
    assert parse_title(title)[1:] == (
        "議事録", "総合資源エネルギー調査会省エネルギー・新エネルギー分科会省エネルギー小委員会", 44
    )


def test_the_assembly_session_over_a_committee_record_with_a_note_on_how_it_was_taken():
    assert parse_title(lines("茜沢区議会 令和7年第1回定例会", "区民文化委員会記録(要点記録)"))[1:] == (
        "会議録", "区民文化委員会", None
    )


def test_a_working_group_names_a_meeting_body_in_a_title_over_lines_and_a_closing_item_after_the_last_turn():
    from extractor.parse.meeting import fill_from_body
    from extractor.records import Statement

    title = parse_title(lines("中小企業政策審議会", "事業承継・引継ぎ支援ワーキンググループ", "（第５回）", "議事録"))
    assert title[1:] == ("議事録", "中小企業政策審議会事業承継・引継ぎ支援ワーキンググループ", 5)
    meeting = Meeting("m", "f.pdf", "0" * 64, start_time="10:00")
    said = "本日はこれをもって散会いたします。\n一、散会午前十一時四十七分"
    fill_from_body(meeting, [Statement("m", 1, "", "議長(土橋重雄君)", said, 3)])
    assert (meeting.start_time, meeting.end_time) == ("10:00", "11:47")


def test_a_numbered_closing_item_printed_under_the_last_turn_gives_the_end_time():
    from extractor.parse.meeting import fill_from_body
    from extractor.records import Statement

    for last, end in (("1.散 会 9月5日 午前11時10分", "11:10"), ("一、散会 午前十一時四十七分", "11:47")):
        meeting = Meeting("m", "f.pdf", "0" * 64)
        said = Statement("m", 1, "", "議長(倉田哲郎君)", f"本日はこれにて散会いたします。\n{last}", 3)
        fill_from_body(meeting, [said])
        assert meeting.end_time == end
