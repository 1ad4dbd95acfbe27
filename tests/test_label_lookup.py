"""Labels printed one character otherwise are still known (realworld 57 prints "行政事业型收费", 86
"其他法律和行政法规禁止公开" and "…行政机关不再受理其…"), but only long ones, and only when one label is that near:
a short label one character away may be another row."""

from __future__ import annotations

from pathlib import Path

from drafter.importers.labels import T2_ROWS, T3_LABELS, lookup
from drafter.importers.report import import_report
from drafter.importers.tables_read import match


def test_a_label_one_character_otherwise_is_known() -> None:
    assert lookup("行政事业型收费", T2_ROWS) == "fees_10k_yuan"
    assert lookup("2.其他法律和行政法规禁止公开", T3_LABELS) == "withheld.prohibited_by_law"
    assert lookup("1.申请人无正当理由逾期不补正、行政机关不再受理其政府信息公开申请", T3_LABELS) \
        == "other_handling.overdue_correction"
    assert lookup("2.没有现成信息需另行制作", T3_LABELS) == "unable_to_provide.needs_creation"  # one left out


def test_short_labels_and_labels_two_characters_off_are_not() -> None:
    assert lookup("行政许诺", T2_ROWS) is None  # four characters: 行政许可? 行政处罚?
    assert lookup("重复申报", T3_LABELS) is None
    assert lookup("行政事业型收入", T2_ROWS) is None  # two characters off
    assert lookup("其他法律法规规定禁止公开", T3_LABELS) is None


def test_the_fee_row_printed_with_a_typo_is_read(tmp_path: Path) -> None:
    """Realworld 57 (one cell per line, " |" after each cell): its fee row "行政事业型收费 | 0 |" is read as 0."""
    facts = import_report(Path(__file__).parent / "realworld" / "57-suijiang-huiyi-2021.txt").facts
    assert facts.imported is not None and "proactive_table.fees_10k_yuan" not in facts.imported.missing
    assert facts.proactive_table.fees_10k_yuan == 0
    text = (Path(__file__).parent / "realworld" / "57-suijiang-huiyi-2021.txt").read_text(encoding="utf-8")
    copy = tmp_path / "57.txt"
    copy.write_text(text.replace("行政事业型收费 |\n0 |", "行政事业型收费 |\n3.5 |"), encoding="utf-8")
    assert str(import_report(copy).facts.proactive_table.fees_10k_yuan) == "3.5"


def test_a_cell_ending_in_a_colon_is_a_page_field_not_a_row_label_in_any_table() -> None:
    """1015 (建德市交通运输局 2021): the portal's field line "有效性: | 规范性文件登记: |" above 表二 was taken for the
    行政规范性文件 row. A field name is no row's label in 表二 nor 表三 (whose short labels, "其他", "总计", a page's
    fields may print too): the reader looks further left, and the row as the table prints it is still known."""
    assert match(("有效性:", "规范性文件登记:", "", "", "", ""), T2_ROWS) is None
    assert match(("行政规范性文件", "1", "0", "1", ""), T2_ROWS) == (0, "normative_documents")
    assert match(("其他：", "", "", ""), T3_LABELS) is None
    assert match(("3.其他", "0", "0", "0", "0", "0", "0", "0"), T3_LABELS) == (0, "other_handling.other")
    assert match(("3.其他", "总计:"), T3_LABELS) == (0, "other_handling.other")
