"""The text a reviewer reads, as units (paragraph, slot, section), and where in the facts a sentence is.

From a draft (what drafter will publish) or from ``imported.sections`` (what an imported report
published). Shared by ``checks.text`` (and the rules it runs) and ``checks.narrative``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from drafter.checks.inputs import is_cut_short, last_section_shown
from drafter.draft import Draft, Heading, Paragraph, Signature, Title
from drafter.facts.model import Facts
from drafter.facts.values import cap_digits, chinese_date
from drafter.tables import SECTION_HEADINGS


@dataclass(frozen=True)
class Unit:
    """One paragraph (or the title, or the signature date) of the draft, with its slot and section (1–6)."""

    slot: str
    section: int
    text: str


SENTENCE_ENDS = "。！？；"  # what ends a sentence the rules read (``sentences``)
IMPORTED_SECTION_NUMBERS = {"intro": 0, "proactive_table": 2, "applications": 3, "reviews_and_lawsuits": 4,
                            "improvement": 5, "other": 6}  # every "overview…" key is section 1


def imported_units(facts: Facts) -> list[Unit]:
    """The published text kept by ``drafter import`` (``imported.sections``), if any, plus the signing date.
    The slot of such a unit is its facts path, ``imported.sections.<key>``."""
    if facts.imported is None or not facts.imported.sections:
        return []
    out = [Unit(f"imported.sections.{key}", IMPORTED_SECTION_NUMBERS.get(key, 1), text)
           for key, text in facts.imported.sections.items() if text]
    if out and is_cut_short(facts):  # the sentence a copy cut short stops inside is not judged
        out = _without_unfinished_end(out, last_section_shown(facts))
    if "signing_date" in facts.imported.missing:
        return out
    return [*out, Unit("signature", 7, chinese_date(facts.signing_date))]


ONE_OWN_TEXT = "imported.sections.overview"  # 一's own text, kept after its sub-points' whatever its place


# a paragraph printed without its full stop after a list's last count or a closing bracket ("…联系我们1,法治政府年度
# 报告1", 362; "(其中概况类信息100条,…4438条)", 532)
_ENDS_LIKE_A_LIST = re.compile(r"[\d)）」』”条篇件个次项]\s*$")


def _cut_candidates(out: list[Unit], shown: int) -> set[int]:
    """The units of the last section a copy cut short may stop inside: any one (a mirror may drop a paragraph's end,
    258), but not one that another unit follows and that ends as a list or a bracket ends (``_ENDS_LIKE_A_LIST``);
    the last one, and the last but 一's own text (kept after its sub-points'), always. None when the copy shows a
    later section (``shown``, its heading or table) than the last unit's: it stops there, after the units' text
    (1130: cut inside 表三, 二's text ends with the line under 表二 "…发布总数量(非新闻类、消息类):0")."""
    if out[-1].section < shown:
        return set()
    others = [i for i, unit in enumerate(out) if unit.slot != ONE_OWN_TEXT]
    last = {len(out) - 1, *others[-1:]}
    return {i for i, unit in enumerate(out) if unit.section == out[-1].section
            and (i in last or not _ENDS_LIKE_A_LIST.search(unit.text))}


def _without_unfinished_end(out: list[Unit], shown: int) -> list[Unit]:
    """The units of a copy cut short without the unfinished sentence it stops inside (``_cut_candidates``)."""
    cut, kept = _cut_candidates(out, shown), []
    for i, unit in enumerate(out):
        end = len(unit.text)
        if i in cut:
            end = max(unit.text.rfind(c) for c in SENTENCE_ENDS + "\n") + 1  # where the rules' last sentence ends
        if end:
            kept.append(Unit(unit.slot, unit.section, unit.text[:end]))
    return kept


def unfinished_ends(facts: Facts) -> list[Unit]:
    """The units of a copy cut short whose text stops inside a sentence (``_without_unfinished_end`` drops it), whole:
    their last sentence (``last_sentence``) is the unfinished one, for the rules that judge only what was printed."""
    if facts.imported is None or not facts.imported.sections or not is_cut_short(facts):
        return []
    out = [Unit(f"imported.sections.{key}", IMPORTED_SECTION_NUMBERS.get(key, 1), text)
           for key, text in facts.imported.sections.items() if text]
    cut = _cut_candidates(out, last_section_shown(facts))
    return [u for i, u in enumerate(out) if i in cut and u.text.rstrip()[-1:] not in SENTENCE_ENDS]


def last_sentence(text: str) -> str:
    """The last sentence ``sentences`` reads in ``text``."""
    said = list(sentences(text))
    return said[-1] if said else ""


def report_units(facts: Facts, draft: Draft) -> list[Unit]:
    """What a reviewer reads: the published text of an imported report, else the draft drafter renders."""
    return imported_units(facts) or units(draft)


def recorded_text(text: list[Unit]) -> str:
    """Last year's report as the facts file records it (``last_year.text``): its paragraphs, one a line,
    each of sections 1–6 under its official heading, so that ``recorded_units`` reads the sections back."""
    lines, section = [], 0
    for unit in text:
        if not 1 <= unit.section <= 6 or not unit.text.strip():
            continue
        if unit.section != section:
            section = unit.section
            lines.append(SECTION_HEADINGS[section - 1])
        lines += [line.strip() for line in unit.text.split("\n") if line.strip()]
    return "\n".join(lines)


def recorded_units(facts: Facts) -> list[Unit]:
    """The units of last year's report as the facts file records it (``last_year:``), [] when it does not."""
    if facts.last_year is None or facts.last_year.year != facts.year - 1:
        return []
    out, section = [], 0
    for line in facts.last_year.text.split("\n"):
        if line.strip() in SECTION_HEADINGS:
            section = SECTION_HEADINGS.index(line.strip()) + 1
        elif line.strip() and section:
            out.append(Unit("last_year.text", section, line.strip()))
    return out


def units(draft: Draft) -> list[Unit]:
    out, section = [], 0
    for block in draft.blocks:
        if isinstance(block, Heading) and block.level == 1 and block.text in SECTION_HEADINGS:
            section = SECTION_HEADINGS.index(block.text) + 1
        elif isinstance(block, Title):
            out.append(Unit("title", 0, block.text))
        elif isinstance(block, Paragraph):
            out.append(Unit(block.slot, section, block.lead + block.text))
        elif isinstance(block, Signature):
            out.append(Unit("signature", 7, block.date))
    return out


def narrative_fields(facts: Facts) -> list[tuple[str, str]]:
    """Every free-text field of the facts with its path, in report order."""
    o = facts.overview
    fields = [("basis_notice", facts.basis_notice), ("overview.proactive.platforms", o.proactive.platforms),
              ("overview.proactive.text", o.proactive.text), ("overview.requests_text", o.requests_text),
              ("overview.management.text", o.management.text), ("overview.platform_text", o.platform_text),
              ("overview.supervision.text", o.supervision.text)]
    fields += [(f"own_text.{key}", text) for key, text in facts.own_text.items()]
    for key in ("problems", "measures", "other_matters"):
        fields += [(f"{key}[{i}]", text) for i, text in enumerate(getattr(facts, key), 1)]
    return [(path, text) for path, text in fields if text]


def locate(facts: Facts, sentence: str, slot: str, default: str = "", needle: str = "") -> str:
    """The facts field whose text contains ``sentence`` (else ``needle``, the offending words);
    else ``default``; else the phrase-bank slot the sentence came from."""
    if slot.startswith("imported."):
        return slot
    fields = narrative_fields(facts)
    for wanted in (sentence, needle):
        for path, text in fields:
            if wanted and wanted in text:
                return path
    return default or f"banks:{slot}"


_SENTENCE = re.compile(rf"[^{SENTENCE_ENDS}\n]*[{SENTENCE_ENDS}]?")


def quote(sentence: str, limit: int = 60) -> str:
    """``sentence`` as a message quotes it: its first ``limit`` characters, "……" when it goes on."""
    return sentence if len(sentence) <= limit else sentence[:limit] + "……"


def sentences(text: str) -> Iterator[str]:
    """The sentences the rules read. A run of more than 18 digits is cut to its first 18 and "…": the
    rules' patterns (``(\\d+)件``) stay linear and never convert a number Python refuses to."""
    for match in _SENTENCE.finditer(cap_digits(text)):
        if match.group().strip():
            yield match.group().strip()
