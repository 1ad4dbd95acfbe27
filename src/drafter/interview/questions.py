"""The interview's questions as data: key, prompt, help, type, default, condition, section.

Answers live in a flat mapping ``key → value`` (plain YAML values). A condition reads that mapping;
a question whose condition is false is never asked. Gate questions (是否收到申请 …) switch whole
tables off. Nothing here asks or prints: ``interview.flow`` does that through one ``ask`` function.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from drafter.facts.model import AGENCY_KINDS
from drafter.interview import carry, menus
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
from drafter.wording.regions import bank_for_place, shipped_banks

Answers = Mapping[str, Any]
MODE = "_mode"  # "scratch" or "from" (kept among the automatic answers)
CARRIED_OVER = "table3.row.carried_over"

SECTIONS: tuple[tuple[str, str], ...] = (
    ("basic", "基本信息（机关、年度、落款日期、短语库、依据通知）"),
    ("proactive", "一（一）主动公开（平台、总数、各渠道数量）"),
    ("overview", "一（二）至（五）（政府信息管理、平台建设、监督保障）"),
    ("table2", "二、主动公开政府信息情况（表二）"),
    ("table3", "三、收到和处理政府信息公开申请情况（表三）"),
    ("table4", "四、行政复议、行政诉讼情况（表四）"),
    ("improve", "五、存在的主要问题及改进措施"),
    ("other", "六、信息处理费及其他需要报告的事项"),
)
SECTION_TITLES = dict(SECTIONS)


@dataclass(frozen=True)
class Question:
    """One question. ``type`` decides the prompt and the parser (see ``interview.values``)."""

    key: str
    prompt: str
    type: str  # text, list, count, amount, date, year, choice, yesno, entries, pick, numbers
    section: str
    help: str = ""
    default: Any = None  # a value, or a function of the answers so far
    condition: Callable[[Answers], bool] | None = None
    choices: tuple[tuple[str, str], ...] | Callable[[Answers], tuple[tuple[str, str], ...]] = ()  # (value, label)
    fields: tuple[str, ...] = ()  # labels of the numbers of one table row
    optional: bool = False  # text/list may be left empty
    narrative: bool = False  # report prose: warn when copied unchanged from last year

    def applies(self, answers: Answers) -> bool:
        return self.condition is None or bool(self.condition(answers))

    def options(self, answers: Answers | None = None) -> tuple[tuple[str, str], ...]:
        """The choices offered given the answers so far (all of them when ``answers`` is None)."""
        return self.choices(answers or {}) if callable(self.choices) else self.choices

    def static_default(self, answers: Answers) -> Any:
        return self.default(answers) if callable(self.default) else self.default


# ---- derived defaults and conditions --------------------------------------------------------------

def derive_short_name(name: str) -> str:
    """昆明市晋宁区二街镇人民政府 → 二街镇; "" when the name has no recognisable 镇/乡/街道."""
    core = name.removesuffix("人民政府").removesuffix("办事处")
    for kind in ("街道", "镇", "乡"):
        if core.endswith(kind):
            cut = max(core.rfind(mark, 0, len(core) - len(kind)) for mark in "省市区县旗州盟")
            short = core[cut + 1:]
            return short if len(short) > len(kind) else ""
    return ""


def derive_kind(short_name: str) -> str:
    return next((k for k in ("街道", "镇", "乡") if short_name.endswith(k)), "")


def short_name(a: Answers) -> str:
    return str(a.get("agency.short_name") or derive_short_name(str(a.get("agency.name", ""))))


def _default_year(_: Answers, today: dt.date | None = None) -> int:
    """The year being reported on: last year in January–June (reports are due by 31 January and
    reworked into spring), this year from July on."""
    today = today or dt.date.today()
    return today.year - 1 if today.month <= 6 else today.year


def _default_signing(a: Answers) -> str:
    year = int(a.get("year") or _default_year(a)) + 1
    today = dt.date.today()
    day = today if today.year == year and today.month == 1 else dt.date(year, 1, 20)
    return day.isoformat()


def _is(key: str) -> Callable[[Answers], bool]:
    return lambda a: bool(a.get(key))


def _picked(rows_key: str, row: str, gate: Callable[[Answers], bool] | None = None) -> Callable[[Answers], bool]:
    return lambda a: (gate is None or gate(a)) and row in (a.get(rows_key) or ())


def carried_over_auto(a: Answers) -> bool:
    """In a --from interview 上年结转 comes from last year's 结转下年度继续办理, never asked."""
    return a.get(MODE) == "from"


def table3_open(a: Answers) -> bool:
    return bool(a.get("table3.any")) or (carried_over_auto(a) and any(a.get(CARRIED_OVER) or ()))


def _table3_gate(a: Answers) -> bool:
    return not (carried_over_auto(a) and any(a.get(CARRIED_OVER) or ()))


def bank_choices(_: Answers) -> tuple[tuple[str, str], ...]:
    return tuple((name, note) for name, note, _ in shipped_banks())


def default_bank(a: Answers) -> str:
    """The bank that declares a place name found in the agency's name (``serves: [晋宁区]``), else national."""
    found = bank_for_place(str(a.get("agency.name", "")))
    return found[0] if found else "national"


def no_regulations(a: Answers) -> bool:
    """乡镇、街道 and county-level governments and departments cannot make 规章 (the rule E1 checks)."""
    from drafter.checks.agency import level_of

    kind = str(a.get("agency.kind") or derive_kind(short_name(a)))
    return level_of(kind, str(a.get("agency.name", ""))) in ("township", "county")


def _t2_choices(a: Answers) -> tuple[tuple[str, str], ...]:
    """The 规章 row is not offered to an agency that cannot make 规章."""
    return tuple(c for c in T2_PICKABLE if not (c[0] == "regulations" and no_regulations(a)))


T3_PICKABLE = tuple((r.key, " ".join(r.labels[1:]) if len(r.labels) == 3 else r.labels[-1]) for r in T3_ROWS
                    if r.key != "total")
T2_PICKABLE = (*DOC_ROWS, *DECISION_ROWS, FEES_ROW)
T4_FIELDS = tuple(label for _, label in T4_RESULTS)
SIX = " ".join(APPLICANT_COLUMNS)

# ---- the questions, in the order asked ---------------------------------------------------------------

_BASIC = (
    Question("year", "报告年度", "year", "basic", "报告的是哪一年的工作，例如 2023", default=_default_year),
    Question("signing_date", "落款日期", "date", "basic", "报告末尾的日期，例如 2024-01-17 或 2024年1月17日",
             default=_default_signing),
    Question("from.sections", "与上年相比，哪些部分需要重新填写？", "pick", "start",
             "选中的部分逐项询问，上年的回答作为默认值（回车保留）；未选中的部分沿用上年的数字和文字"
             "（上年报告的原文沿用时年份改为本年、上年的数字去掉）。"
             "上年结转已自动填入；主动公开的数量每年都会变，已预先选中",
             condition=lambda a: a.get(MODE) == "from", choices=SECTIONS, default=("proactive",), optional=True),
    Question("agency.name", "本机关全称（用于落款）", "text", "basic", "例如：昆明市晋宁区二街镇人民政府"),
    Question("agency.short_name", "本机关简称", "text", "basic", "例如：二街镇",
             condition=lambda a: not derive_short_name(str(a.get("agency.name", "")))),
    Question("agency.kind", "本机关类型", "choice", "basic", "决定报告中的“我镇/我乡/我街道/本机关”",
             condition=lambda a: not derive_kind(short_name(a)), choices=tuple((k, k) for k in AGENCY_KINDS),
             default="部门"),
    Question("bank", "使用哪个短语库（报告的习惯写法）？", "choice", "basic",
             "全国通用标准表述，或本地区的习惯写法（按机关名称已选好）", default=default_bank,
             choices=bank_choices),
    Question("basis_notice", "依据的上级通知名称（没有可直接回车）", "text", "basic",
             "例如：《××区人民政府办公室关于做好××××年政府信息公开工作年度报告编制公布工作的通知》",
             optional=True),
)

_PROACTIVE = (
    Question("overview.proactive.platforms", "主要在哪些平台主动公开政府信息？", "text", "proactive",
             "例如：昆明市晋宁区人民政府门户网站及二街镇政务新媒体"),
    Question("overview.proactive.total", "全年主动公开政府信息总数（条）", "count", "proactive",
             "下一题逐个填写各渠道的数量，各渠道之和应等于总数"),
    Question("overview.proactive.channels", "各渠道公开数量", "entries", "proactive",
             "每次输入一个渠道，例如“区政府门户网站公开200条”；未单列的部分可写“其他渠道80条”",
             optional=True),
)

# ---- 一（三）（四）（五）、五、六: a checklist of the bank's practices, then the numbers of those picked ----
PRACTICE_PROMPTS = {
    "management": ("（三）政府信息管理：本年做了哪些工作？", "overview"),
    "platform": ("（四）政府信息公开平台建设：本年做了哪些工作？", "overview"),
    "supervision": ("（五）监督保障：本年做了哪些工作？", "overview"),
    "problems": ("五（一）存在的主要问题：选出本年存在的问题", "improve"),
    "measures": ("五（二）改进措施：选出要采取的措施（已按所选问题预先选中）", "improve"),
    "other": ("六、其他需要报告的事项（没有直接回车）", "other"),
}
PICK_HELP = "空格勾选，回车确认；报告按所选做法写成句子（每项有几种同义写法，每年换用，避免与上年雷同）"
EXTRA = "overview.extra"


def _pick_default(section: str) -> Any:
    if section == "measures":
        return lambda a: tuple(menus.answering(a, list(a.get("practices.problems") or ())))
    return ("accountability",) if section == "supervision" else ()


OWN_PARTS = "_own_parts"  # automatic answer of --from: the parts whose own text last year is offered


def _offered(part: str) -> Callable[[Answers], bool]:
    return lambda a: part in (a.get(OWN_PARTS) or ())


def _not_own(practices: str) -> Callable[[Answers], bool]:
    """No part's own text (kept or typed) stands in place of the checklist ``practices``."""
    return lambda a: all(a.get(carry.use_key(part)) not in (carry.KEEP, carry.TYPE) for part in carry.owners(practices))


def own_questions(part: str) -> tuple[Question, ...]:
    """--from: last year's own text of ``part``, kept (updated), replaced by the checklist, or typed anew."""
    p = carry.BY_PART[part]
    choices = ((carry.KEEP, "沿用上年的文字并更新（年份改为本年；标出的数字逐个填写本年的数，回车去掉）"),
               (carry.MENU, "改用标准做法清单（勾选）"), (carry.TYPE, "重新输入本年的文字"))
    return (
        Question(carry.use_key(part), f"{p.label}：上年的文字（已在上方标出年份和数字）怎么处理？", "choice", p.section,
                 "沿用时上年的年份自动改为本年，与上年比较的句子去掉", default=carry.KEEP,
                 condition=_offered(part), choices=choices),
        Question(carry.text_key(part), f"{p.label}：本年的文字", "text", p.section,
                 "上年的文字作为默认值：年份已改为本年，其中的数字仍是上年的，请改为本年的数；按 → 等方向键在原文上修改",
                 condition=lambda a: a.get(carry.use_key(part)) == carry.TYPE, optional=True),
    )


def practice_questions(section: str) -> tuple[Question, ...]:
    """The checklist of ``section``'s practices, then one question for the numbers of each practice picked
    (after the choice about last year's own text of that part, where there is one)."""
    prompt, part = PRACTICE_PROMPTS[section]
    key = f"practices.{section}"
    qs = [*(own_questions("improvement") if section == "problems" else ()), *own_questions(section),
          Question(key, prompt, "pick", part, PICK_HELP, default=_pick_default(section), optional=True,
                   choices=functools.partial(menus.choices, section), condition=_not_own(section))]
    for practice in menus.all_practices().get(section, ()):
        if not practice.counts:
            continue
        fields = menus.count_fields(practice)
        qs.append(Question(f"practice.{section}.{practice.id}", menus.count_prompt(practice),
                           "count" if len(fields) == 1 else "numbers", part,
                           "没有填 0" if practice.zero_wordings is not None else "",
                           default=0 if len(fields) == 1 and practice.zero_wordings is not None else None,
                           condition=_picked(key, practice.id), fields=() if len(fields) == 1 else fields))
    return tuple(qs)


# Typed additions of the parts that can hold last year's own text (not asked where that text is kept or typed).
EXTRA_PARTS = {"overview.management.text": "management", "overview.platform_text": "platform",
               "overview.supervision.text": "supervision", "problems": "problems", "measures": "measures",
               "other_matters": "other"}


def _extra_text(key: str, prompt: str, part: str, kind: str = "text") -> Question:
    own = EXTRA_PARTS.get(key)
    condition = _is(EXTRA) if own is None else (lambda a: bool(a.get(EXTRA)) and _not_own(own)(a))
    return Question(key, prompt, kind, part, "原样写在所选做法的句子之后；不需要直接回车", condition=condition,
                    optional=True, narrative=True)


_OVERVIEW = (
    *practice_questions("management"), *practice_questions("platform"), *practice_questions("supervision"),
    Question(EXTRA, "是否要在所选做法之外补充文字（一、五、六各部分）？", "yesno", "overview",
             "一般不需要：各部分由所选的做法和数字写成", default=False),
    _extra_text("overview.proactive.text", "（一）主动公开 补充说明", "overview"),
    _extra_text("overview.requests_text", "（二）依申请公开 补充说明", "overview"),
    _extra_text("overview.management.text", "（三）政府信息管理 补充说明", "overview"),
    _extra_text("overview.platform_text", "（四）政府信息公开平台建设 补充说明", "overview"),
    _extra_text("overview.supervision.text", "（五）监督保障 补充说明", "overview"),
)


def _table2() -> tuple[Question, ...]:
    qs = [Question("table2.rows", "表二中哪些项目本年不为 0？（都为 0 直接回车）", "pick", "table2",
                   "乡镇、街道和县级人民政府及其部门不能制定规章，不列出“规章”", choices=_t2_choices, default=(), optional=True)]
    doc_fields = tuple(label for _, label in DOC_COLUMNS)
    for key, label in DOC_ROWS:
        qs.append(Question(f"table2.{key}", label, "numbers", "table2",
                           f"3 个数依次为：{' '.join(doc_fields)}，空格隔开，例如 1 0 3",
                           condition=_picked("table2.rows", key), fields=doc_fields))
    for key, label in DECISION_ROWS:
        qs.append(Question(f"table2.{key}", f"{label} 本年处理决定数量", "count", "table2",
                           condition=_picked("table2.rows", key)))
    qs.append(Question("table2.fees_10k_yuan", "行政事业性收费 本年收费金额（万元）", "amount", "table2",
                       "单位是万元，例如 1.25", condition=_picked("table2.rows", FEES_ROW[0])))
    return tuple(qs)


def _t3_choices(a: Answers) -> tuple[tuple[str, str], ...]:
    return tuple(c for c in T3_PICKABLE if not (c[0] == "carried_over" and carried_over_auto(a)))


def _table3() -> tuple[Question, ...]:
    qs = [
        Question("table3.any", "本年是否收到政府信息公开申请（含上年结转）？", "yesno", "table3",
                 "选“否”则表三全部为 0", condition=_table3_gate, default=False),
        Question("table3.rows", "表三中哪些行不为 0？", "pick", "table3",
                 "本年新收、办理结果和结转下年度的行都要选上；总计由程序计算", condition=table3_open,
                 choices=_t3_choices, default=()),
    ]
    for key, label in T3_PICKABLE:
        cond = _picked("table3.rows", key, table3_open)
        if key == "carried_over":
            cond = (lambda c: lambda a: not carried_over_auto(a) and c(a))(cond)
        qs.append(Question(f"table3.row.{key}", label, "numbers", "table3",
                           f"6 个数依次为：{SIX}，空格隔开，例如 1 0 0 0 0 0", condition=cond, fields=APPLICANT_COLUMNS))
    return tuple(qs)


def _table4() -> tuple[Question, ...]:
    qs = [
        Question("table4.any", "本年是否有因政府信息公开工作被申请行政复议或提起行政诉讼的案件？", "yesno", "table4",
                 "选“否”则表四全部为 0", default=False),
        Question("table4.rows", "哪些项不为 0？", "pick", "table4", condition=_is("table4.any"),
                 choices=T4_GROUPS, default=()),
    ]
    for key, label in T4_GROUPS:
        qs.append(Question(f"table4.row.{key}", label, "numbers", "table4",
                           f"4 个数依次为：{' '.join(T4_FIELDS)}，空格隔开，例如 1 0 0 0；总计由程序计算",
                           condition=_picked("table4.rows", key, _is("table4.any")),
                           fields=T4_FIELDS))
    return tuple(qs)


_IMPROVE = (
    *practice_questions("problems"), *practice_questions("measures"),
    _extra_text("problems", "另外的问题（多条用分号“；”隔开）", "improve", "list"),
    _extra_text("measures", "另外的改进措施（多条用分号“；”隔开，每条一段）", "improve", "list"),
)

_OTHER = (
    Question("fees.any", "本年是否发出信息处理费收费通知？", "yesno", "other",
             "选“否”则报告写明未收取信息处理费", default=False),
    Question("fees.notices", "发出收费通知件数", "count", "other", condition=_is("fees.any")),
    Question("fees.notice_amount_10k_yuan", "收费通知金额（万元）", "amount", "other", condition=_is("fees.any")),
    Question("fees.collected_10k_yuan", "实际收取金额（万元）", "amount", "other", condition=_is("fees.any")),
    *practice_questions("other"),
    _extra_text("other_matters", "其他需要报告的事项（多条用分号“；”隔开）", "other", "list"),
)

QUESTIONS: tuple[Question, ...] = (
    *_BASIC, *_PROACTIVE, *_OVERVIEW, *_table2(), *_table3(), *_table4(), *_IMPROVE, *_OTHER,
)
BY_KEY = {q.key: q for q in QUESTIONS}


def section_questions(section: str) -> tuple[Question, ...]:
    return tuple(q for q in QUESTIONS if q.section == section)
