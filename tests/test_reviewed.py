"""Findings that stay dismissed: stable ids, ``drafter check --accept``, the ``reviewed:`` block (or the side
file beside a report), "已核实" on later checks, the warning back when its figures change; errors refused."""

from __future__ import annotations

import json
import re
from pathlib import Path

from drafter.checks.reviewed import load_reviews
from drafter.cli import main
from drafter.facts.load import load_facts
from tests.conftest import SEED, example_facts
from tests.test_check_cli import with_regulation, write


def check(capsys, *argv: str) -> tuple[int, list[dict]]:
    code = main(["check", *argv, "--format", "json"])
    return code, json.loads(capsys.readouterr().out)["problems"]


def d4(problems: list[dict]) -> dict:
    (item,) = [p for p in problems if p["code"] == "D4"]
    return item


def test_ids_are_stable_from_run_to_run(example_path: Path, capsys) -> None:
    _, first = check(capsys, str(example_path))
    _, second = check(capsys, str(example_path))
    assert [p["id"] for p in first] == [p["id"] for p in second] and d4(first)["id"].startswith("D4-")


def test_accept_recheck_and_a_changed_figure_round_trip(example_path: Path, capsys) -> None:
    """The seed's 558 ≠ 118+356+4 accepted: stored in the facts file, listed as 已核实; 559 brings it back."""
    original = example_path.read_text(encoding="utf-8")
    _, problems = check(capsys, str(example_path))
    ident = d4(problems)["id"]
    assert main(["check", str(example_path), "--accept", ident, "--by", "张三", "--why", "原报告如此"]) == 0
    out = capsys.readouterr()
    assert "已核实" in out.out and "张三" in out.out
    text = example_path.read_text(encoding="utf-8")
    assert text.startswith(original.rstrip("\n")) and "reviewed:" in text and "原报告如此" in text
    assert load_facts(example_path).overview.proactive.total == 558  # still a valid facts file
    code, problems = check(capsys, str(example_path))
    assert code == 0 and d4(problems)["reviewed"]["by"] == "张三" and d4(problems)["id"] == ident

    example_path.write_text(text.replace("total: 558", "total: 559", 1), encoding="utf-8")
    _, problems = check(capsys, str(example_path))
    again = d4(problems)
    assert again["id"] != ident and "reviewed" not in again and again["reviewed_before"]["by"] == "张三"
    main(["check", str(example_path)])
    assert "数字已变，请重新核实" in re.sub(r"[\s│]", "", capsys.readouterr().out)  # the table wraps its cells


def test_accepting_again_replaces_the_block(example_path: Path, capsys) -> None:
    _, problems = check(capsys, str(example_path))
    for why in ("第一次", "第二次"):
        assert main(["check", str(example_path), "--accept", d4(problems)["id"], "--why", why]) == 0
    text = example_path.read_text(encoding="utf-8")
    assert text.count("reviewed:") == 1 and "第二次" in text and "第一次" not in text


def test_errors_cannot_be_accepted(tmp_path: Path, capsys) -> None:
    path = write(tmp_path, with_regulation(example_facts()))
    _, problems = check(capsys, str(path))
    error = next(p for p in problems if p["severity"] == "error")
    before = path.read_text(encoding="utf-8")
    assert main(["check", str(path), "--accept", error["id"], "--by", "张三"]) == 2
    assert "不能标记为已核实" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == before


def test_an_unknown_id_is_a_usage_error(example_path: Path, capsys) -> None:
    assert main(["check", str(example_path), "--accept", "D4-000000"]) == 2
    assert "D4-000000" in capsys.readouterr().err


def test_a_report_keeps_its_acceptances_in_a_side_file(tmp_path: Path, capsys) -> None:
    report = tmp_path / "seed.txt"
    report.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    _, problems = check(capsys, str(report))
    ident = d4(problems)["id"]
    assert main(["check", str(report), "--accept", ident, "--by", "李四"]) == 0
    capsys.readouterr()
    assert (tmp_path / "seed.txt.reviewed.yaml").exists() and report.read_text(encoding="utf-8") == SEED.read_text(encoding="utf-8")
    _, problems = check(capsys, str(report))
    assert d4(problems)["reviewed"]["by"] == "李四"


def test_render_lists_an_accepted_warning_as_accepted_not_as_a_new_one(example_path: Path, tmp_path: Path,
                                                                       capsys) -> None:
    _, problems = check(capsys, str(example_path))
    assert main(["check", str(example_path), "--accept", d4(problems)["id"], "--by", "张三"]) == 0
    capsys.readouterr()
    assert main(["render", str(example_path), "-o", str(tmp_path / "r.md"), "--format", "md"]) == 0
    err = capsys.readouterr().err
    assert "1 个提示已核实" in err and "个提示（见上表）" not in err and "D4" not in err


def test_importing_over_a_facts_file_keeps_its_reviewed_block(example_path: Path, tmp_path: Path,
                                                             capsys) -> None:
    """import --force over an accepted facts file: the new file keeps the acceptance (a finding whose figures
    changed is shown again by check, so keeping it is safe) and is still a valid facts file."""
    _, problems = check(capsys, str(example_path))
    ident = d4(problems)["id"]
    assert main(["check", str(example_path), "--accept", ident, "--by", "张三", "--why", "原报告如此"]) == 0
    assert main(["import", str(SEED), "-o", str(example_path), "--force"]) == 0
    capsys.readouterr()
    text = example_path.read_text(encoding="utf-8")
    assert text.count("reviewed:") == 1 and "原报告如此" in text
    assert load_facts(example_path).agency.name and [r.by for r in load_reviews(example_path)] == ["张三"]
    code, _ = check(capsys, str(example_path))
    assert code == 0
