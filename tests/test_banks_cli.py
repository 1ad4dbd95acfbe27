"""Phrase banks through the command line, in process: bad banks, banks lint, explain, render --explain/--last."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.cli import main

LAST_YEAR_EDITS = (("year: 2023", "year: 2022"), ("total: 558", "total: 478"))


def _bank(tmp_path: Path, name: str, body: str, extends: str = "national") -> Path:
    path = tmp_path / name
    path.write_text(f"bank: {path.stem}\nextends: {extends}\nslots:\n{body}", encoding="utf-8")
    return path


BAD_BANKS = [
    # (id, slots body (starts on line 4), fragments the message must contain)
    ("template syntax", '  title:\n    - text: "{{ year 年"\n', ["槽位“title”", "第 5 行", "语法错误", "没有正确结束"]),
    ("condition syntax", '  title:\n    - when: "year >"\n      text: "x"\n    - text: "y"\n',
     ["槽位“title”", "第 5 行", "条件有语法错误", "条件不完整"]),
    ("unclosed block", '  opening:\n    - text: "{% if year %}x"\n', ["槽位“opening”", "第 5 行", "endif"]),
    ("unknown filter", '  title:\n    - text: "{{ year | nosuch }}"\n', ["槽位“title”", "第 5 行", "没有名为“nosuch”的过滤器"]),
    ("undefined variable", '  title:\n    - text: "{{ no_such_variable }}"\n',
     ["槽位“title”", "第 5 行", "不存在的变量", "no_such_variable"]),
    ("undefined attribute in a condition", '  title:\n    - when: applications.nosuch > 0\n      text: "x"\n'
     '    - text: "y"\n', ["槽位“title”", "第 5 行", "条件", "nosuch"]),
    ("class escape", "  title:\n    - text: \"{{ ''.__class__.__mro__ }}\"\n", ["槽位“title”", "第 5 行", "不允许", "__class__"]),
    ("globals escape", '  title:\n    - text: "{{ cycler.__init__.__globals__ }}"\n',
     ["槽位“title”", "第 5 行", "不允许", "__globals__"]),
    ("attr filter escape", "  title:\n    - text: \"{{ year | attr('__class__') }}\"\n", ["槽位“title”", "第 5 行", "不允许"]),
    ("escape in a condition", '  title:\n    - when: "cycler.__init__"\n      text: "x"\n    - text: "y"\n',
     ["槽位“title”", "第 5 行", "条件", "不允许"]),
    ("huge repetition", "  title:\n    - text: \"{{ 'x' * 10**9 }}\"\n", ["槽位“title”", "第 5 行", "沙箱拒绝"]),
    ("recursive macro", '  title:\n    - text: "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}"\n',
     ["槽位“title”", "第 5 行", "无限递归"]),
    ("slot ends with a condition", '  title:\n    - when: year > 2000\n      text: "x"\n',
     ["槽位“title”", "第 5 行", "最后一个写法", "when"]),
    ("variant without text", "  title:\n    - when: year > 2000\n", ["槽位“title”", "第 5 行", "text"]),
    ("yaml syntax", '  title:\n    - text: "x\n', ["YAML 格式错误", "引号没有成对"]),
    # Texts are compiled when first used (wording.templates); a fault in a variant the report never reaches
    # (its condition never holds) is still refused before anything is written.
    ("unknown filter in a variant never chosen", '  title:\n    - when: year < 0\n      text: "{{ year | nosuch }}"\n'
     '    - text: "y"\n', ["槽位“title”", "第 6 行", "没有名为“nosuch”的过滤器"]),
    ("unknown test in a condition never reached", '  title:\n    - text: "x"\n    - when: year is nosuch\n'
     '      text: "y"\n    - text: "z"\n', ["槽位“title”", "第 6 行", "没有名为“nosuch”的测试"]),
    ("syntax in an alternative wording", '  title:\n    - text: ["x", "{{ year 年"]\n',
     ["槽位“title”", "语法错误"]),
]


@pytest.mark.parametrize(("body", "fragments"), [b[1:] for b in BAD_BANKS], ids=[b[0] for b in BAD_BANKS])
def test_a_bad_bank_is_named_with_slot_and_line_and_nothing_is_written(tmp_path: Path, example_path: Path, capsys,
                                                                       body: str, fragments: list[str]) -> None:
    """render --bank BAD: exit 1, a Chinese message naming the file, slot and line, no traceback, no file."""
    bank = _bank(tmp_path, "bad.yaml", body)
    out = tmp_path / "out.docx"
    assert main(["render", str(example_path), "--bank", str(bank), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "bad.yaml" in err and "Traceback" not in err
    for fragment in fragments:
        assert fragment in err
    assert not out.exists()


def test_an_extends_cycle_names_both_files_and_the_line(tmp_path: Path, example_path: Path, capsys) -> None:
    """a extends b extends a: the cycle is shown file by file, with the line of the extends."""
    a = _bank(tmp_path, "a.yaml", '  title:\n    - text: "a"\n', extends="b.yaml")
    _bank(tmp_path, "b.yaml", '  title:\n    - text: "b"\n', extends="a.yaml")
    assert main(["render", str(example_path), "--bank", str(a), "-o", str(tmp_path / "o.docx")]) == 1
    err = capsys.readouterr().err
    assert "循环：a.yaml → b.yaml → a.yaml" in err and "b.yaml”第 2 行的 extends" in err
    assert not (tmp_path / "o.docx").exists()


def test_a_missing_parent_is_named_with_the_extends_line(tmp_path: Path, example_path: Path, capsys) -> None:
    """extends: nowhere → which bank, which line, and the shipped banks to choose from."""
    bank = _bank(tmp_path, "orphan.yaml", '  title:\n    - text: "x"\n', extends="nowhere")
    assert main(["explain", str(example_path), "--bank", str(bank)]) == 1
    err = capsys.readouterr().err
    assert "orphan.yaml”第 2 行的 extends 引用了找不到短语库“nowhere”" in err and "national" in err


def test_a_county_bank_overrides_only_its_slots(tmp_path: Path, example_path: Path) -> None:
    """A bank extending national changes the slots it defines and keeps the rest."""
    bank = _bank(tmp_path, "county.yaml", '  other.fees:\n    - text: "{{ year }}年，本县样式：无信息处理费。"\n')
    out = tmp_path / "r.txt"
    assert main(["render", str(example_path), "--bank", str(bank), "--format", "txt", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "2023年，本县样式：无信息处理费。" in text and "收到政府信息公开申请。" in text  # national's own


def test_banks_lint_passes_the_shipped_banks(capsys) -> None:
    """drafter banks lint with no argument checks national and jinning and finds nothing."""
    assert main(["banks", "lint"]) == 0
    out = capsys.readouterr().out
    assert "jinning" in out and "national" in out


def test_banks_lint_lists_every_problem_with_slot_and_line(tmp_path: Path, capsys) -> None:
    """Unknown slot, unreachable variant, conditional last variant, unknown variables (also of loop items): exit 1."""
    body = (
        "  overview.proactve:\n    - text: \"x\"\n"                                    # 4: unknown slot
        "  title:\n    - text: \"a\"\n    - text: \"b\"\n"                              # 6-8: unreachable
        "  opening:\n    - when: year > 2000\n      text: \"x\"\n"                       # 9-11: ends with when
        "  other.fees:\n    - when: fees.nosuch\n      text: \"x\"\n"                     # 12-14: attribute
        "    - text: \"{{ nothing }}{% for p in problems %}{{ p }}{% endfor %}\"\n"     # 15: free name
        "  reviews.review:\n"
        "    - text: \"{% for r in reviews.review.results %}{{ r.label }}{{ r.cnt }}{% endfor %}\"\n"  # 17: loop item
    )
    bank = _bank(tmp_path, "county.yaml", body)
    assert main(["banks", "lint", str(bank)]) == 1
    err = capsys.readouterr().err.replace("\n", "")
    expected = [
        "槽位“overview.proactve”（第 4 行）：未知槽位“overview.proactve”。是否想写“overview.proactive”？",
        "槽位“title”（第 8 行）：第 2 个写法永远不会被使用",
        "槽位“opening”（第 10 行）：最后一个写法带有 when 条件",
        "槽位“other.fees”（第 13 行）：第 1 个写法的条件使用了不存在的变量“fees.nosuch”",
        "槽位“other.fees”（第 15 行）：第 2 个写法的文字使用了不存在的变量“nothing”",
        "槽位“reviews.review”（第 17 行）：第 1 个写法的文字使用了不存在的变量“r.cnt”",
    ]
    for message in expected:
        assert message in err
    assert "发现 6 个问题" in err and "“p”" not in err and "r.label" not in err


def test_banks_lint_tries_each_variant_on_example_facts(tmp_path: Path, capsys) -> None:
    """A type error no reading can see (adding text to a number) is found by a trial run, with slot and line."""
    bank = _bank(tmp_path, "county.yaml", '  title:\n    - text: "{{ year + \'年\' }}"\n')
    assert main(["banks", "lint", str(bank)]) == 1
    err = capsys.readouterr().err.replace("\n", "")
    assert "用示例数据试算时出错" in err and "槽位“title”第 1 个写法（第 5 行）的文字无法生成" in err


def test_banks_lint_reports_a_bank_that_misses_outline_slots(tmp_path: Path, capsys) -> None:
    """A bank extending nothing must provide every slot of the outline."""
    bank = _bank(tmp_path, "alone.yaml", '  title:\n    - text: "x"\n', extends="[]")
    assert main(["banks", "lint", str(bank)]) == 1
    assert "缺少报告需要的槽位：opening、" in capsys.readouterr().err.replace("\n", "")


def test_banks_lint_reports_syntax_errors_and_missing_banks(tmp_path: Path, capsys) -> None:
    """Syntax errors and unloadable banks are problems too, each named; lint itself never crashes."""
    bad = _bank(tmp_path, "bad.yaml", '  title:\n    - text: "{{ year 年"\n')
    assert main(["banks", "lint", str(bad), str(tmp_path / "none.yaml")]) == 1
    err = capsys.readouterr().err.replace("\n", "")
    assert "bad.yaml”槽位“title”第 1 个写法（第 5 行）的文字有语法错误" in err
    assert "none.yaml" in err and "Traceback" not in err


@pytest.fixture
def wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter import console

    monkeypatch.setattr(console.out, "width", 200)


def test_explain_shows_bank_variant_and_condition_for_each_slot(example_path: Path, capsys, wide_console) -> None:
    """explain lists every slot with the bank and variant that produced it and the condition that held."""
    assert main(["explain", str(example_path)]) == 0
    out = capsys.readouterr().out
    for fragment in ("overview.proactive", "jinning", "national", "第 1 个", "proactive.channels", "（无条件）",
                     "reviews.review", "（空）"):
        assert fragment in out
    assert not list(example_path.parent.glob("*.docx"))


def test_render_explain_writes_the_report_and_prints_the_table(example_path: Path, capsys, monkeypatch) -> None:
    """render --explain does both; a narrow terminal gets the same facts in two columns."""
    from drafter import console

    monkeypatch.setattr(console.out, "width", 80)
    assert main(["render", str(example_path), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "overview.requests" in out and "已生成报告" in out and "national 第 1 个" in out
    assert "条件：not" in out
    assert list(example_path.parent.glob("*.docx"))


def test_render_with_last_year_words_the_change(example_path: Path, tmp_path: Path) -> None:
    """--last LAST.yaml: the report says how the proactive total changed on last year."""
    last = tmp_path / "last.yaml"
    text = example_path.read_text(encoding="utf-8")
    for old, new in LAST_YEAR_EDITS:
        text = text.replace(old, new)
    last.write_text(text, encoding="utf-8")
    out = tmp_path / "r.txt"
    assert main(["render", str(example_path), "--last", str(last), "--format", "txt", "-o", str(out)]) == 0
    assert re.search(r"(增加|多)80条，增长16.7%。", out.read_text(encoding="utf-8"))  # one of three wordings


def test_last_year_must_be_an_earlier_year(example_path: Path, tmp_path: Path, capsys) -> None:
    """--last with this year's own file is refused with a Chinese message, nothing written."""
    out = tmp_path / "r.txt"
    assert main(["render", str(example_path), "--last", str(example_path), "-o", str(out)]) == 1
    assert "不早于本年" in capsys.readouterr().err and not out.exists()


def test_a_bank_named_on_the_command_line_overrides_the_facts_file_banks(example_path: Path, tmp_path: Path) -> None:
    """--bank national for facts using jinning: national's honest remainder wording replaces the seed's 其中."""
    out = tmp_path / "r.txt"
    assert main(["render", str(example_path), "--bank", "national", "--format", "txt", "-o", str(out)]) == 0
    assert re.search(r"重大工程公开招标信息4条，\S{0,6}其他渠道\S{0,4}80条。", out.read_text(encoding="utf-8"))
