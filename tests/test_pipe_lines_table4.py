"""A whole report copied one cell per line with "|" lines between cells and "||" ending each row (the layout of
realworld 57 and others, which are all cut before 表四), made from realworld 51 (平潭交通与建设局 2024, an HTML
page): 表四's data row has no label, fifteen numbers right after its header rows' end; it is read as the
HTML table is."""

from __future__ import annotations

from pathlib import Path

from drafter.importers.blocks import Row
from drafter.importers.report import import_report
from drafter.importers.source import read_blocks

HTML = Path(__file__).parent / "realworld" / "51-pingtan-transport-2024.html"


def _one_cell_per_line(blocks: list) -> str:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Row):
            for cell in block.cells:
                lines += ["".join(cell.split()), "|"]
            lines.append("||")
        else:
            lines.append(str(block))
    return "\n".join(lines) + "\n"


def test_table4_copied_one_cell_per_line_is_read_like_the_page(tmp_path: Path) -> None:
    page = import_report(HTML).facts
    text = _one_cell_per_line(read_blocks(HTML))
    assert "||\n0\n|\n0\n|\n0\n|" in text  # the data row: numbers straight after a row's end
    copy = tmp_path / "51.txt"
    copy.write_text(text.replace("||\n0\n|\n0\n|\n0\n|", "||\n2\n|\n1\n|\n0\n|", 1), encoding="utf-8")
    facts = import_report(copy).facts
    assert facts.imported is not None and not [p for p in facts.imported.missing if p.startswith("reviews")]
    assert (facts.reviews_and_lawsuits.review.upheld, facts.reviews_and_lawsuits.review.corrected) == (2, 1)
    assert facts.reviews_and_lawsuits.lawsuit_direct == page.reviews_and_lawsuits.lawsuit_direct
    assert facts.applications == page.applications and facts.proactive_table == page.proactive_table
