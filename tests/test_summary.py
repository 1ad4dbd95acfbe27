"""drafter summary over a county of 30-odd units: generated facts files, drafter's own published reports
(.docx, .html), the real published reports of tests/realworld/, a broken file, a duplicate, another
year's report; with last year's units for the cross-year checks."""

from __future__ import annotations

import copy
import functools
import random
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from drafter.cli import main
from drafter.facts.dump import dump_facts
from drafter.facts.load import load_facts
from drafter.facts.model import Channel, Facts
from drafter.importers.report import import_report, is_report
from drafter.pipeline import render_bytes
from tests.summary_units import unit_facts, unit_name, write_units

REALWORLD = Path(__file__).resolve().parent / "realworld"
N = 32
YEAR = 2024
TABLES = ("proactive_table", "applications", "reviews_and_lawsuits", "fees")


def _realworld() -> list[Path]:
    return sorted(p for p in REALWORLD.iterdir() if is_report(p) and p.name != "README.md")


def _among_the_charted(facts: Any) -> Any:
    """Units 40 and 8 have no last-year bar; with hundreds of real reports beside them, the proactive chart
    shows only the units that published most (dashboard.MAX_BARS), so they publish more than any real one."""
    total = 10**6
    facts.overview.proactive.channels, facts.overview.proactive.total = [Channel("门户网站", total, "条", "发布")], total
    return facts


def _county(root: Path) -> dict[str, Any]:
    """Last year's 32 units; this year's with planted problems (see each comment)."""
    last_dir, this_dir = root / "2023", root / "2024"
    last = write_units(last_dir, N, YEAR - 1)
    write_units(this_dir, N, YEAR, last)
    planted = {}
    a1 = load_facts(this_dir / "unit-0001.yaml")  # A1: one more new application than outcomes
    a1.applications.rows["new_received"] = (a1.applications.row("new_received")[0] + 1, *a1.applications.row(
        "new_received")[1:])
    (this_dir / "unit-0001.yaml").write_text(dump_facts(a1), encoding="utf-8")
    planted["A1"] = unit_name(1)[0]
    c1 = unit_facts(2, YEAR, random.Random(7), carried_over=(9, 0, 0, 0, 0, 0))  # C1: last year carried ≤ 2
    (this_dir / "unit-0002.yaml").write_text(dump_facts(c1), encoding="utf-8")
    planted["C1"] = unit_name(2)[0]
    jump = load_facts(this_dir / "unit-0005.yaml")  # H5: proactive disclosure twenty times last year's
    total = 20 * (last[5].overview.proactive.total or 1)
    jump.overview.proactive.channels, jump.overview.proactive.total = [Channel("门户网站", total, "条", "发布")], total
    (this_dir / "unit-0005.yaml").write_text(dump_facts(jump), encoding="utf-8")
    planted["H5"] = unit_name(5)[0]
    (this_dir / f"unit-{N - 1:04d}.yaml").unlink()  # H4: reported last year, not this year
    planted["H4"] = unit_name(N - 1)[0]
    new = _among_the_charted(unit_facts(40, YEAR))  # H3: new this year
    (this_dir / "unit-0040.yaml").write_text(dump_facts(new), encoding="utf-8")
    planted["H3"] = unit_name(40)[0]
    shutil.copy(this_dir / "unit-0003.yaml", this_dir / "unit-0003-copy.yaml")  # H1: the same unit twice
    planted["H1"] = unit_name(3)[0]
    other_year = unit_facts(41, YEAR - 1)  # H2: last year's report among this year's
    (this_dir / "unit-0041.yaml").write_text(dump_facts(other_year), encoding="utf-8")
    planted["H2"] = unit_name(41)[0]
    older = unit_facts(8, YEAR - 2)  # a report of two years ago given as last year's: not compared
    (last_dir / "unit-0008.yaml").write_text(dump_facts(older), encoding="utf-8")
    eight = _among_the_charted(load_facts(this_dir / "unit-0008.yaml"))
    (this_dir / "unit-0008.yaml").write_text(dump_facts(eight), encoding="utf-8")
    (this_dir / "broken.yaml").write_text("year: [2024\nagency: ", encoding="utf-8")  # cannot be read at all
    for i, fmt in ((6, "docx"), (7, "html")):  # published reports (drafter's own) instead of facts files
        facts = load_facts(this_dir / f"unit-{i:04d}.yaml")
        (this_dir / f"unit-{i:04d}.{fmt}").write_bytes(render_bytes(facts, fmt))
        if fmt == "html":  # unit 6 keeps its facts file beside the report: the facts file is summed
            (this_dir / f"unit-{i:04d}.yaml").unlink()
    (this_dir / "~$unit-0006.docx").write_bytes(b"\x00" * 162)  # Word's lock file: not a unit
    real = this_dir / "realworld"
    real.mkdir()
    for path in _realworld():
        shutil.copy(path, real / path.name)
    return {"this": this_dir, "last": last_dir, "planted": planted}


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("county")
    info = _county(root)
    out = root / "审核"
    # --year: with hundreds of real reports of 2021-2025 among the 32 units, the most common year is no longer 2024
    info["code"] = main(["summary", str(info["this"]), "-o", str(out), "--last", str(info["last"]),
                         "--name", "示范县", "--jobs", "2", "--year", str(YEAR)])
    info["out"] = out
    return info


def _rows(path: Path, sheet: str = "审核汇总") -> list[dict[str, Any]]:
    return _sheet_rows(_book(path), sheet)


@functools.cache
def _book(path: Path) -> Any:
    from openpyxl import load_workbook

    return load_workbook(path, read_only=True)


def _sheet_rows(book: Any, sheet: str) -> list[dict[str, Any]]:
    rows = list(book[sheet].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def _inputs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if (p.suffix == ".yaml" or is_report(p)) and "~$" not in p.name)


def test_one_row_per_unit_most_errors_first(county: dict[str, Any]) -> None:
    rows = _rows(county["out"] / "审核汇总.xlsx")
    inputs = _inputs(county["this"])
    assert len(inputs) >= 30 + len(_realworld())
    assert len(rows) == len(inputs) + 1  # and the unit that reported last year only
    assert {r["来源文件"] for r in rows} == {str(p) for p in inputs} | {"（未收到）"}
    errors = [r["错误"] for r in rows]
    assert errors == sorted(errors, reverse=True) and errors[0] > 0
    assert county["code"] == 1  # some units have errors
    by_name = {r["单位"]: r for r in rows}
    problems: dict[str, str] = {}
    for r in rows:
        problems[r["单位"]] = problems.get(r["单位"], "") + (r["问题"] or "")
    for code, name in county["planted"].items():
        assert f"{code}】" in problems[name], (code, problems[name])
    report, facts_file = (next(r for r in rows if r["来源文件"].endswith(f"unit-0006.{s}")) for s in ("docx", "yaml"))
    assert facts_file["计入合计"] == "是" and report["计入合计"].startswith("否：与") and "H1】" in report["问题"]
    broken = next(r for r in rows if r["来源文件"].endswith("broken.yaml"))
    assert broken["错误"] >= 1 and broken["计入合计"] == "否：未能读入" and "broken.yaml" in broken["未能读出"]
    ok = by_name[unit_name(9)[0]]
    assert isinstance(ok["新收申请"], int) and isinstance(ok["主动公开（条）"], int) and ok["年度"] == YEAR


def test_workbook_is_ready_for_review(county: dict[str, Any]) -> None:
    from openpyxl import load_workbook

    book = load_workbook(county["out"] / "审核汇总.xlsx")
    sheet = book["审核汇总"]
    assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref == sheet.dimensions
    names = [c.value for c in sheet["A"][1:]]
    longest = max(sum(2 if ord(ch) > 0x2E80 else 1 for ch in n) for n in names)
    assert sheet.column_dimensions["A"].width >= min(longest, 40)
    for code in ("A1", "C1", "H1", "H2", "H3", "H4", "H5"):
        assert code in book.sheetnames
        units = {r["单位"] for r in _rows(county["out"] / "审核汇总.xlsx", code)}
        assert county["planted"].get(code, next(iter(units))) in units


def _leaves(data: Any, prefix: str = "") -> dict[str, Any]:
    """Every number (or null) under the table sections of a parsed facts file, by path."""
    if isinstance(data, dict):
        out: dict[str, Any] = {}
        for key, value in data.items():
            out.update(_leaves(value, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(data, list):
        return {f"{prefix}[{i}]": v for i, v in enumerate(data, 1)}
    return {prefix: data}


def _tables(text: str) -> dict[str, Any]:
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {k: v for k, v in _leaves({t: data.get(t) for t in TABLES}).items()}


def _unit_facts(source: str) -> Facts:
    path = Path(source)
    return import_report(path).facts if is_report(path) else load_facts(path)


def test_every_cell_is_the_sum_of_the_units_read(county: dict[str, Any]) -> None:
    rows = _rows(county["out"] / "审核汇总.xlsx")
    summed = [r for r in rows if r["计入合计"] == "是"]
    assert len(summed) >= N - 3
    text = (county["out"] / "全县汇总.yaml").read_text(encoding="utf-8")
    county_cells = _tables(text)
    expected: dict[str, Any] = {}
    for row in summed:  # each unit read again here, and its cells taken from its facts file's text
        for path, value in _tables(dump_facts(_unit_facts(row["来源文件"]))).items():
            if value is None or expected.get(path, 0) is None:
                expected[path] = None  # a unit whose cell could not be read: the county's cell is unknown
            else:
                expected[path] = expected.get(path, 0) + Decimal(str(value))
    assert set(county_cells) == set(expected)
    for path, value in county_cells.items():
        assert (value if value is None else Decimal(str(value))) == expected[path], path
    sheet = {r["字段"]: r for r in _rows(county["out"] / "审核汇总.xlsx", "全县合计")}  # the same sums in the workbook
    for path, value in expected.items():
        assert sheet[path]["合计"] == (None if value is None else pytest.approx(float(value))), path
        assert (sheet[path]["缺少的单位"] is not None) == (value is None)
    loaded = load_facts(county["out"] / "全县汇总.yaml")  # loadable as a facts file (null cells listed)
    unknown = sorted(p for p, v in expected.items() if v is None)
    assert sorted(loaded.imported.missing if loaded.imported else []) == unknown
    assert loaded.year == YEAR and loaded.agency.short_name == "示范县"


def test_incomplete_sums_are_marked(county: dict[str, Any]) -> None:
    text = (county["out"] / "全县汇总.yaml").read_text(encoding="utf-8")
    head = text.split("schema:")[0]
    assert "【合计不完整】" in head
    for name in ("broken", county["planted"]["H4"], county["planted"]["H2"]):
        assert name in head, name
    assert "unit-0003-copy.yaml" in head and "未重复计入" in head  # a copy is not a missing unit
    html = (county["out"] / "审核汇总.html").read_text(encoding="utf-8")
    assert "合计不完整" in html and county["planted"]["H4"] in html


def test_complete_sums_render_as_the_county_report(tmp_path: Path) -> None:
    write_units(tmp_path / "in", 4, YEAR)
    code = main(["summary", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--name", "晋宁区", "--jobs", "1"])
    assert code == 0
    text = (tmp_path / "out" / "全县汇总.yaml").read_text(encoding="utf-8")
    assert "合计完整" in text and "imported:" not in text and "null" not in text
    facts = load_facts(tmp_path / "out" / "全县汇总.yaml")
    units = [load_facts(p) for p in sorted((tmp_path / "in").glob("*.yaml"))]
    assert facts.overview.proactive.total == sum(u.overview.proactive.total or 0 for u in units)
    assert facts.agency.name == "晋宁区人民政府"
    assert main(["render", str(tmp_path / "out" / "全县汇总.yaml"), "-o", str(tmp_path / "county.docx")]) == 0
    again = main(["summary", str(tmp_path / "in"), str(tmp_path / "out"), "-o", str(tmp_path / "out")])
    assert again == 0  # its own output folder is not read as a unit
    assert len(_rows(tmp_path / "out" / "审核汇总.xlsx")) == 4


def test_cross_year_checks(county: dict[str, Any]) -> None:
    book = _book(county["out"] / "审核汇总.xlsx")
    messages = {code: " ".join(str(r[3]) for r in book[code].iter_rows(min_row=2, values_only=True))
                for code in ("C1", "H1", "H2", "H3", "H4", "H5")}
    assert "上年结转”为9" in messages["C1"] and "2023年报告“四、结转下年度继续办理”" in messages["C1"]
    assert "只计入合计一次" in messages["H1"] and "两份的主要数字相同" in messages["H1"]
    assert "报告年度为2023年" in messages["H2"]
    assert "是2022年的报告，不是2023年的，未与上年比较" in messages["H2"]
    assert "2023年的报告中没有这个单位" in messages["H3"]
    assert "2024年没有收到" in messages["H4"]
    assert "主动公开本年为" in messages["H5"] and "相差一个数量级以上" in messages["H5"]
    c1_units = {r[0] for r in book["C1"].iter_rows(min_row=2, values_only=True)}
    assert c1_units == {county["planted"]["C1"]}  # every other unit carried over exactly what it carried forward


def test_same_figures_twice_warn_different_ones_are_an_error(tmp_path: Path) -> None:
    write_units(tmp_path / "in", 2, YEAR)
    other = copy.deepcopy(load_facts(tmp_path / "in" / "unit-0001.yaml"))
    other.proactive_table.licensing += 5
    other.overview.proactive.total = (other.overview.proactive.total or 0) + 1
    other.overview.proactive.channels[0].count += 1
    (tmp_path / "in" / "unit-0001-v2.yaml").write_text(dump_facts(other), encoding="utf-8")
    assert main(["summary", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--jobs", "1"]) == 1
    rows = _rows(tmp_path / "out" / "审核汇总.xlsx")
    flagged = [r for r in rows if "H1】" in (r["问题"] or "")]
    assert len(flagged) == 1 and flagged[0]["计入合计"].startswith("否：与")
    assert "【错误 H1】" in flagged[0]["问题"] and "两份的主要数字不同" in flagged[0]["问题"]


def test_dashboard_is_self_contained_with_charts(county: dict[str, Any]) -> None:
    html = (county["out"] / "审核汇总.html").read_text(encoding="utf-8")
    assert html.count("<svg") >= 3
    for attr in ("src=", "href=", "@import", "url("):
        assert attr not in html  # nothing loaded from anywhere
    for title in ("各单位政府信息公开申请办理结果", "各单位主动公开政府信息数量：本年与上年", "各单位检查发现的问题数"):
        assert title in html
    assert f">{unit_name(9)[0]}</text>" in html  # unit names are SVG text, not pictures of text
    assert ">2023年</text>" in html and ">予以公开</text>" in html
    proactive = html[html.index("各单位主动公开政府信息数量"):html.index("各单位检查发现的问题数")]
    for i in (40, 8):  # new this year; its last-year file is of 2022: no bar for last year, said in words
        row = proactive[proactive.index(f">{unit_name(i)[0]}</text>"):]
        assert row.index(">无上年报告</text>") < row.index('text-anchor="end">', 1)


@pytest.mark.skipif(not shutil.which("chromium") or not shutil.which("pdftotext"),
                    reason="needs chromium (headless) and pdftotext (poppler-utils) to open and print the dashboard")
def test_dashboard_in_a_headless_browser(county: dict[str, Any], tmp_path: Path) -> None:
    """Opened and printed by chromium: the charts come out (their titles and legends exist only inside the
    SVG), their labels searchable as text."""
    page = county["out"] / "审核汇总.html"
    pdf = tmp_path / "dashboard.pdf"
    # its own profile (a chromium left running elsewhere holds the default profile's lock); the page is about 4 MB and
    # prints in about 30 s on an idle machine, so the time limit leaves room for a loaded one
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}", page.as_uri()],
                   capture_output=True, timeout=600)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for label in ("各单位政府信息公开申请办理结果", "予以公开", "结转下年度", unit_name(9)[0], "2023年"):
        assert label in text, label


def test_accepted_warnings_are_listed_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Warnings accepted with drafter check --accept are not counted; the side file of a report is no unit."""
    import json

    folder = tmp_path / "in"
    facts = write_units(folder, 2, YEAR)[1]
    facts.proactive_table.normative_documents.issued = facts.proactive_table.normative_documents.in_force = 2  # E2
    (folder / "unit-0001.yaml").unlink()
    report = folder / "unit-0001.html"
    report.write_bytes(render_bytes(facts, "html"))

    def warnings() -> dict[str, Any]:
        main(["summary", str(folder), "-o", str(tmp_path / "out"), "--jobs", "1"])
        _book.cache_clear()
        rows = _rows(tmp_path / "out" / "审核汇总.xlsx")
        assert len(rows) == 2  # the .reviewed.yaml beside the report is not read as a unit
        return next(r for r in rows if r["来源文件"].endswith(".html"))

    before = warnings()
    capsys.readouterr()
    main(["check", str(report), "--format", "json"])
    found = json.loads(capsys.readouterr().out)
    e2 = next(p["id"] for p in found["problems"] if p["code"] == "E2")
    assert main(["check", str(report), "--accept", e2, "--by", "张三", "--why", "已向该镇核实"]) == 0
    assert (folder / "unit-0001.html.reviewed.yaml").exists()
    after = warnings()
    assert after["提示"] == before["提示"] - 1 and before["已核实的提示"] is None
    assert e2 in after["已核实的提示"] and "张三" in after["已核实的提示"] and "已向该镇核实" in after["已核实的提示"]
