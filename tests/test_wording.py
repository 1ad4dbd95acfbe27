"""The national bank's wording for every case: chosen variant, key phrases, coverage, determinism."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.pipeline import draft_report
from drafter.wording.choose import Chooser
from drafter.wording.context import build_context
from drafter.wording.engine import OUTLINE_SLOTS, Choice
from drafter.wording.phrasebank import builtin_dir, builtin_names, load_bank
from drafter.writers.text import render_text
from tests.conftest import example_facts, nonzero_facts
from tests.wording_cases import CASES, Case, base

FULL_WIDTH_ONLY = str.maketrans("", "", ",;:?!()")


@pytest.fixture
def first_wording(monkeypatch: pytest.MonkeyPatch) -> None:
    """Always the first of several wordings, so a case's phrases name one text (the others: see below)."""
    monkeypatch.setattr(Chooser, "choose", lambda self, key, candidates: 0)


def _choices(case: Case) -> dict[str, Choice]:
    drafted = draft_report(case.facts(), last=case.last() if case.last else None)
    return {c.slot: c for c in drafted.choices}


@pytest.mark.usefixtures("first_wording")
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_the_right_variant_and_phrases_for_each_case(case: Case) -> None:
    """Each fact variation selects the expected national variant, which says the expected words."""
    choice = _choices(case)[case.slot]
    assert (choice.bank, choice.variant) == ("national", case.variant), choice.text
    for phrase in case.phrases:
        assert phrase in choice.text
    for phrase in case.absent:
        assert phrase not in choice.text
    if not case.phrases:
        assert choice.text == ""


@pytest.mark.parametrize("bank_name", builtin_names())
def test_every_variant_of_each_shipped_bank_is_reached_by_some_case(bank_name: str) -> None:
    """Across the case corpus, every variant of every slot of national.yaml (and jinning.yaml) is chosen at least once."""
    reached = set()
    for case in CASES:
        facts = case.facts()
        facts.banks = [bank_name]
        drafted = draft_report(facts, last=case.last() if case.last else None)
        reached |= {(c.slot, c.variant) for c in drafted.choices if c.bank == bank_name}
    bank = load_bank(builtin_dir() / f"{bank_name}.yaml")
    every = {(slot, v.index) for slot, variants in bank.slots.items() for v in variants}
    assert sorted(every - reached) == []


@pytest.mark.parametrize("bank_name", builtin_names())
def test_each_shipped_bank_reads_the_same_through_libyaml(bank_name: str) -> None:
    """The shipped banks take their parse events from libyaml (a render spent 0.08 s of its cold start parsing
    national.yaml in pure Python): every value and every line number as PyYAML's own parse gives them."""
    import yaml

    from drafter.facts import yamlload
    from drafter.wording.phrasebank import _LineLoader

    if yamlload._CParser is None:
        pytest.skip("PyYAML built without libyaml")
    text = (builtin_dir() / f"{bank_name}.yaml").read_text(encoding="utf-8")
    assert yaml.load(text, Loader=yamlload._with_libyaml(_LineLoader)) == yamlload.load(text, _LineLoader)


@pytest.mark.parametrize("text", ["slots: [1, 2", "slots:\n  a: b: c", "slots:\n\t- x", "slots: \x07",
                                  "slots: &a [*a]", "- " * 70 + "x", "slots:\n  a: 1\n  a: 2"])
def test_a_bank_read_through_libyaml_fails_with_pyyaml_s_own_message(text: str) -> None:
    """On an error the text is parsed again by PyYAML alone: the message and line are the same as without libyaml."""
    import yaml

    from drafter.facts import yamlload
    from drafter.wording.phrasebank import _LineLoader

    def outcome(libyaml: bool) -> str:
        try:
            return repr(yamlload.load(text, _LineLoader, libyaml=libyaml))
        except yaml.YAMLError as exc:
            return f"{type(exc).__name__}: {exc}"

    assert outcome(True) == outcome(False)


def test_the_national_bank_covers_the_whole_outline_and_nothing_else() -> None:
    """national.yaml has exactly the slots of the report outline."""
    assert sorted(load_bank(builtin_dir() / "national.yaml").slots) == sorted(OUTLINE_SLOTS)


def test_the_report_text_uses_full_width_punctuation() -> None:
    """No half-width comma, semicolon, colon or bracket in any sentence the national bank writes."""
    for case in CASES:
        for choice in _choices(case).values():
            assert choice.text == choice.text.translate(FULL_WIDTH_ONLY), (case.id, choice.slot, choice.text)


@pytest.mark.parametrize(("kind", "self_ref"), [("镇", "我镇"), ("乡", "我乡"), ("街道", "我街道"), ("部门", "本机关")])
def test_self_reference_follows_the_agency_kind(kind: str, self_ref: str) -> None:
    """The context refers to the agency as 我镇/我乡/我街道/本机关 by its kind."""
    ctx = build_context(base(kind))
    assert ctx["self_ref"] == self_ref
    text = render_text(draft_report(base(kind)).draft)
    assert self_ref in text and "未收到政府信息公开申请" in text.replace("没有收到", "未收到")


@pytest.mark.parametrize("title_name", ["沐阳县人民政府", "沐阳县", "金厂镇政府"])
def test_the_introduction_never_says_government_twice(title_name: str) -> None:
    """A title name ending in 政府 (imported reports keep it: "沐阳县人民政府2025年…年度报告") does not give
    "…人民政府政府信息公开工作开展情况"."""
    facts = base("部门")
    facts.agency.title_name = title_name
    facts.banks = ["national"]
    text = render_text(draft_report(facts).draft)
    assert "政府政府" not in text and f"{title_name}{'' if title_name.endswith('政府') else '政府'}信息公开工作开展情况" in text


def test_context_has_the_same_shape_with_or_without_last_year() -> None:
    """Year-over-year values exist (marked unknown) without last year's facts, so banks never hit an undefined."""
    without, with_last = build_context(example_facts()), build_context(example_facts(), last=example_facts())
    assert without.keys() == with_last.keys() and without["yoy"].keys() == with_last["yoy"].keys()
    assert not without["yoy"]["proactive_total"]["known"] and with_last["yoy"]["proactive_total"]["known"]
    assert without["has_last"] is False and with_last["has_last"] is True


def test_the_seed_example_keeps_its_house_style_and_national_tells_the_remainder() -> None:
    """The jinning bank keeps the seed's 其中 sentence; national says 其他渠道 80条 for the same facts."""
    jinning = render_text(draft_report(example_facts()).draft)
    assert "558条，其中，晋宁区人民政府门户网公开118篇、“魅力二街”发布356条、重大工程公开招标信息4条。" in jinning
    facts = example_facts()
    facts.banks = ["national"]
    national = render_text(draft_report(facts).draft)
    assert re.search(r"重大工程公开招标信息4条，\S{0,6}其他渠道\S{0,4}80条。", national)


def test_same_facts_and_banks_give_identical_text() -> None:
    """Two drafts of the same facts are identical, also in a fresh interpreter with another hash seed."""
    facts = nonzero_facts()
    first = render_text(draft_report(facts, last=example_facts()).draft).encode()
    assert render_text(draft_report(facts, last=example_facts()).draft).encode() == first
    code = ("import sys; from tests.conftest import nonzero_facts, example_facts; "
            "from drafter.pipeline import draft_report; from drafter.writers.text import render_text; "
            "sys.stdout.buffer.write(render_text(draft_report(nonzero_facts(), last=example_facts()).draft).encode())")
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    other = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, check=True).stdout
    assert other == first


def _numbers(text: str) -> list[str]:
    """The numbers a text says, the report period's dates left out."""
    return sorted(re.findall(r"\d+(?:\.\d+)?", re.sub(r"(\d{4}年)?\d{1,2}月\d{1,2}日", "", text)))


@pytest.mark.parametrize("bank_name", builtin_names())
def test_every_wording_of_a_variant_says_the_same_numbers(bank_name: str) -> None:
    """Several wordings of one variant mean the same: on facts where every number is non-zero, each wording
    says every number the first one says (it may add the period's dates)."""
    from drafter.wording.banklint import representative_context
    from drafter.wording.templates import make_environment

    env, ctx = make_environment(), representative_context()
    bank = load_bank(builtin_dir() / f"{bank_name}.yaml")
    for slot, variants in bank.slots.items():
        for variant in variants:
            first = _numbers(env.from_string(variant.text).render(**ctx))
            for text in variant.alternatives:
                said = _numbers(env.from_string(text).render(**ctx))
                assert all(said.count(n) >= first.count(n) for n in first), (slot, variant.index, text)


def test_two_consecutive_years_share_no_wording() -> None:
    """The same facts drafted for two consecutive years: no sentence of the narrative repeats (headings aside)."""
    from drafter.checks.units import sentences, units

    now = dataclasses.replace(nonzero_facts(), problems=[], measures=[], other_matters=[])  # nothing typed
    before = dataclasses.replace(now, year=now.year - 1)
    keep = ("overview.", "proactive_table.", "reviews.", "problems", "measures", "other.")

    def said(facts, last=None):
        return {s for u in units(draft_report(facts, last=last).draft) if u.slot.startswith(keep)
                for s in sentences(u.text) if not s.startswith("（") and len(s) > 8}

    assert said(now, before) & said(before) == set()
