"""``--format pdf``: the Word report converted by LibreOffice, or a Chinese message on how to get a PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.cli import main
from drafter.writers import pdf as pdf_writer
from tests.test_batch import _reports, _row, _write_csv

needs_libreoffice = pytest.mark.skipif(pdf_writer.soffice() is None,
                                       reason="needs LibreOffice (soffice); .ci/run installs it with apt-get")


def test_without_libreoffice_render_says_how_to_get_a_pdf(example_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(pdf_writer, "soffice", lambda: None)
    before = sorted(p.name for p in example_path.parent.iterdir())
    assert main(["render", str(example_path), "--format", "docx,pdf"]) == 1
    err = capsys.readouterr().err
    assert "LibreOffice" in err and "另存为 PDF" in err and "Traceback" not in err
    assert sorted(p.name for p in example_path.parent.iterdir()) == before  # not even the .docx


def test_without_libreoffice_batch_refuses_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(pdf_writer, "soffice", lambda: None)
    table = _write_csv(tmp_path / "t.csv", [_row("某某县甲镇人民政府", "甲镇")])
    assert main(["batch", str(table), "-o", str(tmp_path / "out"), "--format", "pdf"]) == 1
    assert capsys.readouterr().err.count("生成 PDF 需要 LibreOffice") == 1
    assert not (tmp_path / "out").exists() or _reports(tmp_path / "out", ".pdf") == []


@needs_libreoffice
def test_batch_writes_pdfs_with_its_own_process_limit(tmp_path: Path) -> None:
    table = _write_csv(tmp_path / "t.csv", [_row("某某县甲镇人民政府", "甲镇"), _row("某某县乙镇人民政府", "乙镇")])
    out = tmp_path / "out"
    assert main(["batch", str(table), "-o", str(out), "--format", "docx,pdf", "--pdf-jobs", "1"]) == 0
    assert len(_reports(out, ".pdf")) == 2 and len(_reports(out, ".docx")) == 2
    assert all((out / name).read_bytes().startswith(b"%PDF-") for name in _reports(out, ".pdf"))
    before = {name: (out / name).stat().st_mtime_ns for name in _reports(out, ".pdf")}
    assert main(["batch", str(table), "-o", str(out), "--format", "docx,pdf", "--pdf-jobs", "1"]) == 0
    assert {name: (out / name).stat().st_mtime_ns for name in _reports(out, ".pdf")} == before  # up to date
    assert main(["batch", str(table), "-o", str(out), "--format", "docx,pdf", "--pdf-jobs", "0"]) == 2


@needs_libreoffice
def test_pdf_round_trip_gives_the_same_tables(nonzero_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``render --format pdf`` writes a PDF, and ``drafter import`` of it reads back every table cell."""
    from drafter.facts.load import load_facts
    from tests.conftest import nonzero_facts

    pdf = nonzero_path.parent / "r.pdf"
    assert main(["render", str(nonzero_path), "--format", "pdf", "-o", str(pdf), "--force"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF-")
    code = main(["import", str(pdf), "-o", str(nonzero_path.parent / "back.yaml")])
    if code == 2 and "只支持" in capsys.readouterr().err:
        pytest.skip("drafter import does not read PDF yet (issue 12)")
    assert code == 0
    back, facts = load_facts(nonzero_path.parent / "back.yaml"), nonzero_facts()
    assert back.applications == facts.applications
    assert back.reviews_and_lawsuits == facts.reviews_and_lawsuits
    assert back.proactive_table == facts.proactive_table
