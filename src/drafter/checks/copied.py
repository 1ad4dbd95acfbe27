"""Text copied from another agency's report or from a template, left unchanged (T1, T2).

- T1 a template's placeholder left in the published text ("门户网站(具体网址)", "××镇", "XXX"), or a figure left
  blank ("累计发布   条");
- T2 words that belong to another agency:
  - a township's (镇、乡、街道) text that leads work of a higher level ("组织推动全省政府信息公开工作", "督促各乡镇、
    县直各部门…") or counts for it ("全县共受理政府信息公开申请12件"): wording copied from a province's, city's or
    county's report; a county's government leading its city's or province's work ("推动全市政务公开", "加大对全市政府
    信息公开工作的推进、指导、协调", also where only the sentence's "我县" tells the county);
  - the agency calling itself by another kind of agency's word: "我局" in a 镇's report, "我镇" in a
    局's, "我委" in a 局's, "我厅" (a province's department) in a county's 局's (the word a report uses for itself is
    "我镇/我乡/我街道/我局/我委/我办…"), a township's whole or own work in another kind's ("全镇", "由办公室具体负责街道
    信息公开收集…" in a 交通运输局's), or a county's word as the subject of a township's work ("2023年，我县共收到政府
    信息公开申请3件" in a 镇's);
  - the agency's own line of work named as one kind of agency's: "围绕市场监管工作", "紧密结合税务职责" in a
    township's or a government's report, or in a department's whose name holds another line (a 统计局's);
    a line among others ("围绕安全生产、市场监管等工作") or another's work mentioned ("公开市场监管信息") is not;
  - the agency led by another line's higher organ ("在县委、县政府和上级公安机关的正确领导下" in a 镇's report);
  - a 工作要点's word for itself ("将本要点落实情况纳入…年度报告予以公开");
  - another agency's name in the signature, the opening or as a sentence's subject: ``checks.named``.
"""

from __future__ import annotations

import re
from typing import Any

from drafter.checks.agency import TOWNSHIP_KINDS, level
from drafter.checks.problem import WARNING, Problem
from drafter.checks.units import Unit, locate, quote
from drafter.facts.model import COUNTY_GOVERNMENT, Facts, county_short_name
from drafter.facts.values import nfkc
from drafter.importers.lines import NOT_SUB_CLOSE, SUB_CLOSE, SUB_OPEN

# "(具体网址)", "××镇", "XXX", and figures or dates left as the template's "XX条", "××月××日" (not "某某镇": the
# project's own examples name their agency so)
PLACEHOLDER = re.compile(rf"{SUB_OPEN}\s*(?:具体网址|网址|链接|请?填写{NOT_SUB_CLOSE}{{0,10}}|此处{NOT_SUB_CLOSE}{{0,10}}|单位名称|机关名称)"
                         rf"\s*{SUB_CLOSE}"
                         r"|(?:[×xXＸ]{2,}|(?<![一二三四五六七八九十〇零])[○〇*＊]{2,})\s*(?:镇|乡|街道|县|区|局|年|月|日|条|件|个|次|号|名)|XXX"
                         r"|(?<![A-Za-z0-9./])[×xXＸ]{2,}\s*(?:单位|部门|村|社区|市|省|同志|人|元|万|项|篇|份|家|处|科|室|%)"
                         # one x for the agency or a head count, as template sites print them ("x镇政务信息公开领导
                         # 小组…配有x名专职工作人员", biganzizhijia.com's 乡镇政务公开工作情况报告)
                         r"|(?<![A-Za-z0-9])[xX×Ｘ](?:镇|乡|街道|名)"
                         # … or for a date or a count: "于X月X日印发", "共受理X件" (not a product's "3×4")
                         r"|(?<![A-Za-z0-9])[xX×Ｘ]\s*月\s*[xX×Ｘ]\s*日|(?<=[\u4e00-\u9fff])[xX×Ｘ](?:条|件|次|个|项|篇|万元)(?![A-Za-z])"
                         # a template's blank in quotation marks: "在“具体重大政策名称”发布时" (400)
                         r"|[“\"]具体[^”\"，,。；;]{0,10}?(?:名称|网址|内容|时间|日期|数量|文号)[”\"]"
                         # the template's note to whoever fills it in, left in: "编写说明:可先适当综述。" (753)
                         r"|(?:编写|填写|填报)说明\s*[:：]")


# A figure or a date the writer left blank: the template's slot printed as spaces, underscores or boxes where the
# number goes ("累计发布   条" (1108), "共受理＿＿件", "于20  年  月  日"): two spaces or more, or any underscore or box,
# between a word and a measure word (not a table's label and its unit column: a measure word followed by a figure, a
# space or a bar, nor "条例", "件数", "次数", "个人", "项目"), or a year, month or day with no figure
_BLANK = r"(?:[ \u3000]{2,}|[ \u3000]*(?:[_＿]+|[□■]+)[ \u3000]*)"
BLANK_FIGURE = re.compile(rf"(?<=[\u4e00-\u9fff]){_BLANK}(?:条|件|次|个|篇|份|项|万元|元|人次|期|场|名|家)"
                          r"(?![例数目人量\s|｜\d])"
                          # one space will do after a count's verb, with the clause ending after ("共受理 件。")
                          r"|(?:共|计|发布|公开|受理|收到|办理|答复|回复|处理)[ \u3000](?:条|件|次|个|篇|份|项)(?=[，,。；;、）)])"
                          rf"|20{_BLANK}年|年{_BLANK}月(?:{_BLANK}日)?")


# A template's typesetting note in brackets, left in a heading or the text: "一、总体情况(宋体加粗小四号字)" (1012); a
# font, a size "小四号字" or "加粗" (no report's own bracket names a font: "（国务院令第711号）" is digits)
TYPESETTING_NOTE = re.compile(rf"{SUB_OPEN}\s*{NOT_SUB_CLOSE}{{0,8}}?(?:宋体|黑体|仿宋|楷体|小标宋|[初小]?[一二三四五六七八]号字"
                              rf"|加粗){NOT_SUB_CLOSE}{{0,10}}{SUB_CLOSE}")
# A format's instruction for a part, left in as the part's text: "主要报告本机关上一年度政府信息公开工作总体情况,重在聚焦
# 主题主线,对本机关贯彻落实《中华人民共和国政府信息公开条例》情况进行综述,主要包括…等方面" (937; the 2021 format's
# "这一项报告本机关政府信息公开工作总体情况,…进行综述"): the part named as what to report, in the writer's second person,
# or the note's own words (a length asked, "篇幅原则上不超过一千字", 武威's 2025 notice)
DRAFTING_NOTE = re.compile(r"^(?:这一项|这一部分|本部分|此部分|该部分|本项)?\s*(?:(?:主要|重点|着重|如实|简要|应当?|需要?|要)报告"
                           r"|报告本(?:机关|单位|部门)|报告《政府信息公开信息处理费管理办法》)"
                           r"|重在聚焦主题主线|情况进行综述[，,]\s*主要包括|可先?适当综述"
                           r"|篇幅(?:原则上)?(?:不超过|不宜超过|控制在)"
                           # a template's bracketed note on filling in: "（根据实际情况填写）", "（如有）", "（没有的填0）",
                           # "（500字以内）"
                           rf"|{SUB_OPEN}\s*(?:可?根据实际情况(?:填写|增减|调整|选择|删减)|如有|选填|必填|没有的?填\s*[0零无“\"]"
                           rf"|\d+字(?:以内|左右))\s*{SUB_CLOSE}")


def t1_placeholder(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    if m := PLACEHOLDER.search(sentence):
        return [Problem("T1", WARNING, locate(facts, sentence, unit.slot, needle=m.group()),
                        f"正文中有模板占位文字“{m.group()}”，像是照模板填写时漏改", "换成实际内容（如门户网站的网址、机关名称）")]
    if m := BLANK_FIGURE.search(sentence):
        clause = re.split(r"[，,；;：:、]", sentence[:m.start()])[-1][-20:]  # the words before the blank, in its clause
        shown = (clause + m.group()).strip()
        return [Problem("T1", WARNING, locate(facts, sentence, unit.slot, needle=m.group()),
                        f"正文“{shown}”中该填数字的地方是空白，像是照模板填写时漏填", "填上实际数字（没有的写0），或删去这句")]
    if m := TYPESETTING_NOTE.search(sentence):
        return [_typesetting(m.group(), locate(facts, sentence, unit.slot, needle=m.group()))]
    if m := DRAFTING_NOTE.search(nfkc(sentence)):
        return [Problem("T1", WARNING, locate(facts, sentence, unit.slot, needle=sentence[:10]),
                        f"正文中留有年度报告格式（模板）对这一部分的撰写说明：“{quote(sentence, 40)}”，像是照模板填写时漏删",
                        "删去撰写说明，写本机关本年度的实际情况")]
    return []


def _typesetting(note: str, path: str, heading: str = "") -> Problem:
    where = f"标题“{heading}”中" if heading else "正文中"
    return Problem("T1", WARNING, path, f"{where}留有模板的排版说明“{note}”，像是照模板填写时漏删", "删去排版说明（字体、字号等）",
                   heading)


def t1_headings(outline: list[str]) -> list[Problem]:
    """T1 in the headings (a heading is kept in the outline, not in its section's text): a placeholder or a
    typesetting note left in ("一、总体情况(宋体加粗小四号字)")."""
    problems = []
    for line in outline:
        if m := PLACEHOLDER.search(line) or BLANK_FIGURE.search(line):
            problems.append(Problem("T1", WARNING, "outline", f"标题“{line}”中有模板占位文字“{m.group()}”，像是照模板填写时漏改",
                                    "换成实际内容", line))
        elif m := TYPESETTING_NOTE.search(line):
            problems.append(_typesetting(m.group(), "outline", line))
    return problems


# Leading (not taking part in) the work of a whole province, city or county: "组织推动全省…", "指导全市…".
LEADS_HIGHER = re.compile(r"(?:组织|推动|指导|统筹|督促|部署|牵头|领导|提升|提高)(?:推动|推进|指导|协调|开展|督促)?"
                          r"(?:全(?:国|省|市|县|区)(?:各级|各地|各部门)?(?:政府信息公开|政务公开|信息公开)"
                          # … or directing the county's townships and departments: "督促各乡镇（街道）、县直各部门"
                          r"|(?:全(?:市|县|区))?(?:各乡镇|各镇街|各街道|(?:县|区|市)直各(?:部门|单位)))"
                          # … or the same duty with its verbs after: "加大对全市政府信息公开工作的推进、指导、协调" (632)
                          r"|对全(?:国|省|市|县|区)(?:各级|各地|各部门)?(?:政府信息公开|政务公开|信息公开)(?:工作)?的?"
                          r"(?:组织|推进|推动|指导|协调|监督|督促)")


# … or counting for the whole county: "全县共受理政府信息公开申请12件", "全区共主动公开政府信息14571条"
COUNTS_HIGHER = re.compile(r"全(?:省|市|县|区|州|旗)(?:各级行政机关|行政机关|政务新媒体)?(?:全年)?(?:共|累计)?"
                           r"(?:主动公开|新收|受理|收到|发布|办理)[^，,。；;]{0,20}?\d+\s*(?:条|件|篇)")


# … or doing the 主管部门's duty, which 条例 第三条 gives to the 县级以上 government offices: "积极履行政府信息公开工作
# 主管部门职责" (186, a 镇; a district government says it of itself, 113)
SUPERVISOR = re.compile(r"履行[^，,。；;]{0,10}?(?:政府信息公开|政务公开|信息公开)(?:工作)?主管部门的?职责")


# a document's title the sentence cites: "《福州市长乐区关于进一步提升全区政务公开工作实施方案》" (512, a 镇's) is the
# district's document, not the township leading the district's work
CITED_TITLE = re.compile(r"《[^《》]{0,80}》")


def t2_copied(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    # a government as the sentence's subject is t2_subject's (one message a sentence)
    said = CITED_TITLE.sub("《》", nfkc(sentence))
    township = facts.agency.kind in TOWNSHIP_KINDS and not GOVERNMENT_SUBJECT.search(said)
    m = (LEADS_HIGHER.search(said) or COUNTS_HIGHER.search(said) or SUPERVISOR.search(said)) if township else None
    if not township:
        m = _leads_above(facts, said)
    subject = COUNTY_SELF.search(said) if m and not township and not own_name(facts) else None
    found = [_t2(facts, m.group(), locate(facts, sentence, unit.slot, needle=m.group()),
                 subject.group(1) if subject else "")] if m else []
    own_line = _own_line(facts, unit, sentence)
    return (found + _self_reference(facts, unit, sentence) + _higher_self(facts, unit, sentence)
            + _addressed_elsewhere(facts, unit, sentence) + (own_line or _line_theme(facts, unit, sentence))
            + _led_by_line(facts, unit, sentence) + _another_document(facts, unit, sentence))


# A line of work that is one kind of agency's (and the words that agency's name holds): never a township's,
# nor a government's as its own line.
AGENCY_LINES: dict[str, tuple[str, ...]] = {
    "市场监管": ("市场监督管理", "市场监管"), "市场监督管理": ("市场监督管理", "市场监管"),
    "药品监管": ("药品", "市场监督管理", "市场监管"), "税务": ("税务",), "公安": ("公安",), "警务": ("公安",),
    "审计": ("审计",), "统计": ("统计",), "海关": ("海关",), "检察": ("检察",), "金融监管": ("金融",),
    "烟草专卖": ("烟草",), "气象": ("气象",), "财政": ("财政",), "教育": ("教育", "教体"),
    "卫生健康": ("卫生健康", "卫健"), "交通运输": ("交通",), "生态环境": ("生态环境", "环境"),
    "自然资源": ("自然资源", "资源"), "人力资源和社会保障": ("人力资源", "人社"), "人社": ("人力资源", "人社"),
    "住房和城乡建设": ("住房", "住建", "建设"), "住建": ("住房", "住建", "建设"), "医疗保障": ("医疗保障", "医保"),
    "医保": ("医疗保障", "医保"), "退役军人事务": ("退役军人",), "行政审批": ("审批", "政务服务", "数据"),
    "司法行政": ("司法",), "文化和旅游": ("文化", "旅游", "文旅"), "文旅": ("文化", "旅游", "文旅"),
    "商务": ("商务",), "发展改革": ("发展和改革", "发展改革", "发改"), "发改": ("发展和改革", "发展改革", "发改"),
}
# the lines a government's report never calls its own (the others are domains it leads and may write about)
NOT_A_GOVERNMENTS = ("市场监管", "市场监督管理", "药品监管", "税务", "公安", "警务", "审计", "统计", "海关", "检察",
                     "金融监管", "烟草专卖", "气象")
_LINE = "|".join(sorted(AGENCY_LINES, key=len, reverse=True))
# the work the agency is about, as it says it ("紧紧围绕市场监管中心工作", "紧密结合市场监管职责任务", "立足审计职能",
# "发挥财政职能职责" in a 镇's report, 904; "履行审计监督职责"), not one of a list ("围绕市场监管工作、安全生产工作")
OWN_LINE = re.compile(rf"(?:(?:围绕|紧扣|聚焦|立足|履行|发挥好?)(?:全局|本局)?({_LINE})(?:中心|重点|核心|监督|监管)?"
                      rf"(?:工作|职责|职能|事业)"
                      rf"|结合(?:全局|本局)?({_LINE})(?:工作)?(?:职责|职能|实际))(?![、和及与])")
# a department's own counter in the government's service hall ("在局机关办公楼一楼大厅和县政务大厅水利窗口设置公开栏" in
# an 教育局's report, 182): the counter of the agency whose text it is
WINDOW_LINES = {**AGENCY_LINES, "水利": ("水利", "水务"), "教育": ("教育",)}  # counters, not lines of work
OWN_WINDOW = re.compile(rf"政务(?:服务)?(?:大厅|中心)({'|'.join(sorted(WINDOW_LINES, key=len, reverse=True))})窗口")


def _own_line(facts: Facts, unit: Unit, sentence: str) -> list[Problem]:
    m = OWN_LINE.search(nfkc(sentence))
    if m is None and own_kind(facts) in ("局", "委", "department"):
        m = OWN_WINDOW.search(nfkc(sentence))
    if m is None or not _foreign_line(facts, line := m.group(1) or m.group(2), WINDOW_LINES):
        return []
    who = speaker(facts)
    return [Problem("T2", WARNING, locate(facts, sentence, unit.slot, needle=m.group()),
                    f"{who}的报告写“{m.group()}”（所在句：“{quote(sentence, 40)}”），“{line}”是其他机关的职责，"
                    "像是照抄了其他机关报告的文字", "改为本机关自己的工作，并核对这段内容是否确为本机关的情况")]


def _foreign_line(facts: Facts, line: str, lines: dict[str, tuple[str, ...]] = AGENCY_LINES) -> bool:
    """``line`` is not the report's agency's: a township's or a government's, or a department's whose name holds
    another line (a department of unknown line, an 综合执法局, may hold it)."""
    name = own_name(facts)
    if any(word in name for word in lines[line]):
        return False
    if own_kind(facts) in TOWNSHIP_KINDS:
        return True
    if own_kind(facts) == "government":
        return line in NOT_A_GOVERNMENTS
    return any(word in name for words in lines.values() for word in words)


# A sentence that makes one line of work the spirit followed, the information published and the good done, twice or more:
# "认真贯彻落实…自治区教育大会精神…全面、准确、及时地公开教育工作信息…有力推动了教育事业健康有序发展" in a county
# government's overview (456) is an 教育局's text. Each alone may be a government's or a township's (a county leads its
# education, publishes its 财政 information); together they are that line's agency speaking.
LINE_THEMES = (re.compile(rf"({_LINE})(?:工作)?(?:大会|会议)精神"), re.compile(rf"公开({_LINE})(?:工作)?(?:信息|动态)"),
               re.compile(rf"推动了?({_LINE})事业[^，,。；;]{{0,8}}?发展"), OWN_LINE)
# the speaker named as the sentence's subject after the year ("2023年,伊宁县人民政府以…"), when the report's own name
# was not read
_SPEAKER = re.compile(r"(?:^|[。；;])\s*20\d\d\s*年(?:度|以来)?[,，]?\s*((?![我本全各])[\u4e00-\u9fff]{2,20}?"
                      r"(?:人民政府(?:办公室|办公厅)?|街道办事处|镇|乡|街道|局|委员会))"
                      r"(?:以|在|坚持|认真|深入|高度|紧紧|紧密|按照|严格|全面|始终|持续|进一步|着力|聚焦|扎实|积极)")
_TOWNSHIP_END = re.compile(r"(?:镇|乡|街道)(?:人民政府|办事处)?$")
THEME_FROM = 2  # the hits of one line's themes in one sentence that make it that line's agency's text


def _line_theme(facts: Facts, unit: Unit, sentence: str) -> list[Problem]:
    said = nfkc(sentence)
    hits: dict[str, set[str]] = {}
    for pattern in LINE_THEMES:
        for m in pattern.finditer(said):
            line = m.group(1) or m.group(2)
            hits.setdefault(line, set()).add(m.group())
    lines = [line for line, words in hits.items() if len(words) >= THEME_FROM]
    if not lines:
        return []
    subject = _SPEAKER.search(said)
    name = own_name(facts) or (subject.group(1) if subject else "")
    line = lines[0]
    if not name or any(word in name for word in AGENCY_LINES[line]):
        return []
    township = facts.agency.kind in TOWNSHIP_KINDS or bool(_TOWNSHIP_END.search(name))
    government = own_kind(facts) == "government" or bool(GOVERNMENT_NAME.search(name) or "人民政府" in name)
    if not (township or government or any(w in name for words in AGENCY_LINES.values() for w in words)):
        return []  # a department of unknown line (a 社会事业局) may hold it
    words = "”“".join(sorted(hits[line], key=said.find))
    return [Problem("T2", WARNING, locate(facts, sentence, unit.slot, needle=min(hits[line], key=said.find)),
                    f"{speaker(facts) if own_name(facts) else name}的报告写“{words}”（所在句：“{quote(sentence, 40)}”），"
                    f"讲的都是“{line}”这一行业的工作，像是照抄了{line}部门报告的文字",
                    "改为本机关自己的工作，并核对这段内容是否确为本机关的情况")]


# The agency led by one line's higher organ: "在县委、县政府和上级公安机关的正确领导下" in a 镇's report (642) is a 公安
# report's opening; the line's own agency may say it ("在区委、区政府和市公安局的正确领导下", 175).
LED_BY_LINE = re.compile(rf"在[^。；;]{{0,30}}?(?:上级|省|市|县|区|州|盟|旗)({_LINE})(?:机关|部门|局|厅|委员会|委)"
                         r"的?(?:正确|坚强|有力)?领导下")


def _led_by_line(facts: Facts, unit: Unit, sentence: str) -> list[Problem]:
    m = LED_BY_LINE.search(nfkc(sentence))
    if m is None or not own_name(facts) and facts.agency.kind not in TOWNSHIP_KINDS \
            or not _foreign_line(facts, m.group(1)):
        return []
    return [Problem("T2", WARNING, locate(facts, sentence, unit.slot, needle=m.group()),
                    f"{speaker(facts)}的报告写“{m.group()}”（所在句：“{quote(sentence, 40)}”），受上级{m.group(1)}"
                    f"机关领导的是{m.group(1)}部门，像是照抄了{m.group(1)}部门报告的文字", "改为本机关的领导机关，并核对这段内容是否确为本机关的情况")]


# Another kind of document's word for itself: "将本要点落实情况纳入政府信息公开工作年度报告予以公开" (647, a 旗's report
# copying its region's 政务公开工作要点); not inside a word ("基本要点", "根本要点")
OTHER_DOCUMENT = re.compile(r"(?<![基根样成资版文课剧账蓝副正原范标读日书脚底稿])本(要点|工作要点)")


def _another_document(facts: Facts, unit: Unit, sentence: str) -> list[Problem]:
    m = OTHER_DOCUMENT.search(nfkc(sentence))
    if m is None:
        return []
    return [Problem("T2", WARNING, locate(facts, sentence, unit.slot, needle=m.group()),
                    f"报告写“{m.group()}”（所在句：“{quote(sentence, 40)}”），这是工作要点的自称，像是照抄了工作要点的文字",
                    "改为本机关的工作情况，并核对这段内容是否确为本机关的情况")]


# Applications "向市政府及市政府办公室提出": a government's (or its office's) own count, not a township's or a
# department's, which receive the applications addressed to themselves.
ADDRESSED_TO_GOVERNMENT = re.compile(r"向(?:本级)?(?:省|市|县|区)(?:人民)?政府(?:及|和|或)?(?:(?:省|市|县|区)(?:人民)?政府)?"
                                     r"(?:办公室|办公厅)?提出")


def _addressed_elsewhere(facts: Facts, unit: Unit, sentence: str) -> list[Problem]:
    m = ADDRESSED_TO_GOVERNMENT.search(nfkc(sentence))
    if not m or "申请" not in sentence or own_kind(facts) in ("government", ""):
        return []
    who = speaker(facts)
    return [Problem("T2", WARNING, locate(facts, sentence, unit.slot, needle=m.group()),
                    f"{who}的报告写申请是“{m.group()}”的（所在句：“{quote(sentence, 40)}”），像是照抄了政府（办公室）报告的文字",
                    "改为本机关收到的申请（如“向本机关提出”），并核对件数是否为本机关的")]


def _leads_above(facts: Facts, said: str) -> re.Match[str] | None:
    """The work of a level above the agency's led in ``said``: a county's government leading its city's or province's
    ("推动全市政务公开"); any agency whose name holds no 省 (nor 厅) leading a province's ("组织推动全省政府信息公开工作" in a
    开发区管委会's report, 541): a township's is t2_copied's."""
    if facts.agency.kind == COUNTY_GOVERNMENT:  # a county's government leads its county, not its city or province
        above = r"全(?:国|省|市)"
    elif level(facts) == "county" and own_kind(facts) in ("局", "委"):  # a county's department leads no city's work
        above = r"全(?:省|市)"
    elif (name := own_name(facts)) and not re.search(r"省|厅", name) and facts.agency.kind not in TOWNSHIP_KINDS:
        above = r"全省"  # a 厅 is a province's department; 全国 is a ministry's
    elif not name and facts.agency.kind not in TOWNSHIP_KINDS and COUNTY_SELF.search(said):
        above = r"全(?:国|省|市)"  # no name read, but the sentence's subject is a county ("2022年,我县…", 632)
    else:
        return None
    return next((hit for hit in LEADS_HIGHER.finditer(said) if re.search(above, hit.group())), None)


# a county's (district's, banner's) word for itself as the sentence's subject: "2022年,我县认真贯彻落实…"
COUNTY_SELF = re.compile(r"(?:^|[。；;])\s*(?:20\d\d\s*年(?:度|以来)?[，,]?)?\s*(我(?:县|区|旗))(?![委直])")


def t2_headings(facts: Facts, outline: list[str]) -> list[Problem]:
    """T2 in the headings (a sub-point's title is kept in the outline, not in the section's text)."""
    if facts.agency.kind in TOWNSHIP_KINDS:
        hits = [m.group() for line in outline if (m := LEADS_HIGHER.search(nfkc(line)))]
    else:
        hits = [m.group() for line in outline if (m := _leads_above(facts, nfkc(line)))]
    return [_t2(facts, hit, "outline") for hit in hits]


def _t2(facts: Facts, words: str, path: str, subject: str = "") -> Problem:
    """``subject``: the county's word for itself ("我县") the sentence opens with, when the agency's name is not known."""
    kind = facts.agency.kind
    if subject:
        return Problem("T2", WARNING, path, f"以“{subject}”为主语的句子写“{words}”，像是照抄了上级（省、市）报告的文字",
                       f"改写为本{subject[-1]}自己的工作（如“推动全{subject[-1]}政务公开工作”）")
    if kind == COUNTY_GOVERNMENT:  # "县", "区" or "旗"
        kind = county_short_name(own_name(facts))[-1:] or "县"
    elif kind not in TOWNSHIP_KINDS:  # a department, a 开发区's 管委会
        return Problem("T2", WARNING, path, f"{speaker(facts)}的报告写“{words}”，像是照抄了省级报告的文字",
                       "改写为本机关自己的工作")
    return Problem("T2", WARNING, path, f"{kind}的报告写“{words}”，像是照抄了上级（省、市、县）报告的文字",
                   f"改写为本{kind}自己的工作（如“推动全{kind}政务公开工作”）")


# ---- the agency's word for itself ------------------------------------------------------------------
# "我局/本局" … and the kind of agency each word belongs to. Not inside other words: "自我局限", "基本局面",
# "本乡本土", "本委托", "我乡镇/本镇街" (乡镇 and 镇街 name townships in general), "我乡村振兴".
SELF_WORD = re.compile(r"(?<![自基根])([我本])(镇(?![街村])|乡(?![镇村本])|街道|局|委(?![托屈员])|厅)")
# The words another kind of agency uses for itself, by the report's own kind.
FOREIGN_WORDS: dict[str, tuple[str, ...]] = {
    "镇": ("乡", "街道", "局", "委", "厅"),
    "乡": ("镇", "街道", "局", "委", "厅"),
    "街道": ("镇", "乡", "局", "委", "厅"),
    "局": ("镇", "乡", "街道", "委", "厅"),  # a 厅 is a province's department: "我厅" in a county's 局's is its text
    "委": ("镇", "乡", "街道", "厅"),
    "department": ("镇", "乡", "街道"),  # an office, a centre…: only a township's word is surely foreign
    "government": ("镇", "乡", "街道", "局"),
}
GOVERNMENT_NAME = re.compile(r"(?:省|市|县|区|旗|盟|州)(?:人民政府)?(?:办公室|办公厅)?$|人民政府(?:办公室|办公厅)?$")


def own_kind(facts: Facts) -> str:
    """The kind of agency the report is by, as its word for itself tells it: 镇/乡/街道, 局, 委 (a 委员会),
    "government" (a county's or city's 人民政府 or its office), "department" (another), "" when unknown."""
    if facts.agency.kind in TOWNSHIP_KINDS:
        return facts.agency.kind
    name = own_name(facts)
    if not name:
        return ""
    if name.endswith("局"):
        return "局"
    if name.endswith("委员会"):
        return "委"
    if GOVERNMENT_NAME.search(name) or name.endswith(("综合实验区", "新区", "开发区")):
        return "government"
    return "department"


# A township's whole ("全镇", "全街道") and a township's own work ("由办公室具体负责街道信息公开收集、整理、报送等工作" in
# a 交通运输局's report, 934): a township's words for itself, in another kind's report (not "各街道", "乡镇", "镇街", nor
# "健全乡村…").
TOWNSHIP_WHOLE = re.compile(r"(?<![健完安])全(镇(?![街村])|乡(?![镇村本])|街道)")
TOWNSHIP_WORK = re.compile(r"(?:负责|做好|抓好|落实)(?:本|全)?(街道|镇(?![街村])|乡(?![镇村]))(?:人民政府|政府|办事处)?"
                           r"(?:政府信息公开|信息公开|政务公开)")


def _self_reference(facts: Facts, unit: Unit, sentence: str) -> list[Problem]:
    kind = own_kind(facts)
    foreign = FOREIGN_WORDS.get(kind, ())
    said = nfkc(sentence)
    hits = [m.group() for m in SELF_WORD.finditer(said) if m.group(2) in foreign]
    hits += [m.group() for m in TOWNSHIP_WHOLE.finditer(said) if m.group(1) in foreign]
    who = speaker(facts)
    if not hits and kind in ("局", "委", "department") and (work := TOWNSHIP_WORK.search(said)):
        township = work.group(1)
        return [Problem("T2", WARNING, locate(facts, sentence, unit.slot, needle=work.group()),
                        f"{who}的报告写“{work.group()}”（所在句：“{quote(sentence, 40)}”），这是{township}的工作，"
                        f"像是照抄了{township}报告的文字", "改为本机关自己的工作，并核对这段内容是否确为本机关的情况")]
    if not hits:
        return []
    word = hits[0]
    return [Problem("T2", WARNING, locate(facts, sentence, unit.slot, needle=word),
                    f"{who}的报告自称“{word}”（所在句：“{quote(sentence, 40)}”），像是照抄了其他机关报告的文字",
                    f"改为本机关的自称（如“我{_own_word(kind)}”），并核对这段内容是否确为本机关的工作")]


# A county's (district's, city's, banner's) word for itself as the subject of a township's work: "2023年，我县共收到
# 政府信息公开申请3件", "我区主动公开政府信息…" in a 镇's or 街道's report (not "我县政府网站", "按照我县统一部署",
# "根据我市发布的通知": the county named, not doing the township's work)
HIGHER_SELF = re.compile(r"(?:^|[。；;，,：:]|20\d\d\s*年度?(?:以来)?[，,]?)\s*(?:全年|今年|本年度?)?[，,]?\s*"
                         r"([我本](县|区|市|旗))(?:全年|今年|本年度?|年内|共计|共|累计|\s)*"
                         r"(?:主动公开|公开|收到|受理|新收|办结|坚持|认真贯彻|高度重视)")


def _higher_self(facts: Facts, unit: Unit, sentence: str) -> list[Problem]:
    said = nfkc(sentence)
    m = HIGHER_SELF.search(said) if facts.agency.kind in TOWNSHIP_KINDS else None
    name = own_name(facts)
    if m is None or name.endswith(m.group(2)) or name.endswith(f"{m.group(2)}管委会"):
        return []  # a 管理区's or 新区's "我区" is its own word
    if any(w.group(2) == facts.agency.kind for w in SELF_WORD.finditer(said)):
        return []  # the township cites its county beside its own work: "我县高度重视…，我镇认真贯彻…"
    kind = facts.agency.kind
    return [Problem("T2", WARNING, locate(facts, sentence, unit.slot, needle=m.group(1)),
                    f"{kind}的报告以“{m.group(1)}”为主语写政府信息公开工作（所在句：“{quote(sentence, 40)}”），"
                    f"像是照抄了{m.group(2)}政府报告的文字", f"改为本{kind}的自称（如“我{kind}”），并核对数字是否为本{kind}的")]


def _own_word(kind: str) -> str:
    return {"government": "县（区、市）", "department": "单位"}.get(kind, kind)


def clean_name(name: str) -> str:
    """The agency name as printed, without the sentence a flattened page ran into it ("…处理费。××局")."""
    plain = re.sub(r"\s+", "", nfkc(name))
    return re.split(r"[。；;：:，,]", plain)[-1]


def own_name(facts: Facts) -> str:
    """The report's agency as its title names it, else as its signature does (``clean_name``)."""
    return clean_name(facts.agency.title_name or facts.agency.name)


def speaker(facts: Facts) -> str:
    """The report's agency as a message names it ("二街镇的报告…"): its short name, its title's name, else its kind."""
    return facts.agency.short_name or facts.agency.title_name or facts.agency.kind


# a government (省/市/县/区 人民政府) or its office as a sentence's subject after the year, doing the work
GOVERNMENT_SUBJECT = re.compile(r"(?:^|[。；;])\s*20\d\d\s*年(?:度|以来)?[,，]?\s*((?![在经由对])[\u4e00-\u9fff]{0,16}?"
                                r"(?:省|市|县|区|旗|州|盟)(?:人民)?政府(?:办公室|办公厅|办)?)"
                                r"(?:坚持|认真|深入|高度|紧紧|紧密|按照|严格|全面|始终|持续|进一步|着力|聚焦|扎实|积极)")
