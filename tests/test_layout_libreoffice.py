"""The .docx as a reader sees it: converted to PDF by LibreOffice and read back with poppler (pdftotext per
page, word positions from ``-bbox``). Skipped where LibreOffice, poppler-utils or a Chinese font is missing."""

from __future__ import annotations

import dataclasses
import functools
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from drafter.draft import Draft, Heading, Paragraph, Table
from drafter.facts.model import Applications, Facts
from drafter.pipeline import draft_report
from drafter.tables import T3_ROWS
from drafter.writers import pdf as pdf_writer
from tests.conftest import example_facts, nonzero_facts


def _chinese_font_installed() -> bool:
    """Lines are measured in Chinese characters: without a CJK font LibreOffice sets them in boxes of other widths."""
    if not shutil.which("fc-list"):
        return False
    listed = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=False).stdout
    return bool(listed.strip())


pytestmark = pytest.mark.skipif(
    not (pdf_writer.soffice() and shutil.which("pdftotext") and shutil.which("pdfinfo") and _chinese_font_installed()),
    reason="needs LibreOffice (soffice), poppler-utils and a Chinese font (fonts-noto-cjk); .ci/run installs them",
)

A4_TEXT_LEFT, A4_TEXT_RIGHT = 28 / 25.4 * 72, (210 - 26) / 25.4 * 72  # the 版心 in points
CHAR_PT = (A4_TEXT_RIGHT - A4_TEXT_LEFT) / 28


@dataclass
class Rendered:
    draft: Draft
    pdf: Path

    @functools.cached_property
    def _pages(self) -> list[str]:
        count = int(re.search(r"Pages:\s+(\d+)", _run("pdfinfo", str(self.pdf))).group(1))
        return [re.sub(r"\s", "", _run("pdftotext", "-f", str(n), "-l", str(n), str(self.pdf), "-"))
                for n in range(1, count + 1)]

    def pages(self) -> list[str]:
        """Each page's text with all white space removed (so a phrase broken over lines still matches)."""
        return self._pages

    def layout_lines(self) -> list[str]:
        return _run("pdftotext", "-layout", str(self.pdf), "-").splitlines()

    def words(self, page: int) -> list[tuple[float, float, float, str]]:
        """(xMin, yMin, xMax, text) of each word on a page (1-based)."""
        xml = _run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(self.pdf), "-")
        return [(float(a), float(b), float(c), text) for a, b, c, text in
                re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', xml)]


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout


def millions_facts() -> Facts:
    """表三 with seven- and eight-digit numbers: at 小五 they would not fit their 11 mm columns."""
    facts = nonzero_facts()
    rows = {key: tuple(v * 100_000 for v in values) for key, values in facts.applications.rows.items()}
    return dataclasses.replace(facts, applications=Applications(rows))


@pytest.fixture(scope="module", params=["example", "nonzero", "millions"])
def rendered(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    facts = {"example": example_facts, "nonzero": nonzero_facts, "millions": millions_facts}[request.param]()
    draft = draft_report(facts).draft
    path = tmp_path_factory.mktemp("lo") / "report.pdf"
    path.write_bytes(pdf_writer.render(draft))
    return Rendered(draft, path)


def _pages_with(pages: list[str], text: str) -> list[int]:
    needle = re.sub(r"\s", "", text)
    return [n for n, page in enumerate(pages, start=1) if needle in page]


def test_pdf_is_a4_with_numbered_pages_and_embedded_fonts(rendered: Rendered) -> None:
    info = _run("pdfinfo", str(rendered.pdf))
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert "595.3" in info and "841.89" in info  # A4 in points
    assert 4 <= pages <= 6
    text = "".join(rendered.pages())
    for n in range(1, pages + 1):
        assert f"—{n}—" in text
    fonts = _run("pdffonts", str(rendered.pdf)).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # the "emb" column


def _table_texts(table: Table) -> tuple[str, str]:
    """A label from the table's first rows and one from its last rows."""
    labels = [c for c in sorted(table.cells, key=lambda c: (c.row, c.col)) if c.kind != "value"]
    return labels[0].text, labels[-1].text


def test_every_table_is_on_one_page_with_the_sentence_that_introduces_it(rendered: Rendered) -> None:
    pages = rendered.pages()
    blocks = rendered.draft.blocks
    for before, table in zip(blocks, blocks[1:], strict=False):
        if not isinstance(table, Table):
            continue
        assert isinstance(before, Paragraph | Heading)
        first, last = _table_texts(table)
        lead_in = _pages_with(pages, before.text[-12:])
        assert len(lead_in) == 1, before.text
        assert lead_in[0] in _pages_with(pages, first) and lead_in[0] in _pages_with(pages, last), table.key
    if isinstance(blocks[-1], Table):
        pytest.fail("the report ends with a table")


def test_table3_rows_all_sit_on_one_page(rendered: Rendered) -> None:
    """The issue's case: after （四）2 the rows "3.补正后申请内容仍不明确" onward went to a page of their own."""
    pages = rendered.pages()
    where = {label: _pages_with(pages, label) for row in T3_ROWS for label in row.labels[-1:]
             if label.startswith(("一、", "四、", "3.补正", "1.信访", "（七）"))}
    assert len({tuple(p) for p in where.values()}) == 1 and all(len(p) == 1 for p in where.values()), where


def test_a_full_body_line_holds_28_characters(rendered: Rendered) -> None:
    """GB/T 9704 7.1: 28 characters a line. Lines of Chinese text only (digits are half as wide)."""
    chinese = [line.replace(" ", "") for line in rendered.layout_lines()]
    chinese = [line for line in chinese if line and all(ord(ch) >= 0x2E80 for ch in line)]
    lengths = [len(line) for line in chinese]
    assert max(lengths) == 28
    assert lengths.count(28) >= 2  # (27 before: 16 pt characters in the 442 pt line)


def test_signature_offsets_follow_gbt9704(rendered: Rendered) -> None:
    signature = rendered.draft.blocks[-1]
    pages = rendered.pages()
    last = len(pages)
    words = rendered.words(last)
    agency = next(w for w in words if w[3] == signature.agency)
    date_line = sorted(w for w in words if abs(w[1] - agency[1] - 29) < 3)
    date_x = date_line[0][0]
    above = max(w[1] for w in words if w[1] < agency[1] - 3)
    assert abs(A4_TEXT_RIGHT - agency[2] - 2 * CHAR_PT) < 2  # 右空二字
    assert abs(date_x - agency[0] - 2 * CHAR_PT) < 2  # the date's first character two characters right
    assert abs(agency[1] - above - 2 * 28.95) < 2  # one blank line above the agency


def test_numbers_are_never_broken_over_two_lines(rendered: Rendered) -> None:
    """A number too long for its cell is set smaller ("2340000" broken as "234000" / "0" reads as two)."""
    words = {w[3] for page in range(1, len(rendered.pages()) + 1) for w in rendered.words(page)}
    values = {c.text for table in rendered.draft.tables() for c in table.cells if c.kind == "value"}
    assert values - words == set()


def test_a_missing_font_is_replaced_by_one_of_its_family(rendered: Rendered) -> None:
    """Without 仿宋_GB2312 the body is set in an installed serif (LibreOffice's own choice was a sans)."""
    from drafter.writers.fontcheck import substitutes

    substitute = substitutes(["仿宋_GB2312"]).get("仿宋_GB2312")
    if substitute is None:
        pytest.skip("仿宋_GB2312 is installed here, or none of its substitutes is")
    fonts = _run("pdffonts", str(rendered.pdf))
    assert substitute.replace(" ", "")[:12] in fonts  # e.g. "NotoSerifCJK" for Noto Serif CJK SC


def test_headings_become_pdf_bookmarks(rendered: Rendered) -> None:
    """The headings' outline levels reach the PDF as its bookmarks (a reader's navigation pane)."""
    data = rendered.pdf.read_bytes()
    titles = [bytes.fromhex(h.decode()).decode("utf-16") for h in re.findall(rb"/Title\s*<([0-9A-Fa-f]+)>", data)]
    headings = [block.text for block in rendered.draft.blocks if isinstance(block, Heading)]
    assert headings and [t for t in titles if t in headings] == headings
