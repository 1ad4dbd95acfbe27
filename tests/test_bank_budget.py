"""A phrase bank whose template loops inside loops is stopped with a message, not left to run for hours."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from drafter import budget
from drafter.cli import main

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="the time budget uses SIGALRM (POSIX)")
LOOPS = ('extends: national\nslots:\n  title:\n    - text: "{% for i in range(100000) %}{% for j in range(100000) %}'
         'x{% endfor %}{% endfor %}"\n')


@pytest.fixture
def loop_bank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(budget, "SECONDS", 0.3)
    path = tmp_path / "循环.yaml"
    path.write_text(LOOPS, encoding="utf-8")
    return path


@pytest.mark.parametrize("argv", [["render", "{example}", "--bank", "{bank}", "-o", "-", "--format", "txt"],
                                  ["banks", "lint", "{bank}"]])
def test_nested_loops_in_a_bank_stop_with_the_slot_named(argv: list[str], loop_bank: Path, example_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """render and banks lint both stop the template at the budget and name the bank and slot."""
    assert main([a.format(example=example_path, bank=loop_bank) for a in argv]) == 1
    err = capsys.readouterr().err
    assert "循环.yaml" in err and "title" in err and "循环套循环" in err


def test_the_budget_is_released_after_a_report(example_path: Path) -> None:
    """After a normal render no timer is left running (it would interrupt whatever runs next)."""
    assert main(["render", str(example_path), "-o", "-", "--format", "txt"]) == 0
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
