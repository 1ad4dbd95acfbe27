"""Another agency's name where the report's own belongs (T2): in the signature, the opening sentence or as a
sentence's subject, the report of that agency reused without changing the name (``checks.copied`` has the other
T2 and T1 rules and the agency's kind as its words tell it).

- the signature naming another agency than the title ("××投资促进局…年度报告" signed "××国有资产管理局"), or the
  title's agency with one character changed (S12);
- the opening naming another agency's report ("现将××国有资产管理局2021年度…", "现发布《××县人民政府2024年…》"
  in a township's) or sending the reader to another agency ("如对本报告有疑问，请与××乡联系");
- a government's title on a department's report, whose text says whose it is ("包头市东河区2021年…年度报告" with
  "现将东河区应急管理局信息公开工作情况报告如下");
- another township as a township's subject ("2023年，李家镇坚持…" in a 王庄镇's report), a government or its office
  as a township's or a 局's ("2024年，××县人民政府办公室认真落实…"), a department of another line as a 局's ("2023年,
  县财政局认真贯彻…" in a 交通运输局's).
"""

from __future__ import annotations

import os
import re
from typing import Any

from drafter.checks.agency import TOWNSHIP_KINDS
from drafter.checks.copied import (
    AGENCY_LINES,
    GOVERNMENT_NAME,
    GOVERNMENT_SUBJECT,
    clean_name,
    own_kind,
    own_name,
    speaker,
    t1_placeholder,
    t2_copied,
)
from drafter.checks.problem import WARNING, Problem
from drafter.checks.units import Unit, locate, quote
from drafter.facts.model import Facts
from drafter.facts.values import edit_distance, nfkc
from drafter.importers.identity import DEPARTMENT_END

AGENCY_END = re.compile(r"(?:局|委员会|办公室|办公厅|中心|人民政府|街道办事处|镇|乡|街道|管理处|大队|支队|所|院|站|公司|集团)$")
_NAME_SUFFIX = re.compile(r"(?:人民政府(?:办公室)?|办事处|党政办公室|办公室)$")


_TOWNSHIP_NAME = re.compile(r"(?:镇|乡|街道|苏木)(?:人民政府|办事处)?$")  # a 苏木 (内蒙古) is a 乡
TYPO_FROM = 5  # names this long that differ in one character only are one name mistyped


def _is_government(name: str) -> bool:
    """A county's, city's or province's 人民政府 or its office (which may sign the government's report)."""
    return not _TOWNSHIP_NAME.search(name) and bool(GOVERNMENT_NAME.search(name) or "人民政府" in name)


# a township's party committee, which signs or answers for the township's report beside its government: "中共闵行区马桥镇
# 委员会" is 马桥镇 (968)
_TOWNSHIP_PARTY = re.compile(r"^中共|(?<=[镇乡])(?:党委|委员会)$|(?<=街道)(?:党工委|工作委员会)$")


def _core(name: str) -> str:
    return _NAME_SUFFIX.sub("", _TOWNSHIP_PARTY.sub("", name))


def _is_abbreviation(short: str, long: str) -> bool:
    """Every character of ``short`` in ``long``, in order ("发改局" of "发展和改革局", "区财政局" of "××区财政局")."""
    it = iter(long)
    return all(c in it for c in short)


def t2_signature(facts: Facts) -> list[Problem]:
    """T2: the signature names another agency than the title: last year's or another agency's report
    reused without changing the name under it. S12: it names the title's agency with one character
    changed ("财政全融局" under a 财政金融局 title, realworld 36)."""
    title, signed = clean_name(facts.agency.title_name), clean_name(facts.agency.name)
    if _mistyped(title, signed):
        return [Problem("S12", WARNING, "agency.name", f"落款“{signed}”与标题中的机关名称“{title}”相差一字，像是错字",
                        f"核对落款，改为“{title}”", "落款")]
    if not _other_agency(title, signed):
        return []
    return [Problem("T2", WARNING, "agency.name",
                    f"标题是“{title}”的报告，落款却是“{signed}”，像是沿用了其他机关报告的文字",
                    f"落款改为本机关名称“{title}”，并核对全文是否都是本机关的情况", "落款")]


def _mistyped(title: str, signed: str) -> bool:
    """Both full agency names, the signature the title's with one character changed (not lost or added: "区财政局"
    for "区财政局局" is no name, and an abbreviation drops characters)."""
    return (len(title) == len(signed) and len(_core(title)) >= TYPO_FROM and bool(AGENCY_END.search(title))
            and edit_distance(title, signed) == 1)


# "现将××局2024年度政府信息公开工作…", "现公布××镇2023年政府信息公开工作年度报告": the agency the opening names;
# a bare government's name too ("现发布《阿巴嘎旗2022年政府信息公开工作年度报告》" in a 苏木's report, 166)
_OPENING_NAME = re.compile(r"(?:现将|现公布|现予公布|特公布|现发布|特发布|特编制|编制了?)\s*《?([^\s，,。；;、“”《》()（）:：]{2,30}?"
                           r"(?:局|委员会|办公室|中心|人民政府|街道办事处|镇|乡|街道|县|旗|区|市|盟|州))\s*20\d\d\s*年")
# "本报告由高楼乡人民政府根据《条例》…编制", "…要求,由南宁市武鸣区行政审批局编制。" (339): the agency said to compile
# the report
_COMPILED_BY = re.compile(r"本(?:年度)?报告由\s*([^\s，,。；;、“”《》()（）:：]{2,30}?"
                          r"(?:局|委员会|办公室|中心|人民政府|街道办事处|镇|乡|街道))\s*(?:根据|依据|按照|编制|负责|结合)"
                          r"|[，,]\s*由\s*([^\s，,。；;、“”《》()（）:：]{2,30}?(?:局|委员会|人民政府|街道办事处|镇|乡|街道))"
                          r"\s*(?:负责)?编制(?:完成)?\s*(?:[。；;]|$)")
# "社会事业管理局编制了管委会办公室2022年政府信息公开工作年度报告" (580): one agency compiling another's report (an
# office compiling its own agency's, "县政府办公室编制了××县2023年…", is not matched: no office compiles so)
_COMPILED_OTHERS = re.compile(r"(?:^|[，,。；;：:])\s*((?![我本由经根按依])[^\s，,。；;、“”《》()（）:：]{2,30}?"
                              r"(?:局|委员会|人民政府|街道办事处|镇|乡|街道))\s*(?:编制|编写|起草)了?\s*《?"
                              r"((?![了我本该])[^\s，,。；;、“”《》()（）:：]{2,30}?(?:局|委员会|办公室|中心|人民政府|街道办事处|镇|乡|街道))"
                              r"\s*20\d\d\s*年")


# "如对本报告有疑问，请与××镇联系", "请联系××乡党政办公室": the agency the reader is sent to (not a 集镇, the township's
# seat: "请联系湖口县大垅集镇" in 大垅乡's, 115)
_CONTACT = re.compile(r"(?:请与|请联系|请致电)\s*[:：]?\s*([^\s，,。；;、“”《》()（）:：]{2,30}?(?<!集)"
                      r"(?:局|委员会|镇|乡|街道))(?=人民政府|政府|办事处|党政|党委|办公室|综合|联系|[，,。；;（(：:])")


# the agencies that run 政务公开 for a county or city, to which any agency's report may send the reader ("请与县政务服务
# 和数据管理局联系" in a 局's report)
_OPEN_GOVERNMENT_OFFICE = re.compile(r"政务服务|政务公开|信息公开|数据")


def _contact(facts: Facts, said: str) -> re.Match[str] | None:
    """The agency the contact line names, when it is of the report's own kind (a 镇's report may send the reader to
    the county's 政务公开办 or 数据局; not to another 镇), and not the 政务公开 office of the county (a 局's may)."""
    m = _CONTACT.search(said)
    own = _core(own_name(facts))
    kind = re.search(r"(?:局|委员会|镇|乡|街道)$", own)
    if m is None or _OPEN_GOVERNMENT_OFFICE.search(m.group(1)) and not _OPEN_GOVERNMENT_OFFICE.search(own):
        return None
    return m if kind and m.group(1).endswith(kind.group()) else None


def t2_opening(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """T2: the opening sentence names another agency than the title ("现将××国有资产管理局2021年度…" under a
    投资促进局 title, "本报告由××乡人民政府根据…编制"), or a government in a township's or a 局's report ("现发布《××县人民政府2024年…》")."""
    said = nfkc(sentence)
    if unit.section == 0 and (other := _compiled_others(said)):
        return [other_report(facts, unit, sentence, other)]
    m = (_OPENING_NAME.search(said) or _COMPILED_BY.search(said) or _contact(facts, said)) if unit.section == 0 else None
    title = own_name(facts) or _contact_name(nfkc(unit.text))
    if m is None or (named := m.group(m.lastindex or 1)).startswith(("我", "本")):
        return []
    government = own_kind(facts) in (*TOWNSHIP_KINDS, "局", "委") and _is_government(named)
    if not government and not _other_agency(title, named):
        return []
    where = "标题" if facts.agency.title_name else "落款" if facts.agency.name else "联系方式中的机关"
    who = f"{where}是“{title}”的报告" if title else f"{facts.agency.short_name or facts.agency.kind}的报告"
    return [Problem("T2", WARNING, locate(facts, sentence, unit.slot, needle=named),
                    f"{who}，开头却写“{m.group().lstrip('，, ')}”，像是沿用了其他机关报告的文字",
                    f"改为本机关名称“{title or '（本机关全称）'}”，并核对全文是否都是本机关的情况")]


# "现将东河区应急管理局信息公开工作情况报告如下": the department the text says the report is of
_REPORTED_BY = re.compile(r"现将\s*((?![我本该])[^\s，,。；;、“”《》()（）:：\d]{2,30}?(?:局|委员会|委|中心))\s*"
                          r"(?:20\d\d\s*年度?)?(?:政府)?(?:信息公开|政务公开)")


def _reported_department(said: str) -> re.Match[str] | None:
    """"现将X局…信息公开工作…" or "本报告由X局…编制": the department the text says the report is of (not 我局/本局, not
    the 政务服务/数据/政务公开 offices that may compile a government's report)."""
    m = _REPORTED_BY.search(said) or _COMPILED_BY.search(said)
    named = m.group(m.lastindex or 1) if m else ""
    if m is None or not DEPARTMENT_END.search(named) or named.startswith(("我", "本")) \
            or _OPEN_GOVERNMENT_OFFICE.search(named):
        return None
    return m


def _government_title(facts: Facts) -> str:
    """The report's title's agency when it names a government (a county's, a city's: "包头市东河区", "某县人民政府"),
    not its office nor a township; "" for any other."""
    title = own_name(facts)
    if not title or facts.agency.kind in TOWNSHIP_KINDS or not GOVERNMENT_NAME.search(title) or "办" in title[-3:]:
        return ""
    return title


def t2_publisher(facts: Facts) -> list[Problem]:
    """T2: a report titled by a government's name whose page names a department as its publisher, above the title
    ("应急管理局政府信息公开工作年度报告" over "包头市东河区2021年政府信息公开工作年度报告", 1151; "来源:××县教育局"): the
    government's title left on the department's report. Not the offices that publish a government's report (its
    办公室, the 政务服务/数据 bureau: "来源: 科右前旗政务服务与数据管理局" over the 旗's report, 268)."""
    title, publisher = _government_title(facts), facts.imported.publisher if facts.imported else ""
    if not title or not publisher or _OPEN_GOVERNMENT_OFFICE.search(publisher):
        return []
    if facts.imported and any(_reported_department(nfkc(text)) for text in facts.imported.sections.values()):
        return []  # the text says whose it is: t2_reported_by quotes that sentence
    return [Problem("T2", WARNING, "agency.title_name",
                    f"网页标明本报告是“{publisher}”的，标题却是“{title}”（政府的名称）的报告，像是沿用了政府报告的标题和文字",
                    f"标题和开头改为本机关名称（{publisher}的全称），并核对全文是否都是本机关的情况", "标题")]


def t2_reported_by(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """T2: a report titled by a government's name ("包头市东河区2021年政府信息公开工作年度报告", opening "包头市东河区编制了
    2021年度…") whose text says it is a department's ("现将东河区应急管理局信息公开工作情况报告如下", 1151): the
    government's title and opening left on the department's report. Not the offices that compile a government's
    report (its 办公室, the 政务服务/数据 bureau)."""
    title = _government_title(facts)
    if not title:
        return []
    m = _reported_department(nfkc(sentence))
    if m is None:
        return []
    named = m.group(m.lastindex or 1)
    return [Problem("T2", WARNING, locate(facts, sentence, unit.slot, needle=named),
                    f"标题是“{title}”（政府的名称）的报告，正文却写“{m.group().strip('，, ')}…”：这是“{named}”的报告，"
                    "标题和开头像是沿用了政府报告的文字", f"标题和开头改为本机关名称“{named}”，并核对全文是否都是本机关的情况")]


def _compiled_others(said: str) -> re.Match[str] | None:
    """"××局编制了××办公室2022年…年度报告": the compiler and the agency whose report it is are two agencies (not the
    county's 政务公开 or 数据 office, which may compile for others)."""
    m = _COMPILED_OTHERS.search(said)
    if m is None or _OPEN_GOVERNMENT_OFFICE.search(m.group(1)) or _is_government(m.group(2)):
        return None
    return m if _other_agency(m.group(1), m.group(2)) else None


def other_report(facts: Facts, unit: Unit, sentence: str, m: re.Match[str]) -> Problem:
    return Problem("T2", WARNING, locate(facts, sentence, unit.slot, needle=m.group(2)),
                   f"开头写“{m.group(1)}”编制了“{m.group(2)}”的年度报告（所在句：“{quote(sentence, 40)}”），"
                   "编制机关与报告所属机关不是同一机关，像是沿用了其他机关报告的文字",
                   "核对本报告是哪个机关的，改为本机关名称，并核对全文是否都是本机关的情况")


# the agency the reader is sent to, for a report whose title and signature were not read: "请与广西富鸣城市投资发展集团有限
# 责任公司办公室联系" (339)
_CONTACT_NAME = re.compile(r"(?:请与|请联系|请致电)\s*[:：]?\s*([^\s，,。；;、“”《》()（）:：]{2,40}?"
                           r"(?:局|委员会|人民政府|街道办事处|镇|乡|街道|公司|集团))"
                           r"(?=办公室|党政|综合|信息|联系|[，,。；;（(：:])")


def _contact_name(text: str) -> str:
    m = _CONTACT_NAME.search(text)
    return m.group(1) if m and not _OPEN_GOVERNMENT_OFFICE.search(m.group(1)) else ""


# another township opening a sentence or a clause as its subject, without a year before it: "根据上级关于推进政务公开的
# 工作部署,新荣镇责专人负责信息收集" in 古店镇's report (815), "李家镇严格落实…", "下一步,李家镇将进一步…"
_CLAUSE_SUBJECT = re.compile(r"(?:^|[。；;,，])\s*(?:下一步|今后|同时|此外|另外)?[,，]?\s*((?:(?![我本全各该])[\u4e00-\u9fff]){2,8}?"
                             r"(?:镇|乡|街道))(?:人民政府|办事处)?(?:党委|政府)?(?:责|负责|由|安排|明确|指定|成立|设立|在|坚持"
                             r"|认真|深入|高度|紧紧|紧密|按照|严格|全面|始终|持续|进一步|落实|建立|将)")


def t2_subject(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """T2: a township's sentence opening with another township as its subject ("2023年，李家镇坚持…" in a 王庄镇's
    report): another township's report reused without changing the name; a township's or a department's opening
    with a government or its office ("2024年，平乡县人民政府办公室认真落实…" in a 乡's): the government's."""
    from drafter.importers.identity import SUBJECT

    own = own_name(facts)
    if own_kind(facts) in (*TOWNSHIP_KINDS, "局", "委") and (m := GOVERNMENT_SUBJECT.search(nfkc(sentence))):
        return [_government_subject(facts, unit, sentence, m.group(1))]
    if own_kind(facts) in ("局", "委") and (other := _another_lines_department(own, nfkc(sentence))):
        return [Problem("T2", WARNING, locate(facts, sentence, unit.slot, needle=other),
                        f"标题是“{own}”的报告，正文却以“{other}”为主语写工作（所在句：“{quote(sentence, 40)}”），"
                        "像是沿用了其他部门报告的文字", f"改为本机关名称“{own}”，并核对全文是否都是本机关的情况")]
    if facts.agency.kind not in TOWNSHIP_KINDS or not own:
        return []
    said = nfkc(sentence)
    # a doubled ending ("二街镇镇严格按照…") is the own name with a character repeated (C-rule 重复字词), not another
    names = [re.sub(r"(镇|乡|街道)\1$", r"\1", m.group(1)) for pattern in (SUBJECT, _CLAUSE_SUBJECT)
             for m in pattern.finditer(said)]
    named = [name for name in names if name not in _GENERAL_TOWNSHIPS and _other_agency(own, name)]
    return [Problem("T2", WARNING, locate(facts, sentence, unit.slot, needle=named[0]),
                    f"标题是“{own}”的报告，正文却写“{named[0]}”（所在句：“{quote(sentence, 40)}”），像是沿用了其他乡镇报告的文字",
                    f"改为本机关名称“{own}”，并核对全文是否都是本机关的情况")] if named else []


# a department as a sentence's subject: "2023年,县财政局认真贯彻落实…" (the year may be left out)
_DEPARTMENT_SUBJECT = re.compile(r"(?:^|[。；;])\s*(?:20\d\d\s*年(?:度|以来)?[,，]?)?\s*((?![我本全各该])[\u4e00-\u9fff]{2,16}?"
                                 r"(?:局|委员会))(?:以|在|坚持|认真|深入|高度|紧紧|紧密|按照|严格|全面|始终|持续|进一步|着力|聚焦"
                                 r"|扎实|积极|共|主动公开|未|没有)")


def _another_lines_department(own: str, said: str) -> str:
    """The department of another line opening a sentence of a 局's or 委's report as its subject ("2023年,县财政局认真
    贯彻…" in a 交通运输局's): the other department's report reused without changing the name. Both names must hold a
    line of work (``copied.AGENCY_LINES``) and share none: "区公安分局" in 温州市公安局鹿城区分局's is its own (684); a
    sentence naming the agency itself too ("县财政局会同我局…") is not its subject's text."""
    m = _DEPARTMENT_SUBJECT.search(said)
    if m is None or re.search(r"[我本]局|[我本]委", said) or own in said:
        return ""
    own_lines, named_lines = _lines(own), _lines(m.group(1))
    return m.group(1) if own_lines and named_lines and not own_lines & named_lines else ""


def _lines(name: str) -> set[str]:
    return {line for line, words in AGENCY_LINES.items() if any(word in name for word in words)}


# the township's own site named by another township's name: "在木镇镇信息公开网站公开" in 龙湖镇's report (414)
_TOWNSHIP_SITE = re.compile(r"(?:在|依托|通过)\s*((?![本我该全各])[\u4e00-\u9fff]{1,10}?(?:镇|乡|街道))镇?(?:人民政府|政府|办事处)?"
                            r"(?:信息公开|政务公开|政府信息公开)?(?:门户)?(?:网站|网|专栏)")
_GENERAL_TOWNSHIPS = ("乡镇", "镇街", "镇乡", "街道")


def t2_site(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """T2: a township's report publishing on a site named by another township ("并在木镇镇信息公开网站公开" in 龙湖镇's)."""
    own = own_name(facts)
    m = _TOWNSHIP_SITE.search(nfkc(sentence)) if facts.agency.kind in TOWNSHIP_KINDS and own else None
    if m is None or m.group(1) in _GENERAL_TOWNSHIPS or re.search(r"[政网门平栏台]", m.group(1)) or "乡镇" in m.group() \
            or not _other_agency(own, m.group(1)):
        return []  # "县政府门户网站乡镇专栏": a site, not a township's name
    return [Problem("T2", WARNING, locate(facts, sentence, unit.slot, needle=m.group(1)),
                    f"标题是“{own}”的报告，正文却写在“{m.group(1)}”的网站公开（所在句：“{quote(sentence, 40)}”），"
                    "像是沿用了其他乡镇报告的文字", f"改为本机关名称“{own}”，并核对全文是否都是本机关的情况")]


# a county's (district's, banner's) portal named in a township's or a county department's report: "依托应城市人民政府门户
# 网站" is a city's (not judged: a city may be the county's parent), "依托长顺县人民政府门户网站" in a 麻阳县 township's is
# another county's, left from the report copied
_COUNTY_SITE = re.compile(r"(?:在|依托|通过|登录)\s*([\u4e00-\u9fff]{2,8}?(?:县|区|旗))(?:人民政府|政府)(?:信息公开|政务公开)?"
                          r"(?:门户)?(?:网站|网)")
_OWN_COUNTY = re.compile(r"([^省市州盟县区旗]{2,8}(?:县|区|旗))")
_ZONE = re.compile(r"(?:开发区|新区|园区|管理区|试验区|实验区|景区|社区|城区|市区|辖区|本区|我区|全区)$")


def t2_county_site(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """T2: the report of a township or a department whose name holds its county publishing on another county's portal
    ("依托乙县人民政府门户网站" in 甲县丙镇's): the county's name left from another county's report."""
    own = own_name(facts)
    county = _OWN_COUNTY.search(own) if facts.agency.kind in TOWNSHIP_KINDS or own_kind(facts) in ("局", "委") else None
    m = _COUNTY_SITE.search(nfkc(sentence)) if county and not _ZONE.search(county.group(1)) else None
    named = _OWN_COUNTY.search(m.group(1)) if m else None  # "哈尔滨市道里区" names 道里区
    if m is None or county is None or named is None or _ZONE.search(named.group(1)) or named.group(1)[:2] == county.group(1)[:2] \
            or named.group(1)[:2] in own:
        return []
    return [Problem("T2", WARNING, locate(facts, sentence, unit.slot, needle=m.group(1)),
                    f"“{own}”的报告写在“{m.group(1)}”的政府网站公开（所在句：“{quote(sentence, 40)}”），"
                    f"而本机关属于{county.group(1)}，像是沿用了其他县（区）报告的文字",
                    "改为本县（区）的网站，并核对全文是否都是本机关的情况")]


def _government_subject(facts: Facts, unit: Unit, sentence: str, named: str) -> Problem:
    who = speaker(facts)
    return Problem("T2", WARNING, locate(facts, sentence, unit.slot, needle=named),
                   f"{who}的报告以“{named}”为主语写工作（所在句：“{quote(sentence, 40)}”），像是照抄了政府（办公室）报告的文字",
                   "改为本机关自己的工作（主语写本机关），并核对这段内容是否确为本机关的情况")


def _other_agency(title: str, named: str) -> bool:
    """``named`` is another agency than ``title``, both agency names of the same standing (a government's
    report may be signed by its office); not an abbreviation ("区财政金融局") nor a typo ("财政全融局")."""
    if not title or not named or not AGENCY_END.search(title) or not AGENCY_END.search(named):
        return False
    if _is_government(title) or _is_government(named):
        return False
    common = len(os.path.commonprefix([title, named]))
    a, b = sorted((_core(title[common:]), _core(named[common:])), key=len)
    if not a or _is_abbreviation(a, b):
        return False
    return not (edit_distance(_core(title), _core(named)) < 2 and len(_core(title)) >= TYPO_FROM)


# ---- the sentence a copy cut short stops inside (T1, T2) ---------------------------------------------
UNFINISHED_MARGIN = 2  # the characters of a cut sentence's end left unread: the cut may have shortened a word


def t_unfinished(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """T1 and T2 on the sentence a copy cut short stops inside, but for its last characters: words printed before
    the cut are the report's ("我局" in a 镇's), the last ones may be a word cut short or one whose next character
    would have told it apart ("围绕市场监管工作" going on "、安全生产工作")."""
    kept = sentence[:-UNFINISHED_MARGIN]
    if not kept:
        return []
    return (t1_placeholder(facts, ctx, unit, kept) + t2_copied(facts, ctx, unit, kept) + t2_subject(facts, ctx, unit, kept)
            + t2_reported_by(facts, ctx, unit, kept))
