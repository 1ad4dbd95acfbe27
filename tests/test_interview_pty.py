"""End to end in a pseudo-terminal: real keys through a whole interview, with Ctrl-C and --resume."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from drafter.facts.load import load_facts
from drafter.facts.model import Pick

pexpect = pytest.importorskip("pexpect", reason="pexpect (test extra) is needed for the terminal test")
if sys.platform == "win32":  # pragma: no cover
    pytest.skip("pseudo-terminals need a POSIX system", allow_module_level=True)

ENTER, CTRL_C, CTRL_U, UP, DOWN, SPACE = "\r", "\x03", "\x15", "\x1b[A", "\x1b[B", " "
REPORT = "甲县乙镇2023年政府信息公开工作年度报告.docx"


def _spawn(tmp_path: Path, *args: str):
    env = {**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1", "TERM": "xterm", "COLUMNS": "120", "LINES": "40"}
    child = pexpect.spawn(sys.executable, ["-m", "drafter", "interview", "-o", "乙镇2023.yaml", *args],
                          cwd=str(tmp_path), env=env, encoding="utf-8", timeout=30, dimensions=(40, 120),
                          preexec_fn=_terminal_signals)
    return child


def _terminal_signals() -> None:
    """In the child: SIGHUP as a terminal's shell gives it. Run under nohup (a test run started in the
    background), the child would inherit SIGHUP ignored, and drafter rightly keeps an ignored signal ignored."""
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def _answer(child, prompt: str, keys: str) -> None:
    child.expect_exact(prompt)
    child.send(keys)


def test_whole_interview_with_real_keys_interrupt_and_resume(tmp_path: Path) -> None:
    """A clerk types a whole interview (one table non-zero), presses Ctrl-C, resumes, loses the window, resumes."""
    child = _spawn(tmp_path)
    _answer(child, "报告年度", CTRL_U + "2023" + ENTER)
    _answer(child, "落款日期", CTRL_U + "2024年1月17日" + ENTER)
    _answer(child, "本机关全称", "甲县乙镇人民政府" + ENTER)
    _answer(child, "使用哪个短语库", ENTER)
    _answer(child, "依据的上级通知名称", ENTER)
    _answer(child, "主要在哪些平台", "甲县人民政府门户网站" + ENTER)
    _answer(child, "全年主动公开政府信息总数", "-1" + ENTER)
    child.expect_exact("不能为负数")
    child.send(CTRL_U + "１２" + ENTER)
    _answer(child, "第 1 项", "县门户网站 发布 8条" + ENTER)
    _answer(child, "第 2 项", CTRL_C)
    child.expect_exact("--resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130

    child = _spawn(tmp_path, "--resume")
    child.expect_exact("继续上次的问答")
    _answer(child, "第 2 项", "乙镇公众号 发布 4条" + ENTER)
    _answer(child, "第 3 项", ENTER)
    _answer(child, "（三）政府信息管理：本年做了哪些工作", DOWN * 4 + SPACE + ENTER)  # the 5th: leader briefings
    _answer(child, "主要领导听取政务公开工作汇报：次数", "1" + ENTER)
    _answer(child, "（四）政府信息公开平台建设：本年做了哪些工作", ENTER)
    _answer(child, "（五）监督保障：本年做了哪些工作", ENTER)  # 责任追究 is pre-selected
    _answer(child, "责任追究（起）", ENTER)  # 0 offered
    _answer(child, "是否要在所选做法之外补充文字", UP + ENTER)
    _answer(child, "（一）主动公开 补充说明", ENTER)
    _answer(child, "（二）依申请公开 补充说明", ENTER)
    _answer(child, "（三）政府信息管理 补充说明", ENTER)
    _answer(child, "（四）政府信息公开平台建设 补充说明", "依托县政府门户网站开展公开工作。" + ENTER)
    _answer(child, "（五）监督保障 补充说明", "将政务公开纳入年度考核。" + ENTER)
    child.expect_exact("表二中哪些项目")
    child.kill(signal.SIGKILL)  # the terminal window is closed: only the question on screen is lost
    child.close()

    child = _spawn(tmp_path, "--resume")
    _answer(child, "表二中哪些项目", ENTER)
    _answer(child, "本年是否收到政府信息公开申请", UP + ENTER)
    _answer(child, "表三中哪些行不为 0", SPACE + DOWN + DOWN + SPACE + ENTER)
    _answer(child, "一、本年新收政府信息公开申请数量", "1 0 0 0 0 0" + ENTER)
    _answer(child, "（一）予以公开", "1 0 0 0 0 0" + ENTER)
    child.expect_exact("（一）予以公开：自然人 1，其余为 0")
    _answer(child, "行政复议或提起行政诉讼", ENTER)
    _answer(child, "五（一）存在的主要问题", ENTER)
    _answer(child, "五（二）改进措施", ENTER)
    _answer(child, "另外的问题", "公开栏更新不及时" + ENTER)
    _answer(child, "另外的改进措施", "加强公开栏管理。每月更新一次" + ENTER)
    _answer(child, "信息处理费收费通知", ENTER)
    _answer(child, "六、其他需要报告的事项（没有", ENTER)
    _answer(child, "其他需要报告的事项（多条", ENTER)
    _answer(child, "请核对以上内容", ENTER)
    child.expect_exact("报告：")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    facts = load_facts(tmp_path / "乙镇2023.yaml")
    assert (facts.agency.short_name, facts.agency.kind, facts.year) == ("乙镇", "镇", 2023)
    assert facts.overview.proactive.total == 12 and facts.practices["management"] == [Pick("leader_briefings", {"times": 1})]
    assert facts.practices["supervision"] == [Pick("accountability", {"cases": 0})]
    assert facts.overview.supervision.text == "将政务公开纳入年度考核。"
    assert [(c.name, c.count) for c in facts.overview.proactive.channels] == [("县门户网站", 8), ("乙镇公众号", 4)]
    assert facts.applications.row("granted") == (1, 0, 0, 0, 0, 0)
    assert facts.measures == ["加强公开栏管理。每月更新一次。"]
    assert (tmp_path / REPORT).is_file()
    assert not (tmp_path / "乙镇2023.yaml.partial").exists()


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGHUP])
def test_signal_mid_answer_loses_only_the_question_on_screen(tmp_path: Path, sig: signal.Signals) -> None:
    """SIGINT (kill -INT) or SIGHUP (window closed) while an answer is half typed: earlier answers are kept,
    no temporary file is left, and --resume asks that question again."""
    child = _spawn(tmp_path)
    _answer(child, "报告年度", CTRL_U + "2023" + ENTER)
    _answer(child, "落款日期", CTRL_U + "2024年1月17日" + ENTER)
    _answer(child, "本机关全称", "甲县乙")  # half typed
    child.expect_exact("甲县乙")
    child.kill(sig)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130  # SIGHUP ends drafter as Ctrl-C does (cli._hangup_as_interrupt)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["乙镇2023.yaml.partial"]

    child = _spawn(tmp_path, "--resume")
    _answer(child, "本机关全称", "甲县乙镇人民政府" + ENTER)
    child.expect_exact("使用哪个短语库")
    child.kill(signal.SIGKILL)
    child.close()
    partial = (tmp_path / "乙镇2023.yaml.partial").read_text(encoding="utf-8")
    assert "year: 2023" in partial and "'2024-01-17'" in partial and "甲县乙镇人民政府" in partial


def test_from_a_published_report_shows_last_years_years_and_figures_marked(tmp_path: Path) -> None:
    """--from the seed report in a terminal: last year's own words shown with "2023年" on yellow and "共2次" on
    red; keeping 一（三） asks the figure, and the facts say 2024 and this year's number."""
    from tests.conftest import SEED

    report = tmp_path / "erjie-2023.txt"
    report.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    env = {**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1", "TERM": "xterm", "COLUMNS": "120", "LINES": "40"}
    child = pexpect.spawn(sys.executable, ["-m", "drafter", "interview", "-o", "2024.yaml", "--from", report.name],
                          cwd=str(tmp_path), env=env, encoding="utf-8", timeout=30, dimensions=(40, 120))
    child.expect_exact("使用短语库 jinning")
    _answer(child, "落款日期", ENTER)
    child.expect_exact("一（三）政府信息管理")
    child.expect(r"\x1b\[30;43m2023年")  # last year's year, black on yellow
    child.expect(r"\x1b\[37;41m共2次")  # last year's figure, white on red
    _answer(child, "哪些部分需要重新填写", DOWN + SPACE + DOWN + SPACE + ENTER)  # 一（一） off, 一（二）至（五） on
    _answer(child, "一（三）政府信息管理：上年的文字", ENTER)  # keep, updated
    _answer(child, "是上年的数字，本年是多少", "3" + ENTER)
    child.expect_exact("→ 本年：共3次")
    _answer(child, "一（四）政府信息公开平台建设：上年的文字", ENTER)
    _answer(child, "一（五）监督保障：上年的文字", ENTER)
    _answer(child, "责任追究（起）", ENTER)
    _answer(child, "是否要在所选做法之外补充文字", ENTER)
    _answer(child, "请核对以上内容", ENTER)
    child.expect(pexpect.EOF)
    child.close()
    facts = load_facts(tmp_path / "2024.yaml")
    assert facts.year == 2024 and facts.banks == ["jinning"]
    assert "2024年镇政府主要领导共3次听取" in facts.own_text["management"]
    assert all("2023" not in text for text in facts.own_text.values())
