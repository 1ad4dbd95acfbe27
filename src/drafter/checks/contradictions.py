"""D7: the text contradicting itself or the tables in ways a reviewer catches on one reading.

- "所有申请均已办理完成" / "均已办结" while applications are carried forward to next year (表三
  "四、结转下年度继续办理", or "结转下年度N件" in the text);
- "共受理政府信息公开申请3件，均已按规定及时予以公开" while 表三 has other results than （一）予以公开 (部分公开,
  不予公开, 无法提供, 不予处理, 其他处理);
- "未收到政府信息公开申请" while the text elsewhere states applications accepted or handled ("受理申请3件";
  against 表三 that is D2's, and "收到/新收/办结…N件" against 表三 D1's, ``checks.applications``).
"未发生行政复议" against 表四 is D3's (``checks.cases``), and so is, here:
- "行政复议7件，诉讼9件，均获维持" while 表四 has cases 纠正, 其他结果 or 尚未审结.
"""

from __future__ import annotations

import re

from drafter.checks import inputs as known
from drafter.checks.applications import NO_APPLICATIONS
from drafter.checks.problem import ERROR, WARNING, Problem
from drafter.checks.units import Unit, locate, quote, sentences
from drafter.facts.model import Facts
from drafter.tables import OUTCOME_LEAF_KEYS, T4_GROUPS, t3_where

ALL_DONE = re.compile(r"申请[^。；]{0,10}?(?:均|全部|都|一律)(?:已|已经)?(?:在法定期限内|按时|按期|依法|及时)?"
                      r"(?:办理完成|办理完毕|办结|答复|处理完毕|予以答复|答复完毕)")
TIMELY = re.compile(r"(?:在法定期限内|按时|按期|及时)(?:予以)?答复$")
FORWARD = re.compile(r"结转下(?:一)?年度?(?:继续办理)?(?:的)?(?:申请)?(?:共)?(\d+)件")
# figures D1 does not compare with 表三 (收到, 新收, 办结 are D1's)
RECEIVED = re.compile(r"(?:受理|办理|答复)(?:了)?(?:各类)?(?:政府信息公开|信息公开|依申请公开)?申请(?:共计|共)?(\d+)件")


def check_contradictions(facts: Facts, units: list[Unit]) -> list[Problem]:
    said = [(u, s) for u in units if 1 <= u.section <= 6 for s in sentences(u.text)]
    return _all_done(facts, said) + _all_granted(facts, said) + _none_received(facts, said) + _all_upheld(facts, said)


def _all_done(facts: Facts, said: list[tuple[Unit, str]]) -> list[Problem]:
    table = facts.applications.total("carried_forward")
    stated = next(((s, int(m.group(1))) for _, s in said for m in FORWARD.finditer(s) if int(m.group(1))), None)
    problems = []
    for unit, sentence in said:
        done = ALL_DONE.search(sentence)
        if not done or FORWARD.search(sentence) or _counted(facts, sentence):
            continue
        if table:
            other = f"表三“四、结转下年度继续办理”为{table}件"
        elif stated:
            other = f"正文另一处写“{quote(stated[0], 40)}”"
        else:
            continue
        # "均在法定期限内予以答复": answered in time, which applications carried into next year may still be (595)
        said_in_time = TIMELY.search(done.group()) and "已" not in done.group()
        problems.append(Problem(
            "D7", WARNING if said_in_time else ERROR,
            locate(facts, sentence, unit.slot, "applications.carried_forward"),
            f"正文说“{quote(sentence)}”，但{other}：有申请结转下年度，并未全部办结",
            "改为“除结转下年度继续办理的N件外，其余申请均已按时办结”，或核对结转数",
            t3_where("carried_forward", 6)))
    return problems


# "申请…均已按规定及时予以公开", "均予以公开", "全部公开": every application granted (not "均已答复", "公开栏")
ALL_GRANTED = re.compile(r"(?<!依)申请[^。；]{0,30}?(?:均|全部|都|一律)(?:已|已经)?(?:按规定|依法|及时|按时|按期|在法定期限内)*"
                         r"(?:予以|给予)?(?:全部)?公开(?![栏网平台渠道目录指南专区\d])")
# a sentence that names another result or a condition is not "every application granted": "除不予公开1件外，其余均已
# 予以公开", "凡属于公开范围的，均予以公开"
_NOT_ALL = re.compile(r"部分公开|不予公开|无法提供|不予处理|其他处理|其余|除.{0,30}外|凡|属于")


def _all_granted(facts: Facts, said: list[tuple[Unit, str]]) -> list[Problem]:
    """"均已予以公开" said of the applications while 表三 gives some another result (its cells all read)."""
    if known.unknown(facts, "applications"):
        return []
    others = sum(sum(facts.applications.row(key)) for key in OUTCOME_LEAF_KEYS if key != "granted")
    if not others:
        return []
    return [Problem("D7", ERROR, locate(facts, sentence, unit.slot, "applications.granted"),
                    f"正文说“{quote(sentence)}”，但表三中有{others}件申请的办理结果不是“予以公开”",
                    "按表三写明予以公开、部分公开、不予公开等各项的件数，或核对表三", "表三 · 三、本年度办理结果")
            for unit, sentence in said if ALL_GRANTED.search(sentence) and not _NOT_ALL.search(sentence)
            and not _granted_count(facts, sentence)]


_STATED_COUNT = re.compile(r"申请(?:共计|共)?(\d+)件")


def _stated_counts(sentence: str) -> list[int]:
    """The application counts a sentence states ("新收申请4件", "申请共计3件")."""
    return [int(n) for n in _STATED_COUNT.findall(sentence)]


def _granted_count(facts: Facts, sentence: str) -> bool:
    """"新收申请2件，均已予以公开" with 2 or more granted: "均" is about the ones counted, no contradiction."""
    counts = _stated_counts(sentence)
    return any(n <= facts.applications.total("granted") for n in counts)


def _counted(facts: Facts, sentence: str) -> bool:
    """"新收申请4件，均已按时答复": "均" is about the ones counted. That is no contradiction when they
    were all handled, and a wrong count is D1's; only a right count above those handled is D7's."""
    counts = _stated_counts(sentence)
    if not counts:
        return False
    apps = facts.applications
    received = {apps.total("new_received")}
    if "新收" not in sentence:
        received.add(apps.total("new_received") + apps.total("carried_over"))
    return not any(n in received and n > sum(apps.outcome_total()) for n in counts)


def _none_received(facts: Facts, said: list[tuple[Unit, str]]) -> list[Problem]:
    if facts.applications.total("new_received") or facts.applications.total("carried_over"):
        return []  # the table has applications: D2 says so
    stated = next(((s, int(m.group(1))) for _, s in said for m in RECEIVED.finditer(s) if int(m.group(1))), None)
    if stated is None:
        return []
    return [Problem("D7", ERROR, locate(facts, sentence, unit.slot, "applications"),
                    f"正文说“{quote(sentence)}”，但另一处写“{quote(stated[0], 40)}”",
                    "核实本年是否收到申请，使两处文字和表三一致", "表三")
            for unit, sentence in said if NO_APPLICATIONS.search(sentence)]


ALL_UPHELD = re.compile(r"(?:均|全部|都|皆)(?:已)?(?:获|被|予以|得到|获得)?(?:依法)?维持")
_CASE_WORDS = {"review": "复议", "lawsuit_direct": "诉讼", "lawsuit_after_review": "诉讼"}


def _all_upheld(facts: Facts, said: list[tuple[Unit, str]]) -> list[Problem]:
    """D3: "均获维持" said of the 复议/诉讼 cases while 表四 has some 纠正, 其他结果 or (unless the sentence
    speaks of the cases 审结 only) 尚未审结. Cells not read count as 0: a read one is enough to contradict."""
    problems = []
    for unit, sentence in said:
        if not ALL_UPHELD.search(sentence):
            continue
        for group, label in T4_GROUPS:
            row = getattr(facts.reviews_and_lawsuits, group)
            label = label if group == "review" else f"行政诉讼（{label}）"
            others = {"结果纠正": row.corrected, "其他结果": row.other}
            if "审结" not in sentence:
                others["尚未审结"] = row.pending
            shown = "、".join(f"{k}{v}件" for k, v in others.items() if v)
            if _CASE_WORDS[group] in sentence and shown:
                problems.append(Problem(
                    "D3", ERROR, locate(facts, sentence, unit.slot, f"reviews_and_lawsuits.{group}"),
                    f"正文说“{quote(sentence)}”，但表四“{label}”中{shown}：并非均获维持",
                    "按表四写明维持、纠正、其他结果和尚未审结的件数，或核对表四", f"表四 · {label}"))
    return problems
