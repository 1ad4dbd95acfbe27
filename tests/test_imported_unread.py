"""A facts file from ``drafter import`` of a real report whose signature, title agency, year or narrative
sub-points were not read: unknown, never a refusal.

The file loads (render, check, interview --fill); ``render`` stops on the signature not read, naming the
file, the field and the fix; ``render --force`` writes highlighted placeholders ("【待补充：落款日期】") where it
is unknown and lists them; a sub-point of 一 or a part of 五 the report did not give is a placeholder too,
never a bare heading nor "未发现突出问题". Inputs are real reports from tests/realworld/.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

from drafter.cli import main
from drafter.facts.load import load_facts
from drafter.interview.fill import fill_keys
from drafter.interview.from_facts import next_year_defaults
from drafter.interview.session import Options
from drafter.interview.terminal import run
from drafter.pipeline import draft_report
from drafter.writers import docx as docx_writer
from drafter.writers.text import render_text
from tests.interview_script import DEFAULT, ScriptedAsk, passed_parts
from tests.realworld_corpus import imported_copy

APPROVAL = "43-pingtan-approval-2021.txt"  # 平潭行政审批局 2021: a page copy that ends before its signature
NO_AGENCY = "13-changchun-bureau-2023.txt"  # its copy starts at 一: neither title nor signature names the agency
NO_YEAR = "32-govnianbao-pdf-fragment-2024.txt"  # a fragment of PDF text: no title, no year


def _highlighted(draft) -> list[str]:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(io.BytesIO(docx_writer.render(draft))) as zf:
        body = zf.read("word/document.xml").decode("utf-8")
    marked = re.findall(r'<w:r><w:rPr>(?:(?!</w:r>).)*?<w:highlight w:val="yellow"/></w:rPr>(.*?)</w:r>', body)
    return ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", run)) for run in marked]


def test_a_facts_file_without_its_signature_loads_and_checks_as_the_report_does(tmp_path: Path, capsys) -> None:
    source = imported_copy(tmp_path, APPROVAL)
    text = source.read_text(encoding="utf-8")
    assert 'name: ""' in text and re.search(r"^signing_date: +#", text, re.M)  # written empty by the import
    facts = load_facts(source)
    assert facts.unknown("signing_date", "agency.name") == ["signing_date", "agency.name"]
    capsys.readouterr()
    results = []
    for path in (source, Path(__file__).parent / "realworld" / APPROVAL):
        code = main(["check", str(path), "--format", "json"])
        found = json.loads(capsys.readouterr().out)
        results.append((code, sorted(p["id"] for p in found["problems"] + found["not_checked"])))
    assert results[0] == results[1] and results[0][0] == 0
    assert any(i.startswith("E5-") for i in results[0][1])  # "未能检查：落款日期…", not a refusal


def test_render_stops_on_the_signature_not_read_naming_the_file_field_and_fix(tmp_path: Path, capsys) -> None:
    source = imported_copy(tmp_path, APPROVAL)
    out = tmp_path / "r.txt"
    capsys.readouterr()
    assert main(["render", str(source), "-o", str(out), "--format", "txt"]) == 1
    err = capsys.readouterr().err
    assert not out.exists() and "Traceback" not in err
    assert f"事实文件“{source}”有 3 个错误" in err and "加 --force" in err
    problems, fixes = _column(err, 4), _column(err, 5)  # the table wraps its cells
    assert "落款机关全称没有从原报告读出，事实文件中agency.name为空" in problems
    assert "落款日期没有从原报告读出，事实文件中signing_date为空" in problems
    assert "signing_date:中填写落款日期（例如signing_date:2024-01-17）" in fixes
    assert "加--force生成的草稿中写“【待补充：落款机关全称】”" in fixes


def _column(table: str, index: int) -> str:
    """One column of the problem table, its wrapped lines joined (spaces dropped)."""
    cells = [line.split("│")[index] for line in table.splitlines() if line.count("│") == 6]
    return "".join(cell.replace(" ", "") for cell in cells)


def test_a_forced_draft_prints_the_signature_as_highlighted_placeholders(tmp_path: Path, capsys) -> None:
    source = imported_copy(tmp_path, APPROVAL)
    out = tmp_path / "r.txt"
    assert main(["render", str(source), "-o", str(out), "--format", "txt", "--force"]) == 0
    report = out.read_text(encoding="utf-8").splitlines()
    assert report[0] == "平潭综合实验区行政审批局2021年政府信息公开工作年度报告"  # the title named the agency
    assert report[-2:] == ["【待补充：落款机关全称】", "【待补充：落款日期】"]
    err = capsys.readouterr().err
    assert "  落款：机关全称\n  落款：日期\n" in err
    texts = _highlighted(draft_report(load_facts(source)).draft)
    assert texts[-2:] == ["【待补充：落款机关全称】", "【待补充：落款日期】"]


def test_an_agency_named_nowhere_is_a_placeholder_in_the_title_and_text(tmp_path: Path) -> None:
    facts = load_facts(imported_copy(tmp_path, NO_AGENCY))
    draft = draft_report(facts).draft
    text = render_text(draft)
    assert text.startswith("【待补充：机关名称】2023年政府信息公开工作年度报告\n2023年，【待补充：机关名称】严格按照")
    assert draft.unfilled[0] == "标题和正文：机关名称" and draft.unfilled[-2:] == ["落款：机关全称", "落款：日期"]
    assert _highlighted(draft)[0] == "【待补充：机关名称】"
    from drafter.writers.html import render_html

    assert "<h1><mark>【待补充：机关名称】</mark>2023年政府信息公开工作年度报告</h1>" in render_html(draft)


def test_interview_fill_on_the_facts_file_asks_the_signature_first(tmp_path: Path, capsys) -> None:
    source = imported_copy(tmp_path, APPROVAL)
    capsys.readouterr()
    script = [("signing_date", "2022年1月20日"), ("agency.name", DEFAULT), *passed_parts("management", "supervision"),
              ("table2.normative_documents", "2 0 23")]
    ask = ScriptedAsk(script)
    run(Options(fill_path=source, render=False), ask)
    assert not ask.script and ask.asked("agency.name")[0].default == "平潭综合实验区行政审批局"
    assert not ask.asked("signing_date")[0].default  # read from the published report, never guessed
    assert "行政规范性文件：原报告印出“2023”（几栏数字连在一起" in capsys.readouterr().out  # to split by the original
    after = load_facts(source)  # written back in place
    assert (after.agency.name, str(after.signing_date)) == ("平潭综合实验区行政审批局", "2022-01-20")
    assert after.imported is not None and after.imported.missing == []


def test_fill_says_what_the_report_leaves_to_write_after_writing_it(tmp_path: Path, capsys) -> None:
    """43 filled in (date, agency, 表二's row): the report is written. Its 一（三）（五）, which the published report
    did not give, are asked; 一（三） passed with nothing picked is listed as left to fill, not passed over with
    "未发现问题"; 一（五） says its 责任追究 (pre-picked, 0)."""
    source = imported_copy(tmp_path, APPROVAL)
    script = [("signing_date", "2022-01-19"), ("agency.name", DEFAULT), *passed_parts("management", "supervision"),
              ("table2.normative_documents", "2 0 23")]
    ask = ScriptedAsk(script)
    result = run(Options(fill_path=source), ask)
    assert result.reports and result.reports[0].exists()  # type: ignore[union-attr]
    err = capsys.readouterr().err
    assert "报告中有 1 处留待填写" in err and "一（三）政府信息管理：本年政府信息管理情况" in err and "一（五）" not in err


def test_a_year_not_read_loads_and_checks_but_is_never_drafted(tmp_path: Path, capsys) -> None:
    source = imported_copy(tmp_path, NO_YEAR)
    facts = load_facts(source)
    assert facts.unknown("year") == ["year"] and fill_keys(facts)[0] == "year"  # --fill asks it first
    capsys.readouterr()
    assert main(["check", str(source)]) == 0
    summary = capsys.readouterr().err.strip().splitlines()[-1]  # only rules not run: nothing to "核实"
    assert "0 个错误，0 个提示" in summary and "读出的部分没有发现问题" in summary and "逐条核实" not in summary
    assert main(["render", str(source), "--force", "-o", str(tmp_path / "r.txt"), "--format", "txt"]) == 1
    err = capsys.readouterr().err
    assert f"事实文件“{source}”中的报告年度（year）是空的" in err and "year: 2023" in err
    assert f"drafter interview --fill {source}" in err and not (tmp_path / "r.txt").exists()


def test_next_year_from_a_facts_file_without_signature_asks_it(tmp_path: Path) -> None:
    """--from an imported facts file: the date and agency not read are asked, not 1901-01-01 and ""."""
    baseline, auto = next_year_defaults(load_facts(imported_copy(tmp_path, APPROVAL)))
    assert "signing_date" not in baseline and "agency.name" not in baseline and baseline["year"] == 2022
    assert auto["agency.title_name"] == "平潭综合实验区行政审批局"


def test_sub_points_the_report_did_not_give_are_placeholders_listed_by_render(tmp_path: Path, capsys) -> None:
    """43's 一 has its own four sub-points (组织领导, 制度, 平台, 审批改革): nothing was read for （三） and
    （五）, which were printed as bare headings."""
    source = imported_copy(tmp_path, APPROVAL, agency="平潭综合实验区行政审批局", signed="2022-01-20")
    out = tmp_path / "r.txt"
    assert main(["render", str(source), "-o", str(out), "--format", "txt", "--force"]) == 0
    report = out.read_text(encoding="utf-8")
    assert "（三）政府信息管理情况。【待补充：本年政府信息管理情况（原报告中未读出，请据实填写）】\n" in report
    assert "（五）监督保障情况。【待补充：本年监督保障情况（原报告中未读出，请据实填写）】\n" in report
    assert "（四）政府信息公开平台建设情况。加强平台建设" in report  # what was read stays
    err = capsys.readouterr().err
    assert ("一（三）政府信息管理：本年政府信息管理情况（原报告中没有读出这部分的内容；"
            "写在事实文件的 overview.management.text 中）") in err
    source.write_text(source.read_text(encoding="utf-8").replace(
        '    text: ""    # 补充说明\n  platform_text', '    text: "落实信息发布审核制度。"    # 补充说明\n  platform_text', 1),
        encoding="utf-8")
    text = render_text(draft_report(load_facts(source)).draft)
    assert "（三）政府信息管理情况。落实信息发布审核制度。\n" in text  # written in: the placeholder goes


def test_a_copy_cut_before_five_gets_no_invented_no_problems_sentence(tmp_path: Path) -> None:
    """22 (富县 2024) is a stored copy cut at 2,000 bytes, before 五: the bank's "未发现突出问题" would be a claim."""
    facts = load_facts(imported_copy(tmp_path, "22-fuxian-county-2024.txt"))
    text = render_text(draft_report(facts).draft)
    assert "未发现" not in text
    assert "（一）存在的主要问题\n【待补充：本年政府信息公开工作存在的主要问题（原报告中未读出，请据实填写）】" in text
    assert "（二）改进措施\n【待补充：针对上述问题的改进措施" in text
