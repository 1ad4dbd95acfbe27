"""Where Word is stricter than LibreOffice: the WordprocessingML content models (ECMA-376 Part 1, wml.xsd).

Word refuses a file ("Word 在…中发现无法读取的内容") when a property element is out of its schema sequence
(``<w:jc>`` before ``<w:spacing>`` in a ``<w:pPr>``), is not allowed in its parent, lacks a required attribute,
or when a table cell has no paragraph; LibreOffice opens such files without a word. drafter writes most of
its XML by hand (writers/docx.py, docx_parts.py), so the tests check it against the content models of every
element drafter writes. The lists below are the schema's sequences, in order (``a|b`` are alternatives at
one position, e.g. the transitional ``left`` and the strict ``start``); a container missing from ``ORDER``
is not checked. Two rules are stricter than the transitional wml.xsd, on purpose: ``rPr`` children in the
canonical order of EG_RPrBase (a sequence in the first edition, a repeated choice in the transitional
schema; Office's own validator reports them out of order), and a paragraph ending every table cell (the spec
text and Word require it; the schema's groups can be empty).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_PPR_BASE = ("pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
             "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
             "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
             "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle")
_RPR_BASE = ("rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
             "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
             "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath")

ORDER: dict[str, tuple[str, ...]] = {
    "pPr": (*_PPR_BASE.split(), "rPr", "sectPr", "pPrChange"),
    "rPr": (*_RPR_BASE.split(), "rPrChange"),
    "tblPr": ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
              "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
              "tblCaption", "tblDescription", "tblPrChange"),
    "tblBorders": ("top", "left|start", "bottom", "right|end", "insideH", "insideV"),
    "tcBorders": ("top", "left|start", "bottom", "right|end", "insideH", "insideV", "tl2br", "tr2bl"),
    "tblCellMar": ("top", "left|start", "bottom", "right|end"),
    "tcMar": ("top", "left|start", "bottom", "right|end"),
    "tcPr": ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
             "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel", "cellMerge",
             "tcPrChange"),
    "tbl": ("tblPr", "tblGrid", "tr+"),
    "tblGrid": ("gridCol+", "tblGridChange"),
    "tr": ("tblPrEx", "trPr", "tc+"),
    "tc": ("tcPr", "p|tbl+"),
    "sectPr": ("headerReference|footerReference+", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
               "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
               "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"),
    "docDefaults": ("rPrDefault", "pPrDefault"),
    "rPrDefault": ("rPr",),
    "pPrDefault": ("pPr",),
    "style": ("name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority", "semiHidden",
              "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose", "personalReply", "rsid", "pPr",
              "rPr", "tblPr", "trPr", "tcPr", "tblStylePr+"),
    "styles": ("docDefaults", "latentStyles", "style+"),
    "font": ("altName", "panose1", "charset", "family", "notTrueType", "pitch", "sig", "embedRegular",
             "embedBold", "embedItalic", "embedBoldItalic"),
    "fonts": ("font+",),
    "trPr": ("cnfStyle|divId|gridBefore|gridAfter|wBefore|wAfter|cantSplit|trHeight|tblHeader|tblCellSpacing"
             "|jc|hidden|ins|del|trPrChange+",),  # a choice, any order
}
# Attributes the schema requires (use="required"), by element.
REQUIRED: dict[str, tuple[str, ...]] = {
    "pgMar": ("top", "right", "bottom", "left", "header", "footer", "gutter"),
    "top": ("val",), "left": ("val",), "bottom": ("val",), "right": ("val",), "insideH": ("val",),
    "insideV": ("val",),
    "gridSpan": ("val",), "jc": ("val",), "sz": ("val",), "szCs": ("val",), "pStyle": ("val",),
    "rStyle": ("val",), "outlineLvl": ("val",), "basedOn": ("val",), "next": ("val",), "name": ("val",),
    "vAlign": ("val",), "footerReference": ("type",), "family": ("val",), "pitch": ("val",),
}
# Elements whose w:val must be one of the schema's values (the ones drafter uses; Word rejects unknown ones).
VALUES: dict[str, tuple[str, ...]] = {
    "jc": ("start", "center", "end", "both", "mediumKashida", "distribute", "numTab", "highKashida",
           "lowKashida", "thaiDistribute", "left", "right"),
    "vAlign": ("top", "center", "both", "bottom"),
    "vMerge": ("restart", "continue"),
}
# The elements under tblBorders/tblCellMar share names with others (top, left…): they need w:val only there.
_BORDER_PARENTS = {"tblBorders", "tcBorders", "pBdr"}


@dataclass(frozen=True)
class Fault:
    part: str
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.part}: {self.where}: {self.what}"


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname


def _in_w(el: etree._Element) -> bool:
    return isinstance(el.tag, str) and etree.QName(el).namespace == W


def _slot(order: tuple[str, ...], name: str) -> tuple[int, bool] | None:
    for i, entry in enumerate(order):
        repeat = entry.endswith("+")
        if name in entry.rstrip("+").split("|"):
            return i, repeat
    return None


def _order_faults(el: etree._Element, order: tuple[str, ...]) -> Iterator[str]:
    last, last_name = -1, ""
    for child in el:
        if not _in_w(child):
            continue  # other namespaces (w14:…, mc:…) are allowed through markup compatibility
        name = _local(child)
        slot = _slot(order, name)
        if slot is None:
            yield f"<w:{name}> is not allowed in <w:{_local(el)}>"
            continue
        index, repeat = slot
        if index < last or (index == last and not repeat):
            yield f"<w:{name}> comes after <w:{last_name}>: out of the schema's order"
        last, last_name = index, name


def _attribute_faults(el: etree._Element) -> Iterator[str]:
    name = _local(el)
    parent = el.getparent()
    needs = REQUIRED.get(name, ())
    if name in ("top", "left", "bottom", "right") and (parent is None or _local(parent) not in _BORDER_PARENTS):
        needs = ()  # tblCellMar's top/left…: CT_TblWidth, nothing required
    for attr in needs:
        if el.get(f"{{{W}}}{attr}") is None:
            yield f"<w:{name}> lacks the required attribute w:{attr}"
    allowed = VALUES.get(name)
    value = el.get(f"{{{W}}}val")
    if allowed and value is not None and value not in allowed:
        yield f"<w:{name} w:val=\"{value}\">: not a value of the schema"


def _table_faults(tbl: etree._Element) -> Iterator[str]:
    grid = [c for c in tbl.iterchildren(f"{{{W}}}tblGrid")]
    columns = len(list(grid[0].iterchildren(f"{{{W}}}gridCol"))) if grid else 0
    for r, row in enumerate(tbl.iterchildren(f"{{{W}}}tr")):
        spans = 0
        for cell in row.iterchildren(f"{{{W}}}tc"):
            span = cell.find(f"{{{W}}}tcPr/{{{W}}}gridSpan")
            spans += int(span.get(f"{{{W}}}val")) if span is not None else 1
            blocks = [c for c in cell if _in_w(c) and _local(c) in ("p", "tbl")]
            if not blocks or _local(blocks[-1]) != "p":
                yield f"row {r + 1}: a cell does not end in a paragraph (Word requires one)"
        if spans != columns:
            yield f"row {r + 1} spans {spans} grid columns, the grid has {columns}"


def faults(part: str, xml: bytes) -> list[Fault]:
    """Every departure from the content models above in one XML part of the package."""
    root = etree.fromstring(xml)
    found: list[Fault] = []
    for el in root.iter():
        if not _in_w(el):
            continue
        name = _local(el)
        where = "/".join(_local(a) for a in reversed(list(el.iterancestors())) if _in_w(a)) + f"/{name}"
        order = ORDER.get(name)
        if order is not None:
            found += [Fault(part, where, what) for what in _order_faults(el, order)]
        found += [Fault(part, where, what) for what in _attribute_faults(el)]
        if name == "tbl":
            found += [Fault(part, where, what) for what in _table_faults(el)]
        if name in ("body", "p", "r"):
            found += [Fault(part, where, what) for what in _first_last(el)]
    return found


def _first_last(el: etree._Element) -> Iterator[str]:
    """pPr first in a p, rPr first in an r, sectPr last in the body."""
    children = [c for c in el if _in_w(c)]
    first = {"p": "pPr", "r": "rPr"}.get(_local(el))
    if first and any(_local(c) == first for c in children[1:]):
        yield f"<w:{first}> must be the first child of <w:{_local(el)}>"
    if _local(el) == "body" and any(_local(c) == "sectPr" for c in children[:-1]):
        yield "<w:sectPr> must be the last child of <w:body>"
