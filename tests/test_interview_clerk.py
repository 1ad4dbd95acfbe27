"""The interview as a clerk types it (issue 14): no silent misreads, go back, never a report with errors,
defaults that fit, natural entry, --from last year's report; and the prompt counts of the scenarios."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.facts.examples import example_text
from drafter.facts.load import load_facts
from drafter.facts.model import Pick
from drafter.interview.basic_defaults import default_bank, default_year
from drafter.interview.from_facts import undated
from drafter.interview.prompt import BACK
from drafter.interview.questions import BY_KEY
from drafter.interview.session import Options
from drafter.interview.terminal import run
from drafter.interview.values import parse_answer, parse_entry, validator
from drafter.pipeline import draft_report
from drafter.writers import docx as docx_writer
from tests.conftest import example_facts
from tests.interview_script import DEFAULT, ScriptedAsk, from_script, replace, run_script, seed_script

REPORT = "昆明市晋宁区二街镇2023年政府信息公开工作年度报告.docx"


# ---- 1. no silent misreads ---------------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(groups=st.lists(st.integers(min_value=0, max_value=9999), min_size=2, max_size=4),
       widths=st.lists(st.integers(min_value=1, max_value=4), min_size=4, max_size=4))
def test_a_comma_is_a_thousands_separator_only_between_groups_of_three(groups: list[int], widths: list[int]) -> None:
    """Digits joined by commas are either a valid grouping (read as that number) or refused: "2,1,10" is never
    2110 in a count, an amount, or a table row."""
    parts = [str(g).zfill(w)[-w:] for g, w in zip(groups, widths, strict=False)]
    text = ",".join(parts)
    valid = 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])
    number = int(text.replace(",", ""))
    keys = [key for key, largest in (("table2.licensing", 10_000_000), ("overview.proactive.total", 10_000_000),
                                     ("table2.fees_10k_yuan", 1_000_000)) if not valid or number <= largest]
    for key in keys:
        problem = validator(BY_KEY[key])(text)
        if valid:
            assert problem is None and str(parse_answer(BY_KEY[key], text)) == str(int(text.replace(",", "")))
        else:
            assert problem is not None and "逗号" in problem
    row = parse_answer(BY_KEY["table2.normative_documents"], f"{text} 0 0") if valid and number < 10**7 else None
    assert row is None or row[0] == int(text.replace(",", ""))


@pytest.mark.parametrize("text", ["2,1,10", "1,2", "21,10", "2,1100"])
def test_misgrouped_numbers_are_refused_with_the_reason(text: str) -> None:
    assert "千位分隔符应每三位一个" in (validator(BY_KEY["table2.licensing"])(text) or "")
    assert validator(BY_KEY["table3.row.granted"])(f"{text} 0 0 0 0 0") is not None


def test_2_1_10_typed_for_licensing_never_reaches_the_facts_file(tmp_path: Path, capsys) -> None:
    """Even an ask that skips the prompt's check: "2,1,10" is asked again; the value stored is echoed."""
    script = replace(seed_script(), "table2.rows", [
        ("table2.rows", ["licensing", "penalties"]), ("table2.licensing", "2,1,10"), ("table2.licensing", "1,2"),
        ("table2.licensing", "2,110"), ("table2.penalties", "１２"),
    ])
    _, facts_path = run_script(tmp_path, script, render=False)
    captured = capsys.readouterr()
    assert captured.err.count("逗号位置不对") == 2
    assert "行政许可：2110 件" in captured.out and "行政处罚：12 件" in captured.out
    table = load_facts(facts_path).proactive_table
    assert (table.licensing, table.penalties) == (2110, 12)


# ---- 2. never a report with errors ---------------------------------------------------------------------------

def _with_wrong_date(review: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return replace(seed_script(), "signing_date", [("signing_date", "2023-06-01")])[:-1] + review


def test_errors_make_fixing_the_section_the_default_and_the_fix_is_asked(tmp_path: Path) -> None:
    script = _with_wrong_date([("review", DEFAULT), ("year", DEFAULT), ("signing_date", "2024-01-17"),
                               ("agency.name", DEFAULT), ("bank", DEFAULT), ("basis_notice", DEFAULT),
                               ("review", DEFAULT)])
    ask, facts_path = run_script(tmp_path, script)
    first = ask.asked("review")[0]
    assert first.default == "basic" and [v for v, _ in first.choices][-1] == "force"
    assert "仍然生成（不建议）" in dict(first.choices).values()
    assert ask.asked("review")[1].default == "done"
    assert (tmp_path / REPORT).is_file() and load_facts(facts_path).signing_date == dt.date(2024, 1, 17)


def test_with_errors_saving_facts_only_writes_no_report(tmp_path: Path, capsys) -> None:
    _, facts_path = run_script(tmp_path, _with_wrong_date([("review", "facts-only")]))
    assert facts_path.is_file() and not (tmp_path / REPORT).exists()
    assert "drafter render" in capsys.readouterr().out


def test_with_errors_a_confirming_ask_still_gets_no_report(tmp_path: Path, capsys) -> None:
    """The same policy as drafter render: errors and no explicit 仍然生成 → no report."""
    _, facts_path = run_script(tmp_path, _with_wrong_date([("review", "done")]))
    assert facts_path.is_file() and not (tmp_path / REPORT).exists()
    assert "报告未生成" in capsys.readouterr().err


def test_generating_anyway_is_an_explicit_choice(tmp_path: Path, capsys) -> None:
    run_script(tmp_path, _with_wrong_date([("review", "force")]))
    assert (tmp_path / REPORT).is_file()
    assert "仍然生成" in capsys.readouterr().err


def test_regulations_are_not_offered_to_a_township(tmp_path: Path) -> None:
    """乡镇、街道不能制定规章 (nor county-level agencies): the 规章 row is not among their choices; a city's
    department gets it."""
    ask, _ = run_script(tmp_path, seed_script(), render=False)
    assert "regulations" not in dict(ask.asked("table2.rows")[0].choices)
    offered = BY_KEY["table2.rows"].options
    assert "regulations" in dict(offered({"agency.name": "昆明市司法局", "agency.kind": "部门"}))
    assert "regulations" not in dict(offered({"agency.name": "昆明市晋宁区司法局", "agency.kind": "部门"}))


# ---- 3. back ------------------------------------------------------------------------------------------------

def test_back_goes_one_question_back_and_keeps_the_answers_as_defaults(tmp_path: Path) -> None:
    seed = seed_script()
    script = [*seed[:3], ("bank", BACK), ("agency.name", BACK), ("signing_date", "2024-01-18"),
              ("agency.name", DEFAULT), *seed[3:7],
              ("overview.proactive.channels", "晋宁区人民政府门户网 公开 118篇"), ("overview.proactive.channels", BACK),
              ("overview.proactive.channels", DEFAULT), *seed[8:]]
    ask, facts_path = run_script(tmp_path, script, render=False)
    assert ask.asked("signing_date")[1].default == "2024年1月17日"
    assert ask.asked("agency.name")[1].default == example_facts().agency.name
    assert ask.asked("overview.proactive.channels")[2].default == "晋宁区人民政府门户网 公开 118篇"
    facts = load_facts(facts_path)
    assert facts.signing_date == dt.date(2024, 1, 18) and len(facts.overview.proactive.channels) == 3


def test_back_works_after_resume(tmp_path: Path, capsys) -> None:
    """Ctrl-C at the fourth question, then --resume: Esc still goes back to the third, its answer the default
    (the order of answers is saved with the progress, not kept only in memory)."""
    seed = seed_script()
    facts_path = tmp_path / "facts.yaml"
    assert run(Options(facts_path=facts_path), ScriptedAsk(seed, interrupt_after=3)) == 130
    rest = ScriptedAsk([("bank", BACK), ("agency.name", DEFAULT), *seed[3:]])
    assert not isinstance(run(Options(facts_path=facts_path, resume=True, render=False), rest), int)
    assert "没有上一题" not in capsys.readouterr().err
    assert rest.asked("agency.name")[0].default == example_facts().agency.name
    assert load_facts(facts_path).agency.name == example_facts().agency.name


def test_back_at_the_first_question_says_so(tmp_path: Path, capsys) -> None:
    script = [("year", BACK), *seed_script()]
    run_script(tmp_path, script, render=False)
    assert "没有上一题" in capsys.readouterr().err


# ---- 8. defaults that fit -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("today", "year"), [((2025, 1, 5), 2024), ((2025, 6, 30), 2024), ((2025, 7, 1), 2025),
                                             ((2025, 12, 31), 2025)])
def test_the_report_year_defaults_to_the_year_being_reported_on(today: tuple[int, int, int], year: int) -> None:
    assert default_year({}, dt.date(*today)) == year


def test_the_phrase_bank_defaults_to_the_one_serving_the_agencys_region() -> None:
    assert default_bank({"agency.name": "昆明市晋宁区二街镇人民政府"}) == "jinning"
    assert default_bank({"agency.name": "甲县乙镇人民政府"}) == "national"
    labels = dict(BY_KEY["bank"].options({}))
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in label) for label in labels.values())
    assert not any(label.startswith(("national", "jinning")) for label in labels.values())


# ---- 9. natural entry -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "entry"), [
    ("区政府门户网站公开200条", ("区政府门户网站", "公开", 200, "条")),
    ("晋宁区人民政府门户网 公开 118篇", ("晋宁区人民政府门户网", "公开", 118, "篇")),
    ("其他渠道80条", ("其他渠道", "", 80, "条")),
    ("12345热线发布5条", ("12345热线", "发布", 5, "条")),
])
def test_a_channel_is_understood_with_or_without_spaces(text: str, entry: tuple[Any, ...]) -> None:
    parsed = parse_entry(text)
    assert (parsed["name"], parsed["verb"], parsed["count"], parsed["unit"]) == entry


def test_a_word_in_a_number_row_is_called_not_a_number() -> None:
    assert "“abc”不是数字" in (validator(BY_KEY["table3.row.granted"])("abc") or "")
    assert "应为整数" in (validator(BY_KEY["overview.proactive.total"])("abc") or "")


def test_yes_to_table3_then_no_row_is_refused_with_the_reason(tmp_path: Path) -> None:
    reason = validator(BY_KEY["table3.rows"])([])
    assert reason is not None and "至少选一项" in reason and "否" in reason
    assert validator(BY_KEY["table2.rows"])([]) is None  # 表二: all zero is a normal answer


def test_list_items_become_sentences(tmp_path: Path) -> None:
    assert parse_answer(BY_KEY["measures"], "加强培训；完善制度。；拓宽渠道") == ["加强培训。", "完善制度。", "拓宽渠道。"]
    assert parse_answer(BY_KEY["other_matters"], "A；B；C") == ["A。", "B。", "C。"]
    assert parse_answer(BY_KEY["problems"], "更新不及时；栏目不全。") == ["更新不及时", "栏目不全"]  # the bank ends them


# ---- 10. --from -----------------------------------------------------------------------------------------------

def test_sentences_dated_last_year_are_never_carried_over() -> None:
    text = "2023年，我镇开通了公众号。全年未发生失泄密情况。制定了《2024年工作要点》。"
    assert undated(text, 2023) == "全年未发生失泄密情况。制定了《2024年工作要点》。"
    assert undated(["2022年完成了A。", "继续做B。"], 2023) == ["继续做B。"]


def test_from_asks_what_last_years_report_did_not_give(tmp_path: Path, capsys) -> None:
    """The seed report has no 责任追究 count: it is asked (never left "—"), even with no section chosen."""
    script = [("signing_date", DEFAULT), ("from.sections", []), ("practice.supervision.accountability", "0"),
              ("review", "done")]
    _, facts_path = run_script(tmp_path, script, from_path=_seed_docx(tmp_path), render=False)
    assert "责任追究" in capsys.readouterr().out
    assert load_facts(facts_path).practices["supervision"] == [Pick("accountability", {"cases": 0})]


def test_channels_that_do_not_add_up_get_no_channel_the_clerk_did_not_choose(tmp_path: Path) -> None:
    script = replace(seed_script(), "proactive.mismatch", [("proactive.mismatch", "total")])
    _, facts_path = run_script(tmp_path, script, render=False)
    proactive = load_facts(facts_path).overview.proactive
    assert proactive.total == 478 and [c.name for c in proactive.channels][-1] == "重大工程公开招标信息"


# ---- prompt counts -----------------------------------------------------------------------------------------------

def _seed_docx(tmp_path: Path) -> Path:
    path = tmp_path / "last-year.docx"
    path.write_bytes(docx_writer.render(draft_report(example_facts()).draft))
    return path


BUSY_TABLES = [
    ("table2.rows", ["normative_documents", "licensing", "penalties"]), ("table2.normative_documents", "1 0 3"),
    ("table2.licensing", "2,110"), ("table2.penalties", "5"),
    ("table3.any", "是"),
    ("table3.rows", ["new_received", "carried_over", "granted", "partially_granted", "unable_to_provide.not_held",
                     "carried_forward"]),
    ("table3.row.new_received", "3 2 0 0 0 0"), ("table3.row.carried_over", "1 0 0 0 0 0"),
    ("table3.row.granted", "3 0 0 0 0 0"), ("table3.row.partially_granted", "0 1 0 0 0 0"),
    ("table3.row.unable_to_provide.not_held", "0 1 0 0 0 0"), ("table3.row.carried_forward", "1 0 0 0 0 0"),
    ("table4.any", "是"), ("table4.rows", ["review"]), ("table4.row.review", "1 0 0 0"),
]


def _busy_script() -> list[tuple[str, Any]]:
    """A busy 镇 (the department-level rows aside): 5 new applications in 2 applicant columns, 1 carried over,
    3 outcomes, 1 carried forward, one 行政复议, three 表二 rows."""
    seed = seed_script()
    start = next(i for i, (k, _) in enumerate(seed) if k == "table2.rows")
    end = next(i for i, (k, _) in enumerate(seed) if k == "practices.problems")
    seed = replace(replace(seed, "overview.proactive.total", [("overview.proactive.total", "478")]),
                   "proactive.mismatch", [])  # its channels add up
    return seed[:start - 1] + BUSY_TABLES + seed[end - 1:]


def test_prompt_counts_of_the_scenarios(tmp_path: Path, capsys) -> None:
    """The numbers reported in the closing note of issue 14 (each a whole interview, review included)."""
    counts = {}
    counts["seed, from scratch"] = run_script(tmp_path / "a", seed_script(), render=False)[0].count
    last = tmp_path / "last.yaml"
    last.write_text(example_text(), encoding="utf-8")
    counts["seed, --from its facts"] = run_script(tmp_path / "b", from_script(), from_path=last, render=False)[0].count
    counts["seed, --from its .docx"] = run_script(tmp_path / "c", from_script(), from_path=_seed_docx(tmp_path),
                                            render=False)[0].count
    ask, facts_path = run_script(tmp_path / "d", _busy_script(), render=False)
    counts["busy 镇, from scratch"] = ask.count
    facts = load_facts(facts_path)
    assert facts.applications.row("new_received") == (3, 2, 0, 0, 0, 0) and facts.proactive_table.licensing == 2110
    assert facts.reviews_and_lawsuits.row_with_total("review")[0] == 1
    with capsys.disabled():
        print("\nprompt counts: " + "; ".join(f"{name}: {n}" for name, n in counts.items()))
    # from scratch the narrative is checklists and their counts (issue 13): 3 more prompts, no paragraph typed
    assert counts == {"seed, from scratch": 28, "seed, --from its facts": 11, "seed, --from its .docx": 11,
                      "busy 镇, from scratch": 39}


def test_the_channel_sum_is_shown_against_the_total_while_typing() -> None:
    from drafter.interview.notes import channels_note

    note = channels_note(558, [{"name": "门户网", "verb": "公开", "count": 118, "unit": "篇"}])
    assert note("“魅力二街”发布356条") == "各渠道之和 474 条，总数 558 条，相差 84 条"
    assert note("“魅力二街”发布440条") == "各渠道之和 558 条，等于总数"
    assert note("abc") == "各渠道之和 118 条，总数 558 条，相差 440 条"


@pytest.mark.parametrize(("text", "number"), [("３次", 3), ("２１件", 21), ("1,250 条", 1250), ("0件", 0)])
def test_a_count_typed_with_its_unit_is_read(text: str, number: int) -> None:
    """Clerks type the unit the prompt names ("次数（次）" → "３次"); the number is certain, so it is taken."""
    assert validator(BY_KEY["table2.licensing"])(text) is None
    assert parse_answer(BY_KEY["table2.licensing"], text) == number


@pytest.mark.parametrize("text", ["约3次", "3次左右", "3.5件", "次", "2,1,10件"])
def test_a_count_with_words_around_it_is_still_refused(text: str) -> None:
    assert validator(BY_KEY["table2.licensing"])(text) is not None


@pytest.mark.parametrize(("prompt", "shown"), [
    ("主要领导听取政务公开工作汇报：次数（次）", "主要领导听取政务公开工作汇报：3 次"),
    ("全年主动公开政府信息总数（条）", "全年主动公开政府信息总数：3 条"),
    ("明确专人负责：工作人员（名）", "明确专人负责：工作人员 3 名"), ("行政许可 本年处理决定数量", "行政许可：3 件"),
    ("本年开展培训几次", "本年开展培训：3 次")])
def test_the_echo_names_the_unit_the_prompt_asks_in(prompt: str, shown: str) -> None:
    """"３次" typed for "次数（次）" was echoed back as "3 件": the echo takes the unit the prompt names. One colon:
    "主要领导听取政务公开工作汇报：次数：2 次" read twice (its 次数 is the unit's word, left out)."""
    from drafter.interview.question import Question
    from drafter.interview.values import echo

    assert echo(Question("k", prompt, "count", "s"), 3) == shown


def test_no_echo_of_any_question_shows_two_colons() -> None:
    """Every number, year and date question's echo reads "label：value unit", whatever its practice's label holds
    ("线下渠道：公开栏、…：政务公开专区/公开栏：3 个" read three times)."""
    from drafter.interview.questions import QUESTIONS
    from drafter.interview.values import echo

    samples = {"count": 3, "amount": "1.5", "year": 2025, "date": "2026-01-15"}
    for q in QUESTIONS:
        value = [1] * len(q.fields) if q.type == "numbers" else samples.get(q.type)
        if value is not None:
            shown = echo(q, value)
            assert shown.count("：") == 1 and "（" not in shown.split("：")[1], (q.key, shown)
    assert echo(BY_KEY["year"], 2025) == "报告年度：2025年"
    name = BY_KEY["agency.name"]  # pasted with a space: shown as it will be printed
    assert echo(name, parse_answer(name, " 昆明市晋宁区 二街镇人民政府 ")) == "本机关全称：昆明市晋宁区二街镇人民政府"


def test_the_echo_of_a_practice_asking_two_numbers_names_each_once() -> None:
    """"政务新媒体：账号（个）、发布信息（条）" typed "2 30" was echoed "政务新媒体：账号（个）、发布信息：账号（个） 2，
    发布信息（条） 30": the practice, then each number by its label, once."""
    from drafter.interview.values import echo

    assert echo(BY_KEY["practice.platform.new_media"], [2, 30]) == "政务新媒体：账号 2 个，发布信息 30 条"
    assert echo(BY_KEY["practice.supervision.training"], [0, 0]) == "业务培训：全部为 0"
    assert echo(BY_KEY["table2.normative_documents"], [2, 0, 23]).startswith("行政规范性文件：本年制发件数 2，")


@pytest.mark.parametrize(("text", "reason"), [
    ("2，1，10", "“2，1，10”中的逗号位置不对：这里只填一个数，千位分隔符应每三位一个（例如 2,110），也可以不写逗号"),
    ("2,1,10件", "“2,1,10件”中的逗号位置不对：这里只填一个数，千位分隔符应每三位一个（例如 2,110），也可以不写逗号"),
    ("2 1 10", "“2 1 10”是几个数：这里只填一个数"), ("3、4", "“3、4”是几个数：这里只填一个数")])
def test_several_numbers_typed_where_one_is_asked_are_refused_without_saying_separate_them(text: str, reason: str) -> None:
    """Typed in tmux: "2，1，10" for 工作人员（名） said "几个数之间请用空格隔开", and "2 1 10" then "应为整数": a field
    of one number says so. A row of numbers still splits them; words around a number keep their own reason."""
    assert validator(BY_KEY["practice.management.dedicated_staff"])(text) == reason
    assert validator(BY_KEY["fees.collected_10k_yuan"])(text) == reason
    assert parse_answer(BY_KEY["table2.normative_documents"], "2，1，10") == [2, 1, 10]
    assert validator(BY_KEY["table2.licensing"])("约 3 次") == "应为整数，实际是“约 3 次”"


@pytest.mark.parametrize("text", ["无", "没有", " 暂无 "])
def test_none_typed_for_a_count_is_refused_saying_to_type_0(text: str) -> None:
    """A clerk writes "无" where a form asks a number: refused (never guessed as 0), saying what to type."""
    assert validator(BY_KEY["table2.licensing"])(text) == f"“{text.strip()}”不是数字：没有的请填 0"


@pytest.mark.parametrize("text", ["2026.1.15", "2026/01/15", "２０２６年１月１５日", "2026年1月15号"])
def test_a_signing_date_typed_as_clerks_write_it_is_read_and_echoed(text: str) -> None:
    """Dots, slashes, full-width digits and "号" (how many say 日) are one date, echoed as the report prints it."""
    from drafter.interview.values import echo

    q = BY_KEY["signing_date"]
    assert validator(q)(text) is None and parse_answer(q, text) == "2026-01-15"
    assert echo(q, parse_answer(q, text)) == "落款日期：2026年1月15日"


def test_the_review_shows_section_six_picks_and_keeps_labels_holding_a_pause_apart() -> None:
    """Found in tmux: with "人大代表建议和政协提案办理结果公开" picked for 六 the review said "其他事项0条"; picked labels
    holding a 、 were joined by 、 ("信息公开不够及时、更新滞后、对政务公开重要性认识不足" reads as three), and 责任追究,
    asked in 起, was summed up in 次."""
    from drafter.facts.model import Pick
    from drafter.interview.review import section_rows
    from tests.conftest import example_facts

    facts = example_facts()
    facts.practices["other"] = [Pick("npc_cppcc", {"proposals_npc": 5, "proposals_cppcc": 3})]
    facts.practices["problems"] = [Pick("timeliness"), Pick("awareness")]
    facts.overview.supervision.accountability_cases = 2
    rows = {key: text for key, _, text in section_rows(facts)}
    assert "其他事项：人大代表建议和政协提案办理结果公开" in rows["other"] and "0条" not in rows["other"]
    assert "问题：信息公开不够及时、更新滞后；对政务公开重要性" in rows["improve"]
    assert "责任追究2起" in rows["overview"]
    assert "其他事项：（无）" in {k: t for k, _, t in section_rows(example_facts())}["other"]


def test_the_review_shows_the_numbers_typed_for_each_picked_practice() -> None:
    """Found in tmux: "责任追究（起）" answered 1 showed as "监督保障：责任追究" on the review, the number nowhere."""
    from drafter.facts.model import Pick
    from drafter.interview.review import section_rows
    from tests.conftest import example_facts

    facts = example_facts()
    facts.practices["supervision"] = [Pick("accountability", {"cases": 1})]
    facts.practices["platform"] = [Pick("new_media", {"accounts": 2, "posts": 30})]
    facts.practices["management"] = [Pick("leading_group")]
    rows = {key: text for key, _, text in section_rows(facts)}
    assert "监督保障：责任追究（1 起）" in rows["overview"] and "平台建设：政务新媒体（2 个账号发布 30 条）" in rows["overview"]
    assert "管理：健全领导机制、明确职责分工\n" in rows["overview"]
