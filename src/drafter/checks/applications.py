"""D1, D2 on the text: the 申请 counts it states ("收到申请…N件", "予以公开N件") and "未收到申请", against 表三."""

from __future__ import annotations

import re

from drafter.checks.problem import ERROR, Problem
from drafter.checks.text_figures import Context, mismatch, not_read, printed
from drafter.checks.units import Unit, locate, quote, sentences
from drafter.facts.model import Facts
from drafter.tables import OUTCOME_GROUPS, t3_where

_APP = r"(?:各类)?(?:(?:政府信息公开|信息公开|依申请公开|公开)?申请|依申请公开(?:事项|政府信息)?)(?:共计|总计|合计|共)?"
_SPACED = re.compile(r"(?<=[\d计共])\s+(?=\d)|(?<=\d)\s+(?=[件份])")  # "共计 700 件" is 700件
_GROUP_WHERE = {key: f"表三 · {label} · 总计" for key, label, _ in OUTCOME_GROUPS}
_OUTCOME_ROWS = tuple(f"applications.{key}" for key in ("granted", "partially_granted", *(g for g, _, _ in OUTCOME_GROUPS)))
FIGURE_INPUTS = {  # context key → the 表三 rows it is computed from
    "new_received_total": ("applications.new_received",), "received": ("applications.new_received", "applications.carried_over"),
    "carried_over_total": ("applications.carried_over",), "handled_total": _OUTCOME_ROWS,
    "carried_forward_total": ("applications.carried_forward",),
    **{row.removeprefix("applications."): (row,) for row in _OUTCOME_ROWS},
    "granted_and_partially_granted": ("applications.granted", "applications.partially_granted"),
}
OUTCOME_KEYS = {"granted", "partially_granted", "granted_and_partially_granted", *(g for g, _, _ in OUTCOME_GROUPS)}
APPLICATION_FIGURES: tuple[tuple[str, str, str, str], ...] = (
    # (pattern, context key, what, official labels)
    (rf"新(?:收|受理|增)(?:到)?{_APP}(\d+)[件份条]", "new_received_total", "本年新收申请", t3_where("new_received", 6)),
    (rf"(?<!新)(?:收到|受理|接收|接到){_APP}(\d+)[件份条]", "received", "收到申请", t3_where("new_received", 6)),
    (r"(?<!新)(?:收到|受理)(\d+)件(?:各类)?(?:政府信息公开|信息公开|依申请公开)?申请", "received", "收到申请",
     t3_where("new_received", 6)),
    (r"(?:上年结转|上年转结|结转上年(?:度)?)(?:的)?(?:政府信息公开)?(?:申请)?(\d+)件", "carried_over_total", "上年结转申请",
     t3_where("carried_over", 6)),
    (r"(?:办结|办理完毕|共办理|共答复)(?:政府信息公开)?(?:申请)?(\d+)件", "handled_total", "办结申请", t3_where("total", 6)),
    (r"(?:结转|转)(?:至|到)?下(?:一)?年度?(?:继续)?(?:办理)?(?:的)?(\d+)件", "carried_forward_total", "结转下年度申请",
     t3_where("carried_forward", 6)),
    (r"(\d+)件(?:申请)?(?:结转|转入|转)(?:至|到)?下(?:一)?年度?", "carried_forward_total", "结转下年度申请",
     t3_where("carried_forward", 6)),
    (r"(?<!不)予以公开(\d+)件", "granted", "予以公开", t3_where("granted", 6)),
    (r"(?<!不)予以公开[及和与、]部分公开(\d+)件", "granted_and_partially_granted", "予以公开及部分公开",
     "表三 · （一）予以公开、（二）部分公开 · 总计"),
    (r"(?<!予以公开[及和与、])部分公开(\d+)件", "partially_granted", "部分公开", t3_where("partially_granted", 6)),
    (r"不予公开(\d+)件", "withheld", "不予公开", _GROUP_WHERE["withheld"]),
    (r"无法提供(\d+)件", "unable_to_provide", "无法提供", _GROUP_WHERE["unable_to_provide"]),
    (r"不予处理(\d+)件", "not_processed", "不予处理", _GROUP_WHERE["not_processed"]),
    (r"其他处理(\d+)件", "other_handling", "其他处理", _GROUP_WHERE["other_handling"]),
)
NO_APPLICATIONS = re.compile(rf"(?:未|没有)(?:收到|受理)(?:任何)?{_APP}|(?:没有|无|未发生)依申请公开")


OUTCOME_CLAUSE_MAX = 40  # an outcome figure of such a run is a short clause: "不予公开35件，占4.34%；"
_OUTCOME_FIGURE = re.compile(r"(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)\d+件")


def _about_applications(text: str, sentence: str) -> bool:
    """An outcome figure is about applications when its sentence says 申请, or it is one of a run of outcome
    figures ("予以公开258件，占33.9%；不予公开35件…") right after a sentence about 申请 in the same paragraph."""
    if "申请" in sentence:
        return True
    said = list(sentences(text))
    before = said[:said.index(sentence)] if sentence in said else []
    for earlier in reversed(before):
        if "申请" in earlier:
            return len(sentence) <= OUTCOME_CLAUSE_MAX
        if not _OUTCOME_FIGURE.search(earlier) or len(earlier) > OUTCOME_CLAUSE_MAX:
            return False
    return False


def _below(facts: Facts, unit: Unit, sentence: str, stated: int, floor: int, what: str, where: str) -> Problem:
    """A figure below what the cells read already add up to: wrong whatever the unread (or blank) cells hold."""
    return Problem("D1", ERROR, locate(facts, sentence, unit.slot, "applications"),
                   f"正文“{quote(sentence)}”写{what}为{stated}，但表中读出的格已合计{floor}（另有空白或未读出的格）",
                   f"使正文与表格一致（以核实后的数字为准），表中至少为{floor}", where)


# "收到申请3份，其中法人申请1件、自然人申请2件": the 申请人 split of what was received, against 表三's columns
APPLICANT_FIGURES = (
    (r"(?<![法])自然人(?:申请|提出申请)?(?:办件量)?(\d+)[件份]", "自然人", slice(0, 1)),
    (r"法人(?:或其他组织|和其他组织|及其他组织)?(?:申请|提出申请)?(\d+)[件份]", "法人或其他组织", slice(1, 6)),
)


def d1_applicants(facts: Facts, unit: Unit, sentence: str, plain: str) -> list[Problem]:
    """The 申请人 split a sentence about 收到 applications states against 表三 一、本年新收's columns (with or without
    二、上年结转: some count those as received too); ``plain``: the sentence as ``d1`` reads it."""
    if not any(re.search(p, plain) for p, key, _, _ in APPLICATION_FIGURES if key == "received"):
        return []
    if not_read(facts, "D1", "", "applications.new_received", "applications.carried_over"):
        return []
    new, carried = facts.applications.row("new_received"), facts.applications.row("carried_over")
    problems = []
    for pattern, who, columns in APPLICANT_FIGURES:
        for match in re.finditer(pattern, plain):
            stated, actual = int(match.group(1)), sum(new[columns])
            if stated not in {actual, actual + sum(carried[columns])}:
                problems.append(mismatch("D1", facts, unit, sentence, stated, actual, f"{who}申请",
                                         f"表三 · 一、本年新收政府信息公开申请数量 · {who}", "applications"))
    return problems


def d1(facts: Facts, ctx: Context, unit: Unit, sentence: str) -> list[Problem]:
    """Each 申请 count the sentence states against 表三's (an outcome count only when it is of applications)."""
    apps = ctx["applications"]
    figures = {**apps, **apps["by_group"]}
    figures["granted_and_partially_granted"] = figures["granted"] + figures["partially_granted"]
    problems = []
    plain = _SPACED.sub("", sentence)
    for pattern, key, what, where in APPLICATION_FIGURES:
        if key in OUTCOME_KEYS and not _about_applications(unit.text, sentence):
            continue  # "不予公开112件" of documents, not of applications: another count
        for match in re.finditer(pattern, plain):
            stated = int(match.group(1))
            skipped = not_read(facts, "D1", "正文中的申请件数与表三是否一致", *FIGURE_INPUTS[key])
            floor = apps["new_received_total"] if key == "received" else figures[key]
            if skipped and stated < floor and stated not in printed(facts, key):
                problems.append(_below(facts, unit, sentence, stated, floor, what, where))
            if skipped:
                problems += [] if stated < floor else skipped
                continue
            allowed = ({apps["new_received_total"], apps["received_total"]} if key == "received"
                       else {figures[key]}) | printed(facts, key)
            if "办理" in match.group():  # "共办理5件，其中4件已办结，1件结转下年度": all it dealt with, finished or not
                allowed.add(apps["received_total"])
            if stated not in allowed:
                problems.append(mismatch("D1", facts, unit, sentence, stated, figures.get(key, apps["received_total"]),
                                         what, where, "applications"))
    return problems + d1_applicants(facts, unit, sentence, plain)


def d2(facts: Facts, ctx: Context, unit: Unit, sentence: str) -> list[Problem]:
    """"未收到申请" when 表三 has applications (新收 or 上年结转)."""
    if not NO_APPLICATIONS.search(sentence):
        return []
    skipped = not_read(facts, "D2", "正文“未收到申请”与表三是否一致",
                       "applications.new_received", "applications.carried_over")
    apps = ctx["applications"]
    if skipped or not apps["has_applications"]:
        return skipped
    if not apps["new_received_total"] and not apps["carried_over_total"]:
        # nothing received nor carried over, as the text says: the outcome rows that are not 0 contradict 表三's own
        # 一 + 二 (B2/A1 report that), not the sentence (1087: "2022年未收到依申请公开事宜" over a stray 本机关不掌握 row)
        return []
    return [Problem("D2", ERROR, locate(facts, sentence, unit.slot, "applications"),
                    f"正文说“{quote(sentence)}”，但表三不全为 0（新收{apps['new_received_total']}件、"
                    f"上年结转{apps['carried_over_total']}件）",
                    "按表三写明收到和办理申请的情况，或核对表三", "表三")]
