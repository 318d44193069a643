"""Titles into the organization a person serves and the post held there.

An organization is the body a title opens with, at the level a researcher counts by: a
ministry or agency (内閣府, 総務省, 警察庁, 公正取引委員会), a prefecture or municipality
(島根県, 京都市), a university, a company, an association. What follows it is the post
(大臣官房審議官（経済安全保障担当）). Minutes of a local assembly or council list its own
staff by post alone (財務部長, 教育長); they serve the local government the minutes belong
to, which the series or title names (函館市議会 → 函館市).

Rules over Sudachi's morphemes (through ``names.tokens``) and a vocabulary of kinds of body,
never a list of particular organizations.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .names import compact, tokens

NATIONAL, LOCAL, UNIVERSITY, COMPANY, ASSOCIATION, OTHER = (
    "national_government",
    "local_government",
    "university",
    "company",
    "association",
    "other",
)

# The ends of a government body's name, which open a title: 総務省, こども家庭庁, 内閣府, and the
# state's regional bureaus (中国地方整備局, 東北運輸局).
_NATIONAL_END = re.compile(
    r"(?:省|庁|^内閣府|^内閣官房|^会計検査院|^人事院|^衆議院|^参議院|裁判所|地方整備局|運輸局|農政局|"
    r"経済産業局|財務局|法務局|労働局|地方環境事務所)$"
)
# A municipality's own commissions and committees are part of it, not bodies of the state.
_LOCAL_COMMISSION = re.compile(r"(?:教育|選挙管理|農業|人事|公平|監査|固定資産評価審査|公安|収用|海区漁業調整)委員会$")
_LOCAL_SUFFIX = frozenset("都道府県市区町村")
_COMMON_NOUN_SUFFIX = frozenset("県市区町村")  # 南海 市, not 上下水 道
# 会 ends a body's name (日本医師会, 全国知事会) unless it ends a unit inside one (部会, 委員会).
_ASSOCIATION_END = re.compile(r"(?:協会|組合|会議所|連盟|財団|会議|団体|協議会|(?<!部)(?<!分科)(?<!委員)(?<!議)(?<!社)会)$")
_ENDS = (
    (re.compile(r"(?:大学|大学校|短期大学|高等専門学校)$"), UNIVERSITY),
    (re.compile(r"(?:株式会社|有限会社|合同会社|銀行|信用金庫|新聞社)$"), COMPANY),
    (_ASSOCIATION_END, ASSOCIATION),
    (re.compile(r"(?:機構|研究所|センター|病院|公社|公団|事業団|金庫|事務所|警察署|警察本部)$"), OTHER),
)
# Units inside a body, and posts: the body's name ends before them.
_UNIT = re.compile(
    r"^(?:部|局|課|室|係|班|支部|本部|支所|支社|支店|部会|分科会|委員会|事務局|研究科|学部|学科|研究院|大学院|"
    r"事業部|営業部|総局|官房)"
)
_UNIVERSITY_INSIDE = re.compile(r"^.+?大学(?!院)")
# Legal forms printed before a body's own name (株式会社ＮＴＴデータ, 一般社団法人日本経済団体連合会).
_LEGAL_FORM = re.compile(
    r"^(?:株式会社|有限会社|合同会社|(?:一般|公益)(?:社団|財団)法人|社会福祉法人|特定非営利活動法人|NPO法人|"
    r"独立行政法人|国立研究開発法人|国立大学法人|学校法人|地方独立行政法人)"
)
_LEGAL_KIND = {"株式": COMPANY, "有限": COMPANY, "合同": COMPANY, "国立大学": UNIVERSITY, "学校": UNIVERSITY}
# Words that begin a post rather than continue a body's name.
_POST_WORDS = re.compile(
    r"^(?:代表|取締役|社長|副社長|会長|副会長|理事|専務|常務|執行役|顧問|参与|部長|課長|室長|局長|所長|院長|"
    r"教授|准教授|講師|研究員|主任|特任|名誉|事務局|事務総長|委員|監事|本部長|支部長|総裁|副総裁|頭取)"
)
# A post in a local government's own offices: a unit's head, or the executive's own posts.
_LOCAL_POST = re.compile(
    r"(?:部|局|課|室|所|署|館|センター|事務局|委員会|支所|出張所|区役所|担当)(?:長|次長|参事|主幹|補佐|理事|監|審議監|総括)"
    r"|^副?(?:市|町|村|区)長|^副?知事|^教育長|^(?:公営企業|水道事業|病院事業|下水道事業)管理者|^会計管理者|"
    r"^(?:代表)?監査委員|^消防長|^収入役|^技監|^理事|^局長|^部長|^課長"
)


# The head of a local government, printed as one word with its body: 北川市長, 高森県知事.
_LOCAL_HEAD = re.compile(
    r"^(?!副|全国|各)(?P<place>[^()]{2,10}?)(?<![市区町村都道府県副])(?:(?P<unit>[市区町村])長|(?P<prefecture>[都道府県])知事)$"
)
# A facility a local government runs, named without the government (県立病院, 市立図書館).
_OWN_FACILITY = re.compile(r"^[都道府県市区町村]立")


def split_title(title: str, host: str = "") -> tuple[str, str, str]:
    """``(organization, post, kind)`` from a title as printed.

    >>> split_title("内閣府特命担当大臣(科学技術政策)")
    ('内閣府', '特命担当大臣(科学技術政策)', 'national_government')
    >>> split_title("公正取引委員会事務総局官房デジタル・国際総括審議官")[:2]
    ('公正取引委員会', '事務総局官房デジタル・国際総括審議官')
    >>> split_title("こども家庭庁長官官房審議官")[0], split_title("島根県農業協同組合地域振興部長")[:2]
    ('こども家庭庁', ('島根県農業協同組合', '地域振興部長'))
    >>> split_title("宮崎県農政水産部農業普及技術課長"), split_title("東京大学大学院法学政治学研究科教授")[:2]
    (('宮崎県', '農政水産部農業普及技術課長', 'local_government'), ('東京大学', '大学院法学政治学研究科教授'))
    >>> split_title("慶應義塾大学法学部教授")[:2]
    ('慶應義塾大学', '法学部教授')
    >>> split_title("南海市都市整備局交通政策課長")[0], split_title("全国商工団体協議会委員長")[0]
    ('南海市', '全国商工団体協議会')
    >>> split_title("株式会社日本総合研究所理事"), split_title("弁護士")
    (('株式会社日本総合研究所', '理事', 'company'), ('', '弁護士', ''))
    >>> split_title("財務部長", host="函館市"), split_title("財務部長"), split_title("都市計画課長", host="京都市")[0]
    (('函館市', '財務部長', 'local_government'), ('', '財務部長', ''), '京都市')
    >>> split_title("みどり町長"), split_title("高森県知事")[:2], split_title("副市長")[0]
    (('みどり町', '長', 'local_government'), ('高森県', '知事'), '')
    >>> split_title("楓川市長(全国市長会)")
    ('楓川市', '長(全国市長会)', 'local_government')
    >>> split_title("県立病院課長", host="高森県")[0]
    '高森県'
    """
    text = unicodedata.normalize("NFKC", compact(title))
    if not text:
        return "", "", ""
    bracket = re.search(r"\([^()]*\)$", text)
    head = _LOCAL_HEAD.match(text[: bracket.start()] if bracket else text)
    if head:  # みどり町長, 高森県知事, 楓川市長(全国市長会): the head of the local government
        organization = head.group("place") + (head.group("unit") or head.group("prefecture"))
        return organization, text[len(organization) :], LOCAL  # the post is what follows: 長, 知事
    morphemes = tokens(text)
    found = _leading_body(text, morphemes)
    if found and host and _OWN_FACILITY.match(found[0]):
        return host, text, LOCAL  # 県立病院課長 in the prefecture's own list: its staff
    if found:
        organization, kind = found
        return organization, text[len(organization) :].lstrip("・ "), kind
    if host and _LOCAL_POST.search(re.sub(r"\([^)]*\)", "", text)):
        return host, text, LOCAL
    return "", text, ""


def host_government(*texts: str) -> str:
    """The local government whose assembly, committee or council the minutes record, named at the
    start of the series or title (函館市議会定例会 → 函館市, 島根県景観審議会 → 島根県); "" for others.

    >>> host_government("函館市議会定例会"), host_government("", "令和6年第1回北原区議会定例会会議録")
    ('函館市', '北原区')
    >>> host_government("横浜市会"), host_government("産業交通水道委員会"), host_government("中央環境審議会")
    ('横浜市', '', '')
    >>> host_government("雲雀野市議会定例会")
    '雲雀野市'

    """
    for text in texts:
        text = re.sub(r"^(?:(?:令和|平成|昭和)\s*\S+?年度?)?\s*(?:第\s*\S+?\s*回)?\s*", "", compact(text or ""))
        place = _local_government(text, tokens(text))
        if place:
            return place
    return ""


def host_from_text(texts: list[str], assembly: bool = False) -> str:
    """The local government a record speaks of as itself (本市, 本区, …): the one of that kind it
    names most often (京都市 in a 市会 committee's record that never prints its own city in
    the heading), at least three times. In an assembly committee's record (``assembly``),
    which need not say 本市, the local government it names most often, at least twice and
    more often than any other. "" otherwise.

    >>> host_from_text(["本市の交通局は", "京都市の市バスと京都市の地下鉄", "豊田市と京都市"])
    '京都市'
    >>> host_from_text(["京都市と京都市と京都市"]), host_from_text(["令和元年度徳島県予算", "徳島県の"], assembly=True)
    ('', '徳島県')
    """
    text = "\n".join(texts)
    own = Counter(_SELF_REFERENCE.findall(text))
    if not own and not assembly:
        return ""
    suffixes = own.most_common(1)[0][0] if own else "".join(_LOCAL_SUFFIX)
    named: Counter = Counter()
    for match in re.finditer(rf"[\u4e00-\u9fff々ヶ]{{2,8}}[{suffixes}]", text):
        place = _place_at_end(match.group(0))
        if place and _word_ends(text[match.end() - len(place) : match.end() + 2], len(place)):
            named[place] += 1
    if not named:
        return ""
    (place, count), *others = named.most_common(2)
    if own:
        return place if count >= 3 else ""
    return place if count >= 2 and (not others or others[0][1] < count) else ""


_SELF_REFERENCE = re.compile(r"(?<![\u4e00-\u9fff])本(市|区|町|村|県|都|府)(?![\u4e00-\u9fff]*(?:場|家|人|部|店))")


def _word_ends(text: str, at: int) -> bool:
    """True when a morpheme ends at ``at`` in the text (地方卸売市|場 is not a place)."""
    offset = 0
    for surface, _ in tokens(text):
        offset += len(surface)
        if offset >= at:
            return offset == at
    return True


def _place_at_end(run: str) -> str:
    """The longest tail of a kanji run that reads as one place name and its 市/区/…: 年度青森市 → 青森市."""
    for start in range(0, len(run) - 2):
        tail = run[start:]
        if _local_government(tail, tokens(tail)) == tail:
            return tail
    return ""


def _leading_body(text: str, morphemes) -> tuple[str, str] | None:
    """The body a title opens with, and its kind: the first name ending as a body does, grown
    over the words after it while they end as an association does (全国農業協同組合 中央会,
    日本病院 薬剤師会), up to a unit or a post (…工業会|物流部会長)."""
    legal = _LEGAL_FORM.match(text)
    local = "" if legal else _local_government(text, morphemes)
    found: tuple[str, str] | None = None
    if local and text[len(local) :].startswith("議会"):
        return local + "議会", LOCAL  # 岡山県議会 議員
    so_far = ""
    for index, (surface, pos) in enumerate(morphemes[:12]):
        rest = text[len(so_far) :]
        if (found or local) and (_UNIT.match(rest) or _POST_WORDS.match(rest)):
            break
        so_far += surface
        if len(so_far) <= len(local) or (legal and len(so_far) <= legal.end()):
            continue
        if found:
            if _ASSOCIATION_END.search(so_far) and not so_far.endswith("委員会"):
                found = (so_far, found[1] if found[1] in (ASSOCIATION, COMPANY) else ASSOCIATION)
            continue
        if local:
            if any(e.search(so_far) for e, k in _ENDS if k != OTHER):
                found = (so_far, next(k for e, k in _ENDS if e.search(so_far)))  # 島根県農業協同組合
            continue
        if "人名" in pos and index == 0 and len(morphemes) > 1:
            continue  # 北川 of 北川警察署 reads as a family name; the body may still follow
        if so_far.endswith("委員会"):
            if _LOCAL_COMMISSION.search(so_far) or pos[1] != "固有名詞":
                return None
            found = (so_far, NATIONAL)
            continue
        if _NATIONAL_END.search(so_far) and not so_far.endswith(("長官", "局長官")) and not legal:
            found = (so_far, NATIONAL)
            continue
        for ending, kind in _ENDS:
            if ending.search(so_far) and (pos[1] == "固有名詞" or index > 0):
                found = (so_far, _legal_kind(legal.group(0)) if legal else kind)
                break
        else:
            inside = _UNIVERSITY_INSIDE.match(so_far)
            if inside and pos[1] == "固有名詞" and not legal:
                return inside.group(0), UNIVERSITY  # one morpheme for a university and its faculty
    if found:
        return found
    if local:
        return local, LOCAL
    if legal:
        return _after_legal_form(text, legal.group(0), morphemes)
    return None


def _legal_kind(form: str) -> str:
    if form.endswith(("独立行政法人", "研究開発法人")):
        return OTHER
    return next((k for prefix, k in _LEGAL_KIND.items() if form.startswith(prefix)), ASSOCIATION)


def _after_legal_form(text: str, form: str, morphemes) -> tuple[str, str]:
    """A legal form and the name after it, up to the first word of a post (株式会社NTTデータ|代表取締役)."""
    end, offset = len(form), 0
    for surface, _ in morphemes:
        start, offset = offset, offset + len(surface)
        if offset <= len(form):
            continue
        if _POST_WORDS.match(text[start:]) or _UNIT.match(text[start:]):
            break
        end = offset
    return text[:end], _legal_kind(form)


def _local_government(text: str, morphemes) -> str:
    """A prefecture or municipality at the start: one place-name morpheme ending in 県/市/…,
    or a name followed by the one-character 市/区/町/… (若葉 市, 北原 区), or by 市会/町議会."""
    if not morphemes:
        return ""
    first, pos = morphemes[0]
    if pos[2] == "地名" and first[-1] in _LOCAL_SUFFIX and len(first) >= 2:
        return first
    place_like = pos[1] == "固有名詞" or (
        pos[1] == "普通名詞" and 2 <= len(first) <= 3 and _KANJI.match(first) and first not in _NOT_PLACES
    )
    if len(morphemes) > 1 and place_like:
        after, after_pos = morphemes[1]
        if after_pos[2] == "地名" and after[-1] in _LOCAL_SUFFIX and len(after) == 2:
            return first + after  # 雲雀|野市, 久井|沢町: a place the dictionary cuts in two
        common_noun = pos[1] != "固有名詞"
        if after[0] in (_COMMON_NOUN_SUFFIX if common_noun else _LOCAL_SUFFIX) and (
            len(after) == 1 or re.match(r"^.(?:議会|会)", after)
        ):
            return first + after[0]
    return ""


_KANJI = re.compile(r"^[\u4e00-\u9fff々]+$")
# Words that stand before 市/町/村 without naming a place (政令市, 全国町村会).
_NOT_PLACES = frozenset({"政令", "中核", "指定", "特例", "全国", "各", "当該", "関係", "近隣", "周辺", "都道府", "市区", "市町"})
