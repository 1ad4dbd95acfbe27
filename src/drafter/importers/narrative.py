"""The report's text: sections by their headings, title, agency, signature, and figures stated in words."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from drafter.facts import values
from drafter.facts.model import Channel
from drafter.importers import inline_headings, lines
from drafter.importers.source import Block

_NUMERALS = "一二三四五六七八九十"
_CN_DIGITS = "〇一二三四五六七八九"
_DATE_HAN = re.compile(r"([〇零○OОΟ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$")
_SUB = re.compile(r"^[(（]([一二三四五六七八九十])[)）]\s*")
# What the six official titles mean: a title names a section when it matches its pattern (variants seen:
# "政府信息公开工作存在的主要问题和改进措施", "其他需要汇报事项", "1、 总体情况"). Table row labels that
# look like headings in one-cell-per-line copies ("一、本年新收…申请数量", "四、结转下年度继续办理") never match.
MEANINGS = {
    1: re.compile(r"总体情况|总体概况|基本情况|概述"),
    2: re.compile(r"^(?!.*申请).*主动公开"),
    3: re.compile(r"^(?!依申请)(?!.*(?:数量|结转|办理结果)).*(?:收到|处理|办理|受理).*申请|^(?!.*(?:数量|结转)).*申请.*(?:收到|处理|办理)"),
    4: re.compile(r"复议|诉讼"),
    5: re.compile(r"问题.*(?:改进|整改|措施)|(?:改进|整改).*问题|^(?:存在的)?主要问题|^存在.*问题"),
    6: re.compile(r"(?:其他|其它).*(?:事项|报告|汇报)"),
}
# How a section title ends (a sentence-like item inside a section does not): only such lines are
# filed under their meaning when their printed number is wrong.
_TITLE_END = re.compile(r"(?:情况|事项|措施|问题|概况|概述|说明|事宜)$")
SUB_WORDS = (("overview.proactive", ("主动公开",)), ("overview.requests", ("依申请", "申请公开")),
             ("overview.management", ("管理",)), ("overview.platform", ("平台",)),
             ("overview.supervision", ("监督", "保障", "考核")))
_AGENCY_LINE = re.compile(r"^\S{2,28}(人民政府|办事处|委员会|局|办公室)$")
_TITLE = re.compile(r"(\d{4})\s*年度?\s*政府信息公开(?:工作)?年度报告")
# "2025年金厂镇政府信息公开工作年度报告": the year before the name
_TITLE_YEAR_FIRST = re.compile(r"^(\d{4})年度?([\u4e00-\u9fff（）()]{2,30}?)政府信息公开(?:工作)?年度报告$")
# the end of a title broken over two lines: "…政府信息公开工作" / "年度报告"
_TITLE_TAIL = re.compile(r"^(?:政府信息公开)?(?:工作)?年度报告$")
# the intro naming the report: "现将富县人民政府2024年政府信息公开工作年度报告予以公开"
_INTRO_NAME = re.compile(r"([\u4e00-\u9fff]{2,30})\d{4}年度?政府信息公开(?:工作)?年度报告")
_INTRO_VERBS = re.compile(r"^.*?(?:现将|现予|特编制|现公布|公布|编制了?|发布|形成|制作了?|撰写了?|报告如下)")
_AGENCY_END = re.compile(r"(?:人民政府|政府|办事处|街道|镇|乡|局|委员会|委|办公室|办|中心|院|所|队|厅|署|会)$")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_CHANNEL = re.compile(r"^(.+?)(公开|发布|推送|更新|上传|刊登|刊发|报送)?([0-9０-９]+)\s*(条|篇|件|个|期|次)$")


def parse_heading(text: str) -> tuple[int, str, bool] | None:
    """(printed number, title, numbered in digits) of a line shaped like "三、…" or "3、…", else None."""
    m = lines.HEADING.match(values.nfkc(text).strip())
    if not m or "。" in text:
        return None
    mark = m.group(1)
    if mark.isdigit():
        return int(mark), m.group(2).strip(), True
    tens = 10 if len(mark) == 2 else 0  # 十一 … 十九
    return tens + _NUMERALS.index(mark[-1]) + 1, m.group(2).strip(), False


def heading_meaning(title: str) -> int | None:
    """Which of the six sections (1–6) a heading's title means, whatever its number; None if none."""
    plain = re.sub(r"\s+", "", values.nfkc(title))
    found = [n for n, pattern in MEANINGS.items() if pattern.search(plain)]
    if 4 in found and 3 in found:  # "政府信息公开申请行政复议…" is about 复议
        found.remove(3)
    return found[0] if len(found) == 1 else None


def heading_number(text: str, current: int = 0, printed: int = 0) -> int | None:
    """The section (1–6) a heading line files under, by its meaning, else None.

    A title whose number agrees with its meaning is always a heading. A Chinese-numbered title that
    reads like one (it ends in 情况, 事项…) is a heading even when its number is wrong, if it moves on
    past ``current`` (the section so far) or repeats it under the same number ``printed``: a report
    numbered one too high still files 六's text under 六, and two "三、…" headings are one section.
    """
    parsed = parse_heading(text)
    if parsed is None:
        return None
    number, title, digits = parsed
    meaning = heading_meaning(title)
    if meaning is None:
        return None
    if number == meaning:
        return meaning
    if digits or not _TITLE_END.search(title):
        return None
    if meaning > current or meaning == current and number == printed:
        return meaning
    return None


def is_unknown_heading(text: str, printed: int) -> bool:
    """A top-level heading the format does not have: Chinese-numbered, next in the printed sequence,
    shaped like a title, and meaning none of the six ("七、工作考核情况")."""
    parsed = parse_heading(text)
    if parsed is None or parsed[2] or parsed[0] != printed + 1 or printed == 0:
        return False
    title = parsed[1]
    return heading_meaning(title) is None and len(title) <= 25 and not re.search(r"[，,；;：:]$", title)


def sub_heading(text: str) -> str | None:
    """The lead of a sub-point line of 一 ("（一）主动公开政府信息情况。…" → "（一）主动公开政府信息情况")."""
    plain = values.nfkc(text).strip()
    m = _SUB.match(plain)
    if not m:
        return None
    lead = re.split(r"[。：:]", plain[m.end():], maxsplit=1)[0].strip()
    if not lead or len(lead) > 25:
        return None
    return f"（{m.group(1)}）{lead}"


def unrun(blocks: list[Block]) -> list[Block]:
    """Paragraphs holding the whole page (three or more section headings inline) split at its headings
    and sub-points (``inline_headings.split``)."""
    return [line for block in blocks for line in
            (inline_headings.split(block) if isinstance(block, str) and inline_headings.is_flattened(block) else [block])]


# A sub-point about problems and improvements outside 五 ("（一）主要问题" after 表四): 五's content under
# another heading, most often because a PDF conversion lost the heading "五、存在的主要问题及改进情况".
LOST_FIVE = re.compile(r"问题|改进|整改")


def split_sections(blocks: list[Block], outline: list[str] | None = None) -> dict[int, list[str]]:
    """Paragraph texts per section: 0 before the first heading, then 1–6, each section under its
    meaning (``heading_number``). Table rows are left out. ``outline`` receives the heading lines as
    printed, in order: the sections' headings, headings the format does not have, 一's sub-points, and
    sub-points about problems and improvements outside 五 (``LOST_FIVE``)."""
    sections: dict[int, list[str]] = {0: []}
    current = printed = 0
    for block in unrun(blocks):
        if not isinstance(block, str):
            continue
        n = heading_number(block, current, printed)
        if n is not None:
            current, printed = n, parse_heading(block)[0]  # type: ignore[index]
            sections.setdefault(n, [])
            if outline is not None:
                outline.append(values.nfkc(block).strip())
            continue
        if outline is not None:
            if is_unknown_heading(block, printed):
                printed = parse_heading(block)[0]  # type: ignore[index]
                outline.append(values.nfkc(block).strip())
            elif (lead := sub_heading(block)) and (current == 1 or current != 5 and LOST_FIVE.search(lead)):
                outline.append(lead)
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
            if (_TITLE.search(joined) or _TITLE_YEAR_FIRST.match(joined)) and len(joined) <= 80:
                i, plain = i - 1, joined
        first = _TITLE_YEAR_FIRST.match(re.split(r"[>»:/|]", plain)[-1])
        if first and 2008 <= int(first.group(1)) <= 2100 and _AGENCY_END.search(first.group(2)):
            return last, first.group(2), int(first.group(1))
        m = _TITLE.search(plain)
        if not m or m.end() != len(plain) or len(plain) > 80:
            continue
        if not 2008 <= int(m.group(1)) <= 2100:  # the 2008 条例 started the annual reports
            continue
        name = re.split(r"[>»:/|]", plain[:m.start()])[-1]
        if not name and i > 0 and len(paragraphs[i - 1]) <= 30 and _TITLE.search(paragraphs[i - 1]) is None:
            name = values.nfkc(paragraphs[i - 1]).replace(" ", "")
        if not name and last + 1 < len(paragraphs) and _AGENCY_LINE.match(values.nfkc(paragraphs[last + 1])):
            name = values.nfkc(paragraphs[last + 1]).replace(" ", "")  # "2022年…年度报告" above "××镇人民政府"
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


def date_under_title(paragraphs: list[str], title: int) -> dt.date | None:
    """The date printed alone under the title ("（2024年3月26日）"), which some reports give instead of a
    signature at the end."""
    if title + 1 >= len(paragraphs):
        return None
    plain = re.sub(r"\s+", "", values.nfkc(paragraphs[title + 1])).strip("()")
    m = _DATE.fullmatch(plain) or _DATE_HAN.fullmatch(plain)
    try:
        return dt.date(*(int(arabic_date(g)) for g in m.groups())) if m else None
    except ValueError:
        return None


def agency_kind(name: str) -> str:
    name = re.sub(r"(?:办公室|党政办|综合办)$", "", name) if re.search(r"(?:镇|乡|街道)", name) else name
    for suffix, kind in (("街道办事处", "街道"), ("街道", "街道"), ("镇人民政府", "镇"), ("镇", "镇"),
                         ("乡人民政府", "乡"), ("乡", "乡")):
        if name.endswith(suffix):
            return kind
    return "部门"


def name_in_intro(paragraphs: list[str]) -> str | None:
    """The agency an intro names with the report, for reports printed without their title:
    "现将富县人民政府2024年政府信息公开工作年度报告予以公开", "特编制湛江市人民政府地方志办公室2023年…".
    Only a name ending like an agency (人民政府, 局, 镇, 办公室…) counts; the year beside it is not taken
    (it may be the report's own mistake: the year is read elsewhere)."""
    for text in paragraphs[:3]:
        plain = re.sub(r"\s+", "", values.nfkc(text))
        for m in _INTRO_NAME.finditer(plain):
            name = _INTRO_VERBS.sub("", m.group(1))
            if 2 <= len(name) <= 30 and _AGENCY_END.search(name) and not name.startswith(("关于", "做好", "我")):
                return name
    return None


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
            if len(lead) > 25:  # no heading of its own: the title runs into the text ("（一）主动公开方面平潭…")
                lead, body = rest, rest
            elif not sep:  # a heading line
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


_MEASURE_WORDS = ("改进", "措施", "整改", "下一步")


def improvement_texts(paragraphs: list[str]) -> tuple[str, str] | None:
    """Section 五 as the agency wrote it: the text under "（一）…问题" and under "（二）…措施" (a heading line,
    or run in: "（一）存在的主要问题：…"), when it has both."""
    parts: dict[str, list[str]] = {}
    target = ""
    for text in (p.strip() for p in paragraphs):
        m = _SUB.match(text)
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


_PERIOD = re.compile(r"(?:统计期限|统计期|时间)[^。]{0,20}?(20\d{2})\s*年\s*1\s*月\s*1\s*日")
_THIS_YEAR = re.compile(r"本年\s*[(（]\s*(20\d{2})\s*[)）]")


def year_in_text(paragraphs: list[str]) -> int | None:
    """The report year when there is no title: the 统计期限's first day, "本年(2023)" in a table header,
    else the most frequent "20xx年" (a report names its own year more than any other)."""
    text = "\n".join(values.nfkc(p) for p in paragraphs)
    for pattern in (_PERIOD, _THIS_YEAR):
        m = pattern.search(text)
        if m:
            return int(m.group(1))
    years = [int(y) for y in values.YEAR_IN_TEXT.findall(text) if 2008 <= int(y) <= 2100]
    if not years:
        return None
    return max(sorted(set(years)), key=years.count)


_SELF_REF = (("镇", ("我镇", "本镇", "全镇")), ("乡", ("我乡", "本乡", "全乡")), ("街道", ("我街道", "本街道", "全街道")),
             ("部门", ("我局", "本局", "我委", "本委", "我中心", "本中心")))


def kind_in_text(paragraphs: list[str]) -> str | None:
    """镇 / 乡 / 街道 when the report, whose signature and title name no agency, calls itself so
    ("我镇", "全乡"…) and by no other kind (once is enough when no department's "我局" appears either);
    None otherwise."""
    text = "".join(paragraphs)
    counts = {kind: sum(text.count(w) for w in words) for kind, words in _SELF_REF}
    townships = {k: n for k, n in counts.items() if k != "部门"}
    best = max(townships, key=lambda k: townships[k])
    if sorted(townships.values())[-2] != 0 or not townships[best]:
        return None
    return best if townships[best] >= 2 or counts["部门"] == 0 else None
