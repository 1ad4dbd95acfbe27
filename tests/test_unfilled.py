"""A forced draft of an imported report with figures not read: unknown, never 0.

The cells print "待填" (highlighted yellow in Word and on the web page), the sentences built on them are a
"【待补充：…】" placeholder, ``render`` lists what was left unfilled, and importing the draft again gives the
same cells unread (not 0). Inputs are real imported reports from tests/realworld/.
"""

from __future__ import annotations

import io
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.draft import UNFILLED
from drafter.facts.load import load_facts
from drafter.pipeline import draft_report
from drafter.writers import docx as docx_writer
from drafter.writers.text import render_text
from tests.realworld_corpus import INVESTMENT_SILENT, imported_copy

REALWORLD = Path(__file__).resolve().parent / "realworld"


@pytest.fixture
def investment(tmp_path: Path) -> Path:
    """平潭投资促进局 2024: 表二's 行政规范性文件 row ran together (unread); 六's one sentence, on the fees, is
    taken out, so that the fees are not stated."""
    return imported_copy(tmp_path, *INVESTMENT_SILENT)


def test_forced_txt_prints_unread_cells_as_unfilled_and_no_sentence_from_zero(investment: Path, capsys) -> None:
    out = investment.parent / "r.txt"
    assert main(["render", str(investment), "-o", str(out), "--format", "txt"]) == 1 and not out.exists()
    capsys.readouterr()
    assert main(["render", str(investment), "-o", str(out), "--format", "txt", "--force"]) == 0
    report = out.read_text(encoding="utf-8")
    assert "行政规范性文件 | 待填 | 待填 | 待填" in report
    assert "规章 | 0 | 0 | 0" in report  # what was read stays as read
    assert "未制发" not in report and "无现行有效" not in report and "未收取信息处理费" not in report
    assert "【待补充：本年制发、废止和现行有效的规章、行政规范性文件件数" in report
    assert "【待补充：本年发出信息处理费收费通知的件数、金额和实际收取的信息处理费" in report
    err = capsys.readouterr().err
    assert "报告中有 3 处留待填写" in err
    assert "表二 · 行政规范性文件：本年制发件数、本年废止件数、现行有效件数" in err
    assert "六、其他需要报告的事项：本年发出信息处理费收费通知的件数" in err
    assert str(investment) in err and "null" in err and "待填" in err


def test_a_complete_render_lists_nothing_unfilled(investment: Path, capsys) -> None:
    """Once the clerk fills the nulls in, nothing is left unfilled and nothing is listed."""
    text = investment.read_text(encoding="utf-8")
    text = text.replace("normative_documents: {issued: null, repealed: null, in_force: null}",
                        "normative_documents: {issued: 2, repealed: 0, in_force: 9}")
    text = re.sub(r"^(  (?:notices|notice_amount_10k_yuan|collected_10k_yuan)): null", r"\1: 0", text, flags=re.M)
    investment.write_text(text, encoding="utf-8")
    out = investment.parent / "r.txt"
    assert main(["render", str(investment), "-o", str(out), "--format", "txt", "--force"]) == 0
    report = out.read_text(encoding="utf-8")
    assert "待填" not in report and "待补充" not in report and "留待填写" not in capsys.readouterr().err
    assert "行政规范性文件 | 2 | 0 | 9" in report and "未收取信息处理费" in report


def test_word_highlights_what_is_left_to_fill(investment: Path) -> None:
    """In the .docx the unfilled cells and the placeholder sentences are yellow-highlighted runs; nothing else is."""
    draft = draft_report(load_facts(investment)).draft
    with zipfile.ZipFile(io.BytesIO(docx_writer.render(draft))) as zf:
        body = zf.read("word/document.xml").decode("utf-8")
    marked = re.findall(r'<w:r><w:rPr>(?:(?!</w:r>).)*?<w:highlight w:val="yellow"/></w:rPr>(.*?)</w:r>', body)
    texts = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", run)) for run in marked]
    assert texts.count(UNFILLED) == 3
    assert [t for t in texts if t != UNFILLED] == [
        "【待补充：本年制发、废止和现行有效的规章、行政规范性文件件数（原报告中未读出，请据实填写）】",
        "【待补充：本年发出信息处理费收费通知的件数、金额和实际收取的信息处理费（原报告中未读出，请据实填写）】"]


def test_html_marks_unfilled_cells_and_placeholders(investment: Path) -> None:
    from drafter.writers.html import render_html

    page = render_html(draft_report(load_facts(investment)).draft)
    assert page.count(f'<td colspan="1" class="unfilled">{UNFILLED}</td>') + page.count(
        f'<td class="unfilled">{UNFILLED}</td>') == 3
    assert page.count("<mark>【待补充：") == 2


def test_an_unread_table3_cell_leaves_its_row_total_and_column_total_unfilled(tmp_path: Path) -> None:
    """平潭经济发展局 2021: （一）予以公开 and （二）部分公开 not read. Their 总计 and the （七）总计 row are
    unknown too; the other rows and the sentence on new applications stay; the results sentence is a placeholder."""
    facts_path = imported_copy(tmp_path, "44-pingtan-econdev-2021.txt", agency="平潭综合实验区经济发展局", signed="2022-01-20")
    draft = draft_report(load_facts(facts_path)).draft
    text = render_text(draft)
    rows = {line.split(" | ")[-8]: line.split(" | ")[-7:] for line in text.splitlines() if line.count(" | ") >= 7}
    assert rows["（一）予以公开"] == [UNFILLED] * 7
    assert rows["（七）总计"] == [UNFILLED] * 7
    assert rows["一、本年新收政府信息公开申请数量"] == ["0"] * 7
    assert "【待补充：申请的办理结果和结转下年度继续办理的件数" in text
    figures = [entry for entry in draft.unfilled if "事实文件" not in entry]  # not 一（五）, which it did not give
    assert figures[:2] == ["一（二）依申请公开：申请的办理结果和结转下年度继续办理的件数",
                           "表三 · （一）予以公开：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他"]


def test_the_forced_draft_imported_again_has_the_same_cells_unread(investment: Path, tmp_path: Path) -> None:
    """Round trip: "待填" is read as not read (null), and the fee placeholder does not read as "no fees"."""
    docx = tmp_path / "draft.docx"
    assert main(["render", str(investment), "-o", str(docx), "--force"]) == 0
    again = tmp_path / "again.yaml"
    assert main(["import", str(docx), "-o", str(again)]) in (0, 1)
    before, after = load_facts(investment).imported, load_facts(again).imported
    assert before is not None and after is not None
    tables = ("proactive_table", "applications", "reviews_and_lawsuits", "fees")
    assert [p for p in after.missing if p.startswith(tables)] == [p for p in before.missing if p.startswith(tables)]


def test_explain_names_the_placeholder_as_not_read(investment: Path, capsys) -> None:
    assert main(["explain", str(investment)]) == 0
    out = capsys.readouterr().out
    assert "未读出" in out and "other.fees" in out


def test_a_figure_last_years_import_did_not_read_is_not_compared(investment: Path) -> None:
    """--last is 平潭投资促进局's imported 2024 report: its 行政规范性文件 row and fees were not read, so 2025's
    figures are not compared with them ("上年为0" would be made up); read figures still are."""
    from drafter.facts.model import DocRow, Fees, ProactiveTable

    last = load_facts(investment)
    this = load_facts(investment)
    this.year, this.imported = 2025, None
    this.proactive_table = ProactiveTable(normative_documents=DocRow(3, 0, 3), licensing=4)
    this.fees = Fees(notices=1, collected_10k_yuan=Decimal("0.01"))
    said = "".join(p.text for p in draft_report(this, last=last).draft.paragraphs())
    assert re.search(r"(与上年相比|从年度对比看|同上年比较)[^。]*行政许可决定", said)  # read last year (0): compared
    assert not re.search(r"制发行政规范性文件[^。；]*(较上年|上年为0)", said)
    assert not re.search(r"(收费通知|实际收取信息处理费)[^。；]*(较上年|上年为0)", said)
