"""The character policy: what the extractor does to every piece of text it reads.

Text is kept twice: ``raw`` as the PDF printed it and ``text`` after this policy.
The policy is ours, written out and tested, because the ready-made normalizers
get Japanese minutes wrong (one maps ``－`` to ``ー`` and breaks ``資料１－２``;
another deletes the space in ``山田　太郎`` and the tilde in ``10時〜12時``).

1. CJK Radicals Supplement characters become the ideograph they stand for
   (NFKC covers the Kangxi Radicals block but not this one).
2. NFKC: full-width digits, letters, brackets and colons become ASCII,
   half-width katakana becomes full-width, ``⑴`` becomes ``(1)``.
3. Every tilde becomes ``~`` and every hyphen-like dash ``-``; a long-vowel
   mark between two ASCII letters or digits is a misprinted hyphen.
4. Whitespace runs become one space; letter-spaced words (均等割り付け) close up.
"""

from __future__ import annotations

import re
import unicodedata

# Equivalent_Unified_Ideograph for U+2E81..U+2EF3, from the Unicode Character
# Database file EquivalentUnifiedIdeograph.txt. U+2E80 and U+2E9A have no entry.
_RADICALS_SUPPLEMENT = {
    0x2E81: 0x5382, 0x2E82: 0x4E5B, 0x2E83: 0x4E5A, 0x2E84: 0x4E59, 0x2E85: 0x4EBB, 0x2E86: 0x5182,
    0x2E87: 0x20628, 0x2E88: 0x5200, 0x2E89: 0x5202, 0x2E8A: 0x535C, 0x2E8B: 0x353E, 0x2E8C: 0x5C0F,
    0x2E8D: 0x5C0F, 0x2E8E: 0x5140, 0x2E8F: 0x5C23, 0x2E90: 0x5C22, 0x2E91: 0x21BC2, 0x2E92: 0x5DF3,
    0x2E93: 0x5E7A, 0x2E94: 0x5F51, 0x2E95: 0x5F50, 0x2E96: 0x5FC4, 0x2E97: 0x5FC3, 0x2E98: 0x624C,
    0x2E99: 0x6535, 0x2E9B: 0x65E1, 0x2E9C: 0x65E5, 0x2E9D: 0x6708, 0x2E9E: 0x6B7A, 0x2E9F: 0x6BCD,
    0x2EA0: 0x6C11, 0x2EA1: 0x6C35, 0x2EA2: 0x6C3A, 0x2EA3: 0x706C, 0x2EA4: 0x722B, 0x2EA5: 0x722B,
    0x2EA6: 0x4E2C, 0x2EA7: 0x725B, 0x2EA8: 0x72AD, 0x2EA9: 0x738B, 0x2EAA: 0x24D14, 0x2EAB: 0x76EE,
    0x2EAC: 0x793A, 0x2EAD: 0x793B, 0x2EAE: 0x25AD7, 0x2EAF: 0x7CF9, 0x2EB0: 0x7E9F, 0x2EB1: 0x7F53,
    0x2EB2: 0x7F52, 0x2EB3: 0x34C1, 0x2EB4: 0x5197, 0x2EB5: 0x2626B, 0x2EB6: 0x7F8A, 0x2EB7: 0x2634C,
    0x2EB8: 0x2634B, 0x2EB9: 0x8002, 0x2EBA: 0x8080, 0x2EBB: 0x807F, 0x2EBC: 0x8089, 0x2EBD: 0x26951,
    0x2EBE: 0x8279, 0x2EBF: 0x8279, 0x2EC0: 0x8279, 0x2EC1: 0x864E, 0x2EC2: 0x8864, 0x2EC3: 0x8980,
    0x2EC4: 0x897F, 0x2EC5: 0x89C1, 0x2EC6: 0x89D2, 0x2EC7: 0x278B2, 0x2EC8: 0x8BA0, 0x2EC9: 0x8D1D,
    0x2ECA: 0x27FB7, 0x2ECB: 0x8F66, 0x2ECC: 0x8FB6, 0x2ECD: 0x8FB6, 0x2ECE: 0x8FB6, 0x2ECF: 0x9091,
    0x2ED0: 0x9485, 0x2ED1: 0x9577, 0x2ED2: 0x9578, 0x2ED3: 0x957F, 0x2ED4: 0x95E8, 0x2ED5: 0x28E0F,
    0x2ED6: 0x961D, 0x2ED7: 0x96E8, 0x2ED8: 0x9752, 0x2ED9: 0x97E6, 0x2EDA: 0x9875, 0x2EDB: 0x98CE,
    0x2EDC: 0x98DE, 0x2EDD: 0x98DF, 0x2EDE: 0x2967F, 0x2EDF: 0x98E0, 0x2EE0: 0x9963, 0x2EE1: 0x29810,
    0x2EE2: 0x9A6C, 0x2EE3: 0x9AA8, 0x2EE4: 0x9B3C, 0x2EE5: 0x9C7C, 0x2EE6: 0x9E1F, 0x2EE7: 0x5364,
    0x2EE8: 0x9EA6, 0x2EE9: 0x9EC4, 0x2EEA: 0x9EFE, 0x2EEB: 0x6589, 0x2EEC: 0x9F50, 0x2EED: 0x6B6F,
    0x2EEE: 0x9F7F, 0x2EEF: 0x7ADC, 0x2EF0: 0x9F99, 0x2EF1: 0x9F9C, 0x2EF2: 0x4E80, 0x2EF3: 0x9F9F,
}
_RADICAL_TABLE = {k: chr(v) for k, v in _RADICALS_SUPPLEMENT.items()}

_TILDES = "\u301c\u223c\u223d\u2053\uff5e\u02dc"  # 〜 ∼ ∽ ⁓ ～ ˜
_HYPHENS = "\u2010\u2011\u2012\u2013\u2212\ufe58\ufe63\uff0d"  # ‐ ‑ ‒ – − ﹘ ﹣ －
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_CHAR_TABLE = str.maketrans(
    {**{c: "~" for c in _TILDES}, **{c: "-" for c in _HYPHENS}, **{c: None for c in _INVISIBLE}}
)

# Han, kana, CJK punctuation and full-width forms: characters set on a square grid.
WIDE = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff"
)
_WIDE_CHAR = re.compile(f"[{WIDE}]")
_SPACES = re.compile(r"\s+")
_DASH_BETWEEN_ALNUM = re.compile(r"(?<=[A-Za-z0-9])[ー―—](?=[A-Za-z0-9])")
_LETTER_SPACED = re.compile(f"(?<![^ ])[{WIDE}](?: [{WIDE}](?![^ :(、,]))+")
_SPACE_BESIDE_WIDE = re.compile(f"(?<=[{WIDE}]) | (?=[{WIDE}])")


def fix_radicals(text: str) -> str:
    """Replace radical characters with the ideographs they were meant to be.

    >>> fix_radicals("会議録表\u2f70")  # Kangxi radical SPIRIT
    '会議録表示'
    >>> fix_radicals("\u2ed1官")  # CJK radical LONG ONE, outside NFKC's reach
    '長官'
    """
    text = text.translate(_RADICAL_TABLE)
    return "".join(unicodedata.normalize("NFKC", c) if "\u2f00" <= c <= "\u2fdf" else c for c in text)


def close_letter_spacing(text: str) -> str:
    """Close up words printed one character at a time with spaces between.

    Only runs of two or more single wide characters close up, so the space
    between a family and a given name stays.

    >>> close_letter_spacing("議 長")
    '議長'
    >>> close_letter_spacing("1 日 時 令和元年")
    '1 日時 令和元年'
    >>> close_letter_spacing("城内 実")
    '城内 実'
    >>> close_letter_spacing("座 長:山本 一郎")
    '座長:山本 一郎'
    """
    return _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


def squeeze_spaces(text: str) -> str:
    """Drop layout spaces next to Japanese characters; keep them between Latin words.

    >>> squeeze_spaces("中央合同庁舎 8 号館 1 階講堂")
    '中央合同庁舎8号館1階講堂'
    >>> squeeze_spaces("DFFT(Data Free Flow with Trust) の取組")
    'DFFT(Data Free Flow with Trust)の取組'
    """
    return _SPACE_BESIDE_WIDE.sub("", text)


def normalize(text: str, close_spacing: bool = True) -> str:
    """Apply the character policy to one piece of text.

    >>> normalize("ＡＩ戦略推進関係省庁会議（第 2 回）")
    'AI戦略推進関係省庁会議(第 2 回)'
    >>> normalize("１４：００～１５：５６")
    '14:00~15:56'
    >>> normalize("資料１－２")
    '資料1-2'
    >>> normalize("GENIACｰPRIZE")
    'GENIAC-PRIZE'
    >>> normalize("構　成　員")
    '構成員'
    >>> normalize("⑴ 若年者")
    '(1) 若年者'
    >>> normalize("細　谷　昌　弘", close_spacing=False)
    '細 谷 昌 弘'
    """
    text = unicodedata.normalize("NFKC", text.translate(_RADICAL_TABLE)).translate(_CHAR_TABLE)
    text = _DASH_BETWEEN_ALNUM.sub("-", text)
    text = _SPACES.sub(" ", text).strip()
    return close_letter_spacing(text) if close_spacing else text


def is_wide(char: str) -> bool:
    """True for a character set on the square grid (Han, kana, full-width forms)."""
    return bool(_WIDE_CHAR.match(char))
