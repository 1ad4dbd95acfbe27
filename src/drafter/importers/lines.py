"""Lines of a report's text: their shapes (a numbered heading, the start of an item, the end of a sentence),
and lines broken by the page (a PDF's or a web copy's) joined back into paragraphs.

One joiner for both ways of knowing that a line was broken by the page: a PDF's layout says the line
reached the right margin (``pdf_text``); a copy without a layout has only the length of the paragraph so
far (``report``, sections 一, 五 and 六).
"""

from __future__ import annotations

import re

from drafter.facts.values import nfkc

NUMERALS = "一二三四五六七八九十"
# The brackets around a sub-point's number: "（一）", also printed "(一)", "一）", "【一】" or "[一]" (the outline
# shows each as "（一）"); the same brackets close a template's placeholder ("（具体网址）", "【单位名称】").
SUB_OPENS, SUB_CLOSES = r"(（【\[", r")）】\]"
SUB_OPEN, SUB_CLOSE, NOT_SUB_CLOSE = f"[{SUB_OPENS}]", f"[{SUB_CLOSES}]", f"[^{SUB_CLOSES}]"
# A section heading line: "三、…", "3、…", "十一、…" (二十 and up are not section numbers); no sentence in it.
HEADING = re.compile(r"^([一二三四五六七八九]|十[一二三四五六七八九]?|[1-9])\s*[、.．]\s*(.{2,30})$")
# A line that starts a new item: a heading, a sub-point, "一是", "1." / "（1）", "第一，" (not "2.5万").
# … or 一's sub-point whose number was lost, its closing bracket left (")依申请公开通过镇、村、社区公示栏…", 201).
ITEM_START = re.compile(rf"^(?:[{NUMERALS}]{{1,2}}\s*[、.．]|{SUB_OPEN}?[{NUMERALS}\d]{{1,2}}{SUB_CLOSE}|"
                        rf"[{NUMERALS}]是|\d{{1,2}}\s*[、.．](?!\d)|第[{NUMERALS}]+[，,、是]"
                        r"|[)）]\s*(?:政府信息)?(?:主动公开|依申请公开|政府信息管理|平台建设|监督保障))")
SENTENCE_END = tuple("。！？!?；;：:…”’」』）)")
WRAP_AT_LEAST = 20  # without a layout: a body line broken by the page is long; a short one is a heading or a signature


_STOPS = ("!", "?", ";", ":", ".")  # how a sentence stops, NFKC ("！", "；", "．"…): not a closing quote or bracket alone


def holds_sentence(text: str) -> bool:
    """Some line of ``text`` is a sentence: it holds "。", or is a body line (``WRAP_AT_LEAST`` long) ending like one
    ("！", "；", "．", "…报告如下："). A page's chrome is not: short lines ("访问量:", "打印 分享到:"), and "label: value"
    lines ending in a colon ("时间: 2026-01-16 18:22:45 来源:"), whose colon is not their only one."""
    for line in text.split("\n"):
        plain = nfkc(line).strip()
        if "。" in plain:
            return True
        if len(plain) < WRAP_AT_LEAST or not plain.endswith(_STOPS):
            continue
        if not plain.endswith(":") or ":" not in plain[:-1]:
            return True
    return False


# a count with its unit, after a clause break ("…主动公开信息66条,其中:…行政处罚1,回复公众诉求件9", 990)
_CLAUSED_COUNT = re.compile(r"[，,][^|\t]*?\d+\s*(?:条|件|篇|个|次|项)")


def unstopped_sentence(text: str) -> bool:
    """``text`` is a sentence that lost its full stop where a table follows at once ("…其中:信息公开年报1条、…回复公众
    诉求件9" then "第二十条第(一)项"): a body line (``WRAP_AT_LEAST`` long), clauses with counts in their units, no
    cell separators. A table's labels are short or hold no count; its rows hold separators or bare digits."""
    plain = nfkc(text).strip()
    return len(plain) >= WRAP_AT_LEAST and "|" not in plain and "\t" not in plain \
        and bool(_CLAUSED_COUNT.search(plain))


def is_heading_line(text: str) -> bool:
    plain = nfkc(text).strip()
    return bool(HEADING.match(plain)) and "。" not in plain


def join_wrapped(lines: list[str], at_margin: list[bool] | None = None) -> list[tuple[int, str]]:
    """``lines`` as paragraphs, each with the index of its first line: a line continues the paragraph above
    when the line above was broken by the page (it reached the right margin: ``at_margin``, one flag a line;
    without a layout, the paragraph so far is long), that paragraph does not end like a sentence and is not a
    heading, and the line does not start a new item ("二是", "（三）"). An empty line ends a paragraph."""
    out: list[tuple[int, str]] = []
    for i, raw in enumerate(lines):
        line = raw.strip()
        prev = out[-1][1] if out else ""
        broken = at_margin[i - 1] if at_margin is not None and i else len(prev) >= WRAP_AT_LEAST
        if prev and line and broken and _continues(prev, line):
            out[-1] = (out[-1][0], prev + line)
        else:
            out.append((i, line or raw))
    return out


def _continues(prev: str, line: str) -> bool:
    return not prev.endswith(SENTENCE_END) and not ITEM_START.match(nfkc(line)) and not is_heading_line(prev)
