"""drafter interview --fill: from an imported real report to a complete facts file, asking only what was not read.

Inputs are imported reports from tests/realworld/; answers are typed as a clerk types them (full-width digits,
"1,250"). Everything read stays as it was; the filled cells leave ``imported.missing``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from drafter.cli import main
from drafter.facts.load import load_facts
from drafter.interview.session import Options
from drafter.interview.terminal import run
from drafter.pipeline import draft_report
from drafter.writers.text import render_text
from tests.conftest import example_facts
from tests.interview_script import DEFAULT, ScriptedAsk, passed_parts
from tests.realworld_corpus import INVESTMENT_SILENT, imported_copy

REALWORLD = Path(__file__).resolve().parent / "realworld"
# 平潭投资促进局 2024 without its fee sentence (INVESTMENT_SILENT): 表二 行政规范性文件 unread, the fees not stated
INVESTMENT = [("table2.normative_documents", "２ 0 １,250"), ("fees.any", "是"), ("fees.notices", "３"),
              ("fees.notice_amount_10k_yuan", "0.0150"), ("fees.collected_10k_yuan", "0.01")]


def _fill(source: Path, script: list, **opts) -> tuple[ScriptedAsk, object]:
    ask = ScriptedAsk(script)
    result = run(Options(fill_path=source, **opts), ask)
    assert not ask.script, f"script not used up: {ask.script[:3]}"
    return ask, result


def test_only_what_was_not_read_is_asked_and_the_rest_is_kept(tmp_path: Path, capsys) -> None:
    source = imported_copy(tmp_path, *INVESTMENT_SILENT)
    before = load_facts(source)
    capsys.readouterr()
    ask, _ = _fill(source, INVESTMENT, render=False)
    assert [p.key for p in ask.prompts] == [key for key, _ in INVESTMENT]
    assert "中有 2 项没有从原报告读出" in capsys.readouterr().out
    after = load_facts(source)  # written back in place
    assert after.proactive_table.normative_documents.__dict__ == {"issued": 2, "repealed": 0, "in_force": 1250}
    assert (after.fees.notices, str(after.fees.notice_amount_10k_yuan), str(after.fees.collected_10k_yuan)) == (
        3, "0.015", "0.01")
    assert after.imported is not None and after.imported.missing == []
    for field in ("agency", "signing_date", "overview", "own_text", "applications", "reviews_and_lawsuits",
                  "other_matters", "practices", "banks"):
        assert getattr(after, field) == getattr(before, field), field
    assert after.imported.sections == before.imported.sections  # type: ignore[union-attr]
    text = render_text(draft_report(after).draft)
    assert "行政规范性文件 | 2 | 0 | 1250" in text and "待填" not in text and "待补充" not in text and "实际收取信息处理费0.01万元" in text


def test_the_filled_facts_render_without_the_unread_error(tmp_path: Path, capsys) -> None:
    """After --fill, render no longer stops on B5 (cells not read), and the report is written."""
    source = imported_copy(tmp_path, *INVESTMENT_SILENT)
    assert main(["render", str(source), "-o", str(tmp_path / "before.txt"), "--format", "txt"]) == 1
    _, result = _fill(source, INVESTMENT)
    assert not isinstance(result, int) and len(result.reports) == 1 and result.reports[0].exists()  # type: ignore[attr-defined]
    capsys.readouterr()
    assert main(["render", str(source), "-o", str(tmp_path / "after.txt"), "--format", "txt"]) == 0
    assert "没有从原报告读出" not in capsys.readouterr().err


def test_unread_table3_rows_are_asked_whole_and_nothing_else(tmp_path: Path) -> None:
    """平潭经济发展局 2021: （一）予以公开 and （二）部分公开 not read; the other rows and their 勾稽 stand."""
    source = imported_copy(tmp_path, "44-pingtan-econdev-2021.txt")
    text = source.read_text(encoding="utf-8").replace('  name: ""', '  name: "平潭综合实验区经济发展局"', 1)
    source.write_text(text.replace("signing_date: ", "signing_date: 2022-01-20", 1), encoding="utf-8")
    rows = [("table3.row.granted", "0 0 0 0 0 0"), ("table3.row.partially_granted", "０ 0 0 0 0 0")]
    ask, _ = _fill(source, [*passed_parts("supervision"), *rows], render=False)  # 一（五） not given: asked first
    assert [p.key for p in ask.prompts][-2:] == ["table3.row.granted", "table3.row.partially_granted"]
    after = load_facts(source)
    assert after.imported is not None and not after.unknown("applications")
    assert after.applications.row("granted") == (0,) * 6


def test_table3_not_adding_up_offers_to_type_the_rows_again_or_keep_them(tmp_path: Path, capsys) -> None:
    """44 again: 1 typed under （一）予以公开 against 0 new applications: the typed rows are asked again (their
    numbers as defaults), then "keep" leaves them as typed; the read rows are never asked."""
    source = imported_copy(tmp_path, "44-pingtan-econdev-2021.txt")
    text = source.read_text(encoding="utf-8").replace('  name: ""', '  name: "平潭综合实验区经济发展局"', 1)
    source.write_text(text.replace("signing_date: ", "signing_date: 2022-01-20", 1), encoding="utf-8")
    script = [*passed_parts("supervision"), ("table3.row.granted", "1 0 0 0 0 0"), ("table3.row.partially_granted", "0 0 0 0 0 0"),
              ("table3.mismatch", "again"), ("table3.row.granted", DEFAULT), ("table3.row.partially_granted", DEFAULT),
              ("table3.mismatch", "keep")]
    ask, _ = _fill(source, script, render=False)
    assert ask.asked("table3.row.granted")[1].default == "1 0 0 0 0 0"
    assert "“自然人”列：一+二 = 0，三+四 = 1" in capsys.readouterr().err
    assert load_facts(source).applications.row("granted") == (1, 0, 0, 0, 0, 0)


def test_a_report_given_directly_asks_its_unread_signature_too(tmp_path: Path) -> None:
    """平潭行政审批局 2021, a page copy that ends without a signature: the date and the agency are asked first,
    then the figures; the facts file is written beside the report."""
    report = tmp_path / "43.txt"
    report.write_text((REALWORLD / "43-pingtan-approval-2021.txt").read_text(encoding="utf-8"), encoding="utf-8")
    script = [("signing_date", "2022年1月20日"), ("agency.name", DEFAULT), *passed_parts("management", "supervision"),
              ("table2.normative_documents", "2 0 23")]
    ask, _ = _fill(report, script, render=False)
    assert ask.asked("agency.name")[0].default == "平潭综合实验区行政审批局"  # the title's agency offered
    after = load_facts(tmp_path / "43.yaml")
    assert (after.agency.name, after.agency.kind, str(after.signing_date)) == ("平潭综合实验区行政审批局", "部门", "2022-01-20")
    assert after.imported is not None and after.imported.missing == []
    assert after.proactive_table.normative_documents.in_force == 23 and after.fees.notices == 0  # "没有产生…处理费"


def test_an_interrupted_fill_resumes_where_it_stopped(tmp_path: Path, capsys) -> None:
    source = imported_copy(tmp_path, *INVESTMENT_SILENT)
    ask = ScriptedAsk(INVESTMENT, interrupt_after=2)
    assert run(Options(fill_path=source, render=False), ask) == 130
    assert f"drafter interview --fill {source} --resume" in capsys.readouterr().err
    assert load_facts(source).imported.missing  # type: ignore[union-attr]  # nothing written yet
    ask, _ = _fill(source, INVESTMENT[2:], render=False, resume=True)
    assert load_facts(source).fees.notices == 3


def test_a_facts_file_with_nothing_unread_asks_nothing(tmp_path: Path, capsys) -> None:
    from drafter.facts.dump import dump_facts

    path = tmp_path / "full.yaml"
    path.write_text(dump_facts(dataclasses.replace(example_facts())), encoding="utf-8")
    assert run(Options(fill_path=path), ScriptedAsk([])) == 0
    assert "不需要补填" in capsys.readouterr().out


def test_fill_and_from_together_is_a_usage_error(tmp_path: Path, capsys) -> None:
    assert main(["interview", "--fill", "a.yaml", "--from", "b.yaml"]) == 2
    assert "--fill 与 --from 不能同时使用" in capsys.readouterr().err


def test_the_checks_after_fill_place_label_warnings_by_the_official_row(tmp_path: Path, capsys) -> None:
    """平潭君山片区 2025 prints "规范性文件" and no 规章 row (F2): after --fill the checks before rendering name
    them by table and official row ("表二 · 规章"), not by the import's record "imported.variants"."""
    source = imported_copy(tmp_path, "86-pingtan-junshan-2025.txt")
    capsys.readouterr()
    _fill(source, [*passed_parts("management", "platform", "supervision"), ("table2.regulations", "0 0 0"),
                   ("practices.problems", DEFAULT), ("practices.measures", DEFAULT), ("fees.any", "否")])
    shown = "".join(capsys.readouterr())
    assert "表二 · 规章" in shown and "原报告缺少“规章”" in shown and "F2-" in shown
    assert "imported." not in shown


def test_the_narrative_parts_not_given_are_asked_as_the_interview_asks_them(tmp_path: Path, capsys) -> None:
    """平潭行政审批局 2021 gives no 一（三） and no 一（五）: --fill asks them with the full interview's checklists
    (same questions), their numbers and the optional added text; the parts it gave are not asked; the report
    then says what was picked instead of "【待补充：…】"."""
    from drafter.interview.questions import BY_KEY

    source = imported_copy(tmp_path, "43-pingtan-approval-2021.txt", agency="平潭综合实验区行政审批局",
                           signed="2022-01-20")
    script = [("practices.management", ["leader_briefings", "review_process"]),
              ("practice.management.leader_briefings", "３"), ("practices.supervision", DEFAULT),
              ("practice.supervision.accountability", "0"), ("overview.extra", "是"),
              ("overview.management.text", "建立政务公开工作台账。"), ("overview.supervision.text", ""),
              ("table2.normative_documents", "2 0 23")]
    ask, _ = _fill(source, script, render=False)
    for prompt in ask.prompts:
        assert prompt.message.startswith(BY_KEY[prompt.key].prompt.split("：")[0]), prompt.key
    assert "一（三）政府信息管理；一（五）监督保障" in capsys.readouterr().out  # labels may hold a 、
    after = load_facts(source)
    assert [(p.id, p.counts) for p in after.practices["management"]] == [("leader_briefings", {"times": 3}),
                                                                        ("review_process", {})]
    assert [(p.id, p.counts) for p in after.practices["supervision"]] == [("accountability", {"cases": 0})]
    assert after.overview.management.text == "建立政务公开工作台账。" and "platform" not in after.practices
    text = render_text(draft_report(after).draft)
    assert "3次听取" in text and "三审三校" in text and "建立政务公开工作台账。" in text and "待补充" not in text


def test_a_run_together_table4_group_is_shown_as_the_report_printed_it(tmp_path: Path, capsys) -> None:
    """151's 表四 复议后起诉 "1324015" adds up under no cut (kept run together, unread): --fill names it by its
    row and shows the digits before the first question (it raised KeyError, looked up as a 表二 row)."""
    source = imported_copy(tmp_path, "151-pingtan-social-affairs-2024.txt")
    capsys.readouterr()
    assert run(Options(fill_path=source, render=False), ScriptedAsk([], interrupt_after=0)) == 130
    out = capsys.readouterr().out
    assert "复议后起诉：原报告印出“1324015”（几栏数字连在一起" in out, out


def test_the_list_of_what_is_asked_keeps_labels_holding_a_pause_apart(tmp_path: Path, capsys) -> None:
    """304-haizhu-guanzhou-2023 (a copy cut inside 表三): the rows asked are listed joined by ；, as "（六）其他处理
    1.申请人无正当理由逾期不补正、行政机关不再处理…" holds a 、 (found typing in tmux)."""
    source = imported_copy(tmp_path, "304-haizhu-guanzhou-2023.txt")
    capsys.readouterr()
    ask = ScriptedAsk([], interrupt_after=0)
    assert isinstance(run(Options(fill_path=source, render=False), ask), int)
    out = capsys.readouterr().out.replace("\n", "")
    assert "行政机关不再处理其政府信息公开申请；（六）其他处理 2." in out and "；四、结转下年度继续办理；" in out
