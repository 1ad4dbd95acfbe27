"""Picked practices (``practices:``): facts file, validation by name, wordings, zero counts, county layering,
and the choice that avoids last year's sentences."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from drafter.errors import FactsError
from drafter.facts.dump import dump_facts
from drafter.facts.examples import example_text
from drafter.facts.imported import Imported
from drafter.facts.load import parse_facts, parse_yaml
from drafter.facts.model import Pick
from drafter.pipeline import draft_report
from drafter.wording.choose import Chooser, sentence_keys
from drafter.wording.menus import labels, merged_menus
from drafter.wording.phrasebank import load_chain
from tests.wording_cases import base

PICKS = """practices:
  management:
    - review_process
    - {id: leader_briefings, times: 2}
  platform: [{id: new_media, accounts: 0, posts: 0}]
  problems: [timeliness]
"""


def _facts(text: str = PICKS):
    return parse_facts(parse_yaml(example_text() + text, "f.yaml"), "f.yaml")


def _texts(facts, **kw) -> dict[str, str]:
    return {c.slot: c.text for c in draft_report(facts, **kw).choices}


def test_picks_load_dump_with_their_labels_and_read_back_identically() -> None:
    facts = _facts()
    assert facts.practices["management"][1] == Pick("leader_briefings", {"times": 2})
    text = dump_facts(facts, labels(merged_menus(load_chain(["national"]))))
    assert "    - {id: leader_briefings, times: 2}    # 主要领导听取政务公开工作汇报（N 次）" in text
    assert "  management:    # 一（三）政府信息管理" in text
    assert parse_facts(parse_yaml(text, "x"), "x") == facts


def test_old_facts_files_without_picks_still_load_and_render() -> None:
    facts = parse_facts(parse_yaml(example_text(), "f.yaml"), "f.yaml")
    assert facts.practices == {}
    assert "2次听取政务公开工作情况汇报" in _texts(facts)["overview.management"]


@pytest.mark.parametrize(("text", "expected"), [
    ("practices:\n  managment: [review_process]\n", "字段 practices.managment：未知字段。是否想写“management”？"),
    ("practices:\n  management: review_process\n", "字段 practices.management：应为列表"),
    ("practices:\n  management: [{times: 2}]\n", "字段 practices.management[1]：应为做法的编号"),
    ("practices:\n  management: [{id: leader_briefings, times: 两次}]\n", "字段 practices.management[1].times"),
    ("practices:\n  management: [review_process, review_process]\n", "做法“review_process”重复勾选"),
])
def test_a_malformed_pick_names_its_field(text: str, expected: str) -> None:
    with pytest.raises(FactsError) as exc:
        _facts(text)
    assert expected in str(exc.value)


@pytest.mark.parametrize(("text", "expected"), [
    ("practices:\n  management: [review_proces]\n",
     "字段 practices.management[1]：一（三）政府信息管理的短语库中没有做法“review_proces”。是否想写“review_process”？"),
    ("practices:\n  platform: [{id: new_media, accounts: 1}]\n",
     "字段 practices.platform[1]：做法“政务新媒体（N 个账号发布 N 条）”缺少数字 posts（发布信息，单位条）"),
    ("practices:\n  management: [{id: review_process, times: 3}]\n",
     "字段 practices.management[1].times：做法“落实信息发布审核制度（“三审三校”、先审后发）”没有这个数字"),
])
def test_a_pick_the_bank_does_not_know_is_refused_by_name(text: str, expected: str) -> None:
    with pytest.raises(FactsError) as exc:
        draft_report(_facts(text))
    assert expected in str(exc.value)


def test_picked_sentences_carry_the_counts_and_zero_counts_have_their_own_wording() -> None:
    texts = _texts(_facts())
    assert "三审三校" in texts["practices.management.review_process"]
    assert "2次" in texts["practices.management.leader_briefings"]
    assert "2次" in texts["overview.management"] and texts["overview.management"].count("听取") == 2  # old field too
    new_media = texts["practices.platform.new_media"]
    assert "0" not in new_media and "政务新媒体" in new_media and any(w in new_media for w in ("未", "暂无"))
    assert texts["overview.platform"].startswith(new_media)


def test_a_zero_count_with_empty_zero_wordings_leaves_the_sentence_out() -> None:
    facts = _facts("practices:\n  management: [{id: leader_briefings, times: 0}, archive]\n")
    texts = _texts(facts)
    assert "practices.management.leader_briefings" not in texts
    assert "听取" not in texts["practices.management.archive"]


def test_picked_problems_come_first_and_picked_measures_are_paragraphs() -> None:
    facts = dataclasses.replace(base(problems=["形式单一"], measures=["自拟措施。"]), practices={
        "problems": [Pick("timeliness")], "measures": [Pick("timely_update")]})
    texts = _texts(facts)
    assert "一是" in texts["problems"] and texts["problems"].endswith("；二是形式单一。")
    assert texts["measures"].split("\n")[1].startswith("二是自拟措施")


def test_a_county_bank_rewords_one_practice_and_adds_another(tmp_path: Path) -> None:
    bank = tmp_path / "county.yaml"
    bank.write_text("""bank: county
extends: national
slots: {}
practices:
  management:
    - id: review_process
      wordings: ["{{ self_ref }}县样式一。", "{{ self_ref }}县样式二。", "{{ self_ref }}县样式三。"]
    - id: open_day
      label: 政府开放日（N 次）
      counts: [{name: days, label: 开放日, unit: 次}]
      wordings: ["{{ self_ref }}举办政府开放日{{ days }}次。", "{{ self_ref }}开展开放日活动{{ days }}次。",
                 "{{ year }}年，{{ self_ref }}共举办政府开放日{{ days }}次。"]
""", encoding="utf-8")
    facts = _facts("practices:\n  management: [review_process, {id: open_day, days: 3}]\n")
    facts.banks = [str(bank)]
    menu = merged_menus(load_chain([str(bank)]))["management"]
    assert menu["review_process"].label.startswith("落实信息发布审核制度")  # kept from national
    texts = _texts(facts)
    assert texts["practices.management.review_process"] == "我镇县样式一。"
    assert "3次" in texts["practices.management.open_day"]


def test_without_last_year_the_first_wording_and_with_it_never_last_years_sentence() -> None:
    facts = _facts()
    first = _texts(facts)["practices.management.review_process"]
    last = dataclasses.replace(_facts(), year=2022)
    again = _texts(facts, last=last)["practices.management.review_process"]
    assert again != first or _texts(last)["practices.management.review_process"] != first


def test_an_imported_reports_sentences_are_avoided() -> None:
    """Last year's published text (an imported report) is never repeated where another wording fits."""
    facts = _facts()
    menu = merged_menus(load_chain(["jinning"]))["management"]["review_process"]
    published = "".join(w.replace("{{ self_ref }}", "我镇") for w in menu.wordings[:2])
    last = dataclasses.replace(_facts(), year=2022, imported=Imported(sections={"overview.management": published}))
    chosen = _texts(facts, last=last)["practices.management.review_process"]
    assert chosen == menu.wordings[2].replace("{{ self_ref }}", "我镇")


def test_the_chooser_masks_numbers_and_falls_back_when_every_wording_was_used() -> None:
    chooser = Chooser(2024, ["全年发布118条。", "我镇建立台账。"])
    assert chooser.choose("k", ["全年发布120条。", "全年共发布120条信息。"]) == 1
    assert chooser.choose("k", ["全年发布1条。"]) == 0
    assert sentence_keys("一是加强业务学习；二是完善工作制度。") == {"加强业务学习", "完善工作制度"}


def test_a_list_items_ordinal_is_not_part_of_its_wording() -> None:
    """Last year's "二是我镇将……" is the same wording as this year's measure "我镇将……" (it may come first)."""
    assert sentence_keys("二是我镇将完善制度。") == sentence_keys("我镇将完善制度。")
    assert sentence_keys("2023年主要存在以下问题：一是信息更新不及时；二是公开形式单一。") == {
        "#年主要存在以下问题", "信息更新不及时", "公开形式单一"}


def test_an_imported_reports_other_matters_are_kept_in_its_words_and_rendered_again(tmp_path: Path) -> None:
    """六 of a published report: its own sentences become other_matters (the 信息处理费 sentence is drafted from
    the fees read), so rendering the imported facts says them again."""
    from drafter.importers.report import import_report
    from drafter.writers import docx as docx_writer

    facts = _facts()
    facts.other_matters = ["2023年，我镇办理人大代表建议3件，办理结果均已公开。"]
    report = tmp_path / "report.docx"
    report.write_bytes(docx_writer.render(draft_report(facts).draft))
    imported = import_report(report).facts
    assert imported.other_matters == facts.other_matters
    assert facts.other_matters[0] in _texts(imported)["other.matters"]


def test_picks_read_alone_as_a_facts_file_reads_them() -> None:
    """``interview --fill`` writes the parts it asked through the facts file's own reading of ``practices:``: ids with
    their numbers, and a wrong item refused naming its field, as ``drafter render`` would."""
    from drafter.facts.picks import read_picks

    tree = {"management": ["review_process", {"id": "leader_briefings", "times": 2}], "problems": []}
    assert read_picks(tree, "问答") == {"management": [Pick("review_process", {}), Pick("leader_briefings", {"times": 2})],
                                       "problems": []}
    with pytest.raises(FactsError, match=r"practices\.management\[1\].*应为做法的编号"):
        read_picks({"management": [{"times": 2}]}, "问答")
