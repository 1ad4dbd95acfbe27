"""The report's text: sections by their headings, title, agency, signature, and figures stated in words."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from drafter.facts import values
from drafter.facts.model import Channel
from drafter.importers.source import Block

# Heading number → words that identify it (variants seen: "政府信息公开工作存在的主要问题…", "1、 总体情况").
HEADING_WORDS = {1: ("总体情况",), 2: ("主动公开",), 3: ("申请",), 4: ("复议", "诉讼"), 5: ("问题", "改进"),
                 6: ("其他", "其它")}
_NUMERALS = "一二三四五六"
_CN_DIGITS = "〇一二三四五六七八九"
_DATE_HAN = re.compile(r"([〇零○OОΟ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$")
_HEADING = re.compile(r"^([一二三四五六1-6])\s*[、.．]\s*(.{2,30})$")
_SUB = re.compile(r"^[(（]([一二三四五六七八九十])[)）]\s*")
SUB_WORDS = (("overview.proactive", ("主动公开",)), ("overview.requests", ("依申请", "申请公开")),
             ("overview.management", ("管理",)), ("overview.platform", ("平台",)),
             ("overview.supervision", ("监督", "保障", "考核")))
_TITLE = re.compile(r"(\d{4})\s*年度?\s*政府信息公开(?:工作)?年度报告")
_TITLE_TAIL = re.compile(r"^政府信息公开(?:工作)?年度报告$")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_CHANNEL = re.compile(r"^(.+?)(公开|发布|推送|更新|上传|刊登|刊发|报送)?([0-9０-９]+)\s*(条|篇|件|个|期|次)$")


def heading_number(text: str) -> int | None:
    """1–6 when the paragraph is one of the six section headings, else None."""
    m = _HEADING.match(values.nfkc(text))
    if not m or "。" in text:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _NUMERALS.index(m.group(1)) + 1
    return n if any(w in m.group(2) for w in HEADING_WORDS[n]) else None


def split_sections(blocks: list[Block]) -> dict[int, list[str]]:
    """Paragraph texts per section: 0 before "一、", then 1–6. Table rows are left out."""
    sections: dict[int, list[str]] = {0: []}
    current = 0
    for block in blocks:
        if not isinstance(block, str):
            continue
        n = heading_number(block)
        if n is not None and n > current:
            current = n
            sections.setdefault(n, [])
            continue
        sections.setdefault(current, []).append(block)
    return sections


def find_title(paragraphs: list[str]) -> tuple[int, str, int] | None:
    """(index of the title's last line, name before the year, year); a title broken over two lines
    (name above, or "政府信息公开工作年度报告" below) is joined.

    Only a short paragraph ending in "年度报告" counts (the intro cites "关于做好2023年…年度报告编制…的通知");
    a breadcrumb prefix ("首页 > … > ") is cut off.
    """
    for last, text in enumerate(paragraphs):
        i, plain = last, re.sub(r"\s+", "", values.nfkc(text))
        if i > 0 and _TITLE_TAIL.match(plain):  # a title broken before "政府信息公开工作年度报告"
            joined = re.sub(r"\s+", "", values.nfkc(paragraphs[i - 1])) + plain
            if _TITLE.search(joined) and len(joined) <= 80:
                i, plain = i - 1, joined
        m = _TITLE.search(plain)
        if not m or m.end() != len(plain) or len(plain) > 80:
            continue
        if not 2008 <= int(m.group(1)) <= 2100:  # the 2008 条例 started the annual reports
            continue
        name = re.split(r"[>»:/|]", plain[:m.start()])[-1]
        if not name and i > 0 and len(paragraphs[i - 1]) <= 30 and _TITLE.search(paragraphs[i - 1]) is None:
            name = values.nfkc(paragraphs[i - 1]).replace(" ", "")
        return last, name, int(m.group(1))
    return None


def arabic_date(text: str) -> str:
    """"二〇二四年一月十七日" → "2024年1月17日" (official documents often write dates in Chinese numerals)."""
    def number(m: re.Match[str]) -> str:
        digits = m.group(0)
        if "十" not in digits:
            return "".join(str(_CN_DIGITS.index(d)) for d in digits)
        tens, _, ones = digits.partition("十")
        return str((_CN_DIGITS.index(tens) if tens else 1) * 10 + (_CN_DIGITS.index(ones) if ones else 0))
    text = re.sub(r"[零○〇OОΟ]", "〇", text)
    return re.sub(r"[〇一二三四五六七八九十]+", number, text)


def find_signature(paragraphs: list[str]) -> tuple[str, dt.date, int] | None:
    """The agency name, the date signed and the index where the signature starts: the first date-only
    paragraph (or "name date" on one line) from the start of ``paragraphs`` (section 六, so that page
    footers further down are never taken for it)."""
    for i, text in enumerate(paragraphs):
        plain = re.sub(r"\s+", "", values.nfkc(text))  # titles often carry a manual line break
        m = _DATE.search(plain) or _DATE_HAN.search(plain)
        prefix = plain[:m.start()] if m else ""
        if not m or (prefix and (len(plain) > 60 or prefix.endswith(("。", "，", ",", ":", ";")))):
            continue
        try:
            day = dt.date(*(int(arabic_date(g)) for g in m.groups()))
        except ValueError:
            return None
        if prefix:
            return (prefix if len(prefix) <= 40 else ""), day, i
        name = values.nfkc(paragraphs[i - 1]).replace(" ", "") if i > 0 else ""
        if name and len(name) <= 40 and not name.endswith(("。", "；", ";", ":")):
            return name, day, i - 1
        return "", day, i
    return None


def agency_kind(name: str) -> str:
    for suffix, kind in (("街道办事处", "街道"), ("街道", "街道"), ("镇人民政府", "镇"), ("镇", "镇"),
                         ("乡人民政府", "乡"), ("乡", "乡")):
        if name.endswith(suffix):
            return kind
    return "部门"


def short_name(title_name: str) -> str:
    """The last unit of the name: 昆明市晋宁区二街镇 → 二街镇."""
    m = re.search(r"(?:省|自治区|市|自治州|州|地区|盟|区|县|自治县|旗)([^省市区县州旗盟]{2,})$", title_name)
    return m.group(1) if m else title_name


def overview_parts(paragraphs: list[str]) -> dict[str, str]:
    """Section 一's text per sub-point (run-in "（一）主动公开政府信息情况。…" or a heading line)."""
    parts: dict[str, list[str]] = {}
    current = "overview"
    for text in paragraphs:
        m = _SUB.match(text)
        if m:
            rest = text[m.end():]
            lead, sep, body = rest.partition("。")
            if not sep or len(lead) > 25:
                lead, body = rest, ""
            current = next((k for k, words in SUB_WORDS if any(w in lead for w in words)), "overview")
            text = body.strip()
            if not text:
                parts.setdefault(current, [])
                continue
        parts.setdefault(current, []).append(text)
    return {k: "\n".join(v) for k, v in parts.items() if v}


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
        m = _SUB.match(text)
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


def fees_stated(text: str) -> dict[str, int | Decimal | None]:
    """信息处理费 figures stated in section 六 (None where the text does not say)."""
    plain = values.nfkc(text).replace(",", "")
    none = bool(re.search(r"(未|无|没有|不存在)(实际)?收取[^。]*?处理费|处理费[^。]*?(为0|为零|未|无)", plain))
    notices = re.search(r"收费通知(?:书)?(?:共)?(\d+)\s*件|发出(\d+)\s*件[^。]*?收费通知", plain)
    amount = _money(re.search(r"(?:涉及|通知)?金额(?:共)?([\d.]+)\s*(万元|元)", plain))
    collected = _money(re.search(r"实际收取(?:信息处理费)?(?:共)?([\d.]+)\s*(万元|元)", plain))
    none_collected = none or "未实际收取" in plain
    return {
        "notices": int(notices.group(1) or notices.group(2)) if notices else (0 if none else None),
        "notice_amount_10k_yuan": amount if amount is not None else (Decimal(0) if none and not notices else None),
        "collected_10k_yuan": collected if collected is not None else (Decimal(0) if none_collected else None),
    }


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
