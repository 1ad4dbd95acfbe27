"""The .docx drafter writes follows WordprocessingML's content models (tests/ooxml_order.py), where Word is
stricter than LibreOffice: element order in pPr/rPr/tblPr/tcPr/sectPr/style, required attributes, a paragraph
in every table cell, every table row filling its grid. Checked on reports of several kinds: the example, one
with applications and reviews, both font sets, and imported real reports rendered back with their own text."""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from drafter.facts.model import Facts
from drafter.importers.report import import_report
from drafter.pipeline import draft_report
from drafter.writers import docx as docx_writer
from tests.conftest import SEED, example_facts, nonzero_facts
from tests.ooxml_order import faults

REALWORLD = Path(__file__).resolve().parent / "realworld"


def _parts(facts: Facts, fonts: str = "标准") -> dict[str, bytes]:
    draft = draft_report(facts).draft
    draft.fonts = fonts
    with zipfile.ZipFile(io.BytesIO(docx_writer.render(draft))) as zf:
        return {name: zf.read(name) for name in zf.namelist()
                if name.startswith("word/") and name.endswith(".xml") and "/theme/" not in name}


CASES = {
    "example": lambda: _parts(example_facts()),
    "example-system-fonts": lambda: _parts(example_facts(), "系统"),
    "with-applications": lambda: _parts(nonzero_facts()),
    "seed-imported": lambda: _parts(import_report(SEED).facts),
    "shuyang-county-imported": lambda: _parts(import_report(REALWORLD / "01-shuyang-county-2025.md").facts),
    "pingtan-run-together-imported": lambda: _parts(import_report(REALWORLD / "25-pingtan-2021.txt").facts),
    # 表二's 行政规范性文件 and 六's fees not read: highlighted "待填" cells and "【待补充：…】" runs
    "pingtan-unfilled-imported": lambda: _parts(import_report(REALWORLD / "40-pingtan-investment-2024.txt").facts),
}


@pytest.mark.parametrize("case", list(CASES))
def test_every_part_follows_the_content_models(case: str) -> None:
    parts = CASES[case]()
    assert {"word/document.xml", "word/styles.xml", "word/fontTable.xml"} <= set(parts)
    found = [str(f) for name, xml in parts.items() for f in faults(name, xml)]
    assert found == []


def test_the_checker_finds_what_word_refuses() -> None:
    """Each kind of fault the checker knows, planted in otherwise valid XML, is found (so a pass means something)."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    planted = {
        "order": f'<w:p {w}><w:pPr><w:jc w:val="center"/><w:spacing w:line="560"/></w:pPr></w:p>',
        "not allowed": f'<w:p {w}><w:pPr><w:tblW w:w="0"/></w:pPr></w:p>',
        "required attribute": f'<w:sectPr {w}><w:pgMar w:top="1" w:right="1" w:bottom="1" w:left="1"/></w:sectPr>',
        "value": f'<w:p {w}><w:pPr><w:jc w:val="middle"/></w:pPr></w:p>',
        "cell without paragraph": f'<w:tbl {w}><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>'
                                  f'<w:tr><w:tc><w:tcPr/></w:tc></w:tr></w:tbl>',
        "row short of the grid": f'<w:tbl {w}><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>'
                                 f'<w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>',
        "rPr not first": f'<w:r {w}><w:t>x</w:t><w:rPr/></w:r>',
        "docDefaults order": f'<w:styles {w}><w:docDefaults><w:pPrDefault/><w:rPrDefault/></w:docDefaults>'
                             f'</w:styles>',
    }
    for kind, xml in planted.items():
        assert faults("test", xml.encode()), kind
    clean = (f'<w:tbl {w}><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/></w:tblPr>'
             f'<w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/>'
             f'</w:tcPr><w:p/></w:tc></w:tr></w:tbl>')
    assert faults("test", clean.encode()) == []


def _package(facts: Facts) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(docx_writer.render(draft_report(facts).draft)))


def test_the_package_is_whole() -> None:
    """What Word checks before it reads a word: the zip is sound (every CRC), [Content_Types].xml comes first,
    no name is listed twice, every part has a content type, and every relationship points at a part that is
    there (drafter appends its parts to a prebuilt zip by hand, writers/zipappend.py)."""
    with _package(nonzero_facts()) as zf:
        names = zf.namelist()
        assert zf.testzip() is None
        assert names[0] == "[Content_Types].xml" and len(names) == len(set(names))
        types = etree.fromstring(zf.read("[Content_Types].xml"))
        defaults = {el.get("Extension") for el in types if el.tag.endswith("Default")}
        overrides = {el.get("PartName") for el in types if el.tag.endswith("Override")}
        assert all(f"/{n}" in overrides or n.rsplit(".", 1)[-1] in defaults for n in names)
        assert overrides <= {f"/{n}" for n in names}
        for rels in (n for n in names if n.endswith(".rels")):
            folder = posixpath.dirname(posixpath.dirname(rels))
            for rel in etree.fromstring(zf.read(rels)):
                if rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target").lstrip("/") if rel.get("Target").startswith("/") else \
                    posixpath.normpath(posixpath.join(folder, rel.get("Target")))
                assert target in names, f"{rels}: {rel.get('Target')}"
