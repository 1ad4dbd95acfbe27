"""The batch spreadsheet's columns: Chinese headers ↔ facts keys, one row ↔ one facts tree.

Pure data and conversion (no spreadsheet library): ``row_to_facts`` turns one row of cells into
``Facts`` through ``facts.load.parse_facts`` (the one validator), naming columns in its messages;
``facts_to_row`` gives the cells of an existing facts file (the template's example row).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from drafter.errors import FactsError
from drafter.facts.load import parse_facts
from drafter.facts.model import Facts
from drafter.facts.values import nfkc
from drafter.tables import (
    APPLICANT_COLUMNS,
    DECISION_ROWS,
    DOC_COLUMNS,
    DOC_ROWS,
    FEES_ROW,
    T3_ROWS,
    T4_GROUPS,
    T4_RESULTS,
)

SEP = "｜"


@dataclass(frozen=True)
class Column:
    key: str  # facts path: "agency.name", "applications.granted[1]", "overview.proactive.channels"
    header: str  # what the clerk sees
    kind: str  # text | count | optional | amount | date | year | list | lines | channels
    note: str = ""  # instructions-sheet explanation


def _columns() -> list[Column]:
    cols = [
        Column("agency.name", "机关全称", "text", "必填，署名用全称，例如：昆明市晋宁区二街镇人民政府"),
        Column("agency.short_name", "机关简称", "text", "例如：二街镇；空着则用全称"),
        Column("agency.kind", "机关类型", "text", "镇、乡、街道、县级政府 或 部门"),
        Column("agency.title_name", "标题用名称", "text", "可空；空着则由全称去掉“人民政府”得到"),
        Column("year", "报告年度", "year", "必填，四位数年份，例如 2023"),
        Column("signing_date", "落款日期", "date", "必填，例如 2024-01-17 或 2024年1月17日"),
        Column("banks", "短语库", "list", "可空（默认 national）；多个用逗号分隔，例如 jinning"),
        Column("basis_notice", "依据的上级通知", "text", "可空，例如《关于做好2023年政府信息公开工作年度报告编制公布工作的通知》"),
        Column("overview.proactive.platforms", "主要公开平台", "text", "例如：区人民政府门户网站及镇政务新媒体"),
        Column("overview.proactive.total", "全年主动公开信息总数", "optional", "条；可空"),
        Column("overview.proactive.channels", "各渠道公开数量", "channels",
               "每个渠道写成“名称（动词）：数量单位”，多个用分号隔开，例如：门户网站（公开）：118篇；“魅力二街”（发布）：356条"),
        Column("overview.proactive.text", "主动公开补充说明", "text", "可空，原样写入报告"),
        Column("overview.requests_text", "依申请公开补充说明", "text", "可空"),
        Column("overview.management.leader_briefings", "主要领导听取汇报次数", "optional", "次；可空"),
        Column("overview.management.text", "政府信息管理补充说明", "text", "可空"),
        Column("overview.platform_text", "平台建设情况", "text", "可空"),
        Column("overview.supervision.accountability_cases", "责任追究次数", "optional", "次；可空"),
        Column("overview.supervision.text", "监督保障情况", "text", "可空"),
    ]
    return cols + _table_columns() + _closing_columns()


def _table_columns() -> list[Column]:
    """Every cell of 表二, 表三 and 表四 that is entered (totals are computed, never columns)."""
    cols: list[Column] = []
    for key, label in DOC_ROWS:
        cols += [Column(f"proactive_table.{key}.{c}", f"表二{SEP}{label}{SEP}{clabel}", "count") for c, clabel in DOC_COLUMNS]
    cols += [Column(f"proactive_table.{key}", f"表二{SEP}{label}{SEP}本年处理决定数量", "count") for key, label in DECISION_ROWS]
    cols.append(Column(f"proactive_table.{FEES_ROW[0]}", f"表二{SEP}{FEES_ROW[1]}{SEP}本年收费金额（万元）", "amount"))
    for row in T3_ROWS:
        if row.key == "total":
            continue
        label = SEP.join(row.labels[1:] if len(row.labels) > 1 else row.labels)
        cols += [Column(f"applications.{row.key}[{i}]", f"表三{SEP}{label}{SEP}{applicant}", "count")
                 for i, applicant in enumerate(APPLICANT_COLUMNS, 1)]
    for key, label in T4_GROUPS:
        cols += [Column(f"reviews_and_lawsuits.{key}.{r}", f"表四{SEP}{label}{SEP}{rlabel}", "count")
                 for r, rlabel in T4_RESULTS]
    return cols


def _closing_columns() -> list[Column]:
    return [
        Column("problems", "存在的主要问题", "lines", "每条一行（单元格内换行：Alt+Enter）"),
        Column("measures", "改进措施", "lines", "每段一行"),
        Column("fees.notices", "信息处理费·发出收费通知件数", "count"),
        Column("fees.notice_amount_10k_yuan", "信息处理费·收费通知金额（万元）", "amount"),
        Column("fees.collected_10k_yuan", "信息处理费·实际收取金额（万元）", "amount"),
        Column("other_matters", "其他需要报告的事项", "lines", "每段一行；可空"),
    ]


COLUMNS = tuple(_columns())
BY_KEY = {c.key: c for c in COLUMNS}
DEFAULT_NOTES = {"count": "非负整数，没有填 0 或留空", "amount": "万元，最多 6 位小数（精确到分），没有填 0 或留空"}


def normalize_header(text: str) -> str:
    """Headers match whatever the width of brackets and bars and the spaces typed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text)))


BY_HEADER = {normalize_header(c.header): c for c in COLUMNS}
_CHANNEL = re.compile(r"^(?P<name>.+?)(?:\((?P<verb>[^()]*)\))?[:：]\s*(?P<count>\d+)\s*(?P<unit>\S*)$")


def match_headers(headers: list[object]) -> tuple[dict[int, Column], list[str]]:
    """Column index → Column for the known headers, and the headers nobody knows."""
    known: dict[int, Column] = {}
    unknown: list[str] = []
    for i, header in enumerate(headers):
        if header is None or str(header).strip() == "":
            continue
        col = BY_HEADER.get(normalize_header(str(header)))
        if col is None:
            unknown.append(str(header))
        else:
            known[i] = col
    return known, unknown


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _channels(text: str, header: str, problems: list[str]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for part in re.split(r"[;；\n]+", text):
        part = part.strip()
        if not part:
            continue
        match = _CHANNEL.match(nfkc(part))  # full-width brackets, colon and digits → half-width
        if not match:
            problems.append(f"列“{header}”：无法识别“{part}”。请写成“名称（动词）：数量单位”，例如 门户网站（公开）：118篇")
            continue
        out.append({"name": match["name"].strip(), "verb": (match["verb"] or "").strip(),
                    "count": int(match["count"]), "unit": match["unit"] or "条"})
    return out


def _cell_value(col: Column, value: object, problems: list[str]) -> object:
    if col.kind == "list":
        return [p.strip() for p in re.split(r"[,，、;；\s]+", str(value)) if p.strip()]
    if col.kind == "lines":
        return [line.strip() for line in str(value).splitlines() if line.strip()]
    if col.kind == "channels":
        return _channels(str(value), col.header, problems)
    if isinstance(value, float) and value.is_integer() and col.kind in ("count", "optional", "year"):
        return int(value)
    return value


def _put(tree: dict[str, object], key: str, value: object) -> None:
    base, _, index = key.partition("[")
    parts = base.split(".")
    node = tree
    for part in parts[:-1]:
        node = node.setdefault(part, {})  # type: ignore[assignment]
    if index:
        row = node.setdefault(parts[-1], [0] * len(APPLICANT_COLUMNS))
        row[int(index.rstrip("]")) - 1] = value  # type: ignore[index]
    else:
        node[parts[-1]] = value


def row_to_tree(cells: dict[Column, object]) -> tuple[dict[str, object], list[str]]:
    """The facts tree (as a YAML facts file would give it) and the problems found on the way."""
    tree: dict[str, object] = {"schema": 1}
    problems: list[str] = []
    for col, value in cells.items():
        if _blank(value):
            continue
        _put(tree, col.key, _cell_value(col, value, problems))
    return tree, problems


_FIELD = re.compile(r"^字段 (?P<path>[^\s（：]+)(?:（[^：]*）)?：")


def _name_column(problem: str) -> str:
    """"字段 applications.granted[1]（…）：…" → "列“表三｜（一）予以公开｜自然人”：…"."""
    match = _FIELD.match(problem)
    col = BY_KEY.get(match["path"]) if match else None
    if match and col is None and match["path"] == "agency":
        col = BY_KEY["agency.name"]
    return f"列“{col.header}”：{problem[match.end():]}" if match and col else problem


def row_to_facts(cells: dict[Column, object], source: str) -> Facts:
    """Validate one row. Raises ``FactsError`` whose ``problems`` name the columns."""
    tree, problems = row_to_tree(cells)
    try:
        facts = parse_facts(tree, source)
    except FactsError as exc:
        problems += [_name_column(p) for p in exc.problems]
    if problems:
        listing = "\n".join(f"  {i}. {p}" for i, p in enumerate(problems, 1))
        raise FactsError(f"{source}有 {len(problems)} 处问题：\n{listing}", problems=problems)
    return facts


def _channel_text(facts: Facts) -> str:
    return "；".join(f"{c.name}{f'（{c.verb}）' if c.verb else ''}：{c.count}{c.unit}"
                    for c in facts.overview.proactive.channels)


def facts_to_row(facts: Facts) -> list[object]:
    """The cells of one row, in ``COLUMNS`` order (used for the template's example row)."""
    a, o = facts.agency, facts.overview
    fixed: dict[str, object] = {
        "agency.name": a.name, "agency.short_name": a.short_name, "agency.kind": a.kind,
        "agency.title_name": a.title_name, "year": facts.year, "signing_date": facts.signing_date.isoformat(),
        "banks": ",".join(facts.banks), "basis_notice": facts.basis_notice,
        "overview.proactive.platforms": o.proactive.platforms, "overview.proactive.total": o.proactive.total,
        "overview.proactive.channels": _channel_text(facts), "overview.proactive.text": o.proactive.text,
        "overview.requests_text": o.requests_text,
        "overview.management.leader_briefings": o.management.leader_briefings,
        "overview.management.text": o.management.text, "overview.platform_text": o.platform_text,
        "overview.supervision.accountability_cases": o.supervision.accountability_cases,
        "overview.supervision.text": o.supervision.text,
        "problems": "\n".join(facts.problems), "measures": "\n".join(facts.measures),
        "other_matters": "\n".join(facts.other_matters),
    }
    out: list[object] = []
    for col in COLUMNS:
        if col.key in fixed:
            value = fixed[col.key]
        elif col.key.startswith("applications."):
            key, _, index = col.key.removeprefix("applications.").partition("[")
            value = facts.applications.row(key)[int(index.rstrip("]")) - 1]
        else:
            value = _attr(facts, col.key)
        out.append(format(value.normalize(), "f") if isinstance(value, Decimal) else value)
    return out


def _attr(facts: Facts, key: str) -> object:
    node: object = facts
    for part in key.split("."):
        node = getattr(node, part)
    return node
