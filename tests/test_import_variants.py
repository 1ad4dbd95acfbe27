"""Importing real-world variants: portal HTML, label spellings, blank cells, the 2019 format, and the CLI."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.cli import main
from drafter.errors import DrafterError
from drafter.facts.dump import dump_facts
from drafter.facts.load import load_facts, parse_facts, parse_yaml
from drafter.importers.report import import_report
from tests.conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
T4_HTML = """<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
<table border=1><tr><td colspan=5>行政复议</td><td colspan=10>行政诉讼</td></tr>
<tr><td rowspan=2>结果<br>维持</td><td rowspan=2>结果<br>纠正</td><td rowspan=2>其他<br>结果</td>
<td rowspan=2>尚未<br>审结</td><td rowspan=2>总计</td><td colspan=5>未经复议直接起诉</td><td colspan=5>复议后起诉</td></tr>
<tr>""" + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>" * 2 + """</tr>
<tr>""" + "".join(f"<td>{n}</td>" for n in (1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 3, 0, 0, 0, 3)) + "</tr></table>"


def _page(body: str) -> str:
    """A portal page: navigation, a layout table around the article, scripts."""
    return ("<html><head><title>门户</title><script>var x='1 | 2';</script></head><body>"
            "<div class=nav>当前位置：首页 &gt; 年报 &gt; 某某县某某乡2022年政府信息公开工作年度报告</div>"
            "<table width=100%><tr><td>发布日期：2023-04-09</td></tr><tr><td>"
            f"<div class=article>{body}</div></td></tr></table>"
            "<div class=footer><p>发布日期：2023年4月9日</p><p>主办：某某县人民政府办公室</p></div></body></html>")


def _html(tmp_path: Path) -> Path:
    body = """<p style="text-align:center">某某县某某乡2022年政府信息公开工作年度报告</p>
<p>本报告中所列数据统计期限自2022年1月1日起至2022年12月31日止。</p>
<h2>一、总体情况</h2><p><strong>（一）主动公开政府信息情况。</strong>全年共主动公开各类信息１２条，其中，通过县政府网站发布10条、公众号发布2条。</p>
<h2>二、主动公开政府信息情况</h2>
<table><tr><td colspan=4>第二十条第(一)项</td></tr>
<tr><td>信息内容</td><td>本年(2022)制发件数</td><td>本年(2022)废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>规范性<br>文件</td><td>2</td><td>1</td><td>5</td></tr>
<tr><td colspan=4>第二十条第(五)项</td></tr>
<tr><td>信息内容</td><td colspan=3>本年处理决定数量</td></tr><tr><td>行政许可</td><td colspan=3>7</td></tr>
<tr><td colspan=4>第二十条第(六)项</td></tr>
<tr><td>信息内容</td><td colspan=3>本年处理决定数量</td></tr><tr><td>行政处罚</td><td colspan=3>—</td></tr>
<tr><td>行政强制</td><td colspan=3>0</td></tr>
<tr><td colspan=4>第二十条第(八)项</td></tr>
<tr><td>信息内容</td><td colspan=3>本年收费金额(单位:万元)</td></tr><tr><td>行政事业性收费</td><td colspan=3>1.5</td></tr>
</table>""" + T4_HTML + """<h2>六、其他需要报告的事项</h2><p>本年度未收取信息处理费。</p>
<p style="text-align:right">某某县某某乡人民政府　2023年1月20日</p>"""
    path = tmp_path / "page.html"
    path.write_text(_page(body), encoding="utf-8")
    return path


def test_portal_html_with_spans_and_label_variants(tmp_path: Path) -> None:
    """rowspan/colspan, "规范性文件", year notes in headers, ASCII brackets, breadcrumbs and footers are handled."""
    result = import_report(_html(tmp_path))
    facts = result.facts
    assert (facts.year, facts.agency.name, facts.agency.short_name, facts.agency.kind) == (
        2022, "某某县某某乡人民政府", "某某乡", "乡")
    assert facts.signing_date.isoformat() == "2023-01-20"  # not the page footer's 发布日期
    assert facts.overview.proactive.channels[0].name == "县政府网站"
    p = facts.proactive_table
    assert (p.normative_documents.issued, p.normative_documents.repealed, p.normative_documents.in_force) == (2, 1, 5)
    assert (p.licensing, p.coercive_measures, str(p.fees_10k_yuan)) == (7, 0, "1.5")
    assert facts.overview.proactive.total == 12 and [c.count for c in facts.overview.proactive.channels] == [10, 2]
    r = facts.reviews_and_lawsuits
    assert (r.review.upheld, r.review.pending, r.lawsuit_after_review.upheld) == (1, 1, 3)
    assert facts.imported is not None and facts.imported.stated_totals.review_totals["review"] == 2
    assert facts.imported.sections["other"] == "本年度未收取信息处理费。"


def test_unreadable_cells_are_listed_and_written_as_null(tmp_path: Path) -> None:
    """A "—" cell and a missing table are listed in Chinese, written as null and not turned into 0 silently."""
    result = import_report(_html(tmp_path))
    assert any("行政处罚" in p and "“—”不是数字" in p for p in result.problems)
    assert result.unread_tables == ["表三"]
    assert result.facts.imported is not None
    assert "proactive_table.penalties" in result.facts.imported.missing
    out = tmp_path / "f.yaml"
    assert main(["import", str(tmp_path / "page.html"), "-o", str(out)]) == 1
    text = out.read_text(encoding="utf-8")
    assert "penalties: null" in text and "new_received: [null, null, null, null, null, null]" in text
    assert load_facts(out) == result.facts


def _seed_2019() -> str:
    """The seed rewritten with the 2019 format's 表二 columns and a one-row （六）其他处理."""
    text = SEED_TEXT.replace("本年制发件数 | 本年废止件数 | 现行有效件数", "本年新制作数量 | 本年新公开数量 | 对外公开总数量")
    text = text.replace("行政规范性文件 | 0 | 0 | 0", "规范性文件 | 3 | 3 | 9")
    text = text.replace("信息内容 | 本年收费金额(单位:万元) | |", "信息内容 | 上一年项目数量 | 本年增/减 |")
    text = text.replace("行政事业性收费 | 0 |", "行政事业性收费 | 2 | 0 |")
    lines = [line for line in text.split("\n") if not line.startswith(("2.申请人逾期", "3.其他"))]
    return "\n".join(lines).replace(
        "(六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
        "(六)其他处理 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |")


def test_2019_format_is_flagged_and_mapped_as_far_as_it_goes(tmp_path: Path) -> None:
    """Old 表二 columns map to 本年制发 only; the one-row （六）其他处理 goes to 3.其他; the rest is listed."""
    path = tmp_path / "old.txt"
    path.write_text(_seed_2019(), encoding="utf-8")
    result = import_report(path)
    facts = result.facts
    assert result.old_format and facts.imported is not None and facts.imported.format == "2019"
    assert facts.proactive_table.normative_documents.issued == 3
    assert facts.applications.row("other_handling.other") == (4, 0, 0, 0, 0, 0)
    missing = facts.imported.missing
    assert {"proactive_table.normative_documents.in_force", "proactive_table.fees_10k_yuan"} <= set(missing)
    assert not any(p.startswith("applications.") for p in missing)


def test_import_cli_writes_facts_and_refuses_to_overwrite(tmp_path: Path, capsys) -> None:
    """drafter import writes the facts file beside -o, exits 0 for the seed, and keeps an existing file."""
    out = tmp_path / "seed.yaml"
    assert main(["import", str(SEED), "-o", str(out)]) == 0
    assert "读出 166/166 格" in capsys.readouterr().out
    assert load_facts(out).overview.proactive.total == 558
    assert main(["import", str(SEED), "-o", str(out)]) == 1
    assert "--force" in capsys.readouterr().err


def test_import_to_standard_output(tmp_path: Path, capsys, monkeypatch) -> None:
    """-o - prints the facts file (nothing else) on stdout; the summary goes to stderr; no file named "-"."""
    monkeypatch.chdir(tmp_path)
    assert main(["import", str(SEED), "-o", "-"]) == 0
    out = capsys.readouterr()
    assert parse_facts(parse_yaml(out.out, "-"), "-").overview.proactive.total == 558
    assert "读出 166/166 格" in out.err and out.out.startswith("# 政府信息公开工作年度报告 事实文件")
    assert list(tmp_path.iterdir()) == []


def test_import_cli_rejects_unknown_formats_and_non_reports(tmp_path: Path, capsys) -> None:
    """A .doc is a usage error (exit 2); a text with no title, no table and no section is not a report (exit 2)."""
    doc = tmp_path / "r.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0")
    assert main(["import", str(doc)]) == 2
    note = tmp_path / "note.txt"
    note.write_text("会议通知\n请各单位准时参加。\n", encoding="utf-8")
    assert main(["import", str(note)]) == 2
    err = capsys.readouterr().err
    assert "只支持" in err and "不是政府信息公开工作年度报告" in err


def test_a_copy_of_a_reports_sections_without_title_or_tables_is_imported(tmp_path: Path) -> None:
    """汉台区林业局 2024 (784): the store's copy is section 一 and 二's heading, no title, no introduction, and its text
    speaks of "政务信息公开", never "政府信息公开": two of the six headings make it a report, checked as far as it goes."""
    copy = tmp_path / "r.txt"
    copy.write_text("一、总体情况\n2024年,区林业局在区委、区政府的坚强领导下,在市林业局的正确指导下,切实履行政务信息公开工作职责。"
                    "2024年,未收到信息公开申请事项。\n二、主动公开政府信息情况\n", encoding="utf-8")
    result = import_report(copy)
    assert result.facts.year == 2024
    assert "总体情况" in "".join(result.facts.imported.outline)
    note = tmp_path / "note.txt"
    note.write_text("一、总体情况\n本季度政务信息公开工作平稳。\n", encoding="utf-8")  # one heading only: not a report
    with pytest.raises(DrafterError, match="不是政府信息公开工作年度报告"):
        import_report(note)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r></w:p>"


def _cell(text: str) -> str:
    """A cell as Word/WPS write a label that wraps: one paragraph per line, long labels broken mid-word."""
    lines = text.split(" ") if " " in text else [text[: len(text) // 2], text[len(text) // 2:]] if len(text) > 12 else [text]
    return "<w:tc>" + "".join(_p(line) for line in lines) + "</w:tc>"


def _wordlike_docx(path: Path) -> None:
    """The seed as a Word document: tables in content controls, wrapped labels, the title on two lines,
    a Chinese-numeral date."""
    body: list[str] = []
    rows: list[str] = []
    lines = SEED_TEXT.strip().split("\n")
    lines[0:1] = ["昆明市晋宁区二街镇", "2023年政府信息公开工作年度报告"]
    lines[-1] = "二〇二四年一月十七日"
    for line in [*lines, ""]:
        if "|" in line:
            rows.append("<w:tr>" + "".join(_cell(c.strip()) for c in line.split("|")) + "</w:tr>")
            continue
        if rows:
            body.append("<w:sdt><w:sdtContent><w:tbl>" + "".join(rows) + "</w:tbl></w:sdtContent></w:sdt>")
            rows = []
        if line:
            body.append(_p("\u3000\u3000" + line))
    xml = f'<w:document xmlns:w="{W_NS}"><w:body>{"".join(body)}</w:body></w:document>'
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", xml)


def test_word_style_docx_with_wrapped_labels_and_chinese_date(tmp_path: Path) -> None:
    """Labels split over paragraphs, a two-line title and 二〇二四年一月十七日 still give the seed's facts."""
    path = tmp_path / "wps.docx"
    _wordlike_docx(path)
    result = import_report(path)
    expected = import_report(SEED)
    assert result.problems == [] and result.unread_tables == []
    assert result.facts.signing_date == expected.facts.signing_date
    assert (result.facts.year, result.facts.agency) == (expected.facts.year, expected.facts.agency)
    assert result.facts.applications == expected.facts.applications
    assert result.facts.overview.proactive.total == 558


def test_gbk_html_and_utf16_text_are_decoded(tmp_path: Path) -> None:
    """A portal page saved as GBK and a Notepad "Unicode" (UTF-16) text import like UTF-8 ones."""
    html = tmp_path / "gbk.html"
    html.write_bytes(_page('<meta charset="gb2312">' + _html(tmp_path).read_text(encoding="utf-8")).encode("gbk"))
    assert import_report(html).facts.agency.name == "某某县某某乡人民政府"
    text = tmp_path / "u16.txt"
    text.write_bytes(SEED_TEXT.encode("utf-16"))
    assert import_report(text).facts.overview.proactive.total == 558


def _one_cell_per_line(text: str) -> str:
    """The seed as some browsers copy it: every non-empty table cell on a line of its own."""
    lines = []
    for line in text.split("\n"):
        lines += [c.strip() for c in line.split("|") if c.strip()] if "|" in line else [line]
    return "\n".join(lines)


def test_tables_copied_one_cell_per_line(tmp_path: Path) -> None:
    """Without any separators the tables are still read; a row that lost a cell is refused, not shifted."""
    path = tmp_path / "lines.txt"
    path.write_text(_one_cell_per_line(SEED_TEXT), encoding="utf-8")
    result, seed = import_report(path), import_report(SEED)
    assert result.problems == [] and result.unread_tables == []
    assert result.facts.applications == seed.facts.applications
    assert result.facts.imported is not None and seed.facts.imported is not None
    assert result.facts.imported.stated_totals == seed.facts.imported.stated_totals
    shifted = SEED_TEXT.replace("二、上年结转政府信息公开申请数量 | 0 | 0 | 0 |", "二、上年结转政府信息公开申请数量 | 0 |  | 0 |")
    path.write_text(_one_cell_per_line(shifted), encoding="utf-8")
    result = import_report(path)
    assert result.facts.imported is not None
    assert {f"applications.carried_over[{c}]" for c in range(1, 7)} <= set(result.facts.imported.missing)
    assert any("二、上年结转政府信息公开申请数量" in p and "6 个数" in p for p in result.problems)


def test_reordered_applicant_columns_follow_the_header(tmp_path: Path) -> None:
    """A 表三 printing 科研机构 before 商业企业 has its numbers put in the right columns, and says so."""
    text = SEED_TEXT.replace("商业 企业 | 科研 机构 |", "科研 机构 | 商业 企业 |").replace(
        "一、本年新收政府信息公开申请数量 | 0 | 0 | 0 |", "一、本年新收政府信息公开申请数量 | 1 | 2 | 3 |")
    path = tmp_path / "order.txt"
    path.write_text(text, encoding="utf-8")
    result = import_report(path)
    assert result.facts.applications.row("new_received") == (1, 3, 2, 0, 0, 0)
    assert any("顺序" in note for note in result.notes)


edits = st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 20),
                           st.text(alphabet=list("|\t\n0１2一〇年月日（）()、.。，,：:#总计其他镇—\"'[]{}"), max_size=3)),
                 min_size=1, max_size=20)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=edits)
def test_a_mangled_seed_never_crashes_and_its_facts_file_loads(changes, tmp_path: Path) -> None:
    """Cut and spliced seed text imports without a traceback, and the facts file written loads back equal."""
    text = SEED_TEXT
    for pos, cut, insert in changes:
        pos %= len(text) + 1
        text = text[:pos] + insert + text[pos + cut:]
    path = tmp_path / "m.txt"
    path.write_text(text, encoding="utf-8")
    try:
        facts = import_report(path).facts
    except DrafterError:
        return
    assert facts.imported is not None
    if {"year", "signing_date", "agency.name"} & set(facts.imported.missing):
        return  # written empty on purpose: the clerk must fill them in
    assert parse_facts(parse_yaml(dump_facts(facts), "x"), "x") == facts


def test_old_cms_html_without_end_tags(tmp_path: Path) -> None:
    """HTML that omits </p>, </td> and </tr> (allowed, and common in old portal systems) reads like the seed."""
    parts, in_table = [], False
    for line in SEED_TEXT.strip().split("\n"):
        if "|" in line:
            parts.append(("" if in_table else "<table border=1>") + "<tr>"
                         + "".join(f"<td>{escape(c.strip())}" for c in line.split("|")))
            in_table = True
        else:
            parts.append(("</table>" if in_table else "") + f"<p>{escape(line)}")
            in_table = False
    path = tmp_path / "cms.htm"
    path.write_text("<html><body>" + "\n".join(parts), encoding="utf-8")
    result, seed = import_report(path), import_report(SEED)
    assert result.problems == [] and result.facts.applications == seed.facts.applications
    assert (result.facts.agency, result.facts.signing_date) == (seed.facts.agency, seed.facts.signing_date)
    assert result.facts.imported is not None and seed.facts.imported is not None
    assert result.facts.imported.stated_totals == seed.facts.imported.stated_totals


def test_a_printed_total_that_is_not_a_number_is_listed(tmp_path: Path) -> None:
    """A 总计 cell printed as "—" is named among the problems, while the row's six numbers are still read."""
    path = tmp_path / "t.txt"
    path.write_text(SEED_TEXT.replace("二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
                                      "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | —"), encoding="utf-8")
    result = import_report(path)
    assert any("上年结转" in p and "“总计”列" in p for p in result.problems)
    assert result.facts.imported is not None and "carried_over" not in result.facts.imported.stated_totals.row_totals
    assert not [m for m in result.facts.imported.missing if m.startswith("applications.carried_over")]


def test_table_four_split_into_header_and_data_tables(tmp_path: Path) -> None:
    """表四's data row in a table of its own (a Word table split at a page break) is still found."""
    head, _, data = T4_HTML.rpartition("<tr>")
    path = tmp_path / "split.html"
    path.write_text(_page(head + "</table><table border=1><tr>" + data), encoding="utf-8")
    result = import_report(path)
    assert "表四" not in result.unread_tables
    assert result.facts.reviews_and_lawsuits.lawsuit_after_review.upheld == 3


BODY = "一、总体情况\n2023年，{self}坚持以公开为常态，主动公开政府信息120条。\n二、主动公开政府信息情况\n"


@pytest.mark.parametrize(("head", "self_ref", "name", "kind"), [
    # titles as real portals print them (tests/realworld 12, 02/30, 15, 22, 24)
    ("2025年金厂镇政府信息公开工作年度报告", "我镇", "金厂镇", "镇"),
    ("2024 年上海市科委政府信息公开工作\n年度报告", "我委", "上海市科委", "部门"),
    ("根据《条例》要求，特编制湛江市人民政府地方志办公室2023年政府信息公开工作年度报告。", "我办",
     "湛江市人民政府地方志办公室", "部门"),
    ("根据《条例》有关要求，现将富县人民政府2024年政府信息公开工作年度报告予以公开。", "我县", "富县人民政府", "县级政府"),
    ("吉村镇人民政府办公室\n2023年政府信息公开工作年度报告", "我镇", "吉村镇人民政府办公室", "镇"),
    ("佳荣里街2021年政府信息公开工作年度报告", "我街", "佳荣里街", "街道"),  # 天津's 街 (realworld 100)
    ("根据《条例》要求，现特向社会公布2024年合水镇人民政府信息公开工作年度报告。", "我镇", "合水镇人民政府", "镇"),
    # 人民政府 and 政府信息公开 sharing their 政府 (realworld 103, 58, 72, 91, 97)
    ("2024年某县夏镇人民政府信息公开工作年度报告", "该镇", "某县夏镇人民政府", "镇"),
    ("2023年度某县人民政府信息公开工作年度报告", "我县", "某县人民政府", "县级政府"),
])
def test_the_agency_is_read_from_titles_and_intros_as_printed(head: str, self_ref: str, name: str, kind: str,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(head + "\n" + BODY.format(self=self_ref), encoding="utf-8")
    agency = import_report(path).facts.agency
    assert (agency.title_name or agency.name, agency.kind) == (name, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("2022年，我镇持续强化组织领导。", "镇"),  # once is enough when nothing else is named (realworld 20)
    ("2022年，我镇配合我局开展工作。", "部门"),  # a township and a department: not told, the default stays
    ("2022年，我镇、我乡……", "部门"),
    # no self-word: the township a sentence opens with after the year (realworld 10, 94)
    ("2022年以来,丰收乡在县委县政府的正确领导下,扎实推进政务公开工作。", "乡"),
    ("2023年，厚桥街道坚持以人民为中心，推进政务公开。", "街道"),
    ("2023年，某镇坚持公开为常态。2023年，某街道认真落实。", "部门"),  # two kinds: not told
    ("2023年，区统计局紧紧围绕中心工作。", "部门"),
    # the township as the subject of its counts (realworld 149, whose first sentence is the county office's)
    ("2024年,县人民政府办公室认真落实部署。2024年,石桥乡主动公开政务信息45条。2024年,石桥乡没有收到申请。", "乡"),
    ("2021年度我镇没有接到群众要求公开政府信息的申请。", "镇"),  # "度我镇" is no township's name
    # 755 (黄陂区三里桥街道 2020): "我街", a 街道's short word for itself; not a 街区
    ("2020年,我街按照全区政府信息公开工作的总体要求,坚持以“公开为常态,不公开为例外”,围绕全街重点和中心工作,依照新修订"
     "《中华人民共和国政府信息公开条例》第二十条规定,依法推进各领域政府信息公开。", "街道"),
    ("2023年，我街区改造项目信息及时公开。", "部门"),
])
def test_a_report_without_a_name_is_a_township_by_how_it_calls_itself(text: str, kind: str, tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("一、总体情况\n" + text + "\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n",
                    encoding="utf-8")
    assert import_report(path).facts.agency.kind == kind


def test_an_intro_citing_the_notice_is_not_taken_for_the_agency(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("根据《关于做好2023年政府信息公开工作年度报告编制发布工作的通知》，编制本报告。\n"
                    + BODY.format(self="我镇"), encoding="utf-8")
    assert import_report(path).facts.agency.title_name == ""


@pytest.mark.parametrize("self_word", ["本街道", "本局", "该镇", "本单位", "本机关", "我局"])
def test_an_intro_naming_the_report_by_a_self_word_gives_no_name(self_word: str, tmp_path: Path) -> None:
    """realworld 416: "现将本街道2021年政府信息公开工作年度报告编制如下" under no title; 本街道 is no name (taken for
    one, the real name 吴淞街道 in the next sentence drew a false T2 warning)."""
    path = tmp_path / "r.txt"
    path.write_text("一、总体情况\n2021年,吴淞街道严格执行《上海市政府信息公开规定》,切实提升政务公开实效,现将"
                    + self_word + "2021年政府信息公开工作年度报告编制如下。\n二、主动公开政府信息情况\n", encoding="utf-8")
    assert import_report(path).facts.agency.title_name == ""


def test_lines_broken_inside_a_sentence_are_joined_in_the_narrative() -> None:
    """A PDF or web copy breaks lines inside sentences (realworld 01: "…通过案例实" / "操，赋能业务提升");
    an item that starts a line ("二是", "（三）", "1.") or a heading or a short line stays on its own."""
    from drafter.importers.lines import join_wrapped

    lines = ["聚焦行政复议中的典型案例，梳理共性问题与规范要求，开展专题培训，通过案例实", "操，赋能业务提升，确保工作人员精准掌握政策要求、规范办理流程",
             "二是健全考核激励体系。", "（一）存在的主要问题", "一是政府信息公开不够及时。", "沐阳县人民政府",
             "2026年1月20日"]
    assert [text for _, text in join_wrapped(lines)] == [
        "聚焦行政复议中的典型案例，梳理共性问题与规范要求，开展专题培训，通过案例实操，赋能业务提升，确保工作人员精准掌握政策要求、规范办理流程",
        "二是健全考核激励体系。", "（一）存在的主要问题", "一是政府信息公开不够及时。", "沐阳县人民政府",
        "2026年1月20日"]


def test_a_pdf_line_at_the_right_margin_is_joined_by_the_same_rules() -> None:
    """importers/lines.join_wrapped with the PDF's layout: a line continues the one above only when that one
    reached the right margin; the item starts are the narrative's ("2.5万" starts none, "（1）" and "第一，" do)."""
    from drafter.importers.lines import join_wrapped

    lines = ["全年主动公开政府信息", "2.5万条，其中通过门户网站发布", "（1）政策文件", "第一，加强领导", "短行", "不接上"]
    at_margin = [True, True, True, False, False, False]
    assert join_wrapped(lines, at_margin) == [(0, "全年主动公开政府信息2.5万条，其中通过门户网站发布"), (2, "（1）政策文件"),
                                              (3, "第一，加强领导"), (4, "短行"), (5, "不接上")]
    assert join_wrapped(["三、收到和处理政府信息公开申请情况的说明与分析", "本年度未收到申请"], [True, False]) == [
        (0, "三、收到和处理政府信息公开申请情况的说明与分析"), (1, "本年度未收到申请")]  # a heading is never continued


def test_a_sub_point_that_lost_its_number_is_not_joined_to_the_paragraph_above() -> None:
    """201 (秦安县兴国镇 2025): "…信息数量304利用本镇微信公众号“实干兴国XG" / ")依申请公开通过镇、村、社区公示栏,…": the
    second line is 一's （二） with its number lost, the start of an item (S6 names it), not the first line's wrap; a
    bracket closing a wrapped citation (")规定…") still continues it."""
    from drafter.importers.lines import join_wrapped

    lines = ["其中通过政府网站、政务新媒体等平台发布的信息数量304利用本镇微信公众号“实干兴国XG",
             ")依申请公开通过镇、村、社区公示栏,对群众关心及需要公开的镇班子分工、各站所的工作重点"]
    assert [text for _, text in join_wrapped(lines)] == lines
    wrapped = ["依据《中华人民共和国政府信息公开条例》(国务院令第711号", ")规定,编制本报告。"]
    assert [text for _, text in join_wrapped(wrapped)] == ["".join(wrapped)]


def test_the_two_year_patterns_differ_only_where_they_must() -> None:
    """facts.values: YEAR_IN_TEXT (the report's own years: E5, the year guess) skips 19xx and bracketed years
    (document numbers, "（2019年修订）"); ANY_YEAR (the interview's carried text) takes every year named."""
    from drafter.facts.values import ANY_YEAR, YEAR_IN_TEXT

    text = "2023年，我镇依据《条例》（2019年修订）和国办公开办函〔2021〕30号，延续1998年以来的做法，２０２２年"
    assert YEAR_IN_TEXT.findall(text) == ["2023"]
    assert ANY_YEAR.findall(text) == ["2023", "2019", "1998"]
    assert [m.end() for m in ANY_YEAR.finditer("2023 年")] == [4]  # the 年 is not part of the match (carry replaces the year)


@pytest.mark.parametrize("line", ["本报告数据统计截止到2023年12月31日", "统计期限为2023年1月1日至2023年12月31日"])
def test_a_short_line_ending_in_the_periods_date_is_no_signature(tmp_path: Path, line: str) -> None:
    """A line of its own ending in a date that a sentence leads into ("…截止到2023年12月31日", "统计期限为…至2023年12月31日")
    is not "name date": in 六 the signature below is read (not 2023-12-31, a false E5 "落款日期早于统计期限结束"), and
    a copy cut after such a line in its introduction has no signature (w21's 386, 417 on cut copies)."""
    text = SEED.read_text(encoding="utf-8").replace("2023年无收取信息处理费情况。\n", f"2023年无收取信息处理费情况。\n{line}\n")
    report = tmp_path / "report.txt"
    report.write_text(text, encoding="utf-8")
    facts = import_report(report).facts
    assert (facts.agency.name, facts.signing_date.isoformat()) == ("昆明市晋宁区二街镇人民政府", "2024-01-17")
    title = text.split("\n")[0]
    report.write_text(f"{title}\n根据《中华人民共和国政府信息公开条例》规定,编制本报告。\n{line}", encoding="utf-8")
    facts = import_report(report).facts
    assert facts.imported is not None and {"signing_date", "agency.name"} <= set(facts.imported.missing)


@pytest.mark.parametrize("name", ["某市12345政务服务便民热线管理办公室", "某市第2人民医院"])
def test_a_signature_whose_name_holds_a_number_is_read(tmp_path: Path, name: str) -> None:
    """"name date" on one line whose name holds a number of its own ("…12345政务服务便民热线管理办公室  2024年1月20日"):
    still the signature (a figure leading into the date, "统计期限为…至", is none)."""
    text = SEED.read_text(encoding="utf-8")
    assert text.endswith("昆明市晋宁区二街镇人民政府\n2024年1月17日")
    report = tmp_path / "report.txt"
    report.write_text(text.replace("昆明市晋宁区二街镇人民政府\n2024年1月17日", f"{name}  2024年1月20日"), encoding="utf-8")
    facts = import_report(report).facts
    assert (facts.agency.name, facts.signing_date.isoformat()) == (name, "2024-01-20")


@pytest.mark.parametrize("line", ["联系电话：057112345678某某镇人民政府 2024年1月20日",
                                  "本报告已于第3季度报区政府办 2024年1月20日"])
def test_a_line_with_a_label_phone_or_quarter_before_a_date_is_no_signature(line: str) -> None:
    """A phone number, a label's colon or "第3季度" is no agency name with a number (review of c4da9d0)."""
    from drafter.importers.identity import find_signature

    found = find_signature(["六、其他需要报告的事项", line])
    assert found is None or found[0] == "某某镇人民政府"


def test_a_signature_repeating_the_pages_head_line_is_read(tmp_path: Path) -> None:
    """A page whose head line is the agency's name ("昆明市晋宁区二街镇人民政府" above the title) and whose report ends
    without a 六 heading (五 and 六 written as one): the signature below, the same name, is still the signature (the
    page's head is left out by its position, not by its text)."""
    text = SEED.read_text(encoding="utf-8")
    text = "昆明市晋宁区二街镇人民政府\n" + text.replace(
        "五、存在的主要问题及改进情况", "五、存在的主要问题、改进情况及其他需要报告的事项").replace("六、其他需要报告的事项\n", "")
    assert text.endswith("2023年无收取信息处理费情况。\n昆明市晋宁区二街镇人民政府\n2024年1月17日")
    report = tmp_path / "report.txt"
    report.write_text(text, encoding="utf-8")
    facts = import_report(report).facts
    assert (facts.agency.name, facts.signing_date.isoformat()) == ("昆明市晋宁区二街镇人民政府", "2024-01-17")


@pytest.mark.parametrize(("report", "name", "signed", "last_words"), [
    # flattened pages run section 六's last sentence and the signature into one paragraph
    ("34-pingtan-police-2021.txt", "平潭综合实验区公安局", "2022-01-07", "无收取信息处理费情况。"),
    ("56-pingtan-social-affairs-2023.txt", "平潭综合实验区社会事业局", "2024-01-26", "未产生信息公开处理费。"),
    ("41-pingtan-transport-2023.txt", "平潭综合实验区交通与建设局", "2024-01-30", "产生信息公开处理费。"),
])
def test_a_signature_run_on_after_section_six_is_cut_from_its_last_sentence(
        report: str, name: str, signed: str, last_words: str) -> None:
    facts = import_report(Path(__file__).parent / "realworld" / report).facts
    assert (facts.agency.name, facts.signing_date.isoformat()) == (name, signed)
    assert facts.imported is not None
    assert {"agency.name", "signing_date"}.isdisjoint(facts.imported.missing)
    six = facts.imported.sections.get("other", "")
    assert six.endswith(last_words) and name not in six  # the sentence is kept, the signature is not
    # "no fees" is read once the signature no longer hides it ("未产生…处理费", "没有产生…处理费" included)
    assert not facts.unknown("fees") and facts.fees.collected_10k_yuan == 0
    assert not any("处理费" in p for p in facts.other_matters)  # drafter words the fees: not printed twice
