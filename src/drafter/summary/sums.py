"""The county's sums as a facts file: every table cell summed over the units read.

A unit that could not be read (or is left out: another year, a second copy) is listed, never summed
as 0. A cell that some summed unit lacks (its import could not read it) has no known sum: it is
``null`` and listed under ``imported.missing`` (the mechanism ``drafter import`` uses for unread
cells), with the partial sum in a comment. Either makes the file say, at its top, that it is incomplete.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from drafter.facts.model import COUNTY_GOVERNMENT, Agency, Facts, Imported, ReviewRow, county_short_name
from drafter.summary.figures import Number
from drafter.summary.read import Unit
from drafter.tables import DECISION_ROWS, DOC_COLUMNS, DOC_ROWS, T3_ROWS, T4_GROUPS, T4_RESULTS, cell_where

FEE_FIELDS = ("notices", "notice_amount_10k_yuan", "collected_10k_yuan")
PROACTIVE_TOTAL = "overview.proactive.total"
SOURCE = "drafter summary"


def cells(facts: Facts) -> dict[str, Number]:
    """Every table cell of the facts (and the proactive total, when known), by field path."""
    out: dict[str, Number] = {}
    pt = facts.proactive_table
    for row, _ in DOC_ROWS:
        for col, _ in DOC_COLUMNS:
            out[f"proactive_table.{row}.{col}"] = getattr(getattr(pt, row), col)
    for key, _ in DECISION_ROWS:
        out[f"proactive_table.{key}"] = getattr(pt, key)
    out["proactive_table.fees_10k_yuan"] = pt.fees_10k_yuan
    for t3 in T3_ROWS:
        if t3.key != "total":
            for c, value in enumerate(facts.applications.row(t3.key), 1):
                out[f"applications.{t3.key}[{c}]"] = value
    for group, _ in T4_GROUPS:
        for col, _ in T4_RESULTS:
            out[f"reviews_and_lawsuits.{group}.{col}"] = getattr(getattr(facts.reviews_and_lawsuits, group), col)
    for name in FEE_FIELDS:
        out[f"fees.{name}"] = getattr(facts.fees, name)
    if facts.overview.proactive.total is not None:
        out[PROACTIVE_TOTAL] = facts.overview.proactive.total
    return out


def _set_cells(facts: Facts, values: dict[str, Number]) -> None:
    """The reverse of ``cells`` (cells absent from ``values`` stay 0; the proactive total stays unknown)."""
    pt = facts.proactive_table
    for row, _ in DOC_ROWS:
        for col, _ in DOC_COLUMNS:
            setattr(getattr(pt, row), col, int(values.get(f"proactive_table.{row}.{col}", 0)))
    for key, _ in DECISION_ROWS:
        setattr(pt, key, int(values.get(f"proactive_table.{key}", 0)))
    pt.fees_10k_yuan = Decimal(values.get("proactive_table.fees_10k_yuan", 0))
    facts.applications.rows = {
        t3.key: tuple(int(values.get(f"applications.{t3.key}[{c}]", 0)) for c in range(1, 7))
        for t3 in T3_ROWS if t3.key != "total"}
    for group, _ in T4_GROUPS:
        setattr(facts.reviews_and_lawsuits, group,
                ReviewRow(*(int(values.get(f"reviews_and_lawsuits.{group}.{col}", 0)) for col, _ in T4_RESULTS)))
    facts.fees.notices = int(values.get("fees.notices", 0))
    for name in FEE_FIELDS[1:]:
        setattr(facts.fees, name, Decimal(values.get(f"fees.{name}", 0)))
    if PROACTIVE_TOTAL in values:
        facts.overview.proactive.total = int(values[PROACTIVE_TOTAL])


def _lacks(unit: Unit, path: str) -> bool:
    return any(path == m or path.startswith((m + ".", m + "[")) for m in unit.missing) or (
        path == PROACTIVE_TOTAL and unit.facts is not None and unit.facts.overview.proactive.total is None)


@dataclass
class CountySum:
    facts: Facts
    summed: list[str]  # the units in the sums
    left_out: list[tuple[str, str]]  # (unit, why it is not in the sums)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, the file summed instead)
    partial: dict[str, tuple[Number, list[str]]] = field(default_factory=dict)  # cell → (known part, units lacking it)

    @property
    def complete(self) -> bool:
        return not self.left_out and not self.partial


def county_agency(name: str) -> Agency:
    """The county's own agency (the total is its report's starting point): a ××县/区/旗人民政府 is a 县级政府
    (我县/我区), anything else a 部门."""
    full = name if name.endswith(("政府", "办公室", "局", "委员会")) else f"{name}人民政府"
    short = county_short_name(full)
    return Agency(full, short or name.removesuffix("人民政府") or name, COUNTY_GOVERNMENT if short else "部门")


def county_sum(units: list[Unit], name: str, year: int) -> CountySum:
    """The sums over the units marked to be summed; every other unit listed with its reason."""
    summed = [u for u in units if u.summed]
    left_out = [(u.name, u.failure or u.excluded) for u in units if not u.summed and (u.failure or u.excluded)]
    totals: dict[str, Number] = {}
    lacking: dict[str, list[str]] = {}
    for unit in summed:
        assert unit.facts is not None
        for path, value in cells(unit.facts).items():
            if _lacks(unit, path):
                lacking.setdefault(path, []).append(unit.name)
            else:
                totals[path] = totals.get(path, 0) + value
    facts = Facts(year=year, agency=county_agency(name), signing_date=dt.date(year + 1, 1, 31), banks=["national"])
    known = {p: v for p, v in totals.items() if p not in lacking}
    _set_cells(facts, known)
    partial = {p: (totals.get(p, 0), who) for p, who in lacking.items()}
    order = {p: i for i, p in enumerate([*cells(facts), PROACTIVE_TOTAL])}
    partial = dict(sorted(partial.items(), key=lambda item: order.get(item[0], len(order))))
    table_partial = [p for p in partial if p != PROACTIVE_TOTAL]
    if table_partial:
        facts.imported = Imported(source=SOURCE, missing=table_partial)
    duplicates = [(u.source, u.duplicate_of) for u in units if u.duplicate_of]
    return CountySum(facts, [u.name for u in summed], left_out, duplicates=duplicates, partial=partial)


def dump_sum(result: CountySum) -> str:
    """The facts file, with what it sums and what it lacks said in comments at its top and end."""
    from drafter.facts.dump import dump_facts

    head = [f"# 全县汇总（drafter summary 生成）：{result.facts.agency.short_name}{result.facts.year}年，"
            f"{len(result.summed)} 个单位各项数字之和。",
            "# 机关名称、落款日期和各部分文字请按实际情况填写；表格数字是各单位之和。"]
    if result.complete:
        head.append("# 合计完整：所有单位均已读入，每一格都有数字。")
    else:
        head.append("# 【合计不完整】下列单位未计入合计（不是按 0 计入），请取得其数字后补上：" if result.left_out
                    else "# 【合计不完整】部分格子有单位未能读出，合计未知：")
        head += [f"#   - {name}：{why.splitlines()[0]}" for name, why in result.left_out]
        if result.partial:
            head.append(f"# 有 {len(result.partial)} 格因有单位未能读出，合计未知：表中写为 null（或留空），"
                        "列在文末 imported.missing 中；已读出部分之和见文末。")
    head += [f"# 重复的文件，未重复计入：{source}（与 {kept} 是同一单位）" for source, kept in result.duplicates]
    head.append(f"# 计入合计的单位（{len(result.summed)} 个）：{'、'.join(result.summed)}")
    tail = []
    if result.partial:
        tail = ["", "# ---- 合计未知的格子：已读出单位之和（缺少的单位未计入，仅供参考）----"]
        for path, (known, who) in result.partial.items():
            where = cell_where(path) or ("主动公开信息总数" if path == PROACTIVE_TOTAL else path)
            tail.append(f"#   {where}（{path}）：{_shown(known)}，缺 {'、'.join(who)}")
    return "\n".join(head) + "\n" + dump_facts(result.facts) + ("\n".join(tail) + "\n" if tail else "")


def _shown(value: Number) -> str:
    return format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)
