"""The national documents a report cites for its own making, and titles cited a character or two off theirs.

Reports garble these titles in ever new ways (a character lost, added, changed or two swapped): "《中华人民共和国信息
公开条例》" (179), "《信息公开条例》" (586), "《政府信息管理条例》" (930), "《中华人民共和国政府信息公开年度报告格式》" (523),
"《中华人民共和国信息公开工作年度报告格式》" (535), "国务院办公厅政府信息与政府信息公开办公室" (511), "《关于政府信息公开
年度报告有关事项的通知》" (601). ``near_titles`` finds any title in 《》 or 〈〉 within a few characters' change of one of
these documents' titles (with or without its issuer, or its short form), whatever the change; the rules that name a
particular slip (``cited_titles``, ``citations``) say it more precisely and come first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.facts.values import edit_distance

ISSUER = "国务院办公厅政府信息与政务公开办公室"
REGULATION = "中华人民共和国政府信息公开条例"
FORMAT = "中华人民共和国政府信息公开工作年度报告格式"
FORMAT_NOTICE = f"{ISSUER}关于印发{FORMAT}的通知"
NOTICE_2019 = f"{ISSUER}关于政府信息公开工作年度报告有关事项的通知"
FEES = "国务院办公厅关于印发政府信息公开信息处理费管理办法的通知"
EXPLANATION_2016 = f"{ISSUER}关于政府信息公开年度报告有关项目填报问题的解释"
# each document's title as reports rightly cite it: whole, without its issuer, or short; the first is named in the fix
KNOWN: tuple[tuple[str, ...], ...] = (
    (REGULATION, "政府信息公开条例"),
    (FORMAT, "政府信息公开工作年度报告格式"),
    (FORMAT_NOTICE, FORMAT_NOTICE.removeprefix("国务院办公厅"), FORMAT_NOTICE.removeprefix(ISSUER)),
    (NOTICE_2019, NOTICE_2019.removeprefix("国务院办公厅"), NOTICE_2019.removeprefix(ISSUER)),
    (FEES, FEES.removeprefix("国务院办公厅"), "政府信息公开信息处理费管理办法"),
    (EXPLANATION_2016, EXPLANATION_2016.removeprefix("国务院办公厅"), EXPLANATION_2016.removeprefix(ISSUER)),
)
# other real titles as near to those as a slip would be: the report's own name, the 指南 and 目录, a province's own
# 《政务公开条例》; a title nearer to one of them than to a national document's is that one
OTHER_TITLES = ("政府信息公开工作年度报告", "政府信息公开年度报告", "政府信息公开指南", "政府信息公开目录", "政务公开条例",
                "政府信息公开规定")
# a title in 《》 (its inner 〈〉 or <> kept) or in 〈〉 or <> inside one
TITLE = re.compile(r"《([^《》]{4,90})》")
INNER_TITLE = re.compile(r"[〈<]([^〈〉<>《》]{4,40})[〉>]")
_LIMIT = 4


def _allowed(right: str) -> int:
    """How many characters' change still cites ``right``: 1 in a short title, 2 up to 24 characters, 3 above."""
    return 1 if len(right) <= 10 else 2 if len(right) <= 24 else 3


def nearest(title: str) -> str:
    """The national document ``title`` garbles (its full title), or "" when it names one rightly or none."""
    said = re.sub(r"[\s〈〉<>]|\(试行\)|（试行）", "", title)
    if any(edit_distance(said, other, 2) < 2 for other in OTHER_TITLES):
        return ""
    best, right, near = _LIMIT, "", ""
    for forms in KNOWN:
        for form in forms:
            d = edit_distance(said, form, _LIMIT)
            if d == 0:
                return ""
            if d <= _allowed(form) and d < best:
                best, right, near = d, forms[0].replace(FORMAT, f"〈{FORMAT}〉") if forms[0] != FORMAT else FORMAT, form
    # words added to the whole title it is near: another body's own ("《某省政府信息公开信息处理费管理办法》"), or the
    # issuer before it, ``cited_titles``' to judge (not a short title inside a garbled full one: "华人民共和国政府信息公开条例")
    return "" if near and near in said else right


def near_titles(said: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each title in ``said`` a few characters off a national document's, with that document's title: the titles
    inside 〈〉 first, then the whole 《》 ones."""
    for m in [*INNER_TITLE.finditer(said), *TITLE.finditer(said)]:
        right = nearest(m.group(1))
        if right:
            yield m, right
