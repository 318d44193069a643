"""Person names: as printed, as stored, and told apart from the posts printed beside them.

The only module that imports sudachipy. One tokenizer per process, made on first use.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sudachipy import SplitMode, dictionary

_HONORIFIC = re.compile(r"(?<=..)(?:議員|君|様|氏|殿)+$")
_SPACE = re.compile(r"\s+")
# A post or title ends in one of these (長 for 局長/部長/市長, 官 for 審議官, 監 for 技監, …).
_POST_END = re.compile(
    r"(?:長|官|監|者|員|役|事|問|与|佐|補|士|授|師|記|臣|総理|付|代理|代行|担当|総裁|主幹|主査|主任|兼務|参事|専門職|リーダー)"
    r"(?:\([^)]*\))?$"
)
# 図書館, 研修館: 館 after two letters at least, since 大館 and 小館 are family names.
_ORGANIZATION_END = re.compile(r"(?:省|庁|府|局|部|課|室|会|所|院|庁|団|機構|法人|大学|会社|組合|センター|協会|本部|事務局|署|(?<=..)館|(?<=[都道府県])警察)$")
_PERSON = "人名"
_KANJI_ONLY = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々]+$")
_KANA_TAIL = re.compile(r"[\u3041-\u309f]+$")
_HIRAGANA = re.compile(r"^[\u3041-\u309f]")
_KANA_OR_KANJI = re.compile(r"^[\u3041-\u309f\u30a0-\u30ff\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff々〆ヶ]+$")


@lru_cache(maxsize=1)
def _tokenizer():
    return dictionary.Dictionary(dict="core").tokenizer(mode=SplitMode.C)


# Variant characters printed in names (the names keep them) read as their common form,
# which is the one the dictionary knows, and give the same name_key. One character to
# one, so positions hold.
_VARIANTS = str.maketrans(
    "髙﨑嵜德邊邉齊齋濵濱惠栁塚琢嶋冨廣澤櫻眞國實壽榮淺瀨藏龍黑團",
    "高崎崎徳辺辺斉斎浜浜恵柳塚琢島富広沢桜真国実寿栄浅瀬蔵竜黒団",
)


@lru_cache(maxsize=20_000)
def _analysis(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``(surface as printed, part of speech)`` of each morpheme."""
    return tuple((surface, pos) for surface, pos, _ in _morphemes(text))


@lru_cache(maxsize=20_000)
def _morphemes(text: str) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """``(surface as printed, part of speech, katakana reading or "")`` of each morpheme."""
    common = text.translate(_VARIANTS)
    out, offset = [], 0
    for morpheme in _tokenizer().tokenize(common):
        length = len(morpheme.surface())
        reading = "" if morpheme.is_oov() else morpheme.reading_form()
        out.append((text[offset : offset + length], tuple(morpheme.part_of_speech()[:4]), reading))
        offset += length
    return tuple(out)


def dictionary_version() -> str:
    """The Sudachi dictionary's version, as its package states it."""
    from importlib import metadata

    try:
        return metadata.version("sudachidict-core")
    except metadata.PackageNotFoundError:
        return "unknown"


def compact(raw: str) -> str:
    return _SPACE.sub("", raw)


def display_name(raw: str) -> str:
    """A name without its layout spaces and honorific suffix.

    >>> display_name("熊谷 和哉"), display_name("細 谷 昌 弘"), display_name("平山たかお議員")
    ('熊谷和哉', '細谷昌弘', '平山たかお')
    """
    return _HONORIFIC.sub("", compact(raw))


def is_post(text: str) -> bool:
    """True for an official post or title (審議官, 子ども未来部長), false for a name.

    >>> is_post("内閣府特命担当大臣(科学技術政策)"), is_post("市長"), is_post("大泉潤"), is_post("逢阪貴士")
    (True, True, False, False)
    """
    text = compact(text)
    if not (_POST_END.search(text) or _ORGANIZATION_END.search(text)):
        return False
    core = _analysis(re.sub(r"\([^)]*\)$", "", text)) or (("", ()),)
    return _PERSON not in core[-1][1] and not _starts_with_person(text)


def is_organization(text: str) -> bool:
    """True for a body's name used as a label (区議会事務局, 交通局), not a post.

    >>> is_organization("交通局"), is_organization("区議会事務局"), is_organization("事務局長")
    (True, True, False)
    """
    text = compact(text)
    if not _ORGANIZATION_END.search(text) or _POST_END.search(text):
        return False
    # 藍沢警察署, 藍沢市医師会: a body named after a place the dictionary knows as a family
    # name; a family name with one letter after it (服部 cut as 服 + 部) is still a name.
    tokens = _analysis(text)
    return not _starts_with_person(text) or len(text) - len(tokens[0][0]) >= 2


def _post_before_name(text: str) -> bool:
    """A post printed before a name; not a family name ending like a body (友部, 服部: 部)."""
    if not is_post(text):
        return False
    tokens = _analysis(compact(text))
    return not (len(compact(text)) <= 2 and len(tokens) == 1 and tokens[0][1][1] == "固有名詞")


def looks_like_name(text: str) -> bool:
    """True for text that can be a person's name as lists print them.

    >>> looks_like_name("大 泉 潤"), looks_like_name("おおにし 順子"), looks_like_name("市長"), looks_like_name("1番")
    (True, True, False, False)
    >>> looks_like_name("総務"), looks_like_name("南部剛"), looks_like_name("市民生活部長 内山 隆")
    (False, True, False)
    >>> looks_like_name("全国衛生部長会"), looks_like_name("友部 健太")
    (False, True)
    """
    parts = text.split(" ")
    if any(_post_before_name("".join(parts[:i])) for i in range(1, len(parts))):
        return False  # a post, then a name
    text = display_name(text)
    if not 1 <= len(text) <= 10 or not _KANA_OR_KANJI.match(text):
        return False
    if len(text) >= 6 and _KANJI_ONLY.match(text) and _ORGANIZATION_END.search(text):
        return False  # 全国衛生部長会, however Sudachi reads it: a body, not a name of six kanji
    tokens = _analysis(text)
    if len(text) >= 2 and all(pos[:2] == ("名詞", "普通名詞") or pos[0] in ("接頭辞", "接尾辞") for _, pos in tokens):
        return False  # common nouns only: 総務, 財政, 内閣官房副長官補
    return not is_post(text) and not split_name_title(text)[1] and not is_organization(text)


def ends_with_post(text: str) -> bool:
    """True when the text ends in a post (次長, 審議官), not merely an organization (南部, 総務部)."""
    return bool(_POST_END.search(compact(text)))


def starts_as_person(text: str) -> bool:
    """True when Sudachi reads the text as opening with a family name (南部剛, not 南部)."""
    tokens = _analysis(compact(text))
    return bool(tokens) and _PERSON in tokens[0][1]


def split_name_title(text: str, expect_person: bool = False) -> tuple[str, str]:
    """``(name, title)`` from a name printed straight before its post, with no gap.

    Sudachi marks the family and given names (人名); the post is what follows,
    and must read as a post. Otherwise the whole text is the name.

    >>> split_name_title("北村信幸公営企業管理者(交通局長)")
    ('北村信幸', '公営企業管理者(交通局長)')
    >>> split_name_title("藤野課長"), split_name_title("日下部徹次長")
    (('藤野', '課長'), ('日下部徹', '次長'))
    >>> split_name_title("宮腰内閣府特命担当大臣(消費者及び食品安全)")
    ('宮腰', '内閣府特命担当大臣(消費者及び食品安全)')
    >>> split_name_title("青木克德")
    ('青木克德', '')

    Where the layout says a person comes first (``消費者庁：伊藤長官、高島審議官``,
    a column of names run into posts), a name Sudachi does not know ends where
    a post's first word begins:

    >>> split_name_title("高島審議官"), split_name_title("高島審議官", expect_person=True)
    (('高島審議官', ''), ('高島', '審議官'))
    >>> split_name_title("松下重志産業企画室長", expect_person=True)
    ('松下重志', '産業企画室長')
    >>> split_name_title("宮崎大臣官房審議官", expect_person=True)
    ('宮崎', '大臣官房審議官')
    >>> split_name_title("平田再生可能エネルギー推進室長", expect_person=True)
    ('平田', '再生可能エネルギー推進室長')
    """
    text = compact(text)
    tokens = _analysis(text)
    end, person = 0, False
    for index, (surface, pos) in enumerate(tokens):
        if _PERSON in pos:
            person = True
        elif (
            person
            and index == 1
            and pos[:2] == ("名詞", "固有名詞")
            and len(surface) <= 3
            and not _ORGANIZATION_END.search(surface)
        ):
            pass  # a given name Sudachi reads as a place (野口 穂高)
        elif index == 0 and len(tokens) > 1 and _PERSON in tokens[1][1]:
            pass  # a family name Sudachi does not know, before a given name it does (宿村篤由)
        elif person and pos[0] == "接尾辞" and len(surface) == 1 and not _POST_END.match(surface) and index > 1:
            pass  # a one-character tail of a given name (金田ひろ野)
        else:
            break
        end += len(surface)
    name, title = text[:end], text[end:]
    if person and name and title and is_post(title):
        return name, title
    if expect_person:
        return _split_at_post(text)
    return text, ""


# Words a post or an office begins with, so that a two-character name may stand before
# them (宮崎 大臣官房審議官); a longer name is tried first otherwise (宮田一行 企業誘致推進室長).
_POST_STARTS = (
    "大臣", "副大臣", "政務官", "長官", "次官", "事務次官", "審議官", "参事官", "官房", "総括", "統括", "局長", "部長",
    "課長", "室長", "次長", "所長", "理事", "会長", "社長", "教授", "准教授", "委員", "総裁", "知事", "副知事", "市長",
    "副市長", "町長", "村長", "区長", "議長", "主任", "主査", "係長", "主事", "参与", "顧問", "事務局",
)


def _whole_family(word: str, text: str) -> bool:
    """A word the dictionary reads as a place inside the text (大和田 of 大和田行政課課長補佐) but,
    alone, as a family name, with a post after it."""
    read = _analysis(word)
    post = text[len(word) :]
    return len(read) == 1 and read[0][1][2:4] == ("人名", "姓") and len(post) >= 2 and is_post(post)


def split_family_post(text: str) -> tuple[str, str]:
    """``(family name, post)`` from a staff member listed under their organization as a family
    name run into the post (林野庁：井出森林整備部長): the shortest name of two characters or
    more that ends where Sudachi ends a word and leaves a post. ``(text, "")`` when none does.

    >>> split_family_post("井出森林整備部長"), split_family_post("宮内木材利用課長")
    (('井出', '森林整備部長'), ('宮内', '木材利用課長'))
    >>> split_family_post("森社会教育振興総括官")
    ('森', '社会教育振興総括官')
    >>> split_family_post("長谷部雇用保険課調査官"), split_family_post("資源エネルギー庁")
    (('長谷部', '雇用保険課調査官'), ('資源エネルギー庁', ''))
    >>> split_family_post("大庭町民生活課長")
    ('大庭', '町民生活課長')
    """
    text = compact(text)
    tokens = _analysis(text)
    if tokens and tokens[0][1][2] == "地名" and len(tokens[0][0]) >= 3 and _whole_family(tokens[0][0], text):
        return tokens[0][0], text[len(tokens[0][0]) :]  # 大和田行政課課長補佐: the place is a family name whole
    if tokens and tokens[0][1][2] == "地名" and len(tokens[0][0]) >= 3:
        # 大庭町民生活課長: a family name the dictionary runs into the post's first letter as a place
        family = tokens[0][0][:-1]
        read = _analysis(family)
        post = text[len(family) :]
        if len(read) == 1 and _PERSON in read[0][1] and len(post) >= 4 and is_post(post):
            return family, post
    offset = 0
    for surface, pos in tokens:
        offset += len(surface)
        name, post = text[:offset], text[offset:]
        if len(name) > 4 or not _KANA_OR_KANJI.match(name):
            break
        # A one-letter family name when the dictionary reads it as one (森 社会教育振興総括官), or as a
        # word of its own before a post that is not a post's own prefix (乾 健康・生活衛生局…課長).
        # Not a numeral: 八 | 代障害福祉課長 is 八代 | 障害福祉課長.
        one_letter = _PERSON in pos or (
            _KANJI_ONLY.match(name) and name not in "副総元前新次主首正準上大旧" and pos[0] in ("名詞", "接頭辞")
            and pos[1:2] != ("数詞",)
        )
        if (len(name) >= 2 or one_letter) and len(post) >= 2 and post[0] not in "・、" and not name.endswith("・") and is_post(post):
            return name, post
    return _family_representative(text, tokens) or (text, "")


def _family_representative(text: str, tokens: list) -> tuple[str, str] | None:
    """岡島代表: a family name the dictionary knows as one, run into 代表 (a group's representative),
    a post that ends in no post's ending; 市民代表 and 住民代表 name no one."""
    match = re.fullmatch(r"(?P<family>.+?)(?P<post>(?:副|共同)?代表)", text)
    if not match or len(tokens) < 2 or tokens[0][0] != match.group("family") or _PERSON not in tokens[0][1]:
        return None
    return match.group("family"), match.group("post")


def _office_then_head(post: str, surface: str) -> bool:
    """Whether an office (企画財政課) and a 長 that Sudachi put on the name's side (長曽根昭夫)
    are one post: 課長 with the name after, read like 教育|長森 above."""
    return post[-1] in "課部局室係" and surface[0] == "長" and len(surface) >= 3


def split_posts_and_names(text: str) -> list[tuple[str, str]] | None:
    """``[(post, name), …]`` from posts and names run together, as a list of officials set in
    evenly spread letters comes out of the page (町長平野康弘副町長西田隆): Sudachi's person
    names are the names, what lies between them the posts. None unless every part reads so.

    >>> split_posts_and_names("町長平野康弘副町長西田隆")
    [('町長', '平野康弘'), ('副町長', '西田隆')]
    >>> split_posts_and_names("教育長森正人総務課長今井秀樹")
    [('教育長', '森正人'), ('総務課長', '今井秀樹')]
    >>> split_posts_and_names("北川大学経済学部教授"), split_posts_and_names("全国衛生部長会")
    (None, None)
    """
    pairs: list[tuple[str, str]] = []
    post = name = ""
    for surface, pos in _analysis(compact(text)):
        if _PERSON in pos and post:
            if not name and len(surface) > 1 and is_post(post + surface[0]) and (not is_post(post) or _office_then_head(post, surface)):
                post, surface = post + surface[0], surface[1:]  # 教育|長森|正人: the 長 is the post's
            name += surface
        else:
            if name:
                pairs.append((post, name))
                post = name = ""
            post += surface
    if not name:
        return None
    pairs.append((post, name))
    if any(not is_post(post) or not 2 <= len(name) <= 6 for post, name in pairs):
        return None
    return pairs


def _split_at_post(text: str) -> tuple[str, str]:
    """Split before the first word of a post, leaving a name of usual length (three to five characters first).

    The name must hold something other than common nouns (産業企画室長 is a post, not 産業企 + 画室長).
    """
    spans, offset = [], 0
    for surface, pos in _analysis(text):
        spans.append((offset, offset + len(surface), pos))
        offset += len(surface)
    boundaries = {end for _, end, _ in spans}
    short = [n for n in (2, 1) if n in boundaries and text[n:].startswith(_POST_STARTS)]
    for length in (*short, 3, 4, 5, 2, 6, 1):
        name, title = text[:length], text[length:]
        if len(title) < 2 or not _KANA_OR_KANJI.match(name) or not is_post(title):
            continue
        if all(pos[:2] == ("名詞", "普通名詞") for start, _, pos in spans if start < length):
            continue
        if any(0 < start < length and end - start >= 2 and pos[2] == "サ変可能" for start, end, pos in spans):
            continue  # a word for doing something is no given name (平田 再生可能エネルギー推進室長)
        first, pos = _analysis(title)[0]
        if title in ("長", "官") or (len(first) >= 2 and _PERSON not in pos and pos[0] in ("名詞", "形状詞")):
            return name, title
        if len(first) >= 2 and pos[0] == "名詞" and _POST_END.search(first):
            return name, title
    return text, ""


def _starts_with_person(text: str) -> bool:
    tokens = _analysis(text)
    if not tokens or _PERSON not in tokens[0][1] or len(tokens[0][0]) >= len(text):
        return False
    # 朱鷺野中央地域包括支援センター長: a place the dictionary knows only as a given name opens
    # a long post; a given name is followed by a short part (裕司委員) or by more of a name.
    rest = text[len(tokens[0][0]) :]
    return tokens[0][1][3] != "名" or len(rest) <= 5 or _PERSON in tokens[1][1]


def name_key(name: str) -> str:
    """The name as it matches across documents: NFKC, no spaces, variant characters in their
    common form, so that 髙橋 and 高橋, 渡邊 and 渡辺 give one key.

    >>> name_key("髙橋 一郎") == name_key("高橋一郎"), name_key("渡邊昇治")
    (True, '渡辺昇治')
    """
    return unicodedata.normalize("NFKC", display_name(unicodedata.normalize("NFKC", name))).translate(_VARIANTS)


def reads_as_family_and_given(family: str, given: str) -> bool:
    """True when Sudachi reads ``family`` as a family name and ``given`` as the given name after it
    (北条 正明, 井筒 とし子), so that the two, printed apart, are one person.

    >>> reads_as_family_and_given("北条", "正明"), reads_as_family_and_given("北条", "三雲")
    (True, False)
    """
    family, given = compact(family), compact(given)
    if not (1 <= len(family) <= 3 and 1 <= len(given) <= 3):
        return False
    offset, kinds = 0, []
    for surface, pos, _ in _morphemes(family + given):
        kinds.append((offset, pos))
        offset += len(surface)
    at = dict(kinds)
    if len(family) not in at or not all(pos[2:4] == ("人名", "姓") for start, pos in kinds if start < len(family)):
        return False
    alone = _morphemes(given)
    if len(alone) == 1 and alone[0][1][2:4] == ("人名", "姓"):
        return False  # 北条 | 三雲: two family names side by side
    first_given = at[len(family)]
    return first_given[2:4] == ("人名", "名") or bool(_HIRAGANA.match(given))


def split_family_given(raw: str) -> tuple[str, str]:
    """``(family, given)``: at the one space the list prints between them, otherwise where
    Sudachi's analysis puts the first given name (人名,名) after a family name (人名,姓).
    A lone family name gives ``(family, "")``; a name the dictionary cannot divide, ``("", "")``.

    >>> split_family_given("熊谷 和哉"), split_family_given("楠正憲"), split_family_given("細 谷 昌 弘")
    (('熊谷', '和哉'), ('楠', '正憲'), ('細谷', '昌弘'))
    >>> split_family_given("藤野"), split_family_given("逢阪貴士"), split_family_given("筒井たかひさ")
    (('藤野', ''), ('逢阪', '貴士'), ('筒井', 'たかひさ'))
    """
    name = display_name(raw)
    parts = _SPACE.split(_HONORIFIC.sub("", raw.strip()))
    if len(parts) == 2 and "".join(parts) == name:
        return parts[0], parts[1]
    morphemes = _morphemes(name)
    if not morphemes:
        return "", ""
    given_at = next((i for i, (_, pos, _) in enumerate(morphemes) if i and pos[2:4] == ("人名", "名")), None)
    if given_at is None and (morphemes[0][1][2:4] == ("人名", "姓") or morphemes[0][1][1] == "固有名詞"):
        given_at = 1  # a family name, or a place name as one (吉原), before a given name it does not know
    if given_at is None and len(name) == 2 and _KANJI_ONLY.match(name):
        return name[0], name[1]  # 森恵: one character each
    if given_at is None or given_at >= len(morphemes):
        return (name, "") if given_at else ("", "")
    family = "".join(m[0] for m in morphemes[:given_at])
    kana_tail = _KANA_TAIL.search(family)
    if kana_tail and family[: kana_tail.start()] and _HIRAGANA.match(name[len(family) :]):
        family = family[: kana_tail.start()]  # 筒井|たかひさ, not 筒井たか|ひさ
    return family, name[len(family) :]


def name_reading(name: str) -> str:
    """The name's reading in katakana, where the dictionary knows every part of it as a name.

    >>> name_reading("熊谷和哉"), name_reading("髙橋一郎"), name_reading("つたえりな")
    ('クマガイカズヤ', 'タカハシイチロウ', '')
    """
    morphemes = _morphemes(display_name(name))
    if not morphemes or not all(pos[2] == "人名" and reading for _, pos, reading in morphemes):
        return ""
    return "".join(reading for _, _, reading in morphemes)


def tokens(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Sudachi's morphemes of the text, as ``(surface, part of speech)``: for other modules'
    rules over titles and organizations, which must not import sudachipy themselves."""
    return _analysis(text)
