from extractor.parse.attendees import parse_attendees
from extractor.records import Kind, Section
from tests.lines import lines

ROLE, NAME, TITLE, REMARK = 84.0, 145.0, 218.0, 470.0


def section(*rows, heading="出席者") -> Section:
    return Section(Kind.ATTENDEES, heading, 1, lines(*rows))


def test_role_labels_carry_down_to_the_rows_under_them():
    rows = parse_attendees(
        section(
            [(ROLE, "議　　長"), (NAME, "城内　実"), (TITLE, "内閣府特命担当大臣（科学技術政策）")],
            [(ROLE, "議長代行"), (NAME, "阪田　渉"), (TITLE, "内閣官房副長官補（内政担当）")],
            [(NAME, "濱野幸一"), (TITLE, "内閣府科学技術・イノベーション推進事務局長")],
            [(ROLE, "構 成 員"), (NAME, "米山栄一"), (TITLE, "内閣府大臣官房審議官"), (REMARK, "※代理出席")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.proxy) for r in rows] == [
        ("議長", "城内実", False),
        ("議長代行", "阪田渉", False),
        ("議長代行", "濱野幸一", False),
        ("構成員", "米山栄一", True),
    ]
    assert rows[0].name_raw == "城内 実"
    assert rows[0].title == "内閣府特命担当大臣(科学技術政策)"
    assert [r.seq for r in rows] == [1, 2, 3, 4] and {r.group for r in rows} == {"出席者"}


def test_a_ruled_table_with_a_header_row_and_a_title_wrapping_inside_its_cell():
    rows = parse_attendees(
        section(
            [(88, "区分"), (154, "氏名"), (236, "所属・役職"), (454, "備考")],
            [(88, "委員"), (154, "岡本　浩之"), (236, "全国商工団体協議会デジタル化推進委員会"), (454, "代理出席")],
            [(236, "委員長")],
            [(154, "木下　真由美"), (236, "西浜県産業労働部デジタル推進課長")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title, r.proxy) for r in rows] == [
        ("委員", "岡本浩之", "全国商工団体協議会デジタル化推進委員会委員長", True),
        ("委員", "木下真由美", "西浜県産業労働部デジタル推進課長", False),
    ]


def test_labelled_comma_separated_runs_that_wrap():
    rows = parse_attendees(
        section(
            "座　長：山本　一郎（東都大学大学院工学研究科教授）",
            "委　員：伊藤　由美子、小林　誠【代理出席】、山口　恵子（南海市都市整備局",
            [(124, "交通政策課長）、吉田　拓也")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title, r.proxy) for r in rows] == [
        ("座長", "座長", "山本一郎", "東都大学大学院工学研究科教授", False),
        ("委員", "委員", "伊藤由美子", "", False),
        ("委員", "委員", "小林誠", "", True),
        ("委員", "委員", "山口恵子", "南海市都市整備局交通政策課長", False),
        ("委員", "委員", "吉田拓也", "", False),
    ]


def test_proxy_marks_in_every_common_spelling():
    for mark in ("※代理出席", "【代理出席】", "（代理出席）", "（代理）"):
        rows = parse_attendees(section(f"委員：田中　一郎{mark}"), "m")
        assert rows[0].proxy and rows[0].name == "田中一郎", mark


def test_議長代理_is_a_role_not_a_proxy_mark():
    rows = parse_attendees(section([(ROLE, "議長代理"), (NAME, "渡邊昇治"), (TITLE, "統括官")]), "m")
    assert (rows[0].role, rows[0].proxy) == ("議長代理", False)


def test_an_empty_section_has_no_attendees():
    assert parse_attendees(Section(Kind.ATTENDEES, "出席者", 1, []), "m") == []


def test_council_member_kinds_are_roles_and_an_organization_label_after_a_full_line_starts_a_run():
    rows = parse_attendees(
        section(
            "　　部会長　　　　：新井　由紀夫",
            "　　公益代表委員　：内田　聡子、佐久間　学",
            "　　使用者代表委員：飯田　雄一、竹中　直子、早川　修平、水野　恵、山本　一郎",
            "　　厚生労働省　　：山口職業安定局長、石原雇用保険課長ほか",
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("部会長", "部会長", "新井由紀夫", ""),
        ("公益代表委員", "公益代表委員", "内田聡子", ""),
        ("公益代表委員", "公益代表委員", "佐久間学", ""),
        ("使用者代表委員", "使用者代表委員", "飯田雄一", ""),
        ("使用者代表委員", "使用者代表委員", "竹中直子", ""),
        ("使用者代表委員", "使用者代表委員", "早川修平", ""),
        ("使用者代表委員", "使用者代表委員", "水野恵", ""),
        ("使用者代表委員", "使用者代表委員", "山本一郎", ""),
        ("厚生労働省", "", "山口", "職業安定局長"),
        ("厚生労働省", "", "石原", "雇用保険課長"),
    ]


def test_an_organization_run_under_a_table_and_a_group_label_with_a_count():
    rows = parse_attendees(
        section(
            "　委員（１４名中１２名出席）",
            [(ROLE, "会長"), (NAME, "佐々木　健一"), (TITLE, "北川大学経済学部教授")],
            [(NAME, "森山　健"), (TITLE, "農林水産省農村振興局農村計画課長")],
            "　資源エネルギー庁：井上省エネルギー・新エネルギー部長、小池新エネルギー課長",
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("委員", "会長", "佐々木健一", "北川大学経済学部教授"),
        ("委員", "会長", "森山健", "農林水産省農村振興局農村計画課長"),
        ("資源エネルギー庁", "", "井上", "省エネルギー・新エネルギー部長"),
        ("資源エネルギー庁", "", "小池", "新エネルギー課長"),
    ]


def test_a_post_in_the_role_column_of_a_role_name_list_is_a_role():
    rows = parse_attendees(
        section(
            [(ROLE, "教育長"), (NAME, "山田　哲也")],
            [(ROLE, "教育長職務代理者"), (NAME + 40, "森　　　彩")],
            [(ROLE, "委員"), (NAME, "岩崎　光男")],
            heading="出席委員",
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [("教育長", "山田哲也", ""), ("教育長職務代理者", "森彩", ""), ("委員", "岩崎光男", "")]
    staff = parse_attendees(
        section([(ROLE, "教育部長"), (NAME, "小林　勝")], [(ROLE, "教育総務課長"), (NAME, "遠藤　正明")], heading="説明員"), "m"
    )
    assert [(r.role, r.name, r.title) for r in staff] == [("", "小林勝", "教育部長"), ("", "遠藤正明", "教育総務課長")]


def test_a_bracketed_role_label_over_a_list_a_label_cut_before_its_colon_and_a_name_padded_from_its_honorific():
    rows = parse_attendees(
        section(
            "　【構成員】（１１名、五十音順、敬称略）",
            [(NAME, "秋山　直樹"), (TITLE, "日本大学理工学部教授")],
            "　【事務局】",
            [(NAME, "森本　和也"), (TITLE, "大臣官房文教施設企画・防災部長")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name) for r in rows] == [("構成員", "構成員", "秋山直樹"), ("事務局", "", "森本和也")]
    rows = parse_attendees(section([(ROLE, "座"), (ROLE + 31.5, "長：石田　浩（京都大学防災研究所教授）")]), "m")
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [("座長", "座長", "石田浩", "京都大学防災研究所教授")]
    rows = parse_attendees(
        section([(ROLE, "健康福祉部参事"), (TITLE, "吉村"), (TITLE + 42, "誠君")], heading="説明のため出席した者"), "m"
    )
    assert [(r.name, r.title) for r in rows] == [("吉村誠", "健康福祉部参事")]


def test_post_name_pairs_where_a_long_name_runs_into_the_next_post_and_runs_that_wrap_before_a_bracket():
    rows = parse_attendees(
        section(
            [(84, "市民生活部長"), (204, "丸山　百合子　健康福祉部長"), (396, "北島　健太")],
            [(84, "総務部長"), (204, "矢島　和也"), (276, "企画財政部長"), (396, "今村　秀一")],
            heading="説明のため出席した者",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [
        ("丸山百合子", "市民生活部長"), ("北島健太", "健康福祉部長"), ("矢島和也", "総務部長"), ("今村秀一", "企画財政部長")
    ]
    rows = parse_attendees(
        section(
            "　委員：大西　孝（東和大学経済学部教授）、田村　ゆう子",
            [(124, "（消費生活アドバイザー）、中里　誠（日本物流総合研究所主任研究員）")],
            "　事務局：農林水産省大臣官房新事業・食品産業部食品流通課",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [
        ("大西孝", "東和大学経済学部教授"), ("田村ゆう子", "消費生活アドバイザー"), ("中里誠", "日本物流総合研究所主任研究員")
    ]


def test_sub_labels_numbered_or_with_an_order_note_and_posts_and_names_in_spread_letters():
    rows = parse_attendees(
        section(
            "　構成員（五十音順、敬称略）",
            [(NAME, "荒木　美佐"), (TITLE, "公益社団法人日本看護協会常任理事")],
            "　イ　事務局",
            [(NAME, "吉岡　健"), (TITLE, "在宅医療推進室長")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name) for r in rows] == [("構成員", "構成員", "荒木美佐"), ("事務局", "", "吉岡健")]
    # 町　　　　長 | 平　野　康　弘 | 副　町　長 | 西　田　　　隆, cut at the wrong gaps by the layout
    rows = parse_attendees(
        section([(90, "町"), (142, "長平野康弘"), (258, "副町長西田隆")], heading="説明のため出席した者"), "m"
    )
    assert [(r.name, r.title) for r in rows] == [("平野康弘", "町長"), ("西田隆", "副町長")]


def test_a_bracketed_label_with_an_order_note_padded_names_and_titles_wrapping_inside_their_bracket():
    rows = parse_attendees(
        section(
            "（委員）五十音順、敬称略",
            [(82.5, "大槻　　匠（有限会社大槻工務店代表取締役）")],
            [(82.5, "佐伯　ゆかり（特定非営利活動法人まちの記憶ネットワーク代表")],
            [(93.0, "理事）")],
            "（文化庁）",
            [(82.5, "三好次長、田所文化財鑑査官ほか")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("委員", "委員", "大槻匠", "有限会社大槻工務店代表取締役"),
        ("委員", "委員", "佐伯ゆかり", "特定非営利活動法人まちの記憶ネットワーク代表理事"),
        ("文化庁", "", "三好", "次長"),
        ("文化庁", "", "田所", "文化財鑑査官"),
    ]
    rows = parse_attendees(section("内閣官房　：佐々木内閣審議官、大川内閣参事官"), "m")
    assert [(r.name, r.title) for r in rows] == [("佐々木", "内閣審議官"), ("大川", "内閣参事官")]


def test_padded_names_beside_whole_posts_or_seats_are_not_read_again_as_spread_letters():
    rows = parse_attendees(
        section([(84, "都市施設担当部長"), (204, "忠"), (236, "宏彰")], heading="出席説明員"), "m"
    )
    assert [(r.name, r.title) for r in rows] == [("忠宏彰", "都市施設担当部長")]
    rows = parse_attendees(
        section([(84, "議事課主幹　三木"), (204, "孝"), (258, "政策調査課主任　宮武"), (378, "彩")], heading="事務局職員"), "m"
    )
    assert [(r.name, r.title) for r in rows] == [("三木孝", "議事課主幹"), ("宮武彩", "政策調査課主任")]


def test_role_labels_in_round_brackets_head_their_lists():
    rows = parse_attendees(
        section(
            "（委員）",
            [(100, "荒川　智子"), (192, "東都大学大学院法学政治学研究科教授")],
            "（オブザーバー）",
            [(100, "山本　　剛"), (192, "人事院事務総局職員福祉局職員福祉課長")],
            "文部科学省：森社会教育振興総括官ほか",
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("委員", "委員", "荒川智子", "東都大学大学院法学政治学研究科教授"),
        ("オブザーバー", "オブザーバー", "山本剛", "人事院事務総局職員福祉局職員福祉課長"),
        ("文部科学省", "", "森", "社会教育振興総括官"),
    ]


def test_a_table_with_a_role_column_keeps_affiliation_and_post_as_the_title_column_by_column():
    rows = parse_attendees(
        section(
            [(72, "区分"), (124, "所属"), (276, "職名"), (372, "氏名"), (452, "備考")],
            [(72, "会長"), (124, "茜県立大学地域創生学部"), (276, "教授"), (372, "沖田　裕子")],
            [(72, "委員"), (124, "一般社団法人"), (276, "専務理事"), (372, "野島　　健")],
            [(124, "茜県食品産業協議会")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("会長", "沖田裕子", "茜県立大学地域創生学部教授"),
        ("委員", "野島健", "一般社団法人茜県食品産業協議会専務理事"),
    ]


def test_post_and_name_pairs_under_a_header_without_a_role_column_are_titles():
    rows = parse_attendees(
        section(
            [(84, "職　　名"), (180, "氏　　名"), (264, "職　　名"), (360, "氏　　名")],
            [(84, "村長"), (180, "田島　弘之"), (264, "副村長"), (360, "大森　俊介")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [("", "田島弘之", "村長"), ("", "大森俊介", "副村長")]


def test_a_role_printed_after_a_name_is_that_row_s_alone():
    rows = parse_attendees(
        section(
            [(96, "石田　雅彦（座長）"), (210, "東都大学大学院経営管理研究科教授")],
            [(96, "上村　さおり"), (210, "公認会計士・税理士（上村会計事務所）")],
            [(96, "岡本　　崇"), (210, "水無瀬信用金庫常務理事")],
            [(96, "坂口　理恵"), (210, "弁護士")],
            [(96, "坂下　直樹（座長代理）　北稜大学大学院医学研究科教授")],
            heading="委員",
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("座長", "石田雅彦", "東都大学大学院経営管理研究科教授"),
        ("委員", "上村さおり", "公認会計士・税理士(上村会計事務所)"),
        ("委員", "岡本崇", "水無瀬信用金庫常務理事"),
        ("委員", "坂口理恵", "弁護士"),
        ("座長代理", "坂下直樹", "北稜大学大学院医学研究科教授"),
    ]


def test_family_names_with_the_meeting_role_in_a_run_under_a_group_and_staff_by_family_name():
    rows = parse_attendees(
        section(
            "（構成員）",
            [(93, "青柳座長、石倉座長代理、岡野構成員、小峰構成員（代理出席）、島津構成")],
            [(93, "員、高見構成員")],
            "（水産庁）",
            [(93, "森田長官、佐伯漁政部長")],
        ),
        "m",
        right_edge=93 + 10.5 * 39,
    )
    assert [(r.group, r.role, r.name, r.title, r.proxy) for r in rows] == [
        ("構成員", "座長", "青柳", "", False),
        ("構成員", "座長代理", "石倉", "", False),
        ("構成員", "構成員", "岡野", "", False),
        ("構成員", "構成員", "小峰", "", True),
        ("構成員", "構成員", "島津", "", False),
        ("構成員", "構成員", "高見", "", False),
        ("水産庁", "", "森田", "長官", False),
        ("水産庁", "", "佐伯", "漁政部長", False),
    ]


def test_a_run_cut_into_cells_at_padded_names_and_names_with_their_role_run_on():
    rows = parse_attendees(
        section(
            [(93, "原田　慎吾委員長、北野　さゆり副委員長、今井"), (429, "浩委員、大島　泰")],
            [(93, "子委員")],
        ),
        "m",
        right_edge=429 + 10.5 * 8,
    )
    assert [(r.role, r.name) for r in rows] == [
        ("委員長", "原田慎吾"), ("副委員長", "北野さゆり"), ("委員", "今井浩"), ("委員", "大島泰子")
    ]


def test_labels_that_open_their_group_s_first_line():
    rows = parse_attendees(
        section(
            "副市長　真田幸司",
            "［経済部］　経済部長　小野寺俊之、商工観光課長　樋口理恵",
            [(84, "委　員："), (168, "磯村　真弓"), (276, "大谷　一郎")],
            [(168, "北條　紀子")],
            heading="説明のため出席した者",
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("説明のため出席した者", "", "真田幸司", "副市長"),
        ("経済部", "", "小野寺俊之", "経済部長"),
        ("経済部", "", "樋口理恵", "商工観光課長"),
        ("委員", "委員", "磯村真弓", ""),
        ("委員", "委員", "大谷一郎", ""),
        ("委員", "委員", "北條紀子", ""),
    ]


def test_marks_a_note_explains_and_a_footnote_on_them():
    rows = parse_attendees(
        section(
            "（１）委員（五十音順、敬称略、◎部会長、○部会長職務代理者）",
            [(110, "井川　辰夫"), (210, "風早県漁業協同組合連合会代表理事会長")],
            [(100, "◎浜口　直樹"), (210, "風早大学水産学部教授")],
            [(100, "○穂積　由美子"), (210, "水産研究所主幹研究員")],
            [(100, "※新田　志保"), (210, "里親支援センターみのり統括責任者")],
            "　　※印はオンラインによる出席",
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("委員", "井川辰夫", "風早県漁業協同組合連合会代表理事会長"),
        ("部会長", "浜口直樹", "風早大学水産学部教授"),
        ("部会長職務代理者", "穂積由美子", "水産研究所主幹研究員"),
        ("委員", "新田志保", "里親支援センターみのり統括責任者"),
    ]


def test_members_by_seat_printed_too_close_and_a_list_printed_elsewhere():
    rows = parse_attendees(
        section([(168, "９番　栗田　　昭"), (282, "１０番　佐藤　ひとみ　１１番　杉山　修一")], heading="出席委員"),
        "m",
    )
    assert [r.name for r in rows] == ["栗田昭", "佐藤ひとみ", "杉山修一"]
    assert parse_attendees(section("応招議員に同じ"), "m") == []
    assert parse_attendees(section("別紙のとおり"), "m") == []


def test_members_who_answered_the_convocation_are_the_attendees_only_when_no_list_of_those_present_names_them():
    from extractor.pipeline import _attendance

    called = section("一番　高畑　美咲", heading="応招議員")
    same = section("応招議員に同じ", heading="出席議員")
    named = section("一番　高畑　美咲", heading="出席議員")
    assert _attendance([called, same]) == [called, same]
    assert _attendance([called, named]) == [named]


def test_a_body_printed_once_over_its_rows_is_carried_down_into_their_titles():
    rows = parse_attendees(
        section(
            [(84, "機　関　名"), (264, "職　　名"), (420, "氏　　名")],
            [(84, "国土交通省玉藻河川国道事務所"), (264, "所長"), (420, "浅井　正樹")],
            [(264, "調査第一課長"), (420, "村瀬　　悠")],
            [(84, "深見市"), (264, "環境部長"), (420, "安田　浩一")],
            [(264, "下水道課長"), (420, "松井　隆志")],
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [
        ("浅井正樹", "国土交通省玉藻河川国道事務所所長"),
        ("村瀬悠", "国土交通省玉藻河川国道事務所調査第一課長"),
        ("安田浩一", "深見市環境部長"),
        ("松井隆志", "深見市下水道課長"),
    ]


def test_a_column_of_who_came_sends_the_absent_to_their_own_table():
    lines_ = section(
        [(72, "議席番号"), (132, "氏　　名"), (222, "出　欠")],
        [(72, "１番"), (132, "青　木　浩　司"), (222, "○")],
        [(72, "４番"), (132, "金　子　義　男"), (222, "×")],
        heading="出席及び欠席議員",
    )
    assert [r.name for r in parse_attendees(lines_, "m")] == ["青木浩司"]
    assert [r.name for r in parse_attendees(lines_, "m", table="absentees")] == ["金子義男"]


def test_a_mark_the_note_calls_a_proxy_and_a_role_label_over_its_run_in_one_cell():
    rows = parse_attendees(
        section(
            [(84, "構成員"), (144, "総務省自治行政局長"), (408, "※門脇　聡")],
            [(144, "国土交通省道路局長"), (408, "竹之内　亮")],
            "　※印は代理出席",
            "委　員　有馬健吾、井原真理",
        ),
        "m",
    )
    assert [(r.role, r.name, r.title, r.proxy) for r in rows] == [
        ("構成員", "門脇聡", "総務省自治行政局長", True),
        ("構成員", "竹之内亮", "国土交通省道路局長", False),
        ("委員", "有馬健吾", "", False),
        ("委員", "井原真理", "", False),
    ]


def test_posts_and_names_by_their_gaps_and_a_post_going_on_below_its_row():
    rows = parse_attendees(
        section(
            [(154, "都市整備部長　高見沢誠"), (290, "都市計画課長　小野寺亮")],
            [(90, "代表監査"), (162, "西脇　　弘")],
            [(90, "委員")],
            heading="説明員",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [
        ("高見沢誠", "都市整備部長"), ("小野寺亮", "都市計画課長"), ("西脇弘", "代表監査委員")
    ]


def test_body_colon_family_name_and_post_rows_under_a_role_and_a_post_whose_holder_is_below():
    rows = parse_attendees(
        section(
            [(84, "オブザーバー"), (162, "人事院職員福祉局職員福祉課：野々宮課長補佐")],
            "事務局：教育部長　山口隆、中央図書館副館長",
            [(124, "森田浩")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("出席者", "オブザーバー", "野々宮", "人事院職員福祉局職員福祉課課長補佐"),
        ("事務局", "", "山口隆", "教育部長"),
        ("事務局", "", "森田浩", "中央図書館副館長"),
    ]


def test_two_title_columns_before_the_name_the_first_is_the_meeting_role():
    rows = parse_attendees(
        section(
            [(84, "役職"), (140, "官職"), (378, "氏名")],
            [(84, "議長"), (140, "内閣官房副長官補（内政担当）"), (378, "大久保　正義")],
            [(84, "幹事"), (140, "警察庁生活安全局長"), (378, "谷口　英明")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("議長", "大久保正義", "内閣官房副長官補(内政担当)"), ("幹事", "谷口英明", "警察庁生活安全局長")
    ]


def test_a_member_marked_absent_in_the_list_and_notes_that_are_no_rows():
    members = section(
        [(90, "石原　宏之（座長）"), (250, "中部工業大学大学院工学研究科教授")],
        [(90, "植村　奈緒（欠席）"), (250, "公益財団法人日本水環境研究機構上席研究員")],
        "土屋座長代理、工藤委員はオンラインにより出席",
        heading="委員",
    )
    assert [(r.role, r.name) for r in parse_attendees(members, "m")] == [("座長", "石原宏之")]
    assert [r.name for r in parse_attendees(members, "m", table="absentees")] == ["植村奈緒"]
    run = section("岩瀬正道（会長）、荒木啓介、伊丹典子、真鍋恵理（以上九名）", heading="出席委員")
    assert [(r.role, r.name, r.title) for r in parse_attendees(run, "m")][-1] == ("", "真鍋恵理", "")


def test_body_and_person_rows_under_a_role_label_and_a_body_column_before_post_and_name():
    rows = parse_attendees(
        section(
            "【オブザーバー】",
            "国立国会図書館：野沢関西館図書館協力課長",
            "全国公共図書館協議会：吉永事務局長【代理出席】",
            heading="出席者",
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title, r.proxy) for r in rows] == [
        ("オブザーバー", "オブザーバー", "野沢", "国立国会図書館関西館図書館協力課長", False),
        ("オブザーバー", "オブザーバー", "吉永", "全国公共図書館協議会事務局長", True),
    ]
    table = parse_attendees(
        section([(84, "会長"), (130, "藍沢市国際交流協会"), (300, "理事長"), (410, "浜野　道子")]), "m"
    )
    assert [(r.role, r.name, r.title) for r in table] == [("会長", "浜野道子", "藍沢市国際交流協会理事長")]


def test_a_post_too_long_for_its_column_run_into_the_name():
    rows = parse_attendees(
        section(
            [(84, "初等中等教育局担当審議官"), (318, "桐谷　誠")],
            [(84, "初等中等教育局健康教育・食育課健康教育調査官野村　早苗")],
            heading="文部科学省",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [
        ("桐谷誠", "初等中等教育局担当審議官"), ("野村早苗", "初等中等教育局健康教育・食育課健康教育調査官")
    ]


def test_the_meeting_role_after_the_post_and_a_count_beside_the_list():
    rows = parse_attendees(
        section(
            [(90, "秋月　正樹"), (210, "東都大学大学院工学系研究科教授（座長）")],
            [(90, "宇佐見　剛"), (300, "９名")],
            heading="委員",
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("座長", "秋月正樹", "東都大学大学院工学系研究科教授"), ("委員", "宇佐見剛", "")
    ]


def test_runs_beside_a_role_column_keep_the_list_s_group_and_staff_with_one_letter_family_names():
    rows = parse_attendees(
        section(
            [(93, "委　　　員"), (177, "荒巻　健吾、伊集院　光代、久住　昭彦（代理出席）、")],
            [(177, "瀬尾　真琴")],
            [(93, "事　務　局"), (177, "国土政策局長　村井　健太郎、大臣官房審議官　石川")],
            [(177, "直樹")],
        ),
        "m",
        right_edge=177 + 10.5 * 24,
    )
    assert [(r.group, r.role, r.name, r.title, r.proxy) for r in rows] == [
        ("出席者", "委員", "荒巻健吾", "", False),
        ("出席者", "委員", "伊集院光代", "", False),
        ("出席者", "委員", "久住昭彦", "", True),
        ("出席者", "委員", "瀬尾真琴", "", False),
        ("出席者", "事務局", "村井健太郎", "国土政策局長", False),
        ("出席者", "事務局", "石川直樹", "大臣官房審議官", False),
    ]
    staff = parse_attendees(section("厚生労働省：乾健康・生活衛生局感染症対策部企画・検疫課長"), "m")
    assert [(r.name, r.title) for r in staff] == [("乾", "健康・生活衛生局感染症対策部企画・検疫課長")]


def test_a_role_spread_so_that_its_last_letter_stands_apart():
    rows = parse_attendees(section([(84, "委員"), (120, "長　大橋　宗一郎")], heading="出席委員"), "m")
    assert [(r.role, r.name) for r in rows] == [("委員長", "大橋宗一郎")]


def test_a_name_then_its_affiliation_and_the_legend_of_the_marks_on_a_line_of_its_own():
    rows = parse_attendees(
        section(
            [(90, "◎石原　敏明"), (210, "朱鷺野美術大学名誉教授")],
            [(90, "萩原　千夏"), (210, "特定非営利活動法人ふるさと便り代表理事")],
            [(210, "（◎座長、○座長代理）")],
            heading="構成員",
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("座長", "石原敏明", "朱鷺野美術大学名誉教授"), ("構成員", "萩原千夏", "特定非営利活動法人ふるさと便り代表理事")
    ]


def test_bracketed_and_unbracketed_group_labels_over_runs_and_a_post_broken_by_the_wrap():
    rows = parse_attendees(
        section(
            "（構成員）大槻　奈緒子（主査）、栗山　慎吾、",
            [(124, "矢吹　るり子")],
            "（説明者）一般社団法人太陽光パネル循環協会　事務局長　黒沢　秀明",
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("構成員", "主査", "大槻奈緒子", ""),
        ("構成員", "構成員", "栗山慎吾", ""),
        ("構成員", "構成員", "矢吹るり子", ""),
        ("説明者", "", "黒沢秀明", "一般社団法人太陽光パネル循環協会事務局長"),
    ]
    rows = parse_attendees(
        section("委員", [(82, "秋月部会長、井手副部会長、上田委員")], "臨時委員", [(82, "加瀬委員、堀江臨時委員")]), "m"
    )
    assert [(r.group, r.role, r.name) for r in rows] == [
        ("委員", "部会長", "秋月"), ("委員", "副部会長", "井手"), ("委員", "委員", "上田"),
        ("臨時委員", "委員", "加瀬"), ("臨時委員", "臨時委員", "堀江"),
    ]
    rows = parse_attendees(
        section("観光庁：松永審議官、林受入環境整備推進室", [(124, "長、小池受入環境整備推進室課長補佐　ほか")]), "m"
    )
    assert [(r.name, r.title) for r in rows] == [
        ("松永", "審議官"), ("林", "受入環境整備推進室長"), ("小池", "受入環境整備推進室課長補佐")
    ]
    rows = parse_attendees(section("【委員】大野　誠、平田　美紀", heading="欠席者"), "m")
    assert [(r.group, r.role, r.name) for r in rows] == [("委員", "委員", "大野誠"), ("委員", "委員", "平田美紀")]


def test_a_head_s_post_in_a_list_of_members_and_an_organization_set_apart_by_a_space():
    rows = parse_attendees(section("佐伯敏明教育長、村上久美子教育長職務代理者、藤堂昭彦委員", heading="出席委員"), "m")
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("教育長", "佐伯敏明", ""), ("教育長職務代理者", "村上久美子", ""), ("委員", "藤堂昭彦", "")
    ]
    rows = parse_attendees(
        section("副議長：樋口内閣官房副長官補、安西警察庁次長", "オブザーバー：中小企業庁事業環境部　岩城知的財産支援室長"), "m"
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("副議長", "樋口", "内閣官房副長官補"), ("副議長", "安西", "警察庁次長"),
        ("オブザーバー", "岩城", "中小企業庁事業環境部知的財産支援室長"),
    ]


def test_cells_run_together_and_a_role_word_standing_under_the_posts():
    rows = parse_attendees(
        section(
            [(72, "議　長："), (156, "環境省自然環境局長"), (425, "白石　祐介")],
            [(72, "オブザーバー：　全国知事会調査第一部長"), (425, "笠井　　隆")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("議長", "議長", "白石祐介", "環境省自然環境局長"), ("オブザーバー", "オブザーバー", "笠井隆", "全国知事会調査第一部長")
    ]
    rows = parse_attendees(
        section(
            [(84, "委員"), (130, "藍沢警察署"), (300, "生活安全課長"), (410, "武田　昌樹")],
            [(130, "藍沢市医師会"), (300, "理事"), (410, "中山　恭子")],
            heading="欠席者",
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("委員", "武田昌樹", "藍沢警察署生活安全課長"), ("委員", "中山恭子", "藍沢市医師会理事")
    ]
    rows = parse_attendees(
        section(
            [(93, "長谷部　誠（委員長）"), (240, "小田切　真由美（副委員長）　青柳"), (429, "隆")],
            [(93, "梅田　康平（代理出席）　千鳥県町村会（汐入町副町長）")],
            heading="出席委員",
        ),
        "m",
    )
    assert [(r.role, r.name, r.title, r.proxy) for r in rows] == [
        ("委員長", "長谷部誠", "", False), ("副委員長", "小田切真由美", "", False), ("", "青柳隆", "", False),
        ("", "梅田康平", "千鳥県町村会(汐入町副町長)", True),
    ]


def test_proxy_attendance_in_the_column_of_who_came():
    rows = parse_attendees(
        section(
            [(72, "区　分"), (128, "氏　　名"), (214, "所属・職名"), (452, "出　欠")],
            [(72, "委　員"), (128, "津田　洋平"), (214, "白萩県自転車競技連盟理事長"), (452, "代理出席")],
            [(128, "須貝　　隆"), (214, "公益社団法人白萩県バス協会専務理事"), (452, "欠席")],
        ),
        "m",
    )
    assert [(r.name, r.proxy) for r in rows] == [("津田洋平", True)]


def test_runs_side_by_side_and_a_column_of_roles_under_a_header_calling_them_posts():
    rows = parse_attendees(
        section(
            [(82, "委員長：杉浦　康弘"), (198, "副委員長：小野寺　美和")],
            "委　員：森川　達郎、堤　智恵",
            heading="出席委員",
        ),
        "m",
    )
    assert [(r.group, r.role, r.name) for r in rows] == [
        ("委員長", "委員長", "杉浦康弘"), ("副委員長", "副委員長", "小野寺美和"), ("委員", "委員", "森川達郎"), ("委員", "委員", "堤智恵")
    ]
    rows = parse_attendees(
        section(
            [(84, "職　名"), (150, "氏　名"), (260, "職　名"), (326, "氏　名")],
            [(84, "委員長"), (150, "黒田　誠一"), (260, "副委員長"), (326, "吉岡　真澄")],
            [(84, "委　員"), (150, "佐伯　隼人"), (260, "委　員"), (326, "福島　加奈子")],
            heading="出席委員",
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("委員長", "黒田誠一", ""), ("副委員長", "吉岡真澄", ""), ("委員", "佐伯隼人", ""), ("委員", "福島加奈子", "")
    ]


def test_a_key_of_marks_with_colons_a_padded_marked_name_and_a_note_on_the_list():
    rows = parse_attendees(
        section(
            "　　　◎：座長　　○：座長代理",
            [(72, "◎岩城　正道"), (196, "菖蒲台工業大学工学部教授")],
            [(72, "○臼井"), (112, "聡"), (196, "緑風大学大学院法学研究科教授")],
            [(72, "久住　陽介"), (196, "日本小児科医会理事　※オンライン")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("座長", "岩城正道", "菖蒲台工業大学工学部教授"),
        ("座長代理", "臼井聡", "緑風大学大学院法学研究科教授"),
        ("", "久住陽介", "日本小児科医会理事"),
    ]


def test_category_labels_in_brackets_head_their_groups_and_a_body_holds_for_the_run():
    rows = parse_attendees(
        section(
            "【公益代表委員】",
            [(96, "芹沢　ゆかり"), (276, "藤堂　　進（会長）")],
            "＜参考人＞",
            [(96, "宮野　玲子"), (192, "国立感染症研究所感染症疫学センター長")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("公益代表委員", "公益代表委員", "芹沢ゆかり", ""),
        ("公益代表委員", "会長", "藤堂進", ""),
        ("参考人", "参考人", "宮野玲子", "国立感染症研究所感染症疫学センター長"),
    ]
    rows = parse_attendees(section("幹　事：総務部：関口人事課長、水谷財政課長"), "m")
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("幹事", "幹事", "関口", "総務部人事課長"), ("幹事", "幹事", "水谷", "総務部財政課長")
    ]


def test_a_key_in_the_heading_s_note_seats_with_roles_and_a_body_set_apart_from_its_person():
    from extractor.records import Kind, Section
    from tests.lines import line

    rows = parse_attendees(
        Section(
            Kind.ATTENDEES,
            "出席委員",
            1,
            lines([(90, "◎青山　竜也"), (230, "○今村　静香"), (370, "奥田　浩")], [(90, "５番　瀬川　真一（会長職務代理者）")]),
            heading_line=line("５　出席委員（◎部会長、○部会長代理、五十音順、敬称略）"),
        ),
        "m",
    )
    assert [(r.role, r.name) for r in rows] == [
        ("部会長", "青山竜也"), ("部会長代理", "今村静香"), ("", "奥田浩"), ("会長職務代理者", "瀬川真一")
    ]
    rows = parse_attendees(
        section("消費者庁消費者制度課　矢作課長", "全国消費生活相談員連絡会　井出副会長（代理出席）", heading="説明者"), "m"
    )
    assert [(r.name, r.title, r.proxy) for r in rows] == [
        ("矢作", "消費者庁消費者制度課課長", False), ("井出", "全国消費生活相談員連絡会副会長", True)
    ]


def test_honorifics_after_names_bodies_under_a_bracketed_label_and_a_post_cut_by_a_name_split():
    rows = parse_attendees(
        section(
            [(84, "1番"), (120, "安達　信也　議員"), (240, "2番"), (276, "坂巻　　弘　議員")],
            "欠席委員：小西　　彰議員、長谷部　恵議員",
            heading="出席議員",
        ),
        "m",
    )
    assert [r.name for r in rows] == ["安達信也", "坂巻弘", "小西彰", "長谷部恵"]
    rows = parse_attendees(
        section("議　長：戸倉内閣官房副長官補", "（関係省庁）", "　金融庁監督局総務課：小西課長補佐", "　消費者庁消費者政策課：渡会企画官"),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("議長", "議長", "戸倉", "内閣官房副長官補"),
        ("関係省庁", "", "小西", "金融庁監督局総務課課長補佐"),
        ("関係省庁", "", "渡会", "消費者庁消費者政策課企画官"),
    ]


def test_a_header_naming_ministries_a_name_column_spread_and_notes_above_it():
    rows = parse_attendees(
        section(
            [(72, "出席９名"), (200, "欠席１名")],
            [(72, "省　庁　名"), (176, "職　　　　名"), (396, "氏"), (440, "名")],
            [(72, "国土交通省"), (176, "道路局長"), (396, "今泉　克彦（議長）")],
            [(176, "道路局道路交通管理課長"), (396, "浅利　　誠")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("議長", "今泉克彦", "国土交通省道路局長"), ("", "浅利誠", "国土交通省道路局道路交通管理課長")
    ]
    rows = parse_attendees(section("構成員　湊浦港運協会会長　榊原　正道", heading="欠席者"), "m")
    assert [(r.role, r.name, r.title) for r in rows] == [("構成員", "榊原正道", "湊浦港運協会会長")]


def test_a_padded_name_after_its_seat_counts_as_a_name_when_its_column_is_weighed():
    rows = parse_attendees(
        section(
            [(84, "１番"), (122, "有田　正和"), (228, "２番"), (266, "飯塚　礼子"), (372, "３番"), (410, "石坂"), (452, "浩")],
            [(84, "４番"), (122, "梅津　秀樹"), (228, "５番"), (266, "大森　久美"), (372, "６番"), (410, "奥山"), (452, "徹")],
            [(84, "７番"), (122, "加賀　智之"), (228, "８番"), (266, "木戸"), (308, "悟"), (372, "９番"), (410, "栗林　和子")],
            heading="出席議員",
        ),
        "m",
    )
    assert [r.name for r in rows][-3:] == ["加賀智之", "木戸悟", "栗林和子"] and len(rows) == 9


def test_one_header_row_over_sub_groups_a_number_column_and_categories_in_brackets():
    rows = parse_attendees(
        section(
            [(72, "機関・団体名"), (200, "職名"), (330, "氏名"), (450, "出欠")],
            "（委員）",
            [(72, "初音市"), (200, "都市整備部長"), (330, "大竹　浩"), (450, "出席")],
            [(200, "交通政策課長"), (330, "松井　理恵"), (450, "欠席")],
        ),
        "m",
    )
    assert [(r.group, r.name, r.title) for r in rows] == [("委員", "大竹浩", "初音市都市整備部長")]
    rows = parse_attendees(
        section(
            [(60, "No."), (90, "区分"), (150, "氏名"), (260, "所属・職名")],
            [(60, "1"), (90, "委員"), (150, "岩永　典子"), (260, "鶴ヶ浜大学教授")],
            [(60, "2"), (150, "森下　健"), (260, "鶴ヶ浜市医師会理事")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("委員", "岩永典子", "鶴ヶ浜大学教授"), ("委員", "森下健", "鶴ヶ浜市医師会理事")
    ]
    rows = parse_attendees(
        section(
            "（子どもの保護者）",
            [(96, "委員　中野　美幸"), (200, "星見台市PTA連合会"), (330, "副会長")],
            "（学識経験者）",
            [(96, "戸川　明美"), (200, "星見台大学教授")],
        ),
        "m",
    )
    assert [(r.group, r.name, r.title) for r in rows] == [
        ("子どもの保護者", "中野美幸", "星見台市PTA連合会副会長"), ("学識経験者", "戸川明美", "星見台大学教授")
    ]


def test_a_key_to_the_presence_column_a_numbered_explainers_label_and_代_for_a_proxy():
    rows = parse_attendees(
        section(
            [(72, "所属"), (200, "職名"), (330, "氏名"), (450, "出欠")],
            [(72, "東陽運輸局萌黄運輸支局"), (200, "首席運輸企画専門官"), (330, "江川　克也"), (450, "代")],
            "　※出欠欄　○：出席　　代：代理出席　　×：欠席",
            "（３）説明者",
            [(72, "株式会社みらい交通計画"), (200, "主任研究員"), (330, "早川　大地")],
        ),
        "m",
    )
    assert [(r.group, r.name, r.proxy) for r in rows] == [("出席者", "江川克也", True), ("説明者", "早川大地", False)]


def test_an_order_note_a_group_column_left_of_roles_and_labels_in_mid_line():
    rows = parse_attendees(
        section("（委員は五十音順、敬称略）", "委員：南雲委員長、丹羽委員"), "m"
    )
    assert [(r.group, r.role, r.name) for r in rows] == [("委員", "委員長", "南雲"), ("委員", "委員", "丹羽")]
    rows = parse_attendees(section("（委員）湯浅主査、田上副主査、三枝各委員（計１４名）"), "m")
    assert [(r.group, r.role, r.name) for r in rows] == [("委員", "主査", "湯浅"), ("委員", "副主査", "田上"), ("委員", "委員", "三枝")]
    rows = parse_attendees(section("文化庁：藤枝国語調査官ほか関係官"), "m")
    assert [(r.group, r.name, r.title) for r in rows] == [("文化庁", "藤枝", "国語調査官")]
    rows = parse_attendees(
        section("主任：秋元　周平（東都大学教授）、構成員：今泉移動通信課専門職、新井　聡（地域BW推進協議会）"), "m"
    )
    assert [(r.role, r.name) for r in rows] == [("主任", "秋元周平"), ("構成員", "今泉"), ("構成員", "新井聡")]
    rows = parse_attendees(
        section(
            [(72, "本部長"), (150, "内閣総理大臣"), (330, "高遠　誠一郎")],
            [(72, "本部員"), (150, "環境大臣"), (330, "小田切　剛")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [("本部長", "高遠誠一郎", "内閣総理大臣"), ("本部員", "小田切剛", "環境大臣")]


def test_a_marked_name_after_its_seat_a_reason_in_brackets_and_a_vacant_seat():
    from extractor.records import Kind, Section
    from tests.lines import line

    rows = parse_attendees(
        Section(
            Kind.ATTENDEES, "出席委員", 1,
            lines([(84, "１０番"), (126, "○坂口　正義")], [(84, "１９番"), (126, "◎松本　英雄")], [(84, "４番"), (126, "（欠"), (150, "員）")]),
            heading_line=line("３　出席委員（１７名）　　（◎会長　○会長職務代理者）"),
        ),
        "m",
    )
    assert [(r.role, r.name) for r in rows] == [("会長職務代理者", "坂口正義"), ("会長", "松本英雄")]
    rows = parse_attendees(section("２番　江頭　誠（病気療養のため）", heading="欠席議員"), "m")
    assert [(r.name, r.title) for r in rows] == [("江頭誠", "")]


def test_sub_group_labels_among_explainers_and_roles_in_a_form_cell():
    rows = parse_attendees(
        section(
            [(84, "市長"), (200, "宮原　健一")],
            [(82, "教育委員会")],
            [(96, "教育長"), (200, "北村　昭")],
            [(82, "監査委員")],
            [(96, "代表監査委員"), (200, "三好　和夫")],
            heading="説明のため出席した者",
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("説明のため出席した者", "", "宮原健一", "市長"),
        ("教育委員会", "", "北村昭", "教育長"),
        ("監査委員", "", "三好和夫", "代表監査委員"),
    ]
    rows = parse_attendees(section("代表監査委員　柏木　正人", "監査委員　大河原　修（朔川市議会議員）"), "m")
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("代表監査委員", "柏木正人", ""), ("監査委員", "大河原修", "朔川市議会議員")
    ]


def test_a_vacant_seat_cut_at_its_padding_after_the_seat_number():
    rows = parse_attendees(section([(84, "四番　（欠"), (150, "員）"), (200, "五番　小沼　博之")], heading="出席議員"), "m")
    assert [r.name for r in rows] == ["小沼博之"]


def test_a_role_column_with_a_title_wrapped_onto_a_row_of_its_own():
    rows = parse_attendees(
        section(
            [(84, "座長"), (150, "久保田　誠一"), (232, "東都海洋大学海洋工学部教授")],
            [(84, "委員"), (150, "桐山　沙織"), (232, "一般財団法人日本海洋レジャー安全協会常務")],
            [(232, "理事")],
            [(84, "事務局"), (150, "森川　達也"), (232, "国土交通省海事局安全政策課長")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("出席者", "座長", "久保田誠一", "東都海洋大学海洋工学部教授"),
        ("出席者", "委員", "桐山沙織", "一般財団法人日本海洋レジャー安全協会常務理事"),
        ("出席者", "事務局", "森川達也", "国土交通省海事局安全政策課長"),
    ]


def test_a_run_of_posts_and_names_with_a_padded_name_cut_into_cells():
    rows = parse_attendees(
        section(
            "事務局長　大河原　聡、次長　芦田　恵美、",
            [(156, "農地係主査　宮森"), (261, "拓")],
            heading="事務局職員",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [("大河原聡", "事務局長"), ("芦田恵美", "次長"), ("宮森拓", "農地係主査")]


def test_a_proxy_mark_alone_under_an_organization_and_post_row_belongs_to_that_row():
    rows = parse_attendees(
        section(
            "構成員：警察庁生活安全局人身安全・少年課：篠原課長",
            [(114, "文部科学省総合教育政策局生涯学習推進課：大塚課長")],
            [(124, "【代理出席】")],
            [(114, "厚生労働省社会・援護局地域福祉課：志村課長")],
        ),
        "m",
    )
    assert [(r.name, r.proxy) for r in rows] == [("篠原", False), ("大塚", True), ("志村", False)]
    assert rows[1].title == "文部科学省総合教育政策局生涯学習推進課課長"


def test_an_honorific_in_a_column_of_its_own_is_not_a_person():
    rows = parse_attendees(
        section(
            [(96, "１番"), (128, "高梨　信吾"), (200, "君"), (250, "２番"), (282, "日野　美津子"), (354, "君")],
            [(96, "３番"), (128, "荒巻　拓海"), (200, "君")],
            heading="出席議員",
        ),
        "m",
    )
    assert [r.name for r in rows] == ["高梨信吾", "日野美津子", "荒巻拓海"]


def test_a_post_before_the_name_and_the_post_held_besides_in_brackets_after_it():
    rows = parse_attendees(
        section("書記長　関口　伸夫（総務課長）", "書記　吉川　奈々（総務課人事係長）", heading="事務局"),
        "m",
    )
    assert [(r.name, r.role, r.title) for r in rows] == [
        ("関口伸夫", "", "書記長(総務課長)"), ("吉川奈々", "", "書記(総務課人事係長)")
    ]
    rows = parse_attendees(
        section([(96, "書記長"), (240, "大和田　恭平（総務課長）")], heading="出席した事務局職員"), "m"
    )
    assert [(r.name, r.title) for r in rows] == [("大和田恭平", "書記長(総務課長)")]


def test_two_role_name_pairs_a_row_and_a_role_column_with_a_bracketed_post_after_the_name():
    rows = parse_attendees(
        section(
            [(100, "教育長"), (200, "小川　修平"), (300, "職務代理者"), (400, "藤田　康子")],
            [(100, "委員"), (200, "北野　恭子"), (300, "委員"), (400, "丸山　直人")],
            heading="出席委員",
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("教育長", "小川修平", ""), ("職務代理者", "藤田康子", ""), ("委員", "北野恭子", ""), ("委員", "丸山直人", "")
    ]
    rows = parse_attendees(
        section(
            [(126, "代表監査委員"), (210, "飯塚　道夫")],
            [(126, "監査委員"), (210, "本田　勝彦"), (300, "（白樫市議会議員）")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("代表監査委員", "飯塚道夫", ""), ("監査委員", "本田勝彦", "白樫市議会議員")
    ]


def test_a_body_printed_once_before_a_run_of_family_names_and_posts_holds_for_each():
    rows = parse_attendees(section("環境生活部環境政策課　永瀬課長、平塚主幹ほか", heading="事務局"), "m")
    assert [(r.name, r.title) for r in rows] == [("永瀬", "環境生活部環境政策課課長"), ("平塚", "環境生活部環境政策課主幹")]


def test_a_family_name_ending_like_a_body_is_no_post_before_a_bracketed_title():
    rows = parse_attendees(section("友部　健太（株式会社あいざわスポーツクラブ代表取締役）", heading="出席委員"), "m")
    assert [(r.name, r.title) for r in rows] == [("友部健太", "株式会社あいざわスポーツクラブ代表取締役")]


def test_a_role_spread_wider_than_the_gap_before_the_name_is_cut_after_its_own_letters():
    # 委　　員　小　林　勇　気: 委 and 員 two ems apart, the name one em after 員, so the page cuts
    # the role between its letters (委 | 員小林勇気); 副議長 南 after it is a new person, not the rest
    # of the name before.
    rows = parse_attendees(
        section(
            [(82, "委"), (114, "員小林勇気"), (240, "委"), (272, "員関口守")],
            [(82, "委"), (114, "員野中　美智子")],
            [(82, "議"), (114, "長堀江孝志"), (240, "副議長　南"), (329, "里奈")],
            heading="出席委員",
        ),
        "m",
    )
    assert [(r.role, r.name) for r in rows] == [
        ("委員", "小林勇気"), ("委員", "関口守"), ("委員", "野中美智子"), ("議長", "堀江孝志"), ("副議長", "南里奈"),
    ]


def test_spread_names_run_into_the_next_column_s_role_or_post():
    # 高　見　浩　一 | 副委員長 closer than a column gap; 安　藤　博　之　副　町　長 all spread
    rows = parse_attendees(
        section(
            [(84, "委員長"), (150, "高　見　浩　一　副委員長"), (306, "三　浦　沙　織")],
            [(84, "委員"), (150, "岡　田　秀　明　委員"), (306, "須　賀　英　二")],
            heading="出席委員",
        ),
        "m",
    )
    assert [(r.role, r.name) for r in rows] == [
        ("委員長", "高見浩一"), ("副委員長", "三浦沙織"), ("委員", "岡田秀明"), ("委員", "須賀英二")
    ]
    rows = parse_attendees(
        section(
            [(84, "町　長"), (156, "安　藤　博　之　副　町　長"), (308, "石　井　貢")],
            [(84, "総務課長"), (156, "中　山　美　保　建設課長"), (308, "藤　田　正　明")],
            heading="説明のため出席した者",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [
        ("安藤博之", "町長"), ("石井貢", "副町長"), ("中山美保", "総務課長"), ("藤田正明", "建設課長")
    ]


def test_a_spread_post_cut_between_its_letters_and_a_one_letter_family_name_run_into_the_post():
    rows = parse_attendees(
        section([(96, "議会事務局長　三上　陸"), (264, "書"), (316, "記　北条　あかね")], heading="職務のため出席した者"),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [("三上陸", "議会事務局長"), ("北条あかね", "書記")]
    rows = parse_attendees(
        section(
            [(246, "保健福祉部長田辺　信之")],
            [(246, "介護保険課長伊吹　達郎")],
            [(246, "障害福祉課長谷"), (338, "昌弘")],
            [(246, "健康推進課長島津　佳奈")],
            heading="出席説明員",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [
        ("田辺信之", "保健福祉部長"), ("伊吹達郎", "介護保険課長"), ("谷昌弘", "障害福祉課長"), ("島津佳奈", "健康推進課長")
    ]
    rows = parse_attendees(section([(93, "書記長"), (230, "村瀬　隆司")], heading="職務のため出席した職員"), "m")
    assert [(r.name, r.title) for r in rows] == [("村瀬隆司", "書記長")]  # 長 is a family name, but not here


def test_a_name_run_into_the_next_pair_s_post_and_seats_glued_to_their_names():
    rows = parse_attendees(
        section(
            [(84, "市長"), (200, "高遠　昌宏副市長"), (368, "竹中　幸子")],
            [(84, "教育長"), (200, "谷川　光男総務部長"), (368, "出口　雅史")],
            heading="地方自治法第121条の規定により説明のため出席した者",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [
        ("高遠昌宏", "市長"), ("竹中幸子", "副市長"), ("谷川光男", "教育長"), ("出口雅史", "総務部長")
    ]
    rows = parse_attendees(section([(84, "10番羽田野聡子 12番平良　昭彦 13番福永　真弓")], heading="出席議員"), "m")
    assert [r.name for r in rows] == ["羽田野聡子", "平良昭彦", "福永真弓"]


def test_padded_names_and_spread_posts_cut_at_the_wrong_gap_in_post_name_pairs():
    rows = parse_attendees(
        section(
            [(90, "村長"), (170, "長谷部"), (233, "晃副村長"), (330, "沖田清美")],
            [(90, "教育長"), (170, "二瓶"), (233, "豊総務課長"), (330, "舟山正人")],
            [(90, "建設課長"), (170, "中島"), (222, "勇"), (276, "教育課長"), (363, "荒木"), (405, "恵")],
            heading="説明のため出席した者",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [
        ("長谷部晃", "村長"), ("沖田清美", "副村長"), ("二瓶豊", "教育長"), ("舟山正人", "総務課長"),
        ("中島勇", "建設課長"), ("荒木恵", "教育課長"),
    ]
    rows = parse_attendees(
        section([(84, "議会事務局長"), (190, "白石順一書"), (342, "記"), (396, "日野　加奈子")], heading="職務のため出席した者"),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [("白石順一", "議会事務局長"), ("日野加奈子", "書記")]
    rows = parse_attendees(
        section([(84, "議会事務局長浜野　英二　次長"), (258, "日高　里奈")], heading="職務のため出席した者"), "m"
    )
    assert [(r.name, r.title) for r in rows] == [("浜野英二", "議会事務局長"), ("日高里奈", "次長")]


def test_a_bracketed_role_closes_its_entry_before_a_padded_name():
    rows = parse_attendees(
        section(
            [(93, "谷口　秀明（委員長）"), (219, "片岡　由紀（副委員長）"), (356, "森"), (387, "健吾")],
            heading="出席委員",
        ),
        "m",
    )
    assert [(r.role, r.name) for r in rows] == [("委員長", "谷口秀明"), ("副委員長", "片岡由紀"), ("", "森健吾")]


def test_a_body_in_the_role_column_over_its_officials_run_and_a_role_before_a_run():
    rows = parse_attendees(
        section(
            [(84, "委員"), (150, "鳴海　朋子"), (260, "消費生活アドバイザー")],
            [(84, "国土交通省"), (150, "丹羽道路局長、保科大臣官房審議官（道路）、")],
            [(150, "宗像道路局企画課長、桧垣高速道路課長ほか")],
        ),
        "m",
    )
    assert [(r.group, r.name, r.title) for r in rows] == [
        ("出席者", "鳴海朋子", "消費生活アドバイザー"),
        ("国土交通省", "丹羽", "道路局長"), ("国土交通省", "保科", "大臣官房審議官(道路)"),
        ("国土交通省", "宗像", "道路局企画課長"), ("国土交通省", "桧垣", "高速道路課長"),
    ]
    absent = lambda *rows: Section(Kind.ABSENTEES, "欠席委員", 1, lines(*rows))  # noqa: E731
    rows = parse_attendees(absent("委員　柴崎　芳江、戸川　俊介"), "m", table="absentees")
    assert [(r.role, r.name) for r in rows] == [("委員", "柴崎芳江"), ("委員", "戸川俊介")]
    rows = parse_attendees(absent("１名（浜口　透委員）"), "m", table="absentees")
    assert [(r.role, r.name) for r in rows] == [("委員", "浜口透")]


def test_the_absent_under_a_bracketed_label_naming_their_kind_take_it_as_role():
    from extractor.sections import split_sections

    sections = split_sections(
        lines(
            "【出席者】",
            "（構成員）",
            [(84, "桜井　直美"), (230, "特定非営利活動法人すまいと暮らしの会理事長")],
            "（欠席構成員）",
            [(84, "田辺　浩"), (230, "全国町村会（山吹町長）")],
        )
    )
    absent = next(s for s in sections if s.kind == Kind.ABSENTEES)
    rows = parse_attendees(absent, "m", table="absentees")
    assert [(r.group, r.role, r.name) for r in rows] == [("欠席構成員", "構成員", "田辺浩")]


def test_a_bracketed_label_over_family_names_run_into_their_roles_that_no_dictionary_knows():
    rows = parse_attendees(
        section(
            "（委員）大木委員長、青柳委員、伊吹委員、杉浦",
            [(114, "委員、土橋委員")],
            "（経済産業省）渡会製品安全課長、柴崎企画官",
        ),
        "m",
        right_edge=72 + 10.5 * 23,
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("委員", "委員長", "大木", ""),
        ("委員", "委員", "青柳", ""),
        ("委員", "委員", "伊吹", ""),
        ("委員", "委員", "杉浦", ""),
        ("委員", "委員", "土橋", ""),
        ("経済産業省", "", "渡会", "製品安全課長"),
        ("経済産業省", "", "柴崎", "企画官"),
    ]


def test_kinds_of_member_printed_once_left_of_the_role_column_are_groups_and_a_deputy_line_is_a_proxy_mark():
    KIND, ROLE_X, FAMILY, GIVEN = 82.0, 177.0, 240.0, 282.0
    rows = parse_attendees(
        section(
            [(KIND, "学識経験者"), (ROLE_X, "会長"), (FAMILY, "塩見"), (GIVEN, "拓郎（楢崎工業大学教授）")],
            [(ROLE_X, "委員"), (FAMILY, "秦"), (GIVEN, "伸之（建築士）")],
            [(KIND, "関係行政機関"), (ROLE_X, "委員"), (FAMILY, "桂木"), (GIVEN, "隆（県楢崎土木事務所長）")],
            [(FAMILY, "※代理　副所長　寺門"), (366, "悠")],
            [(KIND, "市民代表"), (ROLE_X, "委員"), (FAMILY, "安曇"), (GIVEN, "英子")],
            [(ROLE_X, "委員"), (FAMILY, "河内"), (GIVEN, "勇作")],
            heading="出席委員",
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title, r.proxy) for r in rows] == [
        ("学識経験者", "会長", "塩見拓郎", "楢崎工業大学教授", False),
        ("学識経験者", "委員", "秦伸之", "建築士", False),
        ("関係行政機関", "委員", "桂木隆", "県楢崎土木事務所長", True),
        ("市民代表", "委員", "安曇英子", "", False),
        ("市民代表", "委員", "河内勇作", "", False),
    ]
    # the one absentee, printed in a kind the list of who came was split by
    absent = Section(Kind.ABSENTEES, "欠席委員", 1, lines([(KIND, "市議会議員"), (ROLE_X, "委員"), (FAMILY, "宮代"), (GIVEN, "健")]))
    assert [(r.group, r.role, r.name) for r in parse_attendees(absent, "m", table="absentees", kinds=frozenset({"市議会議員"}))] == [
        ("市議会議員", "委員", "宮代健")
    ]
    # without that evidence, a body or post left of the role stays where it was read
    assert parse_attendees(absent, "m", table="absentees")[0].group == "欠席委員"


def test_a_family_and_a_given_name_padded_two_letters_apart_are_one_person():
    rows = parse_attendees(
        section(
            [(96, "委員長"), (200, "白波瀬"), (252, "功")],
            [(96, "委員長職務代理者"), (200, "津軽"), (242, "晴美")],
            [(96, "委員"), (200, "樋渡"), (242, "義明")],
        ),
        "m",
    )
    assert [(r.role, r.name) for r in rows] == [("委員長", "白波瀬功"), ("委員長職務代理者", "津軽晴美"), ("委員", "樋渡義明")]
    rows = parse_attendees(
        section([(84, "１番　芦田"), (147, "康夫"), (190, "２番　井筒"), (253, "とし子"), (296, "３番　宇津木　敏")]),
        "m",
    )
    assert [r.name for r in rows] == ["芦田康夫", "井筒とし子", "宇津木敏"]


def test_seats_glued_to_the_name_before_them_in_a_row_of_spread_names():
    rows = parse_attendees(section([(84, "１番　寺　門　由　美２番　栗　原　康　平")], heading="出席議員"), "m")
    assert [r.name for r in rows] == ["寺門由美", "栗原康平"]


def test_a_spread_post_glued_to_the_spread_name_after_it():
    # 副 村 長栗 林: the post's letters all stand apart, so the gaps inside it are its spacing
    rows = parse_attendees(
        section(
            [(84, "村"), (115.5, "長 緒 方 一 成"), (240, "副 村 長栗 林"), (359, "聡")],
            [(84, "教 育 長丹 羽 節 子"), (240, "総務課長 梶 原 大 輔")],
            heading="説明のため出席した者",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [
        ("緒方一成", "村長"), ("栗林聡", "副村長"), ("丹羽節子", "教育長"), ("梶原大輔", "総務課長")
    ]


def test_a_spread_name_whose_last_letter_is_glued_to_the_next_post():
    rows = parse_attendees(
        section(
            [(84, "町 民 課 長"), (180, "関 口 美 里産業建設課長"), (346, "湯 浅 伸 一")],
            heading="説明のため出席した者",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [("関口美里", "町民課長"), ("湯浅伸一", "産業建設課長")]


def test_a_whole_post_then_a_whole_spread_name_in_one_cell():
    rows = parse_attendees(section([(93, "議会事務局長 飯 塚 美 帆")], heading="職務のため出席した者"), "m")
    assert [(r.name, r.title) for r in rows] == [("飯塚美帆", "議会事務局長")]


def test_a_seat_set_close_to_the_first_letter_of_a_spread_name():
    rows = parse_attendees(
        section([(84, "５番室 井 健 吾"), (200, "６番宍 戸 葉 子")], heading="出席議員"), "m"
    )
    assert [r.name for r in rows] == ["室井健吾", "宍戸葉子"]


def test_post_name_pairs_in_one_cell_and_a_post_overprinting_the_name():
    rows = parse_attendees(
        section(
            [(84, "市長 麻生田 光彦 副市長福永 智史")],
            [(84, "総務部溝長口 亜希子 税務課保長科 勇人")],
            [(84, "局長 桧山 喜久夫 主幹 松永 彩")],
            heading="説明のため出席した者",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [
        ("麻生田光彦", "市長"), ("福永智史", "副市長"), ("溝口亜希子", "総務部長"), ("保科勇人", "税務課長"),
        ("桧山喜久夫", "局長"), ("松永彩", "主幹"),
    ]


def test_a_run_wrapping_between_two_whole_family_post_entries():
    rows = parse_attendees(
        section(
            "教育委員会：湯浅教育長、井筒教育部長、鳥海学校教育課長",
            [(150, "笠井生涯学習課長（代理）")],
            heading="説明員",
        ),
        "m",
    )
    assert [(r.group, r.name, r.title, r.proxy) for r in rows][-2:] == [
        ("教育委員会", "鳥海", "学校教育課長", False), ("教育委員会", "笠井", "生涯学習課長", True)
    ]


def test_plain_post_name_cells_are_not_reread_as_glued_spread_pairs():
    rows = parse_attendees(
        section([(154, "都市整備部長　高見沢誠"), (290, "都市計画課長　小野寺亮")], heading="説明員"), "m"
    )
    assert [(r.name, r.title) for r in rows] == [("高見沢誠", "都市整備部長"), ("小野寺亮", "都市計画課長")]


def test_a_count_in_brackets_after_the_last_name_of_a_run_or_a_lone_name_is_no_title():
    rows = parse_attendees(section("石動和夫、奥寺千尋、", "塩見礼子、真鍋文子（８名）", heading="出席委員"), "m")
    assert [(r.name, r.title) for r in rows] == [("石動和夫", ""), ("奥寺千尋", ""), ("塩見礼子", ""), ("真鍋文子", "")]
    rows = parse_attendees(Section(Kind.ABSENTEES, "欠席委員", 1, lines("矢作隆（１名）")), "m", table="absentees")
    assert [(r.name, r.title) for r in rows] == [("矢作隆", "")]


def test_a_given_name_read_as_a_word_or_carrying_the_role_joins_its_padded_family_name():
    rows = parse_attendees(
        section([(84, "環境政策課長"), (280, "仁科"), (322, "崇")], [(84, "水環境保全室長"), (280, "秋津"), (322, "義人")], heading="事務局"),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [("仁科崇", "環境政策課長"), ("秋津義人", "水環境保全室長")]
    rows = parse_attendees(
        section([(84, "１０番　毛利"), (147, "清")], [(84, "１１番　近衛"), (147, "達雄（会長）")], heading="出席委員"), "m"
    )
    assert [(r.role, r.name) for r in rows] == [("", "毛利清"), ("会長", "近衛達雄")]


def test_a_deputy_of_a_role_in_the_role_column_with_a_proxy_mark_on_another_row():
    rows = parse_attendees(
        section(
            [(96, "委員長"), (230, "白波瀬"), (282, "功")],
            [(96, "委員長職務代理者"), (230, "津軽"), (272, "晴美")],
            [(96, "委員"), (230, "福永"), (272, "紀子（補充員）※代理出席")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.proxy) for r in rows] == [
        ("委員長", "白波瀬功", False), ("委員長職務代理者", "津軽晴美", False), ("委員", "福永紀子", True)
    ]


def test_a_name_then_a_body_with_the_post_held_in_it_in_brackets():
    rows = parse_attendees(
        section(
            [(96, "委員"), (156, "千　葉　智　子"), (236, "露草県介護支援専門員協会理事")],
            [(156, "馬場勝利 露草県市長会（水晶市健康福祉部長）")],  # the spread name run into the title's cell
            heading="委員",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [
        ("千葉智子", "露草県介護支援専門員協会理事"), ("馬場勝利", "露草県市長会(水晶市健康福祉部長)")
    ]


def test_a_role_too_long_for_its_column_alone_above_its_name_is_that_name_s_role():
    rows = parse_attendees(
        section(
            [(150, "委員長"), (250, "柳瀬　正和")],
            [(150, "委員長職務代理者")],
            [(250, "鮎川　多恵子")],
            [(150, "委員"), (250, "保坂　修")],
            heading="出席委員",
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("委員長", "柳瀬正和", ""),
        ("委員長職務代理者", "鮎川多恵子", ""),
        ("委員", "保坂修", ""),
    ]


def test_a_name_broken_by_the_wrap_between_surname_and_given_name_in_a_run():
    rows = parse_attendees(
        section(
            "委　　員：高辻　美佐（商工会議所専務理事）、石動　誠（不動産代表取締役）（代理）、葉山",
            [(135, "ゆかり（ＮＰＯ法人まちのね代表理事）")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.name_raw, r.title, r.proxy) for r in rows] == [
        ("委員", "高辻美佐", "高辻 美佐", "商工会議所専務理事", False),
        ("委員", "石動誠", "石動 誠", "不動産代表取締役", True),
        ("委員", "葉山ゆかり", "葉山 ゆかり", "NPO法人まちのね代表理事", False),
    ]


def test_a_role_printed_after_the_bracketed_affiliation():
    rows = parse_attendees(
        section(
            "（委員）",
            [(180, "浜岡　宗一（霧笛工業大学海洋工学科教授）　座長")],
            [(180, "三国　京子（霧笛大学防災研究センター准教授）")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("委員", "座長", "浜岡宗一", "霧笛工業大学海洋工学科教授"),
        ("委員", "委員", "三国京子", "霧笛大学防災研究センター准教授"),
    ]


def test_a_kind_of_member_alone_on_its_line_over_names_in_columns_is_their_group():
    rows = parse_attendees(
        section(
            [(82, "委員")],
            [(100, "宮原　大輔（部会長）"), (270, "浅倉　佳代子")],
            [(100, "郷田　仁美")],
            [(82, "臨時委員")],
            [(100, "小田切　誠"), (270, "津川　陽平")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name) for r in rows] == [
        ("委員", "部会長", "宮原大輔"),
        ("委員", "委員", "浅倉佳代子"),
        ("委員", "委員", "郷田仁美"),
        ("臨時委員", "臨時委員", "小田切誠"),
        ("臨時委員", "臨時委員", "津川陽平"),
    ]


def test_a_kind_of_member_alone_on_its_line_over_role_name_pairs_is_their_group():
    rows = parse_attendees(
        section(
            [(93, "委員")],
            [(108, "部会長"), (176, "大槻　　昭"), (270, "委員"), (338, "桐島　葉子")],
            [(108, "臨時委員"), (176, "塩見　正和"), (270, "臨時委員"), (338, "三枝　加奈（代理出席）")],
            [(93, "農林水産省")],
            [(108, "農産局長"), (330, "石上　憲一")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title, r.proxy) for r in rows] == [
        ("委員", "部会長", "大槻昭", "", False),
        ("委員", "委員", "桐島葉子", "", False),
        ("委員", "臨時委員", "塩見正和", "", False),
        ("委員", "臨時委員", "三枝加奈", "", True),
        ("農林水産省", "", "石上憲一", "農産局長", False),
    ]


def test_a_letter_spaced_bracket_label_cut_in_two_and_a_label_naming_its_body():
    rows = parse_attendees(
        section(
            [(82, "【委"), (124, "員】")],
            [(104, "川端　昌平（部会長）、野沢　里香")],
            [(82, "【事務局（総務省）】")],
            [(104, "黒沢大臣官房審議官")],
            [(104, "政策統括官（統計制度担当）付統計審査官室：夏目統計審査官、安西")],
            [(104, "副統計審査官")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("委員", "部会長", "川端昌平", ""),
        ("委員", "委員", "野沢里香", ""),
        ("事務局", "", "黒沢", "大臣官房審議官"),
        ("事務局", "", "夏目", "政策統括官(統計制度担当)付統計審査官室統計審査官"),
        ("事務局", "", "安西", "政策統括官(統計制度担当)付統計審査官室副統計審査官"),
    ]


def test_a_run_of_bodies_names_nobody():
    rows = parse_attendees(
        section(
            [(82, "【専門委員】")],
            [(104, "茂木　章吾（岬野大学経済学部教授）")],
            [(82, "【審議協力者】")],
            [(104, "財務省、経済産業省、岬野県、白樺市")],
        ),
        "m",
    )
    assert [(r.group, r.name) for r in rows] == [("専門委員", "茂木章吾")]


def test_a_gap_that_closes_a_post_is_no_spacing_inside_the_next_name():
    # 政策経営部 + 長瀬川直人 also reads as a post–name pair; the printed gap after 政策経営部長 is the cut.
    rows = parse_attendees(
        section([(90, "政策経営部長　瀬川　直人"), (255, "企画課長　宇佐美　梢")], heading="出席説明員"), "m"
    )
    assert [(r.name, r.title) for r in rows] == [("瀬川直人", "政策経営部長"), ("宇佐美梢", "企画課長")]


def test_roles_printed_before_names_in_a_run_are_the_roles_and_carry_down():
    rows = parse_attendees(
        section(
            [(72, "（委員）会長　水野　早紀子（野萱短期大学教授）、副会長　坂東　誠")],
            [(114, "（野萱市ＰＴＡ連合会会長）、委員　秋葉　洋平（保育園協会会長）、荒井　美穂（公募委員）")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("委員", "会長", "水野早紀子", "野萱短期大学教授"),
        ("委員", "副会長", "坂東誠", "野萱市PTA連合会会長"),
        ("委員", "委員", "秋葉洋平", "保育園協会会長"),
        ("委員", "委員", "荒井美穂", "公募委員"),
    ]
    rows = parse_attendees(
        Section(Kind.ABSENTEES, "欠席者", 1, lines("委員　土屋　ゆかり（野萱市幼稚園協会）、", "委員　三好　崇（連合野萱地域協議会）")),
        "m",
        table="absentees",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("欠席者", "委員", "土屋ゆかり", "野萱市幼稚園協会"), ("欠席者", "委員", "三好崇", "連合野萱地域協議会")
    ]


def test_a_bracket_opening_a_line_where_a_sub_group_label_stood_is_the_next_label():
    rows = parse_attendees(
        section(
            [(72, "（委員）会長　水野　早紀子（野萱短期大学教授）、副会長　坂東　誠")],
            [(114, "（野萱市ＰＴＡ連合会会長）、委員　杉浦　千尋（子育てサークル代表）")],
            [(72, "（市）　こども部長　尾崎　隆、保育課長　田宮　浩樹")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows][-3:] == [
        ("委員", "委員", "杉浦千尋", "子育てサークル代表"),
        ("市", "", "尾崎隆", "こども部長"),
        ("市", "", "田宮浩樹", "保育課長"),
    ]


def test_a_spread_names_first_letter_cut_onto_the_post_before_it_goes_back_to_the_name():
    rows = parse_attendees(
        section(
            [(84, "住民福祉　藤"), (178, "森　由　美"), (273, "建設水道　有"), (368, "賀"), (430, "勇")],
            [(84, "課　　　長"), (273, "課　　　長")],
            heading="説明のため出席した者",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [("藤森由美", "住民福祉課長"), ("有賀勇", "建設水道課長")]
    rows = parse_attendees(
        section(
            [(84, "事務局長　宮"), (178, "沢　清　志　書"), (315, "記　上"), (368, "條　美　穂")], heading="事務局職員出席者"
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [("宮沢清志", "事務局長"), ("上條美穂", "書記")]


def test_a_gap_after_a_family_name_or_a_whole_name_stays_inside_the_pair():
    rows = parse_attendees(
        section([(90, "監査係長　乙部　真一"), (255, "主事　吉良　美穂")], heading="事務局"), "m"
    )
    assert [(r.name, r.title) for r in rows] == [("乙部真一", "監査係長"), ("吉良美穂", "主事")]
    rows = parse_attendees(section([(90, "委員長　小田切　悟"), (255, "副委員長　中瀬　由里")], heading="出席委員"), "m")
    assert [(r.role, r.name) for r in rows] == [("委員長", "小田切悟"), ("副委員長", "中瀬由里")]


def test_a_body_in_the_label_column_heads_its_staff_run():
    rows = parse_attendees(
        section(
            [(104, "座　　長"), (166, "香坂　誠（北辰大学教授）")],
            [(104, "委　　員"), (166, "片桐　美和、春日　宗平、")],
            [(166, "戸川　聡")],
            [(104, "環境省　白井水・大気環境局長、瀬川大臣官房審議官、")],
            [(166, "梶本総務課長ほか")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("出席者", "座長", "香坂誠", "北辰大学教授"),
        ("出席者", "委員", "片桐美和", ""),
        ("出席者", "委員", "春日宗平", ""),
        ("出席者", "委員", "戸川聡", ""),
        ("環境省", "", "白井", "水・大気環境局長"),
        ("環境省", "", "瀬川", "大臣官房審議官"),
        ("環境省", "", "梶本", "総務課長"),
    ]


def test_one_staff_entry_under_a_body_heading():
    rows = parse_attendees(section([(135, "杉浦議事課主任主事")], heading="事務局"), "m")
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [("事務局", "", "杉浦", "議事課主任主事")]


def test_a_staff_run_wrapped_inside_a_post_after_its_first_letter():
    rows = parse_attendees(
        section(
            [(82, "石倉道路局長、今井大臣官房審議官、宮下道路企画課長、西田地")],
            [(82, "域道路課企画専門官ほか")],
            heading="事務局",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows][-2:] == [("宮下", "道路企画課長"), ("西田", "地域道路課企画専門官")]


def test_a_team_leader_is_a_post_after_the_family_name():
    rows = parse_attendees(
        section([(93, "柳田総合教育政策局学校デジタル化プロジェクトチームリーダー、")], [(93, "中村情報教育課長")], heading="事務局"),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [
        ("柳田", "総合教育政策局学校デジタル化プロジェクトチームリーダー"),
        ("中村", "情報教育課長"),
    ]


def test_a_long_post_overprinting_the_family_name_in_the_next_column():
    rows = parse_attendees(
        section(
            [(84, "健康・生活衛生局生活衛生・食品安全部下水道課田長中 浩二")],
            [(84, "下水道課計画指導室長"), (300, "石川　達也")],
            heading="事務局",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [
        ("田中浩二", "健康・生活衛生局生活衛生・食品安全部下水道課長"),
        ("石川達也", "下水道課計画指導室長"),
    ]
    # 健康福祉課長補佐兼介護保険係長 | 芳　賀　里　美: a whole post before a spread name is not overprinted
    rows = parse_attendees(section([(96, "生活環境課長補佐兼衛生係長松 本和子")], heading="説明のため出席した者"), "m")
    assert [(r.name, r.title) for r in rows] == [("松本和子", "生活環境課長補佐兼衛生係長")]


def test_a_head_printed_between_a_body_and_a_name_with_no_header_is_the_post_in_that_body():
    rows = parse_attendees(
        Section(Kind.ABSENTEES, "欠席者", 1, lines([(72, "水瀬県養鶏協会"), (210, "会長"), (380, "桂　木　修　平")])), "m"
    )
    assert [(r.role, r.name, r.title) for r in rows] == [("", "桂木修平", "水瀬県養鶏協会会長")]


def test_a_ditto_before_a_name_repeats_the_role_before_it():
    rows = parse_attendees(
        section(
            [(145, "教育長　沖田　清隆　　教育長職務代理者　小柳　早苗")],
            [(145, "委員　城戸　和樹、同　渋谷　まどか")],
        ),
        "m",
    )
    assert [(r.role, r.name) for r in rows][-2:] == [("委員", "城戸和樹"), ("委員", "渋谷まどか")]


def test_legend_marks_printed_in_a_column_of_their_own_before_the_names():
    rows = parse_attendees(
        section(
            [(72, "（１）委員（１０名、五十音順、敬称略、◎会長、◯副会長）")],
            [(180, "相沢　律子"), (300, "◎"), (384, "北條　清隆")],
            [(180, "石丸　和俊"), (384, "前島　由美子")],
            [(180, "小田切　静"), (300, "◯"), (384, "三好　佳代")],
            heading="出席者",
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("委員", "相沢律子", ""), ("会長", "北條清隆", ""), ("委員", "石丸和俊", ""),
        ("委員", "前島由美子", ""), ("委員", "小田切静", ""), ("副会長", "三好佳代", ""),
    ]


def test_a_post_and_a_name_spread_into_one_cell_are_read_as_a_pair():
    # 企画財政課長 spread over 9 ems, then 曽　根　昭　夫 close after it: one cell of lone letters
    rows = parse_attendees(
        section(
            [(84, "町"), (168, "長 篠 原 政 信")],
            [(84, "企 画 財 政 課 長 曽 根 昭 夫")],
            [(84, "会 計 管 理 者 富 樫 由 紀")],
            heading="説明のため出席した者",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [("篠原政信", "町長"), ("曽根昭夫", "企画財政課長"), ("富樫由紀", "会計管理者")]


def test_a_seat_number_set_close_to_a_padded_name_is_not_a_post():
    rows = parse_attendees(section([(84, "１４番佐久間　篤志")], heading="欠席議員"), "m")
    assert [(r.name, r.title, r.role) for r in rows] == [("佐久間篤志", "", "")]


def test_org_rows_under_a_member_label_keep_the_label_and_join_body_and_post():
    # 委員（…） ⏎ 組織：姓＋職名 rows, one body naming two people and one a cooperative (組合)
    rows = parse_attendees(
        section(
            [(82, "委員（１４名中１２名出席）")],
            [(93, "北浜市医師会：岡崎会長")],
            [(93, "北浜市食生活改善推進協議会：水野会長、石田副会長")],
            [(93, "北浜農業協同組合：沢井営農部長")],
            [(82, "事務局：川端健康福祉部長、森下健康づくり課長ほか")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("委員", "委員", "岡崎", "北浜市医師会会長"),
        ("委員", "委員", "水野", "北浜市食生活改善推進協議会会長"),
        ("委員", "委員", "石田", "北浜市食生活改善推進協議会副会長"),
        ("委員", "委員", "沢井", "北浜農業協同組合営農部長"),
        ("事務局", "", "川端", "健康福祉部長"),
        ("事務局", "", "森下", "健康づくり課長"),
    ]


def test_a_post_then_a_full_name_in_a_run_keeps_the_family_name_with_the_given_name():
    rows = parse_attendees(
        section(
            "環境部長　米倉　哲夫、ごみ減量推進課長　塩見　早苗、",
            "ごみ減量推進課減量推進係長　磯部　信吾、クリーンセンター所長　久我　勉",
            heading="事務局",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [
        ("米倉哲夫", "環境部長"),
        ("塩見早苗", "ごみ減量推進課長"),
        ("磯部信吾", "ごみ減量推進課減量推進係長"),
        ("久我勉", "クリーンセンター所長"),
    ]


def test_a_family_name_the_dictionary_reads_as_a_place_is_not_cut_before_its_last_letter():
    rows = parse_attendees(section("事　務　局：宇佐美行政課長、大和田行政課課長補佐ほか"), "m")
    assert [(r.name, r.title) for r in rows] == [("宇佐美", "行政課長"), ("大和田", "行政課課長補佐")]


def test_a_role_bracket_overprinting_the_next_columns_first_letter_is_put_back():
    rows = parse_attendees(
        section(
            "（委員）",
            [(90, "石川　浩一（委員長）"), (200, "北浜医科大学名誉教授")],
            [(90, "須藤　奈津子（副委員長北）浜市医師会副会長")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("委員長", "石川浩一", "北浜医科大学名誉教授"),
        ("副委員長", "須藤奈津子", "北浜市医師会副会長"),
    ]


def test_division_runs_under_a_secretariat_heading_stay_groups_of_their_own():
    rows = parse_attendees(
        section("子ども家庭課：尾形課長、滝沢課長補佐", "中央児童相談所：福本所長", heading="事務局"), "m"
    )
    assert [(r.group, r.name, r.title) for r in rows] == [
        ("子ども家庭課", "尾形", "課長"),
        ("子ども家庭課", "滝沢", "課長補佐"),
        ("中央児童相談所", "福本", "所長"),
    ]


def test_labelled_runs_under_a_bracketed_kind_of_member_keep_it_as_their_group():
    rows = parse_attendees(
        section(
            "（委員）",
            "　議　長：西園寺　修（北浜地区医師会長）",
            "　委　員：坂巻　一郎（北浜市民病院長）、檜山　康弘（汐見中央病院理事長）",
            "（事務局）",
            "　芦浜県健康福祉部医療政策課長　芳賀　良平",
        ),
        "m",
    )
    assert [(r.group, r.role, r.name) for r in rows][:3] == [
        ("委員", "議長", "西園寺修"),
        ("委員", "委員", "坂巻一郎"),
        ("委員", "委員", "檜山康弘"),
    ]


def test_a_bracket_at_the_indent_of_a_bracketed_sub_group_label_above_is_another_label():
    rows = parse_attendees(
        section(
            [(154, "会計管理者"), (238, "松本　達也")],
            [(154, "（上下水道局）")],
            [(154, "上下水道局長"), (238, "宮崎　孝雄")],
            [(154, "経営企画課長"), (238, "柳田　真由美")],
            [(154, "（病院事業）")],
            [(154, "市民病院事務局長"), (259, "前田　浩一")],
            heading="説明員",
        ),
        "m",
    )
    assert [(r.group, r.name, r.title) for r in rows] == [
        ("説明員", "松本達也", "会計管理者"),
        ("上下水道局", "宮崎孝雄", "上下水道局長"),
        ("上下水道局", "柳田真由美", "経営企画課長"),
        ("病院事業", "前田浩一", "市民病院事務局長"),
    ]


def test_a_kanji_seat_number_is_not_read_as_a_post_taking_a_letter_of_the_name():
    rows = parse_attendees(section([(90, "十番"), (130, "長谷部"), (193, "実")], heading="欠席委員"), "m")
    assert [(r.name, r.title) for r in rows] == [("長谷部実", "")]


def test_an_absentee_label_among_the_list_s_labels_gives_its_kind_as_role_and_a_heading_of_its_own_does_not():
    from extractor.pipeline import _inside_list
    from extractor.sections import split_sections

    among = split_sections(lines("【出席者】", "座　　長：矢吹　直樹", "構 成 員：朝倉　洋平、石黒　真一", "欠席構成員：平松　崇"))
    beside = split_sections(lines("出 席 者：", [(82.0, "委　　員：飯島　早苗、宇野　孝")], "欠席委員：吉永　貴之"))
    assert _inside_list(among[-1], among) and not _inside_list(beside[-1], beside)
    assert [(r.group, r.role) for r in parse_attendees(among[-1], "m", table="absentees", in_list=True)] == [("欠席構成員", "構成員")]
    assert [(r.group, r.role) for r in parse_attendees(beside[-1], "m", table="absentees")] == [("欠席委員", "")]


def test_a_role_label_alone_on_its_line_heads_the_run_on_the_indented_lines_below():
    rows = parse_attendees(
        section(
            [(82.0, "委　員：")],
            [(93.0, "石動　和人、柏葉　俊一（部会長）、小湊　真琴、")],
            [(93.0, "瀬戸口　隆")],
            [(82.0, "臨時委員：")],
            [(93.0, "葛城　悠、戸賀崎　千秋")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name) for r in rows] == [
        ("委員", "委員", "石動和人"),
        ("委員", "部会長", "柏葉俊一"),
        ("委員", "委員", "小湊真琴"),
        ("委員", "委員", "瀬戸口隆"),
        ("臨時委員", "臨時委員", "葛城悠"),
        ("臨時委員", "臨時委員", "戸賀崎千秋"),
    ]


def test_a_family_name_and_a_kana_given_name_between_two_names_is_a_name():
    rows = parse_attendees(
        section(
            [(160.0, "委　員"), (202.0, "大貫　拓海"), (286.0, "小椋　恵"), (360.0, "鳴海　康介")],
            [(212.0, "須賀　誠一"), (286.0, "東雲あかね"), (360.0, "猪俣　亘")],
            heading="出席委員",
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows][-3:] == [
        ("委員", "須賀誠一", ""),
        ("委員", "東雲あかね", ""),
        ("委員", "猪俣亘", ""),
    ]
    # 保健福祉 | 助川直樹 | 子ども | 小山敏 恵: in a row of post–name pairs a short kana word is a post's piece
    pairs = parse_attendees(
        section([(78.0, "保健福祉部長"), (150.0, "助川直樹"), (294.0, "子ども"), (366.0, "小山敏恵")], heading="説明員"), "m"
    )
    assert "子ども" not in [r.name for r in pairs]


def test_posts_printed_without_their_holders_name_nobody():
    rows = parse_attendees(
        section("経営局長、大臣官房審議官（経営局担当）、農地政策課長、経営政策課長", heading="事務局"), "m"
    )
    assert rows == []
    named = parse_attendees(section("光岡経営局長、高島審議官", heading="事務局"), "m")
    assert [(r.name, r.title) for r in named] == [("光岡", "経営局長"), ("高島", "審議官")]


def test_a_family_name_the_meeting_role_and_a_nested_bracket_are_one_absentee():
    rows = parse_attendees(
        Section(
            Kind.ABSENTEES,
            "欠席者",
            1,
            lines([(93.0, "古川構成員（北斗県県土整備部技監）")], [(93.0, "真田構成員（全国市長会（汐凪市長））")]),
        ),
        "m",
        table="absentees",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("欠席者", "構成員", "古川", "北斗県県土整備部技監"),
        ("欠席者", "構成員", "真田", "全国市長会(汐凪市長)"),
    ]


def test_a_head_in_the_role_column_over_rows_carrying_a_role_down_is_a_role_and_a_deputy_bracket_too():
    rows = parse_attendees(
        section(
            [(96, "教　育　長"), (186, "高千穂　誠")],
            [(96, "委　　　員"), (186, "河原崎　美紀"), (270, "（教育長職務代理者）")],
            [(186, "志村　陽一")],
            heading="出席委員",
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("教育長", "高千穂誠", ""),
        ("教育長職務代理者", "河原崎美紀", ""),
        ("委員", "志村陽一", ""),
    ]


def test_a_deputy_in_the_role_column_is_a_role_where_a_role_is_carried_down():
    rows = parse_attendees(
        section(
            [(90, "委員長"), (196, "梶原　昭")],
            [(90, "委員長職務代理者"), (196, "岩城　典子")],
            [(90, "委員"), (196, "森永　浩")],
            [(196, "柳生　さやか")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("委員長", "梶原昭", ""),
        ("委員長職務代理者", "岩城典子", ""),
        ("委員", "森永浩", ""),
        ("委員", "柳生さやか", ""),
    ]


def test_a_body_and_a_colon_alone_over_indented_rows_heads_their_sub_group():
    rows = parse_attendees(
        section(
            [(156, "健康福祉部：")],
            [(170, "健康福祉部長"), (320, "小牧　信也")],
            [(170, "福祉課長"), (320, "大須賀　瞳（代理）")],
            [(156, "都市整備部：")],
            [(170, "都市整備部長"), (320, "久住　武")],
            heading="説明員",
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title, r.proxy) for r in rows] == [
        ("健康福祉部", "", "小牧信也", "健康福祉部長", False),
        ("健康福祉部", "", "大須賀瞳", "福祉課長", True),
        ("都市整備部", "", "久住武", "都市整備部長", False),
    ]


def test_a_post_in_the_remarks_column_of_a_table_without_a_post_column_is_the_title():
    rows = parse_attendees(
        section(
            [(88, "区分"), (174, "氏名"), (274, "備考")],
            [(88, "委員"), (174, "大槻　剛")],
            [(88, "事務局"), (174, "白井　優"), (274, "総務課長")],
            [(174, "今泉　彩"), (274, "オンライン")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [("委員", "大槻剛", ""), ("事務局", "白井優", "総務課長"), ("事務局", "今泉彩", "")]


def test_a_spaced_name_after_a_post_is_a_name_even_when_it_reads_as_common_nouns():
    rows = parse_attendees(section([(90, "教育総務係長"), (232, "日向　葵")], heading="書記"), "m")
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [("書記", "", "日向葵", "教育総務係長")]


def test_a_post_run_onto_a_spaced_name_in_the_name_column_is_its_title():
    rows = parse_attendees(
        section(
            [(84, "委員"), (150, "宮城　孝"), (240, "夏見市自治会連合会会長")],
            [(150, "比嘉　さくら　公募委員")],
            [(150, "安里　学"), (240, "公募委員")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("委員", "宮城孝", "夏見市自治会連合会会長"),
        ("委員", "比嘉さくら", "公募委員"),
        ("委員", "安里学", "公募委員"),
    ]


def test_an_absentee_list_of_body_rows_keeps_its_heading_and_joins_body_and_post():
    absent = Section(
        Kind.ABSENTEES, "欠席者", 1, lines([(93, "鶴ヶ瀬市消費者協会：野中会長")], [(93, "鶴ヶ瀬市社会福祉協議会：戸塚事務局次長")])
    )
    rows = parse_attendees(absent, "m", table="absentees")
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("欠席者", "", "野中", "鶴ヶ瀬市消費者協会会長"),
        ("欠席者", "", "戸塚", "鶴ヶ瀬市社会福祉協議会事務局次長"),
    ]


def test_a_post_in_the_role_column_ends_the_carried_role_and_carries_down_itself():
    rows = parse_attendees(
        section(
            [(90, "委員長"), (196, "御子柴　隆")],
            [(90, "委員"), (196, "蓮見　和夫")],
            [(196, "小鳥遊　結")],
            [(90, "書記長"), (196, "大河原　聡"), (300, "（選挙管理委員会事務局長）")],
            [(90, "書記"), (196, "土門　千景"), (300, "（同事務局次長）")],
            [(196, "茅野　翔太"), (300, "（同事務局主査）")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("委員長", "御子柴隆", ""),
        ("委員", "蓮見和夫", ""),
        ("委員", "小鳥遊結", ""),
        ("", "大河原聡", "書記長(選挙管理委員会事務局長)"),
        ("", "土門千景", "書記(同事務局次長)"),
        ("", "茅野翔太", "書記(同事務局主査)"),
    ]


def test_a_role_column_before_the_head_of_an_office_and_roles_carried_down_past_posts():
    # 本部長 | 市長 | 米倉 敏郎: the part in the meeting, then the post (市長, 教育長 are heads of offices,
    # not the meeting's roles); 本部員 is carried down to the rows printing a post and a name only
    rows = parse_attendees(
        section(
            [(84, "本部長"), (160, "市長"), (300, "米倉　敏郎")],
            [(84, "副本部長"), (160, "副市長"), (300, "桐谷　美佐")],
            [(84, "本部員"), (160, "教育長"), (300, "甲斐　浩二")],
            [(160, "総務部長"), (300, "秋津　昌平")],
            [(84, "事務局"), (160, "ＤＸ推進課長"), (300, "伏見　玲奈")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("出席者", "本部長", "米倉敏郎", "市長"),
        ("出席者", "副本部長", "桐谷美佐", "副市長"),
        ("出席者", "本部員", "甲斐浩二", "教育長"),
        ("出席者", "本部員", "秋津昌平", "総務部長"),
        ("出席者", "事務局", "伏見玲奈", "DX推進課長"),
    ]


def test_indented_bodies_head_their_rows_and_a_secretariats_bracket_is_dropped():
    rows = parse_attendees(
        section(
            [(82, "公安委員会")],
            [(100, "委員長"), (200, "鷲　尾　直　人")],
            [(100, "委員"), (200, "藤　代　加奈子")],
            [(200, "千　草　まゆみ")],
            [(82, "白鳥県警察")],
            [(100, "警察本部長"), (230, "能　勢　英　樹")],
            [(100, "交通部長"), (230, "蘆　田　智　之")],
            [(82, "公安委員会補佐室（事務局）")],
            [(100, "補佐室長"), (230, "大　仁　田　悟")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("公安委員会", "委員長", "鷲尾直人", ""),
        ("公安委員会", "委員", "藤代加奈子", ""),
        ("公安委員会", "委員", "千草まゆみ", ""),
        ("白鳥県警察", "", "能勢英樹", "警察本部長"),
        ("白鳥県警察", "", "蘆田智之", "交通部長"),
        ("公安委員会補佐室", "", "大仁田悟", "補佐室長"),
    ]


def test_a_column_headed_with_where_a_member_was_elected_is_the_title():
    rows = parse_attendees(
        section(
            [(76, "議席"), (126, "氏　　名"), (236, "選　出　区　分")],
            [(76, "１番"), (126, "三　好　智　子"), (236, "清滝市議会議員")],
            [(76, "５番"), (126, "大　谷　悦　夫"), (236, "朝霧町長")],
            heading="出席議員",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [("三好智子", "清滝市議会議員"), ("大谷悦夫", "朝霧町長")]


def test_a_whole_name_then_a_body_and_post_after_one_space():
    rows = parse_attendees(
        section("４番　村　岡　由　里　桜尾町議会議員", "１番　石　井　和　人　譲葉市議会議員", heading="出席議員"), "m"
    )
    assert [(r.name, r.title) for r in rows] == [("村岡由里", "桜尾町議会議員"), ("石井和人", "譲葉市議会議員")]


def test_a_kana_given_name_padded_off_its_family_name_before_the_next_post():
    rows = parse_attendees(
        section([(84, "住民福祉課長"), (178, "辻"), (220, "ゆかり 産業振興課長"), (354, "曽根健司")]), "m"
    )
    assert [(r.name, r.title) for r in rows] == [("辻ゆかり", "住民福祉課長"), ("曽根健司", "産業振興課長")]


def test_a_kind_of_member_alone_on_its_line_over_rows_printing_their_own_roles_is_their_group():
    rows = parse_attendees(
        section(
            [(82, "委員")],
            [(96, "分科会長　栗山　敏行"), (240, "春雨福祉大学社会福祉学部教授")],
            [(96, "委員　生田　賢治"), (240, "春雨県身体障害者福祉協会理事長")],
            [(156, "上野　千夏"), (240, "社会福祉法人ひかり園施設長")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("委員", "分科会長", "栗山敏行", "春雨福祉大学社会福祉学部教授"),
        ("委員", "委員", "生田賢治", "春雨県身体障害者福祉協会理事長"),
        ("委員", "委員", "上野千夏", "社会福祉法人ひかり園施設長"),
    ]


def test_a_body_in_the_role_column_heads_its_officials_post_and_name_rows():
    rows = parse_attendees(
        section(
            [(84, "分科会長"), (176, "辻村　恭平")],
            [(84, "臨時委員"), (176, "朝比奈　優子"), (260, "五十嵐　学")],
            [(84, "国土交通省"), (176, "住宅局長"), (344, "真壁　敏夫")],
            [(176, "住宅局住宅政策課長"), (344, "片桐　陽菜")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("出席者", "分科会長", "辻村恭平", ""),
        ("出席者", "臨時委員", "朝比奈優子", ""),
        ("出席者", "臨時委員", "五十嵐学", ""),
        ("国土交通省", "", "真壁敏夫", "住宅局長"),
        ("国土交通省", "", "片桐陽菜", "住宅局住宅政策課長"),
    ]


def test_a_label_whose_colon_runs_into_its_entries_opens_its_own_run_under_labels_set_apart():
    rows = parse_attendees(
        section(
            [(82, "座長："), (166, "能登谷　礼子（湊都大学観光学部教授）")],
            [(82, "委員："), (166, "上杉　和馬（株式会社ひなた旅館代表取締役）、")],
            [(166, "湯浅　拓（株式会社ツアーリンク人事部長）")],
            [(82, "オブザーバー：　厚生労働省職業安定局：樋口課長補佐")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("座長", "座長", "能登谷礼子", "湊都大学観光学部教授"),
        ("委員", "委員", "上杉和馬", "株式会社ひなた旅館代表取締役"),
        ("委員", "委員", "湯浅拓", "株式会社ツアーリンク人事部長"),
        ("オブザーバー", "オブザーバー", "樋口", "厚生労働省職業安定局課長補佐"),
    ]


def test_a_whole_post_alone_on_its_line_goes_on_onto_the_next_row_indented_or_held_besides():
    rows = parse_attendees(
        section(
            [(96, "企画政策部次長"), (300, "三宅　順子")],
            [(96, "企画政策部公共施設マネジメント推進室長")],
            [(148, "兼資産活用課長"), (300, "島崎　孝司")],
            [(96, "総務部長"), (300, "長谷部　敏")],
            heading="説明のため出席した者",
        ),
        "m",
    )
    assert [(r.name, r.title) for r in rows] == [
        ("三宅順子", "企画政策部次長"),
        ("島崎孝司", "企画政策部公共施設マネジメント推進室長兼資産活用課長"),
        ("長谷部敏", "総務部長"),
    ]


def test_a_label_set_apart_from_the_body_heading_its_run_reads_as_on_one_line():
    apart = parse_attendees(section([(82, "事務局："), (166, "観光庁：香坂観光地域振興部長、沢渡観光人材政策室長ほか")]), "m")
    joined = parse_attendees(section([(82, "事務局：観光庁：香坂観光地域振興部長、沢渡観光人材政策室長ほか")]), "m")
    expected = [("事務局", "", "香坂", "観光庁観光地域振興部長"), ("事務局", "", "沢渡", "観光庁観光人材政策室長")]
    assert [(r.group, r.role, r.name, r.title) for r in apart] == expected
    assert [(r.group, r.role, r.name, r.title) for r in joined] == expected


def test_a_bracketed_sub_label_with_the_key_to_the_marks_on_its_line_heads_its_group():
    rows = parse_attendees(
        section(
            "（委員）　※印は代理出席",
            [(96, "大河内　忠（会長）"), (230, "※笠井　洋平"), (364, "宇佐美　亮")],
            "（事務局）",
            [(96, "福祉政策課主査"), (214, "上条　紗希")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title, r.proxy) for r in rows] == [
        ("委員", "会長", "大河内忠", "", False),
        ("委員", "委員", "笠井洋平", "", True),
        ("委員", "委員", "宇佐美亮", "", False),
        ("事務局", "", "上条紗希", "福祉政策課主査", False),
    ]


def test_a_members_bracket_glued_to_the_absentee_heading_is_their_role():
    from extractor.records import Kind, Section
    from tests.lines import line

    rows = parse_attendees(
        Section(
            Kind.ABSENTEES, "欠席者", 1, lines("桑島　伸也、椎名　朋子"), heading_line=line("◇欠席者（委員）　桑島　伸也、椎名　朋子")
        ),
        "m",
        table="absentees",
    )
    assert [(r.group, r.role, r.name) for r in rows] == [("欠席者", "委員", "桑島伸也"), ("欠席者", "委員", "椎名朋子")]
    rows = parse_attendees(
        Section(Kind.ABSENTEES, "欠席者", 1, lines("桑島　伸也"), heading_line=line("４　欠席者（敬称略）　桑島　伸也")),
        "m",
        table="absentees",
    )
    assert [(r.group, r.role) for r in rows] == [("欠席者", "")]
    # a bracket in the form's next cell is the first sub-group's label, not a note on the heading
    rows = parse_attendees(
        Section(
            Kind.ATTENDEES,
            "出席者",
            1,
            lines("（委員）", [(96, "石川　恵一")], "（事務局）", [(96, "健康福祉部長　宮坂　和宏")]),
            heading_line=line((72, "出席者"), (140, "（委員）")),
        ),
        "m",
    )
    assert [(r.group, r.role) for r in rows] == [("委員", "委員"), ("事務局", "")]


def test_a_heading_printed_with_etc_names_its_group_as_printed():
    from extractor.records import Kind, Section
    from tests.lines import line

    rows = parse_attendees(
        Section(
            Kind.ATTENDEES,
            "出席委員",
            1,
            lines([(ROLE, "部会長"), (NAME, "片桐　紀子"), (TITLE, "穂坂大学農学部教授")]),
            heading_line=line("３　出席委員等"),
        ),
        "m",
    )
    assert [(r.group, r.role, r.name) for r in rows] == [("出席委員等", "部会長", "片桐紀子")]
    rows = parse_attendees(
        Section(
            Kind.ATTENDEES,
            "出席委員",
            1,
            lines([(ROLE, "部会長"), (NAME, "片桐　紀子"), (TITLE, "穂坂大学農学部教授")]),
            heading_line=line("３　出席委員"),
        ),
        "m",
    )
    assert [r.group for r in rows] == ["出席委員"]


def test_a_role_as_wide_as_its_column_run_into_the_name_is_the_role_of_the_rows_under_it():
    rows = parse_attendees(
        section(
            [(84, "委員"), (150, "梶　　尚美"), (232, "氷室町区長会副会長")],
            [(84, "オブザーバー篠原　誠司"), (232, "楠木県危機管理部防災課主査")],
            [(150, "堀田　陽介"), (232, "陸上自衛隊第十二普通科連隊第三中隊長")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("委員", "梶尚美", "氷室町区長会副会長"),
        ("オブザーバー", "篠原誠司", "楠木県危機管理部防災課主査"),
        ("オブザーバー", "堀田陽介", "陸上自衛隊第十二普通科連隊第三中隊長"),
    ]


def test_a_secretariat_label_naming_only_a_division_gives_no_row():
    rows = parse_attendees(
        section(
            [(134, "白石　和也"), (204, "楠木市都市整備部長")],
            [(82, "事務局：楠木市都市整備部交通政策課")],
        ),
        "m",
    )
    assert [(r.group, r.name) for r in rows] == [("出席者", "白石和也")]


def test_a_bracketed_kind_left_of_the_columns_over_body_colon_entries_is_their_group():
    rows = parse_attendees(
        section(
            [(82, "（委員）")],
            [(96, "早乙女　大介"), (216, "撫子商工会議所青年部副会長")],
            [(96, "若松　恵理"), (216, "公募委員")],
            [(82, "（関係機関）")],
            [(82, "撫子児童相談所：秋山次長（代理）")],
            [(82, "撫子保健所：白井保健課長")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title, r.proxy) for r in rows] == [
        ("委員", "委員", "早乙女大介", "撫子商工会議所青年部副会長", False),
        ("委員", "委員", "若松恵理", "公募委員", False),
        ("関係機関", "", "秋山", "撫子児童相談所次長", True),
        ("関係機関", "", "白井", "撫子保健所保健課長", False),
    ]


def test_a_proxy_mark_after_a_name_stays_with_it_when_the_next_post_is_set_close():
    # 農業委員会会長|菊池　良平（代理）|選挙管理委員会 ⏎ ||事務局長: the mark is the name's, and the
    # post set close after it opens the next pair
    rows = parse_attendees(
        section(
            [(72, "市長"), (190, "高林　正臣"), (300, "副市長"), (418, "大和田　伸")],
            [(72, "農業委員会会長"), (190, "菊池　良平（代理）　選挙管理委員会"), (418, "島崎　冬美")],
            [(300, "事務局長")],
            heading="説明のため出席した者",
        ),
        "m",
    )
    assert [(r.name, r.title, r.proxy) for r in rows] == [
        ("高林正臣", "市長", False),
        ("大和田伸", "副市長", False),
        ("菊池良平", "農業委員会会長", True),
        ("島崎冬美", "選挙管理委員会事務局長", False),
    ]


def test_a_table_whose_post_column_is_headed_yakushoku_to():
    rows = parse_attendees(
        section(
            [(76, "区　分"), (154, "氏　名"), (264, "役　職　等")],
            [(76, "分科会長"), (154, "宮坂　孝之"), (264, "千早大学名誉教授")],
            [(76, "委　員"), (154, "新見　一樹"), (264, "日本税理士会連合会副会長")],
            [(154, "堀之内　順"), (264, "一般社団法人日本中小企業経営者協会")],
            [(264, "常務理事")],
            heading="出席委員",
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("出席委員", "分科会長", "宮坂孝之", "千早大学名誉教授"),
        ("出席委員", "委員", "新見一樹", "日本税理士会連合会副会長"),
        ("出席委員", "委員", "堀之内順", "一般社団法人日本中小企業経営者協会常務理事"),
    ]


def test_a_letter_spaced_head_label_cut_at_its_gap_opens_its_run():
    rows = parse_attendees(
        section(
            [(93, "主"), (124, "任：川端　文彦（東都工業大学工学院教授）")],
            [(93, "主任代理：小峰　さやか（北陵大学大学院情報科学研究科准教授）")],
            [(93, "構 成 員：芦田　剛（一般財団法人電磁環境技術センター主任研究員）、")],
            [(146, "鴫原　奈央（弁護士）")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("主任", "主任", "川端文彦", "東都工業大学工学院教授"),
        ("主任代理", "主任代理", "小峰さやか", "北陵大学大学院情報科学研究科准教授"),
        ("構成員", "構成員", "芦田剛", "一般財団法人電磁環境技術センター主任研究員"),
        ("構成員", "構成員", "鴫原奈央", "弁護士"),
    ]


def test_body_colon_rows_under_a_secretariat_heading_have_an_empty_role():
    # ５　事務局 ⏎ 教育委員会学校給食課：森田課長: the label names the secretariat, not a part played
    rows = parse_attendees(
        section(
            [(93, "教育委員会教育総務部：新井部長")],
            [(93, "教育委員会学校給食課：森田課長")],
            heading="事務局",
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("事務局", "", "新井", "教育委員会教育総務部部長"),
        ("事務局", "", "森田", "教育委員会学校給食課課長"),
    ]


def test_body_colon_rows_under_an_observer_heading_then_a_municipality_run():
    # オブザーバー： ⏎ 　協会：浜田事務局長 ⏎ 　連絡会：岡島代表【代理出席】 ⏎ 汐風市：宮坂総務部長、…
    rows = parse_attendees(
        section(
            [(104, "汐風国際交流協会：浜田事務局長")],
            [(104, "汐風地域日本語教室連絡会：岡島代表【代理出席】")],
            [(82, "汐風市：宮坂総務部長、篠原国際交流課長ほか")],
            heading="オブザーバー",
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title, r.proxy) for r in rows] == [
        ("オブザーバー", "オブザーバー", "浜田", "汐風国際交流協会事務局長", False),
        ("オブザーバー", "オブザーバー", "岡島", "汐風地域日本語教室連絡会代表", True),
        ("汐風市", "", "宮坂", "総務部長", False),
        ("汐風市", "", "篠原", "国際交流課長", False),
    ]


def test_a_職業等_header_column_is_the_title_column():
    rows = parse_attendees(
        section(
            [(76, "区　分"), (164, "氏　名"), (264, "職　業　等")],
            [(76, "会　長"), (164, "若狭　清隆"), (264, "弁護士")],
            [(76, "委　員"), (164, "蓮見　克己"), (264, "医師（織部県医師会）")],
            [(164, "金森　伸哉"), (264, "一級建築士")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("会長", "若狭清隆", "弁護士"),
        ("委員", "蓮見克己", "医師(織部県医師会)"),
        ("委員", "金森伸哉", "一級建築士"),
    ]


def test_a_name_cell_run_into_a_long_title_across_the_title_column_is_cut_at_that_column():
    rows = parse_attendees(
        section(
            [(84, "構成員"), (144, "土門　晴美"), (220, "警察庁生活安全局地域課長")],
            [(144, "桂木　道夫"), (220, "消防庁国民保護・防災部地域防災室長")],
            [(144, "中条 さやか 文部科学省総合教育政策局男女共同参画共生")],
            [(220, "社会学習・安全課長")],
            [(144, "飯干　健吾"), (220, "スポーツ庁参事官")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("構成員", "土門晴美", "警察庁生活安全局地域課長"),
        ("構成員", "桂木道夫", "消防庁国民保護・防災部地域防災室長"),
        ("構成員", "中条さやか", "文部科学省総合教育政策局男女共同参画共生社会学習・安全課長"),
        ("構成員", "飯干健吾", "スポーツ庁参事官"),
    ]


def test_a_short_label_at_the_indent_of_a_counted_sub_label_heads_the_next_part():
    rows = parse_attendees(
        section(
            [(104, "委員（１０名中９名出席）")],
            [(90, "委員長"), (150, "石動　恭介"), (270, "副委員長"), (330, "雁部　紗英")],
            [(90, "委員"), (150, "芹沢　信吾")],
            [(104, "区側")],
            [(90, "都市整備部長"), (250, "泉谷　勝之")],
            [(90, "地域振興課長"), (250, "吾妻　幸代")],
        ),
        "m",
    )
    assert [(r.group, r.role, r.name, r.title) for r in rows] == [
        ("委員", "委員長", "石動恭介", ""),
        ("委員", "副委員長", "雁部紗英", ""),
        ("委員", "委員", "芹沢信吾", ""),
        ("区側", "", "泉谷勝之", "都市整備部長"),
        ("区側", "", "吾妻幸代", "地域振興課長"),
    ]


def test_a_post_printed_before_the_name_in_the_name_column_is_the_title():
    rows = parse_attendees(
        section(
            [(88, "区分"), (178, "氏名"), (304, "備考")],
            [(88, "委員長"), (178, "堀之内　栄作")],
            [(88, "事務局"), (178, "局長　鮫島　英明")],
            [(178, "選挙係長　羽生　大輔")],
        ),
        "m",
    )
    assert [(r.role, r.name, r.title) for r in rows] == [
        ("委員長", "堀之内栄作", ""),
        ("事務局", "鮫島英明", "局長"),
        ("事務局", "羽生大輔", "選挙係長"),
    ]


def test_a_short_name_part_or_a_run_of_items_at_a_column_start_is_not_cut_off():
    from extractor.parse.attendees import _cells_split_at_columns
    from tests.lines import line

    rows = [
        line((84, "委員"), (144, "中原"), (186, "昇議員")),
        line((84, "委員"), (144, "服部"), (186, "孝議員")),
        line((84, "委員"), (144, "沢田"), (186, "弘議員")),
        line((84, "委員"), (144, "久保"), (207, "課長")),
        line((84, "委員"), (144, "大野"), (207, "課長")),
        line((84, "委員"), (144, "石田"), (207, "課長")),
        line((84, "委員"), (144, "小笠原 直美議員")),
        line((84, "委員"), (144, "農林水産省 光岡局長、杉山審議官")),
    ]
    assert [[c.text for c in l.cells] for l in _cells_split_at_columns(rows)][6:] == [
        ["委員", "小笠原 直美議員"],
        ["委員", "農林水産省 光岡局長、杉山審議官"],
    ]
