"""The command line, in process: demo, render, help in Chinese, errors without tracebacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.cli import main


def test_demo_writes_facts_and_report_and_prints_both_paths(tmp_path: Path, capsys) -> None:
    out = tmp_path / "demo"
    assert main(["demo", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    report = out / "昆明市晋宁区二街镇2023年政府信息公开工作年度报告.docx"
    assert (out / "erjie-2023.yaml").is_file() and report.is_file()
    assert str(report) in printed and "erjie-2023.yaml" in printed


def test_the_command_demo_suggests_works_as_printed_and_is_not_forced(tmp_path: Path, capsys) -> None:
    """The demo's facts have no error: the suggested command needs no --force (which would also write a report
    with errors made while editing); it writes beside the demo's report, which stays."""
    import shlex

    out = tmp_path / "demo"
    assert main(["demo", "-o", str(out)]) == 0
    printed = "".join(capsys.readouterr().out.splitlines())  # the console folds long lines
    command = printed.split("可以修改事实文件后运行：", 1)[1].split("（", 1)[0]
    assert "--force" not in command and command.startswith("drafter render ")
    demo_report = out / "昆明市晋宁区二街镇2023年政府信息公开工作年度报告.docx"
    before = demo_report.read_bytes()
    assert main(shlex.split(command)[1:]) == 0
    assert (out / "修改后的报告.docx").is_file() and demo_report.read_bytes() == before
    facts = out / "erjie-2023.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("signing_date: 2024-01-17", "signing_date: 2023-06-01"),
                     encoding="utf-8")
    (out / "修改后的报告.docx").unlink()
    assert main(shlex.split(command)[1:]) == 1  # an error made while editing stops it
    assert not (out / "修改后的报告.docx").exists()


def test_demo_refuses_to_overwrite_without_force(tmp_path: Path, capsys) -> None:
    assert main(["demo", "-o", str(tmp_path)]) == 0
    assert main(["demo", "-o", str(tmp_path)]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["demo", "-o", str(tmp_path), "--force"]) == 0


def test_render_writes_the_default_name_beside_the_facts(example_path: Path) -> None:
    assert main(["render", str(example_path)]) == 0
    assert (example_path.parent / "昆明市晋宁区二街镇2023年政府信息公开工作年度报告.docx").is_file()


def test_render_keeps_an_existing_report_unless_forced(example_path: Path, capsys) -> None:
    target = example_path.parent / "out.docx"
    target.write_bytes(b"keep me")
    assert main(["render", str(example_path), "-o", str(target)]) == 1
    assert target.read_bytes() == b"keep me"
    err = capsys.readouterr().err
    assert "已存在" in err and "检查结果" not in err  # refused before the check table is printed
    assert main(["render", str(example_path), "-o", str(target), "--force"]) == 0
    assert target.read_bytes()[:2] == b"PK"


def test_render_refuses_to_write_over_its_own_facts_file_before_checking(example_path: Path, capsys) -> None:
    before = example_path.read_bytes()
    assert main(["render", str(example_path), "-o", str(example_path), "--format", "txt", "--force"]) == 1
    err = capsys.readouterr().err
    assert "就是输入文件" in err and "检查结果" not in err
    assert example_path.read_bytes() == before


def test_render_text_format(example_path: Path) -> None:
    out = example_path.parent / "r.txt"
    assert main(["render", str(example_path), "--format", "txt", "-o", str(out)]) == 0
    assert "一、总体情况" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("content", "fragment"), [
    (None, "找不到事实文件"),
    ("year: [\n", "YAML 格式错误"),
    ("year: 2023\nagency: {name: 甲镇人民政府, kindd: 镇}\nsigning_date: 2024-01-01\n", "是否想写“kind”"),
    ("year: 2023\nagency: {name: 甲镇人民政府}\nsigning_date: 2024-01-01\nproactive_table: {licensing: -2}\n",
     "不能为负数"),
])
def test_bad_facts_give_a_chinese_message_exit_1_and_no_file(tmp_path: Path, capsys, content, fragment) -> None:
    facts = tmp_path / "bad.yaml"
    if content is not None:
        facts.write_text(content, encoding="utf-8")
    assert main(["render", str(facts)]) == 1
    err = capsys.readouterr().err
    assert fragment in err and "Traceback" not in err and "bad.yaml" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ([] if content is None else ["bad.yaml"])


def test_usage_errors_exit_2_in_chinese(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["render"])
    assert exit_info.value.code == 2
    assert "缺少必需的参数" in capsys.readouterr().err
    assert main(["render", "x.yaml", "--format", "odt"]) == 2


def test_help_is_in_chinese(capsys) -> None:
    for argv in (["--help"], ["demo", "--help"], ["render", "--help"]):
        with pytest.raises(SystemExit):
            main(argv)
        text = capsys.readouterr().out
        assert "用法" in text and "显示本帮助并退出" in text and "show this help" not in text
