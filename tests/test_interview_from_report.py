"""interview --from a published report: each narrative part's own words offered as this year's text, years
moved on and last year's figures asked or removed; the region's phrase bank kept; last year's text recorded."""

from __future__ import annotations

from pathlib import Path

from drafter.cli import main
from drafter.facts.dump import dump_facts
from drafter.facts.load import load_facts
from drafter.interview.carry import figures, marked, moved, without_figures
from drafter.interview.session import Options
from drafter.interview.terminal import run
from drafter.pipeline import draft_report
from drafter.wording.choose import sentence_keys
from tests.conftest import SEED
from tests.interview_script import (
    DEFAULT,
    FROM_TARGET,
    ScriptedAsk,
    from_script,
    replace,
    run_script,
    seed_expected,
)

NARRATIVE_SLOTS = ("overview.management", "overview.platform", "overview.supervision", "problems", "measures")


def _run(tmp_path: Path, script, source: Path, name: str = "facts.yaml") -> tuple[ScriptedAsk, Path]:
    return run_script(tmp_path, script, name, from_path=source, render=False)


def _paragraphs(facts_path: Path) -> dict[str, str]:
    said: dict[str, str] = {}
    for p in draft_report(load_facts(facts_path)).draft.paragraphs():
        said[p.slot] = said.get(p.slot, "") + p.text
    return said


def test_from_the_seed_report_no_sentence_of_2023_survives_as_this_year(tmp_path: Path, capsys) -> None:
    """The seed's own words are kept (the clerk changes only 主动公开), each "2023年" moved to 2024 and its
    "共2次" (a 2023 figure) removed: the 2024 report names 2023 nowhere, within the prompt target."""
    ask, facts_path = _run(tmp_path, from_script(), SEED)
    assert ask.count <= FROM_TARGET
    said = _paragraphs(facts_path)
    assert not [text for text in said.values() if "2023" in text]
    management = said["overview.management"]
    assert "2024年镇政府主要领导听取政务公开工作情况汇报" in management and "次" not in management.split("汇报")[0]
    assert "制定并公布我镇2024年政务公开工作要点" in management
    assert said["problems"].startswith("2024年在政府信息公开工作方面主要存在以下问题")
    assert "全年未发生因政府信息公开引起的失泄密情况" in said["overview.platform"]  # kept word for word
    assert "责任追究" in said["overview.supervision"]  # never left unsaid: asked, and said after the agency's text
    captured = capsys.readouterr()
    assert "去掉了上年的数字：共2次" in captured.out and "使用短语库 jinning" in captured.out
    assert "“一（三）政府信息管理”、“一（四）政府信息公开平台建设”" in captured.err and "沿用了上年报告的原文" in captured.err


def test_keeping_a_part_asks_each_of_last_years_figures(tmp_path: Path) -> None:
    """Selected again, a part is one choice (keep / checklist / type); keeping asks its figures, Enter removes one."""
    script = [("signing_date", DEFAULT), ("from.sections", ["overview"]),
              ("own.management.use", "keep"), ("own.management.figure", "３"),
              ("own.platform.use", "menu"), ("practices.platform", ["portal_site"]), ("practice.platform.portal_site", "120"),
              ("own.supervision.use", "type"), ("own.supervision.text", "将政务公开纳入年度绩效考核。"),
              ("practice.supervision.accountability", "0"), ("overview.extra", "否"), ("review", "done")]
    ask, facts_path = _run(tmp_path, script, SEED)
    figure = ask.asked("own.management.figure")[0]
    assert "“共2次”是上年的数字" in figure.message and "2024年镇政府主要领导共2次听取" in figure.message
    assert ask.asked("own.supervision.text")[0].default.startswith("不断强化政府信息报送及考核奖惩")
    facts = load_facts(facts_path)
    assert "主要领导共3次听取" in facts.own_text["management"] and "platform" not in facts.own_text
    assert facts.own_text["supervision"] == "将政务公开纳入年度绩效考核。"
    said = _paragraphs(facts_path)
    assert "120条" in said["overview.platform"] and "提质增量" not in said["overview.platform"]
    assert said["overview.supervision"].startswith("将政务公开纳入年度绩效考核。2024年")


def test_years_move_on_and_comparisons_with_the_year_before_go() -> None:
    text = "我镇开展培训3次，较上年增加1次。制定《2023年工作要点》。\n2024年将继续完善。自2019年起实行。"
    assert moved(text, 2023) == "制定《2024年工作要点》。\n2025年将继续完善。自2019年起实行。"
    assert [m.group(0) for m in figures("培训3次，参训120人次，《第2号文件》第3条")] == ["3次", "120人次"]
    assert without_figures("主要领导共2次听取汇报") == "主要领导听取汇报"
    shown = marked("2023年共2次", 2023)
    assert "[black on yellow]2023年[/]" in shown and "[white on red]共2次[/]" in shown


def test_a_report_whose_region_has_no_bank_asks_which_bank(tmp_path: Path, capsys) -> None:
    """The seed without "晋宁区": the report cannot tell its bank, so the clerk is asked (national offered)."""
    report = tmp_path / "report.txt"
    report.write_text(SEED.read_text(encoding="utf-8").replace("晋宁区", "某某区"), encoding="utf-8")
    script = replace(from_script(), "from.sections", [("from.sections", ["proactive"]), ("bank", "jinning")])
    ask, facts_path = _run(tmp_path, script, report)
    assert ask.asked("bank")[0].default == "national"
    assert load_facts(facts_path).banks == ["jinning"]
    assert "稍后询问使用哪个短语库" in capsys.readouterr().out


def test_consecutive_years_from_facts_files_alone_share_no_narrative_sentence(tmp_path: Path) -> None:
    """2023 (the seed's picks) and 2024 (--from it, same picks): each rendered from its facts file alone, with
    no --last, their 一（三）–（五） and 五 share no sentence: the 2024 file records 2023's text (last_year:)."""
    last = tmp_path / "2023.yaml"
    last.write_text(dump_facts(seed_expected()), encoding="utf-8")
    _, now = _run(tmp_path, replace(from_script(), "practice.supervision.accountability", []), last, "2024.yaml")
    facts = load_facts(now)
    assert facts.last_year is not None and facts.last_year.year == 2023
    before, after = _paragraphs(last), _paragraphs(now)
    for slot in NARRATIVE_SLOTS:
        assert sentence_keys(after[slot]), slot
        assert not sentence_keys(after[slot]) & sentence_keys(before[slot]), slot
    facts.last_year = None  # without the record the same wordings as 2023 come back
    assert any(sentence_keys(t) & sentence_keys(before[s]) for s, t in _said(facts).items() if s in NARRATIVE_SLOTS)


def _said(facts) -> dict[str, str]:
    return {c.slot: c.text for c in draft_report(facts).choices}


def test_check_reads_last_years_text_from_the_facts_file(tmp_path: Path, capsys) -> None:
    """check without --last compares with the recorded text: a section copied from it is L2."""
    last = tmp_path / "2023.yaml"
    last.write_text(dump_facts(seed_expected()), encoding="utf-8")
    _, now = _run(tmp_path, replace(from_script(), "practice.supervision.accountability", []), last, "2024.yaml")
    facts = load_facts(now)
    assert facts.last_year is not None
    lines = facts.last_year.text.split("\n")
    five = lines[lines.index("五、存在的主要问题及改进情况") + 1:lines.index("六、其他需要报告的事项")]
    facts.own_text["problems"], facts.own_text["measures"] = five[0], "\n".join(five[1:])  # 五 copied
    copied = tmp_path / "copied.yaml"
    copied.write_text(dump_facts(facts), encoding="utf-8")
    capsys.readouterr()
    main(["check", str(copied), "--format", "json"])
    assert '"L2"' in capsys.readouterr().out
    main(["check", str(now), "--format", "json"])
    assert '"L2"' not in capsys.readouterr().out


def test_stopped_while_a_figure_is_asked_resume_asks_it_again(tmp_path: Path) -> None:
    script = [("signing_date", DEFAULT), ("from.sections", ["overview"]), ("own.management.use", "keep")]
    ask = ScriptedAsk([*script, ("own.management.figure", "3")], interrupt_after=3)
    facts_path = tmp_path / "facts.yaml"
    assert run(Options(facts_path=facts_path, from_path=SEED, render=False), ask) != 0
    rest = [("own.management.figure", "4"), ("own.platform.use", "keep"), ("own.supervision.use", "keep"),
            ("practice.supervision.accountability", "0"), ("overview.extra", "否"), ("review", "done")]
    ask = ScriptedAsk(rest)
    run(Options(facts_path=facts_path, resume=True, render=False), ask)
    assert not ask.script
    assert "主要领导共4次听取" in load_facts(facts_path).own_text["management"]


def test_six_of_a_report_is_carried_too_its_year_moved_and_figure_asked(tmp_path: Path) -> None:
    """六 in the agency's words (a report's other matters) is one of the parts: kept with "2023年" moved on;
    selected again, its figure is asked."""
    report = tmp_path / "report.txt"
    text = SEED.read_text(encoding="utf-8").replace(
        "2023年无收取信息处理费情况。", "2023年无收取信息处理费情况。\n2023年，我镇办理人大代表建议3件，办理结果均已公开。")
    report.write_text(text, encoding="utf-8")
    _, kept = _run(tmp_path, from_script(), report, "kept.yaml")
    assert load_facts(kept).other_matters == ["2024年，我镇办理人大代表建议，办理结果均已公开。"]
    script = replace(from_script(), "from.sections", [("from.sections", ["proactive", "other"])])
    script = replace(script, "review", [("fees.any", "否"), ("own.other.use", "keep"), ("own.other.figure", "5"),
                                        ("review", "done")])
    _, asked = _run(tmp_path, script, report, "asked.yaml")
    assert load_facts(asked).other_matters == ["2024年，我镇办理人大代表建议5件，办理结果均已公开。"]


def test_five_as_one_text_is_one_part_in_place_of_both_checklists(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(SEED.read_text(encoding="utf-8").replace("(一)存在的主要问题\n", "").replace("(二)改进措施\n", ""),
                      encoding="utf-8")
    _, kept = _run(tmp_path, from_script(), report, "kept.yaml")
    facts = load_facts(kept)
    assert facts.own_text["improvement"].startswith("2024年在政府信息公开工作方面") and not facts.practices.get("problems")
    script = replace(from_script(), "from.sections", [("from.sections", ["proactive", "improve"])])
    script = replace(script, "review", [("own.improvement.use", "menu"), ("practices.problems", ["timeliness"]),
                                        ("practices.measures", DEFAULT), ("review", "done")])
    _, picked = _run(tmp_path, script, report, "picked.yaml")
    facts = load_facts(picked)
    assert "improvement" not in facts.own_text and [p.id for p in facts.practices["problems"]] == ["timeliness"]
