"""Round 2 of the bad-input work (issue 16), the parts that are not one command on one file: progress
files, pipes and devices given to the readers directly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from drafter.errors import DrafterError, UsageError
from drafter.interview.state import State, load_state, save_state


@pytest.mark.parametrize("answers", [
    {"table3.row.granted": [1, 0, 0]},  # a table row of 6 numbers cut to 3
    {"table3.row.granted": [1, 0, 0, 0, 0, 0, 7]},
    {"table3.row.granted": [1, "x", 0, 0, 0, 0]},
    {"overview.proactive.channels": [{"name": "门户网站"}]},  # a channel without its count
    {"table3.rows": [["granted"]]},
])
def test_hand_edited_progress_with_wrong_shapes_is_refused(tmp_path: Path, answers: dict) -> None:
    path = tmp_path / "事实.yaml.partial"
    save_state(State(answers=answers), path)
    with pytest.raises(UsageError, match="已损坏"):
        load_state(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_a_pipe_as_progress_file_is_refused_before_it_blocks(tmp_path: Path) -> None:
    path = tmp_path / "事实.yaml.partial"
    os.mkfifo(path)
    with pytest.raises(DrafterError, match="不是普通文件"):
        load_state(path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this platform")
def test_a_device_as_report_is_refused_before_it_is_read() -> None:
    from drafter.importers.report import load_facts_or_report

    with pytest.raises(DrafterError, match="不是普通文件"):
        load_facts_or_report(Path("/dev/zero"))


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this platform")
@pytest.mark.parametrize("args", [["check", "{example}"], ["check", "{example}", "--format", "json"],
                                  ["render", "{example}", "--format", "txt", "-o", "-"]])
def test_a_full_disk_behind_standard_output_is_a_message(example_path: Path, args: list[str]) -> None:
    """``drafter check x > /dev/full``: one Chinese sentence on stderr, exit 1, no traceback (also none
    from Python's flush at exit)."""
    import subprocess
    import sys

    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "drafter", *(a.format(example=example_path) for a in args)],
                              stdout=full, stderr=subprocess.PIPE, text=True, cwd=example_path.parent)
    assert done.returncode == 1
    assert "磁盘空间不足" in done.stderr and "Traceback" not in done.stderr and "Exception" not in done.stderr


def test_a_1200_deep_extends_chain_is_a_message_not_recursion(tmp_path: Path, example_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    from drafter.cli import main

    for i in range(1200):
        parent = f"b{i + 1}.yaml" if i < 1199 else "national"
        (tmp_path / f"b{i}.yaml").write_text(f"bank: b{i}\nextends: {parent}\nslots: {{}}\n", encoding="utf-8")
    assert main(["render", str(example_path), "--bank", str(tmp_path / "b0.yaml"), "-o", str(tmp_path / "r.docx")]) == 1
    err = capsys.readouterr().err
    assert "超过 16 层" in err and "b0.yaml" in err and "Traceback" not in err
    assert not (tmp_path / "r.docx").exists()


def test_every_reader_checks_its_size_before_reading(tmp_path: Path, example_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A 5 MB facts file (a facts file is kilobytes) is refused from its size, before it is read or parsed."""
    from drafter.cli import main

    big = tmp_path / "big.yaml"
    big.write_bytes(example_path.read_bytes() + b"# " + b"x" * 5 * 2**20 + b"\n")
    assert main(["render", str(big)]) == 1
    assert "超过 4 MB" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "exit_code"), [(["render", "{locked}"], 1), (["render", "{example}", "--bank", "{locked}"], 1),
                                                (["import", "{locked_docx}"], 1),
                                                (["check", "{example}", "--last", "{locked}"], 2)])
def test_an_unreadable_input_is_named_with_the_reason(argv: list[str], exit_code: int, example_path: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Permission denied on a facts file, bank, report or last year's file (simulated: the suite may run as
    root, which may read anything): one Chinese sentence naming the file, no traceback; exit 1, but 2 from
    check (no report could be read)."""
    import builtins
    import io

    from drafter.cli import main

    locked = tmp_path / "锁定.yaml"
    locked.write_bytes(example_path.read_bytes())
    locked_docx = tmp_path / "锁定报告.docx"
    locked_docx.write_bytes(b"PK\x03\x04")
    real_open = builtins.open

    def refuse(path: object, *args: object, **kwargs: object) -> io.IOBase:
        if "锁定" in str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload,no-any-return]

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(io, "open", refuse)
    code = main([a.format(example=example_path, locked=locked, locked_docx=locked_docx) for a in argv])
    err = capsys.readouterr().err
    assert code == exit_code and "锁定" in err and "没有权限" in err, err
    assert "Traceback" not in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_a_pipe_under_a_reports_name_fails_that_row_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``drafter batch`` would read an existing report to see whether it is its own: a pipe there blocked
    forever; now that row fails with a message and the others are written. A 3 MB stamp is not read."""
    from drafter.cli import main

    table = tmp_path / "表.csv"
    table.write_text("机关全称,机关类型,报告年度,落款日期\n某某县甲镇人民政府,镇,2023,2024-01-17\n"
                     "某某县乙镇人民政府,镇,2023,2024-01-17\n", encoding="utf-8")
    out = tmp_path / "out"
    (out / ".drafter-batch").mkdir(parents=True)
    os.mkfifo(out / "某某县甲镇2023年政府信息公开工作年度报告.txt")
    (out / ".drafter-batch" / "某某县乙镇2023年政府信息公开工作年度报告.txt.json").write_bytes(b"x" * 3 * 2**20)
    assert main(["batch", str(table), "-o", str(out), "--jobs", "1", "--format", "txt"]) == 1
    problems = (out / "problems.csv").read_text(encoding="utf-8-sig")
    assert "2,某某县甲镇人民政府" in problems and "不是普通文件" in problems
    assert (out / "某某县乙镇2023年政府信息公开工作年度报告.txt").is_file()
