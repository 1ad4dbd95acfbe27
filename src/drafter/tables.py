"""The official tables of the 2021 format (国办公开办函〔2021〕30号) as data, and their grids.

Labels are verbatim (full-width brackets). The same data serves the writers (grids with merges),
the facts model (which keys exist) and the importers (which label means which cell).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SECTION_HEADINGS = (
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
)

# ---- 表二: 主动公开政府信息情况 ----------------------------------------------------------------
DOC_ROWS = (("regulations", "规章"), ("normative_documents", "行政规范性文件"))
DOC_COLUMNS = (("issued", "本年制发件数"), ("repealed", "本年废止件数"), ("in_force", "现行有效件数"))
DECISION_ROWS = (("licensing", "行政许可"), ("penalties", "行政处罚"), ("coercive_measures", "行政强制"))
FEES_ROW = ("fees_10k_yuan", "行政事业性收费")
T2_BANDS = ("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项")
T2_CONTENT = "信息内容"
T2_DECISIONS = "本年处理决定数量"
T2_FEES = "本年收费金额（单位：万元）"
# What a report's prose says of 表二's cells ("本年度制发的规范性文件88件"): pattern, row, column, how to name it
# ("制发的" only after the year: "审查各部门制发的规范性文件15件" counts other agencies' documents)
# ("制定发布规范性文件4件", "制定并公开行政规范性文件8件": made and published, 制发)
DOC_ISSUE = r"(?:(?:本年度?|今年|全年)(?:制发|印发|出台|制定)的|(?:制发|印发|出台|制定)(?:并?(?:发布|公开|公布|印发))?(?:了)?)"
DOC_FIGURES = (
    (rf"{DOC_ISSUE}(?:行政)?规范性文件(\d+)件", "normative_documents", "issued", "制发行政规范性文件"),
    (r"废止(?:了)?(?:行政)?规范性文件(\d+)件", "normative_documents", "repealed", "废止行政规范性文件"),
    (r"现行有效(?:的)?(?:行政)?规范性文件(?:共)?(\d+)件", "normative_documents", "in_force", "现行有效行政规范性文件"),
    (rf"{DOC_ISSUE}规章(\d+)件", "regulations", "issued", "制发规章"),
)

# ---- 表三: 收到和处理政府信息公开申请情况 --------------------------------------------------------
APPLICANT_COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
T3_COLUMNS = (*APPLICANT_COLUMNS, "总计")
T3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_TOP = "申请人情况"
T3_LEGAL = "法人或其他组织"
T3_RESULTS = "三、本年度办理结果"

# group key -> (label, ((leaf key, leaf label), ...))
OUTCOME_GROUPS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("withheld", "（三）不予公开", (
        ("state_secret", "1.属于国家秘密"),
        ("prohibited_by_law", "2.其他法律行政法规禁止公开"),
        ("security_stability", "3.危及“三安全一稳定”"),
        ("third_party_rights", "4.保护第三方合法权益"),
        ("internal_affairs", "5.属于三类内部事务信息"),
        ("process_information", "6.属于四类过程性信息"),
        ("enforcement_files", "7.属于行政执法案卷"),
        ("query_matters", "8.属于行政查询事项"),
    )),
    ("unable_to_provide", "（四）无法提供", (
        ("not_held", "1.本机关不掌握相关政府信息"),
        ("needs_creation", "2.没有现成信息需要另行制作"),
        ("still_unclear", "3.补正后申请内容仍不明确"),
    )),
    ("not_processed", "（五）不予处理", (
        ("complaints", "1.信访举报投诉类申请"),
        ("repeated", "2.重复申请"),
        ("publications", "3.要求提供公开出版物"),
        ("excessive", "4.无正当理由大量反复申请"),
        ("confirmation", "5.要求行政机关确认或重新出具已获取信息"),
    )),
    ("other_handling", "（六）其他处理", (
        ("overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("overdue_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("other", "3.其他"),
    )),
)
SIMPLE_OUTCOMES = (("granted", "（一）予以公开"), ("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"))
TOTAL_LABEL = "（七）总计"


@dataclass(frozen=True)
class T3Row:
    """One data row of 表三. ``key`` is the facts path under ``applications`` ("withheld.state_secret");
    the computed （七）总计 row has key "total"."""

    key: str
    labels: tuple[str, ...]


def _t3_rows() -> tuple[T3Row, ...]:
    rows = [
        T3Row("new_received", ("一、本年新收政府信息公开申请数量",)),
        T3Row("carried_over", ("二、上年结转政府信息公开申请数量",)),
    ]
    rows += [T3Row(key, (T3_RESULTS, label)) for key, label in SIMPLE_OUTCOMES]
    for group, glabel, leaves in OUTCOME_GROUPS:
        rows += [T3Row(f"{group}.{key}", (T3_RESULTS, glabel, label)) for key, label in leaves]
    rows.append(T3Row("total", (T3_RESULTS, TOTAL_LABEL)))
    rows.append(T3Row("carried_forward", ("四、结转下年度继续办理",)))
    return tuple(rows)


T3_ROWS = _t3_rows()
OUTCOME_LEAF_KEYS = tuple(r.key for r in T3_ROWS if r.labels[0] == T3_RESULTS and r.key != "total")

# ---- 表四: 政府信息公开行政复议、行政诉讼情况 ------------------------------------------------------
T4_RESULTS = (("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"))
T4_GROUPS = (("review", "行政复议"), ("lawsuit_direct", "未经复议直接起诉"), ("lawsuit_after_review", "复议后起诉"))
T4_LAWSUIT = "行政诉讼"
T4_TOTAL = "总计"

# Preferred line breaks for labels in narrow columns: always between words, never inside one.
LABEL_LINES: dict[str, tuple[str, ...]] = {
    "商业企业": ("商业", "企业"),
    "科研机构": ("科研", "机构"),
    "社会公益组织": ("社会", "公益", "组织"),
    "法律服务机构": ("法律", "服务", "机构"),
    "法人或其他组织": ("法人或", "其他组织"),
    "结果维持": ("结果", "维持"),
    "结果纠正": ("结果", "纠正"),
    "其他结果": ("其他", "结果"),
    "尚未审结": ("尚未", "审结"),
    T3_RESULTS: ("三、本年度", "办理结果"),
    "（三）不予公开": ("（三）", "不予公开"),
    "（四）无法提供": ("（四）", "无法提供"),
    "（五）不予处理": ("（五）", "不予处理"),
    "（六）其他处理": ("（六）", "其他处理"),
}

T2_WIDTHS = (36.0, 40.0, 40.0, 40.0)
T3_WIDTHS = (18.0, 15.0, 46.0, *([11.0] * 7))
T4_WIDTHS = tuple([10.4] * 15)


# ---- where: a facts field path in the official labels ("表三 · （三）不予公开 1.属于国家秘密 · 自然人") ----
T3_BY_KEY = {row.key: row for row in T3_ROWS}


def t3_row_label(key: str) -> str:
    """"（三）不予公开 1.属于国家秘密", "一、本年新收政府信息公开申请数量"."""
    labels = T3_BY_KEY[key].labels
    return " ".join(labels[1:]) if len(labels) > 1 else labels[0]


def t3_where(key: str, col: int) -> str:
    return f"表三 · {t3_row_label(key)} · {T3_COLUMNS[col]}"


def doc_where(row: str, col: str) -> str:
    return f"表二 · {dict(DOC_ROWS)[row]} · {dict(DOC_COLUMNS)[col]}"


def t4_where(group: str, col: str) -> str:
    label = dict(T4_GROUPS)[group]
    head = label if group == "review" else f"行政诉讼 · {label}"
    return f"表四 · {head} · {dict(T4_RESULTS).get(col, T4_TOTAL)}" if col else f"表四 · {head}"


def cell_where(path: str) -> str:
    """The official labels of any table field path ("" for a path outside the tables): a cell
    ("applications.granted[1]"), a row ("applications.granted", "proactive_table.licensing") or a 表四 group."""
    match = re.fullmatch(r"applications\.([\w.]+?)(?:\[(\d+)\])?", path)
    if match and match.group(1) in T3_BY_KEY:
        if match.group(2) is None:
            return f"表三 · {t3_row_label(match.group(1))}"
        index = int(match.group(2))
        return t3_where(match.group(1), index - 1) if 1 <= index <= len(T3_COLUMNS) else ""
    match = re.fullmatch(r"reviews_and_lawsuits\.(\w+)(?:\.(\w+))?", path)
    if match and match.group(1) in dict(T4_GROUPS):
        return t4_where(match.group(1), match.group(2) or "")
    match = re.fullmatch(r"proactive_table\.(\w+)(?:\.(\w+))?", path)
    if match and match.group(1) in dict(DOC_ROWS):
        row, col = match.group(1), match.group(2)
        if col is None:
            return f"表二 · {dict(DOC_ROWS)[row]}"
        return doc_where(row, col) if col in dict(DOC_COLUMNS) else ""
    if match and match.group(2) is None and match.group(1) in dict(DECISION_ROWS):
        return f"表二 · {dict(DECISION_ROWS)[match.group(1)]} · {T2_DECISIONS}"
    if match and match.group(2) is None and match.group(1) == FEES_ROW[0]:
        return f"表二 · {FEES_ROW[1]} · {T2_FEES}"
    return ""
