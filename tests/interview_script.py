"""A scripted ``ask`` for interview tests, and the answers of the seed scenario (二街镇 2023)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafter.facts.model import Facts, Management, Pick, Supervision
from drafter.interview.prompt import Prompt
from drafter.interview.session import Options
from drafter.interview.terminal import run
from tests.conftest import example_facts

DEFAULT = object()  # answer with whatever the prompt offers (the clerk presses Enter)

# Prompts the seed scenario may take (DESIGN.md §8: ≤ 30 from scratch, ≤ 10 from last year). From scratch it
# is 28 since 一（三）（四）（五）, 五 and 六 are checklists with their counts instead of typed paragraphs (issue 13);
# from last year 11: the seed never states its 责任追究 count, so that unknown is asked (issue 14, point 10).
SEED_TARGET, FROM_TARGET = 30, 11


class ScriptedAsk:
    """Answers prompts from a list of (question key, raw answer); fails on a prompt out of order."""

    def __init__(self, script: list[tuple[str, Any]], interrupt_after: int | None = None) -> None:
        self.script = list(script)
        self.prompts: list[Prompt] = []
        self.interrupt_after = interrupt_after

    def __call__(self, prompt: Prompt) -> Any:
        if self.interrupt_after is not None and len(self.prompts) == self.interrupt_after:
            raise KeyboardInterrupt
        self.prompts.append(prompt)
        assert self.script, f"unexpected prompt {prompt.key}: {prompt.message}"
        key, answer = self.script.pop(0)
        assert prompt.key == key, f"asked {prompt.key} ({prompt.message}), script expected {key}"
        return prompt.default if answer is DEFAULT else answer

    @property
    def count(self) -> int:
        return len(self.prompts)

    def asked(self, key: str) -> list[Prompt]:
        return [p for p in self.prompts if p.key == key]


def run_script(tmp_path: Path, script: list[tuple[str, Any]], name: str = "facts.yaml",
               **opts: Any) -> tuple[ScriptedAsk, Path]:
    """The interview run through to the end on ``script`` (every answer used), writing ``tmp_path / name``."""
    ask = ScriptedAsk(script)
    facts_path = tmp_path / name
    result = run(Options(facts_path=facts_path, **opts), ask)
    assert not isinstance(result, int), "interview did not finish"
    assert not ask.script, f"script not used up: {ask.script[:3]}"
    return ask, facts_path


def seed_script() -> list[tuple[str, Any]]:
    """The 二街镇 2023 interview as a new user answers it: numbers typed (full-width digits included), every
    narrative part picked from the checklists with its counts, no paragraph typed."""
    ex = example_facts()
    return [
        ("year", "2023"), ("signing_date", "2024年1月17日"), ("agency.name", ex.agency.name), ("bank", "jinning"),
        ("basis_notice", ex.basis_notice), ("overview.proactive.platforms", ex.overview.proactive.platforms),
        ("overview.proactive.total", "５５８"),
        ("overview.proactive.channels", "晋宁区人民政府门户网 公开 118篇"),
        ("overview.proactive.channels", "“魅力二街” 发布 356条"),
        ("overview.proactive.channels", "重大工程公开招标信息 4条"),
        ("overview.proactive.channels", ""), ("proactive.mismatch", "keep"),  # the seed's 558 ≠ 118+356+4, as published
        *SEED_PICKS,
        ("overview.extra", "否"), ("table2.rows", []), ("table3.any", "否"), ("table4.any", "否"),
        ("practices.problems", ["timeliness", "form_channels"]), ("practices.measures", DEFAULT),
        ("fees.any", "否"), ("practices.other", []), ("review", "done"),
    ]


def from_script() -> list[tuple[str, Any]]:
    """The next year from the seed's facts (--from), changing only the 主动公开 figures."""
    return [
        ("signing_date", DEFAULT), ("from.sections", ["proactive"]), ("overview.proactive.platforms", DEFAULT),
        ("overview.proactive.total", "600"), ("overview.proactive.channels", "晋宁区人民政府门户网 公开 130篇"),
        ("overview.proactive.channels", DEFAULT), ("overview.proactive.channels", DEFAULT),
        ("overview.proactive.channels", ""), ("proactive.mismatch", "other"),
        ("practice.supervision.accountability", "0"), ("review", "done"),  # the seed never states it: asked
    ]


# 一（三）（四）（五） of the seed report as checklists and counts (the seed's own paragraphs, picked).
SEED_PICKS: list[tuple[str, Any]] = [
    ("practices.management", ["leader_briefings", "leading_group", "review_process"]),
    ("practice.management.leader_briefings", "2"),
    ("practices.platform", ["portal_site", "new_media", "site_maintenance"]),
    ("practice.platform.portal_site", "118"), ("practice.platform.new_media", "1 356"),
    ("practices.supervision", ["accountability", "assessment", "social_review"]),
    ("practice.supervision.accountability", DEFAULT),
]


def replace(script: list[tuple[str, Any]], key: str, items: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """The script with the (single) answer to ``key`` replaced by ``items``."""
    i = next(n for n, (k, _) in enumerate(script) if k == key)
    return script[:i] + items + script[i + 1:]


def seed_expected() -> Facts:
    """The facts the seed script gives: the example's numbers, its narrative as the picks of SEED_PICKS."""
    facts = example_facts()
    facts.overview.management, facts.overview.supervision = Management(), Supervision()
    facts.overview.platform_text, facts.problems, facts.measures = "", [], []
    facts.practices = {
        "management": [Pick("leader_briefings", {"times": 2}), Pick("leading_group"), Pick("review_process")],
        "platform": [Pick("portal_site", {"items": 118}), Pick("new_media", {"accounts": 1, "posts": 356}),
                     Pick("site_maintenance")],
        "supervision": [Pick("accountability", {"cases": 0}), Pick("assessment"), Pick("social_review")],
        "problems": [Pick("timeliness"), Pick("form_channels")],
        "measures": [Pick(m) for m in ("timely_update", "mechanism_rules", "channels_newmedia", "supervision_assessment")],
    }
    return facts


def passed_parts(*sections: str) -> list[tuple[str, Any]]:
    """``--fill``'s questions for the narrative parts of 一（三）至（五） a report did not give, each passed with Enter
    (nothing picked but the pre-picked 责任追究, no text added): asked before 表二, as in the full interview."""
    script: list[tuple[str, Any]] = []
    for section in sections:
        script.append((f"practices.{section}", DEFAULT))
        if section == "supervision":
            script.append(("practice.supervision.accountability", DEFAULT))
    return [*script, ("overview.extra", DEFAULT)]
