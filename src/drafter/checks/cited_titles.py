"""E6 on documents cited under a wrong title, issuer or number, as real reports garble them.

- the format notice's title breaking off after 关于印发, its 《 never closed ("《国务院办公厅政府信息与政务公开办公室关于印发
  要求,…制定本报告", 946), an error;
- the format notice's issuer code garbled ("过半公开办函﹝2021﹞30号", 434: 国办 read as 过半), an error; lost
  ("（公开办函〔2021〕30号）"), a warning;
- the 《条例》's 国务院令 number given as an article ("国务院令第711条"), an error;
- the 《政府信息公开信息处理费管理办法》 cited with another number than 国办函〔2020〕109号, an error;
- a year's 《政务公开工作要点》 cited with another number than its own ("《2022年政务公开工作要点》(国办发〔2022〕12号)",
  502: 12号 is the 2021 要点's), for the years whose numbers are known here, an error;
- the format's title without 政府, 公开, 工作 or 年度 ("《中华人民共和国政府信息公开年度报告格式》", 523; "《中华人民共和国信息公开
  工作年度报告格式》", 535) or otherwise two characters off ("《中华人民共和国政务信息公开工作年度报告格式》"), the 《条例》's
  short title with a word lost or changed ("《信息公开条例》", 586; "《政府信息管理条例》", 930) and the notice's issuer
  misnamed ("国务院办公厅政府信息与政府信息公开办公室", 511): warnings (the document meant is plain).
"""

from __future__ import annotations

import re
from typing import Any

from drafter.checks import citations
from drafter.checks.near_titles import FORMAT as FORMAT_TITLE
from drafter.checks.near_titles import ISSUER, REGULATION, near_titles
from drafter.checks.problem import ERROR, WARNING, Problem
from drafter.checks.units import Unit, locate
from drafter.facts.model import Facts
from drafter.facts.values import edit_distance, nfkc

# the format notice's number (NFKC makes ﹝﹞ 〔〕), judged by what stands before 公开办函: 国办 or the office's name is
# right; other characters are a garbled code ("过半", an error); nothing but a bracket or the sentence's start, a code
# lost (a warning). Spaces, line breaks and a mirror's pinyin in brackets ("国办(ban)") are not what stands before it.
FORMAT_NUMBER = re.compile(r"公开办函\s*〔\s*2021\s*〕\s*30\s*号")
_NOT_TEXT = re.compile(r"(?:\s|\([a-zA-Z]{1,8}\))+$")
_RIGHT_ISSUER = ("国办", "国务院办公厅")
ORDER_AS_ARTICLE = re.compile(r"国(?:务院)?令\s*第?\s*(\d+)\s*条(?![例列])")
# the numbers of the State Council's yearly 政务公开工作要点
KEY_POINTS = {2019: ("2019", "14"), 2020: ("2020", "17"), 2021: ("2021", "12"), 2022: ("2022", "8")}
KEY_POINTS_CITED = re.compile(r"((?:19|20)\d\d)年政务公开(?:工作)?要点[^《》〔〕()]{0,8}?》?\s*\(\s*国办发\s*〔\s*(\d{4})\s*〕"
                              r"\s*(\d+)\s*号")
# the State Council's 《政府信息公开信息处理费管理办法》 (its own title, no province's or city's name before it), or the
# notice issuing it, with its number after it: 国办函〔2020〕109号
FEES_MEASURES = ("国办函", "2020", "109")
FEES_MEASURES_CITED = re.compile(r"[《<〈]\s*政府信息公开信息处理费管理办法\s*[》>〉](?:\s*的通知\s*》)?\s*\(?\s*"
                                 r"([\u4e00-\u9fff]{2,8}?)\s*〔\s*(\d{4})\s*〕\s*(\d+)\s*号")
# the format's title in 《》 or <> with 政府, 公开, 工作 or 年度 missing ("《中华人民共和国信息公开工作年度报告格式》", 535;
# "〈中华人民共和国政府信息工作年度报告格式〉", 829); the issuer before "关于印发<…格式>"
TITLE_CITED = re.compile(r"[《<〈][^《》<>〈〉]{0,40}?(政府)?信息(公开)?(工作)?(年度)?报告格式")
# the format's title in 《》 or <> otherwise within two characters' change of its full or short title (政务 for 政府:
# "《中华人民共和国政务信息公开工作年度报告格式》"), not a title TITLE_CITED names; "（试行）" is citations.TRIAL_FORMAT's
FORMAT_NAMED = re.compile(r"[《<〈]\s*([^《》<>〈〉]{6,30}?格式)\s*(?:\(\s*试行\s*\)\s*)?[》>〉]")
_SHORT_FORMAT = FORMAT_TITLE.removeprefix("中华人民共和国")
# the 《条例》's short title with words lost or changed: "严格按照《信息公开条例》" (586), "对照《政府信息管理条例》的主动公开
# 范围进行梳理" (930, 管理 for 公开): any 《…条例》 within two characters' change of 政府信息公开条例 (not 《政务公开条例》,
# a province's own: three); the full title garbled so is citations.REGULATION_TITLE's (an error)
SHORT_REGULATION = re.compile(r"《\s*((?!中华人民共和国)[^《》]{2,12}?条[例列])\s*》")
SHORT_TITLE = "政府信息公开条例"
ISSUER_CITED = re.compile(r"国务院办公厅([^《》<>〈〉，,。；;、]{1,20}?)关于印发\s*[<〈《]?\s*(?:中华人民共和国)?政府信息公开"
                          r"(?:工作)?(?:年度)?报告格式")

# the format notice's title breaking off after 关于印发, never closed: "和《国务院办公厅政府信息与政务公开办公室关于印发要求,
# 阜阳市人民防空办公室结合工作实际,制定本报告" (946): what follows is the sentence's own text, not the format's title (a
# line break inside the title leaves the rest empty or starting with the title: 〈, 《, 中华人民共和国, 政府信息)
UNFINISHED_NOTICE = re.compile(r"《\s*(?:国务院办公厅)?\s*政府信息与政务公开办公室\s*关于印发\s*")
_TITLE_GOES_ON = re.compile(r"[<〈《\[(]|中华人民共和国|政府信息")


def e6_cited_titles(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str, *,
                    finished: bool = True) -> list[Problem]:
    said = nfkc(sentence).replace("（", "(").replace("）", ")")
    problems: list[Problem] = []
    spans: list[tuple[int, int]] = []  # what is reported, in ``said``

    def wrong(severity: str, needle: str, message: str, fix: str) -> None:
        problems.append(Problem("E6", severity, locate(facts, sentence, unit.slot, needle=needle), message, fix))
        at = said.find(needle)
        spans.append((at, at + len(needle)) if at >= 0 else (0, 0))

    whole = nfkc(unit.text).replace("（", "(").replace("）", ")")
    at = max(whole.find(said), 0)  # a hard line break may have ended the sentence just before 公开办函
    for m in FORMAT_NUMBER.finditer(said):
        before = _NOT_TEXT.sub("", whole[:at + m.start()] if whole[at:at + len(said)] == said else said[:m.start()])
        if before.endswith(_RIGHT_ISSUER):
            continue
        lost = not before or not ("\u4e00" <= before[-1] <= "\u9fff")
        shown = m.group() if lost else f"{before[-2:]}{m.group()}"
        wrong(WARNING if lost else ERROR, m.group(),
              f"“{shown}”：年度报告格式通知的发文机关代字{'不全' if lost else '写错了'}",
              "年度报告格式的文号是“国办公开办函〔2021〕30号”")
    for m in ORDER_AS_ARTICLE.finditer(said):
        wrong(ERROR, m.group(), f"“{m.group()}”：国务院令的编号应以“号”结尾", f"写成“国务院令第{m.group(1)}号”")
    for m in KEY_POINTS_CITED.finditer(said):
        known = KEY_POINTS.get(int(m.group(1)))
        if known and known != (m.group(2), m.group(3)):
            wrong(ERROR, m.group(), f"“{m.group()}”：{m.group(1)}年政务公开工作要点的文号是国办发〔{known[0]}〕{known[1]}号",
                  f"改为“国办发〔{known[0]}〕{known[1]}号”")
    for m in FEES_MEASURES_CITED.finditer(said):
        if m.groups() != FEES_MEASURES:
            wrong(ERROR, m.group(), f"“{m.group()}”：《政府信息公开信息处理费管理办法》的文号是国办函〔2020〕109号",
                  "改为“国办函〔2020〕109号”")
    incomplete = [m.span() for m in TITLE_CITED.finditer(said) if not all(m.groups())]
    for m in TITLE_CITED.finditer(said):
        if not all(m.groups()):
            wrong(WARNING, m.group(), f"“{m.group()[1:]}”：年度报告格式的名称引用不全", f"写成《{FORMAT_TITLE}》")
    for m in FORMAT_NAMED.finditer(said):
        title = re.sub(r"\s", "", m.group(1))
        near = min(edit_distance(title, FORMAT_TITLE, 3), edit_distance(title, _SHORT_FORMAT, 3))
        if 0 < near < 3 and not any(a < m.end() and m.start() < b for a, b in incomplete):
            wrong(WARNING, m.group(1), f"“{m.group(1)}”：年度报告格式的名称写得不对", f"写成《{FORMAT_TITLE}》")
    for m in SHORT_REGULATION.finditer(said):
        if 0 < edit_distance(re.sub(r"\s", "", m.group(1)), SHORT_TITLE, 3) < 3:
            wrong(WARNING, m.group(), f"“{m.group()}”：条例的简称写得不对",
                  f"简称《条例》或《{SHORT_TITLE}》（全称《{REGULATION}》）")
    for m in UNFINISHED_NOTICE.finditer(said if finished else ""):
        rest = said[m.end():].split("《")[0]
        # another notice's title whose 》 alone was lost ("…关于印发…的通知要求": a punctuation slip, not listed in the
        # corpus: 514, 919) names its 通知
        broken = (rest.strip() and "》" not in rest and "格式" not in rest and "通知" not in rest
                  and not _TITLE_GOES_ON.match(rest))
        if broken or rest.startswith("》"):  # … or closed right after 关于印发: "…办公室关于印发》"
            wrong(ERROR, m.group(), f"“{m.group()[1:]}{rest[:6]}…”：年度报告格式通知的标题不全，书名号也未闭合",
                  f"写成《{ISSUER}关于印发〈{FORMAT_TITLE}〉的通知》（国办公开办函〔2021〕30号）")
    for m in ISSUER_CITED.finditer(said):
        if re.sub(r"\s+", "", f"国务院办公厅{m.group(1)}") != ISSUER:  # a copy's line-break space is no misnaming (821)
            wrong(WARNING, m.group(), f"“国务院办公厅{m.group(1)}”：年度报告格式通知的发文机关名称写错了", f"写成“{ISSUER}”")
    for m, right in near_titles(said):
        if not any(a < m.end() and m.start() < b for a, b in spans) and not _said_by_citations(m.group(), facts.year):
            wrong(WARNING, m.group(1), f"“{m.group(1)}”：所引文件的名称有字写错、缺漏或颠倒", f"写成《{right}》")
    return problems


def _said_by_citations(title: str, year: int) -> bool:
    """``citations`` reports this title already: the 《条例》's full title garbled (an error), or the 2019 notice's
    with words lost in a report for 2021 or later (an error naming its title)."""
    garbled = any(re.sub(r"\s", "", m.group(1)) != REGULATION for m in citations.REGULATION_TITLE.finditer(title))
    return garbled or (year >= citations.FORMAT_FROM and citations.NOTICE_2019.search(title) is not None)


def e6_titles_unfinished(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """``e6_cited_titles`` on the sentence a copy cut short stops inside, but for its last two characters, on what was
    printed whole before the cut ("对照《政府信息管理条例》的主动公开范围进行梳理,在职责范围内应当主动公开", 930's last line);
    not a title left open, which the cut may have closed."""
    kept = sentence[:-2]
    return e6_cited_titles(facts, ctx, unit, kept, finished=False) if kept else []
