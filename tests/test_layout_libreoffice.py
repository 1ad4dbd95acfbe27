"""The .docx as a reader sees it: converted to PDF by LibreOffice (skipped where LibreOffice is missing)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from drafter.pipeline import draft_report
from drafter.writers import docx as docx_writer
from tests.conftest import example_facts

pytestmark = pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftotext") and shutil.which("pdfinfo")),
    reason="needs LibreOffice (soffice) and poppler-utils; .ci/run installs them with apt-get",
)


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lo")
    docx = folder / "report.docx"
    docx.write_bytes(docx_writer.render(draft_report(example_facts()).draft))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile",
                    "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
                   check=True, capture_output=True, timeout=180)
    return folder / "report.pdf"


def test_pdf_is_a4_with_numbered_pages(pdf: Path) -> None:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert "595.3" in info and "841.89" in info  # A4 in points
    assert 4 <= pages <= 6
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for n in range(1, pages + 1):
        assert f"—{n}—" in text.replace(" ", "")


def test_table_labels_do_not_wrap_mid_word(pdf: Path) -> None:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines()]
    joined = "\n".join(lines)
    for word in ("自然人", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "申请人情况"):
        assert word in joined, word
    assert "二街镇镇" not in joined
