"""A scripted ``ask`` for interview tests, and the answers of the seed scenario (二街镇 2023)."""

from __future__ import annotations

from typing import Any

from drafter.interview.flow import Prompt
from tests.conftest import example_facts

DEFAULT = object()  # answer with whatever the prompt offers (the clerk presses Enter)

# Prompts the seed scenario may take (DESIGN.md §8: ≤ 30 from scratch, ≤ 10 from last year). From last year
# it is 11: the seed's report never states its 责任追究 count, so that unknown is asked (issue 14, point 10).
SEED_TARGET, FROM_TARGET = 25, 11


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


def seed_script() -> list[tuple[str, Any]]:
    """The 二街镇 2023 answers, typed as a clerk would (full-width digits included)."""
    ex = example_facts()
    return [
        ("year", "2023"), ("signing_date", "2024年1月17日"), ("agency.name", ex.agency.name), ("bank", "jinning"),
        ("basis_notice", ex.basis_notice), ("overview.proactive.platforms", ex.overview.proactive.platforms),
        ("overview.proactive.total", "５５８"),
        ("overview.proactive.channels", "晋宁区人民政府门户网 公开 118篇"),
        ("overview.proactive.channels", "“魅力二街” 发布 356条"),
        ("overview.proactive.channels", "重大工程公开招标信息 4条"),
        ("overview.proactive.channels", ""), ("proactive.mismatch", "keep"),  # the seed's 558 ≠ 118+356+4, as published
        ("overview.extra", "否"), ("overview.management.leader_briefings", "2"),
        ("overview.platform_text", ex.overview.platform_text), ("overview.supervision.accountability_cases", "0"),
        ("overview.supervision.text", ex.overview.supervision.text), ("table2.rows", []), ("table3.any", "否"),
        ("table4.any", "否"), ("problems", "；".join(ex.problems)), ("measures", "；".join(ex.measures)),
        ("fees.any", "否"), ("other_matters", ""), ("review", "done"),
    ]


def from_script() -> list[tuple[str, Any]]:
    """The next year from the seed's facts (--from), changing only the 主动公开 figures."""
    return [
        ("signing_date", DEFAULT), ("from.sections", ["proactive"]), ("overview.proactive.platforms", DEFAULT),
        ("overview.proactive.total", "600"), ("overview.proactive.channels", "晋宁区人民政府门户网 公开 130篇"),
        ("overview.proactive.channels", DEFAULT), ("overview.proactive.channels", DEFAULT),
        ("overview.proactive.channels", ""), ("proactive.mismatch", "other"),
        ("overview.supervision.accountability_cases", "0"), ("review", "done"),
    ]


def replace(script: list[tuple[str, Any]], key: str, items: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """The script with the (single) answer to ``key`` replaced by ``items``."""
    i = next(n for n, (k, _) in enumerate(script) if k == key)
    return script[:i] + items + script[i + 1:]
