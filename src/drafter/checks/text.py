"""Rules on the text that will be published (the rendered draft), against the tables.

``check_text`` runs every text rule on every sentence: D1, D2 申请 counts and "未收到申请"
(``checks.applications``), D3 复议/诉讼 counts (``checks.cases``), D4 breakdowns (``checks.breakdowns``),
D5 规章/规范性文件 counts (``checks.documents``), D6 信息处理费 (``checks.fees``), E5 years (``checks.years``),
E6 citations (``checks.citations``) and T1, T2 copied text (``checks.copied``). Plain regular expressions:
rendering runs these too, so no jieba. A problem's path is the facts field whose text contains the sentence,
else ``banks:<slot>``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from drafter.checks import (
    applications,
    breakdowns,
    cases,
    channels,
    citations,
    cited_titles,
    copied,
    documents,
    fees,
    named,
    years,
)
from drafter.checks.problem import Problem
from drafter.checks.text_figures import Context
from drafter.checks.units import Unit, last_sentence, sentences
from drafter.facts.model import Facts
from drafter.wording.context import build_context

YEAR_STAND_IN = 2000  # the context needs a year; no year rule runs when the report's was not read


def check_text(facts: Facts, text: list[Unit]) -> list[Problem]:
    """Every text rule on every sentence of ``text`` (``units(draft)`` or ``report_units``)."""
    # A report whose year was not read still has its tables compared; its year rules say they were not run.
    ctx = build_context(facts if facts.year else dataclasses.replace(facts, year=YEAR_STAND_IN))
    problems: list[Problem] = []
    for unit in text:
        for sentence in sentences(unit.text):
            for rule in RULES:
                problems += rule(facts, ctx, unit, sentence)
    problems += citations.e6_one_number_two_titles(facts, text) + channels.t2_channels(facts, text)
    problems += channels.t2_line_directory(facts, text)
    return _unique(problems)


def check_unfinished(facts: Facts, text: list[Unit]) -> list[Problem]:
    """The rules that may judge the sentence a copy cut short stops inside (``units.unfinished_ends``): those that
    report only what the words printed before the cut already decide (D4: parts that exceed their total; T1, T2:
    words another agency's or a template's, but for the sentence's last characters; E6: a number or a title printed
    whole and garbled)."""
    ctx = build_context(facts if facts.year else dataclasses.replace(facts, year=YEAR_STAND_IN))
    return _unique([p for unit in text for rule in UNFINISHED_RULES
                    for p in rule(facts, ctx, unit, last_sentence(unit.text))])


def _unique(problems: list[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        if (p.code, p.path, p.message) not in seen:
            seen.add((p.code, p.path, p.message))
            out.append(p)
    return out


Rule = Callable[[Facts, Context, Unit, str], list[Problem]]
RULES: tuple[Rule, ...] = (applications.d1, applications.d2, cases.d3, breakdowns.d4, documents.d5, documents.e1_text,
                          fees.d6,
                          years.e5_years, years.e5_accounts, years.e5_period, years.e5_carried,
                          years.e5_own_report, years.e5_year_lost, years.e5_plans, years.e5_next_year,
                          citations.e6_citations,
                          citations.e6_garbled, cited_titles.e6_cited_titles, copied.t1_placeholder, copied.t2_copied, named.t2_opening,
                          named.t2_subject, named.t2_site, named.t2_county_site, named.t2_reported_by)
UNFINISHED_RULES: tuple[Rule, ...] = (breakdowns.d4_unfinished, named.t_unfinished, documents.e1_unfinished,
                                      citations.e6_unfinished, cited_titles.e6_titles_unfinished)
