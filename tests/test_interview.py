"""The interview's logic through a scripted ask: prompts asked, gates, 勾稽, --from, resume, review."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.errors import DrafterError
from drafter.facts.dump import dump_facts
from drafter.facts.examples import example_text
from drafter.facts.load import load_facts
from drafter.facts.model import Applications, Pick
from drafter.interview.questions import BY_KEY
from drafter.interview.session import Options
from drafter.interview.state import load_state, partial_path
from drafter.interview.terminal import run
from drafter.interview.values import validator
from drafter.pipeline import draft_report
from tests.conftest import SEED, example_facts, nonzero_facts
from tests.interview_script import (
    DEFAULT,
    FROM_TARGET,
    SEED_TARGET,
    ScriptedAsk,
    from_script,
    replace,
    run_script,
    seed_expected,
    seed_script,
)


def _last_year(tmp_path: Path, facts=None) -> Path:
    path = tmp_path / "last.yaml"
    path.write_text(example_text() if facts is None else dump_facts(facts), encoding="utf-8")
    return path


def test_seed_scenario_from_scratch_within_target_and_reproduces_the_seed_facts(tmp_path: Path, capsys) -> None:
    """The 二街镇 2023 interview, no paragraph typed, takes at most 30 prompts and yields the example's numbers
    with its narrative as picks: every subsection of 一 and sections 五 and 六 say this year's facts."""
    ask, facts_path = run_script(tmp_path, seed_script())
    print(f"seed scenario prompts: {ask.count}")
    assert ask.count <= SEED_TARGET
    assert not [p for p in ask.prompts if p.kind == "text" and BY_KEY.get(p.key) and BY_KEY[p.key].narrative]
    facts = load_facts(facts_path)
    assert facts == seed_expected()
    said = {c.slot: c.text for c in draft_report(facts).choices}
    for slot in ("overview.management", "overview.platform", "overview.supervision", "problems", "measures",
                 "other.fees"):
        assert len(said[slot]) > 10, slot
    assert "2次" in said["overview.management"] and "118条" in said["overview.platform"]
    assert "356条" in said["overview.platform"] and "责任追究" in said["overview.supervision"]
    assert {p.key for p in ask.prompts if p.key.startswith("table")} == {"table2.rows", "table3.any", "table4.any"}
    assert (tmp_path / "昆明市晋宁区二街镇2023年政府信息公开工作年度报告.docx").is_file()
    assert not partial_path(facts_path).exists()
    captured = capsys.readouterr()
    assert "报告要点" in captured.out and str(facts_path) in captured.out
    assert "D4" in captured.out and "0 个错误，1 个提示" in captured.err  # the seed's 558 ≠ 118+356+4
    assert "各渠道之和为 478 条，总数为 558 条" in captured.err


def test_from_last_year_changing_a_few_counts_within_target(tmp_path: Path, capsys) -> None:
    """--from: year + 1, notice year moved on, only the chosen section asked, copied narrative warned."""
    script = from_script()
    ask, facts_path = run_script(tmp_path, script, from_path=_last_year(tmp_path))
    print(f"--from prompts: {ask.count}")
    assert ask.count <= FROM_TARGET
    facts = load_facts(facts_path)
    assert facts.year == 2024 and facts.signing_date.isoformat() == "2025-01-17"
    assert "关于做好2024年政府信息公开" in facts.basis_notice
    assert [c.count for c in facts.overview.proactive.channels] == [130, 356, 4, 110]
    assert facts.overview.proactive.total == 600 and facts.measures == example_facts().measures
    assert ask.asked("overview.proactive.channels")[1].default == "“魅力二街” 发布 356条"
    err = capsys.readouterr().err
    assert "“一（四）平台建设情况”、“一（五）监督保障情况”、“五（一）存在的主要问题”、“五（二）改进措施”与上年完全相同" in err


def test_from_last_year_fills_carried_over_without_asking(tmp_path: Path) -> None:
    """上年结转 comes from last year's 结转下年度继续办理; the gate and its row are never asked."""
    last = nonzero_facts()
    carried = last.applications.row("carried_forward")
    script = [
        ("signing_date", DEFAULT), ("from.sections", ["table3"]), ("practice.supervision.accountability", "0"),
        ("table3.rows", ["granted"]), ("table3.row.granted", " ".join(map(str, carried))), ("review", "done"),
    ]
    ask, facts_path = run_script(tmp_path, script, from_path=_last_year(tmp_path, last), render=False)
    facts = load_facts(facts_path)
    assert facts.year == last.year + 1
    assert facts.applications.row("carried_over") == carried
    assert facts.applications.row("new_received") == (0,) * 6
    assert "carried_over" not in [value for value, _ in ask.asked("table3.rows")[0].choices]


def test_table3_balance_is_checked_naming_the_column_and_the_rows_asked_again(tmp_path: Path, capsys) -> None:
    """一+二 ≠ 三+四 in one column: the column is named and only the rows feeding it are asked again
    (not the gate, not the checklist), their numbers offered as defaults."""
    rows = ["new_received", "granted"]
    script = replace(seed_script(), "table3.any", [
        ("table3.any", "是"), ("table3.rows", rows), ("table3.row.new_received", "2 0 0 0 0 0"),
        ("table3.row.granted", "1 0 0 0 0 0"),
        ("table3.row.new_received", DEFAULT), ("table3.row.granted", "2 0 0 0 0 0"),
    ])
    ask, facts_path = run_script(tmp_path, script, render=False)
    captured = capsys.readouterr()
    assert "“自然人”列：一+二 = 2，三+四 = 1" in captured.err
    assert "（一）予以公开：自然人 1，其余为 0" in captured.out
    assert len(ask.asked("table3.rows")) == 1 and len(ask.asked("table3.any")) == 1
    assert ask.asked("table3.row.new_received")[1].default == "2 0 0 0 0 0"
    note = ask.asked("table3.row.granted")[1].note
    assert note is not None and "≠" in note("1 0 0 0 0 0")
    lines = note("1 0 0 0 0 0").splitlines()
    assert "“自然人”列：一+二 = 2，三+四 = 1" in lines[0] and "漏选了行" in lines[1]
    assert next(line for line in lines if line.startswith("一+二")).split()[:2] == ["一+二", "2"]
    assert "≠" not in note("2 0 0 0 0 0")
    facts = load_facts(facts_path)
    assert facts.applications.row("granted") == (2, 0, 0, 0, 0, 0)


def test_gates_open_tables_two_and_four_and_fees(tmp_path: Path) -> None:
    """Answering 是 to the gates asks only the picked rows, and the numbers land in the right cells."""
    script = replace(seed_script(), "table2.rows", [
        ("table2.rows", ["normative_documents", "penalties", "fees_10k_yuan"]),
        ("table2.normative_documents", "1 0 3"), ("table2.penalties", "１２"), ("table2.fees_10k_yuan", "1.25"),
    ])
    script = replace(script, "table4.any", [
        ("table4.any", "是"), ("table4.rows", ["lawsuit_direct"]), ("table4.row.lawsuit_direct", "0 1 0 1"),
    ])
    script = replace(script, "fees.any", [
        ("fees.any", "是"), ("fees.notices", "1"), ("fees.notice_amount_10k_yuan", "0.01"),
        ("fees.collected_10k_yuan", "0"),
    ])
    _, facts_path = run_script(tmp_path, script, render=False)
    facts = load_facts(facts_path)
    table = facts.proactive_table
    assert (table.normative_documents.issued, table.normative_documents.in_force, table.penalties) == (1, 3, 12)
    assert str(table.fees_10k_yuan) == "1.25" and table.licensing == 0
    assert facts.reviews_and_lawsuits.row_with_total("lawsuit_direct") == (0, 1, 0, 1, 2)
    assert facts.fees.notices == 1


@pytest.mark.parametrize(("key", "text", "reason"), [
    ("overview.proactive.total", "-1", "不能为负数"),
    ("overview.proactive.total", "abc", "应为整数"),
    ("overview.proactive.total", "1.5", "不能有小数"),
    ("table3.row.granted", "1 0 0", "应输入 6 个数"),
    ("table3.row.granted", "1 0 0 0 0 -1", "“其他”不能为负数"),
    ("table2.fees_10k_yuan", "500元", "单位应为万元"),
    ("signing_date", "2024年2月30日", "不存在"),
])
def test_prompt_validation_rejects_with_a_chinese_reason(key: str, text: str, reason: str) -> None:
    """The prompt's validator is the facts parser: bad input gets a Chinese reason."""
    assert reason in (validator(BY_KEY[key])(text) or "")


def test_prompt_validation_accepts_full_width_digits() -> None:
    """Numbers typed with a Chinese input method are accepted."""
    assert validator(BY_KEY["overview.proactive.total"])("５５８") is None
    assert validator(BY_KEY["table3.row.granted"])("１　０　０　０　０　０") is None


def test_an_invalid_answer_is_asked_again(tmp_path: Path, capsys) -> None:
    """Even an ask that skips validation cannot store a bad value: the question comes back."""
    script = replace(seed_script(), "overview.proactive.total",
                     [("overview.proactive.total", "-1"), ("overview.proactive.total", "558")])
    _, facts_path = run_script(tmp_path, script, render=False)
    assert "不能为负数" in capsys.readouterr().err
    assert load_facts(facts_path).overview.proactive.total == 558


def test_interrupt_then_resume_keeps_every_answer(tmp_path: Path, capsys) -> None:
    """Ctrl-C mid-way (even inside the channel list) keeps every answer; --resume asks only the rest."""
    facts_path = tmp_path / "facts.yaml"
    first = ScriptedAsk(seed_script(), interrupt_after=9)
    assert run(Options(facts_path=facts_path), first) == 130
    assert f"-o {facts_path} --resume" in capsys.readouterr().err
    saved = load_state(partial_path(facts_path))
    assert saved.answers["overview.proactive.total"] == 558 and len(saved.pending["overview.proactive.channels"]) == 2
    with pytest.raises(DrafterError, match="--resume"):
        run(Options(facts_path=facts_path), ScriptedAsk([]))
    rest = ScriptedAsk(seed_script()[9:])
    assert not isinstance(run(Options(facts_path=facts_path, resume=True, render=False), rest), int)
    assert rest.prompts[0].key == "overview.proactive.channels" and "第 3 项" in rest.prompts[0].message
    assert load_facts(facts_path) == seed_expected()


def test_review_can_answer_a_section_again(tmp_path: Path) -> None:
    """Picking a section on the review screen asks it again with the earlier answers as defaults."""
    script = seed_script()[:-1] + [
        ("review", "improve"), ("practices.problems", ["awareness"]), ("practices.measures", DEFAULT),
        ("review", "done"),
    ]
    ask, facts_path = run_script(tmp_path, script, render=False)
    assert ask.asked("practices.problems")[1].default == ["timeliness", "form_channels"]
    facts = load_facts(facts_path)
    assert facts.practices["problems"] == [Pick("awareness")]
    assert facts.practices["measures"] == seed_expected().practices["measures"]  # the earlier answer is offered


def test_existing_facts_file_is_not_overwritten_without_force(tmp_path: Path) -> None:
    """An existing facts file stops the interview before the first question."""
    facts_path = tmp_path / "facts.yaml"
    facts_path.write_text("keep", encoding="utf-8")
    with pytest.raises(DrafterError, match="--force"):
        run(Options(facts_path=facts_path), ScriptedAsk([]))
    assert facts_path.read_text(encoding="utf-8") == "keep"


def test_without_a_terminal_points_to_render_and_exits_2(tmp_path: Path, capsys) -> None:
    """Piped stdin (as under pytest): a Chinese message naming drafter render, exit code 2."""
    assert main(["interview", "-o", str(tmp_path / "f.yaml")]) == 2
    err = capsys.readouterr().err
    assert "drafter render" in err and "终端" in err
    assert list(tmp_path.iterdir()) == []


def test_resume_without_progress_file_is_a_usage_error(tmp_path: Path) -> None:
    """--resume with nothing to resume says so in Chinese."""
    with pytest.raises(DrafterError, match="没有找到未完成的问答记录"):
        run(Options(facts_path=tmp_path / "f.yaml", resume=True), ScriptedAsk([]))


def test_keeping_every_section_reproduces_last_years_facts(tmp_path: Path, capsys) -> None:
    """--from keeping everything: only the date and the section choice are asked; all else is last year's."""
    last = nonzero_facts()
    rows = dict(last.applications.rows)
    rows["carried_forward"] = rows["carried_over"]
    rows["new_received"] = tuple(v - 3 for v in rows["new_received"])
    last = dataclasses.replace(last, applications=Applications(rows))
    last.practices = {"management": [Pick("leader_briefings", {"times": 1})], "problems": [Pick("timeliness")],
                      "supervision": [Pick("accountability", {"cases": 0}), Pick("training", {"times": 2, "persons": 9})]}
    script = [("signing_date", DEFAULT), ("from.sections", []), ("review", "done")]
    ask, facts_path = run_script(tmp_path, script, from_path=_last_year(tmp_path, last), render=False)
    assert ask.count == 3
    facts = load_facts(facts_path)
    assert facts.last_year is not None and facts.last_year.year == last.year  # last year's report, recorded
    assert facts == dataclasses.replace(last, year=last.year + 1, signing_date=facts.signing_date,
                                        last_year=facts.last_year)
    err = capsys.readouterr().err
    assert "“表二”、“表三”、“表四”、“六、其他事项”沿用了上年的数字" in err
    assert facts.signing_date.year == last.signing_date.year + 1


def test_an_existing_report_is_kept_when_the_clerk_says_no(tmp_path: Path, capsys) -> None:
    """The report already on disk: the interview asks before overwriting and keeps it on 否."""
    report = tmp_path / "昆明市晋宁区二街镇2023年政府信息公开工作年度报告.docx"
    report.write_bytes(b"keep me")
    ask, facts_path = run_script(tmp_path, seed_script() + [("overwrite", "否")])
    assert report.read_bytes() == b"keep me" and facts_path.is_file()
    assert "drafter render" in capsys.readouterr().out


def test_ctrl_d_is_handled_like_ctrl_c(tmp_path: Path, capsys) -> None:
    """EOF at a prompt (Ctrl-D) stops with the resume hint, not a traceback."""

    def ask(prompt):
        raise EOFError

    assert run(Options(facts_path=tmp_path / "f.yaml"), ask) == 130
    assert "--resume" in capsys.readouterr().err


def test_from_last_years_published_report(tmp_path: Path) -> None:
    """--from also takes last year's published report (here the seed .txt): its numbers become defaults."""
    script = [("signing_date", DEFAULT), ("from.sections", []), ("practice.supervision.accountability", "0"),
              ("review", "done")]
    _, facts_path = run_script(tmp_path, script, from_path=SEED, render=False)
    facts = load_facts(facts_path)
    assert facts.year == 2024 and facts.overview.proactive.total == 558
    assert facts.agency.name == "昆明市晋宁区二街镇人民政府"


def test_offered_channels_can_be_dropped_and_new_ones_added(tmp_path: Path) -> None:
    """--from offers last year's channels one by one: "删" at the end drops one, a new line adds one."""
    script = [
        ("signing_date", DEFAULT), ("from.sections", ["proactive"]), ("overview.proactive.platforms", DEFAULT),
        ("overview.proactive.total", "500"), ("overview.proactive.channels", DEFAULT),
        ("overview.proactive.channels", "“魅力二街” 发布 356条删"), ("overview.proactive.channels", DEFAULT),
        ("overview.proactive.channels", "其他渠道 378条"), ("overview.proactive.channels", ""),
        ("practice.supervision.accountability", "0"), ("review", "done"),
    ]
    ask, facts_path = run_script(tmp_path, script, from_path=_last_year(tmp_path), render=False)
    channels = [(c.name, c.verb, c.count, c.unit) for c in load_facts(facts_path).overview.proactive.channels]
    assert channels == [("晋宁区人民政府门户网", "公开", 118, "篇"), ("重大工程公开招标信息", "", 4, "条"),
                        ("其他渠道", "", 378, "条")]
    assert "第 3 项" in ask.asked("overview.proactive.channels")[3].message


def test_temporary_files_of_a_killed_session_are_removed_on_resume(tmp_path: Path) -> None:
    """A session killed while saving leaves a hidden .tmp beside the progress file; the next start removes it."""
    facts_path = tmp_path / "facts.yaml"
    assert run(Options(facts_path=facts_path), ScriptedAsk(seed_script(), interrupt_after=3)) == 130
    stale = [tmp_path / ".facts.yaml.partial.k2x9_q7a.tmp", tmp_path / ".facts.yaml.0abc_xyz.tmp"]
    for path in stale:
        path.write_text("half a save", encoding="utf-8")
    other = tmp_path / ".other.yaml.0abc_xyz.tmp"  # not ours: left alone
    other.write_text("x", encoding="utf-8")
    assert run(Options(facts_path=facts_path, resume=True), ScriptedAsk([], interrupt_after=0)) == 130
    assert not any(p.exists() for p in stale) and other.exists()


@pytest.mark.parametrize("facts", [seed_expected(), dataclasses.replace(nonzero_facts(), practices={
    "supervision": [Pick("accountability", {"cases": 1})]})], ids=["seed", "nonzero"])
def test_answers_and_facts_round_trip(facts) -> None:
    """Every fact the interview can hold survives facts → answers → facts unchanged."""
    from drafter.interview.from_facts import answers_from_facts
    from drafter.interview.to_facts import build_facts

    assert build_facts(answers_from_facts(facts)) == facts


def test_a_facts_file_from_before_the_checklists_becomes_picks() -> None:
    """The old numbers (领导听取汇报 N 次, 责任追究 N 次) become the matching picks; typed paragraphs stay."""
    from drafter.interview.from_facts import answers_from_facts
    from drafter.interview.to_facts import build_facts

    old = example_facts()
    old.overview.supervision.accountability_cases = 0
    facts = build_facts(answers_from_facts(old))
    assert facts.practices["management"] == [Pick("leader_briefings", {"times": 2})]
    assert facts.practices["supervision"] == [Pick("accountability", {"cases": 0})]
    assert facts.overview.management.leader_briefings is None and facts.overview.supervision.accountability_cases is None
    assert facts.overview.platform_text == old.overview.platform_text and facts.measures == old.measures


def test_from_last_year_with_one_application_received(tmp_path: Path) -> None:
    """--from, 表三 chosen: the gate, the row pick and one prompt per picked row (7 prompts in all)."""
    script = [
        ("signing_date", DEFAULT), ("from.sections", ["table3"]), ("practice.supervision.accountability", "0"),
        ("table3.any", "是"),
        ("table3.rows", ["new_received", "granted"]), ("table3.row.new_received", "1 0 0 0 0 0"),
        ("table3.row.granted", "1 0 0 0 0 0"), ("review", "done"),
    ]
    ask, facts_path = run_script(tmp_path, script, from_path=_last_year(tmp_path), render=False)
    print(f"--from with one application: {ask.count} prompts")
    assert ask.count == 8  # 责任追究 could not be read from last year: asked
    assert load_facts(facts_path).applications.row("granted") == (1, 0, 0, 0, 0, 0)


@pytest.mark.parametrize("body", ["answers: {year: [2023]}\n", "answers: {year: 2023}\nfrom_path: [a]\n",
                                  "answers: {overview.proactive.channels: 5}\n", "pending: {x: 3}\n", "answers: [1]\n"])
def test_a_hand_edited_progress_file_with_wrong_types_is_refused_by_name(tmp_path: Path, body: str) -> None:
    """A .partial whose stored answers have the wrong shape is refused with a message, not a TypeError later."""
    partial = tmp_path / "facts.yaml.partial"
    partial.write_text("format: 1\n" + body, encoding="utf-8")
    with pytest.raises(DrafterError, match="已损坏"):
        load_state(partial)


def test_a_folder_given_as_the_facts_file_is_refused_before_any_question(tmp_path: Path) -> None:
    """-o pointing at a folder is refused at once (even with --force), not after the whole interview."""
    ask = ScriptedAsk([])
    with pytest.raises(DrafterError, match="是一个文件夹"):
        run(Options(facts_path=tmp_path, force=True), ask)
    assert ask.count == 0


def test_two_consecutive_years_with_the_same_picks_share_no_sentence_and_raise_no_l2(tmp_path: Path) -> None:
    """The seed scenario, then the next year with --from keeping every section (same picks): no sentence of
    一（三）–（五） and 五 repeats, and check --last raises no L2 (drafter's own wording, nothing typed)."""
    from drafter.checks import narrative
    from drafter.checks.units import sentences, units

    (tmp_path / "2023").mkdir()
    (tmp_path / "2024").mkdir()
    _, first = run_script(tmp_path / "2023", seed_script(), render=False)
    script = [("signing_date", DEFAULT), ("from.sections", []), ("review", "done")]
    _, second = run_script(tmp_path / "2024", script, from_path=first, render=False)
    before, now = load_facts(first), load_facts(second)
    assert now.year == 2024 and now.practices == before.practices
    draft_before, draft_now = draft_report(before).draft, draft_report(now, last=before).draft
    slots = ("overview.management", "overview.platform", "overview.supervision", "problems", "measures")

    def said(draft):
        return {s for u in units(draft) if u.slot in slots for s in sentences(u.text) if not s.startswith("（")}

    assert said(draft_now) and said(draft_now) & said(draft_before) == set()
    problems = narrative.lint_draft(now, draft_now, last=before, last_draft=draft_before)
    assert [p for p in problems if p.code == "L2"] == []


def test_from_last_year_keeping_a_table3_that_no_longer_balances_asks_it_again(tmp_path: Path, capsys) -> None:
    """Last year's 表三 kept as it was cannot balance with this year's 上年结转 (last year's 结转下年度) when the
    two differ: the interview says so and asks 表三 at once, instead of keeping it for the review to refuse."""
    last = nonzero_facts()
    assert last.applications.row("carried_over") != last.applications.row("carried_forward")
    asked: list[str] = []

    def ask(prompt):  # keep every section, take every default; stop (Ctrl-C) at the first 表三 question
        asked.append(prompt.key)
        if prompt.key.startswith("table3.") or prompt.key == "review":
            raise KeyboardInterrupt
        if prompt.key == "from.sections":
            return []
        return prompt.default if prompt.default is not None else "0"

    assert run(Options(facts_path=tmp_path / "f.yaml", from_path=_last_year(tmp_path, last), render=False), ask) == 130
    assert "上年的表三数字与本年的上年结转对不上" in capsys.readouterr().err
    assert asked[-1].startswith("table3.")  # asked before the review screen
