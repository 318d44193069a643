from hypothesis import given, strategies as st

from extractor.textnorm import close_letter_spacing, fix_radicals, is_wide, normalize, squeeze_spaces


def test_kangxi_and_supplement_radicals_become_ideographs():
    # ⽇ (Kangxi, NFKC knows it) and ⻑ ⻘ (Radicals Supplement, NFKC does not)
    assert normalize("⽇本") == "日本"
    assert normalize("会議録表⽰") == "会議録表示"
    assert normalize("\u2ed1官 \u2ed8年") == "長官 青年"
    assert fix_radicals("\u2f08") == "人"


def test_full_width_digits_letters_and_brackets_become_ascii():
    assert normalize("令和７年（水）ＡＩ") == "令和7年(水)AI"


def test_every_tilde_in_a_time_range_becomes_one():
    for tilde in "～〜~∼":
        assert normalize(f"１４：００{tilde}１５：５６") == "14:00~15:56"


def test_material_number_dash_is_kept_as_a_hyphen_not_a_long_vowel():
    for dash in "－−‐–":
        assert normalize(f"資料１{dash}２") == "資料1-2"
    assert normalize("コンピューター") == "コンピューター"  # a real long vowel stays
    assert normalize("GENIACｰPRIZE") == "GENIAC-PRIZE"


def test_letter_spaced_labels_close_but_name_spaces_stay():
    assert normalize("議　　長") == "議長"
    assert normalize("構 成 員") == "構成員"
    assert normalize("議 事 次 第") == "議事次第"
    assert normalize("熊谷　和哉") == "熊谷 和哉"
    assert normalize("平 将明") == "平 将明"
    assert close_letter_spacing("1 日 時 令和元年") == "1 日時 令和元年"


def test_variant_ideographs_in_names_are_kept():
    assert normalize("髙橋 惠美子 濱野 齋藤") == "髙橋 惠美子 濱野 齋藤"


def test_squeeze_keeps_spaces_between_latin_words_only():
    assert squeeze_spaces("Beyond 5G の研究 12 月") == "Beyond 5Gの研究12月"


def test_is_wide():
    assert is_wide("議") and is_wide("ア") and not is_wide("A")


@given(st.text())
def test_normalize_is_idempotent_and_never_raises(text):
    once = normalize(text)
    assert normalize(once) == once


@given(st.text(alphabet="議長構成員熊谷和哉 　1２（）～－ー・AＢ", max_size=30))
def test_normalize_is_idempotent_on_minutes_like_text(text):
    once = normalize(text)
    assert normalize(once) == once
    assert "  " not in once and once == once.strip()
