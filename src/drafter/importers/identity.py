"""Who wrote the report and when: its title, the agency (name, short name, kind), the signature and its
date, and the year and kind a report without a title gives away in its text."""

from __future__ import annotations

import datetime as dt
import re

from drafter.facts import values
from drafter.facts.model import COUNTY_GOVERNMENT, county_short_name

_DATE_HAN = re.compile(r"([〇零○OОΟ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$")
_AGENCY_LINE = re.compile(r"^\S{2,28}(人民政府|办事处|委员会|局|办公室)$")
_TITLE = re.compile(r"(\d{4})\s*年度?\s*政府信息公开(?:工作)?年度报告")
# "2025年金厂镇政府信息公开工作年度报告": the year before the name
_TITLE_YEAR_FIRST = re.compile(r"^(\d{4})年度?([\u4e00-\u9fff（）()]{2,30}?)政府信息公开(?:工作)?年度报告$")
# the end of a title broken over two lines: "…政府信息公开工作" / "年度报告"
_TITLE_TAIL = re.compile(r"^(?:政府信息公开)?(?:工作)?年度报告$")
# the intro naming the report: "现将富县人民政府2024年政府信息公开工作年度报告予以公开"
_INTRO_NAME = re.compile(r"([\u4e00-\u9fff]{2,30})\d{4}年度?政府信息公开(?:工作)?年度报告")
# … or after the year: "现特向社会公布2024年合水镇人民政府信息公开工作年度报告" (人民政府 sharing its 政府)
_INTRO_NAME_AFTER = re.compile(r"(?:现将|现予|现特?向社会公布|现公布|特编制|编制了?)\d{4}年度?([\u4e00-\u9fff]{2,30}?)"
                               r"政府信息公开(?:工作)?年度报告")
_INTRO_VERBS = re.compile(r"^.*?(?:现将|现予|特编制|现公布|公布|编制了?|发布|形成|制作了?|撰写了?|报告如下)")
_AGENCY_END = re.compile(r"(?:人民政府|政府|办事处|街道|镇|乡|局|委员会|委|办公室|办|中心|院|所|队|厅|署|会)$")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
# the word a report calls itself by, never a name: "现将本街道2021年…报告编制如下", "我局", "该镇", "本单位"
# (a name starting with the same character is still one: "本溪市人民政府")
_SELF_WORD = re.compile(r"^[本我该][区县市]?(?:[镇乡局委办院所队厅署会]|街道(?:办事处)?|单位|机关|部门|中心|办公室|委员会"
                        r"|(?:[镇乡]|街道)?(?:人民)?政府)$")


def _shared_government(name: str) -> str:
    """The agency before "政府信息公开" when the two share their 政府 ("2024年托克逊县夏镇人民政府信息公开工作年度报告":
    "托克逊县夏镇人民" is "托克逊县夏镇人民政府")."""
    return name + "政府" if name.endswith("人民") else name


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
        name = _shared_government(first.group(2)) if first else ""
        if first and name and 2008 <= int(first.group(1)) <= 2100 and _AGENCY_END.search(name):
            return last, name, int(first.group(1))
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
    text = re.sub(r"[零○〇OОΟ]", "〇", text)
    return re.sub(r"[〇一二三四五六七八九十]+", lambda m: str(values.chinese_number(m.group(0))), text)


# Words before a date that make it part of a sentence, not a signature's "name date": another date or figure
# ("统计期限为2023年1月1日至2023年12月31日"), or a word leading into the date ("数据截止到2023年12月31日")
_DATE_LEAD = re.compile(r"\d|(?:至|到|自|于|为|从|起|止|截至|截止|在|是)$")
# … but a number in an agency's name is none ("12345政务服务便民热线管理办公室  2024年1月20日"): a name ends like an
# agency and its digits count nothing (no 年, 月, 条, 件, 季, % after them); a phone number (longer) or a
# label's colon ("联系电话：…") makes the line no name (review of c4da9d0)
_NAME_NUMBER = re.compile(r"(?<!\d)\d{1,6}(?![\d.．:：/-]|\s*[年月日号条件个次项季期届%％])")


def _leads_into_date(prefix: str) -> bool:
    """Whether the words before a date make it part of a sentence (not a signature's "name date")."""
    if (_AGENCY_END.search(prefix) and not re.search("[:：]", prefix)
            and not _DATE_LEAD.search(_NAME_NUMBER.sub("", prefix))):
        return False
    return bool(_DATE_LEAD.search(prefix))


_SENTENCE_BEFORE = re.compile(r"(.*[。；;！!？?])\s*(\S.*)$", re.S)


def signature_after_text(text: str) -> tuple[str, str] | None:
    """A flattened page runs section 六's last sentence and the signature into one paragraph
    ("…无收取信息公开处理费。 平潭综合实验区国有资产管理局 2025年1月26日"): the text before, and the
    "name date" after the last sentence end, when that is an agency followed by the date."""
    m = _SENTENCE_BEFORE.match(text)
    if not m:
        return None
    tail = re.sub(r"\s+", "", values.nfkc(m.group(2)))
    date = _DATE.search(tail) or _DATE_HAN.search(tail)
    name = tail[:date.start()] if date else ""
    if not name or len(name) > 40 or not _AGENCY_END.search(name):
        return None
    return m.group(1).strip(), m.group(2)


def find_signature(paragraphs: list[str]) -> tuple[str, dt.date, int, str] | None:
    """The agency name, the date signed, the index where the signature starts, and the text before it
    in the same paragraph (see signature_after_text; else ""): the first date-only paragraph (or
    "name date" on one line) from the start of ``paragraphs`` (section 六, so that page footers further
    down are never taken for it)."""
    for i, text in enumerate(paragraphs):
        run_on = signature_after_text(text)
        before, text = run_on if run_on else ("", text)
        plain = re.sub(r"\s+", "", values.nfkc(text))  # titles often carry a manual line break
        m = _DATE.search(plain) or _DATE_HAN.search(plain)
        prefix = plain[:m.start()] if m else ""
        if not m or (prefix and (len(plain) > 60 or prefix.endswith(("。", "，", ",", ":", ";"))
                                 or _leads_into_date(prefix))):
            continue
        try:
            day = dt.date(*(int(arabic_date(g)) for g in m.groups()))
        except ValueError:
            return None
        if prefix:
            return (prefix if len(prefix) <= 40 else ""), day, i, before
        name = values.nfkc(paragraphs[i - 1]).replace(" ", "") if i > 0 else ""
        if name and len(name) <= 40 and not name.endswith(("。", "；", ";", ":")):
            return name, day, i - 1, ""
        return "", day, i, ""
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
    if county_short_name(name):  # ××县/区/旗人民政府 (a ××市人民政府 is not told: 设区的市 or county-level city)
        return COUNTY_GOVERNMENT
    name = re.sub(r"(?:办公室|党政办|综合办)$", "", name) if re.search(r"(?:镇|乡|街道)", name) else name
    name = re.sub(r"(?<=[镇乡木])政府$", "人民政府", name)  # "福州市长乐区玉田镇政府" (512), "建平乡政府" (963)
    for suffix, kind in (("街道办事处", "街道"), ("街道", "街道"), ("街", "街道"), ("镇人民政府", "镇"), ("镇", "镇"),
                         ("乡人民政府", "乡"), ("乡", "乡"), ("苏木人民政府", "乡"), ("苏木", "乡")):
        # "佳荣里街" (天津) is a 街道; a 苏木 (内蒙古) is a 乡
        if name.endswith(suffix):
            return kind
    return "部门"


# the page's head naming the report's publisher: a metadata field ("来源:东河区应急管理局", "信息来源: …", "发布机构:…",
# "发文机关:…"), or the column's line, the report's title without its year ("应急管理局政府信息公开工作年度报告", 1151)
_PUBLISHER_FIELD = re.compile(r"(?:信息来源|来源|发布机构|发文机关|发布单位)\s*[:：]\s*([^\s:：|]{2,30})")
_PUBLISHER_COLUMN = re.compile(r"^([\u4e00-\u9fff]{2,30}?)(?:政府信息公开|信息公开)(?:工作)?(?:年度报告|年报)$")
# a department's name (not its government's office's, nor a township's)
DEPARTMENT_END = re.compile(r"(?:局|委员会|委|中心)$")


def page_publisher(head: list[str]) -> str:
    """The department the page's head, above the report's title, names as its publisher (the last one named), ""
    when it names none or names a government, a township or an office."""
    found = ""
    for text in head:
        plain = re.sub(r"\s+", " ", values.nfkc(text)).strip()
        names = [m.group(1) for m in _PUBLISHER_FIELD.finditer(plain)]
        names += [m.group(1) for m in [_PUBLISHER_COLUMN.match(plain.replace(" ", ""))] if m]
        found = next((name for name in reversed(names) if DEPARTMENT_END.search(name)), found)
    return found


def name_in_intro(paragraphs: list[str]) -> str | None:
    """The agency an intro names with the report, for reports printed without their title:
    "现将富县人民政府2024年政府信息公开工作年度报告予以公开", "特编制湛江市人民政府地方志办公室2023年…".
    Only a name ending like an agency (人民政府, 局, 镇, 办公室…) counts, and no word the report calls itself by
    ("现将本街道2021年…报告编制如下": 本街道 is no name); the year beside it is not taken
    (it may be the report's own mistake: the year is read elsewhere)."""
    for text in paragraphs[:3]:
        plain = re.sub(r"\s+", "", values.nfkc(text))
        names = [_INTRO_VERBS.sub("", m.group(1)) for m in _INTRO_NAME.finditer(plain)]
        names += [_shared_government(m.group(1)) for m in _INTRO_NAME_AFTER.finditer(plain)]
        for name in names:
            if 2 <= len(name) <= 30 and _AGENCY_END.search(name) and not name.startswith(("关于", "做好", "我")) \
                    and not _SELF_WORD.match(name):
                return name
    return None


# the words of an agency's own name that hold a level's character: "市场监督管理局" (not "场监督管理局", 1073, 998),
# "社区服务中心" (not "城区", "新区", "城市": "西城区", "浦东新区", "共青城市" are places)
_NAME_WORDS = r"市场|社区"


def short_name(title_name: str) -> str:
    """The last unit of the name: 昆明市晋宁区二街镇 → 二街镇, 咸宁市市场监督管理局 → 市场监督管理局."""
    m = re.search(rf"(?:省|自治区|市|自治州|州|地区|盟|区|县|自治县|旗)((?:{_NAME_WORDS}|[^省市区县州旗盟]){{2,}})$", title_name)
    return m.group(1) if m else title_name


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


# (patterns) "我街" is a 街道's short word for itself ("2020年,我街按照全区…", 755), not "我街区"
_SELF_REF = (("镇", ("我镇", "本镇", "全镇")), ("乡", ("我乡", "本乡", "全乡")),
             ("街道", ("我街道", "本街道", "全街道", "(?:我|本)街(?![道区巷])")),
             ("部门", ("我局", "本局", "我委", "本委", "我中心", "本中心")))


# the agency a sentence of the text opens with, after its year: "2022年以来,丰收乡在县委县政府的正确领导下…"
SUBJECT = re.compile(r"(?:^|[。；;])\s*20\d\d\s*年(?:度|以来)?[,，]?\s*((?!度|以来|我|本|全|各)[\u4e00-\u9fff]{2,20}?(?:镇|乡|街道))"
                      r"(?:人民政府|办事处)?(?:党委|政府)?(?:在|坚持|认真|深入|高度|紧紧|紧密|按照|严格|全面|始终|持续|进一步"
                      r"|主动公开|没有|未|共)")


# a county's or district's department as a sentence's subject after the year, named by its level's word alone: "2025年,
# 区城乡建设局聚焦中心工作…" (789, a copy with neither title nor signature)
DEPARTMENT_SUBJECT = re.compile(r"(?:^|[。；;])\s*20\d\d\s*年(?:度|以来)?[,，]?\s*((?:县|区|旗)(?![委直])[\u4e00-\u9fff]{2,12}?"
                                r"(?:局|委员会))(?:以|在|坚持|认真|深入|高度|紧紧|紧密|按照|严格|全面|始终|持续|进一步|着力"
                                r"|聚焦|扎实|积极)")


def department_in_text(paragraphs: list[str]) -> str | None:
    """The county's or district's department a report without title and signature names as its subject
    (``DEPARTMENT_SUBJECT``), when every such subject is that one; None otherwise."""
    names = {m.group(1) for p in paragraphs for m in DEPARTMENT_SUBJECT.finditer(values.nfkc(p))}
    return names.pop() if len(names) == 1 else None


def kind_in_text(paragraphs: list[str]) -> str | None:
    """镇 / 乡 / 街道 when the report, whose signature and title name no agency, calls itself so
    ("我镇", "全乡"…) and by no other kind (once is enough when no department's "我局" appears either), or,
    calling itself by no such word, opens a sentence with a township's name after the year ("2022年以来,丰收乡
    在…"; every such name of one kind); None otherwise."""
    text = "".join(paragraphs)
    counts = {kind: sum(len(re.findall(w, text)) for w in words) for kind, words in _SELF_REF}
    townships = {k: n for k, n in counts.items() if k != "部门"}
    best = max(townships, key=lambda k: townships[k])
    if not any(counts.values()):
        kinds = {agency_kind(m.group(1)) for p in paragraphs for m in SUBJECT.finditer(values.nfkc(p))}
        return kinds.pop() if len(kinds) == 1 and kinds <= {"镇", "乡", "街道"} else None
    if sorted(townships.values())[-2] != 0 or not townships[best]:
        return None
    return best if townships[best] >= 2 or counts["部门"] == 0 else None
