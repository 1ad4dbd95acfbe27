"""What the sections state in words: 一's text per sub-point and 一（一）'s figures (total, channels), 五's
problems and measures, 六's 信息处理费, and the notice the intro cites."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from drafter.draft import PLACEHOLDER
from drafter.facts import values
from drafter.facts.model import Channel
from drafter.importers.digit_splits import cuts
from drafter.importers.narrative import SUB_POINT, SUB_WORDS

_CHANNEL = re.compile(r"^(.+?)(公开|发布|推送|更新|上传|刊登|刊发|报送)?([0-9０-９]+)\s*(条|篇|件|个|期|次)$")


# a line that states a figure without a full stop, as templates print under a table: "2020年本行政区域(或本部门)政府信息公开
# 发布总数量(非新闻类、消息类):0" (1130, under 表二: E5); a cell's label and number ("行政许可:0") is no statement
_FIGURE_LINE = re.compile(r"^.{12,}?[\u4e00-\u9fff)）]\s*[:：]\s*[0-9０-９]+(?:\.[0-9]+)?\s*(?:条|件|个|篇|项|次|万元|元)?$")


def is_statement(line: str) -> bool:
    """A line of a table section's text that the text rules read: a sentence (with a full stop), or a line stating
    a figure after its words and a colon (``_FIGURE_LINE``); not a table's label left as a line ("信息内容")."""
    return "。" in line or bool(_FIGURE_LINE.match(line.strip()))


def overview_parts(paragraphs: list[str]) -> dict[str, str]:
    """Section 一's text per sub-point (run-in "（一）主动公开政府信息情况。…" or a heading line). A sub-point titled
    in the agency's words ("（一）加大公开力度") is filed under the aspect its first sentence names ("…主动公开政府信息
    47条"), when no other sub-point's title names that aspect."""
    parts: dict[str, list[str]] = {}
    current = "overview"
    leads = [_lead(text) for text in paragraphs if SUB_POINT.match(text)]
    titled = {aspect_key(lead) for lead, _ in leads}
    pending = False  # a sub-point titled in other words, its heading on a line of its own: its text comes next
    for text in paragraphs:
        if SUB_POINT.match(text):
            lead, body = _lead(text)
            current = aspect_key(lead)
            pending = current == "overview" and not body
            if current == "overview" and body:
                current = _by_first_sentence(body, titled)
            text = body.strip()
            if not text:
                parts.setdefault(current, [])
                continue
        elif pending:
            pending, current = False, _by_first_sentence(text, titled)
        parts.setdefault(current, []).append(text)
    return {k: "\n".join(v) for k, v in parts.items() if v}


def _lead(text: str) -> tuple[str, str]:
    """A sub-point line's title and its text ("" for a heading line)."""
    m = SUB_POINT.match(text)
    rest = text[m.end():] if m else text
    lead, sep, body = rest.partition("。")
    if len(lead) > 25:  # no heading of its own: the title runs into the text ("（一）主动公开方面平潭…")
        return rest, rest
    return (rest, "") if not sep else (lead, body)


def aspect_key(lead: str) -> str:
    """The key a sub-point's text is filed under by its title ("overview" when the title names no aspect)."""
    return next((k for k, words in SUB_WORDS if any(w in lead for w in words)), "overview")


def _by_first_sentence(text: str, titled: set[str]) -> str:
    """The aspect no title names that the first sentence of a sub-point's text naming any such names alone
    ("…主动公开政府信息558条"; "充分保障群众的知情权" is no 监督保障 when a title names that); else "overview"."""
    for sentence in re.split(r"[。；;]", text):
        keys = {k for k, words in SUB_WORDS if any(w in sentence for w in words)} - titled
        if keys:
            return keys.pop() if len(keys) == 1 else "overview"
    return "overview"


def proactive_figures(text: str) -> tuple[int | None, list[Channel], str]:
    """Total, channels ("其中，A公开118篇、B发布356条") and platforms stated in 一（一）."""
    m = re.search(r"主动公开[^，。,;；：:0-9０-９]{0,12}?(?:共计|共|累计|合计)?\s*([0-9０-９]+)\s*(?:条|篇|件)", text)
    total = int(values.nfkc(m.group(1))) if m else None
    channels = []
    mc = re.search(r"其中[，,:：]?(.+?)(?:。|$)", text)
    if mc:
        for item in re.split(r"[、，,；;]", mc.group(1)):
            hit = _CHANNEL.match(item.strip())
            if hit:
                channels.append(Channel(re.sub(r"^(通过|在|于|经)", "", hit.group(1)), int(values.nfkc(hit.group(3))), hit.group(4),
                                        hit.group(2) or ""))
    mp = re.search(r"主动在(.+?)上?公开", text)
    return total, channels, (mp.group(1) if mp else "")


def problems_and_measures(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Section 五 as lists: "一是…；二是…" problems and "一是…" measure paragraphs."""
    problems: list[str] = []
    measures: list[str] = []
    target = problems
    for text in paragraphs:
        m = SUB_POINT.match(text)
        if m and len(text) <= 30:
            target = measures if any(w in text for w in ("改进", "措施", "整改", "下一步")) else problems
            continue
        items = [s.strip(" ；;。") for s in re.split(r"[一二三四五六七八九十]是", text)]
        head, items = items[0], [s for s in items[1:] if s]
        if target is problems:
            problems.extend(items if items else ([head] if head else []))
        else:
            measures.append(re.sub(r"^[一二三四五六七八九十]是", "", text).strip())
    return problems, measures


_MEASURE_WORDS = ("改进", "措施", "整改", "下一步")


def improvement_texts(paragraphs: list[str]) -> tuple[str, str] | None:
    """Section 五 as the agency wrote it: the text under "（一）…问题" and under "（二）…措施" (a heading line,
    or run in: "（一）存在的主要问题：…"), when it has both."""
    parts: dict[str, list[str]] = {}
    target = ""
    for text in (p.strip() for p in paragraphs):
        m = SUB_POINT.match(text)
        lead, sep, rest = (re.split(r"([：:])", text[m.end():], maxsplit=1) + ["", ""])[:3] if m else ("", "", "")
        run_in = bool(sep) and len(lead) <= 20 and ("问题" in lead or any(w in lead for w in _MEASURE_WORDS))
        if m and (run_in or len(text) <= 30):
            target = "measures" if any(w in (lead if run_in else text) for w in _MEASURE_WORDS) else "problems"
            text = rest if run_in else ""
        if target and text.strip():
            parts.setdefault(target, []).append(text.strip())
    if not parts.get("problems") or not parts.get("measures"):
        return None
    return "\n".join(parts["problems"]), "\n".join(parts["measures"])


def fees_stated(text: str) -> dict[str, int | Decimal | None]:
    """信息处理费 figures stated in section 六 (None where the text does not say; a forced draft's
    "【待补充：…信息处理费（原报告中未读出…）】" says nothing)."""
    plain = values.nfkc(PLACEHOLDER.sub("", text)).replace(",", "")
    none = bool(re.search(r"(未|无|没有|不存在)(实际)?(收取|产生|发生)[^。]*?(处理费|收费)|处理费[^。]*?(为0|为零|未|无)",
                          plain))
    notices = re.search(r"收费通知(?:书)?(?:共)?(\d+)\s*件|发出(\d+)\s*件[^。]*?收费通知", plain)
    amount = _money(re.search(r"(?:涉及|通知)?金额(?:共)?([\d.]+)\s*(万元|元)", plain))
    collected = _money(re.search(r"实际收取(?:信息处理费)?(?:共)?([\d.]+)\s*(万元|元)", plain))
    none_collected = none or "未实际收取" in plain
    table = fee_table(plain)
    if table is not None:
        return dict(zip(("notices", "notice_amount_10k_yuan", "collected_10k_yuan"), table, strict=True))
    return {
        "notices": int(notices.group(1) or notices.group(2)) if notices else (0 if none else None),
        "notice_amount_10k_yuan": amount if amount is not None else (Decimal(0) if none and not notices else None),
        "collected_10k_yuan": collected if collected is not None else (Decimal(0) if none_collected else None),
    }


def fee_table(plain: str) -> tuple[int, Decimal, Decimal] | None:
    """六's 信息处理费 table with its cells run together ("通知收取件数通知收取金额（元）实际收取金额（元）信息处理费
    收取情况18000"): the notices, the amount notified and the amount collected (万元), when the digits cut one way
    only into a count of notices that has an amount notified (no notice without one, no amount without a notice:
    "18000" is 1 | 800 | 0, as 180 notices of 0 元 is no reading). Spaced cells are read as printed; None when
    there is no such table or more than one cut fits (the amount collected is not compared with the one notified:
    a notice of last year may be paid this year)."""
    m = _FEE_TABLE.search(plain)
    if m is None:
        return None
    units = [Decimal(1) if unit == "万元" else Decimal(10000) for unit in (m.group(1), m.group(2))]
    if plain[m.end():m.end() + 1] in (".", "．"):
        return None  # an amount with decimals ("1 80.5 0"): the cut stops inside it
    tokens = m.group(3).split()
    options = [tuple(map(int, tokens))] if len(tokens) == 3 else cuts("".join(tokens), 3)
    fits = [(n, a, c) for n, a, c in options if (n == 0) == (a == 0)]
    if len(fits) != 1:
        return None
    n, a, c = fits[0]
    return n, (Decimal(a) / units[0]).normalize(), (Decimal(c) / units[1]).normalize()


_FEE_TABLE = re.compile(r"通知收取件数\s*通知收取金额\s*\((万元|元)\)\s*实际收取金额\s*\((万元|元)\)[^\d。]{0,12}?(\d[\d ]*\d|\d)")


def _money(m: re.Match[str] | None) -> Decimal | None:
    if not m:
        return None
    try:
        value = Decimal(m.group(1))
    except InvalidOperation:
        return None
    return (value / 10000).normalize() if m.group(2) == "元" else value


def basis_notice(text: str) -> str:
    m = re.search(r"根据(《[^》]+》)", text)
    return m.group(1) if m else ""
