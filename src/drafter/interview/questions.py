"""The interview's questions, in the order asked, by section.

A question is data (``question.Question``: key, prompt, help, type, default, condition, section); the tables'
questions are ``table_questions``', the narrative parts' ``practice_questions``', the basic questions' defaults
``basic_defaults``'. Gate questions (是否收到申请 …) switch whole tables off. Nothing here asks or prints:
``interview.flow`` does that through one ``ask`` function.
"""

from __future__ import annotations

from drafter.facts.model import AGENCY_KINDS
from drafter.interview.basic_defaults import (
    bank_choices,
    default_bank,
    default_signing,
    default_year,
    derive_short_name,
    kind_of,
)
from drafter.interview.practice_questions import EXTRA, extra_text, practice_questions
from drafter.interview.question import MODE, Question, is_set
from drafter.interview.table_questions import table2, table3, table4

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

# ---- the questions, in the order asked ---------------------------------------------------------------

_BASIC = (
    Question("year", "报告年度", "year", "basic", "报告的是哪一年的工作，例如 2023", default=default_year),
    Question("signing_date", "落款日期", "date", "basic", "报告末尾的日期，例如 2024-01-17 或 2024年1月17日",
             default=default_signing),
    Question("from.sections", "与上年相比，哪些部分需要重新填写？", "pick", "start",
             "选中的部分逐项询问，上年的回答作为默认值（回车保留）；未选中的部分沿用上年的数字和文字"
             "（上年报告的原文沿用时年份改为本年、上年的数字去掉）。"
             "上年结转已自动填入；主动公开的数量每年都会变，已预先选中",
             condition=lambda a: a.get(MODE) == "from", choices=SECTIONS, default=("proactive",), optional=True),
    Question("agency.name", "本机关全称（用于落款）", "text", "basic", "例如：昆明市晋宁区二街镇人民政府"),
    Question("agency.short_name", "本机关简称", "text", "basic", "例如：二街镇",
             condition=lambda a: not derive_short_name(str(a.get("agency.name", "")))),
    Question("agency.kind", "本机关类型", "choice", "basic", "决定报告中的“我镇/我乡/我街道/我县（区、市）/本机关”",
             condition=lambda a: not kind_of(a), choices=tuple((k, k) for k in AGENCY_KINDS),
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

_OVERVIEW = (
    *practice_questions("management"), *practice_questions("platform"), *practice_questions("supervision"),
    Question(EXTRA, "是否要在所选做法之外补充文字（一、五、六各部分）？", "yesno", "overview",
             "一般不需要：各部分由所选的做法和数字写成", default=False),
    extra_text("overview.proactive.text", "（一）主动公开 补充说明", "overview"),
    extra_text("overview.requests_text", "（二）依申请公开 补充说明", "overview"),
    extra_text("overview.management.text", "（三）政府信息管理 补充说明", "overview"),
    extra_text("overview.platform_text", "（四）政府信息公开平台建设 补充说明", "overview"),
    extra_text("overview.supervision.text", "（五）监督保障 补充说明", "overview"),
)

_IMPROVE = (
    *practice_questions("problems"), *practice_questions("measures"),
    extra_text("problems", "另外的问题（多条用分号“；”隔开）", "improve", "list"),
    extra_text("measures", "另外的改进措施（多条用分号“；”隔开，每条一段）", "improve", "list"),
)

_OTHER = (
    Question("fees.any", "本年是否发出信息处理费收费通知？", "yesno", "other",
             "选“否”则报告写明未收取信息处理费", default=False),
    Question("fees.notices", "发出收费通知件数", "count", "other", condition=is_set("fees.any")),
    Question("fees.notice_amount_10k_yuan", "收费通知金额（万元）", "amount", "other", condition=is_set("fees.any")),
    Question("fees.collected_10k_yuan", "实际收取金额（万元）", "amount", "other", condition=is_set("fees.any")),
    *practice_questions("other"),
    extra_text("other_matters", "其他需要报告的事项（多条用分号“；”隔开）", "other", "list"),
)

QUESTIONS: tuple[Question, ...] = (
    *_BASIC, *_PROACTIVE, *_OVERVIEW, *table2(), *table3(), *table4(), *_IMPROVE, *_OTHER,
)
BY_KEY = {q.key: q for q in QUESTIONS}


def section_questions(section: str) -> tuple[Question, ...]:
    return tuple(q for q in QUESTIONS if q.section == section)
