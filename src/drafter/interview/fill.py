"""``drafter interview --fill 事实文件.yaml``: ask only what an import could not read, then write it back.

An imported report (a facts file from ``drafter import``, or the report itself) holds every cell it read;
the cells it could not read are ``null`` (``imported.missing``): unknown, never 0. This asks exactly those —
表二's rows, 表三's and 表四's rows, the 信息处理费 figures, and the year, signing date and agency when they
were not read — with the interview's own questions (full-width digits, "1,250", Esc back, saved after every
answer, ``--resume``). Everything read stays as it was (the agency's own text, the ``imported:`` record);
the facts file is written with the figures filled in, then the report is rendered as ``interview`` does.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from drafter import console
from drafter.errors import OutputError, UsageError
from drafter.facts.model import DocRow, Facts, ReviewRow
from drafter.interview.balance import ROW_PREFIX, balance_problems
from drafter.interview.basic_defaults import derive_short_name, kind_of
from drafter.interview.fill_parts import fill_parts, part_keys, part_names, unsaid_sections
from drafter.interview.flow import Interview
from drafter.interview.from_facts import answers_from_facts
from drafter.interview.prompt import Ask, Prompt
from drafter.interview.question import MODE, Answers
from drafter.interview.questions import BY_KEY, QUESTIONS
from drafter.interview.review import CONFIRM
from drafter.interview.session import Interrupted, Options, Result, finish
from drafter.interview.state import State, load_state, partial_path, save_state
from drafter.interview.values import short_label

FILL = "fill"  # the interview mode (``MODE``) of a --fill session
FEES = ("fees.any", "fees.notices", "fees.notice_amount_10k_yuan", "fees.collected_10k_yuan")
AGENCY = ("agency.name", "agency.short_name")


def fill_keys(facts: Facts) -> list[str]:
    """The questions that ask what was not read, in the interview's order (a row is asked whole)."""
    keys: set[str] = set()
    for path in facts.unknown():
        keys.update(FEES if path.startswith("fees.") else [question_key(path)])
    return [q.key for q in QUESTIONS if q.key in keys]


def question_key(path: str) -> str:
    """The question that asks the facts field ``path`` (a cell, or a whole row or 表四 group: its row's question);
    "" for a field no question asks."""
    if path in ("year", "signing_date", "agency.name", "agency.short_name"):
        return path
    if m := re.fullmatch(r"proactive_table\.(\w+)(?:\.\w+)?", path):
        return f"table2.{m.group(1)}"
    if m := re.fullmatch(r"applications\.([\w.]+)\[\d\]", path):
        return f"table3.row.{m.group(1)}"
    if m := re.fullmatch(r"reviews_and_lawsuits\.(\w+)(?:\.\w+)?", path):
        return f"table4.row.{m.group(1)}"
    return ""


def fill_state(facts: Facts, source: Path, sections: list[str]) -> State:
    """Every answer the facts give, except those of ``fill_keys`` and of the narrative parts ``sections`` (the
    checklists of the parts not given); the tables' gates opened on their rows."""
    asked = fill_keys(facts) + part_keys(sections)
    known = answers_from_facts(facts)
    answers: dict[str, Any] = {q.key: known.get(q.key) for q in QUESTIONS if q.key not in asked}
    for gate, prefix in (("table2.rows", "table2."), ("table3.rows", "table3.row."), ("table4.rows", "table4.row.")):
        rows = [key.removeprefix(prefix) for key in asked if key.startswith(prefix)]
        answers[gate] = list(dict.fromkeys([*(known.get(gate) or []), *rows]))
    answers["table3.any"] = bool(answers["table3.rows"])
    answers["table4.any"] = bool(answers["table4.rows"])
    # the signature not read: the agency the title names is offered (Enter keeps it)
    defaults = {"agency.name": facts.agency.title_name} if "agency.name" in asked and facts.agency.title_name else {}
    return State(answers=answers, auto={MODE: FILL}, defaults=defaults, from_path=str(source))


class FillInterview(Interview):
    """The interview's flow, but 表三's 勾稽 failing after the rows typed offers to type those rows again or to
    keep them: the rows read from the report are not asked again (the report's own figures may not add up;
    the checks before rendering name what does not)."""

    def check_balance(self, merged: Answers) -> None:
        problems = balance_problems(merged)
        typed = [key for key, _ in self.state.history if key.startswith(ROW_PREFIX) and key in self.state.answers]
        if not problems or not typed:
            return
        console.warn("表三勾稽关系不成立（一+二 应等于 三+四）：" + "；".join(problems) + "。")
        choices = (("again", "重新填写刚才填写的表三各行（原数作为默认值）"), ("keep", "保持不变（生成报告前的检查会列出）"))
        if self.ask(Prompt("select", "怎么处理？", "again", choices, key="table3.mismatch")) == "keep":
            return
        for key in typed:
            self.state.defaults[key] = self.state.answers.pop(key)
        self.save(self.state)


def ask_missing(facts: Facts, source: Path, partial: Path, ask: Ask, resume: bool, sections: list[str]) -> Answers:
    """Ask what was not read and the narrative ``sections`` not given (saved to ``partial`` after every answer);
    the answers, merged."""
    if resume:
        state = load_state(partial)
        console.info(f"继续上次的补填：已回答 {len(state.history)} 项。")
    else:
        state = fill_state(facts, source, sections)
        named = [short_label(BY_KEY[key]) for key in fill_keys(facts) if key not in FEES[1:] + AGENCY[1:]]
        named += part_names(sections)
        console.info(f"“{source}”中有 {len(named)} 项没有从原报告读出，逐项询问（其余沿用读出的内容）："
                     + "；".join(named))  # a label may hold a 、 ("…逾期不补正、行政机关不再处理…")
        assert facts.imported is not None
        for path, digits in facts.imported.run_together.items():  # what the page printed, to split by the original
            if not facts.unknown(path):
                continue
            console.info(f"  {short_label(BY_KEY[question_key(path)])}：原报告印出“{digits}”"
                         "（几栏数字连在一起，拆法不止一种），请对照原报告拆开填写")

    def save(s: State) -> None:
        save_state(s, partial)

    save(state)
    FillInterview(state, ask, save).run()
    return state.merged()


def filled_facts(facts: Facts, a: Answers, sections: list[str]) -> Facts:
    """``facts`` with what was asked filled in from the answers ``a`` (the narrative ``sections`` too); nothing
    else changed, the filled paths no longer listed as missing or blank."""
    asked = set(fill_keys(facts))
    fill_parts(facts, a, sections)
    p = facts.proactive_table
    for key in [k.removeprefix("table2.") for k in asked if k.startswith("table2.")]:
        value = a[f"table2.{key}"]
        setattr(p, key, DocRow(*value) if isinstance(value, list) else
                Decimal(value) if key == "fees_10k_yuan" else int(value))
    rows = dict(facts.applications.rows)
    rows.update({k.removeprefix("table3.row."): tuple(a[k]) for k in asked if k.startswith("table3.row.")})
    facts.applications = dataclasses.replace(facts.applications, rows=rows)
    for key in [k.removeprefix("table4.row.") for k in asked if k.startswith("table4.row.")]:
        setattr(facts.reviews_and_lawsuits, key, ReviewRow(*a[f"table4.row.{key}"]))
    if "fees.any" in asked:
        facts.fees = dataclasses.replace(
            facts.fees, notices=int(a.get("fees.notices") or 0) if a["fees.any"] else 0,
            notice_amount_10k_yuan=Decimal(a.get("fees.notice_amount_10k_yuan") or 0) if a["fees.any"] else Decimal(0),
            collected_10k_yuan=Decimal(a.get("fees.collected_10k_yuan") or 0) if a["fees.any"] else Decimal(0))
    _basic(facts, a, asked)
    assert facts.imported is not None
    filled = set(facts.unknown())
    facts.imported.missing = [p for p in facts.imported.missing if p not in filled]
    facts.imported.blank = [p for p in facts.imported.blank if p not in filled]
    return facts


def _basic(facts: Facts, a: Answers, asked: set[str]) -> None:
    if "year" in asked:
        facts.year = int(a["year"])
    if "signing_date" in asked:
        facts.signing_date = dt.date.fromisoformat(a["signing_date"])
    if "agency.name" in asked or "agency.short_name" in asked:
        short = str(a.get("agency.short_name") or derive_short_name(a["agency.name"]) or facts.agency.short_name)
        facts.agency = dataclasses.replace(facts.agency, name=a["agency.name"], short_name=short,
                                           kind=kind_of(a) or facts.agency.kind)


def output_for(source: Path, output: Path | None, force: bool) -> Path:
    """The facts file written: ``-o``, else the facts file itself (filled in place), else beside the report."""
    target = output or (source if source.suffix.lower() in (".yaml", ".yml") else source.with_suffix(".yaml"))
    if target.is_dir():
        raise OutputError(f"“{target}”是一个文件夹。请用 -o 给出事实文件名，例如 {target / '年度报告事实.yaml'}。")
    if target.exists() and target.resolve() != source.resolve() and not force:
        raise OutputError(f"事实文件“{target}”已存在，未覆盖。请用 -o 指定新的文件名，或加 --force 覆盖。")
    return target


def load_source(source: Path) -> Facts:
    """The imported facts: a facts file written by ``drafter import``, or a published report read now."""
    from drafter.importers.report import import_report, is_report

    if is_report(source):
        result = import_report(source)
        result.say()
        return result.facts
    from drafter.facts.load import load_facts

    return load_facts(source)


def fill_session(opts: Options, ask: Ask) -> Result | int:
    """Ask what ``opts.fill_path`` could not read, write the facts file, render the report (``finish``)."""
    assert opts.fill_path is not None
    source = opts.fill_path
    facts = load_source(source)
    target = output_for(source, opts.output, opts.force)
    sections = unsaid_sections(facts, source.parent) if facts.imported is not None else []
    if facts.imported is None or not fill_keys(facts) and not sections:
        what = "没有未读出的内容" if facts.imported is not None else "不是由 drafter import 读出的事实文件，没有未读出的内容"
        console.done(f"“{source}”{what}，不需要补填。修改其他内容请编辑该文件，或运行 drafter interview -o 新文件.yaml 从头回答。")
        return 0
    partial = partial_path(target)
    if partial.exists() and not opts.resume:
        raise UsageError(f"发现未完成的补填记录“{partial}”。继续请运行：{fill_resume_command(opts)}；要重新开始，请先删除该文件。")
    try:
        answers = ask_missing(facts, source, partial, ask, opts.resume, sections)
    except (KeyboardInterrupt, EOFError):
        raise Interrupted(partial, fill_resume_command(opts)) from None
    filled = filled_facts(facts, answers, sections)
    return finish(dataclasses.replace(opts, facts_path=target), filled, State(), ask, None, CONFIRM, shown=False)


def fill_resume_command(opts: Options) -> str:
    target = f" -o {opts.output}" if opts.output else ""
    return f"drafter interview --fill {opts.fill_path}{target} --resume"
