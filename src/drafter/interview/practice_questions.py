"""The questions of the narrative parts (一（三）至（五）、五、六): the checklist of the bank's practices, the
numbers of those picked, last year's own text of a part (--from: kept, replaced or typed anew), and typed
additions."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from drafter.interview import carry, menus
from drafter.interview.question import Answers, Question, is_set, picked

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
                           condition=picked(key, practice.id), fields=() if len(fields) == 1 else fields))
    return tuple(qs)


# Typed additions of the parts that can hold last year's own text (not asked where that text is kept or typed).
EXTRA_PARTS = {"overview.management.text": "management", "overview.platform_text": "platform",
               "overview.supervision.text": "supervision", "problems": "problems", "measures": "measures",
               "other_matters": "other"}


def extra_text(key: str, prompt: str, part: str, kind: str = "text") -> Question:
    own = EXTRA_PARTS.get(key)
    condition = is_set(EXTRA) if own is None else (lambda a: bool(a.get(EXTRA)) and _not_own(own)(a))
    return Question(key, prompt, kind, part, "原样写在所选做法的句子之后；不需要直接回车", condition=condition,
                    optional=True, narrative=True)

