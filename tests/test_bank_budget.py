"""Phrase-bank templates from someone else are bounded in time and in size, on every platform: loops inside
loops stop at the time budget; anything that would grow big (``'a' * …``, ``|center(10**9)``, ``~``
doubling) is refused before it is built, naming bank, slot and line."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.wording import budget
from tests.test_bad_inputs import MEGABYTES, SECONDS, run_bounded

LOOPS = ('extends: national\nslots:\n  title:\n    - text: "{% for i in range(100000) %}{% for j in range(100000) %}'
         '{% endfor %}{% endfor %}x"\n')


@pytest.fixture
def loop_bank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(budget, "SECONDS", 0.3)
    path = tmp_path / "循环.yaml"
    path.write_text(LOOPS, encoding="utf-8")
    return path


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="SIGALRM (POSIX); the next test covers the rest")
@pytest.mark.parametrize("argv", [["render", "{example}", "--bank", "{bank}", "-o", "-", "--format", "txt"],
                                  ["banks", "lint", "{bank}"]])
def test_nested_loops_in_a_bank_stop_with_the_slot_named(argv: list[str], loop_bank: Path, example_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """render and banks lint both stop the template at the budget and name the bank and slot."""
    assert main([a.format(example=example_path, bank=loop_bank) for a in argv]) == 1
    err = capsys.readouterr().err
    assert "循环.yaml" in err and "title" in err and "循环套循环" in err


def test_the_time_budget_holds_where_there_is_no_sigalrm(loop_bank: Path, example_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Windows has neither SIGALRM nor setitimer: the watchdog thread stops the loops all the same, and
    afterwards Ctrl-C is Ctrl-C again (the SIGINT handler is restored)."""
    for name in ("setitimer", "getitimer", "SIGALRM", "ITIMER_REAL"):
        monkeypatch.delattr(signal, name, raising=False)
    before = signal.getsignal(signal.SIGINT)
    assert main(["render", str(example_path), "--bank", str(loop_bank), "-o", "-", "--format", "txt"]) == 1
    err = capsys.readouterr().err
    assert "循环.yaml" in err and "循环套循环" in err and "Traceback" not in err
    assert signal.getsignal(signal.SIGINT) == before


def test_the_budget_is_released_after_a_report(example_path: Path) -> None:
    """After a normal render no timer is left running (it would interrupt whatever runs next)."""
    assert main(["render", str(example_path), "-o", "-", "--format", "txt"]) == 0
    if hasattr(signal, "getitimer"):
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


GROWING = [  # each made 1–5.7 GB (and some still wrote a report) before the sandbox had a size budget
    "{{ 'a' * 1000 * 1000 * 1000 }}",
    "{% set a = 'x' * 1000 %}" + "{% set a = a ~ a %}" * 30 + "{{ a | length }}",
    "{% set a = 'x' * 1000 %}" + "{% set a = a + a %}" * 30 + "{{ a | length }}",
    "{{ 'x' | center(10**9) }}",
    "{{ '%*s' | format(10**9, 'x') }}",
    "{{ '%*s' % (10**9, 'x') }}",
    "{{ '%1000000000s' % 'x' }}",
    "{{ ('x' ~ '\\n' * 999) | indent(10**6) }}",
    "{{ (range(1000) | list) | tojson(indent=10**9) }}",
    "{{ '{:>1000000000}'.format('x') }}",
    "{{ 'x'.center(10**9) }}",
    "{{ 'x'.zfill(10**9) }}",
    "{{ (range(1000) | list) | batch(10**9, 'x') | list }}",
    "{{ range(10) | slice(10**9) | list }}",
    "{{ ('ab' * 999) | replace('a', 'x' * 999) }}",
    "{{ ('ab' * 999).replace('', 'x' * 999) }}",
    "{{ (['x' * 999] * 999) | join('-') }}",
    "{{ ','.join(['x' * 999] * 999) }}",
    "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
    "{% macro m() %}{% for i in range(100000) %}{% for j in range(100) %}xy{% endfor %}{% endfor %}"
    "{% endmacro %}{{ m() | length }}",
    "{% set b %}{% for i in range(100000) %}{% for j in range(100) %}xy{% endfor %}{% endfor %}{% endset %}"
    "{{ b | length }}",
    "{% set ns = namespace(n=9) %}{% for i in range(40) %}{% set ns.n = ns.n * ns.n %}{% endfor %}{{ ns.n }}",
    "{{ ([1] * 1000) * 1000 }}",
]


@pytest.mark.parametrize("template", GROWING)
def test_a_template_that_grows_is_refused_before_it_is_built(template: str, example_path: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    bank = tmp_path / "膨胀.yaml"
    bank.write_text("extends: national\nslots:\n  title:\n    - text: " + _quoted(template) + "\n", encoding="utf-8")
    assert main(["render", str(example_path), "--bank", str(bank), "-o", str(tmp_path / "r.docx")]) == 1
    err = capsys.readouterr().err
    assert "膨胀.yaml" in err and "title" in err and "第 4 行" in err and "Traceback" not in err
    assert not (tmp_path / "r.docx").exists()


def _quoted(template: str) -> str:
    return "'" + template.replace("'", "''") + "'"


@pytest.mark.skipif(not hasattr(__import__("os"), "wait4"), reason="per-process peak memory needs os.wait4")
@pytest.mark.parametrize("command", [["render", "{example}", "--bank", "{bank}", "-o", "{dir}/r.docx"],
                                     ["banks", "lint", "{bank}"]])
def test_growing_templates_stay_within_memory_in_render_and_lint(command: list[str], example_path: Path,
                                                                 tmp_path: Path) -> None:
    """All the templates above in one bank (as dead code behind ``when`` conditions too, which lint runs):
    a child process refuses it within the CPU-time and memory bounds of the bad-input corpus."""
    slots = "".join(f"  s{i}:\n    - when: year > 3000\n      text: {_quoted(t)}\n    - text: x\n"
                    for i, t in enumerate(GROWING))
    bank = tmp_path / "全部.yaml"
    bank.write_text(f"extends: national\nslots:\n  title:\n    - text: {_quoted(GROWING[1])}\n{slots}", encoding="utf-8")
    argv = [a.format(example=example_path, bank=bank, dir=tmp_path) for a in command]
    peak_kb, cpu, code, err = run_bounded(argv, tmp_path)
    assert code == 1 and "全部.yaml" in err and "Traceback" not in err, err
    assert err.count("被沙箱拒绝") >= (len(GROWING) + 1 if command[0] == "banks" else 1), err
    assert cpu < SECONDS and peak_kb < MEGABYTES * 1024, (cpu, peak_kb)
