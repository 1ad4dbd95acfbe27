"""Real questionary prompts fed through a prompt_toolkit pipe: validation, full-width digits, Ctrl-C."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from drafter.interview.flow import Interview
from drafter.interview.prompt import Prompt
from drafter.interview.questions import BY_KEY
from drafter.interview.state import State, load_state, partial_path
from drafter.interview.terminal import make_ask
from drafter.interview.values import validator

ENTER, CTRL_C, CTRL_U, BACKSPACE, DOWN, SPACE = "\r", "\x03", "\x15", "\x7f", "\x1b[B", " "


@pytest.fixture
def pipe() -> Iterator:
    with create_pipe_input() as pipe_input:
        yield pipe_input


def _count_prompt(default: str = "") -> Prompt:
    q = BY_KEY["overview.proactive.total"]
    return Prompt("text", q.prompt, default, validate=validator(q), key=q.key)


def test_invalid_counts_are_refused_at_the_prompt(pipe) -> None:
    """"-1" and "abc" + Enter do not end the prompt; after correcting, the corrected text is returned."""
    ask = make_ask(input=pipe, output=DummyOutput())
    pipe.send_text("-1" + ENTER + BACKSPACE * 2 + "abc" + ENTER + BACKSPACE * 3 + "7" + ENTER)
    assert ask(_count_prompt()) == "7"


def test_full_width_digits_are_accepted(pipe) -> None:
    """"５５８" typed with a Chinese input method passes validation as it is."""
    ask = make_ask(input=pipe, output=DummyOutput())
    pipe.send_text("５５８" + ENTER)
    assert ask(_count_prompt()) == "５５８"


def test_enter_keeps_the_offered_default(pipe) -> None:
    """The default is pre-filled: Enter alone accepts it."""
    ask = make_ask(input=pipe, output=DummyOutput())
    pipe.send_text(ENTER)
    assert ask(_count_prompt("558")) == "558"


def test_checkbox_and_select_return_values(pipe) -> None:
    """Space ticks a row in the checkbox; arrows pick in a select; the values (not labels) come back."""
    ask = make_ask(input=pipe, output=DummyOutput())
    q = BY_KEY["table2.rows"]
    pipe.send_text(DOWN + SPACE + DOWN + DOWN + SPACE + ENTER)
    assert ask(Prompt("checkbox", q.prompt, [], q.options(), key=q.key)) == ["normative_documents", "penalties"]
    pipe.send_text(DOWN + ENTER)
    assert ask(Prompt("select", "本年是否收到政府信息公开申请？", "是", (("是", "是"), ("否", "否")))) == "否"


def test_ctrl_c_raises_keyboard_interrupt(pipe) -> None:
    """Ctrl-C is not swallowed by questionary: the interview sees KeyboardInterrupt."""
    ask = make_ask(input=pipe, output=DummyOutput())
    pipe.send_text("12" + CTRL_C)
    with pytest.raises(KeyboardInterrupt):
        ask(_count_prompt())


def test_ctrl_c_in_a_real_prompt_keeps_earlier_answers(pipe, tmp_path: Path) -> None:
    """Answers typed before Ctrl-C are on disk; the question on screen is the only one lost."""
    path = partial_path(tmp_path / "f.yaml")
    state = State(auto={"_mode": "scratch"})
    flow = Interview(state, make_ask(input=pipe, output=DummyOutput()), lambda s: _save(s, path))
    pipe.send_text(CTRL_U + "2023" + ENTER + ENTER + "甲县乙镇人民政府" + ENTER + CTRL_C)
    with pytest.raises(KeyboardInterrupt):
        flow.run()
    saved = load_state(path)
    assert saved.answers == {"year": 2023, "signing_date": "2024-01-20", "agency.name": "甲县乙镇人民政府"}


def _save(state: State, path: Path) -> None:
    from drafter.interview.state import save_state

    save_state(state, path)


@pytest.mark.parametrize(("keys", "typed"), [
    ("2025" + ENTER, "2025"),  # typing replaces the offered answer, never "20252023"
    (BACKSPACE + ENTER, ""),  # backspace on the untouched default clears it
    ("\x1b[C" + "0" + ENTER, "20230"),  # → first: the default is edited, not replaced
])
def test_typing_replaces_the_default_and_an_arrow_key_edits_it(pipe, keys: str, typed: str) -> None:
    ask = make_ask(input=pipe, output=DummyOutput())
    pipe.send_text(keys)
    q = BY_KEY["year"]
    assert ask(Prompt("text", q.prompt, "2023", key=q.key)) == typed


def test_escape_and_up_return_back(pipe) -> None:
    from drafter.interview.prompt import BACK

    ask = make_ask(input=pipe, output=DummyOutput())
    pipe.send_text("\x1b[A")
    assert ask(_count_prompt("5")) is BACK
    pipe.send_text(DOWN + "\x1b")
    assert ask(Prompt("select", "本年是否收到政府信息公开申请？", "是", (("是", "是"), ("否", "否")))) is BACK


def test_wrapped_reasons_keep_numbers_and_closing_marks_whole() -> None:
    """At 80 columns the refusal's example "2,110" stays on one line and no line starts with closing punctuation."""
    from rich.cells import cell_len

    from drafter.console import wrap

    reason = ("✗ “县政府门户网站公开1,000条”中的逗号位置不对：千位分隔符应每三位一个（例如 2,110），"
              "也可以不写逗号；几个数之间请用空格隔开")
    lines = wrap(reason, 80).split("\n")
    assert len(lines) == 2 and all(cell_len(line) <= 79 for line in lines)
    assert "2,110）" in lines[1] and "".join(lines).replace(" ", "") == reason.replace(" ", "")
    assert not any(line[:1] in "，。、；：”）" for line in lines)
    assert all(cell_len(line) <= 39 for line in wrap("x" * 200, 40).split("\n"))  # a run wider than a line is cut


def test_a_notice_title_pasted_with_its_line_break_is_one_line(pipe, tmp_path: Path) -> None:
    """A title copied from a Word or PDF notice comes with the line break of its page (bracketed paste, as a
    terminal sends it): the answer is one line, and the report's opening stays one paragraph."""
    from drafter.facts.examples import example_text
    from drafter.facts.load import load_facts
    from drafter.interview.values import parse_answer
    from drafter.pipeline import draft_report
    from drafter.writers.text import render_text

    q = BY_KEY["basis_notice"]
    ask = make_ask(input=pipe, output=DummyOutput())
    title = "《晋宁区人民政府办公室关于做好2025年政府信息公开\n工作年度报告编制公布工作的通知》"
    pipe.send_text("\x1b[200~" + title + "\x1b[201~" + ENTER)
    raw = ask(Prompt("text", q.prompt, "", validate=validator(q), key=q.key))
    assert "\n" in raw  # what the terminal handed over
    one = "《晋宁区人民政府办公室关于做好2025年政府信息公开工作年度报告编制公布工作的通知》"
    assert parse_answer(q, raw) == one
    facts_path = tmp_path / "f.yaml"  # a facts file written with the break (an earlier session, or by hand)
    quoted = title.replace("\n", "\\n")
    facts_path.write_text(re.sub(r"^basis_notice: .*$", lambda _: f'basis_notice: "{quoted}"', example_text(), count=1,
                                 flags=re.M), encoding="utf-8")
    text = render_text(draft_report(load_facts(facts_path)).draft)
    assert f"现根据{one}文件要求" in text.splitlines()[1]


def test_the_picked_labels_are_shown_apart_by_semicolons(pipe, capsys) -> None:
    """Labels hold a 、 ("信息公开不够及时、更新滞后"): the picks shown after the checklist are joined by ；, not 、
    (found in tmux: "信息公开不够及时、更新滞后、工作人员业务能力不足、培训不够" read as four problems)."""
    ask = make_ask(input=pipe, output=DummyOutput())
    choices = (("timeliness", "信息公开不够及时、更新滞后"), ("capacity", "工作人员业务能力不足、培训不够"))
    pipe.send_text(SPACE + DOWN + SPACE + ENTER)
    assert ask(Prompt("checkbox", "五（一）存在的主要问题", [], choices, key="practices.problems")) == ["timeliness", "capacity"]
    assert "信息公开不够及时、更新滞后；工作人员业务能力不足、培训不够" in capsys.readouterr().out.replace("\n", "")
