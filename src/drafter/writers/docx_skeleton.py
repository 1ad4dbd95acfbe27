"""The Word package around the body, built with python-docx: styles, page setup, footers, settings.

Run ``python -m drafter.writers.docx_skeleton`` after changing the layout: it rewrites the prebuilt
``docx_skeleton.zip`` and ``docx_skeleton_document.xml`` that ``writers.docx`` ships and loads (a test
checks they match what this module builds). Only the Word writer's modules import python-docx.
"""

from __future__ import annotations

import io
import re
import zipfile

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION_START
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from drafter.writers import docx_layout as L
from drafter.writers.docx_parts import APP_XML

DOCUMENT_PART, CORE_PART = "word/document.xml", "docProps/core.xml"
STYLES_PART, FONTS_PART, APP_PART = "word/styles.xml", "word/fontTable.xml", "docProps/app.xml"
# Dropped: Word 2010's copy of the 166 template styles, and list definitions the report never uses.
UNUSED = ("word/stylesWithEffects.xml", "word/numbering.xml")
PER_REPORT = (DOCUMENT_PART, CORE_PART, STYLES_PART, FONTS_PART)  # written by ``docx`` for each font set
# python-docx's template carries a preview picture of some other document: dropped, with its relationship.
THUMBNAIL_PART, PACKAGE_RELS = "docProps/thumbnail.jpeg", "_rels/.rels"


def set_fonts(rpr_parent: object, east_asia: str, size_pt: float | None = None, bold: bool = False) -> None:
    """Explicit rFonts (python-docx never writes w:eastAsia) on a run or a style's rPr holder."""
    rpr = rpr_parent.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        fonts.attrib.pop(attr)
    for attr, value in (("w:ascii", L.LATIN), ("w:hAnsi", L.LATIN), ("w:eastAsia", east_asia), ("w:cs", L.LATIN)):
        fonts.set(qn(attr), value)
    if size_pt is not None:
        for tag in ("w:sz", "w:szCs"):
            el = rpr.find(qn(tag))
            if el is None:
                el = OxmlElement(tag)
                rpr.append(el)
            el.set(qn("w:val"), str(int(size_pt * 2)))
    if bold:
        rpr.append(OxmlElement("w:b"))


def _setup_document() -> DocumentObject:
    """Page setup, footers and settings (styles, font table and properties: ``docx_parts``)."""
    doc = Document()
    section = doc.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Mm(L.PAGE_MM[0]), Mm(L.PAGE_MM[1])
    section.top_margin, section.bottom_margin = Mm(L.MARGINS_MM["top"]), Mm(L.MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(L.MARGINS_MM["left"]), Mm(L.MARGINS_MM["right"])
    section.header_distance = Mm(15)
    section.footer_distance = Mm(L.FOOTER_DISTANCE_MM)
    _document_grid(section._sectPr)
    doc.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
    _page_number(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):  # the template's empty first paragraph
        body.remove(p)
    return doc


def _document_grid(sect_pr: object) -> None:
    """22 lines in the 版心 (GB/T 9704 7.1); the 28 characters come from the Normal style's condensing."""
    grid = sect_pr.find(qn("w:docGrid"))  # type: ignore[attr-defined]
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(L.LINE_TWIPS))


def _page_number(paragraph: DocxParagraph, align: WD_ALIGN_PARAGRAPH) -> None:
    """"— 1 —" in 4号宋体, odd pages right and even pages left, one character in from the edge."""
    paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    _off_grid(paragraph._p.get_or_add_pPr())
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        fmt.right_indent = Pt(L.PAGE_NO_PT)
    else:
        fmt.left_indent = Pt(L.PAGE_NO_PT)
    _run(paragraph, "— ", L.PAGE_NO_FONT, L.PAGE_NO_PT)
    run = _run(paragraph, "", L.PAGE_NO_FONT, L.PAGE_NO_PT)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == " PAGE ":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)
    _run(paragraph, " —", L.PAGE_NO_FONT, L.PAGE_NO_PT)


def _off_grid(ppr: object) -> None:
    """The page number (4号) keeps its own spacing, not the 3号 character grid of the body."""
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    ppr.insert_element_before(snap, "w:spacing", "w:ind", "w:jc")  # type: ignore[attr-defined]


def _run(paragraph: DocxParagraph, text: str, font: str, size_pt: float | None = None) -> Run:
    run = paragraph.add_run(text)
    set_fonts(run._r, font, size_pt)
    return run


# ---- the body, as WordprocessingML strings (what python-docx's paragraph API would write, ~20× faster) ----

def zip_info(name: str) -> zipfile.ZipInfo:
    """A fixed timestamp, so the same content always gives the same bytes."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def build_skeleton() -> tuple[bytes, str]:
    """(zip of every part but those in ``PER_REPORT``, document.xml with an empty body)."""
    buffer = io.BytesIO()
    _setup_document().save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            if name in (*PER_REPORT, THUMBNAIL_PART, *UNUSED):
                continue
            dst.writestr(zip_info(name), _cleaned(name, src.read(name)))
        document = src.read(DOCUMENT_PART).decode("utf-8")
    return out.getvalue(), document


def _cleaned(name: str, data: bytes) -> bytes:
    """The template's leftovers removed: its preview picture, unused parts, Japanese theme language,
    "Microsoft Macintosh Word" as the application."""
    if name == PACKAGE_RELS:
        return re.sub(rb'<Relationship [^>]*Target="docProps/thumbnail.jpeg"/>', b"", data)
    for part in UNUSED:
        if name == "word/_rels/document.xml.rels":
            data = re.sub(rb'<Relationship [^>]*Target="' + part[5:].encode() + rb'"/>', b"", data)
        if name == "[Content_Types].xml":
            data = re.sub(rb'<Override PartName="/' + part.encode() + rb'"[^>]*/>', b"", data)
    if name == "word/settings.xml":
        return data.replace(b'w:eastAsia="ja-JP"', b'w:eastAsia="zh-CN"').replace(b"<w:savePreviewPicture/>", b"")
    if name == APP_PART:
        return APP_XML.encode("utf-8")
    return data


def main() -> None:

    data, document = build_skeleton()
    L.SKELETON_ZIP.write_bytes(data)
    L.SKELETON_DOCUMENT.write_text(document, encoding="utf-8")


if __name__ == "__main__":
    main()
