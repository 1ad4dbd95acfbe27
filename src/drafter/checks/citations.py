"""E6: citations of the format notice, 《…年度报告格式》（国办公开办函〔2021〕30号）, as reports get them wrong.

- another issuer's prefix for its number: "国办发〔2021〕30号", "国办函〔2021〕30号";
- brackets other than 〔〕 around a document's year: "【2021】30号", "[2021]30号", "〔2021】30号";
- the 2019 notice (国办公开办函〔2019〕60号, "关于政府信息公开工作年度报告有关事项的通知", also with 工作 lost:
  "《关于政府信息公开年度报告有关事项的通知》" in a 2023 report, 601), or the trial format
  it issued ("年度报告格式（试行）"), in a report for 2021 or later;
- the notice cited by another number: "根据国务院(国办公开办函〔2019〕51号)…年度报告" (a 国办公开办函 number
  given for the annual report other than the format notice's, or the 2019 notice's for 2019 and 2020);
- a number whose brackets or year were lost: "国办公开办函〔202130号", "国办公开函202130号"; with its 号 lost too,
  "(国办公开办函202130)" (853), a warning: a copy may have dropped them;
- the 2007 《条例》 (国务院令第492号), revised in 2019 (国务院令第711号), cited as in force; its articles on the annual
  report (第三十一条, 第三十二条) cited for it, a warning (the revised 《条例》's are 第四十九条, 第五十条);
- the 《条例》 under a wrong title ("《中华人民共和国信息公开条例》"), any number whose "〕" was lost ("〔202137号") or
  whose "〔" was lost ("川办便函2022〕318号");
- the issuer code 国办公开办函 with one character lost, before any well-formed number: "（国公开办函〔2016〕201号）"
  (700);
- one number given to two documents ("《…关于做好2023年政府信息公开工作年度报告编制发布工作的通知》(凉府办函〔2023〕148号)" and
  "《…关于印发凉山州2023年政务公开重点工作安排的通知》(凉府办函〔2023〕148号)", 834): one of them is cited wrongly (a warning).
The 2019 notice cited beside the 2021 format is right (its other matters stand), and so is another real notice on
the annual report cited under its own title or alone: "《…关于政府信息公开年度报告有关项目填报问题的解释》（国办公开办函
〔2016〕201号）" (701).
"""

from __future__ import annotations

import re
from typing import Any

from drafter.checks import inputs as known
from drafter.checks.near_titles import REGULATION
from drafter.checks.problem import ERROR, WARNING, Problem
from drafter.checks.units import Unit, locate, sentences
from drafter.facts.model import Facts
from drafter.facts.values import edit_distance, nfkc

FORMAT_NOTICE = "国办公开办函〔2021〕30号"
# a sentence about the annual report: "…年度报告", "编制本报告", "编制了此报告", "年报"
ABOUT_REPORT = re.compile(r"年度报告|[本此该]报告|年报")
_OPEN, _CLOSE = r"[〔【\[［（(]", r"[〕】\]］）)]"
GUOBANFA = re.compile(rf"国办发\s*{_OPEN}\s*2021\s*{_CLOSE}\s*30\s*号")
# the format notice's number under another issuer's prefix ("国办函", "国办公开函"): said of the annual report
OTHER_PREFIX = re.compile(rf"国办(?!公开办函|发)[\u4e00-\u9fff]{{1,4}}\s*{_OPEN}\s*2021\s*{_CLOSE}\s*30\s*号")
# a document's year in other brackets than 〔〕 ("【2021】30号", "[2021]30号"), or 〔 closed by another ("〔2021】30号")
WRONG_BRACKETS = re.compile(rf"(?=[【\[［（(]|〔\s*\d{{4}}\s*[】\]］）)])[〔【\[［（(]\s*((?:19|20)\d{{2}})\s*{_CLOSE}"
                            rf"\s*(\d+)\s*号")
# the 2019 notice by number, or by title, also with words lost ("关于政府信息公开年度报告有关事项的通知", 601; "《国务院办公
# 厅政府信息与政务公开办公室关于工作年度报告有关事项的通知》", 956, 959: 政府信息公开 lost): 关于, then at least two of
# 政府信息公开工作's characters in their order, then 年度报告有关事项的通知 (not a local notice "关于做好…年度报告有关事项的通知")
NOTICE_2019 = re.compile(rf"国办公开办?函?\s*{_OPEN}\s*2019\s*{_CLOSE}\s*60\s*号"
                         r"|关于(?=[政府信息公开工作]{2})(?:政府)?(?:信息)?(?:公开)?(?:工作)?年度报告有关事项的通知")
TITLE_2019 = "关于政府信息公开工作年度报告有关事项的通知"
# the 2019 format itself, issued with that notice as "（试行）": "《中华人民共和国政府信息公开工作年度报告格式（试行）》"
TRIAL_FORMAT = re.compile(r"年度报告格式\s*[（(]\s*试行\s*[)）]")
FORMAT_FROM = 2021
OLD_REGULATION = re.compile(r"国务院令\s*第?\s*492\s*号")
# the 2007 order named beside the revision, as the 条例's own history: "（国务院令第492号公布，国务院令第711号修订）"
REVISED_BESIDE = re.compile(r"(?:令\s*)?第?\s*711\s*号\s*修订(?!前)|2019\s*年[^，,。；;]{0,12}修订(?!前)")
REVISED_FROM = 2019  # the revised 《条例》 applies from 15 May 2019
# the 2007 《条例》's articles on the annual report (第三十一条 publish it by 31 March, 第三十二条 what it holds) cited for
# the report: the revised 《条例》's are 第四十九条 and 第五十条 (a warning: the article may be cited for something else)
OLD_ARTICLE = re.compile(r"条例\s*》?\s*(?:[(（][^()（）]{0,30}[)）])?\s*(第三十[一二]条)")
# any well-formed 国办公开办函 number
OFFICE_LETTER = re.compile(rf"国办公开办函\s*{_OPEN}\s*(\d{{4}})\s*{_CLOSE}\s*(\d+)\s*号")
# the issuer code 国办公开办函 with one character lost (国办公开函 and 国办公办函 before the format's number are
# OTHER_PREFIX's, the 2019 notice's number NOTICE_2019's: a span already reported is not reported twice)
SHORT_ISSUER = re.compile(rf"(?:国公开办函|国办开办函|国办公办函|国办公开函|国办公开办(?!函)|(?<!国)办公开办函)"
                          rf"\s*{_OPEN}\s*\d{{4}}\s*{_CLOSE}\s*\d+\s*号")
# other real 国办公开办函 notices on the annual report, by number, with what their titles say: "《国务院办公厅政府信息与
# 政务公开办公室关于政府信息公开年度报告有关项目填报问题的解释》（国办公开办函〔2016〕201号）"
OTHER_REPORT_NOTICES = {("2016", "201"): "填报问题的解释"}
# the title of the document a number belongs to, printed right before it: "《…》（国办公开办函〔…〕…号）"
_TITLE_BEFORE = re.compile(r"《([^《》]{2,120})》\s*[(（]?\s*$")


def e6_citations(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    problems = []

    reported: list[tuple[int, int]] = []

    def wrong(match: re.Match[str], message: str, fix: str) -> None:
        path = locate(facts, sentence, unit.slot, needle=match.group())
        problems.append(Problem("E6", ERROR, path, f"“{match.group()}”{message}", fix))
        reported.append(match.span())

    for match in GUOBANFA.finditer(sentence):
        wrong(match, "：把年度报告格式的文号写成了“国办发”", f"年度报告格式的文号是“{FORMAT_NOTICE}”")
    if ABOUT_REPORT.search(sentence):
        for match in OTHER_PREFIX.finditer(sentence):
            wrong(match, "：年度报告格式的发文机关代字写错了", f"年度报告格式的文号是“{FORMAT_NOTICE}”")
    for match in WRONG_BRACKETS.finditer(sentence):
        wrong(match, "：文号用错了括号", f"发文年份用六角括号：“〔{match.group(1)}〕{match.group(2)}号”")
    if not facts.year and (NOTICE_2019.search(sentence) or _other_numbers(sentence)):
        problems.append(known.not_checked("E6", "引用的年度报告通知是否适用", ["year"]))
        return problems
    if facts.year >= REVISED_FROM and not REVISED_BESIDE.search(sentence):  # "（国务院令第492号公布，…第711号修订）"
        for match in OLD_REGULATION.finditer(sentence):
            wrong(match, f"是2007年公布的《{REGULATION}》，已于2019年修订", f"引用现行《{REGULATION}》（国务院令第711号）")
    if facts.year >= REVISED_FROM and ABOUT_REPORT.search(sentence):
        for match in OLD_ARTICLE.finditer(sentence):
            path = locate(facts, sentence, unit.slot, needle=match.group(1))
            problems.append(Problem("E6", WARNING, path, f"“{match.group(1)}”是2007年《条例》关于年度报告的条文，"
                                    "2019年修订后为第四十九条、第五十条", "核对所引条文：年度报告的内容规定在修订后《条例》第五十条"))
    if facts.year >= FORMAT_FROM:
        for match in _notices_2019(sentence):
            lost = match.group().startswith("关于") and match.group() != TITLE_2019
            wrong(match, "是 2019 年的年度报告通知（国办公开办函〔2019〕60号" + (f"，标题应为《{TITLE_2019}》" if lost else "")
                  + "），已被 2021 年的格式取代",
                  f"2021年度起适用《中华人民共和国政府信息公开工作年度报告格式》（{FORMAT_NOTICE}）")
        for match in TRIAL_FORMAT.finditer(sentence):
            wrong(match, "是 2019 年试行的年度报告格式（国办公开办函〔2019〕60号），已被 2021 年的格式取代",
                  f"2021年度起适用《中华人民共和国政府信息公开工作年度报告格式》（{FORMAT_NOTICE}），不再是“试行”")
    for match in _other_numbers(sentence):
        right = FORMAT_NOTICE if facts.year >= FORMAT_FROM else "国办公开办函〔2019〕60号"
        wrong(match, "不是年度报告格式通知的文号", f"{facts.year}年度报告依据的文号是“{right}”"
              + ("（《中华人民共和国政府信息公开工作年度报告格式》）" if facts.year >= FORMAT_FROM else ""))
    for match in SHORT_ISSUER.finditer(sentence):
        if not any(a < match.end() and match.start() < b for a, b in reported):
            wrong(match, "：发文机关代字写错了（少了一个字）", "国务院办公厅政府信息与政务公开办公室的发文机关代字是“国办公开办函”")
    for match in _garbled_codes(sentence):
        if not any(a < match.end() and match.start() < b for a, b in reported):
            wrong(match, "：发文机关代字写错了", f"写成“国办公开办函〔{match.group(2)}〕{match.group(3)}号”")
    return problems


def _swapped(a: str, b: str) -> bool:
    """``a`` is ``b`` with two neighbouring characters swapped."""
    at = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    return len(a) == len(b) and len(at) == 2 and at[1] == at[0] + 1 and a[at[0]] == b[at[1]] and a[at[1]] == b[at[0]]


# the numbers of the office's notices on the annual report (the 2021 format, the 2019 notice, the 2016 explanation)
# and any code printed before one: "国办公开办涵〔2021〕30号" (327), "国公开办函〔2016〕201号" (700), "国办公开办〔2019〕60号"
# (191: its 函 lost) are the same code garbled by a character lost, added, changed or two swapped
REPORT_LETTERS = {("2021", "30"), ("2019", "60"), ("2016", "201")}
CODED_NUMBER = re.compile(rf"([\u4e00-\u9fff]{{2,9}}?)\s*{_OPEN}\s*(\d{{4}})\s*{_CLOSE}\s*(\d+)\s*号")
OFFICE_CODE = "国办公开办函"


def _garbled_codes(sentence: str) -> list[re.Match[str]]:
    """The office's own numbers (``REPORT_LETTERS``) under a code one character off 国办公开办函, or two of its
    characters swapped ("国公办开办函"), or two characters off when its 公开 stands ("过半公开办函", 434)."""
    found = []
    for match in CODED_NUMBER.finditer(sentence):
        code = match.group(1)
        if (match.group(2), match.group(3)) not in REPORT_LETTERS or code.endswith((OFFICE_CODE, "办公厅公开办函")):
            continue  # the issuer named whole before 公开办函 is right too
        tails = [code[-k:] for k in (5, 6, 7) if len(code) >= k]
        near = min((edit_distance(t, OFFICE_CODE, 3) + ("公开" not in t) for t in tails), default=3)
        if near <= 2 or _swapped(code[-len(OFFICE_CODE):], OFFICE_CODE):
            found.append(match)
    return found


def _notices_2019(sentence: str) -> list[re.Match[str]]:
    """The 2019 notice cited as the basis of a 2021-or-later report: not when the 2021 format is cited beside it in
    its own right (177: "《…年度报告有关事项的通知》(国办公开办函〔2019〕60号)及《…年度报告格式>的通知》(国办公开办函
    〔2021〕30号)"; the 2021 notice replaced the 2019 one's format only), but always when its title carries the 2021
    number ("《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2021〕30号）")."""
    found = list(NOTICE_2019.finditer(sentence))
    if not any(_format_apart(sentence, m) for m in OFFICE_LETTER.finditer(sentence)):
        return found
    return [m for m in found if _NUMBER_2021_AFTER.match(sentence, m.end())]


# the 2021 number right after a title: "…有关事项的通知》（国办公开办函〔2021〕30号）"
_NUMBER_2021_AFTER = re.compile(rf"》?\s*[(（]?\s*国办公开办函\s*{_OPEN}\s*2021\s*{_CLOSE}\s*30\s*号")


def _format_apart(sentence: str, number: re.Match[str]) -> bool:
    """``number`` is the 2021 format notice's, not printed after the 2019 notice's title."""
    if (number.group(1), number.group(2)) != ("2021", "30"):
        return False
    title = _TITLE_BEFORE.search(sentence[:number.start()])
    return title is None or not NOTICE_2019.search(title.group(1))


def _other_numbers(sentence: str) -> list[re.Match[str]]:
    """国办公开办函 numbers given for the annual report other than the format notice's (and the 2019 notice's,
    which ``NOTICE_2019`` judges, and another real notice's on the report, ``OTHER_REPORT_NOTICES``, unless printed
    under another title): in a sentence about the 年度报告 (``ABOUT_REPORT``), the number either follows a title about
    the 年度报告 or stands without a title ("根据国务院(国办公开办函〔2019〕51号)…")."""
    if not ABOUT_REPORT.search(sentence):
        return []
    found = []
    for match in OFFICE_LETTER.finditer(sentence):
        if (match.group(1), match.group(2)) in (("2021", "30"), ("2019", "60")):
            continue
        title = _TITLE_BEFORE.search(sentence[:match.start()])
        own = OTHER_REPORT_NOTICES.get((match.group(1), match.group(2)))
        if own and (title is None or own in title.group(1)):
            continue
        if title is None or "年度报告" in title.group(1):
            found.append(match)
    return found


# 国办公开办函 (or "国办公开函", its 办 lost: "国办公开函202130号", 103) then anything up to 号 that is not
# 〔YYYY〕N号 (the other bracket forms are e6_citations')
NOTICE_CITED = re.compile(r"国办公开办?函\s*([^号。，；]{1,12})号")
GOOD_NUMBER = re.compile(r"^[〔【\[［（(]\s*\d{4}\s*[〕】\]］）)]\s*\d+\s*$")


# 国办公开办函 then the year and the number as one run of digits, no bracket and no 号: "(国办公开办函202130)" (853),
# "…的通知》国办公开办函202130制作" (479): characters a copy lost, perhaps the page's and not the report's (a warning)
BARE_NUMBER = re.compile(r"国办公开办?函\s*((?:19|20)\d\d)(\d{1,3})(?![\d号〕】\]］])")
# any document's number whose closing bracket was lost between the year and the number: "皖政务办秘〔202137号" (176)
LOST_CLOSE = re.compile(r"[〔【［]\s*((?:19|20)\d{2})(\d{1,4})\s*号")
# … or whose opening bracket was lost: "川办便函2022〕318号"
LOST_OPEN = re.compile(r"(?<![〔【\[［（(\d])((?:19|20)\d{2})\s*〕\s*(\d{1,4})\s*号")
# the 《条例》 under a wrong title: "《中华人民共和国信息公开条例》" (179, 政府 missing), "《中华人民共和国政府公开信息
# 条例》", "《中华人民共和国政务公开条例》", "…公开条列》": a 中华人民共和国 title about 公开 or 政府信息 (not the
# 计算机信息系统 one)
REGULATION_TITLE = re.compile(r"《\s*(中华人民共和国(?=[^《》]{0,16}?(?:公开|政府信息))[^《》]{0,16}?条[例列])\s*》")
# the revised 《条例》 under another 国务院令 number than 711 (or the 2007 one's 492, ``OLD_REGULATION``):
# "《中华人民共和国政府信息公开条例》（国务院令第771号）"
REGULATION_ORDER = re.compile(r"政府信息公开条例\s*》?\s*[（(]?\s*(?:中华人民共和国)?国(?:务院)?令\s*第?\s*(\d+)\s*号")
REVISED_ORDER = "711"


def e6_garbled(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    problems = []

    def wrong(needle: str, message: str, fix: str) -> None:
        problems.append(Problem("E6", ERROR, locate(facts, sentence, unit.slot, needle=needle), message, fix))

    said = nfkc(sentence).replace("(", "（").replace(")", "）")
    cited = []
    for m in NOTICE_CITED.finditer(said):
        number = m.group(1)
        if GOOD_NUMBER.match(number) or not re.search(r"\d", number):
            continue
        cited.append(m.span())
        lost = "缺少六角括号或发文年份" + ("，发文机关代字也少了“办”字" if "办函" not in m.group() else "")
        wrong(m.group(), f"“{m.group()}”：文号残缺（{lost}）", "年度报告格式的文号是“国办公开办函〔2021〕30号”")
    for m in BARE_NUMBER.finditer(said):
        number = f"国办公开办函〔{m.group(1)}〕{m.group(2)}号"
        problems.append(Problem("E6", WARNING, locate(facts, sentence, unit.slot, needle=m.group()),
                                f"“{m.group()}”：文号残缺（缺少六角括号和“号”字，也可能是转载时丢失）",
                                f"写成“{number}”" + ("" if number == FORMAT_NOTICE
                                                    else f"（年度报告格式的文号是“{FORMAT_NOTICE}”）")))
    for m in LOST_CLOSE.finditer(said):
        if not any(a <= m.start() < b for a, b in cited):
            wrong(m.group(), f"“{m.group()}”：文号残缺（发文年份后缺少“〕”）",
                  f"写成“〔{m.group(1)}〕{m.group(2)}号”")
    for m in LOST_OPEN.finditer(said):
        if not any(a <= m.start() < b for a, b in cited):
            wrong(m.group(), f"“{m.group()}”：文号残缺（发文年份前缺少“〔”）", f"写成“〔{m.group(1)}〕{m.group(2)}号”")
    for m in REGULATION_TITLE.finditer(said):
        if re.sub(r"\s", "", m.group(1)) != REGULATION:
            wrong(m.group(), f"“{m.group()}”：条例名称写错了", f"条例的名称是《{REGULATION}》（国务院令第711号）")
    for m in REGULATION_ORDER.finditer(said):
        if m.group(1) not in (REVISED_ORDER, "492"):
            wrong(m.group(), f"“{m.group()}”：条例的国务院令编号写错了",
                  f"《{REGULATION}》是国务院令第{REVISED_ORDER}号（2019年修订）")
    return problems


def e6_unfinished(facts: Facts, ctx: dict[str, Any], unit: Unit, sentence: str) -> list[Problem]:
    """``e6_garbled``'s errors on the sentence a copy cut short stops inside, but for its last two characters: a number
    printed whole before the cut ("严格按照…的通知(银政公开办发〔20196号)文件要求,…确保答复形式", 853) lost its "〕" on
    the page, not at the cut (a cut takes a text's end, never a character inside it)."""
    kept = sentence[:-2]
    return [p for p in e6_garbled(facts, ctx, unit, kept) if p.severity == ERROR] if kept else []


# ---- one document number given to two documents ----------------------------------------------------------
# a title in 《》 and the number in brackets right after it: "《…的通知》(凉府办函〔2023〕148号)"
TITLED_NUMBER = re.compile(r"《([^《》]{4,80})》\s*\(\s*([\u4e00-\u9fff]{1,10}\s*〔\s*\d{4}\s*〕\s*\d+\s*号)")


def e6_one_number_two_titles(facts: Facts, text: list[Unit]) -> list[Problem]:
    """E6 (a warning) on a document number the report gives to two documents: titles neither of which holds the
    other (a title with or without its issuer, a notice issuing a document and the document itself, are one)."""
    seen: dict[str, str] = {}
    problems = []
    for unit in text:
        for sentence in sentences(unit.text):
            said = nfkc(sentence).replace("（", "(").replace("）", ")")
            for m in TITLED_NUMBER.finditer(said):
                title = re.sub(r"[\s<>〈〉]", "", m.group(1))
                number = re.sub(r"\s", "", m.group(2))
                first = seen.setdefault(number, title)
                if first in title or title in first:
                    continue
                problems.append(Problem("E6", WARNING, locate(facts, sentence, unit.slot, needle=m.group(2)),
                                        f"同一文号“{number}”对应两个不同的文件：《{first}》和《{title}》，其中一处的文号可能写错了",
                                        "核对这两个文件的文号，改正写错的一处"))
    return problems
