"""Last year's own words carried into this year (``interview --from``): the years moved on, the figures marked.

Each narrative subsection whose text the agency wrote (``own_text`` of an imported report, 六 of a report)
is offered as this year's starting text. Its years move forward (2023年 → 2024年, and a plan's 2024年 →
2025年), sentences comparing with the year before (较上年…) are dropped, and each figure ("2次", "356条")
is last year's: asked for this year's value, or removed. Nothing dated last year reaches the report as
this year's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.markup import escape

from drafter.facts import values
from drafter.facts.model import Facts
from drafter.facts.narrative import SUBSECTIONS
from drafter.interview.prompt import validate_by

KEEP, MENU, TYPE = "keep", "menu", "type"
LAST_TEXTS = "_own_last"  # automatic answer: part → last year's own text as published (to show it marked)


@dataclass(frozen=True)
class Part:
    key: str  # own_text key, or "other" (六, other_matters)
    section: str  # the interview section it belongs to
    label: str
    practices: str  # the checklist it replaces


PARTS = (
    *(Part(key, "overview", SUBSECTIONS[key], key) for key in ("management", "platform", "supervision")),
    *(Part(key, "improve", SUBSECTIONS[key], key) for key in ("problems", "measures")),
    Part("improvement", "improve", "五、存在的主要问题及改进情况", "problems"),  # 五 written without (一)(二)
    Part("other", "other", SUBSECTIONS["other"], "other"),
)
BY_PART = {p.key: p for p in PARTS}

SENTENCE = re.compile(r"[^。！？]*(?:[。！？]”?|$)")  # a sentence with its closing quote (to_facts too)
_COMPARED = re.compile(r"较上年|比上年|较去年|比去年|同比|与上年相比|与去年相比|较上一年")
UNITS = "人次|万元|余条|余篇|余次|次|条|篇|件|个|期|场|家|项|名|户|块|处|份|批|人|%|％"
FIGURE = re.compile(rf"(?<![第0-9０-９.])(?:共计|累计|合计|共|达)?\s*([0-9０-９]+(?:\.[0-9]+)?)\s*(?:{UNITS})")


# The checklists a part's own text replaces (五 as one text replaces both of its checklists).
REPLACES = {"improvement": ("problems", "measures")}


def owners(practices: str) -> tuple[str, ...]:
    """The parts whose own text, kept or typed, stands in place of the checklist ``practices``."""
    return tuple(p.key for p in PARTS if practices in REPLACES.get(p.key, (p.practices,)))


def use_key(part: str) -> str:
    return f"own.{part}.use"


def text_key(part: str) -> str:
    return f"own.{part}.text"


def last_texts(last: Facts) -> dict[str, str]:
    """Each part's own text last year (六 only from a published report, where it is the agency's)."""
    texts = {p.key: last.own_text[p.key] for p in PARTS if last.own_text.get(p.key)}
    if last.imported is not None and last.other_matters:
        texts["other"] = "\n".join(last.other_matters)
    return texts


def moved(text: str, last_year: int) -> str:
    """Years moved on by one (last year's and the plans for the year after); comparisons with the year
    before last dropped (they are last year's comparisons)."""
    lines = ["".join(s for s in SENTENCE.findall(line) if s.strip() and not _COMPARED.search(s)).strip()
             for line in text.split("\n")]
    text = "\n".join(line for line in lines if line)
    return values.ANY_YEAR.sub(lambda m: str(int(m.group(1)) + 1) if int(m.group(1)) in (last_year, last_year + 1)
                               else m.group(1), text)


def figures(text: str) -> list[re.Match[str]]:
    """The figures of a text ("共2次", "356条"), not inside a document title 《…》."""
    titles = [m.span() for m in re.finditer(r"《[^》]*》", text)]
    return [m for m in FIGURE.finditer(text) if not any(a <= m.start() < b for a, b in titles)]


def filled(text: str, values: list[str | None]) -> str:
    """Each figure given this year's number (its phrase kept), or removed where the value is None."""
    out, end = [], 0
    for m, value in zip(figures(text), values, strict=False):
        out.append(text[end:m.start()])
        if value is not None:
            out.append(m.group(0).replace(m.group(1), value, 1))
        end = m.end()
    return "".join(out) + text[end:]


def without_figures(text: str) -> str:
    return filled(text, [None] * len(figures(text)))


def marked(text: str, last_year: int) -> str:
    """Rich markup of last year's text: its years (black on yellow) and figures (white on red) highlighted."""
    spans = [(m.start(), m.end() + 1, "black on yellow") for m in values.ANY_YEAR.finditer(text)
             if int(m.group(1)) in (last_year, last_year + 1)]
    spans += [(m.start(), m.end(), "white on red") for m in figures(text)]
    out, end = [], 0
    for start, stop, style in sorted(spans):
        if start < end:
            continue
        out.append(escape(text[end:start]) + f"[{style}]{escape(text[start:stop])}[/]")
        end = stop
    return "".join(out) + escape(text[end:])


def context(text: str, m: re.Match[str], width: int = 12) -> str:
    """The words around a figure, to say which one is asked."""
    before = text[max(0, m.start() - width):m.start()].split("。")[-1].split("\n")[-1]
    after = text[m.end():m.end() + width].split("。")[0].split("\n")[0]
    return f"{before}{m.group(0)}{after}"


def parse_value(raw: object) -> str | None:
    """This year's value of a figure: a number (full-width digits too), or None (Enter) to remove it."""
    text = values.nfkc(str(raw or "")).strip().replace(",", "")
    if not text:
        return None
    if not re.fullmatch(r"\d+(?:\.\d+)?", text):
        raise ValueError(f"“{raw}”不是数字。请输入本年的数（如 3），或直接回车去掉这个数字")
    return text


check_value = validate_by(parse_value)  # the prompt's check: the exact one parse_value makes
