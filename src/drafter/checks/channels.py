"""The report's own channels and what it says of them (T2).

Another line's directory for the agency's own site: "落实浙江省发改委标准化省市县三级发展改革部门政府信息主动公开基本目录,调整
我局门户网站的信息公开栏目" in 建德市交通运输局's report (1015) is a 发改 report's sentence. The agency's line is read from
its name, else from its own channels' names ("“建德交通”微信公众号"); a line's 领域 directory ("生态环境领域基层政务公开标准
目录") is any agency's to follow, a line's 部门 or 系统 directory is that line's agency's.

Another township's name on a township's own channel: "“荣成成山”新媒体账号定时转载上级政策" in 荣成市荫子镇's
report (972), whose own account is "和谐荫子": 成山 is another town of 荣成, and the sentence was left from its report.

A township's accounts are named by its county and its own name ("荣成成山", "钦北大垌", "柳北区长塘镇", "正定县新安镇人民
政府") or by a word and its name ("和谐荫子"); the county's own ("宣威发布", "政和县人民政府") are the county's and not judged.
A quoted account name that is the county's name and a place of two or three characters, which is not the township's own,
is another township's. The township and its county are read from the report's name, else from its text's address ("地
址:威海市荣成市荫子镇雨山路1号"): the township named most often after a county.
"""

from __future__ import annotations

import re
from collections import Counter

from drafter.checks.agency import TOWNSHIP_KINDS
from drafter.checks.copied import _LINE, AGENCY_LINES, _foreign_line, own_name, speaker
from drafter.checks.problem import WARNING, Problem
from drafter.checks.units import Unit, locate, quote, sentences
from drafter.facts.model import Facts
from drafter.facts.values import nfkc

# a county and one of its townships: "荣成市荫子镇", "正定县新安镇", "柳北区长塘镇"
_COUNTY_TOWNSHIP = re.compile(r"((?:(?![省市县区旗州盟镇乡])[\u4e00-\u9fff]){2,3}?)(?:市|县|区|旗)"
                              r"((?:(?![市县区旗镇乡街道])[\u4e00-\u9fff]){2,3}?)(镇|乡|街道)")
# a quoted account or site: "“荣成成山”新媒体账号", "“和谐荫子”微信公众号"
_CHANNEL = re.compile(r"[“\"]([^”\"\s]{3,14})[”\"]\s*(?:微信)?(?:新媒体|公众号|微信公众号|微信号|账号|抖音号?|视频号|头条号|微博"
                      r"|网站|APP|客户端|小程序|平台)")
# the words a county's own account is named by after the county's name ("宣威发布", "荣成融媒"): no place
_GENERIC = """
发布 政务 融媒 新闻 日报 在线 宣传 之窗 微讯 政府 人民 头条 资讯 观察 文旅 党建 政法 公安 教育 交通 卫健 民政 市场 城管
应急 消防 检察 法院 税务 发改 网信 广电 市民 生活 今日 视点 视窗 时讯 快讯 乡村 发展 旅游 文明 青年 妇联 工会 共青 人社
医保 财政 审计 统计 环境 生态 自然 住建 水利 农业 林业 气象 司法 信访 组工 先锋 清风 廉洁 纪检 便民 服务 热线 智慧 数字
"""
GENERIC = frozenset(_GENERIC.split())


def own_township(facts: Facts, text: list[Unit]) -> tuple[str, str]:
    """The township's own name without its ending ("荫子") and its county's ("荣成"), "" where not told."""
    pairs = Counter((m.group(1), m.group(2)) for unit in text for m in _COUNTY_TOWNSHIP.finditer(nfkc(unit.text)))
    name = own_name(facts)
    own = re.search(r"(?:^|[省市县区旗州盟])((?:(?![省市县区旗州盟])[\u4e00-\u9fff]){2,6}?)(?:镇|乡|街道|苏木)"
                    r"(?:人民政府|办事处)?$", name)
    if own:
        counties = [county for (county, place), _ in pairs.most_common() if place == own.group(1)]
        found = _COUNTY_TOWNSHIP.search(name)
        return own.group(1), found.group(1) if found else counties[0] if counties else ""
    if name or not pairs:
        return "", ""
    (county, place), _ = pairs.most_common(1)[0]
    return place, county


def t2_channels(facts: Facts, text: list[Unit]) -> list[Problem]:
    """T2 on a township's channel named by its county and another place ("“荣成成山”新媒体账号" in 荫子镇's report), or
    by another township ("“成山镇”微信公众号")."""
    if facts.agency.kind not in TOWNSHIP_KINDS:
        return []
    place, county = own_township(facts, text)
    if not place:
        return []
    problems = []
    for unit in text:
        for sentence in sentences(unit.text):
            for m in _CHANNEL.finditer(nfkc(sentence)):
                if not (other := _another_place(m.group(1), place, county)):
                    continue
                problems.append(Problem(
                    "T2", WARNING, locate(facts, sentence, unit.slot, needle=m.group(1)),
                    f"{place}{facts.agency.kind}的报告写“{m.group(1)}”（所在句：“{quote(sentence, 40)}”），"
                    f"账号名称中的“{other}”不是本{facts.agency.kind}，像是沿用了其他乡镇报告的文字",
                    f"改为本{facts.agency.kind}的账号名称，并核对这段内容是否确为本{facts.agency.kind}的情况"))
    return problems


# a channel named by a township: "荣成成山镇", "荣成市成山镇人民政府", "成山镇人民政府"
_TOWNSHIP_CHANNEL = re.compile(r"(?:.*[市县区旗])?((?:(?![市县区旗镇乡])[\u4e00-\u9fff]){2,5}?)(?:镇|乡|街道)"
                               r"(?:人民政府|政府|办事处)?(?:发布|微讯|之窗|宣传|政务)?")


def _another_place(channel: str, place: str, county: str) -> str:
    """The place other than the township's own that ``channel`` is named by ("成山" of "荣成成山" or "成山镇"), else ""."""
    after_county = re.sub(rf"^{re.escape(county)}(?:市|县|区|旗)?", "", channel) if county else channel
    named = _TOWNSHIP_CHANNEL.fullmatch(after_county)
    # a township's name for sure: after its county's, or before its government ("魅力古镇", "书香小镇" are no names)
    if named and (after_county != channel or re.search(r"(?:政府|办事处)$", channel)):
        other = named.group(1)
        return "" if place in other or other in place or other == county or other in GENERIC else other
    if not county:
        return ""
    hit = re.fullmatch(rf"{re.escape(county)}(?:市|县|区|旗)?((?!{re.escape(place)})[^\s市县区旗镇乡街道\d]{{2,3}}?)"
                       r"(?:人民政府|办事处)?(?:发布)?", channel)
    return "" if hit is None or hit.group(1) in GENERIC or hit.group(1)[:2] in GENERIC else hit.group(1)


# a line's own directory: "省市县三级发展改革部门政府信息主动公开基本目录" (not "生态环境领域基层政务公开标准目录")
LINE_DIRECTORY = re.compile(rf"({_LINE})(?:部门|系统)[^，,。；;、]{{0,16}}?目录")


def t2_line_directory(facts: Facts, text: list[Unit]) -> list[Problem]:
    """T2 (a warning) on another line's 部门 directory followed for the agency's own site, in a department's report
    whose name, or whose own channels' names when its name was not read, hold another line."""
    if facts.agency.kind in TOWNSHIP_KINDS:
        return []
    channels = [m.group(1) for unit in text for m in _CHANNEL.finditer(nfkc(unit.text))]
    problems = []
    for unit in text:
        for sentence in sentences(unit.text):
            m = LINE_DIRECTORY.search(nfkc(sentence))
            if m is None or not _other_line(facts, m.group(1), channels):
                continue
            problems.append(Problem(
                "T2", WARNING, locate(facts, sentence, unit.slot, needle=m.group()),
                f"{speaker(facts) + '的报告' if own_name(facts) else '报告'}写“{m.group()}”（所在句：“{quote(sentence, 40)}”），这是"
                f"{m.group(1)}部门的目录，像是照抄了{m.group(1)}部门报告的文字",
                "改为本机关所属领域的公开目录，并核对这段内容是否确为本机关的情况"))
    return problems


def _other_line(facts: Facts, line: str, channels: list[str]) -> bool:
    """``line`` is not the agency's: by its name (``copied._foreign_line``), else by its own channels' names, when
    one holds another line's words and none ``line``'s."""
    if own_name(facts):
        return _foreign_line(facts, line)
    if any(word in name for name in channels for word in AGENCY_LINES[line]):
        return False
    return any(word in name for name in channels for words in AGENCY_LINES.values() for word in words)
