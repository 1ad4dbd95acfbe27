"""Tables as PDF conversions leave them: labels separated from their numbers, 表四's header as loose text,
a 表二 row that lost a cell. Cells are read where their place is certain, and left unread otherwise."""

from __future__ import annotations

from pathlib import Path

from drafter.importers.report import ImportResult, import_report
from drafter.tables import OUTCOME_LEAF_KEYS, T3_ROWS

LEAVES = list(OUTCOME_LEAF_KEYS)


def _values() -> dict[str, list[int]]:
    """Distinct rows (so a row placed one off would be caught), consistent with their 总计 rows."""
    rows = {key: [i + 1, i % 3, 0, 0, i % 2, 0] for i, key in enumerate(LEAVES)}
    total = [sum(rows[k][c] for k in LEAVES) for c in range(6)]
    rows.update(new_received=[t + 1 for t in total], carried_over=[1] * 6, total=total, carried_forward=[2] * 6)
    return rows


def _table3(bare: set[str], values: dict[str, list[int]] | None = None) -> str:
    """表三 as Markdown, the rows in ``bare`` without their label (it floats above as a loose line)."""
    values = values or _values()
    lines = ["## 表三", "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |", "|---|---|---|---|---|---|---|---|"]
    for row in T3_ROWS:
        nums = values[row.key]
        cells = " | ".join(str(n) for n in (*nums, sum(nums)))
        if row.key in bare:
            lines += ["", row.labels[-1][:6], "", f"| {cells} |", "|---|---|---|---|---|---|---|"]
        else:
            lines.append(f"| {row.labels[-1]} | {cells} |")
    return "\n".join(lines)


def _report(tmp_path: Path, body: str) -> ImportResult:
    path = tmp_path / "converted.md"
    path.write_text("某某市某某局2024年政府信息公开工作年度报告\n一、总体情况\n略。\n" + body
                    + "\n六、其他需要报告的事项\n本年度未收取信息处理费。\n某某市某某局\n2025年1月20日\n", encoding="utf-8")
    return import_report(path)


def _missing(result: ImportResult) -> set[str]:
    assert result.facts.imported is not None
    return set(result.facts.imported.missing)


def test_bare_rows_are_placed_by_order_between_labelled_rows(tmp_path: Path) -> None:
    bare = {"partially_granted", "withheld.prohibited_by_law", "unable_to_provide.not_held",
            "unable_to_provide.needs_creation", "other_handling.overdue_correction", "other_handling.overdue_fee"}
    result = _report(tmp_path, _table3(bare))
    values = _values()
    for key in (*LEAVES, "new_received", "carried_over", "carried_forward"):
        assert result.facts.applications.row(key) == tuple(values[key]), key
    assert not [m for m in _missing(result) if m.startswith("applications.")]
    assert any("行序" in note for note in result.notes)


def test_bare_rows_stay_unread_when_a_gap_does_not_place_them(tmp_path: Path) -> None:
    """Two bare rows where one labelled row is missing too: three slots, two rows, no certain placement."""
    text = _table3({"partially_granted", "withheld.state_secret"})
    text = "\n".join(line for line in text.split("\n") if "2.其他法律行政法规禁止公开" not in line)
    result = _report(tmp_path, text)
    missing = _missing(result)
    assert {f"applications.partially_granted[{c}]" for c in range(1, 7)} <= missing
    assert {f"applications.withheld.state_secret[{c}]" for c in range(1, 7)} <= missing
    assert result.facts.applications.row("granted") == tuple(_values()["granted"])


def test_bare_rows_stay_unread_when_the_columns_do_not_balance(tmp_path: Path) -> None:
    values = _values()
    values["total"] = [t + 1 for t in values["total"]]  # the printed （七）总计 no longer matches the rows
    result = _report(tmp_path, _table3({"partially_granted"}, values))
    assert {f"applications.partially_granted[{c}]" for c in range(1, 7)} <= _missing(result)


T4_LOOSE_HEADER = """四、政府信息公开行政复议、行政诉讼情况
行政复议行政诉讼
未经复议直接起诉复议后起诉
总计结果结果其他尚未结果结果其他尚未
| 维持 | 纠正 | 结果 | 审结 | 总计 | 总计 |
|---|---|---|---|---|---|
| {row} |
"""


def test_table_four_data_row_under_a_loose_header(tmp_path: Path) -> None:
    row = " | ".join(str(n) for n in (4, 0, 1, 2, 7, 1, 0, 0, 1, 2, 0, 1, 0, 0, 1))
    t4 = _report(tmp_path, T4_LOOSE_HEADER.format(row=row)).facts.reviews_and_lawsuits
    assert (t4.review.upheld, t4.review.other, t4.review.pending, t4.lawsuit_after_review.corrected) == (4, 1, 2, 1)


def test_table_four_row_that_does_not_add_up_is_not_taken(tmp_path: Path) -> None:
    row = " | ".join(str(n) for n in (4, 0, 1, 2, 9, 1, 0, 0, 1, 2, 0, 1, 0, 0, 1))
    result = _report(tmp_path, T4_LOOSE_HEADER.format(row=row))
    assert "表四" in result.unread_tables


def test_table_two_row_that_lost_a_cell_is_not_guessed(tmp_path: Path) -> None:
    """"| 规章 | 22 | 235 |" under a three-column header: which column lost its number is unknown."""
    text = ("| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n"
            "| 规章 | 22 | 235 |\n| 行政规范性文件 | 3 | 1 | 9 |\n")
    result = _report(tmp_path, text)
    assert {f"proactive_table.regulations.{c}" for c in ("issued", "repealed", "in_force")} <= _missing(result)
    assert result.facts.proactive_table.normative_documents.in_force == 9
    assert any("规章" in p and "2 个数" in p for p in result.problems)
