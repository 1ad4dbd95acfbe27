"""The interview at 80×24 as a clerk sees it (issue 14): real keys in a pseudo-terminal (pexpect), and the
screen itself read back from tmux where it is installed (.ci/run installs it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from drafter.facts.load import load_facts

pexpect = pytest.importorskip("pexpect", reason="pexpect (test extra) is needed for the terminal tests")
if sys.platform == "win32":  # pragma: no cover
    pytest.skip("pseudo-terminals need a POSIX system", allow_module_level=True)

ENTER, ESC, UP, DOWN, SPACE, BACKSPACE = "\r", "\x1b", "\x1b[A", "\x1b[B", " ", "\x7f"
ROWS, COLS = 24, 80
TOWN = "昆明市晋宁区宝峰街道办事处"


def _env() -> dict[str, str]:
    return {**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1", "TERM": "xterm", "COLUMNS": str(COLS), "LINES": str(ROWS)}


def _spawn(tmp_path: Path, *args: str):
    return pexpect.spawn(sys.executable, ["-m", "drafter", "interview", "-o", "f.yaml", *args], cwd=str(tmp_path),
                         env=_env(), encoding="utf-8", timeout=30, dimensions=(ROWS, COLS))


def _answer(child, prompt: str, keys: str) -> None:
    child.expect_exact(prompt)
    child.send(keys)


def _to_proactive_total(child) -> None:
    _answer(child, "报告年度", "2025" + ENTER)
    _answer(child, "落款日期", ENTER)
    _answer(child, "本机关全称", TOWN + ENTER)
    _answer(child, "使用哪个短语库", ENTER)
    _answer(child, "依据的上级通知名称", ENTER)
    _answer(child, "主要在哪些平台", "区政府门户网站" + ENTER)
    child.expect_exact("全年主动公开政府信息总数")


def test_a_misgrouped_number_is_refused_and_the_stored_value_echoed(tmp_path: Path) -> None:
    """1: "2,1,10" + Enter stays on the prompt with the reason; "2,110" is accepted and shown as 2110."""
    child = _spawn(tmp_path)
    _to_proactive_total(child)
    child.send("2,1,10" + ENTER)
    child.expect_exact("逗号位置不对")
    child.send(BACKSPACE * 6 + "2,110" + ENTER)
    child.expect_exact("全年主动公开政府信息总数：2110 条")
    _answer(child, "第 1 项", "区政府门户网站公开2110条" + ENTER)  # 9: no spaces needed
    _answer(child, "第 2 项", "abc" + ENTER)
    child.expect_exact("请写渠道名称和数量")
    child.terminate(force=True)


def test_esc_goes_back_one_question_and_every_prompt_names_it(tmp_path: Path) -> None:
    """3 and 7: Esc returns to the previous question with its answer offered; typing replaces an offered
    answer ("2025" over the default year, not "20252026"); the help line names Esc at text and choice prompts."""
    child = _spawn(tmp_path)
    child.expect_exact("报告年度")
    _answer(child, "Esc 返回上一题", "2025" + ENTER)
    _answer(child, "落款日期", ENTER)
    _answer(child, "本机关全称", TOWN + ENTER)
    child.expect_exact("使用哪个短语库")
    child.expect_exact("Esc 上一题")
    child.send(ESC)
    child.expect_exact("返回上一题")
    _answer(child, "本机关全称", ESC)
    _answer(child, "落款日期", ESC)
    _answer(child, "报告年度", "2024" + ENTER)
    _answer(child, "落款日期", ENTER)
    _answer(child, "本机关全称", ENTER)  # the earlier answer kept as the default
    _answer(child, "使用哪个短语库", ENTER)
    child.expect_exact("依据的上级通知名称")
    partial = (tmp_path / "f.yaml.partial").read_text(encoding="utf-8")
    assert "year: 2024" in partial and TOWN in partial and "20242025" not in partial
    child.terminate(force=True)


def test_the_bank_defaults_to_the_agencys_region_and_speaks_chinese(tmp_path: Path) -> None:
    """8: a 晋宁区 agency gets the 晋宁区 bank pre-selected; the choices are Chinese descriptions."""
    child = _spawn(tmp_path)
    _answer(child, "报告年度", ENTER)
    _answer(child, "落款日期", ENTER)
    _answer(child, "本机关全称", TOWN + ENTER)
    child.expect_exact("昆明市晋宁区乡镇（街道）习惯写法")
    assert "national" not in child.before and "jinning" not in child.before
    child.send(ENTER)
    child.expect_exact("依据的上级通知名称")
    assert "bank: jinning" in (tmp_path / "f.yaml.partial").read_text(encoding="utf-8")
    child.terminate(force=True)


def test_from_a_published_report_asks_what_could_not_be_read(tmp_path: Path) -> None:
    """10: the seed report has no 责任追究 count: it is asked by name, not left "—"."""
    from drafter.pipeline import draft_report
    from drafter.writers import docx as docx_writer
    from tests.conftest import example_facts

    (tmp_path / "上年.docx").write_bytes(docx_writer.render(draft_report(example_facts()).draft))
    child = _spawn(tmp_path, "--from", "上年.docx")
    _answer(child, "落款日期", ENTER)
    _answer(child, "哪些部分需要重新填写", DOWN + SPACE + ENTER)  # 主动公开 (pre-selected) off: nothing re-asked
    child.expect_exact("没有读出")
    _answer(child, "责任追究（起）", "0" + ENTER)
    child.expect_exact("请核对以上内容")
    child.terminate(force=True)


# ---- the screen itself (tmux) ---------------------------------------------------------------------------------

needs_tmux = pytest.mark.skipif(not shutil.which("tmux"), reason="needs tmux to read the screen; .ci/run installs it")


class Screen:
    """drafter interview in a detached 80×24 tmux session: type keys, read what is on the screen."""

    def __init__(self, cwd: Path, *args: str) -> None:
        self.socket = f"drafter-test-{uuid.uuid4().hex[:8]}"
        command = " ".join([sys.executable, "-m", "drafter", "interview", "-o", "f.yaml", *args])
        self.tmux("new-session", "-d", "-s", "t", "-x", str(COLS), "-y", str(ROWS), "-c", str(cwd),
                  f"{command}; sleep 30")

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True,
                              env={k: v for k, v in os.environ.items() if k != "TMUX"}).stdout

    def text(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "t")

    def wait(self, needle: str, timeout: float = 20) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            screen = self.text()
            if needle in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"“{needle}” never appeared on the screen:\n{self.text()}")

    def answer(self, needle: str, *keys: str) -> None:
        self.wait(needle)
        before = self.text()
        self.tmux("send-keys", "-t", "t", *keys)
        end = time.monotonic() + 5
        while self.text() == before and time.monotonic() < end:
            time.sleep(0.05)

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, check=False)


@pytest.fixture
def screen(tmp_path: Path):
    opened: list[Screen] = []

    def open_(*args: str) -> Screen:
        opened.append(Screen(tmp_path, *args))
        return opened[-1]

    yield open_
    for s in opened:
        s.close()


def _basics(s: Screen, signing: str = "Enter") -> None:
    s.answer("报告年度", "2025", "Enter")
    s.answer("落款日期", *(["Enter"] if signing == "Enter" else [signing, "Enter"]))
    s.answer("本机关全称", TOWN, "Enter")
    s.answer("使用哪个短语库", "Enter")
    s.answer("依据的上级通知名称", "Enter")
    s.answer("主要在哪些平台", "区政府门户网站", "Enter")
    s.answer("全年主动公开政府信息总数", "120", "Enter")
    s.answer("第 1 项", "区政府门户网站公开120条", "Enter")
    s.answer("第 2 项", "Enter")
    s.answer("（三）政府信息管理：本年做了哪些工作", "Down", "Down", "Down", "Down", "Space", "Enter")
    s.answer("主要领导听取政务公开工作汇报：次数", "2", "Enter")
    s.answer("（四）政府信息公开平台建设：本年做了哪些工作", "Space", "Enter")  # the portal
    s.answer("依托政府门户网站（信息公开专栏）发布：网站发布信息", "120", "Enter")
    s.answer("（五）监督保障：本年做了哪些工作", "Enter")  # 责任追究 pre-selected
    s.answer("责任追究（起）", "Enter")
    s.answer("补充文字", "Enter")


def _rest(s: Screen) -> None:
    s.answer("行政复议或提起行政诉讼", "Enter")
    s.answer("五（一）存在的主要问题", "Space", "Enter")  # 不够及时
    s.answer("五（二）改进措施", "Enter")  # its measures pre-selected
    s.answer("信息处理费收费通知", "Enter")
    s.answer("六、其他需要报告的事项", "Enter")


@needs_tmux
def test_a_long_reason_wraps_and_is_never_cut(screen) -> None:
    """5: the reason for refusing an answer is shown whole under the prompt at 80 columns."""
    s = screen()
    _basics(s)
    s.answer("表二中哪些项目", "Down", "Space", "Enter")  # 行政许可 (规章 is not offered to a 街道)
    s.answer("行政许可 本年处理决定数量", "2,1,10", "Enter")
    text = s.wait("这里只填一个数")
    assert all(len(line) <= COLS for line in text.splitlines())
    assert "规章" not in text.split("表二中哪些项目")[-1].split("行政许可 本年")[0]


@needs_tmux
def test_the_table3_checklist_fits_and_a_failed_balance_goes_to_the_rows_with_the_sums_on_screen(screen) -> None:
    """4 and 5: at 80×24 the 表三 checklist keeps its question and hint visible (the list scrolls); a failed
    勾稽 asks the feeding rows again at once, the failing column named and the column sums shown under the
    prompt; Esc from there returns to the checklist."""
    s = screen()
    _basics(s)
    s.answer("表二中哪些项目", "Enter")
    s.answer("本年是否收到政府信息公开申请", "Up", "Enter")
    text = s.wait("表三中哪些行不为 0")
    assert "都要选上" in text and "（一）予以公开" in text
    s.answer("表三中哪些行不为 0", "Space", "Down", "Down", "Space", "Enter")
    s.answer("一、本年新收政府信息公开申请数量", "2 0 0 0 0 0", "Enter")
    s.answer("（一）予以公开", "1 0 0 0 0 0")
    text = s.wait("≠")
    assert "一+二" in text and "三+四" in text
    s.answer("≠", "Enter")
    text = s.wait("“自然人”列：一+二 = 2，三+四 = 1")
    assert "漏选了行" in text
    s.answer("漏选了行", "Enter")  # 一 kept
    s.answer("（一）予以公开 1 0 0 0 0 0", "Escape")  # a row is missing: back to the checklist
    s.wait("表三中哪些行不为 0")


@needs_tmux
def test_the_review_screen_fits_and_errors_default_to_fixing(screen, tmp_path: Path) -> None:
    """2 and 6: the whole review screen (summary, the error in plain words, the choices) fits 80×24; with an
    error the default is to answer that section again, and saving the facts only writes no report."""
    s = screen()
    _basics(s, signing="2025-06-01")
    s.answer("表二中哪些项目", "Enter")
    s.answer("本年是否收到政府信息公开申请", "Enter")
    _rest(s)
    text = s.wait("仍然生成（不建议）")
    lines = text.splitlines()
    assert any("请核对报告要点" in line for line in lines) and any("六、其他事项" in line for line in lines)
    assert "» 重新填写：基本信息（改正错误）" in text and "落款日期" in text and "规则 E5" in text
    assert "signing_date" not in text and all(len(line) <= COLS for line in lines)
    s.answer("» 重新填写：基本信息", "Down", "Down", "Enter")  # 只保存事实文件，暂不生成报告
    s.wait("报告未生成")
    assert load_facts(tmp_path / "f.yaml").year == 2025
    assert not list(tmp_path.glob("*.docx"))
