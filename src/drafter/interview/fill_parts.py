"""``interview --fill``: the narrative parts an imported report did not give, asked as the full interview asks them.

A part of 一（三）至（五） or 五 with nothing read for it (no own text) and nothing picked or typed would be drafted
as "【待补充：…】" (``wording.unread.UNSAID_PARTS``). ``--fill`` asks those parts with the interview's own
questions — the checklist of standard practices, the numbers of those picked, the optional typed addition — and
writes the answers into ``practices:`` and the part's text field; the parts that were read are not asked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from drafter.errors import DrafterError
from drafter.facts.model import Facts
from drafter.facts.picks import read_picks
from drafter.interview.practice_questions import EXTRA, EXTRA_PARTS, practice_questions
from drafter.interview.question import Answers
from drafter.interview.to_facts import practices_tree
from drafter.wording.unread import UNREAD_BANK, UNSAID_PARTS

# The slot of each part that may be unsaid → the checklist (``practices:`` section) the interview asks for it.
PART_SECTIONS = {slot: EXTRA_PARTS[field] for slot, (_, _, field) in UNSAID_PARTS.items()}
# The typed addition of each checklist (``practice_questions.extra_text``): its answer key is its facts field.
SECTION_TEXTS = {section: key for key, section in EXTRA_PARTS.items()}


def unsaid_sections(facts: Facts, base: Path) -> list[str]:
    """The checklists of the parts the report would leave "【待补充：…】": the draft says which (an unknown year,
    asked by --fill before the parts, is stood in for: which parts are unsaid does not depend on it)."""
    from drafter.pipeline import draft_report

    probe = facts if facts.year else dataclasses.replace(facts, year=dt.date.today().year - 1)
    try:
        choices = draft_report(probe, base=base).choices
    except DrafterError:  # a bank that does not load: said when the report is drafted, nothing asked here
        return []
    unsaid = {c.slot for c in choices if c.bank == UNREAD_BANK and c.slot in UNSAID_PARTS and c.text}
    return [section for slot, section in PART_SECTIONS.items() if slot in unsaid]


def part_keys(sections: list[str]) -> list[str]:
    """The questions that ask ``sections``: each checklist with its numbers, whether to add text, the texts."""
    if not sections:
        return []
    keys = [q.key for section in sections for q in practice_questions(section)]
    return [*keys, EXTRA, *(SECTION_TEXTS[section] for section in sections)]


def part_names(sections: list[str]) -> list[str]:
    """"一（三）政府信息管理" … for the parts of ``sections``."""
    return [UNSAID_PARTS[slot][0] for slot, section in PART_SECTIONS.items() if section in sections]


def fill_parts(facts: Facts, a: Answers, sections: list[str]) -> None:
    """The picks and typed text of ``sections`` written into ``facts`` (its other parts stay as they were)."""
    picks = read_picks(practices_tree(a), "问答")
    for section in sections:
        facts.practices[section] = picks.get(section, [])
        text = a.get(SECTION_TEXTS[section]) if a.get(EXTRA) else None
        if not text:
            continue
        if section in ("problems", "measures"):
            setattr(facts, section, [*getattr(facts, section), *text])
        elif section == "platform":
            facts.overview.platform_text = text
        else:
            getattr(facts.overview, section).text = text
