"""Layout numbers of GB/T 9704-2012 《党政机关公文格式》 as used by the Word writer."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

# The prebuilt skeleton (styles, page setup, footers) that ``docx`` loads and ``docx_skeleton`` rebuilds.
SKELETON_ZIP = Path(__file__).with_name("docx_skeleton.zip")
SKELETON_DOCUMENT = Path(__file__).with_name("docx_skeleton_document.xml")

PAGE_MM = (210.0, 297.0)  # A4
MARGINS_MM = {"top": 37.0, "bottom": 35.0, "left": 28.0, "right": 26.0}  # 版心 156 × 225 mm
FOOTER_DISTANCE_MM = 24.0
CHARS_PER_LINE, LINES_PER_PAGE = 28, 22  # GB/T 9704 7.1: 28 characters × 22 lines in the 版心
TEXT_WIDTH_TWIPS = 11906 - 1587 - 1474  # A4 width less the margins (the values python-docx writes)
TEXT_HEIGHT_TWIPS = 16838 - 2098 - 1984
LINE_TWIPS = TEXT_HEIGHT_TWIPS // LINES_PER_PAGE  # 579: 22 lines fill the 版心 (29 pt lines give 21)
LINE_PT = LINE_TWIPS / 20
LATIN = "Times New Roman"
TITLE_FONT, TITLE_PT = "方正小标宋简体", 22.0  # 2号
BODY_FONT, BODY_PT = "仿宋_GB2312", 16.0  # 3号
# 28 characters a line: 3号 condensed by 0.25 pt (a character grid with a negative charSpace does it in
# Word and WPS, but LibreOffice 7.4 then sets each character in two grid cells: 14 a line).
CONDENSE = math.floor(TEXT_WIDTH_TWIPS / CHARS_PER_LINE - BODY_PT * 20)  # twentieths of a point: -5
H1_FONT = "黑体"
H2_FONT = "楷体_GB2312"
PAGE_NO_FONT, PAGE_NO_PT = "宋体", 14.0  # 4号
TABLE_FONT, TABLE_PT = "宋体", 9.0  # 小五: no label wraps mid-word in the 156 mm 版心
CELL_MARGIN_TWIPS = 30
TABLE_LINE_TWIPS = 220  # 11 pt lines in the tables: 表三 fits one page, as published reports set it
MM_TO_TWIPS = 1440 / 25.4
TABLE_PARA, TABLE_CHAR = "DrafterTableText", "DrafterTableChar"  # styles of the table cells


@dataclass(frozen=True)
class FontSet:
    """The East Asian fonts of one font set (Latin text and digits are Times New Roman in both)."""

    title: str
    body: str
    h1: str
    h2: str
    table: str = TABLE_FONT
    page_number: str = PAGE_NO_FONT
    title_bold: bool = False

    def names(self) -> list[str]:
        return list(dict.fromkeys((self.title, self.body, self.h1, self.h2, self.table, self.page_number)))


# 标准: the fonts GB/T 9704 practice names; 系统: those every Windows (and WPS) installs, for offices that
# lack the GB2312 fonts (which also miss rare characters). The title falls back to bold 宋体.
FONT_SETS = {
    "标准": FontSet(TITLE_FONT, BODY_FONT, H1_FONT, H2_FONT),
    "系统": FontSet("宋体", "仿宋", "黑体", "楷体", title_bold=True),
}
DEFAULT_FONTS = "标准"
# Font table entries: (another name Word and WPS look for when the font is missing, its generic family,
# the pitch). The families make a substitute sensible: 仿宋/楷体/宋体 are serif ("roman"), 黑体 sans ("swiss").
FONT_INFO = {
    "Times New Roman": ("", "roman", "variable"),
    "方正小标宋简体": ("宋体", "roman", "variable"),
    "仿宋_GB2312": ("仿宋", "roman", "fixed"),
    "楷体_GB2312": ("楷体", "roman", "fixed"),
    "仿宋": ("FangSong", "roman", "fixed"),
    "楷体": ("KaiTi", "roman", "fixed"),
    "黑体": ("SimHei", "swiss", "fixed"),
    "宋体": ("SimSun", "roman", "fixed"),
}
