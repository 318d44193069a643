from extractor.layout import page_lines
from extractor.records import Char, Page, Rule

EM = 10.0


def chars(text: str, x: float, top: float, pitch: float = EM) -> list[Char]:
    """Glyphs of a string set one em apart, as a fixed-pitch Japanese font prints them."""
    out = []
    for char in text:
        if not char.isspace():
            out.append(Char(char, x, x + EM, top, top + EM, EM))
        x += pitch
    return out


def page(*runs: list[Char], rules=()) -> Page:
    return Page(1, 595, 842, [c for run in runs for c in run], list(rules))


def cells(line):
    return [cell.raw for cell in line.cells]


def test_glyphs_on_one_baseline_make_one_line_in_reading_order():
    lines = page_lines(page(chars("議事要旨", 100, 50), chars("第2回", 60, 50.5)))
    assert len(lines) == 1
    assert cells(lines[0]) == ["第2回 議事要旨"]


def test_lines_are_ordered_top_to_bottom():
    lines = page_lines(page(chars("二行目", 72, 80), chars("一行目", 72, 60)))
    assert [line.raw for line in lines] == ["一行目", "二行目"]


def test_wide_gaps_split_cells_and_a_one_em_gap_is_a_space():
    # 構成員 | 熊谷　和哉 | 環境省…  (a full-width space inside the name, tab stops between columns)
    line = page_lines(page(chars("構成員", 84, 100), chars("熊谷 和哉", 145, 100), chars("環境省審議官", 218, 100)))[0]
    assert cells(line) == ["構成員", "熊谷 和哉", "環境省審議官"]


def test_letter_spaced_label_spread_over_a_column_is_one_cell():
    # 議　　長 printed as 議 at 0 em and 長 at 3 em, then the name column
    line = page_lines(page(chars("議", 84, 100), chars("長", 114, 100), chars("城内 実", 145, 100)))[0]
    assert cells(line) == ["議 長", "城内 実"]


def test_a_drawn_rule_between_glyphs_splits_cells_even_without_a_gap():
    rule = Rule(120, 120.5, 90, 120)
    line = page_lines(page(chars("区分氏名", 100, 100), rules=[rule]))[0]
    assert cells(line) == ["区分", "氏名"]


def test_space_glyphs_are_ignored_and_spaces_come_from_gaps():
    glyphs = chars("AI", 72, 100, pitch=5) + [Char(" ", 82, 84, 100, 110, 10)] + chars("Act", 85, 100, pitch=5)
    assert page_lines(page(glyphs))[0].raw == "AI Act"
