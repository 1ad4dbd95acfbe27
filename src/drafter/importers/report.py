"""A published report (.docx, .html, .txt) → ``Facts``, with everything that could not be read listed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from drafter.errors import EXIT_USAGE, DrafterError
from drafter.facts.imported import RUN_TOGETHER_KEYS, TEMPLATE_NOTE_END
from drafter.facts.model import UNKNOWN_DATE, UNKNOWN_YEAR, Agency, Facts, Imported
from drafter.facts.values import one_line
from drafter.importers import identity, is_report, lines, section_texts, traditional
from drafter.importers import narrative as N
from drafter.importers.blocks import Block, Row
from drafter.importers.page_date import page_date
from drafter.importers.source import read_blocks
from drafter.importers.table2_read import (
    cut_headers,
    old_headers_in,
    read_table2,
    unitless_fees,
    worded_headers,
)
from drafter.importers.table3_read import read_table3
from drafter.importers.table4_read import read_table4
from drafter.importers.tables_read import Findings
from drafter.tables import T3_ROWS

FEE_LABELS = {"notices": "收费通知件数", "notice_amount_10k_yuan": "收费通知金额", "collected_10k_yuan": "实际收取金额"}
TABLE_PATHS = ("proactive_table.", "applications.", "reviews_and_lawsuits.")
TABLE_FIELDS = 10 + 6 * sum(1 for row in T3_ROWS if row.key != "total") + 12  # 表二 + 表三 + 表四 = 166
CHECK_LISTED = 20  # items not read listed by ``drafter check`` (``drafter import`` lists them all)


@dataclass
class ImportResult:
    facts: Facts
    problems: list[str] = field(default_factory=list)  # Chinese: what could not be read
    notes: list[str] = field(default_factory=list)  # Chinese: how an old format was mapped
    unread_tables: list[str] = field(default_factory=list)  # "表二" … tables not read at all
    omitted: list[str] = field(default_factory=list)  # of ``problems``: rows the report leaves out (F2 says so)

    @property
    def unread(self) -> list[str]:
        """What could not be read, without the rows the report leaves out (its F2 problem names them, once)."""
        return [p for p in self.problems if p not in self.omitted]

    @property
    def old_format(self) -> bool:
        return self.facts.imported is not None and self.facts.imported.format == "2019"

    def summary(self) -> str:
        """"表格数字读出 166/166 格，…" for the user."""
        assert self.facts.imported is not None
        unread = [m for m in self.facts.imported.missing if m.startswith(TABLE_PATHS)]
        told = [label for path, label in (("year", "年度"), ("agency.name", "机关名称"), ("signing_date", "落款日期"))
                if path not in self.facts.imported.missing]
        return (f"表二、表三、表四的数字读出 {TABLE_FIELDS - len(unread)}/{TABLE_FIELDS} 格"
                + (f"，并读出{'、'.join(told)}" if told else "") + "。")

    def say(self, *, checking: bool = False) -> None:
        """Tell the user (stderr) about the old format, how it was mapped and every item not read.
        ``checking`` (``drafter check``, no facts file written): at most ``CHECK_LISTED`` items, the rest counted,
        without the rows the report leaves out (the check's F2 names them, once)."""
        from drafter import console

        if self.old_format:
            console.warn("该报告使用 2019 年旧格式（国办公开办函〔2019〕60号）的表格，已尽量对应到现行格式；"
                         "2022 年及以后的报告应使用国办公开办函〔2021〕30号格式。")
        for note in self.notes:
            console.warn(note)
        problems = self.unread if checking else self.problems
        if not problems:
            return
        shown = problems[:CHECK_LISTED] if checking else problems
        console.warn(f"有 {len(problems)} 处未能从报告中读出"
                     + ("（检查时不当作 0，用到这些内容的检查列为“未能检查”），请对照原报告核对：" if checking else
                        "（写入事实文件时，表中这些格留空，写作 null），请对照原报告核对、补填："))
        for i, problem in enumerate(shown, 1):
            console.item(f"{i}. {problem}")
        if len(shown) < len(problems):
            console.item(f"……另有 {len(problems) - len(shown)} 处未列出；"
                         "用 drafter import 读出事实文件时会逐项列出。")


def import_report(path: Path) -> ImportResult:
    return import_blocks(read_blocks(path), path.name)


def load_facts_or_report(path: Path, *, partial: bool = False, quiet: bool = False) -> Facts:
    """A facts file, or a published report imported in memory (what could not be read is said, via console,
    unless ``quiet``).

    With ``partial`` (``drafter check``) a report is taken however little was read: the checks skip
    what is missing; otherwise its year must have been read (what else was not is unknown)."""
    if not is_report(path):
        from drafter.facts.load import load_facts

        return load_facts(path)
    result = import_report(path) if partial else usable_import(path)
    if not quiet:
        result.say(checking=partial)
    return result.facts


def usable_import(path: Path) -> ImportResult:
    """An import that can stand in for a facts file: its year must have been read."""
    result = import_report(path)
    assert result.facts.imported is not None
    if "year" in result.facts.imported.missing:  # the signing date not read is asked (--from) or not needed (--last)
        raise DrafterError(f"未能从报告“{path}”中读出年度，无法直接使用。"
                           f"请先运行 drafter import {path}，在生成的事实文件中补填年度后再使用该事实文件。")
    return result


def import_blocks(blocks: list[Block], source: str) -> ImportResult:
    simple = traditional.simplify_blocks(blocks)  # a portal's 繁體 page: recognised as simplified text
    blocks = simple or blocks
    rows = [b for b in blocks if isinstance(b, Row)]
    paragraphs = [b for b in blocks if isinstance(b, str)]
    imported = Imported(source=source)
    facts = Facts(year=UNKNOWN_YEAR, agency=Agency("", "", "镇"), signing_date=UNKNOWN_DATE, imported=imported)
    # a 2019-only header standing alone, or taken for a row's label ("对外公开总数量 |" then "|": 768 cut short)
    f = Findings(old_format=old_headers_in([*paragraphs, *(r.cells[0] for r in rows if r.cells)]))
    if simple:
        f.notes.append("该报告为繁体字，已转为简体字识别标题、章节和表格（导入的正文为简体字）。")
    sections = N.split_sections(blocks, imported.outline)
    f.prose = [*sections.get(0, []), *sections.get(1, [])]  # what the text says of 表二's figures
    read_table2(rows, facts, f)
    # F2 on headers, also those standing one a line
    f.variants += cut_headers(blocks) + unitless_fees(blocks)
    f.variants += [note for note in worded_headers(blocks) if note not in f.variants and not f.old_format]
    old_table2 = f.old_format  # "规范性文件" is 表二's right label in the 2019 format, not when only 表三 is old (84)
    read_table3(rows, facts, f)
    read_table4(rows, facts, f, blocks)
    title = _identity(paragraphs, sections, facts, f)
    imported.publisher = identity.page_publisher(paragraphs[:title]) if title is not None else ""
    if title is None and len(f.unread_tables) == 3 and not _looks_like_report(paragraphs, sections):
        raise DrafterError(f"“{source}”看起来不是政府信息公开工作年度报告：既没有找到标题和统计表，"
                           "也没有找到“一、总体情况”等章节。请确认文件是否正确。", exit_code=EXIT_USAGE)
    if not facts.year:
        _year_from_text(blocks, facts, f)
    _narrative(sections, title, facts, f)
    imported.format = "2019" if f.old_format else "2021"
    imported.missing = f.missing
    imported.blank = f.blank
    imported.run_together = {path: digits for path, digits in f.run_together.items()  # 2019 columns: other counts
                             if not f.old_format and path in RUN_TOGETHER_KEYS}
    # the 2019 table's own labels are right in it; a template's filling-in note left in is not (755)
    imported.variants = [v for v in f.variants if v.endswith(TEMPLATE_NOTE_END)] if old_table2 else f.variants
    imported.stated_totals = f.stated
    imported.published = page_date(blocks)
    return ImportResult(facts, f.problems, f.notes, f.unread_tables, f.omitted)


def _looks_like_report(paragraphs: list[str], sections: dict[int, list[str]]) -> bool:
    """Text about 政府信息公开 with one of the six section headings, or an introduction that says it is
    the annual report (a copy cut before "一、" or without numbered headings); or two of the six headings, whatever
    the text calls its work (a copy of a report's sections without title, introduction or tables, "一、总体情况"
    then "二、主动公开政府信息情况", speaking of "政务信息公开", 784)."""
    if sum(1 for n in sections if n) >= 2:
        return True
    if not any("政府信息公开" in p for p in paragraphs):
        return False
    return len(sections) > 1 or any(("年度报告" in p or "统计期限" in p) for p in paragraphs[:10])


def _year_from_text(blocks: list[Block], facts: Facts, f: Findings) -> None:
    """No title: the year from the text (统计期限, "本年(2023)", the most frequent "20xx年")."""
    texts = [b if isinstance(b, str) else " ".join(b.cells) for b in blocks]
    year = identity.year_in_text(texts)
    if year is None:
        f.lose(["year"], "没有找到报告标题（“××××年政府信息公开工作年度报告”），正文中也没有统计期限，未能读出年度。")
        return
    facts.year = year
    f.notes.append(f"没有找到报告标题，年度按正文推断为 {year} 年。")


def _identity(paragraphs: list[str], sections: dict[int, list[str]], facts: Facts, f: Findings) -> int | None:
    """Year and name from the title, agency and date from the signature. Returns where the title ends.

    The signature is looked for in section 六 (and cut from it, with any page footer below it),
    else in the last paragraphs."""
    title = identity.find_title(paragraphs)
    signature = identity.find_signature(sections.get(6, []))
    if signature:
        sections[6] = sections[6][:signature[2]] + ([signature[3]] if signature[3] else [])
    else:  # the last paragraphs, not the page's head above 一 (a chrome line "市卫生健康委员会 2024年01月29日", 213)
        signature = identity.find_signature(paragraphs[max(len(paragraphs) - 6, _head_length(paragraphs, sections)):])
    title_name = title[1] if title else ""
    if title:
        facts.year = title[2]
    if not title_name:
        title_name = identity.name_in_intro(paragraphs) or ""
    name = signature[0] if signature else ""
    dated = identity.date_under_title(paragraphs, title[0]) if title and not signature else None
    if signature:
        facts.signing_date = signature[1]
    elif dated and title:
        facts.signing_date = dated
        f.notes.append(f"文末没有落款，报告日期取标题下的“{paragraphs[title[0] + 1].strip()}”。")
    else:
        f.lose(["signing_date"], "文末没有找到落款日期（如“2024年1月17日”）。")
    if not name:
        f.lose(["agency.name"], "文末没有找到落款机关名称。")
        if not title_name and not identity.kind_in_text(paragraphs):  # "2025年,区城乡建设局聚焦…"
            title_name = identity.department_in_text(paragraphs) or ""
    name, title_name = one_line(name), one_line(title_name or "")  # one line, as a facts file reads them
    base = re.sub(r"(关于)?$", "", title_name or name)
    base = re.sub(r"(人民政府|办事处)$", "", base)
    facts.agency = Agency(name=name, short_name=identity.short_name(base) if base else "",
                          kind=identity.agency_kind(name or title_name) if name or title_name
                          else identity.kind_in_text(paragraphs) or "部门",
                          title_name=title_name if title_name and title_name != name.removesuffix("人民政府") else "")
    if not facts.agency.short_name:
        f.lose(["agency.short_name"], "未能读出机关简称。")
    return title[0] if title else None


def _head_length(paragraphs: list[str], sections: dict[int, list[str]]) -> int:
    """How many paragraphs the page's head above 一 takes, by position: a signature at the end that repeats a head
    line (the agency's name, also the page's title line) is still the signature. 0 when no section was found."""
    if not any(n in sections for n in range(1, 7)):
        return 0
    head = sections.get(0, [])
    n = 0
    while n < len(paragraphs) and n < len(head) and paragraphs[n] == head[n]:
        n += 1
    return n


def _narrative(sections: dict[int, list[str]], title: int | None, facts: Facts, f: Findings) -> None:
    assert facts.imported is not None
    kept = facts.imported.sections
    intro = sections.get(0, [])
    if title is not None:  # section 0 is the paragraphs before "一、": the title is among them
        intro = intro[title + 1:]
    if intro:
        kept["intro"] = "\n".join(intro)
        facts.basis_notice = one_line(section_texts.basis_notice(kept["intro"]))  # a title broken across lines
    for number in (1, 5, 6):  # the narrative parts: lines broken inside a sentence are joined again
        if sections.get(number):
            sections[number] = [text for _, text in lines.join_wrapped(sections[number])]
    parts = section_texts.overview_parts(sections.get(1, []))
    for k in (*(k for k, _ in N.SUB_WORDS), "overview"):
        if k in parts:
            kept[k] = parts[k]
    _overview(parts, facts, f)
    for number, name in ((2, "proactive_table"), (3, "applications"), (4, "reviews_and_lawsuits")):
        # sentences, not table labels left as lines: a line stating a figure after a colon (section_texts.is_statement),
        # and a sentence running into the table without its full stop (the table's lines follow it: the copy does not
        # stop inside it), its end marked for the rules
        paragraphs = sections.get(number, [])
        text = [p if section_texts.is_statement(p) else f"{p}。" for i, p in enumerate(paragraphs)
                if section_texts.is_statement(p) or i + 1 < len(paragraphs) and lines.unstopped_sentence(p)]
        if text:
            kept[name] = "\n".join(text)
    if sections.get(5):
        kept["improvement"] = "\n".join(sections[5])
        _improvement(sections[5], facts)
    other = sections.get(6, [])
    if other:
        kept["other"] = "\n".join(other)
        # 六 in the agency's words, except the 信息处理费 sentence drafter writes from the figures read below
        facts.other_matters = [p for p in other if "。" in p and "处理费" not in p and "收费" not in p]
    _fees(kept.get("other", ""), facts, f)


def _improvement(paragraphs: list[str], facts: Facts) -> None:
    """Section 五: (一) and (二) in the agency's words, else 五 as written, else problems and measures read
    from its lines."""
    own = section_texts.improvement_texts(paragraphs)
    if own:  # 五 in the agency's words, (一) and (二) each as written
        facts.own_text["problems"], facts.own_text["measures"] = own
    elif any("。" in p for p in paragraphs):  # 五 as written, without (一) and (二)
        facts.own_text["improvement"] = "\n".join(p.strip() for p in paragraphs if p.strip())
    else:
        facts.problems, facts.measures = section_texts.problems_and_measures(paragraphs)


def _fees(other: str, facts: Facts, f: Findings) -> None:
    """The 信息处理费 figures section 六 states; those it does not are named as lost."""
    stated = section_texts.fees_stated(other)
    for name, value in stated.items():
        if value is not None:
            setattr(facts.fees, name, value)
    unread = [name for name, value in stated.items() if value is None]
    if unread:
        what = "、".join(FEE_LABELS[name] for name in unread)
        f.lose([f"fees.{name}" for name in unread], f"第六部分没有写明信息处理费的{what}，未能读出。")


def _overview(parts: dict[str, str], facts: Facts, f: Findings) -> None:
    pro = facts.overview.proactive
    if "overview.proactive" in parts:
        pro.total, pro.channels, pro.platforms = section_texts.proactive_figures(parts["overview.proactive"])
        if pro.total is None:
            f.problems.append("第一部分（一）主动公开：没有找到“主动公开政府信息××条”，总数未能读出。")
    else:
        f.problems.append("第一部分没有找到“（一）主动公开政府信息情况”，主动公开总数和各渠道数量未能读出。")
    for key in ("proactive", "requests", "management", "platform", "supervision"):  # the agency's own words
        if parts.get(f"overview.{key}"):
            facts.own_text[key] = parts[f"overview.{key}"]
    m = re.search(r"(\d+)\s*次听取", parts.get("overview.management", ""))
    if m:
        facts.overview.management.leader_briefings = int(m.group(1))
