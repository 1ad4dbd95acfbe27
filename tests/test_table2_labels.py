"""F2, 表二's labels as printed otherwise (issue 12 point 7). On run-together pages, the row printed with the 2019
label "规范性文件" is read and named, and a 表二 without its 规章 row gets a warning naming the row (made from tuned 平潭
pages by printing the row the way other 平潭 departments do); an official label with a note added is named too."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.checks.format_rules import check_format
from drafter.importers.report import import_report

CORPUS = Path(__file__).parent / "realworld"


@pytest.mark.parametrize(("name", "printed", "variant", "row"), [
    ("43-pingtan-approval-2021.txt", "规章000行政规范性文件2023", "规范性文件2023", None),  # run together, 4 digits
    ("44-pingtan-econdev-2021.txt", "规章 0 0 0 行政规范性文件 5 0 5", "规范性文件 5 0 5", (5, 0, 5)),  # spaced
    ("41-pingtan-transport-2023.txt", "规章000行政规范性文件5615", "规范性文件101", (1, 0, 1)),  # one digit each
])
def test_the_2019_row_label_is_read_and_named(tmp_path: Path, name: str, printed: str, variant: str,
                                              row: tuple[int, int, int] | None) -> None:
    text = (CORPUS / name).read_text(encoding="utf-8")
    assert printed in text
    copy = tmp_path / name
    copy.write_text(text.replace(printed, variant), encoding="utf-8")
    facts = import_report(copy).facts
    messages = [p.message for p in check_format(facts) if p.code == "F2"]
    assert "表格标签“规范性文件”（统一格式为“行政规范性文件”）与统一格式不同" in messages
    assert any(m.startswith("原报告缺少“规章”行") for m in messages)
    assert facts.imported is not None and "proactive_table.regulations.issued" in facts.imported.missing
    if row is not None:
        docs = facts.proactive_table.normative_documents
        assert (docs.issued, docs.repealed, docs.in_force) == row


def test_a_table_with_both_rows_gets_no_warning() -> None:
    facts = import_report(CORPUS / "43-pingtan-approval-2021.txt").facts
    assert [p for p in check_format(facts) if p.code == "F2"] == []


@pytest.mark.parametrize("label", ["规章(县级无此项)", "规章（本级不适用）", "行政许可（项）"])
def test_an_official_label_with_a_note_added_is_named(tmp_path: Path, label: str) -> None:
    """A row label the report annotated ("规章(县级无此项)", held-out 90 after its measurement) is read, and named as
    a label variant; the official label alone is not."""
    text = (CORPUS / "15-zhanjiang-gazetteer-office-2023.txt").read_text(encoding="utf-8")
    official = label.split("(")[0].split("（")[0]
    assert f"\n{official} |" in text
    copy = tmp_path / "15.txt"
    copy.write_text(text.replace(f"\n{official} |", f"\n{label} |", 1), encoding="utf-8")
    messages = [p.message for p in check_format(import_report(copy).facts) if p.code == "F2"]
    assert len(messages) == 1 and f"（统一格式为“{official}”，不加注）" in messages[0]
    assert [p for p in check_format(import_report(CORPUS / "15-zhanjiang-gazetteer-office-2023.txt").facts)
            if p.code == "F2"] == []


def test_label_variants_are_named_when_only_table3_is_old(tmp_path: Path) -> None:
    """A 2021 表二 printing "规范性文件" is named even when 表三 keeps the single 2019 row （六）其他处理 (F1 for that):
    "规范性文件" is only right in a 2019 表二 (held-out 84, after its measurement)."""
    text = (CORPUS / "44-pingtan-econdev-2021.txt").read_text(encoding="utf-8")
    rows = ("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0 "
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0 3.其他 0 0 0 0 0 0 0 ")
    assert rows in text
    copy = tmp_path / "44.txt"
    copy.write_text(text.replace(rows, "（六）其他处理 0 0 0 0 0 0 0 ").replace(
        "规章 0 0 0 行政规范性文件 5 0 5", "规范性文件 5 0 5"), encoding="utf-8")
    problems = check_format(import_report(copy).facts)
    assert {p.code for p in problems} == {"F1", "F2"}
    assert any("“规范性文件”（统一格式为“行政规范性文件”）" in p.message for p in problems if p.code == "F2")


def test_a_missing_row_is_reported_once_as_the_reports_omission(tmp_path: Path, capsys) -> None:
    """平潭君山片区 2025 prints no 规章 row: check names it once (F2, "表二 · 规章"), not also as cells drafter
    could not read (B5 "未能读出", the stderr list); its cells stay unknown, and import lists them as the
    report's omission. Cells drafter failed to read are still B5's "未能读出"."""
    import json

    from drafter.cli import main
    from drafter.summary.read import read_unit

    report = CORPUS / "86-pingtan-junshan-2025.txt"
    assert main(["check", str(report), "--format", "json"]) == 1  # 五 and 六 missing (S2)
    out, err = capsys.readouterr()
    said = [p for p in [*json.loads(out)["problems"], *json.loads(out)["not_checked"]] if "规章" in p["message"]]
    assert [(p["code"], p["severity"]) for p in said] == [("F2", "warning")]
    assert said[0]["message"].startswith("表二 · 规章：原报告缺少“规章”行") and "规章" not in err
    assert main(["import", str(report), "-o", str(tmp_path / "j.yaml")]) == 0
    assert "表二：原报告没有“规章”这一行（统一格式有此行），这一行的 3 格留空。" in capsys.readouterr().err
    assert main(["render", str(tmp_path / "j.yaml"), "-o", str(tmp_path / "r.txt"), "--format", "txt"]) == 1
    err = capsys.readouterr().err  # render stops on the unknown row, named as the report's omission
    assert "原报告没有" in err and "本年制发件数" not in err  # not "3 格没有从原报告读出（如 规章 · 本年制发件数…"
    result = import_report(report)
    facts = result.facts
    assert facts.imported is not None and "proactive_table.regulations.issued" in facts.imported.missing
    omission = [p for p in result.problems if "原报告没有“规章”" in p]  # unread: what import lists, less that
    assert result.omitted == omission and result.unread == [p for p in result.problems if p not in omission]
    unit = read_unit(report)  # drafter summary: the F2 problem, not also "未能读出的内容"
    assert not [x for x in unit.unread if "规章" in x] and [p.code for p in unit.problems if "规章" in p.message] == ["F2"]
    cut = tmp_path / "86.txt"  # 规范性文件's cells unreadable: drafter cannot tell the 规章 row absent, all 6 unread
    cut.write_text(report.read_text(encoding="utf-8").replace("规范性文件000第二十条", "规范性文件（见附件）第二十条"),
                   encoding="utf-8")
    assert main(["check", str(cut), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    notices = [p["message"] for p in data["not_checked"] if p["code"] == "B5"]
    assert len(notices) == 1 and notices[0].startswith("表二：未能读出表二中的 6 格")
    assert not [p for p in data["problems"] if p["code"] == "F2"]


# realworld 530 (西青区科学技术局 2023), as printed: the fees band's header without its unit
FEES_BAND = "| 第二十条第(八)项 | |||\n| 信息内容 | 本年收费金额 | ||\n| 行政事业性收费 | 0 | ||\n"
HEAD_530 = "某区科学技术局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"


@pytest.mark.parametrize(("band", "named"), [
    (FEES_BAND, True),
    (FEES_BAND.replace("本年收费金额", "本年收费金额(单位:万元)"), False),
    ("第二十条第(八)项\n信息内容\n本年收费金额\n(单位:万元)\n行政事业性收费\n0\n", False),  # the unit on a line of its own
    ("第二十条第(八)项\n信息内容 本年收费金额（单位：万元）\n行政事业性收费 0\n", False),  # pdftotext's spaced header
])
def test_the_fees_header_without_its_unit_is_named(tmp_path: Path, band: str, named: bool) -> None:
    """A fees column headed "本年收费金额" alone does not say whether its amounts are 万元 or 元 (F2, a warning)."""
    copy = tmp_path / "r.txt"
    copy.write_text(HEAD_530 + band + "三、收到和处理政府信息公开申请情况\n", encoding="utf-8")
    messages = [p.message for p in check_format(import_report(copy).facts) if p.code == "F2"]
    assert any("“本年收费金额”" in m and "写明单位" in m for m in messages) == named, messages


@pytest.mark.parametrize("name", ["753-qianjiang-zhouji-2020.txt", "755-huangpi-sanliqiao-2020.txt"])
def test_a_templates_filling_in_notes_left_in_the_table_are_t1(tmp_path: Path, name: str) -> None:
    """湖北's 2019 表二 template carries notes to whoever fills it in; 755 (黄陂区三里桥街道 2020) published them in its
    labels: "规章(设区的市、自治州人民政府应提供相关数据)", "上一年项目数量 (指2019年事项数)", "本年增/减 (指2020年增加或减
    少的事项 数,减用负 值表示,如 -8)". One T1 warning for the table, no F2 (the 2019 labels are right in a 2019 table);
    753's table of the same template without the notes gets none."""
    facts = import_report(CORPUS / name).facts
    t1 = [p.message for p in check_format(facts) if p.code == "T1"]
    if name.startswith("755"):
        assert t1 == ["表格中留有模板的填写说明：“规章(设区的市、自治州人民政府应提供相关数据)”，像是照模板填写时漏删"]
    else:
        assert t1 == []
    assert [p for p in check_format(facts) if p.code == "F2"] == []


# realworld 950 (香洲区税务局 2023), one header a line as printed; 590/942/990's "本年发件"; 508's header on two lines
BAND_950 = "第二十条第(一)项 |\n|||\n信息内容 |\n本年度制发数 |\n本年废止数 |\n现行有效件数 |\n规章 |\n0 |\n0 |\n0 |\n"


@pytest.mark.parametrize(("band", "named"), [
    (BAND_950, ["“本年度制发数”（统一格式为“本年制发件数”）", "“本年废止数”（统一格式为“本年废止件数”）"]),
    (BAND_950.replace("本年度制发数", "本年发件").replace("本年废止数", "本年废止件数"),
     ["“本年发件”（统一格式为“本年制发件数”）"]),
    ("第二十条第(一)项\n信息内容\n本年新\n制发数量\n废止数量\n现行有效数量\n规章\n0\n",
     ["“本年新制发数量”（统一格式为“本年制发件数”）", "“废止数量”（统一格式为“本年废止件数”）",
      "“现行有效数量”（统一格式为“现行有效件数”）"]),
    (BAND_950.replace("本年度制发数", "本年制发件数").replace("本年废止数", "本年 废止件数"), []),
    (BAND_950 + "第二十条第(五)项 |\n信息内容 |\n本年度处理决定数量 |\n行政许可 |\n3 |\n",
     ["“本年度制发数”（统一格式为“本年制发件数”）", "“本年废止数”（统一格式为“本年废止件数”）",
      "“本年度处理决定数量”（统一格式为“本年处理决定数量”）"]),
    (BAND_950 + "第二十条第(八)项 |\n信息内容 |\n本年收费金额单位:万元 |\n行政事业性收费 |\n0 |\n",
     ["“本年度制发数”（统一格式为“本年制发件数”）", "“本年废止数”（统一格式为“本年废止件数”）"]),
    # the 2019 band's headers (F1's, not F2's), 504's on two lines
    ("第二十条第(一)项\n信息内容\n本年新\n制作数量\n本年新\n公开数量\n对外公开总数量\n规章\n0\n", []),
])
def test_first_band_headers_in_other_words_are_named(tmp_path: Path, band: str, named: list[str]) -> None:
    """表二's 制发/废止/现行有效 headers in other words than the format's are F2 warnings, each naming the official one."""
    copy = tmp_path / "r.txt"
    copy.write_text(HEAD_530 + band + "三、收到和处理政府信息公开申请情况\n", encoding="utf-8")
    messages = [p.message for p in check_format(import_report(copy).facts) if p.code == "F2"]
    assert [m for m in messages if "件数" in m or "数量" in m] == [f"表格标签{n}与统一格式不同" for n in named]


@pytest.mark.parametrize(("label", "named"), [
    ("行政事业型收费", True),  # 57 (绥江县会仪镇 2021): 型 for 性
    ("行政事业性收费", False),
    ("行政事业性收费(万元)", False),  # a note: key() drops it
])
def test_a_row_label_one_character_off_is_named(tmp_path: Path, label: str, named: bool) -> None:
    """A 表二 row read by a label one character away from the official one is an F2 warning naming the official label."""
    band = f"第二十条第(八)项\n信息内容\n本年收费金额(单位:万元)\n{label}\n0\n"
    copy = tmp_path / "r.txt"
    copy.write_text(HEAD_530 + band + "三、收到和处理政府信息公开申请情况\n", encoding="utf-8")
    messages = [p.message for p in check_format(import_report(copy).facts) if p.code == "F2"]
    assert ("表格标签“行政事业型收费”（统一格式为“行政事业性收费”）与统一格式不同" in messages) == named, messages
