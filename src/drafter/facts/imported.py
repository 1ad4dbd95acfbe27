"""The optional ``imported:`` block of a facts file: reading it (with ``facts.load``) and writing it.

It exists only in facts files written by ``drafter import``. Cells listed under ``missing`` are
written as ``null`` in the tables and read back as 0 with their path kept, so nothing that could not
be read turns silently into a zero.
"""

from __future__ import annotations

import json
from typing import Any

from drafter.facts import values
from drafter.facts.model import Imported, StatedTotals
from drafter.facts.narrative import IMPORTED_SECTIONS
from drafter.facts.reader import N_APPLICANT, Reader
from drafter.tables import DOC_ROWS, T3_ROWS, T4_GROUPS

FORMATS = ("2021", "2019")
ROW_KEYS = tuple(row.key for row in T3_ROWS)
GROUP_KEYS = tuple(key for key, _ in T4_GROUPS)
NULLABLE_PREFIXES = ("proactive_table.", "applications.", "reviews_and_lawsuits.", "fees.")
# The report's identity an import may not have read (a page cut before its signature, a title without the year):
# empty in the facts file, unknown, asked by ``interview --fill``; ``render`` says where it is missing.
NULLABLE_IDENTITY = ("year", "signing_date", "agency.name")
SECTION_KEYS = tuple(key for key, _ in IMPORTED_SECTIONS)
RUN_TOGETHER_KEYS = (*(f"proactive_table.{key}" for key, _ in DOC_ROWS),
                     *(f"reviews_and_lawsuits.{key}" for key in GROUP_KEYS))
# The F2 note (``imported.variants``) of a 表二 row the report does not print at all: its own omission, not a
# row drafter failed to read.
ABSENT_ROW = "缺少“{label}”行（统一格式第二十条第（一）项有“规章”“行政规范性文件”两行）"
# The note (``imported.variants``) of a table label or header that keeps the template's filling-in note: T1, not F2.
TEMPLATE_NOTE = "“{label}”（模板的填写说明，发布时应删去）"
TEMPLATE_NOTE_END = "（模板的填写说明，发布时应删去）"


def absent_rows(imported: Imported | None) -> set[str]:
    """The 表二 rows (facts paths, "proactive_table.regulations") the published report leaves out."""
    notes = set(imported.variants) if imported is not None else set()
    return {f"proactive_table.{key}" for key, label in DOC_ROWS if ABSENT_ROW.format(label=label) in notes}


def parse_imported(r: Reader, raw: object) -> Imported | None:
    if raw is None:
        return None
    data = r.mapping(raw, "imported", ("source", "format", "missing", "blank", "variants", "stated_totals", "sections",
                                       "outline", "run_together", "published", "publisher"))
    fmt = r.text(data, "format", "imported") or "2021"
    if fmt not in FORMATS:
        r.fail("imported.format", f"表格格式“{fmt}”无效", "应为 2021 或 2019")
    sections = r.mapping(data.get("sections"), "imported.sections", SECTION_KEYS)
    return Imported(
        source=r.text(data, "source", "imported"),
        format=fmt,
        missing=r.texts(data, "missing", "imported.missing"),
        blank=r.texts(data, "blank", "imported.blank"),
        variants=r.texts(data, "variants", "imported.variants"),
        stated_totals=_stated(r, data.get("stated_totals")),
        sections={key: r.text(sections, key, "imported.sections") for key in SECTION_KEYS if key in sections},
        outline=r.texts(data, "outline", "imported.outline"),
        run_together=_run_together(r, data.get("run_together")),
        published=(r.convert(data["published"], "imported.published", values.parse_date, None)
                   if data.get("published") is not None else None),
        publisher=r.text(data, "publisher", "imported"),
    )


def _run_together(r: Reader, raw: object) -> dict[str, str]:
    path = "imported.run_together"
    data = r.mapping(raw, path, RUN_TOGETHER_KEYS)
    out = {k: r.text(data, k, path) for k in RUN_TOGETHER_KEYS if k in data}
    for k, digits in out.items():
        if not digits.isascii() or not digits.isdigit():
            r.fail(f"{path}.{k}", f"“{digits}”不是一串数字", "照原报告写出连在一起的数字，如 \"693665\"")
    return out


def _stated(r: Reader, raw: object) -> StatedTotals:
    path = "imported.stated_totals"
    data = r.mapping(raw, path, ("row_totals", "outcome_totals", "review_totals"))
    rows = r.mapping(data.get("row_totals"), f"{path}.row_totals", ROW_KEYS)
    reviews = r.mapping(data.get("review_totals"), f"{path}.review_totals", GROUP_KEYS)
    outcome = data.get("outcome_totals")
    return StatedTotals(
        row_totals={k: r.count(rows, k, f"{path}.row_totals") for k in ROW_KEYS if k in rows},
        outcome_totals=None if outcome is None else _outcome(r, outcome, f"{path}.outcome_totals"),
        review_totals={k: r.count(reviews, k, f"{path}.review_totals") for k in GROUP_KEYS if k in reviews},
    )


def _outcome(r: Reader, raw: object, path: str) -> tuple[int | None, ...]:
    """The （七）总计 row: six counts, null where the report printed the cell blank."""
    if isinstance(raw, list) and len(raw) == N_APPLICANT and None in raw:
        return tuple(None if v is None else r.convert(v, f"{path}[{i}]", values.parse_count, 0)
                     for i, v in enumerate(raw, 1))
    return r.row6(raw, path)


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _flow(items: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{k}: {v}" for k, v in items.items()) + "}"


def dump_imported(imported: Imported | None) -> list[str]:
    if imported is None:
        return []
    st = imported.stated_totals
    out = ["", "# ---- 由 drafter import 从已发布的报告读出 ----",
           "# 记录原报告的样子（印出的总计、原文），drafter check 据此检查原报告。",
           "# 如果要以本文件为基础修改数字、生成新的报告，请删除下面整段 imported:，以免按原报告的总计核对。",
           "imported:",
           f"  source: {_q(imported.source)}    # 来源文件",
           f"  format: \"{imported.format}\"    # 表格格式：2021 为现行格式，2019 为旧格式（已尽量对应）"]
    if imported.published is not None:
        out.append(f"  published: {imported.published.isoformat()}    # 网页上的发布日期（发布时间、成文日期等）")
    if imported.publisher:
        out.append(f"  publisher: {_q(imported.publisher)}    # 网页在标题上方标明的发布机关（来源、发布机构等）")
    if imported.missing:
        out.append("  missing:    # 未能读出的字段（上文中写为 null，请对照原报告填写）")
        out += [f"    - {_q(path)}" for path in imported.missing]
    else:
        out.append("  missing: []    # 未能读出的字段")
    if imported.variants:
        out.append("  variants:    # 与统一格式不同的标签")
        out += [f"    - {_q(text)}" for text in imported.variants]
    if imported.run_together:
        out.append("  run_together:    # 表二中数字连在一起、拆分方式不止一种的行，表四中怎样拆分都加不出总计的一组（原样）")
        out += [f"    {path}: {_q(digits)}" for path, digits in imported.run_together.items()]
    if imported.blank:
        out.append("  blank:    # 其中原报告本身空白或填“—”“/”的格")
        out += [f"    - {_q(path)}" for path in imported.blank]
    out += ["  stated_totals:    # 报告中印出的“总计”，供 drafter check 核对"]
    out.append(f"    row_totals: {_flow(st.row_totals)}    # 表三各行“总计”列（total 为（七）总计行）")
    outcome = "null" if st.outcome_totals is None else "[" + ", ".join(
        "null" if n is None else str(n) for n in st.outcome_totals) + "]"
    out.append(f"    outcome_totals: {outcome}    # 表三（七）总计行的 6 个数")
    out.append(f"    review_totals: {_flow(st.review_totals)}    # 表四三个“总计”")
    if imported.outline:
        out.append("  outline:    # 原报告的各级标题（按原样，供 drafter check 核对结构）")
        out += [f"    - {_q(line)}" for line in imported.outline]
    out.append("  sections:    # 各部分原文（用于查重和明年参考）")
    labels = dict(IMPORTED_SECTIONS)
    for key, text in imported.sections.items():
        out += text_block(key, text, labels[key])
    return out


def text_block(key: str, text: str, comment: str, indent: str = "    ") -> list[str]:
    """``key: text`` as a literal block where that reads back identically, else one quoted line."""
    if "\n" not in text and len(text) <= 40 or not _block_safe(text):
        return [f"{indent}{key}: {_q(text)}    # {comment}"]
    return [f"{indent}{key}: |-    # {comment}", *[f"{indent}  {line}" if line else "" for line in text.split("\n")]]


def _block_safe(text: str) -> bool:
    """A literal block reads back identically only without edge whitespace and control characters."""
    lines = text.split("\n")
    return (text == text.strip() and all(line == line.strip() for line in lines)
            and all(ch.isprintable() for ch in text.replace("\n", "")))


def nullable_paths(imported: Imported | None) -> set[str]:
    """The paths that may be ``null`` or empty (listed as missing): table cells, fee figures and the report's
    identity an import did not read; a field never listed is required as ever."""
    if imported is None:
        return set()
    return {path for path in imported.missing if path.startswith(NULLABLE_PREFIXES) or path in NULLABLE_IDENTITY}

