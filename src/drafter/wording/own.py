"""The agency's own text of a subsection (``facts.own_text``), said instead of the bank's sentences.

Where a figure of the text is a fact of this year (一（一）'s total and channel counts, 一（三）'s leader
briefings), the fact's value is written: the text is the agency's, the numbers are the facts file's.
"""

from __future__ import annotations

import re

from drafter.facts.model import Facts

# Outline slot → the own_text key that replaces it; slots of the same paragraph it replaces too (the agency's
# text tells the results of the applications itself).
SLOT_KEYS = {
    "overview.proactive": "proactive", "overview.requests": "requests", "overview.management": "management",
    "overview.platform": "platform", "overview.supervision": "supervision", "problems": "problems",
    "measures": "measures",
}
ALSO_REPLACED = {"overview.requests.results": "requests"}
# 一's subsections say the sentences of their picks after the agency's text (a kept 监督保障 still says its
# 责任追究); 五's lists are the agency's alone.
PICKS_AFTER_OWN = {"overview.management": "management", "overview.platform": "platform",
                   "overview.supervision": "supervision"}
OWN_BANK = "本机关原文"  # what ``explain`` names as the source of such a text

_TOTAL = re.compile(r"(主动公开[^，。,;；：:0-9０-９]{0,12}?(?:共计|共|累计|合计)?\s*)([0-9０-９]+)(\s*(?:条|篇|件))")
_BRIEFINGS = re.compile(r"([0-9０-９]+)(\s*次听取)")


# 五 written without (一) and (二) (``improvement``): said whole in place of the problems, with no sub-headings.
WHOLE_FIVE = {"problems": None, "problems.heading": "", "measures.heading": "", "measures": ""}


def own_text(facts: Facts, slot: str) -> str | None:
    """The agency's text for ``slot`` with this year's figures, "" for a slot its paragraph's text replaces,
    None where the bank speaks."""
    whole = facts.own_text.get("improvement")
    if whole and slot in WHOLE_FIVE:
        return WHOLE_FIVE[slot] if WHOLE_FIVE[slot] is not None else whole
    key = SLOT_KEYS.get(slot)
    if key is not None and facts.own_text.get(key):
        return with_figures(key, facts.own_text[key], facts)
    if slot in ALSO_REPLACED and facts.own_text.get(ALSO_REPLACED[slot]):
        return ""
    return None


def with_figures(key: str, text: str, facts: Facts) -> str:
    if key == "proactive":
        p = facts.overview.proactive
        if p.total is not None:
            text = _TOTAL.sub(lambda m: f"{m.group(1)}{p.total}{m.group(3)}", text, count=1)
        for channel in p.channels:
            pattern = re.compile(f"({re.escape(channel.name)}[^0-9０-９，。、；]{{0,6}}?)[0-9０-９]+(\\s*{re.escape(channel.unit)})")
            text = pattern.sub(rf"\g<1>{channel.count}\g<2>", text, count=1)
    elif key == "management" and facts.overview.management.leader_briefings is not None:
        n = facts.overview.management.leader_briefings
        text = _BRIEFINGS.sub(lambda m: f"{n}{m.group(2)}", text, count=1)
    return text
