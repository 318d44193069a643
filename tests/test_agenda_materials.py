from extractor.parse.agenda import parse_agenda
from extractor.parse.materials import parse_materials
from extractor.records import Kind, Section
from tests.lines import lines


def agenda(*rows):
    return [(i.item_no, i.parent_no, i.title, i.presenter) for i in parse_agenda([Section(Kind.AGENDA, "議題", 1, lines(*rows))], "m")]


def materials(*rows):
    return [(m.material_no, m.title, m.presenter) for m in parse_materials([Section(Kind.MATERIALS, "資料", 1, lines(*rows))], "m")]


def test_bullets_are_sub_items_with_their_bracketed_presenter():
    assert agenda(
        "（1）当面のＡＩ政策について",
        "（2）各省庁からの報告事項",
        "・行政の進化と革新のためのAI政府調達・利活用ガイドライン（案）[デジタル庁]",
        "・AIディスカッションペーパー（第1.0版）の公表 [金融庁]",
    ) == [
        ("1", "", "当面のAI政策について", ""),
        ("2", "", "各省庁からの報告事項", ""),
        ("2.1", "2", "行政の進化と革新のためのAI政府調達・利活用ガイドライン(案)", "デジタル庁"),
        ("2.2", "2", "AIディスカッションペーパー(第1.0版)の公表", "金融庁"),
    ]


def test_a_second_numbering_style_nests_and_titles_wrap():
    assert agenda("１．開 会", "２．議 事", "（１）「重点計画」の進捗状況につい", [(94.0, "て")], "（２）その他", "３．閉 会") == [
        ("1", "", "開会", ""),
        ("2", "", "議事", ""),
        ("2.1", "2", "「重点計画」の進捗状況について", ""),
        ("2.2", "2", "その他", ""),
        ("3", "", "閉会", ""),
    ]


def test_parenthesized_digit_characters():
    assert [row[0] for row in agenda("⑴ 若年者について", "⑵ 分科会について")] == ["1", "2"]


def test_materials_with_sub_numbers_colons_and_wrapped_titles():
    assert materials(
        "資料１－１：重点計画（案）説明資料",
        "資料１ 「アクションプログラム」の進捗",
        "状況について",
        "１－２ 若年者の消費者教育",
        "参考資料",
        "参考資料１ 取りまとめ（平成27年３月）",
        "資料２：委員提出資料（石川委員）",
    ) == [
        ("資料1-1", "重点計画(案)説明資料", ""),
        ("資料1", "「アクションプログラム」の進捗状況について", ""),
        ("資料1-2", "若年者の消費者教育", ""),
        ("参考資料1", "取りまとめ(平成27年3月)", ""),
        ("資料2", "委員提出資料(石川委員)", "石川委員"),
    ]


def test_an_unnumbered_reference_material_keeps_its_title():
    assert materials("参考資料 開催要綱") == [("参考資料", "開催要綱", "")]


def test_items_numbered_as_agenda_items_and_materials_lettered():
    assert agenda("議題１　海洋ごみ対策の実施状況について", "議題２　推進計画の改定について") == [
        ("1", "", "海洋ごみ対策の実施状況について", ""),
        ("2", "", "推進計画の改定について", ""),
    ]
    assert materials("資料Ａ　第４期地域福祉計画（素案）", "資料Ｂ　パブリックコメントの実施について") == [
        ("資料A", "第4期地域福祉計画(素案)", ""),
        ("資料B", "パブリックコメントの実施について", ""),
    ]


def test_a_bill_number_wrapped_inside_its_bracket_is_no_item_number():
    assert agenda("日程第３　議案第６３号　令和６年度美鈴町介護保険特別会計補正予算（第", [(150, "２号）")]) == [
        ("3", "", "議案第63号令和6年度美鈴町介護保険特別会計補正予算(第2号)", ""),
    ]


def test_a_presenters_note_on_a_line_of_its_own_stays_in_the_material_title():
    assert materials(
        "資料２－２　協力雇用主による就労支援の現状と企業から見た課題", [(170, "（菊池委員提出資料）")]
    ) == [("資料2-2", "協力雇用主による就労支援の現状と企業から見た課題(菊池委員提出資料)", "菊池委員")]


def test_a_title_goes_on_under_itself_or_inside_an_open_bracket():
    assert materials(
        "資料１　　訪日外国人旅行者の動向と事故・トラブルの発生状況（観光庁提出",
        [(72 + 10.5 * 6, "資料）")],
        "参考資料　訪日外国人旅行者の安全・安心確保に関する関係府省庁連絡会議",
        [(72 + 10.5 * 5, "構成員名簿")],
        "参考資料２　第３回懇談会における主な意見",
    ) == [
        ("資料1", "訪日外国人旅行者の動向と事故・トラブルの発生状況(観光庁提出資料)", "観光庁"),
        ("参考資料", "訪日外国人旅行者の安全・安心確保に関する関係府省庁連絡会議構成員名簿", ""),
        ("参考資料2", "第3回懇談会における主な意見", ""),
    ]


def test_a_member_named_as_presenter():
    assert agenda("①介護福祉士国家試験の受験に向けた学習支援について（飯田構成員）")[0][3] == "飯田構成員"


def test_materials_numbered_in_kanji_and_a_role_spread_over_two_cells():
    assert materials("資料一　千鳥県青少年健全育成計画（第五次）策定方針（案）")[0][:2] == (
        "資料一", "千鳥県青少年健全育成計画(第五次)策定方針(案)"
    )


def test_items_added_to_the_day_s_agenda_a_table_header_and_what_no_one_presents():
    items = agenda(
        "日程第１　会議録署名議員の指名",
        "日程第２　報告第　６号　執行経費の精算について",
        "その他",
        "〇追加議事日程（第一号）",
        "追加日程第１　議長辞職の件",
        "追加日程第２　議長選挙",
    )
    assert [title for _, _, title, _ in items] == [
        "会議録署名議員の指名", "報告第6号執行経費の精算について", "その他", "議長辞職の件", "議長選挙"
    ]
    assert [number for number, *_ in items][-2:] == ["追加1", "追加2"]
    assert agenda(
        [(72, "日　程"), (132, "議案番号"), (222, "件"), (400, "名")],
        [(72, "第3"), (132, "承認第3号"), (222, "専決処分の承認を求めることについて")],
        [(222, "（平成28年度月影村一般会計補正予算（第1号））")],
        [(72, "第4"), (222, "導入事例の報告［若楓市、菖蒲台町］")],
        [(72, "第5"), (222, "技術的条件について【平成29年諮問第23号】")],
    ) == [
        ("3", "", "承認第3号専決処分の承認を求めることについて(平成28年度月影村一般会計補正予算(第1号))", ""),
        ("4", "", "導入事例の報告[若楓市、菖蒲台町]", ""),
        ("5", "", "技術的条件について【平成29年諮問第23号】", ""),
    ]


def test_materials_numbered_no_and_the_proceedings_opening_under_the_list():
    assert materials("資料Ｎｏ．１　学校法人寄附行為変更認可申請の概要", "≪１．開会≫", "開会") == [
        ("資料No.1", "学校法人寄附行為変更認可申請の概要", "")
    ]


def test_an_item_listed_again_under_the_day_s_business_is_one_item():
    items = parse_agenda(
        [
            Section(Kind.AGENDA, "議事日程", 1, lines("日程第一　一般質問")),
            Section(Kind.AGENDA, "本日の会議に付した事件", 1, lines("日程第一　一般質問", "追加日程第１　議長選挙")),
        ],
        "m",
    )
    assert [(i.item_no, i.title) for i in items] == [("1", "一般質問"), ("追加1", "議長選挙")]


def test_presenters_named_together_a_cabinet_secretariat_and_a_label_before_a_bullet():
    assert agenda(
        "１　取組状況について（経済産業省・国土交通省）",
        "２　制度整備について",
        "（内閣官房）",
        "【報告事項】・地域福祉計画（素案）について",
    ) == [
        ("1", "", "取組状況について(経済産業省・国土交通省)", ""),
        ("2", "", "制度整備について", "内閣官房"),
        ("2.1", "2", "地域福祉計画(素案)について", ""),
    ]


def test_a_report_named_for_the_post_keeps_the_bracket_naming_whose_post_it_is():
    from extractor.parse.common import split_presenter

    assert split_presenter("委員長報告(総務文教常任委員会)") == ("委員長報告(総務文教常任委員会)", "")
    assert split_presenter("導入事例の報告(若楓市)") == ("導入事例の報告", "若楓市")
    items = parse_agenda([Section(Kind.AGENDA, "議事日程", 1, lines("日程第１　委員長報告（総務文教常任委員会）"))], "m")
    assert [(i.title, i.presenter) for i in items] == [("委員長報告(総務文教常任委員会)", "")]


def test_an_item_titled_with_a_heading_word_keeps_its_title():
    assert agenda("１　付託議案", "（１）議案第３号　職員の勤務時間に関する条例", "２　所管事務調査") == [
        ("1", "", "付託議案", ""),
        ("1.1", "1", "議案第3号職員の勤務時間に関する条例", ""),
        ("2", "", "所管事務調査", ""),
    ]


def test_the_sheet_s_when_and_where_set_right_above_the_items_are_not_items():
    assert agenda([(400.0, "令和７年２月１３日（木）")], [(400.0, "午後６時３０分から")], [(400.0, "露草市役所北庁舎　５０１会議室")], "１　開会", "２　その他") == [
        ("1", "", "開会", ""),
        ("2", "", "その他", ""),
    ]


def test_a_case_s_bracketed_bureau_presents_it_and_a_district_does_not():
    assert agenda("１　諮問第１１５号　審査請求について（教育委員会）", "（１）県営ほ場整備事業（石倉地区）") == [
        ("1", "", "諮問第115号審査請求について", "教育委員会"),
        ("1.1", "1", "県営ほ場整備事業(石倉地区)", ""),
    ]


def test_a_bill_s_title_runs_on_flush_under_it_until_it_ends():
    assert agenda(
        "議案第８８号　基金条例の一部を改正する条例",
        "議案第９４号　令和６年度一般会計補正予算（第５号）のうち農林",
        "水産委員会関係分",
        "請願第１１号　被害対策の強化を求める請願",
    ) == [
        ("1", "", "議案第88号基金条例の一部を改正する条例", ""),
        ("2", "", "議案第94号令和6年度一般会計補正予算(第5号)のうち農林水産委員会関係分", ""),
        ("3", "", "請願第11号被害対策の強化を求める請願", ""),
    ]


def test_a_title_ended_by_its_bracketed_note_is_not_continued_by_the_next_item():
    rows = lines("議第１号　生産緑地地区の変更について（楢崎市決定）", "議第２号　地区計画の決定について（東楢崎駅北地区）", ["報告", "立地適正化計画の改定について"])
    items = parse_agenda([Section(Kind.AGENDA, "議事", 1, rows)], "m", right_edge=rows[1].x1 + 10)
    assert [i.title for i in items] == [
        "議第1号生産緑地地区の変更について(楢崎市決定)",
        "議第2号地区計画の決定について(東楢崎駅北地区)",
        "報告立地適正化計画の改定について",
    ]


def test_a_note_on_the_items_above_is_neither_an_item_nor_a_presenter():
    assert agenda("第１　議案第１５号　一般会計予算", "第２　議案第１６号　介護保険特別会計予算", [(114.0, "（以上２件　予算審査特別委員長報告）")]) == [
        ("1", "", "議案第15号一般会計予算", ""),
        ("2", "", "議案第16号介護保険特別会計予算", ""),
    ]


def test_a_wrap_under_a_bill_is_measured_without_the_sheet_s_date():
    rows = agenda(
        [(355.0, "令和７年３月４日　午前１０時開議")],
        [(82.0, "第１　議案の一括上程")],
        [(104.0, "議案第１２号　職員の育児休業等に関する条例の一部を改正する条")],
        [(166.0, "例")],
        [(104.0, "議案第１３号　市営住宅条例の一部を改正する条例")],
    )
    assert [row[2] for row in rows] == ["議案の一括上程", "議案第12号職員の育児休業等に関する条例の一部を改正する条例", "議案第13号市営住宅条例の一部を改正する条例"]


def test_bulleted_materials_and_none():
    assert materials("・資料１　　税率改定について", "・参考資料　観光振興計画（概要版）") == [
        ("資料1", "税率改定について", ""),
        ("参考資料", "観光振興計画(概要版)", ""),
    ]
    assert materials("なし") == []


def test_materials_numbered_by_a_word_of_their_own():
    assert materials("資料二　実施状況", "参考　　市民意識調査結果（概要版）", "当日配布資料　委員からの事前意見") == [
        ("資料二", "実施状況", ""),
        ("参考", "市民意識調査結果(概要版)", ""),
        ("当日配布資料", "委員からの事前意見", ""),
    ]


def test_numbered_items_set_in_under_an_unnumbered_one_are_its_sub_items():
    assert agenda("所管事務調査", "（１）適正配置について", "（２）その他") == [
        ("1", "", "所管事務調査", ""),
        ("1.1", "1", "適正配置について", ""),
        ("1.2", "1", "その他", ""),
    ]
    assert [row[1] for row in agenda("開会", "（１）適正配置について", "（２）その他")] == ["", "", ""]  # 開会 heads nothing


def test_a_bracket_saying_what_is_done_under_an_item_is_no_presenter():
    from extractor.parse.common import split_presenter

    assert split_presenter("空き家対策の現状について(事務局説明)") == ("空き家対策の現状について(事務局説明)", "")
    assert split_presenter("地域公共交通の現状と課題(事務局提出資料)") == ("地域公共交通の現状と課題", "事務局")
    items = parse_agenda([Section(Kind.AGENDA, "議事", 1, lines("１．空き家対策の現状について（事務局説明）"))], "m")
    assert [(i.title, i.presenter) for i in items] == [("空き家対策の現状について(事務局説明)", "")]


def test_a_presenting_office_in_a_bracket_wrapped_onto_the_next_line():
    assert agenda(
        [(72, "（１）　国内における発生状況について（畜産課）")],
        [(72, "（２）　発生時の初動防疫措置と関係機関の役割分担について（中央家畜保")],
        [(114, "健衛生所）")],
    ) == [
        ("1", "", "国内における発生状況について", "畜産課"),
        ("2", "", "発生時の初動防疫措置と関係機関の役割分担について", "中央家畜保健衛生所"),
    ]


def test_each_bullet_opens_a_material_of_its_own_without_the_bullet():
    assert materials("・議案書（議案第３２号～第３４号、報告第９号）", "・現地調査報告書", "・位置図") == [
        ("", "議案書(議案第32号~第34号、報告第9号)", ""),
        ("", "現地調査報告書", ""),
        ("", "位置図", ""),
    ]


def test_a_marked_added_agenda_heading_is_not_an_item():
    assert agenda("日程第１　閉会中の継続調査について", "◎追加議事日程（第１号）", "追加日程第１　発議第２号　意見書について") == [
        ("1", "", "閉会中の継続調査について", ""),
        ("追加1", "", "発議第2号意見書について", ""),
    ]
