"""The report's narrative sections as a facts file keys them: those drafted from picked practices, those the
agency may write itself (``own_text:``), and those ``drafter import`` keeps as printed (``imported.sections``).
"""

from __future__ import annotations

# The report's narrative subsections by key, as the interview and the messages name them.
SUBSECTIONS = {
    "proactive": "一（一）主动公开",
    "requests": "一（二）依申请公开",
    "management": "一（三）政府信息管理",
    "platform": "一（四）政府信息公开平台建设",
    "supervision": "一（五）监督保障",
    "problems": "五（一）存在的主要问题",
    "measures": "五（二）改进措施",
    "other": "六、其他需要报告的事项",
}
# The narrative subsections drafted from picks (key → heading), in report order.
PRACTICE_SECTIONS = tuple((key, SUBSECTIONS[key])
                          for key in ("management", "platform", "supervision", "problems", "measures", "other"))
PRACTICE_SECTION_KEYS = tuple(key for key, _ in PRACTICE_SECTIONS)


# Sections whose text the agency wrote itself (``own_text:``): rendered as written, in place of the bank's
# sentence (key → the report's subsection).
OWN_TEXT_SECTIONS = (
    *((key, SUBSECTIONS[key]) for key in ("proactive", "requests", "management", "platform", "supervision", "problems",
                                          "measures")),
    ("improvement", "五、存在的主要问题及改进情况（原文不分（一）（二））"),
)
OWN_TEXT_KEYS = tuple(key for key, _ in OWN_TEXT_SECTIONS)


# Narrative sections kept by ``drafter import`` (key → what it is), in report order.
IMPORTED_SECTIONS = (
    ("intro", "开头"),
    ("overview.proactive", "一（一）主动公开"),
    ("overview.requests", "一（二）依申请公开"),
    ("overview.management", "一（三）政府信息管理"),
    ("overview.platform", "一（四）平台建设"),
    ("overview.supervision", "一（五）监督保障"),
    ("overview", "一、总体情况（未分项的文字）"),
    ("proactive_table", "二、主动公开政府信息情况（表外文字）"),
    ("applications", "三、收到和处理政府信息公开申请情况（表外文字）"),
    ("reviews_and_lawsuits", "四、政府信息公开行政复议、行政诉讼情况（表外文字）"),
    ("improvement", "五、存在的主要问题及改进情况"),
    ("other", "六、其他需要报告的事项"),
)
