"""drafter batch: template round trip, CSV encodings, bad rows, processes, and skipping what is up to date."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import pytest

from drafter.batch.columns import COLUMNS, facts_to_row
from drafter.cli import main
from drafter.importers.docx_tables import read_docx
from tests.conftest import example_facts, nonzero_facts

TITLE = "政府信息公开工作年度报告"


def _row(facts_name: str, short: str, base: str = "nonzero") -> list[object]:
    facts = nonzero_facts() if base == "nonzero" else example_facts()
    facts = dataclasses.replace(facts, agency=dataclasses.replace(facts.agency, name=facts_name, short_name=short,
                                                                  title_name=""))
    return ["" if v is None else v for v in facts_to_row(facts)]


def _write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8-sig", delimiter: str = ",") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows([[c.header for c in COLUMNS], *rows])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def _reports(folder: Path, suffix: str = ".docx") -> list[str]:
    return sorted(p.name for p in folder.glob(f"*{suffix}"))


def test_template_round_trip_to_reports(tmp_path: Path) -> None:
    """The template has every column, instructions and the seed row; filled in, each row becomes a report."""
    from openpyxl import load_workbook

    template = tmp_path / "模板.xlsx"
    assert main(["batch", "--template", str(template)]) == 0
    book = load_workbook(template)
    assert book.sheetnames == ["报告数据", "填写说明"]
    sheet = book["报告数据"]
    headers = [c.value for c in sheet[1]]
    assert headers == [c.header for c in COLUMNS] and "表三｜（一）予以公开｜自然人" in headers
    assert sheet.cell(row=2, column=1).value == "昆明市晋宁区二街镇人民政府"
    assert any("drafter batch" in str(r[0].value) for r in book["填写说明"].iter_rows())
    extra = _row("某某县甲镇人民政府", "甲镇")
    extra[headers.index("表三｜（一）予以公开｜自然人")] = "１"  # full-width digit typed as text
    sheet.append(extra)
    sheet.append(_row("某某县乙乡人民政府", "乙乡"))
    book.save(template)
    out = tmp_path / "out"
    assert main(["batch", str(template), "-o", str(out)]) == 0
    assert _reports(out) == sorted([f"某某县乙乡2024年{TITLE}.docx", f"某某县甲镇2024年{TITLE}.docx",
                                    f"昆明市晋宁区二街镇2023年{TITLE}.docx"])
    t3 = read_docx(out / f"某某县甲镇2024年{TITLE}.docx").tables[1]
    granted = next(row for row in t3 if row[1].text == "（一）予以公开")
    assert granted[3].text == "1"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "utf-16"])
def test_csv_in_each_encoding_chinese_excel_saves(tmp_path: Path, encoding: str) -> None:
    """UTF-8, UTF-8 with BOM, GBK and (tab-separated) UTF-16 tables give the same report, names intact."""
    table = _write_csv(tmp_path / "t.csv", [_row("某某县丙街道办事处", "丙街道")], encoding,
                       delimiter="\t" if encoding == "utf-16" else ",")
    assert main(["batch", str(table), "-o", str(tmp_path / "out"), "--format", "txt"]) == 0
    text = (tmp_path / "out" / f"某某县丙街道办事处2024年{TITLE}.txt").read_text(encoding="utf-8")
    assert "某某县丙街道办事处" in text and "10854" in text


def test_bad_row_does_not_stop_the_others(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A row with errors is listed in problems.csv with its columns; the good rows still get reports; exit 1."""
    from drafter.batch import run as batchrun

    monkeypatch.setattr(batchrun, "PARALLEL_PARSE_FROM", 2)  # rows validated in the process pool too
    bad = _row("某某县坏镇人民政府", "坏镇")
    headers = [c.header for c in COLUMNS]
    bad[headers.index("报告年度")] = "二〇二四"
    bad[headers.index("表二｜行政许可｜本年处理决定数量")] = "-3"
    table = _write_csv(tmp_path / "t.csv", [_row("某某县甲镇人民政府", "甲镇"), bad, _row("某某县乙镇人民政府", "乙镇")])
    out = tmp_path / "out"
    assert main(["batch", str(table), "-o", str(out), "--jobs", "2"]) == 1
    assert _reports(out) == sorted([f"某某县乙镇2024年{TITLE}.docx", f"某某县甲镇2024年{TITLE}.docx"])
    problems = list(csv.reader((out / "problems.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert problems[0] == ["行号", "机关", "问题"]
    assert {p[0] for p in problems[1:]} == {"3"}
    joined = " ".join(p[2] for p in problems[1:])
    assert "列“报告年度”" in joined and "列“表二｜行政许可｜本年处理决定数量”" in joined and "不能为负数" in joined
    shown = capsys.readouterr().out
    assert "失败" in shown and "某某县坏镇人民政府" in shown


def test_same_agency_twice_fails_the_second_row(tmp_path: Path) -> None:
    """Two rows that would write the same report: the first is written, the second is reported."""
    table = _write_csv(tmp_path / "t.csv", [_row("某某县甲镇人民政府", "甲镇"), _row("某某县甲镇人民政府", "甲镇")])
    out = tmp_path / "out"
    assert main(["batch", str(table), "-o", str(out), "--format", "txt"]) == 1
    assert "与第 2 行生成同名的报告" in (out / "problems.csv").read_text(encoding="utf-8-sig")


def test_rerun_skips_reports_that_are_up_to_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A second run writes nothing; a changed row is redrafted; --force redrafts all."""
    rows = [_row("某某县甲镇人民政府", "甲镇"), _row("某某县乙镇人民政府", "乙镇")]
    table = _write_csv(tmp_path / "t.csv", rows)
    out = tmp_path / "out"
    assert main(["batch", str(table), "-o", str(out), "--format", "docx,html"]) == 0
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}
    capsys.readouterr()
    assert main(["batch", str(table), "-o", str(out), "--format", "docx,html"]) == 0
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()} == stamps
    assert "已是最新" in capsys.readouterr().out
    rows[1][[c.header for c in COLUMNS].index("表二｜行政强制｜本年处理决定数量")] = 99
    _write_csv(table, rows)
    assert main(["batch", str(table), "-o", str(out), "--format", "docx,html"]) == 0
    changed = {p.name for p in out.iterdir() if p.is_file() and p.stat().st_mtime_ns != stamps[p.name]}
    assert changed == {f"某某县乙镇2024年{TITLE}.docx", f"某某县乙镇2024年{TITLE}.html"}
    assert main(["batch", str(table), "-o", str(out), "--format", "docx,html", "--force"]) == 0
    assert all(p.stat().st_mtime_ns != stamps[p.name] for p in out.iterdir() if p.is_file())


def test_edited_report_is_not_overwritten_without_force(tmp_path: Path) -> None:
    """A report changed after the batch wrote it is left alone (row fails) unless --force."""
    table = _write_csv(tmp_path / "t.csv", [_row("某某县甲镇人民政府", "甲镇")])
    out = tmp_path / "out"
    assert main(["batch", str(table), "-o", str(out), "--format", "txt"]) == 0
    report = out / f"某某县甲镇2024年{TITLE}.txt"
    report.write_text("手工修改过的报告", encoding="utf-8")
    assert main(["batch", str(table), "-o", str(out), "--format", "txt"]) == 1
    assert report.read_text(encoding="utf-8") == "手工修改过的报告"
    assert main(["batch", str(table), "-o", str(out), "--format", "txt", "--force"]) == 0
    assert "某某县甲镇" in report.read_text(encoding="utf-8")
    assert not (out / "problems.csv").exists()


def test_killed_batch_leftovers_are_recovered(tmp_path: Path) -> None:
    """A report written just before a kill (no stamp yet) is adopted; a half-written temporary is removed."""
    table = _write_csv(tmp_path / "t.csv", [_row("某某县甲镇人民政府", "甲镇")])
    out = tmp_path / "out"
    assert main(["batch", str(table), "-o", str(out)]) == 0
    report = out / f"某某县甲镇2024年{TITLE}.docx"
    stamp = out / ".drafter-batch" / f"{report.name}.json"
    stamp.unlink()
    leftover = out / f".{report.name}.abcd1234.tmp"
    leftover.write_bytes(b"PK\x03\x04half")
    before = report.stat().st_mtime_ns
    assert main(["batch", str(table), "-o", str(out)]) == 0
    assert report.stat().st_mtime_ns == before and stamp.exists() and not leftover.exists()


def test_unknown_column_is_refused_before_anything_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A misspelled header is named and no report is written."""
    table = tmp_path / "t.csv"
    table.write_text("机关全称,报告年份\n某某镇人民政府,2024\n", encoding="utf-8")
    assert main(["batch", str(table), "-o", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "报告年份" in err
    assert not (tmp_path / "out").exists()


def test_render_path_never_loads_the_spreadsheet_library(example_path: Path) -> None:
    """A ``drafter render`` in a fresh interpreter imports neither openpyxl, jieba nor questionary."""
    import subprocess
    import sys

    probe = ("import sys\nfrom drafter.cli import main\nassert main(sys.argv[1:]) == 0\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('openpyxl', 'jieba', 'questionary')))")
    done = subprocess.run([sys.executable, "-c", probe, "render", str(example_path), "--format", "docx,html,md"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_check_errors_fail_the_row(tmp_path: Path) -> None:
    """A row whose 表三 does not balance (勾稽 A1) gets no report; problems.csv names the rule and the cell."""
    broken = _row("某某县丁镇人民政府", "丁镇")
    column = [c.header for c in COLUMNS].index("表三｜一、本年新收政府信息公开申请数量｜自然人")
    broken[column] = int(broken[column]) + 1
    table = _write_csv(tmp_path / "t.csv", [broken, _row("某某县甲镇人民政府", "甲镇")])
    out = tmp_path / "out"
    assert main(["batch", str(table), "-o", str(out), "--format", "txt"]) == 1
    assert _reports(out, ".txt") == [f"某某县甲镇2024年{TITLE}.txt"]
    problems = (out / "problems.csv").read_text(encoding="utf-8-sig")
    assert "[A1]" in problems and "自然人" in problems and "某某县丁镇人民政府" in problems


def test_sigkill_mid_batch_leaves_only_whole_reports(tmp_path: Path) -> None:
    """Killing a batch (SIGKILL, workers too) leaves whole reports only; the re-run keeps them and does the rest."""
    import os
    import signal
    import subprocess
    import sys
    import time
    import zipfile

    rows = [_row(f"某某县第{i}镇人民政府", f"第{i}镇") for i in range(60)]
    table = _write_csv(tmp_path / "t.csv", rows)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "drafter", "batch", str(table), "-o", str(out), "--jobs", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while proc.poll() is None and len(list(out.glob("*.docx"))) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    finished = list(out.glob("*.docx"))
    assert finished
    for report in finished:
        with zipfile.ZipFile(report) as zf:
            assert zf.testzip() is None and "word/document.xml" in zf.namelist()
    before = {p: p.stat().st_mtime_ns for p in finished}
    assert main(["batch", str(table), "-o", str(out), "--jobs", "2"]) == 0
    assert len(list(out.glob("*.docx"))) == 60
    assert {p: p.stat().st_mtime_ns for p in finished} == before  # finished reports were kept, not redone
    assert not [p for p in out.rglob("*.tmp")]


def test_missing_extra_bank_is_reported_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A --bank that does not exist stops the batch with one message naming it, before any report."""
    table = _write_csv(tmp_path / "t.csv", [_row("某某县甲镇人民政府", "甲镇"), _row("某某县乙镇人民政府", "乙镇")])
    assert main(["batch", str(table), "-o", str(tmp_path / "out"), "--bank", "没有这个库.yaml"]) == 1
    assert "没有这个库.yaml" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_row_naming_a_missing_bank_fails_alone(tmp_path: Path) -> None:
    """A row whose 短语库 column names a bank that does not exist fails; the other row is written."""
    bad = _row("某某县丙镇人民政府", "丙镇")
    bad[[c.header for c in COLUMNS].index("短语库")] = "不存在的库"
    table = _write_csv(tmp_path / "t.csv", [bad, _row("某某县甲镇人民政府", "甲镇")])
    out = tmp_path / "out"
    assert main(["batch", str(table), "-o", str(out), "--format", "txt"]) == 1
    assert _reports(out, ".txt") == [f"某某县甲镇2024年{TITLE}.txt"]
    assert "不存在的库" in (out / "problems.csv").read_text(encoding="utf-8-sig")


def test_changed_phrase_bank_redrafts_the_reports_using_it(tmp_path: Path) -> None:
    """Editing a county bank the rows use makes their reports out of date; the new wording is written."""
    bank = tmp_path / "本县.yaml"
    bank.write_text("bank: county\nextends: national\nslots:\n  opening:\n    - text: 本县第一版开头。\n", encoding="utf-8")
    table = _write_csv(tmp_path / "t.csv", [_row("某某县甲镇人民政府", "甲镇")])
    out = tmp_path / "out"
    args = ["batch", str(table), "-o", str(out), "--format", "txt", "--bank", "本县.yaml"]
    assert main(args) == 0
    report = out / f"某某县甲镇2024年{TITLE}.txt"
    assert "本县第一版开头。" in report.read_text(encoding="utf-8")
    bank.write_text("bank: county\nextends: national\nslots:\n  opening:\n    - text: 本县第二版开头。\n", encoding="utf-8")
    assert main(args) == 0
    assert "本县第二版开头。" in report.read_text(encoding="utf-8")


def test_template_resaved_by_libreoffice_calc_still_batches(tmp_path: Path) -> None:
    """The template opened and saved again by a spreadsheet program (LibreOffice Calc) gives the same report."""
    import shutil
    import subprocess

    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed")
    template = tmp_path / "t.xlsx"
    assert main(["batch", "--template", str(template)]) == 0
    resaved = tmp_path / "re"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(resaved), str(template)],
                   capture_output=True, timeout=300, check=False)
    if not (resaved / "t.xlsx").exists():
        pytest.skip("LibreOffice Calc is not installed (only Writer)")
    for source, out in ((template, "a"), (resaved / "t.xlsx", "b")):
        assert main(["batch", str(source), "-o", str(tmp_path / out), "--format", "txt"]) == 0
    (first,), (second,) = (list((tmp_path / d).glob("*.txt")) for d in ("a", "b"))
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


def test_a_bug_on_one_row_fails_only_that_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected exception while drafting one row is reported for that row; the others are written."""
    from drafter.batch import run as batchrun

    real = batchrun._process

    def flaky(job: batchrun.Job, facts: object, settings: batchrun.Settings) -> batchrun.Result:
        if job.row == 2:
            raise RuntimeError("boom")
        return real(job, facts, settings)  # type: ignore[arg-type]

    monkeypatch.setattr(batchrun, "_process", flaky)
    table = _write_csv(tmp_path / "t.csv", [_row("某某县坏镇人民政府", "坏镇"), _row("某某县甲镇人民政府", "甲镇")])
    out = tmp_path / "out"
    assert main(["batch", str(table), "-o", str(out), "--format", "txt", "--jobs", "1"]) == 1
    assert _reports(out, ".txt") == [f"某某县甲镇2024年{TITLE}.txt"]
    assert "程序内部错误（RuntimeError: boom）" in (out / "problems.csv").read_text(encoding="utf-8-sig")
