"""The questions of 表二, 表三 and 表四: a gate ("本年是否收到申请？"), the rows that are not 0, then each row's
numbers. In a --from interview 表三's 上年结转 is filled from last year and never asked."""

from __future__ import annotations

from drafter.interview.basic_defaults import no_regulations
from drafter.interview.question import MODE, Answers, Question, is_set, picked
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

CARRIED_OVER = "table3.row.carried_over"
T3_PICKABLE = tuple((r.key, " ".join(r.labels[1:]) if len(r.labels) == 3 else r.labels[-1]) for r in T3_ROWS
                    if r.key != "total")
T2_PICKABLE = (*DOC_ROWS, *DECISION_ROWS, FEES_ROW)
T4_FIELDS = tuple(label for _, label in T4_RESULTS)
SIX = " ".join(APPLICANT_COLUMNS)


def carried_over_auto(a: Answers) -> bool:
    """In a --from interview 上年结转 comes from last year's 结转下年度继续办理, never asked."""
    return a.get(MODE) == "from"


def table3_open(a: Answers) -> bool:
    return bool(a.get("table3.any")) or (carried_over_auto(a) and any(a.get(CARRIED_OVER) or ()))


def _table3_gate(a: Answers) -> bool:
    return not (carried_over_auto(a) and any(a.get(CARRIED_OVER) or ()))


def _t2_choices(a: Answers) -> tuple[tuple[str, str], ...]:
    """The 规章 row is not offered to an agency that cannot make 规章."""
    return tuple(c for c in T2_PICKABLE if not (c[0] == "regulations" and no_regulations(a)))


def table2() -> tuple[Question, ...]:
    qs = [Question("table2.rows", "表二中哪些项目本年不为 0？（都为 0 直接回车）", "pick", "table2",
                   "乡镇、街道和县级人民政府及其部门不能制定规章，不列出“规章”", choices=_t2_choices, default=(), optional=True)]
    doc_fields = tuple(label for _, label in DOC_COLUMNS)
    for key, label in DOC_ROWS:
        qs.append(Question(f"table2.{key}", label, "numbers", "table2",
                           f"3 个数依次为：{' '.join(doc_fields)}，空格隔开，例如 1 0 3",
                           condition=picked("table2.rows", key), fields=doc_fields))
    for key, label in DECISION_ROWS:
        qs.append(Question(f"table2.{key}", f"{label} 本年处理决定数量", "count", "table2",
                           condition=picked("table2.rows", key)))
    qs.append(Question("table2.fees_10k_yuan", "行政事业性收费 本年收费金额（万元）", "amount", "table2",
                       "单位是万元，例如 1.25", condition=picked("table2.rows", FEES_ROW[0])))
    return tuple(qs)


def _t3_choices(a: Answers) -> tuple[tuple[str, str], ...]:
    return tuple(c for c in T3_PICKABLE if not (c[0] == "carried_over" and carried_over_auto(a)))


def table3() -> tuple[Question, ...]:
    qs = [
        Question("table3.any", "本年是否收到政府信息公开申请（含上年结转）？", "yesno", "table3",
                 "选“否”则表三全部为 0", condition=_table3_gate, default=False),
        Question("table3.rows", "表三中哪些行不为 0？", "pick", "table3",
                 "本年新收、办理结果和结转下年度的行都要选上；总计由程序计算", condition=table3_open,
                 choices=_t3_choices, default=()),
    ]
    for key, label in T3_PICKABLE:
        cond = picked("table3.rows", key, table3_open)
        if key == "carried_over":
            cond = (lambda c: lambda a: not carried_over_auto(a) and c(a))(cond)
        qs.append(Question(f"table3.row.{key}", label, "numbers", "table3",
                           f"6 个数依次为：{SIX}，空格隔开，例如 1 0 0 0 0 0", condition=cond, fields=APPLICANT_COLUMNS))
    return tuple(qs)


def table4() -> tuple[Question, ...]:
    qs = [
        Question("table4.any", "本年是否有因政府信息公开工作被申请行政复议或提起行政诉讼的案件？", "yesno", "table4",
                 "选“否”则表四全部为 0", default=False),
        Question("table4.rows", "哪些项不为 0？", "pick", "table4", condition=is_set("table4.any"),
                 choices=T4_GROUPS, default=()),
    ]
    for key, label in T4_GROUPS:
        qs.append(Question(f"table4.row.{key}", label, "numbers", "table4",
                           f"4 个数依次为：{' '.join(T4_FIELDS)}，空格隔开，例如 1 0 0 0；总计由程序计算",
                           condition=picked("table4.rows", key, is_set("table4.any")),
                           fields=T4_FIELDS))
    return tuple(qs)

