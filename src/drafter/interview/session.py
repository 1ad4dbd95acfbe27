"""One interview from start (new, ``--from`` last year, or ``--resume``) to the facts file and report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter import console
from drafter.checks.reviewed import with_kept_reviews
from drafter.errors import FactsError, OutputError, UsageError
from drafter.facts.atomic import atomic_write_text, remove_temporaries
from drafter.facts.dump import dump_facts
from drafter.facts.model import Facts
from drafter.interview import DEFAULT_FACTS
from drafter.interview.flow import Interview
from drafter.interview.from_facts import next_year_defaults
from drafter.interview.menus import bank_menus
from drafter.interview.prompt import BACK, Ask, Prompt
from drafter.interview.question import MODE
from drafter.interview.questions import SECTION_TITLES
from drafter.interview.review import CONFIRM, FORCE, SAVE_ONLY, review, warn_copied
from drafter.interview.state import State, load_state, partial_path, save_state
from drafter.interview.to_facts import LAST_YEAR, build_facts
from drafter.interview.values import NO, YES
from drafter.wording.menus import labels
from drafter.wording.regions import bank_for_place

if TYPE_CHECKING:
    from drafter.pipeline import Drafted


@dataclass
class Options:
    facts_path: Path = Path(DEFAULT_FACTS)
    from_path: Path | None = None
    resume: bool = False
    render: bool = True
    force: bool = False
    fill_path: Path | None = None  # --fill: an imported facts file (or report) whose unread figures are asked
    output: Path | None = None  # -o as given (--fill writes the facts file itself without it)


@dataclass
class Result:
    facts_path: Path
    reports: list[Path] = field(default_factory=list)


class Interrupted(Exception):
    """Ctrl-C during the interview; everything answered is in ``partial``."""

    def __init__(self, partial: Path, resume_command: str) -> None:
        super().__init__(str(partial))
        self.partial = partial
        self.resume_command = resume_command


def resume_command(opts: Options) -> str:
    target = "" if opts.facts_path == Path(DEFAULT_FACTS) else f" -o {opts.facts_path}"
    return f"drafter interview{target} --resume"


def last_year(state: State) -> Facts | None:
    """Last year's facts (a facts file or its published report) for checks and year-over-year wording."""
    if not state.from_path:
        return None
    from drafter.importers.report import load_facts_or_report

    return load_facts_or_report(Path(state.from_path))


def start_state(opts: Options) -> tuple[State, Facts | None]:
    """A new, resumed or --from state, and last year's facts when there are any."""
    partial = partial_path(opts.facts_path)
    for name in (partial.name, opts.facts_path.name):  # what a killed session was writing when it died
        remove_temporaries(partial.parent if str(partial.parent) else Path("."), name)
    if opts.resume:
        state = load_state(partial)
        console.info(f"继续上次的问答：已回答 {len(state.answers)} 项，从第一个未回答的问题开始。")
        return state, last_year(state)
    if partial.exists():
        raise UsageError(f"发现未完成的问答记录“{partial}”。继续上次的问答请运行：{resume_command(opts)}；"
                         "要重新开始，请先删除该文件。")
    if opts.facts_path.is_dir():  # found now, not after twenty questions
        raise OutputError(f"“{opts.facts_path}”是一个文件夹。请用 -o 给出事实文件名，例如 {opts.facts_path / '年度报告事实.yaml'}。")
    if opts.facts_path.exists() and not opts.force:
        raise OutputError(f"事实文件“{opts.facts_path}”已存在，未覆盖。请用 -o 指定新的文件名，或加 --force 覆盖。")
    if opts.from_path is None:
        return State(auto={MODE: "scratch"}), None
    from drafter.importers.report import load_facts_or_report

    last = load_facts_or_report(opts.from_path)  # last year's facts file, or its published report
    if last.unknown("year"):
        raise FactsError(f"上年事实文件“{opts.from_path}”中的报告年度（year）是空的（原报告中没有读出），无法推算本年的年度。"
                         f"请先在该文件的 year: 中填写上年的年度（例如 year: 2023），或运行 drafter interview --fill {opts.from_path}。")
    baseline, auto = next_year_defaults(last)
    console.info(f"以“{opts.from_path}”（{last.year}年）为基础起草{last.year + 1}年报告；"
                 f"上年结转已按上年的“结转下年度继续办理”自动填入。")
    from drafter.checks.units import recorded_text

    auto[LAST_YEAR] = {"year": last.year, "text": recorded_text(last_report_units(last, opts.from_path.parent))}
    if last.imported is not None and not last.banks:
        report_bank(last, baseline)
    return State(auto=auto, baseline=baseline, from_path=str(opts.from_path)), last


def last_report_units(last: Facts, base: Path) -> list[Any]:
    """Last year's report as a reviewer read it: as published (an imported report), else drafted as
    ``render`` drafts the facts file alone."""
    from drafter.checks.units import imported_units, units
    from drafter.pipeline import draft_report

    return imported_units(last) or units(draft_report(last, base=base).draft)


def report_bank(last: Facts, baseline: dict[str, Any]) -> None:
    """A published report names no bank: the bank of the region it names (said), else asked — a county's
    bank is never swapped for the national one silently."""
    found = bank_for_place(f"{last.agency.name} {last.agency.title_name} {last.agency.report_name}")
    if found is None:
        baseline.pop("bank", None)  # asked with the other items the report did not say
        console.info("上年的报告没有写明本地区（机关名称中没有短语库对应的地名），稍后询问使用哪个短语库。")
        return
    bank, place, note = found
    baseline["bank"] = bank
    console.info(f"上年的报告署名含“{place}”：使用短语库 {bank}（{note}）。需要改用其他短语库时，请在“哪些部分需要重新填写”中选中“基本信息”。")


def interview(opts: Options, ask: Ask) -> tuple[Facts, State, Facts | None, str]:
    """Ask everything, then the review screen until the clerk decides; returns the facts and the decision
    (CONFIRM, SAVE_ONLY or FORCE)."""
    state, last = start_state(opts)
    partial = partial_path(opts.facts_path)

    def save(s: State) -> None:
        save_state(s, partial)

    save(state)
    flow = Interview(state, ask, save)
    try:
        while True:
            flow.run()
            action = review(state, ask, last)
            if action in (CONFIRM, SAVE_ONLY, FORCE):
                break
            if action is BACK:
                flow.back()
            elif action in SECTION_TITLES:
                flow.reset_section(action)
            save(state)
    except (KeyboardInterrupt, EOFError):  # Ctrl-C, or Ctrl-D on an empty line
        raise Interrupted(partial, resume_command(opts)) from None
    return build_facts(state.merged(), str(opts.facts_path)), state, last, action


def finish(opts: Options, facts: Facts, state: State, ask: Ask, last: Facts | None = None,
           action: str = CONFIRM, shown: bool = True) -> Result:
    """Write the facts file; render the report unless the clerk chose not to or the checks found errors
    (``drafter render``'s policy) and the clerk did not explicitly choose FORCE; remove the progress file.
    ``shown``: the review screen listed the checks' problems (else they are listed here)."""
    _save_facts(opts, facts, state)
    result = Result(opts.facts_path)
    last_arg = f" --last {state.from_path}" if state.from_path else ""
    if not opts.render or action == SAVE_ONLY:
        console.info("报告未生成。需要时请运行：")  # the clerk chose not to render: nothing to correct
        console.info(f"  drafter render {opts.facts_path}{last_arg}")
        return result
    from drafter import pipeline as output

    drafted = _checked_draft(opts, facts, last, action, shown, last_arg)
    if drafted is None:
        return result
    report = output.targets(facts, opts.facts_path, ["docx"], None)["docx"]
    if report.exists() and not opts.force and not _overwrite(report, ask, f"{opts.facts_path}{last_arg}"):
        return result
    result.reports = output.render_files(facts, opts.facts_path, ["docx"], force=True, last=last, drafted=drafted)
    for path in result.reports:
        console.done(f"报告：{path}")
    output.warn_unfilled(drafted.draft, opts.facts_path)  # --fill of a report that did not give a part: said
    return result


def _save_facts(opts: Options, facts: Facts, state: State) -> None:
    """The facts file written (keeping its reviewed marks), the progress file removed."""
    text = dump_facts(facts, labels(bank_menus(",".join(facts.banks))))
    atomic_write_text(opts.facts_path, with_kept_reviews(opts.facts_path, text))
    partial_path(opts.facts_path).unlink(missing_ok=True)
    console.done(f"事实文件：{opts.facts_path}")
    warn_copied(state)


def _checked_draft(opts: Options, facts: Facts, last: Facts | None, action: str, shown: bool,
                   last_arg: str) -> Drafted | None:
    """The drafted report, checked, and what the checks found said; None when they found errors and the
    clerk did not choose FORCE (the report is not rendered)."""
    from drafter.checks import rules as checks
    from drafter.pipeline import draft_report

    drafted = draft_report(facts, last=last, base=opts.facts_path.parent)
    problems = checks.check_report(facts, drafted.draft, last=last)
    errors = checks.count(problems, checks.ERROR)
    if problems and not shown:
        from drafter.checks.gate import show

        show(problems, str(opts.facts_path), summary=False)
    if errors and action != FORCE:
        console.warn(f"检查发现 {errors} 个错误，报告未生成。改正后请运行：")
        console.info(f"  drafter render {opts.facts_path}{last_arg}")
        return None
    if errors:
        console.warn(f"按“仍然生成（不建议）”生成了报告，其中有 {errors} 个错误，发布前必须改正。")
    if problems:
        console.warn(f"检查：{errors} 个错误，{len(problems) - errors} 个提示（见{'核对页' if shown else '上表'}）；"
                     "发布前请改正错误、核实提示。"
                     "全部检查（含重复字词、与上年雷同）请运行：")
        console.info(f"  drafter check {opts.facts_path}")
    else:
        console.done("检查：未发现问题。")
    return drafted


def _overwrite(report: Path, ask: Ask, render_args: str) -> bool:
    """Whether the clerk lets the existing report be overwritten (no on Ctrl-C); if not, how to render it later."""
    try:
        overwrite = ask(Prompt("select", f"报告“{report}”已存在，是否覆盖？", NO, ((YES, YES), (NO, NO)),
                               key="overwrite"))
    except (KeyboardInterrupt, EOFError):
        overwrite = NO
    if overwrite != YES:
        console.info("报告未生成。需要时请运行：")
        console.info(f"  drafter render {render_args} --force")
    return bool(overwrite == YES)


def run_session(opts: Options, ask: Ask) -> Result:
    if opts.resume and opts.from_path is not None:
        console.warn("继续上次的问答时不再读取 --from 文件（上次读入的上年数据已保存在问答记录中）。")
    facts, state, last, action = interview(opts, ask)
    return finish(opts, facts, state, ask, last, action)
