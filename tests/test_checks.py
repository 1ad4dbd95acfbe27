"""Every rule code: a facts fixture that breaks exactly that rule, and one that satisfies it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from drafter.checks.rules import Problem, check_report, parse_deadline
from drafter.facts.model import (
    Agency,
    Applications,
    Channel,
    DocRow,
    Facts,
    Fees,
    Imported,
    Management,
    Overview,
    Proactive,
    ProactiveTable,
    ReviewRow,
    ReviewsAndLawsuits,
    StatedTotals,
    Supervision,
)
from drafter.pipeline import draft_report
from tests.conftest import example_facts, nonzero_facts


def clean() -> Facts:
    """A small township with applications in two columns, consistent everywhere: no problem at all."""
    rows = {
        "new_received": (3, 1, 0, 0, 0, 0), "carried_over": (1, 0, 0, 0, 0, 0),
        "granted": (2, 0, 0, 0, 0, 0), "partially_granted": (0, 1, 0, 0, 0, 0),
        "not_processed.complaints": (1, 0, 0, 0, 0, 0), "carried_forward": (1, 0, 0, 0, 0, 0),
    }
    return Facts(
        year=2023, agency=Agency("某县某某镇人民政府", "某某镇", "镇"), signing_date=dt.date(2024, 1, 20),
        banks=["national"],
        overview=Overview(proactive=Proactive("县政府门户网站", 30, [Channel("门户网站", 20, "条", "发布"),
                                                                      Channel("公众号", 10, "条", "发布")]),
                          management=Management(2, "镇党委会专题研究政务公开工作。"),
                          platform_text="依托县政府门户网站和公众号发布信息。",
                          supervision=Supervision(0, "将政务公开纳入年度考核。")),
        applications=Applications(rows),
        problems=["信息更新不够及时"], measures=["建立信息更新台账，明确专人每周更新。"],
    )


def run(facts: Facts, **kwargs) -> list[Problem]:
    return check_report(facts, draft_report(facts).draft, **kwargs)


def codes(facts: Facts, code: str, **kwargs) -> list[Problem]:
    return [p for p in run(facts, **kwargs) if p.code == code]


def with_rows(facts: Facts, **rows: tuple[int, ...]) -> Facts:
    return dataclasses.replace(facts, applications=Applications({**facts.applications.rows, **rows}))


def with_text(facts: Facts, **texts: str) -> Facts:
    o = facts.overview
    overview = dataclasses.replace(
        o, requests_text=texts.get("requests", o.requests_text),
        supervision=dataclasses.replace(o.supervision, text=texts.get("supervision", o.supervision.text)),
        management=dataclasses.replace(o.management, text=texts.get("management", o.management.text)))
    return dataclasses.replace(facts, overview=overview, other_matters=[texts["other"]] if "other" in texts else [])


def test_the_clean_fixture_has_no_problem() -> None:
    """The base fixture satisfies every rule, so each test below breaks exactly one."""
    assert run(clean()) == []


def test_a1_column_that_does_not_balance() -> None:
    """A1: 一 + 二 must equal （七）总计 + 四 in every applicant column."""
    broken = with_rows(clean(), carried_forward=(2, 0, 0, 0, 0, 0))
    (problem,) = run(broken)
    assert (problem.code, problem.severity, problem.path) == ("A1", "error", "applications[1]")
    assert "自然人" in problem.where and "4" in problem.message and "5" in problem.message
    assert codes(clean(), "A1") == []


def imported(stated: StatedTotals | None = None, missing: list[str] | None = None,
             blank: list[str] | None = None) -> Facts:
    """The clean facts as an import of a published report: ``missing`` cells not read, ``blank`` ones
    (also missing) printed blank, "—" or "/" in the report."""
    return dataclasses.replace(clean(), imported=Imported("r.docx", missing=[*(missing or []), *(blank or [])],
                                                          stated_totals=stated or StatedTotals(), blank=blank or []))


@pytest.mark.parametrize(("facts", "code", "path", "label"), [
    (imported(StatedTotals(row_totals={"new_received": 5})), "B1", "imported.stated_totals.row_totals.new_received",
     "一、本年新收政府信息公开申请数量 · 总计"),
    (imported(StatedTotals(outcome_totals=(3, 0, 0, 0, 0, 0))), "B2", "imported.stated_totals.outcome_totals[2]",
     "（七）总计 · 商业企业"),
    (imported(StatedTotals(review_totals={"lawsuit_direct": 1})), "B3",
     "imported.stated_totals.review_totals.lawsuit_direct", "未经复议直接起诉 · 总计"),
    (imported(blank=["applications.granted[1]"]), "B5", "applications.granted[1]", "（一）予以公开 · 自然人"),
    (imported(blank=["reviews_and_lawsuits.review.upheld"]), "B5", "reviews_and_lawsuits.review.upheld",
     "行政复议 · 结果维持"),
])
def test_b1_b2_b3_b5_printed_totals_and_unreadable_cells(facts: Facts, code: str, path: str, label: str) -> None:
    """B1–B3, B5: totals as a published report printed them, and cells it left blank, are checked."""
    (problem,) = [p for p in run(facts) if p.severity != "notice"]
    assert (problem.code, problem.severity, problem.path) == (code, "error", path)
    assert label in problem.where


def test_b2_the_printed_total_column() -> None:
    """B2 on the 总计 column: a printed （七）总计 that is neither the sum of the results' printed 总计 nor of the
    cells is wrong (46: 予以公开 总计 6, （七）总计 0); one result row's wrong 总计 is B1's alone."""
    from drafter.tables import OUTCOME_LEAF_KEYS

    leaves = dict.fromkeys(OUTCOME_LEAF_KEYS, 0) | {"granted": 5, "partially_granted": 1, "not_processed.complaints": 1}
    found = run(imported(StatedTotals(row_totals={**leaves, "total": 0}, outcome_totals=(3, 1, 0, 0, 0, 0))))
    b2 = [p for p in found if p.code == "B2"]
    assert [(p.path, p.severity) for p in b2] == [("imported.stated_totals.row_totals.total", "error")]
    assert "印为0" in b2[0].message and "之和为7" in b2[0].message and "（七）总计 · 总计" in b2[0].where
    one_slip = run(imported(StatedTotals(row_totals={**leaves, "total": 4}, outcome_totals=(3, 1, 0, 0, 0, 0))))
    assert [p.code for p in one_slip] == ["B1"]  # （一）予以公开 总计 5 for cells adding up to 2


def test_b5_a_table_left_blank_is_one_problem_not_144() -> None:
    """B5: when most of 表三 was left blank, one problem names the table and the number of cells."""
    from drafter.tables import APPLICANT_COLUMNS, T3_ROWS

    blank = [f"applications.{r.key}[{c}]" for r in T3_ROWS if r.key != "total"
             for c in range(1, len(APPLICANT_COLUMNS) + 1)]
    (problem,) = [p for p in run(imported(blank=blank)) if p.severity != "notice"]
    assert (problem.code, problem.path, problem.where) == ("B5", "applications", "表三")
    assert f"有 {len(blank)} 格" in problem.message


def test_unread_is_never_zero() -> None:
    """Cells drafter could not read are unknown: no A1/B/D6/E1 fires on them (the 0 they hold is no
    figure), B5 says "未能读出" as a notice, and each rule not run is listed once as "未能检查…（缺少…）"."""
    from drafter.tables import APPLICANT_COLUMNS, T3_ROWS

    unread = [f"applications.{r.key}[{c}]" for r in T3_ROWS if r.key != "total"
              for c in range(1, len(APPLICANT_COLUMNS) + 1)] + ["fees.notices"]
    facts = imported(StatedTotals(row_totals={"new_received": 5}, outcome_totals=(3, 0, 0, 0, 0, 0)), missing=unread)
    facts.applications.rows["carried_over"] = (1, 0, 0, 0, 0, 0)  # read, while the other rows were not
    facts.applications.rows["other_handling.overdue_fee"] = (2, 0, 0, 0, 0, 0)
    problems = run(facts)
    assert all(p.severity == "notice" for p in problems), problems
    by_code = {p.code: p.message for p in problems}
    assert by_code["B5"].startswith("未能读出表三中的") and "A1" in by_code
    assert "“一、本年新收政府信息公开申请数量 · 自然人”" in by_code["B5"]  # official labels, not field paths
    assert "applications." not in by_code["B5"]
    assert by_code["A1"].startswith("未能检查：") and "缺少表三中" in by_code["A1"]
    assert [p.code for p in problems].count("A1") == 1


def test_b1_b2_b3_correct_printed_totals_pass() -> None:
    """B1–B3: totals printed correctly raise nothing."""
    stated = StatedTotals(row_totals={"new_received": 4, "total": 4}, outcome_totals=(3, 1, 0, 0, 0, 0),
                          review_totals={"review": 0})
    assert run(imported(stated)) == []


def test_b4_amount_that_looks_like_yuan() -> None:
    """B4: a 行政事业性收费 of 5 万 万元 for a township was typed in 元."""
    table = ProactiveTable(fees_10k_yuan=Decimal(50000))
    (problem,) = run(dataclasses.replace(clean(), proactive_table=table))
    assert (problem.code, problem.severity, problem.path) == ("B4", "warning", "proactive_table.fees_10k_yuan")
    assert "应填5" in problem.fix
    assert run(dataclasses.replace(clean(), proactive_table=ProactiveTable(fees_10k_yuan=Decimal("12.5")))) == []


def _last(**changes) -> Facts:
    base = dataclasses.replace(clean(), year=2022, signing_date=dt.date(2023, 1, 15),
                               applications=Applications({"carried_forward": (1, 0, 0, 0, 0, 0),
                                                          "new_received": (1, 0, 0, 0, 0, 0)}))
    return dataclasses.replace(base, **changes)


def test_c1_carried_over_must_equal_last_years_carried_forward() -> None:
    """C1: this year's 上年结转 is last year's 结转下年度继续办理, column by column."""
    assert run(clean(), last=_last()) == []
    last = _last(applications=Applications({"carried_forward": (0, 1, 0, 0, 0, 0), "new_received": (0, 1, 0, 0, 0, 0)}))
    found = codes(clean(), "C1", last=last)
    assert [p.path for p in found] == ["applications.carried_over[1]", "applications.carried_over[2]"]
    assert all(p.severity == "error" for p in found)


def test_c2_documents_in_force_follow_from_last_year() -> None:
    """C2: 现行有效 ≈ last year's 现行有效 + 本年制发 − 本年废止 (a warning: amendments break it)."""
    now = dataclasses.replace(clean(), proactive_table=ProactiveTable(normative_documents=DocRow(1, 0, 3)))
    assert codes(now, "C2", last=_last(proactive_table=ProactiveTable(normative_documents=DocRow(0, 0, 2)))) == []
    (problem,) = codes(now, "C2", last=_last(proactive_table=ProactiveTable(normative_documents=DocRow(0, 0, 5))))
    assert (problem.severity, problem.path) == ("warning", "proactive_table.normative_documents.in_force")


def test_c3_last_years_pending_cases_must_reappear() -> None:
    """C3: last year's 尚未审结 复议 should resolve into this year's figures."""
    last = _last(reviews_and_lawsuits=ReviewsAndLawsuits(review=ReviewRow(pending=2)))
    (problem,) = codes(clean(), "C3", last=last)
    assert (problem.severity, problem.path) == ("warning", "reviews_and_lawsuits.review")
    resolved = dataclasses.replace(clean(), reviews_and_lawsuits=ReviewsAndLawsuits(review=ReviewRow(upheld=1, pending=1)))
    assert codes(resolved, "C3", last=last) == []


def test_d1_application_count_in_the_text() -> None:
    """D1: a count of applications in the narrative must match 表三."""
    (problem,) = run(with_text(clean(), requests="全年新收政府信息公开申请5件，均已按时答复。"))
    assert (problem.code, problem.severity, problem.path) == ("D1", "error", "overview.requests_text")
    assert "5" in problem.message and "4" in problem.message and "一、本年新收" in problem.where
    assert run(with_text(clean(), requests="全年新收政府信息公开申请4件，均已按时答复。")) == []


def test_d1_applications_counted_in_tiao() -> None:
    """D1 on a count of applications in 条 as well as 件 and 份 (1079, 平潭经济发展局 2023: "2023年，共收到政府信息公开申请
    0条" while 表三 一、本年新收 is 3; 1078 and 1080 of the same agency say "共收到政府信息公开申请3条" and agree)."""
    (problem,) = codes(with_text(clean(), requests="2023年，共收到政府信息公开申请0条。"), "D1")
    assert "为0" in problem.message and "表中为5" in problem.message  # 新收 4 + 上年结转 1
    assert codes(with_text(clean(), requests="2023年，共收到政府信息公开申请4条。"), "D1") == []


def test_d1_the_applicant_split_of_the_received_count() -> None:
    """D1 on the 申请人 split (162, 平潭农业农村局 2024: "共收到政府信息公开申请3份，其中法人申请1件、自然人申请2件"
    against 表三 自然人 3, 法人 0): each part against its 新收 columns (or 新收 + 上年结转, counted as received by some)."""
    (problem,) = codes(with_text(clean(), requests="全年共收到政府信息公开申请4份，其中法人申请2件、自然人申请3件。"),
                       "D1")
    assert "法人或其他组织" in problem.where and "2" in problem.message and "表中为1" in problem.message
    for agreeing in ("全年共收到政府信息公开申请4份，其中法人申请1件、自然人申请3件。",
                     "全年共收到政府信息公开申请4件，涉及自然人3件、法人或其他组织1件。",
                     "全年共收到政府信息公开申请5件（含上年结转1件），其中自然人4件、法人1件。"):
        assert codes(with_text(clean(), requests=agreeing), "D1") == [], agreeing
    assert codes(with_text(clean(), requests="自然人申请多为查询征地补偿信息，共2件。"), "D1") == []  # no 收到 count


def test_d2_no_applications_said_while_the_table_has_some() -> None:
    """D2: "未收到政府信息公开申请" while 表三 is not all zero."""
    (problem,) = run(with_text(clean(), requests="全年未收到政府信息公开申请。"))
    assert (problem.code, problem.severity, problem.path) == ("D2", "error", "overview.requests_text")
    assert codes(example_facts(), "D2") == []


def test_d3_review_and_lawsuit_counts_in_the_text() -> None:
    """D3: 行政复议/行政诉讼 stated (or denied) in the text must match 表四."""
    (problem,) = run(with_text(clean(), supervision="全年被申请行政复议1件。"))
    assert (problem.code, problem.path) == ("D3", "overview.supervision.text")
    one_review = dataclasses.replace(clean(), reviews_and_lawsuits=ReviewsAndLawsuits(review=ReviewRow(upheld=1)))
    assert codes(with_text(one_review, supervision="全年被申请行政复议1件。"), "D3") == []
    denied = codes(with_text(one_review, supervision="全年未发生因政府信息公开引起的行政复议、行政诉讼。"), "D3")
    assert [p.message.count("行政复议") > 0 for p in denied] == [True]
    pending = dataclasses.replace(clean(), reviews_and_lawsuits=ReviewsAndLawsuits(review=ReviewRow(pending=1)))
    assert codes(with_text(pending, supervision="尚未审结的行政复议1件。"), "D3") == []
    for worded in ("收到行政复议申请2件。", "行政复议案件共计2件。", "行政复议 2 件。"):  # reworded corpus sentences
        assert codes(with_text(one_review, supervision=worded), "D3"), worded
    assert codes(with_text(one_review, supervision="行政复议案件共计 1 件。"), "D3") == []


def test_d3_no_case_corrected_is_compared_with_the_corrected_results() -> None:
    """"未发生被行政复议纠错或行政诉讼败诉" denies corrections, not cases: 55 upheld reviews are consistent."""
    text = "全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。"
    upheld = dataclasses.replace(clean(), reviews_and_lawsuits=ReviewsAndLawsuits(review=ReviewRow(upheld=55)))
    assert codes(with_text(upheld, supervision=text), "D3") == []
    corrected = dataclasses.replace(clean(), reviews_and_lawsuits=ReviewsAndLawsuits(review=ReviewRow(corrected=2)))
    (problem,) = run(with_text(corrected, supervision=text))
    assert problem.code == "D3" and "结果纠正为2" in problem.message
    # "未发生行政复议、行政诉讼，未出现被纠错情况" denies the cases: 55 reviews contradict it
    denied = codes(with_text(upheld, supervision="全年未发生行政复议、行政诉讼，未出现被纠错情况。"), "D3")
    assert len(denied) == 1


def test_d4_the_bundled_example_558_against_478() -> None:
    """D4: the seed's 558 against 118+356+4 = 478 is reported, as a warning (a "其中" list may be partial)."""
    (problem,) = run(example_facts())
    assert (problem.code, problem.severity, problem.path) == ("D4", "warning", "overview.proactive.total")
    assert "558" in problem.message and "478" in problem.message and "118+356+4" in problem.message
    assert "相差80条" in problem.message
    assert "正文“二街镇主动公开政府信息558条" in problem.message  # quoted from the start of its clause


def test_d4_parts_larger_than_the_total_is_an_error() -> None:
    """D4: parts that exceed their total cannot be right; a breakdown that adds up passes."""
    facts = dataclasses.replace(clean(), other_matters=["全年发布信息100条，其中网站50条、公众号60条。"])
    (problem,) = codes(facts, "D4")
    assert (problem.severity, problem.path) == ("error", "other_matters[1]")
    ok = dataclasses.replace(clean(), other_matters=["全年发布信息110条，其中网站50条、公众号60条。"])
    assert codes(ok, "D4") == []


def test_d4_a_breakdown_in_brackets_ends_at_the_closing_bracket() -> None:
    """D4 on "2602条(其中…其他1053条)" (平潭 2020: the parts add up to 2603); figures after the bracket are not parts."""
    facts = dataclasses.replace(clean(), other_matters=[
        "共公布政府信息2602条(其中机构职能类信息1549条，其他应主动公开政府信息1054条)，另有3条。"])
    (problem,) = codes(facts, "D4")
    assert problem.severity == "error" and "2603" in problem.message
    ok = dataclasses.replace(clean(), other_matters=["共公布政府信息2602条（其中机构职能类1549条，其他1053条），另有3条。"])
    assert codes(ok, "D4") == []


def test_d4_channels_that_do_not_add_up_even_when_the_bank_writes_the_rest() -> None:
    """D4: the national bank writes "其他渠道N条", and the facts are still flagged so the clerk confirms."""
    facts = clean()
    facts = dataclasses.replace(facts, overview=dataclasses.replace(facts.overview, proactive=Proactive(
        "网站", 40, [Channel("门户网站", 20, "条", "发布"), Channel("公众号", 10, "条", "发布")])))
    (problem,) = run(facts)
    assert (problem.code, problem.severity, problem.path) == ("D4", "warning", "overview.proactive.total")


def test_d5_normative_document_count_in_the_text() -> None:
    """D5: 行政规范性文件 counts in the text must match 表二."""
    (problem,) = codes(with_text(clean(), other="本年制发行政规范性文件2件。"), "D5")
    assert (problem.severity, problem.path) == ("error", "other_matters[1]")
    assert "行政规范性文件 · 本年制发件数" in problem.where
    two = dataclasses.replace(clean(), proactive_table=ProactiveTable(normative_documents=DocRow(2, 0, 2)))
    assert codes(with_text(two, other="本年制发行政规范性文件2件。"), "D5") == []


def test_d6_fee_notices_against_table3_row_6_2() -> None:
    """D6: applications dropped for unpaid fees (表三（六）2) mean fee notices were issued."""
    broken = with_rows(clean(), **{"granted": (1, 0, 0, 0, 0, 0), "other_handling.overdue_fee": (1, 0, 0, 0, 0, 0)})
    (problem,) = run(broken)
    assert (problem.code, problem.path) == ("D6", "fees.notices")
    assert "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用" in problem.where
    assert run(dataclasses.replace(broken, fees=Fees(notices=1))) == []


def test_d6_no_fee_collected_said_while_fees_were_collected() -> None:
    """D6: "未收取信息处理费" in the text while an amount was collected."""
    fees = Fees(notices=1, notice_amount_10k_yuan=Decimal("0.01"), collected_10k_yuan=Decimal("0.01"))
    facts = with_text(dataclasses.replace(clean(), fees=fees), other="本年度未收取信息处理费。")
    (problem,) = codes(facts, "D6")
    assert problem.path == "other_matters[1]"
    assert codes(dataclasses.replace(facts, other_matters=[]), "D6") == []


def test_e1_a_township_cannot_have_regulations() -> None:
    """E1: 规章 must be 0 for a 镇 and for a county department (only provinces and 设区的市 make 规章);
    a city's department is not judged."""
    table = ProactiveTable(regulations=DocRow(0, 0, 1))
    (problem,) = run(dataclasses.replace(clean(), proactive_table=table))
    assert (problem.code, problem.severity, problem.path) == ("E1", "error", "proactive_table.regulations.in_force")
    assert "规章 · 现行有效件数" in problem.where
    department = dataclasses.replace(clean(), agency=Agency("某县教育局", "县教育局", "部门"), proactive_table=table)
    assert [p.message[:12] for p in codes(department, "E1")] == ["县级人民政府及其部门不能"]
    city = dataclasses.replace(clean(), agency=Agency("某市教育局", "市教育局", "部门"), proactive_table=table)
    assert codes(city, "E1") == []


def test_e2_normative_documents_to_confirm() -> None:
    """E2: non-zero 行政规范性文件 is a warning to confirm."""
    found = run(dataclasses.replace(clean(), proactive_table=ProactiveTable(normative_documents=DocRow(1, 0, 1))))
    assert {(p.code, p.severity) for p in found} == {("E2", "warning")}
    assert codes(clean(), "E2") == []
    (row,) = codes(dataclasses.replace(clean(), proactive_table=ProactiveTable(normative_documents=DocRow(4, 0, 4))),
                   "E2")  # one notice for the row, naming each filled cell
    assert "本年制发4件、现行有效4件" in row.message and row.where == "表二 · 行政规范性文件"


def test_e3_implausible_decision_counts_for_a_township() -> None:
    """E3: a township with tens of thousands of 行政许可 decisions is worth a second look."""
    (problem,) = run(dataclasses.replace(clean(), proactive_table=ProactiveTable(licensing=25000)))
    assert (problem.code, problem.severity, problem.path) == ("E3", "warning", "proactive_table.licensing")
    assert codes(dataclasses.replace(clean(), proactive_table=ProactiveTable(licensing=1472)), "E3") == []


def test_e4_review_without_any_application() -> None:
    """E4: 行政复议 while no application was received or carried over is suspicious."""
    review = ReviewsAndLawsuits(review=ReviewRow(upheld=1))
    (problem,) = run(dataclasses.replace(clean(), applications=Applications(), reviews_and_lawsuits=review))
    assert (problem.code, problem.severity) == ("E4", "warning")
    assert codes(dataclasses.replace(clean(), reviews_and_lawsuits=review), "E4") == []


@pytest.mark.parametrize(("signed", "deadline", "severity"), [
    (dt.date(2023, 12, 30), None, "error"),
    (dt.date(2025, 1, 10), None, "error"),
    (dt.date(2024, 2, 15), None, "warning"),
    (dt.date(2024, 2, 15), "03-31", None),
    (dt.date(2024, 1, 31), None, None),
])
def test_e5_signing_date_and_deadline(signed: dt.date, deadline: str | None, severity: str | None) -> None:
    """E5: signed after the year ends, in the next year, not after the (configurable) deadline."""
    facts = dataclasses.replace(clean(), signing_date=signed)
    found = codes(facts, "E5", deadline=parse_deadline(deadline, 2023))
    assert [p.severity for p in found] == ([severity] if severity else [])


def test_e5_a_stale_year_in_the_text() -> None:
    """E5: a year other than the report year and the signing year, e.g. text kept from last year."""
    (problem,) = run(with_text(clean(), management="2022年，镇政府主要领导听取汇报。"))
    assert (problem.code, problem.severity, problem.path) == ("E5", "warning", "overview.management.text")
    assert run(with_text(clean(), management="2024年，镇政府将继续完善制度。")) == []


@pytest.mark.parametrize("citation", [
    "国办发〔2021〕30号", "国办公开办函【2021】30号", "国办公开办函[2021]30号", "国办公开办函〔2019〕60号",
    "《关于政府信息公开工作年度报告有关事项的通知》",
])
def test_e6_wrong_citations(citation: str) -> None:
    """E6: 国办发 for 国办公开办函, 【】 or [] for 〔〕, the 2019 notice cited for a 2021-or-later report."""
    facts = dataclasses.replace(clean(), basis_notice=f"《年度报告格式》（{citation}）")
    (problem,) = run(facts)
    assert (problem.code, problem.severity, problem.path) == ("E6", "error", "basis_notice")


def test_e6_the_right_citation_passes() -> None:
    """E6: 国办公开办函〔2021〕30号 is the correct citation."""
    assert run(dataclasses.replace(clean(), basis_notice="《年度报告格式》（国办公开办函〔2021〕30号）")) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("01-31", dt.date(2024, 1, 31)), ("3-31", dt.date(2024, 3, 31)), ("2024-02-29", dt.date(2024, 2, 29)),
    ("3月31日", dt.date(2024, 3, 31)), (None, None),
])
def test_deadline_option_forms(text: str | None, expected: dt.date | None) -> None:
    """--deadline takes 月-日 (in the year after the report) or a full date."""
    assert parse_deadline(text, 2023) == expected


def test_deadline_option_rejects_nonsense() -> None:
    """A deadline that is no date gives a Chinese reason."""
    with pytest.raises(ValueError, match="公布期限"):
        parse_deadline("13-45", 2023)


def test_s1_an_empty_overview_subpoint_is_flagged_and_a_written_one_passes() -> None:
    """S1: "（三）政府信息管理情况。" with nothing after it is a warning naming the field to fill."""
    from drafter.pipeline import draft_report

    facts = nonzero_facts()
    problems = [p for p in check_report(facts, draft_report(facts).draft) if p.code == "S1"]
    assert {p.path for p in problems} == {"overview.management.text", "overview.platform_text",
                                          "overview.supervision.text"}
    assert all(p.severity == "warning" and "没有内容" in p.message for p in problems)
    example = example_facts()
    assert [p for p in check_report(example, draft_report(example).draft) if p.code == "S1"] == []


def test_d2_is_not_raised_when_nothing_was_received_nor_carried_over() -> None:
    """D2 compares "未收到申请" with 表三's 新收 and 上年结转: when both are 0 the sentence is right, and an outcome row
    that is not 0 contradicts 表三's own 一 + 二 (B2), not the text. 1087 (平潭 君山片区 2022): "2022年未收到依申请公开事宜"
    over 一、本年新收 0 and a stray （四）1.本机关不掌握 of 5."""
    stray = Applications(rows={"unable_to_provide.not_held": (3, 0, 0, 0, 0, 2)})
    facts = with_text(dataclasses.replace(clean(), applications=stray), requests="2022年未收到依申请公开事宜。")
    assert codes(facts, "D2") == []
    assert codes(facts, "A1") != []  # the table's own slip is still reported
    received = Applications(rows={"new_received": (5, 0, 0, 0, 0, 0), "unable_to_provide.not_held": (5, 0, 0, 0, 0, 0)})
    facts = with_text(dataclasses.replace(clean(), applications=received), requests="2022年未收到依申请公开事宜。")
    assert codes(facts, "D2") != []
