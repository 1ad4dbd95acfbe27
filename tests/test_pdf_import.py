"""drafter import / check of a PDF report (pdfplumber): the tables equal those of the same report's text,
a scanned PDF (no text layer) and a broken one get a clear Chinese message, never an empty result."""

from __future__ import annotations

import json
from pathlib import Path

from drafter.cli import main
from drafter.importers.report import import_report

PDF = Path(__file__).parent / "data" / "pdf" / "shuyang-county-2025.pdf"
TEXT = Path(__file__).parent / "realworld" / "01-shuyang-county-2025.md"

# A one-page PDF with a drawn rectangle and no text: what a scanner's image-only PDF looks like to a reader.
_CONTENT = b"0 0 m 100 100 l S"
SCANNED = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
           b"4 0 obj<</Length " + str(len(_CONTENT)).encode() + b">>stream\n" + _CONTENT + b"\nendstream endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")


def test_a_pdf_reads_the_same_tables_as_its_text() -> None:
    """Every cell of 表二, 表三, 表四 and every printed 总计, as from the Markdown copy of the same report."""
    pdf, text = import_report(PDF).facts, import_report(TEXT).facts
    assert pdf.imported is not None and text.imported is not None
    assert (pdf.year, pdf.signing_date, pdf.agency.name) == (2025, text.signing_date, "沐阳县人民政府")
    assert pdf.proactive_table == text.proactive_table
    assert pdf.applications == text.applications and pdf.reviews_and_lawsuits == text.reviews_and_lawsuits
    assert pdf.imported.stated_totals == text.imported.stated_totals
    assert [m for m in pdf.imported.missing if not m.startswith("fees.")] == []
    assert pdf.reviews_and_lawsuits.review.total == 61  # 表四 as three small tables under their headings


def test_check_a_pdf(capsys) -> None:
    """drafter check X.pdf: the complete, consistent county report has no error."""
    assert main(["check", str(PDF), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert not [p for p in data["problems"] if p["severity"] == "error"]


def test_a_scanned_pdf_says_so(tmp_path: Path, capsys) -> None:
    scan = tmp_path / "扫描件.pdf"
    scan.write_bytes(SCANNED)
    assert main(["import", str(scan)]) == 1
    assert "扫描图片，没有文字层" in capsys.readouterr().err
    assert main(["check", str(scan), "--format", "json"]) == 2  # no report could be read: exit 2, JSON still printed
    data = json.loads(capsys.readouterr().out)
    assert data["problems"] == [] and "扫描图片" in data["error"]


def _text_pdf(text: str) -> bytes:
    """A one-page PDF printing ``text`` (ASCII) in Helvetica: a text layer pdfplumber reads."""
    content = f"BT /F1 10 Tf 50 700 Td ({text}) Tj ET".encode()
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
               b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
               b"<</Length " + str(len(content)).encode() + b">>stream\n" + content + b"\nendstream",
               b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"]
    body = b"".join(f"{n} 0 obj".encode() + obj + b"\nendobj\n" for n, obj in enumerate(objects, 1))
    return b"%PDF-1.4\n" + body + b"trailer<</Root 1 0 R>>\n%%EOF\n"


def test_a_pdfs_text_is_read_as_the_other_formats_text(tmp_path: Path) -> None:
    """PDF text goes through the same clean-up as a web page's or Word's (``source._published``): an endless digit
    run is cut (the patterns that search figures would backtrack for hours on it), as in a .txt copy."""
    from drafter.importers.source import read_blocks

    line = "Total " + "1234567890" * 3 + " items"
    pdf, txt = tmp_path / "r.pdf", tmp_path / "r.txt"
    pdf.write_bytes(_text_pdf(line))
    txt.write_text(line + "\n", encoding="utf-8")
    (read,) = read_blocks(pdf)
    assert read == "Total 123456789012345678… items" and [read] == read_blocks(txt)
