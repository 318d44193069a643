"""Lines into sections: find the headings and decide what each section holds.

A heading is a line that opens with a numbering mark (``1.`` ``１．`` ``(1)``
``⑴`` ``①`` ``第1`` ``一``), a bullet mark (``◯``) or nothing, followed by a
heading word (日時, 出席者, 議題, 配付資料, 議事要旨, ...). The word decides the
kind. Once the body has begun nothing more is a heading, and a numbered line in
another numbering style than the header block's is an item inside a section,
not a new one (``３ 議事次第`` holds ``１．開会``, ``２．議事``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .dates import find_date
from .names import is_organization, looks_like_name
from .records import Cell, Kind, Line, Section

HEADING_WORDS: dict[str, tuple[str, ...]] = {
    Kind.DATE: (
        "開会及び閉会の日時", "開会及び散会の日時", "開会・閉会の日時", "開閉会日時",
        # 開催日時及び場所 ⏎ 平成30年11月27日(火) ⏎ 於、総務省…: one item for when and where
        "開催日時及び場所", "開催日時及び会場", "開催日時・場所", "日時及び場所", "日時・場所", "日時及び会場",
        "開催日時", "会議日時", "閉会日時", "散会日時", "開会の日時", "閉会の日時", "開催期日", "開催年月日", "開会日時", "招集年月日", "開催日", "年月日", "日時", "日程", "期日",
    ),
    Kind.PLACE: ("開催場所", "会議場所", "開催会場", "開会場所", "開会の場所", "会議の場所", "招集の場所", "招集場所", "場所", "会場"),
    Kind.ATTENDEES: (
        "説明のため出席した者", "地方自治法第121条による出席者", "事務局出席職員", "事務局出席者",
        "ヒアリング対象者", "説明者", "発表者", "報告者", "委員会説明員", "出席説明員", "出席理事者", "出席構成員", "出席委員", "出席議員", "出席職員",
        "出席者", "説明員", "委員外出席議員", "委員外議員", "オブザーバー", "参考人", "陪席者", "陪席", "参加者",
        "事務局職員出席者", "事務局職員", "応招議員", "委員会書記", "書記", "関係機関", "関係課", "関係省庁", "関係府省",
        "区議会事務局", "市議会事務局", "町議会事務局", "村議会事務局", "議会事務局", "事務局",
    ),
    Kind.ABSENTEES: ("欠席説明員", "欠席構成員", "欠席委員", "欠席議員", "欠席者", "不応招議員"),
    Kind.OTHER: (
        "会議録署名委員", "会議録署名議員", "議事録署名委員", "署名委員", "署名議員",
        "会議の公開・非公開の別", "会議の公開・非公開", "公開・非公開の別", "公開・非公開", "会議の公開", "一般質問通告一覧", "一般質問通告者一覧", "質問通告一覧", "通告者一覧", "傍聴者数", "傍聴者", "傍聴人", "問い合わせ先", "問合せ先",
    ),
    Kind.AGENDA: (
        "本日の会議に付した事件", "会議に付した事件", "会議に付した議案", "会議に付した事項", "会議に付した案件", "本日の案件", "本日の議題", "付議事件", "付議案件", "審査事件", "付託事件", "付託議案", "付託案件",
        "審査議案", "審査案件", "審議案件", "調査事件", "審査事項", "調査事項", "付議事項", "会議事項", "協議事項", "審議事項", "報告事項",
        "会議次第", "議事次第", "議事日程", "議題", "案件", "次第", "議事",
    ),
    Kind.MATERIALS: (
        "本日の配付資料", "本日の配布資料", "配付資料一覧", "配布資料一覧", "資料一覧", "配付資料", "配布資料", "公開資料", "提出資料", "要求資料", "会議資料",
        "参考資料", "資料",
    ),
    Kind.BODY: (
        "議事の概要", "審査の経過", "審査経過", "調査の経過", "議事の要旨", "会議の要旨", "発言の要旨", "審議の経過", "議事要録", "議事の経過", "会議の経過", "審議の概要", "議事要旨", "議事概要", "会議概要", "議事経過",
        "経過概要", "会議の概要", "会議概要", "会議の内容", "会議内容", "議事の内容", "審議の内容", "審議内容", "会議経過", "議事内容", "審議経過", "発言要旨", "主な意見", "議事録", "会議録",
        "概要",
    ),
}

SPEAKER_MARKS = "○〇◯◎◆◇●"
_HEADING_MARKS = SPEAKER_MARKS + "■□▼▽◇☆★・△▲"
_KANJI_NUMERALS = "一二三四五六七八九十"

# Numbering, on normalized text (NFKC has turned ⑴ into "(1)" and ① into "1").
_NUMBERING = (
    rf"(?:第 ?[0-9{_KANJI_NUMERALS}]+ ?"
    rf"|\( ?[0-9{_KANJI_NUMERALS}]+ ?\) ?"
    rf"|[0-9]+ ?[.、)]? ?"
    rf"|[{_KANJI_NUMERALS}]+ ?[.、] ?"
    rf"|[{_KANJI_NUMERALS}]{{1,3}} "  # 一　開会の日時: a kanji numeral and a space, 一 on every item
    rf"|[{_HEADING_MARKS}] ?)"
)
# Headings of attendee lists that name why people were there: 説明のため出席した者,
# 地方自治法第121条の規定により説明のため出席した者, 職務のため出席した者, 出席議会局職員.
_ATTENDANCE_WORD = (
    r"[^ :、。()]{0,30}?(?:出席した[^ :、。()]{0,6}?(?:者|職員|説明員)|出席(?:者|職員))(?:の職氏名|の職・氏名|職氏名)?"
    r"|出席[^ :、。()0-9]{1,12}?(?:委員|議員|構成員|職員)"  # 出席分科会委員, 出席事務局職員
    r"|[^ :、。()0-9]{1,12}?事務局(?:職員|出席職員|出席者)"  # 農業委員会事務局職員: the secretariat's staff
    r"|[^ :、。()0-9]{0,8}?出欠(?:席)?(?:の)?状況"  # 委員出欠状況: who came and who did not, in one list
)
# 欠席分科会委員, 欠席小委員会委員: absence of the members of a named body.
_ABSENCE_WORD = r"欠席[^ :、。()0-9]{1,8}?(?:委員|議員|構成員)"
_WORDS = sorted({w for words in HEADING_WORDS.values() for w in words}, key=len, reverse=True)
_KIND_OF = {w: kind for kind, words in HEADING_WORDS.items() for w in words}
_WORD_ALTERNATION = "|".join(" ?".join(map(re.escape, word)) for word in _WORDS) + f"|{_ATTENDANCE_WORD}|{_ABSENCE_WORD}"
_HEADING = re.compile(
    rf"^(?P<num>{_NUMBERING})?(?P<open>[【\[<〈《≪〔])?(?P<word>{_WORD_ALTERNATION})等?(?(open)[】\]>〉》≫〕])"
    r"(?: ?第 ?[0-9一二三四五六七八九十]+ ?号)?(?P<note> ?\([^)]*\))?(?(open)|(?=$|[ :(]|[^0-9A-Za-z\u3040-\u30ff\u4e00-\u9fff]))[ :]*(?P<rest>.*)$"
)
# 議題 ⏎ (1)報告事項 ⏎ (2)協議事項: parts of an agenda, heading a list only where no agenda is open
_PART_OF_AGENDA = ("協議事項", "審議事項", "報告事項", "付託議案", "付託事件", "付託案件", "審査議案", "審査案件")
# A heading run onto the end of another line: "(2)その他 3.閉会 配付資料一覧".
HEADING_AT_END = re.compile(rf" (?:{'|'.join(w for w in _WORDS if len(w) >= 4 and w not in _PART_OF_AGENDA)})$")
_MARKED = re.compile(rf"^[{_HEADING_MARKS}] ?(?P<rest>.+)$")
# A speaker label names a person by a post, a title or a name in brackets.
_SPEAKER = re.compile(
    rf"^(?P<mark>[{SPEAKER_MARKS}]) ?"
    r"(?P<label>\([^)]{1,30}\)|[^ :、。()]{1,24}(?:\([^)]{1,20}\)[^ :、。()]{0,10})?)"
    r"(?P<sep>:| |$)"
)
# A label in brackets followed straight by the speech: ○3番(青山和也君)議案第27号について
_SPEAKER_GLUED = re.compile(rf"^(?P<mark>[{SPEAKER_MARKS}]) ?(?P<label>[^ :、。()]{{0,24}}\([^)]{{1,20}}\))(?P<sep>)")
# A post too long for the label above, with no kana in it, then a space and the speech:
# ○岩佐初等中等教育局学校デジタル化プロジェクトチームリーダー 本日の御意見を踏まえ、
_SPEAKER_LONG_POST = re.compile(rf"^(?P<mark>[{SPEAKER_MARKS}])(?P<label>[^ :、。()\u3041-\u309f]{{25,40}})(?P<sep> )(?=[^ ])")
# The same long post with the name in brackets after it, as shorter labels print theirs:
# ○企画政策部公共施設マネジメント推進室長兼資産活用課長（島崎孝司君）　資料１に基づき
_SPEAKER_LONG_POST_NAMED = re.compile(
    rf"^(?P<mark>[{SPEAKER_MARKS}])(?P<label>[^ :、。()\u3041-\u309f]{{25,40}}\([^()]{{1,20}}\))(?P<sep> |$)"
)
# Every character apart (議　　長, ３　　番), not words (清水座長 議題(3)…).
_LETTER_SPACED_LABEL = re.compile(rf"(?<=^[{SPEAKER_MARKS}])(?:[\u4e00-\u9fff]|[0-9]+)(?: +(?:[\u4e00-\u9fff]|[0-9]+)){{1,5}}(?=\()")
# In a body, a bracketed post or name alone on its line opens a turn: （河原部会長）
_BRACKET_SPEAKER = re.compile(
    r"^(?P<label>\([^()0-9]{1,20}?(?:長|員|官|臣|君|氏|様|監|事|理|佐|任|幹|査|局|省|庁|府|課|室|代理|管理者|責任者)\))(?: ?(?P<rest>.+))?$"
)
# 【会長】, 【事務局(柘植課長)】: a post or name in lenticular brackets opening a line.
_LENTICULAR_SPEAKER = re.compile(r"^(?P<label>【(?P<inner>[^【】 ]{1,30})】) ?(?P<rest>.*)$")
_SPEAKER_ENDINGS = re.compile(
    r"(?:長|員|官|臣|事|君|氏|様|(?<!質)問|与|者|局|理|佐|授|士|監|任|幹|主査|師|代行|代理|代表|総理|人|オブザーバー|リーダー|書記|省|庁|府)(?:\([^)]*\))?$"
    r"|\([^)]*(?:議員|君|氏|様|長|員|補佐|官|理|監|事)\)$"
    r"|^[0-9]+番\([^)]+\)$"  # a member by seat number: 5番(渡辺恒)
)
_CROWD = re.compile(r"全員|多数|挙手|起立|拍手|異議|賛成|退席|退室|入室|着席|登壇|発言する者")
_CONTENTS_ENTRY = re.compile(r"(?:[.…‥・･]{6,}|…{3,}) ?\|? ?[0-9]+$")
_TYPED_RULE = re.compile(r"^[-=_~─━―—‐・.…*＊]{4,}$")
_MARKED_RULE = re.compile(r"^[-=_~─━―—‐]{4,} ?[◇◆○●□■☆★◎△▲] ?[-=_~─━―—‐]{4,}$")
_EVENTS = "開会|開議|散会|閉会|休憩|再開|閉議|延会"
_STAGE_DIRECTION = re.compile(
    rf"^(?:[\[〔(<] ?(?:午前|午後)?[^\]〕)>]{{0,20}}(?:{_EVENTS})[^\]〕)>]{{0,10}}[\]〕)>]"
    rf"|(?:午前|午後) ?[0-9〇零一二三四五六七八九十]+ ?時(?: ?[0-9〇零一二三四五六七八九十]+ ?分)? ?(?:{_EVENTS})"
    rf"(?:・(?:{_EVENTS}))?"
    rf"|(?:{_EVENTS}) ?\((?:午前|午後) ?[0-9]+ ?時(?: ?[0-9]+ ?分)?\)"
    rf"|(?:{_EVENTS}) ?(?:午前|午後) ?[0-9〇零一二三四五六七八九十]+ ?時(?: ?[0-9〇零一二三四五六七八九十]+ ?分)?"  # 散会　午前１１時３８分
    rf"|△ ?(?:{_EVENTS})"
    rf"|\((?:午前|午後) ?[0-9]+ ?時(?: ?[0-9]+ ?分)?\))$"
)


@dataclass(frozen=True, slots=True)
class Heading:
    kind: str
    word: str
    style: str  # the numbering style as printed: "digit-dot", "paren", "mark", "none", ...
    rest: str  # what follows the heading word in its cell
    cells: int = 1  # how many of the line's cells the heading takes

    def content(self, line: Line) -> Line | None:
        """The part of the heading's line after the heading word, as a line of its own."""
        cells = line.cells[self.cells :]
        if self.rest:
            first = line.cells[0]
            # where the rest starts on the page, so that a list's next line lines up with it
            # (配付資料：資料１ … ⏎ 　　　　　資料２ …)
            at = first.x1 - (first.x1 - first.x0) * len(self.rest) / max(len(first.text), 1)
            cells = (Cell(self.rest, max(first.x0, at), first.x1, self.rest), *cells)
        if not cells or _is_remark(" ".join(c.text for c in cells)):
            return None
        return replace(line, cells=cells)


def find_heading(line: Line) -> Heading | None:
    """The heading this line opens with, if any.

    >>> from extractor.records import Cell, Line
    >>> def line(*cells): return Line(1, 0, 10, 10, tuple(Cell(c, 0, 10, c) for c in cells))
    >>> find_heading(line("1.日 時", "令和7年5月14日(水)"))
    Heading(kind='date', word='日時', style='digit-dot', rest='', cells=1)
    >>> find_heading(line("第1 日", "時", "自 午前10時")).word
    '日時'
    >>> find_heading(line("4 出席者(敬称略・50音順)")).kind
    'attendees'
    >>> find_heading(line("資料1 行政の進化について")) is None
    True
    """
    first = line.cells[0].text
    spaced = re.match(rf"^[{_KANJI_NUMERALS}]+(?=[ \u3000])", line.cells[0].raw)
    if spaced and not first.startswith(spaced.group() + " "):
        # 七　傍　聴　人: the numeral printed as one of the spaced letters, glued to the word
        # when the spacing was closed
        first = f"{spaced.group()} {first[len(spaced.group()):]}"
    match = _HEADING.match(first)
    cells_used = 1
    if not match and len(line.cells) > 1 and len(first) <= 7:
        # 第1　日　　時: a letter-spaced heading word cut into two cells
        first = f"{first} {line.cells[1].text}"
        match = _HEADING.match(first)
        cells_used = 2
    if not match:
        return None
    word = match.group("word").replace(" ", "")
    kind = _KIND_OF.get(word) or (
        Kind.ATTENDEES if re.fullmatch(_ATTENDANCE_WORD, word) else Kind.ABSENTEES if re.fullmatch(_ABSENCE_WORD, word) else None
    )
    if kind is None:
        return None
    style = numbering_style(line.cells[0].raw) if match.group("num") else ("bracket" if match.group("open") else "none")
    if word == "会議録" and style == "none":
        return None  # 会　議　録 under the title: the record's own name; ◆会議録 heads its body
    others = " ".join(cell.text for cell in line.cells[cells_used:])
    rest = match.group("rest")
    note = (match.group("note") or "").strip()
    if style == "none" and note and not _is_remark(note):
        return None  # 資料(石原委員): a wrapped line, not a heading with a note
    # A label and its value: 招集の場所 | 桜台町議会議場, 出席者 | 会長：安藤 博 (a form's label column),
    # 日時：令和6年11月27日, 欠席構成員：なし.
    after_word = first[match.end("word") :]
    label_value = (
        (others and not rest and (not note or _is_remark(note)))
        or (kind in (Kind.DATE, Kind.PLACE) and re.match(r" ?:", after_word))
        or (re.match(r" ?:", after_word) and re.fullmatch(r"[(]?(?:なし|無し)[)]?", rest.strip()))
        # 欠席議員　なし: an attendance label and its empty value, set apart by a space, no colon
        or (kind in (Kind.ATTENDEES, Kind.ABSENTEES) and re.match(r" ", after_word) and re.fullmatch(r"(?:なし|無し)", rest.strip()))
        # 欠席議員（1名）　5番　岡部加奈: a members' label and the seat-numbered names after it on its line
        or (kind in (Kind.ATTENDEES, Kind.ABSENTEES) and _seat_first(rest))
        # 出席者：石丸座長、青柳委員、…: a form's label, its colon and the list after it
        or (re.match(r" ?:", after_word) and kind in (Kind.ATTENDEES, Kind.ABSENTEES) and bool(rest.strip()))
        # 議事：（１）…, 配付資料：資料１ …: a form's label with the first item after its colon
        or (re.match(r" ?:", after_word) and kind in (Kind.AGENDA, Kind.MATERIALS) and bool(rest.strip()))
        # 開催日時 令和7年2月13日, 開催場所 葦原市役所…: a form's label with its value, no colon
        or (kind == Kind.DATE and _date_first(rest))
        or (kind == Kind.PLACE and len(word) >= 4 and bool(rest.strip()))
        # 場　　所　第２委員会室: a label spread over a fixed width, as forms print them
        or (kind == Kind.PLACE and (cells_used == 2 or _spread(word, line.cells[0].raw)) and bool(rest.strip()))
        # 会議録署名議員　一番　相馬洋平: the signers' label and the seat-numbered names after it
        or (kind == Kind.OTHER and _seat_first(rest))
        # 公開・非公開：審査案件１及び２は非公開…: a form's label, its colon and the value after it
        or (kind == Kind.OTHER and re.match(r" ?:", after_word) and bool(rest.strip()))
        # 議　事　日　程　日程第一　…: a form's label spread over its width, the first item after it
        or (kind == Kind.AGENDA and _spread(word, line.cells[0].raw) and bool(_AGENDA_ITEM_FIRST.match(rest.strip())))
    )
    if style == "none" and not label_value and ((rest and not _is_remark(rest)) or (others and not _is_remark(others))):
        return None  # an unnumbered heading stands alone on its line, but for a count: 欠席議員　（1名）
    if kind == Kind.ATTENDEES and note and not rest.strip() and is_organization(note.strip("()")):
        rest = note  # 【説 明 員】（健康福祉部）: the first part's label, printed on the heading line
    return Heading(kind, word, style, "" if _is_remark(rest.strip()) else rest.strip(), cells_used)


# 日程第一, 第1, 議案第3号: an agenda's first item by its number
_AGENDA_ITEM_FIRST = re.compile(r"^(?:日程)?第 ?[0-9一二三四五六七八九十]+")


def _seat_first(text: str) -> bool:
    """True when the text is seat numbers each with a name (5番 岡部加奈), nothing else."""
    parts = re.split(r"(?:^|(?<= ))(?:\d+|[一二三四五六七八九十]+) ?番 ?", text.strip())
    return (
        len(parts) >= 2
        and not parts[0]
        and all(looks_like_name(part.strip()) and not re.search(r"議員|君|[がはを]", part) for part in parts[1:])
    )


def _spread(word: str, raw: str) -> bool:
    """True when the word was printed with its letters spread apart (場　　所)."""
    return bool(re.search(re.escape(word[0]) + r"[ \u3000]+" + re.escape(word[1]), raw))


def _date_first(text: str) -> bool:
    found = find_date(text)
    return found is not None and found.start <= 1


def numbering_style(raw: str) -> str:
    """How a heading is numbered, from the characters as printed.

    >>> [numbering_style(s) for s in ("1.日時", "１．日時", "１ 日 時", "（１）", "⑴", "①", "第１", "一、", "◯出席")]
    ['digit-dot', 'digit-dot', 'digit', 'paren', 'paren', 'circled', 'dai', 'kanji', 'mark']
    """
    raw = raw.lstrip()
    head = raw[:1]
    if head == "第":
        return "dai"
    if head in "(（" or "\u2474" <= head <= "\u2487":
        return "paren"
    if "\u2460" <= head <= "\u2473":
        return "circled"
    if head in _KANJI_NUMERALS:
        return "kanji"
    if head in _HEADING_MARKS:
        return "mark"
    match = re.match(r"[0-9０-９]+ ?(.)?", raw)
    if match:
        after = match.group(1) or ""
        return {".": "digit-dot", "．": "digit-dot", "、": "digit-comma", ")": "digit-paren", "）": "digit-paren"}.get(
            after, "digit"
        )
    return "none"


def is_speaker_word(text: str) -> bool:
    """True for a speaker printed without a mark, in a column of its own (事務局, 会長, 大塚委員).

    >>> [is_speaker_word(t) for t in ("事務局", "交通政策課長補佐", "大塚委員", "(1)開会", "資料1により、", "5番委員")]
    [True, True, True, False, False, True]
    """
    text = re.sub(r"^[0-9]+ ?番(?=.)", "", text)  # 5番委員: a member by seat number
    text = re.sub(r"(?<=員)[A-Z]$", "", text)  # 委員A: a member the record does not name
    return 0 < len(text) <= 15 and not re.search(r"[ 、。,:0-9]", text) and bool(_SPEAKER_ENDINGS.search(text))


_SPACED_NAME_LABEL = re.compile(
    rf"^(?P<mark>[{SPEAKER_MARKS}] ?)(?P<family>[\u4e00-\u9fff々]{{1,3}}) (?P<given>[\u3040-\u309f\u4e00-\u9fff々]{{1,3}}(?:委員長|副委員長|委員|議長))(?= |$)"
)


def speaker_label(text: str) -> tuple[str, str] | None:
    """``(label, rest)`` when a line opens a speaker's turn (``○河野大臣：…``), else None.

    >>> speaker_label("○森部会長 それでは、開会いたします。")
    ('森部会長', 'それでは、開会いたします。')
    >>> speaker_label("〇河野大臣: ただいまから")
    ('河野大臣', 'ただいまから')
    >>> speaker_label("◎総務部長(中野晋)")
    ('総務部長(中野晋)', '')
    >>> speaker_label("○(伊藤よしのり議長)")
    ('(伊藤よしのり議長)', '')
    >>> speaker_label("○ 中小企業では、学び直しの支援が重要である。") is None
    True
    >>> speaker_label("◯市会第3会議室") is None
    True
    >>> speaker_label("○中村(謙)関係官 御説明します。")[0], speaker_label("○22番(筒井たかひさ議員) 質問します。")[0]
    ('中村(謙)関係官', '22番(筒井たかひさ議員)')
    >>> speaker_label("○3番(青山和也君)議案第27号について")
    ('3番(青山和也君)', '議案第27号について')
    >>> speaker_label("○議 長(中川正人君) ただいまから")[0]
    '議長(中川正人君)'
    >>> speaker_label("○ (オブザーバーから)広域的な応援部隊の") is None
    True
    >>> speaker_label("○12 番(佐藤一郎君) 質問します。")[0]
    '12番(佐藤一郎君)'
    >>> speaker_label("○清水座長 議題(3)その他について、事務局から")
    ('清水座長', '議題(3)その他について、事務局から')
    >>> speaker_label("○今野 亘委員 趣旨には賛成いたしますが")
    ('今野亘委員', '趣旨には賛成いたしますが')
    """
    text = _LETTER_SPACED_LABEL.sub(lambda m: m.group(0).replace(" ", ""), text)  # ○議　　長（中川正人君）
    # ○今野　亘委員　趣旨には…: a name keeping its layout space, then the role
    text = _SPACED_NAME_LABEL.sub(r"\g<mark>\g<family>\g<given>", text)
    for pattern in (_SPEAKER, _SPEAKER_GLUED, _SPEAKER_LONG_POST, _SPEAKER_LONG_POST_NAMED):
        match = pattern.match(text)
        if match:
            label = match.group("label")
            if re.search(r"(?:から|より)\)$", label):
                continue  # ○(オブザーバーから)…: a summary saying whose view it was, not a turn
            if match.group("mark") == "◇" and not text[match.end() :].strip():
                continue  # ◇浅田美香議員 alone on its line: the heading of a member's questions
            if label.startswith("(") or match.group("sep") == ":" or _SPEAKER_ENDINGS.search(label):
                return label, text[match.end() :].strip(" :")
    return None


def bracket_speaker(text: str) -> tuple[str, str] | None:
    """In a body, a bracketed post or name opening a line (``（河原部会長）``) opens a turn.

    >>> bracket_speaker("(河原部会長)"), bracket_speaker("(休憩)"), bracket_speaker("(1) 議題について")
    (('(河原部会長)', ''), None, None)
    >>> bracket_speaker("(佐藤部会長) 資料について説明があった。"), bracket_speaker("(事務局)次回以降にお示ししたい。")
    (('(佐藤部会長)', '資料について説明があった。'), ('(事務局)', '次回以降にお示ししたい。'))
    >>> bracket_speaker("(国土交通省)予測を生かしている。"), bracket_speaker("(警察庁)")
    (('(国土交通省)', '予測を生かしている。'), None)
    >>> bracket_speaker("【事務局(浜口課長補佐)】 資料1により説明します。"), bracket_speaker("【議題1】")
    (('【事務局(浜口課長補佐)】', '資料1により説明します。'), None)
    """
    match = _BRACKET_SPEAKER.match(text)
    if match and _CROWD.search(match.group("label")):
        return None  # (挙手全員), (賛成者起立): what the room did
    if match and re.search(r"[省庁府課室]\)$", match.group("label")) and not match.group("rest"):
        return None  # ・…強化したい。⏎ （警察庁）: who said the point above, not a turn below
    if match and not is_stage_direction(match.group("label")):
        return match.group("label"), match.group("rest") or ""
    match = _LENTICULAR_SPEAKER.match(text)
    if match and _SPEAKER_ENDINGS.search(match.group("inner")) and not is_stage_direction(match.group("label")):
        return match.group("label"), match.group("rest")
    return None


def is_stage_direction(text: str) -> bool:
    """``［午前10時 開会］``-like lines: what happened, not what was said.

    >>> is_stage_direction("[午前10時 開会]"), is_stage_direction("(休憩)"), is_stage_direction("(1)議題")
    (True, True, False)
    >>> is_stage_direction("午前10時00分 開会"), is_stage_direction("午前10時開会の予定")
    (True, False)
    >>> is_stage_direction("開会(午前10時00分)"), is_stage_direction("散会 午前11時38分"), is_stage_direction("散会 午前11時38分に")
    (True, True, False)
    """
    return bool(_STAGE_DIRECTION.match(text))


_RULE_FLANKED = re.compile(r"^[-=_~─━―—‐]{2,} ?(?P<word>[^-=_~─━―—‐ ][^-=_~─━―—‐]*?) ?[-=_~─━―—‐]{2,}$")


def _rule_flanked_heading(line: Line) -> Line | None:
    """``－－　審査の経過　－－``: a heading word set between typed rules is that heading, alone."""
    match = _RULE_FLANKED.match(line.text)
    if not match:
        return None
    word = match.group("word")
    inner = replace(line, cells=(Cell(word, line.x0, line.x1, word),))
    heading = find_heading(inner)
    return inner if heading and not heading.rest else None


def split_sections(lines: list[Line]) -> list[Section]:
    """Cut the document's lines into a front section (the title) and headed sections.

    Rules typed as characters (``−−−−``, ``────``) separate sections and hold nothing.
    """
    sections = [Section(Kind.FRONT, "", lines[0].page if lines else 1)]
    top_style = None
    lines = _wrapped_labels_joined(lines)
    after_rule = False
    for line in lines:
        if _TYPED_RULE.match(line.text) or (_MARKED_RULE.match(line.text) and sections[-1].kind != Kind.BODY):
            # ――◇―― under the header: a rule with a mark at its middle, separating, holding nothing
            after_rule = True
            continue
        line = _rule_flanked_heading(line) or line
        if _CONTENTS_ENTRY.search(line.text):
            continue  # 議事日程 ……………… 2: a table of contents on the cover, naming pages, not the record

        current = sections[-1]
        if after_rule and current.kind != Kind.BODY and re.fullmatch(r"[【\[][^】\]]+[】\]]", line.text) and not find_heading(line):
            # ──── ⏎ 【市民生活局所管分】: a rule under the header, then the proceedings' first heading
            sections.append(Section(Kind.BODY, "", line.page))
            sections[-1].lines.append(line)
            after_rule = False
            continue
        after_rule = False
        if current.kind == Kind.BODY and _APPENDED_LIST.match(line.text) and _refers_to_appendix(sections):
            # 出席者 別紙のとおり ⏎ … ⏎ (別紙) ⏎ …幹事会(第3回)出席者: the list appended after the body
            label = _APPENDED_LIST.match(line.text).group("label")
            sections.append(Section(Kind.ATTENDEES, "出席者" if label.startswith("出席者") else label, line.page, heading_line=line))
            continue
        if _repeats_title(line, sections):
            # 次第 … 配付資料 ⏎ (page 2) 令和6年度第3回…部会　議事録: the title printed again over the
            # minutes, not an item of the list above it
            sections.append(Section(Kind.OTHER, "", line.page))
            sections[-1].lines.append(line)
            continue
        colon_turn = _COLON_TURN_OPENING.match(line.text)
        lenticular = _LENTICULAR_SPEAKER.match(line.text)
        if current.kind in (Kind.MATERIALS, Kind.AGENDA, Kind.OTHER) and lenticular and (
            _LENTICULAR_TURN.search(lenticular.group("rest")) or _LENTICULAR_RUN_ON.match(lenticular.group("rest"))
        ):
            lenticular = bracket_speaker(line.text)
        else:
            lenticular = None
        if current.kind in (Kind.MATERIALS, Kind.AGENDA, Kind.OTHER) and (
            (colon_turn and is_speaker_word(colon_turn.group("label"))) or lenticular
        ):
            # 資料3 … ⏎ 委員長：開会を宣告。… (a summarised turn) or 【委員長】　ただいまから…開会します。
            # (a turn in lenticular brackets): the proceedings have begun
            sections.append(Section(Kind.BODY, "", line.page))
            sections[-1].lines.append(line)
            continue
        absent_label = _ABSENT_LABEL.fullmatch(line.text) if current.kind == Kind.ATTENDEES else None
        if absent_label:
            # 【オブザーバー】… ⏎ （欠席構成員）: the absent, labelled inside the list of who came
            sections.append(Section(Kind.ABSENTEES, absent_label.group("word"), line.page, heading_line=line))
            continue
        absent_run = _ABSENT_RUN.match(line.text) if current.kind == Kind.ATTENDEES and current.lines else None
        if absent_run and _names_only(absent_run.group("rest")):
            # 委員 | 望月 佳奈 ⏎ 欠席委員　北原　智美、宗像　亘: the absent, labelled on their line inside the list
            word = absent_run.group("word").replace(" ", "")
            sections.append(Section(Kind.ABSENTEES, word, line.page, heading_line=line))
            rest = absent_run.group("rest").strip()
            first = line.cells[0]
            if rest in first.text:
                sections[-1].lines.append(replace(line, cells=(Cell(rest, first.x0, first.x1, rest), *line.cells[1:])))
            else:
                sections[-1].lines.append(replace(line, cells=line.cells[1:]))
            continue
        if current.kind == Kind.ABSENTEES and _body_label_after_absent(line, current):
            # 欠席委員：須永康子委員 ⏎ 農林水産省：鷲尾農産局長、…: a form's next label, a body whose officials came
            spaced = _SPACED_BODY_LABEL.match(line.text)
            if spaced and not _BODY_LABEL.match(line.text):
                # 事務局　環境生活部環境政策課　永瀬課長、…: the label heads a list of its own
                label, rest = spaced.group("label"), spaced.group("rest")
                sections.append(Section(Kind.ATTENDEES, label, line.page, heading_line=line))
                sections[-1].lines.append(replace(line, cells=(Cell(rest, line.x0, line.x1, rest),)))
                continue
            attending = _attending(sections)
            sections.append(Section(Kind.ATTENDEES, attending.heading if attending else "出席者", line.page))
            sections[-1].lines.append(line)
            continue
        if current.kind == Kind.ABSENTEES and _STAFF_LABEL.fullmatch(line.text) and current.lines:
            # 欠席委員 ⏎ 臨時委員 大館 誠司 ⏎ （環境省）: the body's officials who attended follow the absent
            attending = _attending(sections)
            if attending is not None:
                sections.append(Section(Kind.ATTENDEES, attending.heading, line.page))
        if current.kind != Kind.BODY:
            heading = find_heading(line)
            if (
                heading
                and heading.style == "none"
                and heading.kind == current.kind
                and len(line.cells) > 1
                and not _form_label(line, current)
            ):
                heading = None  # 参考資料 | 素形材産業ビジョン…: an item of the list it is in
            if heading and heading.kind == current.kind and _same_bullet(line, current):
                heading = None  # ・資料２ … ⏎ ・参考資料 …: bulleted like the items above it, one of them
            if (
                heading
                and heading.style == "none"
                and heading.rest
                and heading.kind in (Kind.ATTENDEES, Kind.ABSENTEES, Kind.AGENDA, Kind.MATERIALS)
                and current.kind == heading.kind
            ):
                # 出席者：… ⏎ オブザーバー：…, 配付資料：資料１ … ⏎ 参考資料：委員名簿: a labelled
                # run or an item inside the list it is in, not a new list
                heading = None
            if (
                heading
                and heading.kind == Kind.AGENDA
                and current.kind == Kind.AGENDA
                and current.heading_line is not None
                and line.x0 > current.heading_line.x0 + line.size / 2
            ):
                heading = None  # ７　案件 ⏎ 　１　付託議案: an item set in under the agenda's heading
            if heading and _numbered_again(heading, line, current):
                heading = None  # ５　次第 ⏎ １　開会 ⏎ ２　議事: the sheet's items, numbered from one again
            if heading and heading.word in _PART_OF_AGENDA and current.kind == Kind.AGENDA:
                heading = None  # 議題 ⏎ (1)報告事項 ⏎ (2)協議事項: parts of the agenda, not new lists
            if heading and heading.word == "日程" and current.kind == Kind.AGENDA and len(line.cells) > 1:
                heading = None  # 議事日程 ⏎ 日程 | 議案番号 | 件名: the header row of the agenda's table
            if heading and _accepts(heading, top_style, sections) and not _presenter_line(heading, line, current):
                kind = heading.kind
                if kind == Kind.AGENDA and heading.word == "議事" and _has_lines(sections, Kind.AGENDA):
                    kind = Kind.BODY  # 第3 議題 … 第4 議事（次のとおり）: the proceedings follow
                if heading.style not in ("none", "bracket", "mark"):
                    top_style = top_style or heading.style
                sections.append(Section(kind, heading.word, line.page, heading_line=line))
                content = heading.content(line)
                if content:
                    sections[-1].lines.append(content)
                continue
            if current.kind == Kind.ATTENDEES and _form_label(line, current) and _FORM_LABEL.fullmatch(line.cells[0].text):
                # 事務局 | … ⏎ 実施機関 | 健康福祉部長 北原 康弘、…: another label of the form's list of people
                sections.append(Section(Kind.ATTENDEES, line.cells[0].text.replace(" ", ""), line.page, heading_line=line))
                sections[-1].lines.append(replace(line, cells=line.cells[1:]))
                continue
            group = (
                _member_group(line, current, top_style)
                or _member_run_group(line, current, top_style)
                or _secretariat_group(line, current, top_style)
                or _numbered_body_group(line, current, top_style)
            )
            if group:
                # 4.欠席委員 … ⏎ 5.農地利用最適化推進委員（2名）中里 結衣、…: another numbered list of members
                sections.append(Section(Kind.ATTENDEES, group.group("word"), line.page, heading_line=line))
                rest = (group.group("rest") or "").strip()
                if rest:
                    first = line.cells[0]
                    sections[-1].lines.append(replace(line, cells=(Cell(rest, first.x0, first.x1, rest), *line.cells[1:])))
                elif len(line.cells) > 1:
                    sections[-1].lines.append(replace(line, cells=line.cells[1:]))
                continue
            marked = _MARKED.match(line.text) if current.kind == Kind.AGENDA else None
            if marked and _repeats_agenda_item(marked.group("rest"), current):
                # 1.議案第25号 … ⏎ ◎議案第25号 …: the heading the proceedings open with, not another item
                sections.append(Section(Kind.BODY, marked.group("rest"), line.page, heading_line=line))
                continue
            implicit = _implicit_section(line, current, top_style)
            if implicit:
                sections.append(Section(implicit, "", line.page))
        sections[-1].lines.append(line)
    return sections


# the speech after a 【label】: a sentence, not a title
_LENTICULAR_TURN = re.compile(r"^[^ ].{3,}。")
# 【夏目MICE推進室長】 ただいまから第2回…の推進に関する ⏎ 検討会を開催いたします。: speech running on
_LENTICULAR_RUN_ON = re.compile(r"^(?=[^ ]*[\u3041-\u309f])[^ ]{20,}$")
_COLON_TURN_OPENING = re.compile(r"^(?P<label>[^ :、。()0-9]{1,12}):[^:]{4,}。")
_ABSENT_LABEL = re.compile(r"[(【〔\[](?P<word>欠席[^ :、。()0-9]{0,8}?(?:委員|議員|構成員|者))[)】〕\]]")
# （環境省）, 【事務局】: a ministry or secretariat heading its officials
_STAFF_LABEL = re.compile(r"[(【\[〔][^()【】\[\]〔〕 ]{1,12}(?:省|庁|府|事務局)[)】\]〕]")
_FORM_LABEL = re.compile(r"[^ 0-9:、。()]{2,8}")
_BODY_LABEL = re.compile(r"^(?P<label>[^ :、。()0-9]{2,20}) ?:.")


_SPACED_BODY_LABEL = re.compile(r"^(?P<label>[^ :、。()0-9]{2,20}) (?P<rest>[^ ].*)$")
_ABSENT_RUN = re.compile(r"^(?P<word>欠 ?席[^ :、。()0-9]{0,8}?(?:委員|議員|構成員|者)) ?(?::|(?= ))(?P<rest>.+)$")


def _repeats_title(line: Line, sections: list[Section]) -> bool:
    """A line on a later page that starts with the whole title of the front matter."""
    front = sections[0]
    if sections[-1].kind in (Kind.FRONT, Kind.BODY) or not front.lines or line.page == front.lines[0].page:
        return False
    title = front.lines[0].text.replace(" ", "")
    return len(title) >= 8 and line.text.replace(" ", "").startswith(title)


def _names_only(text: str) -> bool:
    """北原　智美、宗像　亘: a run of names and nothing else."""
    items = [item.strip() for item in re.split(r"[、,]", text.strip()) if item.strip()]
    return bool(items) and all(looks_like_name(re.sub(r"(?:委員|議員|構成員)$", "", item)) for item in items)


def _body_label_after_absent(line: Line, current: Section) -> bool:
    """A line of the header form, at its labels' column, labelled with a body's name
    (農林水産省：…, or 事務局　環境政策課　永瀬課長 after 欠席委員　北原　智美)."""
    heading = current.heading_line
    if heading is None or abs(line.x0 - heading.x0) > line.size / 2:
        return False
    if find_heading(line):
        return False
    label = _BODY_LABEL.match(line.text)
    absent_run = _ABSENT_RUN.match(heading.text)
    if label is None and absent_run and not re.search(r"^[^ ]+ ?:", heading.text) and _names_only(absent_run.group("rest")):
        label = _SPACED_BODY_LABEL.match(line.text)
    elif not re.search(r" ?:", heading.text):
        return False
    return label is not None and is_organization(label.group("label"))


def _form_label(line: Line, current: Section) -> bool:
    """説明のため出席した職員 | … ⏎ 書記 | …: in a form whose labels stand in a column of their
    own, left of every value, a label in that column heads the next item of the form."""
    above = current.heading_line
    return (
        above is not None
        and len(above.cells) > 1
        and len(line.cells) > 1
        and abs(above.cells[0].x0 - line.cells[0].x0) < line.size / 2
        and all(l.x0 > line.cells[0].x1 for l in current.lines)
    )


def _wrapped_labels_joined(lines: list[Line]) -> list[Line]:
    """A form's label column wrapping a long label (説明のため出席 ⏎ した職員, 地方自治法第 ⏎ 121条の規
    ⏎ … ⏎ 出席した者の職氏名): the label's pieces make one heading, and each line keeps the
    values beside its piece."""
    out = list(lines)
    for i in range(len(out) - 1):
        line = out[i]
        if len(line.cells) < 2 or find_heading(line):
            continue
        first = line.cells[0]
        pieces = [first]
        for below in out[i + 1 : i + 8]:
            if not below.cells or below.page != line.page or abs(below.cells[0].x0 - first.x0) > line.size / 2:
                break
            if len(pieces) == 1 and re.search(r"\S\s+\S", first.raw) and find_heading(replace(below, cells=below.cells[:1])):
                # 日　時 under 会　　議: a label spread over its column is whole, the next label is its own
                break
            if _marked_label(below.cells[0]):
                break  # ◯職務のため出席した事務局職員, １．職務のため…: a numbered or marked label is the next one
            pieces.append(below.cells[0])
            label = "".join(piece.text for piece in pieces)
            if len(label) > 40:
                break
            joined = replace(line, cells=(Cell("".join(p.raw for p in pieces), first.x0, max(p.x1 for p in pieces), label), *line.cells[1:]))
            heading = find_heading(joined)
            if heading and heading.word == label.replace(" ", ""):
                out[i] = joined
                for k in range(1, len(pieces)):
                    out[i + k] = replace(out[i + k], cells=out[i + k].cells[1:])
                break
            if find_heading(replace(below, cells=below.cells[:1])):
                break  # the next label of the form, after the first line of a label
    return [line for line in out if line.cells]


def _marked_label(cell: Cell) -> bool:
    """A cell that opens a heading with its own number or mark: never the wrapped piece of a label above."""
    heading = find_heading(Line(1, 0, 10, 10, (cell,)))
    return bool(heading) and heading.style != "none"


# …幹事会(第3回)出席者, …協議会 委員出欠状況: the title of a list appended after the body
_APPENDED_LIST = re.compile(r"^(?:[^ 、。]{0,60} ?)?(?P<label>出席者(?:名簿|一覧)?|[^ 、。]{0,6}出欠(?:状況|表|一覧))$")
_APPENDIX = re.compile(r"^(?:別紙|別添|別記|別表)[0-9]*(?:のとおり|参照)?。?$")
# 委員11名(うち代理出席1名) ※別紙のとおり: a count, and where the names are
APPENDIX_NOTE = re.compile(r"^[^、]{0,30}?※ ?(?:別紙|別添|別記|別表)[0-9]*(?:のとおり|参照)。?$")


def _refers_to_appendix(sections: list[Section]) -> bool:
    """An attendee heading whose only content points to a sheet appended to the record."""
    return any(
        s.kind == Kind.ATTENDEES
        and (
            (len(s.lines) == 1 and _APPENDIX.match(s.lines[0].text.replace(" ", "")))
            or any(APPENDIX_NOTE.match(line.text) for line in s.lines)
        )
        for s in sections
    )


# A numbered line naming a kind of member and how many came: 5.農地利用最適化推進委員（2名）
_MEMBER_GROUP = re.compile(
    rf"^{_NUMBERING}(?P<word>[^ :、。()0-9]{{1,16}}(?:委員|議員|構成員|職員))(?: ?\((?:出席 ?)?[0-9]+ ?[名人]\)(?P<rest>.*))?$"
)


def _member_group(line: Line, current: Section, top_style: str | None) -> re.Match | None:
    if current.kind not in (Kind.ATTENDEES, Kind.ABSENTEES) or top_style is None:
        return None
    if numbering_style(line.cells[0].raw) != top_style:
        return None
    match = _MEMBER_GROUP.match(line.cells[0].text)
    if match and match.group("rest") is None:
        # 5 農地利用最適化推進委員 ⏎ 佐々木 寛、…: with no count, a line of its own, not a person (3 山田委員)
        kind = re.sub(r"(?:委員|議員|構成員|職員)$", "", match.group("word"))
        if len(line.cells) > 1 or looks_like_name(kind) or is_organization(kind):
            return None
    return match


def _item_after_list(line: Line, current: Section, top_style: str | None) -> bool:
    """A line numbered in the style of the header's items, met while reading a list of people."""
    return (
        current.kind in (Kind.ATTENDEES, Kind.ABSENTEES)
        and top_style is not None
        and numbering_style(line.cells[0].raw) == top_style
    )


_MEMBER_RUN_GROUP = re.compile(
    rf"^{_NUMBERING}(?P<word>[^ :、。()0-9]{{1,16}}(?:委員|議員|構成員)) (?P<rest>[^ :、。()0-9][^:。()]*、[^:。()]*)$"
)


def _member_run_group(line: Line, current: Section, top_style: str | None) -> re.Match | None:
    """5　農地利用最適化推進委員　久住　浩一、森脇　和代: a numbered list of members printed as a run of
    names on its heading line, with no count between (the names are the proof it is a list)."""
    if len(line.cells) > 1 or not _item_after_list(line, current, top_style):
        return None
    match = _MEMBER_RUN_GROUP.match(line.cells[0].text)
    return match if match and _names_only(match.group("rest")) else None


# 5　農業委員会事務局: a numbered header item naming a body's secretariat, its staff listed under it
_SECRETARIAT_GROUP = re.compile(rf"^{_NUMBERING}(?P<word>[^ :、。()0-9]{{1,16}}事務局)(?P<rest>)$")


def _secretariat_group(line: Line, current: Section, top_style: str | None) -> re.Match | None:
    """A line numbered like the header's items, after a list of people, that is a body's secretariat
    alone (農業委員会事務局): the next list, of its staff, with the name as its group."""
    if len(line.cells) > 1 or not _item_after_list(line, current, top_style):
        return None
    match = _SECRETARIAT_GROUP.match(line.cells[0].text)
    return match if match and is_organization(match.group("word")) else None


# 一　国税庁　　深町長官官房審議官、…: a header item naming a body, its officials listed after it
_NUMBERED_BODY_GROUP = re.compile(rf"^{_NUMBERING}(?P<word>[^ :、。()0-9]{{2,16}})(?: (?P<rest>[^ ].*))?$")


def _numbered_body_group(line: Line, current: Section, top_style: str | None) -> re.Match | None:
    """After a list of people, a line numbered like the header's items whose label is a body (国税庁)
    with its officials after it: the next list, with the body's name as its group."""
    if not current.lines or not _item_after_list(line, current, top_style):
        return None
    match = _NUMBERED_BODY_GROUP.match(line.cells[0].text)
    if not match or not (match.group("rest") or len(line.cells) > 1):
        return None
    word = match.group("word")
    return match if is_organization(word) and not looks_like_name(word) else None


def _same_bullet(line: Line, current: Section) -> bool:
    above = current.lines[-1].text[:1] if current.lines else ""
    return bool(above) and above in "・･•" and line.text[:1] == above


_LEADING_NUMBER = re.compile(r"^(?:第 ?)?([0-9]+)(?![0-9])")


def _numbered_again(heading: Heading, line: Line, current: Section) -> bool:
    """A numbered agenda or body heading inside an agenda whose own heading bears a higher number:
    the agenda's items count from one again, the document's headings go on from its number."""
    if current.kind != Kind.AGENDA or heading.kind not in (Kind.AGENDA, Kind.BODY) or current.heading_line is None:
        return False
    own = _LEADING_NUMBER.match(current.heading_line.text)
    this = _LEADING_NUMBER.match(line.text)
    return bool(own and this) and int(this.group(1)) < int(own.group(1))


def _accepts(heading: Heading, top_style: str | None, sections: list[Section]) -> bool:
    if heading.style == "none" and heading.kind == Kind.BODY and len(sections) == 1:
        return False  # 議事録 alone before any header item is a title line
    current = sections[-1]
    if (
        current.kind == Kind.AGENDA
        and top_style is None
        and heading.style not in ("none", "bracket", "mark")
        and heading.kind in (Kind.AGENDA, Kind.BODY)
    ):
        return False  # 議事次第 ⏎ 1.開会 ⏎ 2.議事: an item of the agenda sheet
    if heading.style in ("none", "bracket", "mark") or top_style is None:
        return True
    return heading.style == top_style


# 1.開　会　2月3日 午前10時宣告, 7 開会 午後一時三十分, 3 開会・閉会 平成30年5月18日 午後1時30分開会
_EVENT_ITEM = re.compile(
    r"^[0-9]+ ?[. ] ?(?:開|閉|散|延) *(?:会|議)(?:・(?:開|閉|散|延) *(?:会|議))? .*[0-9一二三四五六七八九十]+ ?時"
)


# 2　時　　間　午前９時５８分開会～…: a header item whose short label (spread or not) is followed by the hours
_TIME_ITEM = re.compile(r"^[0-9]+ ?[. ] ?[^ 0-9:、。()](?: ?[^ 0-9:、。()]){0,4} +(?:午前|午後|[0-9]{1,2} ?(?::|時)[0-9]{0,2})")


def _presenter_line(heading: Heading, line: Line, current: Section) -> bool:
    """［事務局］ set in under an agenda item: who presents it, not a heading."""
    above = current.lines[-1] if current.lines else None
    return (
        current.kind == Kind.AGENDA
        and heading.style == "bracket"
        and above is not None
        and line.x0 > above.x0 + line.size
    )


def _implicit_section(line: Line, current: Section, top_style: str | None = None) -> str | None:
    """Sections that start without a heading: the body at its first turn, a bare date item."""
    text = line.text
    if (
        current.kind not in (Kind.FRONT, Kind.DATE, Kind.PLACE)
        and top_style
        and numbering_style(line.cells[0].raw) == top_style
        and _EVENT_ITEM.match(text)
    ):
        return Kind.DATE  # 6 会議に付した事件 … ⏎ 7 開会 午後一時三十分: the header's next item, when it opened
    # A time line under the title or the date is the header's, and one heading an agenda (議事日程 ⏎
    # 午前10時開議) is the sitting's schedule: none is a stage direction.
    scheduled = (current.kind == Kind.AGENDA and not current.lines) or current.kind in (Kind.DATE, Kind.PLACE)
    if speaker_label(text) or (is_stage_direction(text) and current.kind != Kind.FRONT and not scheduled):
        return Kind.BODY
    if (
        current.kind in (Kind.DATE, Kind.PLACE)
        and current.lines
        and re.match(r"^[0-9]+ ?[. ]", text)
        and not _EVENT_ITEM.match(text)  # 1.開　会　2月3日 午前10時宣告: when, in a header numbered 1. throughout
        and not _TIME_ITEM.match(text)  # 2　時　　間　午前9時58分開会～…: the hours of the date above
    ):
        if _next_header_number(line, current, top_style):
            return Kind.OTHER  # 2 開催場所 … ⏎ 3 委員の定数 16名: the header's next item, under a label it has no word for
        return Kind.AGENDA  # 議事次第 ⏎ 日時 ⏎ 場所 ⏎ 1 開会 ⏎ 2 あいさつ: the agenda sheet's items
    marked = _MARKED.match(text)
    if not marked:
        return None
    if current.kind != Kind.FRONT and re.match(r"(?:開議|開会)(?:及び(?:開議|開会))?(?:の宣告)?$", marked.group("rest")):
        return Kind.BODY  # ◯開議の宣告: the proceedings begin
    # ◎開会年月日｜令和6年… ⏎ ◎開会時刻｜午前10時00分: an hour with no date of its own is the date's, not a place
    timed = re.search(r"(?:午前|午後)[0-9]|[0-9] ?時|[0-9]:[0-9]{2}", marked.group("rest")) and not find_date(marked.group("rest"))
    if current.kind == Kind.DATE and current.heading == "" and len(current.lines) == 1 and not timed:
        return Kind.PLACE  # ◯令和6年5月17日(金) ⏎ ◯市会第3会議室: the item after a bare date is the place
    if find_date(marked.group("rest")):
        return Kind.DATE
    return None


def _next_header_number(line: Line, current: Section, top_style: str | None) -> bool:
    """A line numbered as the headings are, with the number after the heading of the section it is
    in (``２　開催場所`` ⏎ ``３　委員の定数　１６名``): the header's next item, not an item of an agenda."""
    heading = current.heading_line
    if not top_style or heading is None or numbering_style(line.cells[0].raw) != top_style:
        return False
    number = re.match(r"[0-9]+", line.text)
    above = re.match(r"[0-9]+", heading.text)
    return bool(number and above) and int(number.group()) == int(above.group()) + 1


_ITEM_NUMBER = re.compile(r"^(?:[0-9]+|[一二三四五六七八九十]+|\([0-9]+\))[.、 ]? ?")


def _repeats_agenda_item(rest: str, current: Section) -> bool:
    """A marked line (◎議案第25号 …) under an agenda of numbered items that opens as one of those
    items does: the heading the proceedings open with, not another item."""
    key = re.sub(r"\s", "", rest)
    if len(key) < 4 or not current.lines or any(_MARKED.match(line.text) for line in current.lines):
        return False
    items = [re.sub(r"\s", "", _ITEM_NUMBER.sub("", line.text)) for line in current.lines if _ITEM_NUMBER.match(line.text)]
    return any(item and (key.startswith(item) or item.startswith(key)) for item in items)


def _attending(sections: list[Section]) -> Section | None:
    """The last list of who came, to go back to after the absent."""
    return next((s for s in reversed(sections) if s.kind == Kind.ATTENDEES), None)


def _has(sections: list[Section], kind: str) -> bool:
    return any(section.kind == kind for section in sections)


def _has_lines(sections: list[Section], kind: str) -> bool:
    return any(section.kind == kind and section.lines for section in sections)


def _is_remark(text: str) -> bool:
    """A note after a heading that holds nothing to extract: ``（次のとおり）``, ``（13名）``, ``（なし）``."""
    return bool(
        re.fullmatch(
            r"\((?:次のとおり|別紙のとおり|敬称略[^)]*|五十音順|50音順|順不同|[0-9一二三四五六七八九十百]+ ?[名人]|なし|第 ?[0-9一二三四五六七八九十]+ ?号)\)|第 ?[0-9一二三四五六七八九十]+ ?号", text
        )
    )

