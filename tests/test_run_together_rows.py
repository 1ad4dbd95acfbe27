"""表三 run together on one line as real pages print it: leaf labels worded a little otherwise (realworld 86,
平潭君山 2025: "2.其他法律和行政法规禁止公开", "…行政机关不再受理其政府信息公开申请") and rows printed with no
cell at all (realworld 87, 平潭市场 2024: "…不再处理其政府信息公开申请3.其他（七）总计4000004") or with a space where
one cell is blank (realworld 120, 平潭金井 2022: "四、结转下年度继续办理 0 00000")."""

from __future__ import annotations

from pathlib import Path

from drafter.importers.report import import_report
from drafter.importers.run_table3 import table3
from tests.test_realworld_rules import _run_together_t3

ROWS = {"new_received": "1000001", "partially_granted": "1000001", "total": "1000001", "carried_forward": "0000000"}


def _read(text: str) -> dict[str, tuple[str, ...]]:
    return {block[0][0]: block[0][1:] for block in table3(text)}  # type: ignore[index]


def test_leaf_labels_worded_a_little_otherwise_are_read_as_the_official_ones() -> None:
    official = _read(_run_together_t3(ROWS))
    assert len(official) == 25 and official["2.其他法律行政法规禁止公开"] == ("0",) * 7
    worded = _run_together_t3(ROWS).replace("其他法律行政法规", "其他法律和行政法规").replace("不再处理其", "不再受理其")
    assert list(_read(worded).values()) == list(official.values())
    assert "1.属于国家秘密" in _read(worded)  # its digits end where "2.其他法律和…" starts


def test_a_short_or_far_worded_label_is_not_taken_for_the_official_one() -> None:
    """Only long labels, nearly all of them: "2.其他法律法规规定" (another row, perhaps) is left out, and the row
    before it with it ("…00000002" is no seven cells)."""
    far = _run_together_t3(ROWS).replace("其他法律行政法规禁止公开", "其他法律法规规定")
    got = _read(far)
    assert "2.其他法律行政法规禁止公开" not in got and "1.属于国家秘密" not in got
    assert got["3.危及“三安全一稳定”"] == ("0",) * 7


def test_a_row_printed_with_no_cell_is_the_reports_blank_not_zero(tmp_path: Path) -> None:
    """(六)2 and 3 printed with nothing before the next label: blank (B5, the report's fault), never 0. A label
    the copy ends with is not: its cells may have been cut off."""
    text = _run_together_t3(ROWS)
    blank = text.replace("3.其他0000000", "3.其他").replace("缴纳费用、行政机关不再处理其政府信息公开申请0000000",
                                                          "缴纳费用、行政机关不再处理其政府信息公开申请")
    got = _read(blank)
    assert got["3.其他"] == ("",) * 7
    assert got["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"] == ("",) * 7
    assert got["（七）总计"] == ("1", "0", "0", "0", "0", "0", "1")
    cut = blank[:blank.find("3.其他") + len("3.其他")]
    assert "3.其他" not in _read(cut)
    facts = import_report(Path(__file__).parent / "realworld" / "87-pingtan-market-2024.txt").facts
    assert facts.imported is not None
    blank_paths = {f"applications.other_handling.{k}[{c}]" for k in ("overdue_fee", "other") for c in range(1, 7)}
    assert blank_paths <= set(facts.imported.blank) and blank_paths <= set(facts.imported.missing)
    assert facts.applications.row("other_handling.overdue_correction") == (0,) * 6


def test_a_space_inside_a_row_is_its_blank_cell_when_no_other_row_has_one() -> None:
    """"0 00000" on a page whose other rows run seven digits or more together: 0 | blank | 0 0 0 0 0 (the space is the
    blank cell's "&nbsp;"). Not when the digits and spaces are not seven one-digit cells, when the cells do not
    add up to the printed 总计, or when another row has a space too (the page may space its cells)."""
    def last_row(rows: dict[str, str]) -> tuple[str, ...]:
        return _read(_run_together_t3(rows) + " 四、政府信息公开行政复议、行政诉讼情况")["四、结转下年度继续办理"]

    spaced = {**ROWS, "carried_forward": "0 00000"}
    assert last_row(spaced) == ("0", "", "0", "0", "0", "0", "0")
    assert last_row({**ROWS, "carried_forward": "1 00001"}) == ("1", "", "0", "0", "0", "0", "1")
    for row in ("10 001", "1 00000", "0 0000"):  # six cells / 1 against a 总计 of 0 / six
        assert last_row({**ROWS, "carried_forward": row}) == (row,)
    assert last_row({**spaced, "new_received": "100 0001"}) == ("0 00000",)
