"""The date a portal page shows above the report: when it was published (E5's deadline is about that).

Portals print it in the page's head, before the report's text: "发布时间:2025-02-06 10:37", "作者: 来源:
发布时间:2025-02-06 10:37", "发布日期 2026-01-16", "成文日期: 2024-01-16", a metadata table ("| 发布机构 | … |
发布日期 | 2026-01-19 20:34 |"), a label with its date on the next line ("• 成文日期:" / "2023-01-10"), or a bare
bulleted date-time under the title ("• 2025-02-10 15:59"). Also a bare 时间/日期 label starting a field ("来源:河西镇
时间:2024-01-19 10:11", "日期:2023-01-11 来源:…", "时间:2024年01月25日"), 发表日期, a record's 生成日期 ("| 生成日期 |
2026-01-23 16:24:38 |"), and a date in a line of page chrome without a label ("2023-01-16 16:50:00 来源: 荔浦市政府",
"2022年01月18日来源:1", "银川市人民政府门户网站 www.yinchuan.gov.cn 2023-01-28"). A 发布 (or 公开, 发表, bare 时间/日期)
date is taken first, else a 成文/印发/生成 date (the report cannot have been published before it was written), else a
bare one. Dates further down (in the text, in the signature, in a page footer) are not the page's, nor today's date a
portal prints ("今天是2024年3月5日 星期二"), nor a 统计时间 or 更新时间, nor the unlabelled dates of a list of other pages
("最新信息 关于开展…的通知 2024-05-20").
"""

from __future__ import annotations

import datetime as dt
import re

from drafter.facts import values
from drafter.importers.blocks import Block

HEAD_BLOCKS = 40  # the page's head: at most this many blocks before the report's first section
_SECTION = re.compile(r"^\s*(?:一\s*[、.．]|第一部分)")
# a label; a bare 时间/日期 only where a field starts (not "统计时间", "更新时间")
_LABEL = re.compile(r"(发布|公开|发表|成文|发文|印发|生成|(?<![\u4e00-\u9fff]))(?:时间|日期)")
_DATE = re.compile(r"(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
_SEPARATORS = " \t:：|•·●"
_BARE = re.compile(r"[•·●\s]*(20\d{2})-(\d{1,2})-(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*")
# a metadata date in a line of page chrome: ISO ("2023-01-16 16:50:00 来源:") or with a zero-padded month
# ("2022年01月18日来源:1"), which the report's own text does not use
_CHROME_DATE = re.compile(r"(?<!\d)(20\d{2})(?:-|/|年(?=0\d))(\d{1,2})[-/月](\d{1,2})(?![\d:])日?")
_NOT_CHROME = re.compile(r"[，,。；;]|至|到|今天|星期|统计|期限|有效|废止|生效|更新")
# a list of other pages beside the article ("最新信息 关于开展…的通知 2024-05-20", "上一篇：…"): from its heading on,
# an unlabelled date is an item's
_LIST = re.compile(r"最新(?:信息|动态|文章|发布|公开|更新)|热点(?:信息|新闻|推荐)|相关(?:信息|新闻|文章|阅读|推荐)"
                   r"|推荐(?:阅读|信息)|(?:阅读|点击|浏览)排行|上一篇|下一篇|图片新闻")
_RANK = {"发布": 0, "公开": 0, "发表": 0, "": 1, "成文": 1, "发文": 1, "印发": 1, "生成": 1}  # a bare 日期 may be the portal's
_BARE_RANK = 2


def page_date(blocks: list[Block]) -> dt.date | None:
    """The page's publication date (see the module's note), None when its head shows none."""
    head = _head(blocks)
    found: list[tuple[int, dt.date]] = []
    listed = False  # after a list's heading ("最新信息"): its items' dates are not the page's
    for i, text in enumerate(head):
        listed = listed or bool(_LIST.search(text))
        for m in _LABEL.finditer(text):
            rest = text[m.end():].lstrip(_SEPARATORS)
            if not rest and i + 1 < len(head):  # the label alone, its date on the next line
                rest = head[i + 1].lstrip(_SEPARATORS)
            date = _DATE.match(rest)
            day = _day(date) if date else None
            if day and not (m.group(1) == "" and re.search(r"今天|星期", rest)):  # "日期：2025年03月05日 星期三": today
                found.append((_RANK[m.group(1)], day))
        bare = None if listed else _BARE.fullmatch(text) or _chrome_date(text)
        if bare:
            found += [(_BARE_RANK, day) for day in [_day(bare)] if day]
    return min(found, key=lambda f: f[0])[1] if found else None


def _chrome_date(text: str) -> re.Match[str] | None:
    """The one unlabelled date of a line of page chrome (no sentence, no span of dates, not today's date)."""
    dates = list(_CHROME_DATE.finditer(text))
    if len(dates) != 1 or _NOT_CHROME.search(text) or re.search(r"[（(]\s*$", text[:dates[0].start()]):
        return None  # a date in brackets is the signature's under the title: "（2025年01月20日）"
    return dates[0]


def _head(blocks: list[Block]) -> list[str]:
    """The blocks before the first section heading ("一、总体情况"), as text, tables' rows joined by spaces."""
    head = []
    for block in blocks[:HEAD_BLOCKS]:
        text = values.nfkc(block if isinstance(block, str) else " ".join(block.cells))
        if _SECTION.match(text):
            break
        head.append(text)
    return head


def _day(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(*(int(g) for g in m.groups()))
    except ValueError:
        return None
