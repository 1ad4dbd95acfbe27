"""A phrase bank whose template loops inside loops is stopped with a message, not left to run for hours."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.wording import budget

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


def test_a_bank_doubling_a_string_stops_with_a_message(example_path: Path, tmp_path: Path) -> None:
    """A template that doubles a string 30 times runs out of memory: a message naming the slot, no traceback
    (run in a child process whose memory is capped at 2 GB)."""
    import subprocess
    import sys

    text = '{% set a = "x" * 1000 %}' + "{% set a = a ~ a %}" * 30 + "{{ a | length }}"
    bank = tmp_path / "拼接.yaml"
    bank.write_text(f"extends: national\nslots:\n  title:\n    - text: '{text}'\n", encoding="utf-8")
    code = ("import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30)); "
            "from drafter.cli import main; sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", code, "render", str(example_path), "--bank", str(bank), "-o", "-",
                           "--format", "txt"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "拼接.yaml" in done.stderr and "内存" in done.stderr and "Traceback" not in done.stderr
