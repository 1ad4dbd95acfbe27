"""The portal HTML and the Markdown, parsed back: labels, merges and numbers as in the official tables."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.pipeline import draft_report
from drafter.tables import APPLICANT_COLUMNS, T2_BANDS, T3_CORNER, T3_ROWS, T4_GROUPS, T4_RESULTS
from drafter.writers import html as html_writer
from drafter.writers import markdown as md_writer
from tests.conftest import nonzero_facts


class _Tables(HTMLParser):
    """Collects every table as rows of (tag, text, rowspan, colspan), plus headings and any URL loaded."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[tuple[str, str, int, int]]]] = []
        self.headings: list[tuple[str, str]] = []
        self.external: list[str] = []
        self._cell: list[object] | None = None
        self._heading: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for key in ("src", "href"):
            if a.get(key):
                self.external.append(str(a[key]))
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = [tag, "", int(a.get("rowspan") or 1), int(a.get("colspan") or 1)]
        elif tag in ("h1", "h2", "h3"):
            self._heading = [tag, ""]

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell[1] = str(self._cell[1]) + data
        if self._heading is not None:
            self._heading[1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append(tuple(self._cell))  # type: ignore[arg-type]
            self._cell = None
        elif tag in ("h1", "h2", "h3") and self._heading is not None:
            self.headings.append((self._heading[0], self._heading[1]))
            self._heading = None


@pytest.fixture(scope="module")
def page() -> _Tables:
    parser = _Tables()
    parser.feed(html_writer.render(draft_report(nonzero_facts()).draft).decode("utf-8"))
    return parser


def _grid(rows: list[list[tuple[str, str, int, int]]]) -> list[list[tuple[str, str, int, int]]]:
    """Expand spans: every grid position gets the cell covering it (as a browser lays it out)."""
    grid: dict[tuple[int, int], tuple[str, str, int, int]] = {}
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in grid:
                c += 1
            for dr in range(cell[2]):
                for dc in range(cell[3]):
                    grid[(r + dr, c + dc)] = cell
            c += cell[3]
    n_rows, n_cols = max(r for r, _ in grid) + 1, max(c for _, c in grid) + 1
    return [[grid[(r, c)] for c in range(n_cols)] for r in range(n_rows)]


def test_html_has_three_tables_with_official_labels_and_headings(page: _Tables) -> None:
    """The title is the h1, the six sections are h2, and every official label is in its table."""
    assert page.headings[0][0] == "h1" and page.headings[0][1].endswith("政府信息公开工作年度报告")
    assert [text for tag, text in page.headings if tag == "h2"][:4] == [
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]
    t2, t3, t4 = ({cell[1] for row in table for cell in row} for table in page.tables)
    assert set(T2_BANDS) | {"规章", "行政规范性文件", "本年收费金额（单位：万元）"} <= t2
    assert {label for row in T3_ROWS for label in row.labels} | set(APPLICANT_COLUMNS) | {T3_CORNER} <= t3
    assert {label for _, label in T4_GROUPS} | {label for _, label in T4_RESULTS} | {"行政诉讼"} <= t4


def test_html_spans_reproduce_the_official_merges(page: _Tables) -> None:
    """Every grid is rectangular once spans are expanded, and 表三/表四 merge as the format does."""
    grids = [_grid(table) for table in page.tables]
    assert [(len(g), len(g[0])) for g in grids] == [(14, 4), (3 + len(T3_ROWS), 10), (4, 15)]
    t3, t4 = grids[1], grids[2]
    assert t3[0][0][1:] == (T3_CORNER, 3, 3)
    assert t3[0][3][1:] == ("申请人情况", 1, 7)
    results = next(row[0] for row in t3 if row[0][1] == "三、本年度办理结果")
    assert results[2] == 22
    assert next(row[1] for row in t3 if row[1][1] == "（三）不予公开")[2] == 8
    assert (t4[0][0][1], t4[0][0][3], t4[0][5][1], t4[0][5][3]) == ("行政复议", 5, "行政诉讼", 10)


def test_html_numbers_equal_the_facts_and_computed_totals(page: _Tables) -> None:
    """Each 表三 row's seven numbers (with its total) and 表四's fifteen are the facts' values."""
    facts = nonzero_facts()
    t2, t3, t4 = (_grid(table) for table in page.tables)
    for i, row in enumerate(T3_ROWS):
        assert [int(cell[1]) for cell in t3[3 + i][3:]] == list(facts.applications.row_with_total(row.key)), row.key
        assert all(cell[0] == "td" for cell in t3[3 + i][3:])
    assert [int(c[1]) for c in t4[3]] == [v for key, _ in T4_GROUPS for v in facts.reviews_and_lawsuits.row_with_total(key)]
    assert [c[1] for c in t2[3][1:]] == ["3", "1", "7"] and t2[13][1][1] == "4.25"


def test_html_is_self_contained(page: _Tables) -> None:
    """Nothing is loaded from the network: no src or href attributes, no url() or @import in the CSS."""
    text = html_writer.render(draft_report(nonzero_facts()).draft).decode("utf-8")
    assert page.external == []
    assert "url(" not in text and "@import" not in text and '<meta charset="utf-8">' in text
    assert "@media print" in text


def test_markdown_tables_flatten_merged_headers() -> None:
    """表三's header joins its three levels per column; each data row carries its full label path."""
    text = md_writer.render(draft_report(nonzero_facts()).draft).decode("utf-8")
    lines = text.splitlines()
    header = next(line for line in lines if line.startswith(f"| {T3_CORNER}"))
    assert header.count("|") == 9 and "申请人情况 / 法人或其他组织 / 商业企业" in header
    row = next(line for line in lines if "（三）不予公开 / 1.属于国家秘密" in line)
    assert row.startswith("| 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 |")
    assert [c.strip() for c in row.strip("|").split("|")][1:] == [
        str(v) for v in nonzero_facts().applications.row_with_total("withheld.state_secret")]
    assert "**第二十条第（八）项**" in lines and "| 行政事业性收费 | 4.25 |" in lines
    assert "行政复议 / 结果维持" in text and "行政诉讼 / 复议后起诉 / 总计" in text


def test_render_writes_docx_html_and_md_at_once(example_path: Path) -> None:
    """``render --format docx,html,md`` writes the three files beside the facts file, readable as the umask allows."""
    import os

    assert main(["render", str(example_path), "--format", "docx,html,md"]) == 0
    written = [p for p in example_path.parent.iterdir() if p.suffix != ".yaml"]
    assert sorted(p.suffix for p in written) == [".docx", ".html", ".md"]
    umask = os.umask(0o022)
    os.umask(umask)
    assert {p.stat().st_mode & 0o777 for p in written} == {0o666 & ~umask}


def test_html_labels_are_whole_words_that_css_may_wrap_between() -> None:
    """No <br> inside a label ("法律<br>服务<br>机构" hid the word from a search): <wbr> marks where a narrow
    column may wrap, and the cell keeps its words whole (word-break: keep-all)."""
    text = html_writer.render(draft_report(nonzero_facts()).draft).decode("utf-8")
    assert "<br>" not in text
    assert ">法律<wbr>服务<wbr>机构</th>" in text and "法律服务机构" in text.replace("<wbr>", "")
    assert re.search(r"\.words \{[^}]*word-break: keep-all", text) and "nowrap" not in text
