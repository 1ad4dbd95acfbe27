"""drafter check, and the checks render and demo run first: output, JSON schema, exit codes, no jieba."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

from drafter.cli import main
from drafter.facts.dump import dump_facts
from drafter.facts.model import Agency, DocRow, Facts, Imported, ProactiveTable, StatedTotals
from tests.conftest import SEED
from tests.test_checks import clean, with_rows


def write(tmp_path: Path, facts: Facts, name: str = "f.yaml") -> Path:
    path = tmp_path / name
    path.write_text(dump_facts(facts), encoding="utf-8")
    return path


def with_regulation(facts: Facts) -> Facts:
    """Breaks E1 (an error): a township with a 规章 in force."""
    return dataclasses.replace(facts, proactive_table=ProactiveTable(regulations=DocRow(0, 0, 1)))


def check_json(capsys, *argv: str) -> tuple[int, list[dict[str, str]]]:
    """The exit code and the "problems" of --format json (errors and warnings; "not_checked" holds the notices)."""
    code = main(["check", *argv, "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"file", "problems", "not_checked"}
    return code, data["problems"]


def test_json_is_a_list_of_objects_with_id_code_severity_path_message(tmp_path: Path, capsys) -> None:
    """--format json: {"file", "problems", "not_checked"}; each problem has exactly the keys id, code, severity, path, message; severity is error or warning."""
    code, problems = check_json(capsys, str(write(tmp_path, with_regulation(clean()))))
    assert code == 1 and problems
    for item in problems:
        assert set(item) == {"id", "code", "severity", "path", "message"} and item["id"].startswith(item["code"] + "-")
        assert item["severity"] in ("error", "warning") and all(isinstance(v, str) and v for v in item.values())
    assert {"code": "E1", "severity": "error", "path": "proactive_table.regulations.in_force"}.items() <= problems[0].items()
    assert "规章 · 现行有效件数" in problems[0]["message"] and "修改：" in problems[0]["message"]


def test_bundled_example_reports_the_558_mismatch_and_nothing_else(example_path: Path, capsys) -> None:
    """The seed's 558 ≠ 118+356+4 is found, lint included, and nothing false; a warning exits 0."""
    code, problems = check_json(capsys, str(example_path))
    assert code == 0
    assert [(p["code"], p["severity"], p["path"]) for p in problems] == [("D4", "warning", "overview.proactive.total")]
    assert "558" in problems[0]["message"] and "478" in problems[0]["message"]


def test_text_output_is_a_table_with_labels_and_a_summary(tmp_path: Path, capsys) -> None:
    """The default output: a table with level, code, where (path and labels), problem and fix; exit 1 on errors."""
    assert main(["check", str(write(tmp_path, with_regulation(clean())))]) == 1
    captured = capsys.readouterr()
    for fragment in ("级别", "编号", "位置", "修改方法", "错误", "E1", "proactive_tab", "表二", "规章"):
        assert fragment in captured.out
    assert "1 个错误" in captured.err


def test_no_problem_says_so_and_exits_0(tmp_path: Path, capsys) -> None:
    """A clean facts file: "未发现问题", exit 0."""
    assert main(["check", str(write(tmp_path, clean()))]) == 0
    assert "未发现问题" in capsys.readouterr().out


def test_last_year_file_enables_the_cross_year_rules(tmp_path: Path, capsys) -> None:
    """--last: last year's 结转下年度 must be this year's 上年结转 (C1)."""
    last = with_rows(dataclasses.replace(clean(), year=2022), carried_forward=(2, 0, 0, 0, 0, 0))
    code, problems = check_json(capsys, str(write(tmp_path, clean())), "--last", str(write(tmp_path, last, "l.yaml")))
    assert code == 1
    assert ("C1", "applications.carried_over[1]") in {(p["code"], p["path"]) for p in problems}


def test_last_years_published_report_is_taken_as_far_as_it_was_read(capsys) -> None:
    """--last with last year's published report (平潭 2023, no signing date in the copy): its tables are
    compared with this year's (C2 on 表二 rows run together, C3 on a lawsuit left pending) instead of a refusal."""
    corpus = Path(__file__).parent / "realworld"
    code, problems = check_json(capsys, str(corpus / "28-pingtan-2024.txt"), "--last", str(corpus / "27-pingtan-2023.txt"))
    assert code == 0
    assert {"C2", "C3"} <= {p["code"] for p in problems}


def test_deadline_option_moves_the_e5_deadline(tmp_path: Path, capsys) -> None:
    """--deadline 03-31 accepts a report signed in February; nonsense is a usage error (exit 2)."""
    import datetime as dt

    path = write(tmp_path, dataclasses.replace(clean(), signing_date=dt.date(2024, 2, 20)))
    assert [p["code"] for p in check_json(capsys, str(path))[1]] == ["E5"]
    assert check_json(capsys, str(path), "--deadline", "03-31") == (0, [])
    assert main(["check", str(path), "--deadline", "99-99"]) == 2
    assert "--deadline" in capsys.readouterr().err


def test_totals_printed_in_an_imported_report_are_checked(tmp_path: Path, capsys) -> None:
    """The imported: block's stated_totals (总计 as printed) are read from the file and checked (B1, B3)."""
    facts = dataclasses.replace(clean(), imported=Imported("r.docx", stated_totals=StatedTotals(
        row_totals={"new_received": 5}, review_totals={"review": 2})))
    code, problems = check_json(capsys, str(write(tmp_path, facts)))
    assert code == 1
    assert [(p["code"], p["path"]) for p in problems] == [("B1", "imported.stated_totals.row_totals.new_received"),
                                                          ("B3", "imported.stated_totals.review_totals.review")]


def test_an_imported_report_is_checked_on_its_published_text(tmp_path: Path, capsys) -> None:
    """check reads the text an import kept: the seed's "二街镇镇" and 558 ≠ 478 are found in it."""
    text = {"overview.proactive": "二街镇主动公开政府信息558条，其中，门户网公开118篇、“魅力二街”发布356条、重大工程公开招标信息4条。",
            "overview.management": "为进一步推进政府信息公开工作，二街镇镇严格按照要求，研究部署工作。"}
    facts = dataclasses.replace(clean(), agency=Agency("昆明市晋宁区二街镇人民政府", "二街镇", "镇"),
                                imported=Imported("seed.txt", sections=text))
    code, problems = check_json(capsys, str(write(tmp_path, facts)))
    found = {(p["code"], p["path"]) for p in problems}
    assert ("D4", "imported.sections.overview.proactive") in found
    assert ("L1", "imported.sections.overview.management") in found


def test_render_stops_on_errors_without_writing(tmp_path: Path, capsys) -> None:
    """render checks first: an error stops it with the problem table and no report is written."""
    path = write(tmp_path, with_regulation(clean()))
    assert main(["render", str(path)]) == 1
    err = capsys.readouterr().err
    assert "E1" in err and "未生成报告" in err and "--force" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.yaml"]


def test_render_force_writes_anyway_and_says_so(tmp_path: Path, capsys) -> None:
    """render --force renders despite errors and says it ignored them."""
    path = write(tmp_path, with_regulation(clean()))
    assert main(["render", str(path), "--force", "--format", "txt"]) == 0
    assert "已按 --force 忽略 1 个错误" in capsys.readouterr().err
    assert len(list(tmp_path.glob("*.txt"))) == 1


def test_render_prints_warnings_and_renders(example_path: Path, capsys) -> None:
    """render prints warnings (the example's D4) and still writes the report."""
    assert main(["render", str(example_path), "--format", "txt"]) == 0
    err = capsys.readouterr().err
    assert "D4" in err and "558" in err
    assert len(list(example_path.parent.glob("*.txt"))) == 1


def test_demo_still_exits_0_and_shows_the_example_problem(tmp_path: Path, capsys) -> None:
    """demo writes the example and its report, shows the D4 found in it, exits 0."""
    assert main(["demo", "-o", str(tmp_path / "d")]) == 0
    captured = capsys.readouterr()
    assert "D4" in captured.err and (tmp_path / "d" / "erjie-2023.yaml").is_file()


def test_render_never_imports_jieba(example_path: Path) -> None:
    """Rendering (checks included) does not load jieba, nor the bundled example (only demo reads it): a fresh
    interpreter's sys.modules shows it."""
    script = (
        "import sys\n"
        "from drafter.cli import main\n"
        f"code = main(['render', {str(example_path)!r}, '--format', 'docx,txt'])\n"
        "assert code == 0, code\n"
        "assert 'drafter.checks.rules' in sys.modules and 'drafter.checks.text' in sys.modules\n"
        "print('jieba' in sys.modules, 'drafter.checks.narrative' in sys.modules, 'drafter.facts.examples' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False False False"


def test_check_loads_jieba_without_pkg_resources(example_path: Path) -> None:
    """jieba imports setuptools' pkg_resources only to open its own dict.txt, and opens the file itself where
    pkg_resources is absent; drafter keeps it absent (importing it took about 0.2 s of every drafter check)."""
    script = (
        "import sys\n"
        "from drafter.cli import main\n"
        f"code = main(['check', {str(example_path)!r}, '--format', 'json'])\n"
        "assert 'jieba' in sys.modules, sorted(sys.modules)\n"
        "print(code, 'pkg_resources' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0 False"


def test_the_published_seed_report_imported_then_checked(tmp_path: Path, capsys) -> None:
    """drafter import of the real 二街镇 page, then check: 558 ≠ 118+356+4 and "二街镇镇" are both found."""
    facts = tmp_path / "seed.yaml"
    assert main(["import", str(SEED), "-o", str(facts)]) == 0
    capsys.readouterr()
    code, problems = check_json(capsys, str(facts))
    found = {(p["code"], p["severity"]) for p in problems}
    assert ("D4", "warning") in found and ("L1", "warning") in found
    assert any("二街镇镇" in p["message"] for p in problems if p["code"] == "L1")
    assert all(p["severity"] == "warning" for p in problems) and code == 0


def _unreadable_inputs(tmp_path: Path, example: Path) -> dict[str, list[str]]:
    """One command line per kind of input from which no report can be read at all."""
    from tests.test_pdf_import import SCANNED

    (tmp_path / "文件夹").mkdir()
    (tmp_path / "损坏.docx").write_bytes(b"PK\x03\x04 not a zip")
    (tmp_path / "扫描件.pdf").write_bytes(SCANNED)
    (tmp_path / "随笔.txt").write_text("今天天气很好，我们去公园散步。\n", encoding="utf-8")
    (tmp_path / "坏.yaml").write_text("year: [\n", encoding="utf-8")
    (tmp_path / "空.txt").write_bytes(b"")  # an empty file and one of blank lines raised ValueError in unitless_fees
    (tmp_path / "空行.txt").write_text("   \n\n", encoding="utf-8")
    return {"empty file": ["空.txt"], "blank lines": ["空行.txt"], "missing report": ["不存在.docx"], "missing facts file": ["不存在.yaml"], "folder": ["文件夹"],
            "corrupt docx": ["损坏.docx"], "scanned pdf": ["扫描件.pdf"], "not a report": ["随笔.txt"],
            "broken facts file": ["坏.yaml"], "missing --last": [str(example), "--last", "不存在.docx"]}


def test_exit_2_and_json_when_no_report_could_be_read(tmp_path: Path, example_path: Path, monkeypatch,
                                                      capsys) -> None:
    """Exit 2 for every input from which no report was read (1 is kept for errors found in a report, 0 for
    none); --format json still prints {"file", "problems": [], "not_checked": [the reason], "error"}."""
    monkeypatch.chdir(tmp_path)
    for kind, argv in _unreadable_inputs(tmp_path, example_path).items():
        assert main(["check", *argv]) == 2, kind
        err = capsys.readouterr().err
        assert "错误：" in err and "Traceback" not in err, kind
        assert kind != "folder" or "drafter summary 文件夹 -o 审核" in err  # a folder of reports is summary's
        assert main(["check", *argv, "--format", "json"]) == 2, kind
        data = json.loads(capsys.readouterr().out)
        assert data["problems"] == [] and data["error"] and data["not_checked"][0]["message"] == data["error"], kind
