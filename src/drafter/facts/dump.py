"""Writing ``Facts`` back to a commented YAML facts file a clerk can read and edit."""

from __future__ import annotations

import json
from decimal import Decimal

import yaml

from drafter.facts.imported import dump_imported, nullable_paths
from drafter.facts.model import Facts, Pick, ReviewRow
from drafter.facts.narrative import PRACTICE_SECTIONS
from drafter.facts.own import dump_last_year, dump_own_text
from drafter.tables import (
    DECISION_ROWS,
    DOC_COLUMNS,
    DOC_ROWS,
    OUTCOME_GROUPS,
    SIMPLE_OUTCOMES,
    T3_ROWS,
    T4_GROUPS,
)

# Also safe inside a flow mapping ("- {name: …, verb: …}"): ASCII indicators there end or break the value.
FLOW_UNSAFE = frozenset("#,:[]{}&*!|>'\"%@`?")


def scalar(value: object) -> str:
    """One YAML scalar: plain where that reads back identically, JSON-quoted otherwise."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, bool | int):
        return str(value).lower() if isinstance(value, bool) else str(value)
    text = str(value)
    try:
        plain_ok = (yaml.safe_load(text) == text and text == text.strip() and "\n" not in text
                    and not any(ch in text for ch in FLOW_UNSAFE))
    except yaml.YAMLError:
        plain_ok = False
    return text if plain_ok and text else json.dumps(text, ensure_ascii=False)


def _block(key: str, text: str, indent: str, comment: str) -> list[str]:
    if "\n" not in text and len(text) <= 40:
        return [f"{indent}{key}: {scalar(text)}    # {comment}"]
    lines = [f"{indent}{key}: |-    # {comment}"]
    lines += [f"{indent}  {line}" if line else "" for line in text.split("\n")]
    return lines


def _list(key: str, items: list[str], comment: str) -> list[str]:
    if not items:
        return [f"{key}: []    # {comment}"]
    return [f"{key}:    # {comment}", *[f"  - {scalar(item)}" for item in items]]


def _row6(values: tuple[int, ...], path: str, missing: set[str]) -> str:
    cells = ("null" if f"{path}[{i}]" in missing else str(v) for i, v in enumerate(values, 1))
    return "[" + ", ".join(cells) + "]"


def _value(value: object, path: str, missing: set[str]) -> str:
    """A table value, or ``null`` where an import could not read it."""
    return "null" if path in missing else scalar(value)


def _review(row: ReviewRow, path: str, missing: set[str]) -> str:
    cells = ", ".join(f"{k}: {_value(getattr(row, k), f'{path}.{k}', missing)}"
                      for k in ("upheld", "corrected", "other", "pending"))
    return f"{{{cells}}}"


def _pick(section: str, pick: Pick, labels: dict[str, str]) -> str:
    label = labels.get(f"{section}.{pick.id}")
    comment = f"    # {label}" if label else ""
    if not pick.counts:
        return f"    - {scalar(pick.id)}{comment}"
    counts = ", ".join(f"{scalar(k)}: {v}" for k, v in pick.counts.items())
    return f"    - {{id: {scalar(pick.id)}, {counts}}}{comment}"


def _practices(facts: Facts, labels: dict[str, str]) -> list[str]:
    if not facts.practices:
        return []
    out = ["", "# ---- 叙述部分勾选的标准做法（编号见短语库的 practices:；报告按短语库的写法成句） ----",
           "# 每项一行：- 编号，或带数字的 - {id: 编号, 数字名: 数字}；不勾选的做法不写。", "practices:"]
    for key, heading in PRACTICE_SECTIONS:
        picks = facts.practices.get(key)
        if picks is None:
            continue
        if not picks:
            out.append(f"  {key}: []    # {heading}")
            continue
        out.append(f"  {key}:    # {heading}")
        out += [_pick(key, pick, labels) for pick in picks]
    return out


def dump_facts(facts: Facts, practice_labels: dict[str, str] | None = None) -> str:
    """The facts file text; ``practice_labels`` ("section.id" → the practice's menu label) become comments beside the picks."""
    missing = nullable_paths(facts.imported)
    out = _head(facts) + _overview(facts) + _table2(facts, missing) + _table3(facts, missing) + _table4(facts, missing)
    out += ["", "# ---- 五、存在的主要问题及改进情况 ----"]
    out += _list("problems", facts.problems, "存在的主要问题，每项一条")
    out += _list("measures", facts.measures, "改进措施，每项一段")
    out += _fees(facts, missing)
    out += _list("other_matters", facts.other_matters, "其他需要报告的事项，每项一段")
    out += _practices(facts, practice_labels or {})
    out += dump_own_text(facts.own_text)
    out += dump_last_year(facts.last_year)
    out += dump_imported(facts.imported)
    return "\n".join(out) + "\n"


def _head(facts: Facts) -> list[str]:
    """The year, the agency, the signing date, the banks and the notice followed."""
    a = facts.agency
    unread = set(facts.imported.missing) if facts.imported else set()
    out = [
        "# 政府信息公开工作年度报告 事实文件（drafter）",
        "# 只填数字和事实，报告文字由短语库生成；表格中的“总计”由程序计算，不要填写。",
        f"schema: {facts.schema}",
        f"year: {'' if 'year' in unread else facts.year}    # 报告年度",
        "agency:    # 机关",
        f"  name: {scalar(a.name)}    # 署名用全称",
        f"  short_name: {scalar(a.short_name)}    # 简称",
        f"  kind: {a.kind}    # 类型：镇 / 乡 / 街道 / 县级政府 / 部门",
    ]
    if a.title_name:
        out.append(f"  title_name: {scalar(a.title_name)}    # 标题用名称")
    signing = "" if "signing_date" in unread else facts.signing_date.isoformat()
    out.append(f"signing_date: {signing}    # 落款日期")
    out += _list("banks", facts.banks, "使用的短语库（national 为全国通用）")
    out.append(f"basis_notice: {scalar(facts.basis_notice)}    # 依据的上级通知（可空）")
    return out


def _overview(facts: Facts) -> list[str]:
    """一、总体情况."""
    o = facts.overview
    out = ["", "# ---- 一、总体情况 ----", "overview:", "  proactive:    # （一）主动公开"]
    out.append(f"    platforms: {scalar(o.proactive.platforms)}    # 主要公开平台")
    total = "" if o.proactive.total is None else str(o.proactive.total)
    out.append(f"    total: {total}    # 全年主动公开信息总数（条）")
    if o.proactive.channels:
        out.append("    channels:    # 各渠道公开数量")
        for ch in o.proactive.channels:
            out.append(f"      - {{name: {scalar(ch.name)}, verb: {scalar(ch.verb)}, count: {ch.count}, "
                       f"unit: {scalar(ch.unit)}}}")
    else:
        out.append("    channels: []    # 各渠道公开数量")
    out += _block("text", o.proactive.text, "    ", "补充说明（原样写入报告）")
    out += _block("requests_text", o.requests_text, "  ", "（二）依申请公开 补充说明")
    briefings = "" if o.management.leader_briefings is None else str(o.management.leader_briefings)
    out += ["  management:    # （三）政府信息管理",
            f"    leader_briefings: {briefings}    # 主要领导听取政务公开工作汇报次数"]
    out += _block("text", o.management.text, "    ", "补充说明")
    out += _block("platform_text", o.platform_text, "  ", "（四）政府信息公开平台建设")
    cases = "" if o.supervision.accountability_cases is None else str(o.supervision.accountability_cases)
    out += ["  supervision:    # （五）监督保障",
            f"    accountability_cases: {cases}    # 责任追究次数"]
    return out + _block("text", o.supervision.text, "    ", "工作考核、社会评议等情况")


def _table2(facts: Facts, missing: set[str]) -> list[str]:
    p = facts.proactive_table
    out = ["", "# ---- 二、主动公开政府信息情况（表二） ----", "proactive_table:"]
    for key, label in DOC_ROWS:
        row = getattr(p, key)
        cells = ", ".join(f"{c}: {_value(getattr(row, c), f'proactive_table.{key}.{c}', missing)}"
                          for c, _ in DOC_COLUMNS)
        out.append(f"  {key}: {{{cells}}}    # {label}：本年制发、本年废止、现行有效")
    for key, label in DECISION_ROWS:
        out.append(f"  {key}: {_value(getattr(p, key), f'proactive_table.{key}', missing)}    # {label} 本年处理决定数量")
    fees = _value(p.fees_10k_yuan, "proactive_table.fees_10k_yuan", missing)
    out.append(f"  fees_10k_yuan: {fees}    # 行政事业性收费 本年收费金额（万元）")
    return out


def _table3(facts: Facts, missing: set[str]) -> list[str]:
    out = ["", "# ---- 三、收到和处理政府信息公开申请情况（表三） ----",
           "# 每行 6 个数：[自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他]；全为 0 的行可省略",
           "applications:"]
    apps = facts.applications
    labels = {row.key: row.labels[-1] for row in T3_ROWS}
    for key in ("new_received", "carried_over", *(k for k, _ in SIMPLE_OUTCOMES)):
        out.append(f"  {key}: {_row6(apps.row(key), f'applications.{key}', missing)}    # {labels[key]}")
    for group, glabel, leaves in OUTCOME_GROUPS:
        out.append(f"  {group}:    # {glabel}")
        for leaf, label in leaves:
            row = _row6(apps.row(f"{group}.{leaf}"), f"applications.{group}.{leaf}", missing)
            out.append(f"    {leaf}: {row}    # {label}")
    row = _row6(apps.row("carried_forward"), "applications.carried_forward", missing)
    out.append(f"  carried_forward: {row}    # {labels['carried_forward']}")
    return out


def _table4(facts: Facts, missing: set[str]) -> list[str]:
    out = ["", "# ---- 四、政府信息公开行政复议、行政诉讼情况（表四） ----",
           "# upheld 结果维持, corrected 结果纠正, other 其他结果, pending 尚未审结", "reviews_and_lawsuits:"]
    for key, label in T4_GROUPS:
        review = _review(getattr(facts.reviews_and_lawsuits, key), f"reviews_and_lawsuits.{key}", missing)
        out.append(f"  {key}: {review}    # {label}")
    return out


def _fees(facts: Facts, missing: set[str]) -> list[str]:
    f = facts.fees
    return ["", "# ---- 六、其他需要报告的事项 ----", "fees:    # 信息处理费",
            f"  notices: {_value(f.notices, 'fees.notices', missing)}    # 发出收费通知件数",
            f"  notice_amount_10k_yuan: {_value(f.notice_amount_10k_yuan, 'fees.notice_amount_10k_yuan', missing)}"
            "    # 收费通知金额（万元）",
            f"  collected_10k_yuan: {_value(f.collected_10k_yuan, 'fees.collected_10k_yuan', missing)}"
            "    # 实际收取金额（万元）"]
