"""The portal page in a real browser: Chromium (headless) prints it to PDF and takes a screenshot.
Skipped where no Chromium is installed (.ci/run installs Debian's ``chromium``)."""

from __future__ import annotations

import html
import json
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from drafter.pipeline import draft_report
from drafter.tables import APPLICANT_COLUMNS, T3_CORNER, T3_ROWS, T4_GROUPS, T4_RESULTS
from drafter.writers import html as html_writer
from tests.conftest import nonzero_facts

BROWSER = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")
                if shutil.which(name)), None)
pytestmark = pytest.mark.skipif(BROWSER is None or shutil.which("pdftotext") is None,
                                reason="needs Chromium and poppler-utils; .ci/run installs them with apt-get")
A4_RIGHT_PT = (210 - 26) / 25.4 * 72  # the print style's right margin (26 mm), in points


LABELS = sorted({label for row in T3_ROWS for label in row.labels} | set(APPLICANT_COLUMNS) | {T3_CORNER}
                | {label for _, label in (*T4_GROUPS, *T4_RESULTS)})
# Run in the page: the browser's own find-in-page (window.find) for every label, and the page's width.
PROBE = ("<script>const labels = %s; const missing = labels.filter(l => { getSelection().removeAllRanges(); "
         "return !window.find(l); }); document.body.dataset.missing = JSON.stringify(missing); "
         "document.body.dataset.width = document.documentElement.scrollWidth + '/' + "
         "document.documentElement.clientWidth;</script>")


def _browser(folder: Path, *args: str) -> str:
    command = [str(BROWSER), "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={folder / 'profile'}"]
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=120, check=True).stdout


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    page = html_writer.render(draft_report(nonzero_facts()).draft).decode("utf-8")
    (folder / "report.html").write_text(page, encoding="utf-8")
    probe = page.replace("</body>", PROBE % json.dumps(LABELS, ensure_ascii=False) + "</body>")
    (folder / "probe.html").write_text(probe, encoding="utf-8")
    return folder


def test_printed_page_is_a4_and_both_tables_fit_its_width(folder: Path) -> None:
    pdf = folder / "report.pdf"
    _browser(folder, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", (folder / "report.html").as_uri())
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    right = max(float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes))
    assert right <= A4_RIGHT_PT + 2  # 表四's fifteen columns were ~630 pt wide against 442 pt


def test_find_in_page_finds_every_label_and_nothing_overflows(folder: Path) -> None:
    """A reader's search finds each label whole, e.g. "法律服务机构" (was "法律<br>服务<br>机构")."""
    dom = _browser(folder, "--window-size=900,1600", "--dump-dom", (folder / "probe.html").as_uri())
    body = re.search(r"<body[^>]*>", dom).group(0)
    missing = json.loads(html.unescape(re.search(r'data-missing="([^"]*)"', body).group(1)))
    assert missing == []
    scroll, client = re.search(r'data-width="(\d+)/(\d+)"', body).groups()
    assert scroll == client  # no sideways scrolling in a 900 px window


def test_screenshot_has_the_window_width(folder: Path) -> None:
    png = folder / "report.png"
    _browser(folder, "--window-size=900,1600", f"--screenshot={png}", (folder / "report.html").as_uri())
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width == 900 and height == 1600
