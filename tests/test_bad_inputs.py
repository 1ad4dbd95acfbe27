"""The bad-input corpus (tests/bad_inputs/cases.yaml): a Chinese message, the right exit code, no traceback,
no file created or changed (except the outputs a case lists under ``creates``)."""

from __future__ import annotations

import fnmatch
import os
import shutil
from pathlib import Path

import pytest
import yaml

from drafter.cli import main
from drafter.facts.examples import example_text

HERE = Path(__file__).parent / "bad_inputs"
CASES = yaml.safe_load((HERE / "cases.yaml").read_text(encoding="utf-8"))


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _case_id(case: dict) -> str:
    return f"{case['file']}:{'-'.join(a for a in case['argv'] if not a.startswith('{'))}"


def test_corpus_has_at_least_40_cases() -> None:
    assert len(CASES) >= 40


def _prepare(case: dict, tmp_path: Path) -> list[str]:
    """The case's files in ``tmp_path``; its command line with the placeholders filled in."""
    for name in [case["file"], *case.get("extra", [])]:
        shutil.copyfile(HERE / "files" / name, tmp_path / name)
    for name in case.get("existing", []):  # an output that is already there (and must stay as it is)
        (tmp_path / name).write_bytes(b"existing")
    for name in case.get("fifo", []):  # a named pipe: opening it would block until someone writes
        if not hasattr(os, "mkfifo"):
            pytest.skip("no named pipes on this platform")
        os.mkfifo(tmp_path / name)
    (tmp_path / "example.yaml").write_text(example_text(), encoding="utf-8")
    return [a.format(file=tmp_path / case["file"], example=tmp_path / "example.yaml", dir=tmp_path)
            for a in case["argv"]]


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_bad_input_is_refused_cleanly(case: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # a relative output would land here and be caught by the snapshot
    argv = _prepare(case, tmp_path)
    before = _snapshot(tmp_path)
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse usage errors
        code = exc.code
    captured = capsys.readouterr()
    assert code == case["exit"], captured.err
    for fragment in case["message"]:
        assert fragment in captured.err
    assert "Traceback" not in captured.err + captured.out
    after = _snapshot(tmp_path)
    assert {name: after.get(name) for name in before} == before  # nothing changed or removed
    created = sorted(set(after) - set(before))
    allowed = case.get("creates", [])
    assert [n for n in created if not any(fnmatch.fnmatch(n, pattern) for pattern in allowed)] == []
    assert [p for p in allowed if not any(fnmatch.fnmatch(n, p) for n in created)] == []
    assert not [n for n in created if n.endswith(".tmp")]
    folders = {str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_dir()}
    assert not [f for f in folders if not any(n.startswith(f + os.sep) for n in after)]  # no empty folder left
    for name, fragments in case.get("contains", {}).items():
        text = (tmp_path / name).read_text(encoding="utf-8-sig")
        assert all(fragment in text for fragment in fragments), text


# Bounds, not measurements: the hostile cases take about 1 s of CPU and 30–120 MB. The bound is on CPU time
# (the child's own, from wait4), so a machine busy with other work does not make it fail; a child still
# running after KILL_AFTER seconds of wall time is a hang.
SECONDS, MEGABYTES, KILL_AFTER = 10, 300, 60
MEASURED = [case for case in CASES if case.get("measure")]


@pytest.mark.skipif(not hasattr(os, "wait4"), reason="per-process peak memory needs os.wait4 (POSIX)")
@pytest.mark.parametrize("case", MEASURED, ids=_case_id)
def test_hostile_input_is_refused_within_time_and_memory(case: dict, tmp_path: Path) -> None:
    """The bombs (huge numbers, deep nesting, spans, shared strings, templates that grow) end as a message
    in a fresh process that stays under the bounds: its own peak resident memory from ``wait4``."""
    peak_kb, cpu, code, err = run_bounded(_prepare(case, tmp_path), tmp_path)
    assert code == case["exit"], err
    assert cpu < SECONDS, f"{cpu:.1f} s of CPU"
    assert "Traceback" not in err and all(fragment in err for fragment in case["message"]), err
    assert peak_kb < MEGABYTES * 1024, f"peak {peak_kb // 1024} MB"


def run_bounded(argv: list[str], cwd: Path) -> tuple[int, float, int, str]:
    """Run drafter in a child process, killed after ``KILL_AFTER`` s: (peak memory in KB, CPU seconds,
    exit code, stderr)."""
    import subprocess
    import sys
    import threading

    err_path = cwd / ".stderr"
    with err_path.open("wb") as err:
        child = subprocess.Popen([sys.executable, "-m", "drafter", *argv], cwd=cwd, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, stderr=err)
        timer = threading.Timer(KILL_AFTER, child.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            timer.cancel()
        child.returncode = os.waitstatus_to_exitcode(status)
    text = err_path.read_text(encoding="utf-8", errors="replace")
    err_path.unlink()
    assert child.returncode != -9, f"killed after {KILL_AFTER} s: {text}"
    peak_kb = usage.ru_maxrss // (1024 if sys.platform == "darwin" else 1)  # bytes on macOS, KB on Linux
    return peak_kb, usage.ru_utime + usage.ru_stime, child.returncode, text
