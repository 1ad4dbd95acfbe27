"""Layout numbers of GB/T 9704-2012 《党政机关公文格式》 as used by the Word writer."""

from __future__ import annotations

from pathlib import Path

# The prebuilt skeleton (styles, page setup, footers) that ``docx`` loads and ``docx_skeleton`` rebuilds.
SKELETON_ZIP = Path(__file__).with_name("docx_skeleton.zip")
SKELETON_DOCUMENT = Path(__file__).with_name("docx_skeleton_document.xml")

PAGE_MM = (210.0, 297.0)  # A4
MARGINS_MM = {"top": 37.0, "bottom": 35.0, "left": 28.0, "right": 26.0}  # 版心 156 × 225 mm
FOOTER_DISTANCE_MM = 24.0
LINE_PT = 29.0  # 22 lines per page
LATIN = "Times New Roman"
TITLE_FONT, TITLE_PT = "方正小标宋简体", 22.0  # 2号
BODY_FONT, BODY_PT = "仿宋_GB2312", 16.0  # 3号
H1_FONT = "黑体"
H2_FONT = "楷体_GB2312"
PAGE_NO_FONT, PAGE_NO_PT = "宋体", 14.0  # 4号
TABLE_FONT, TABLE_PT = "宋体", 9.0  # 小五: no label wraps mid-word in the 156 mm 版心
CELL_MARGIN_TWIPS = 30
MM_TO_TWIPS = 1440 / 25.4
TABLE_PARA, TABLE_CHAR = "DrafterTableText", "DrafterTableChar"  # styles of the table cells
