"""Real published reports (tests/realworld/, sources in each truth file): import + check over every one.

For every report: no traceback, no refusal, no cell read wrongly (a wrong value is worse than a missing one),
no error-level problem a reviewer would not flag. For the reports tuned on (not ``held_out``): every listed
error of this project's rules is found and every visible cell is read. The figures, held-out files included,
come from ``benchmarks/realworld_score.py``.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from tests.realworld_corpus import OUT_OF_SCOPE, Outcome, evaluate, reports, truth_of

REPORTS = reports()
TUNED = [r for r in REPORTS if not truth_of(r).get("held_out")]

# Tuned reports whose listed errors or cells are not all reached yet, with why (strict: fixing one fails the
# test until it is removed from here).
CELL_GAPS: dict[str, str] = {
    # no total decides the split, and the prose states fewer than two of the row's figures, or one that
    # fits no split (27: a D5 error)
    **{f"{n}-pingtan-{y}.txt": "表二 行政规范性文件 run together (\"693665\"): no total to choose a split by"
       for n, y in (("25", 2021), ("27", 2023), ("28", 2024), ("29", 2025))},
    **{name: "表二 行政规范性文件 run together: no total to choose a split by" for name in (
        "38-pingtan-office-2023.txt", "40-pingtan-investment-2024.txt",
        "41-pingtan-transport-2023.txt", "43-pingtan-approval-2021.txt", "48-pingtan-office-2022.txt",
        "49-pingtan-approval-2022.txt", "50-pingtan-transport-2025.txt",
        # measured as held out at stop 21, tuned on since
        "46-pingtan-agriculture-2025.txt", "55-pingtan-resources-2022.txt", "56-pingtan-social-affairs-2023.txt")},
    "87-pingtan-market-2024.txt": "表二 行政规范性文件 run together (\"6856\"): no total to choose a split by",
    "37-pingtan-econdev-2025.txt": "表二 行政规范性文件 run together with no total that decides the split",
    # measured as held out at stop 23, tuned on since
    "150-pingtan-resources-2023.txt": "表二 行政规范性文件 run together (\"2135\"): no total to choose a split by",
    "151-pingtan-social-affairs-2024.txt": "表四 复议后起诉 \"1324015\" adds up under no split (its B3): its 5 cells"
                                           " have several cuts, left unread",
    "156-pingtan-market-2025.txt": "表二 规范性文件 run together (\"1173\"): no total to choose a split by",
    "30-shanghai-office-2025.md": "PDF converted to broken markdown: the 规章/行政规范性文件 rows have 2 numbers for"
                                  " 3 columns (a multi-line cell lost): which one is missing is unknown, left unread",
    # measured as held out at stop 25, tuned on since
    "256-pingtan-office-2024.txt": "表二 行政规范性文件 run together (\"114251\"): no total to choose a split by",
    # w24 tuning set (470+, gathered and landed 2026-11-30 #7): first-contact misses
    # The eleventh held-out set (435-469, 535-604), measured once at stop 27, tuned on since.
    # The twelfth held-out set (623-727 but 655, 780-799), measured once at stop 29, tuned on since.
    '681-qingshan-education-2025.txt': '1 cells not read: proactive_table.regulations.issued',
    # The thirteenth held-out set (840-929 but 905 and 906), measured once at stop 29, tuned on since.
    # The fourteenth held-out set (930-1019, 1070-1094 but 1074 and 1075), measured once at stop 30, tuned on since.
    '1070-pingtan-agriculture-2021.txt': '3 cells not read: proactive_table.normative_documents.issued, proactive_table.normative_documents.repealed, proactive_table.normative_documents.in_force',
    '1071-pingtan-agriculture-2022.txt': '3 cells not read: proactive_table.normative_documents.issued, proactive_table.normative_documents.repealed, proactive_table.normative_documents.in_force',
    '1072-pingtan-agriculture-2023.txt': '3 cells not read: proactive_table.normative_documents.issued, proactive_table.normative_documents.repealed, proactive_table.normative_documents.in_force',
    '1073-pingtan-market-2021.txt': '3 cells not read: proactive_table.normative_documents.issued, proactive_table.normative_documents.repealed, proactive_table.normative_documents.in_force',
    '1074-pingtan-market-2022.txt': '3 cells not read: proactive_table.normative_documents.issued, proactive_table.normative_documents.repealed, proactive_table.normative_documents.in_force',
    '1075-pingtan-market-2023.txt': '3 cells not read: proactive_table.normative_documents.issued, proactive_table.normative_documents.repealed, proactive_table.normative_documents.in_force',
    '1081-pingtan-resources-2024.txt': '3 cells not read: proactive_table.normative_documents.issued, proactive_table.normative_documents.repealed, proactive_table.normative_documents.in_force',
    '1089-pingtan-approval-2025.txt': '3 cells not read: proactive_table.normative_documents.issued, proactive_table.normative_documents.repealed, proactive_table.normative_documents.in_force',
    # The fifteenth held-out set (1100-1126, 1130-1159, 1160-1170 but 1162 and 1163), measured once at stop 31, tuned on since.
    '1161-pingtan-assets-2022.txt': '3 cells not read: proactive_table.normative_documents.issued, proactive_table.normative_documents.repealed, proactive_table.normative_documents.in_force',
    '1162-pingtan-assets-2023.txt': '3 cells not read: proactive_table.normative_documents.issued, proactive_table.normative_documents.repealed, proactive_table.normative_documents.in_force',
    '1163-pingtan-investment-2025.txt': '3 cells not read: proactive_table.normative_documents.issued, proactive_table.normative_documents.repealed, proactive_table.normative_documents.in_force',
    '1164-pingtan-jinjing-2023.txt': '7 cells not read: applications.carried_forward[1], applications.carried_forward[2], applications.carried_forward[3], applications.carried_forward[4], applications.carried_forward[5], applications.carried_forward[6], applications.carried_forward.total',
    '1166-pingtan-tourism-2022.txt': '3 cells not read: proactive_table.normative_documents.issued, proactive_table.normative_documents.repealed, proactive_table.normative_documents.in_force',
    '1167-pingtan-tourism-2023.txt': '3 cells not read: proactive_table.normative_documents.issued, proactive_table.normative_documents.repealed, proactive_table.normative_documents.in_force',
    '1168-pingtan-tourism-2024.txt': '3 cells not read: proactive_table.normative_documents.issued, proactive_table.normative_documents.repealed, proactive_table.normative_documents.in_force',
    '1169-pingtan-tourism-2025.txt': '3 cells not read: proactive_table.normative_documents.issued, proactive_table.normative_documents.repealed, proactive_table.normative_documents.in_force',
    '1170-pingtan-office-2021.txt': '3 cells not read: proactive_table.normative_documents.issued, proactive_table.normative_documents.repealed, proactive_table.normative_documents.in_force',
    # The sixteenth held-out set (1171-1196, 1201-1225, 1231-1233, 1236-1256), measured once at stop 32, tuned on since.
    '1231-pingtan-haitan-2021.txt': '3 cells not read: proactive_table.licensing, proactive_table.penalties, proactive_table.coercive_measures',
    '1232-pingtan-haitan-2022.txt': '3 cells not read: proactive_table.licensing, proactive_table.penalties, proactive_table.coercive_measures',
    '1233-pingtan-social-affairs-2021.txt': '10 cells not read: proactive_table.licensing, proactive_table.penalties, proactive_table.coercive_measures, applications.other_handling.other[1], applications.other_handling.other[2], applications.other_handling.other[3], applications.other_handling.other[4], applications.other_handling.other[5], applications.other_handling.other[6], applications.other_handling.other.total',
}
ERROR_GAPS: dict[str, str] = {
    # Measured as held out at stop 20, tuned on since.
    "37-pingtan-econdev-2025.txt": "A1: new 4 + carried 0 against the printed （七）总计 0 (the rows read add up):"
                                   " the same slip as its B2, reported once by design (README: 印出的总计不符只报一处)",
    # Measured as held out at stop 21, tuned on since.
    "46-pingtan-agriculture-2025.txt": "D1: the text's 共收到申请1份 agrees with 表三 新收's cells (1 | 0 …); only"
                                       " its printed 总计 0 differs, the same slip as its B1, reported once by design",
    # Measured as held out at stop 22, tuned on since.
    **{name: "D1: the text's 共受理 figure agrees with 表三 新收's cells; only its printed 总计 0 differs, the same"
             " slip as its B1, reported once by design" for name in (
        "119-pingtan-haitan-2024.txt", "123-pingtan-haitan-2025.txt")},
    # Measured as held out at stop 24, tuned on since.
    # Ninth set (tuning material, gathered and landed 2026-11-30): first-contact misses
    # Tenth-session tuning set (300+, gathered and landed 2026-11-30 by w21): first-contact misses
    "419-mayang-wenchangge-2025-mirror.txt": "copied-text: a 麻阳 township's information published \"依托應城市人民政府門戶網站\""
                                             " (another city's portal, 应城 in 湖北) not reported",
    # measured as held out at stop 26 (the tenth set), tuned on since
    # w24 tuning set (470+, gathered and landed 2026-11-30 #7): first-contact misses
    # The eleventh held-out set (435-469, 535-604), measured once at stop 27, tuned on since.
    # The twelfth held-out set (623-727 but 655, 780-799), measured once at stop 29, tuned on since.
    # w28 tuning set (742+, gathered 2026-12-01 #9): first-contact misses not fixed
    # w28 tuning set (801-814, 836-839, 1030+, gathered 2026-12-01 #10): first-contact misses not fixed
    # The thirteenth held-out set (840-929 but 905 and 906), measured once at stop 29, tuned on since.
    # The fourteenth held-out set (930-1019, 1070-1094 but 1074 and 1075), measured once at stop 30, tuned on since.
    '1070-pingtan-agriculture-2021.txt': 'A1: 表三 自然人 column: 本年新收 2 + 上年结转 0 = 2, but （七）总计 3 + 结转下年度 0 = 3; 其他 column: 1 received, 0 in （七）总计: not reported (the result rows add up to 新收 + 上年结转; only the printed （七）总计 differs, the same slip as its B2, reported once by design, as 37)',
    '1072-pingtan-agriculture-2023.txt': 'D1: text says 共收到政府信息公开申请7份，其中法人申请1件、自然人申请6件, but 表三 一、本年新收 总计 is 0 (the 7 is printed in 二、上年结转): not reported (the text agrees with the 新收 cells; only the printed 总计 differs, the same slip as its B1, reported once by design, as 46)',
    '1080-pingtan-econdev-2024.txt': 'A1: 表三 自然人 and 总计 columns: 本年新收 3 + 上年结转 0 = 3, but （七）总计 0 + 结转下年度 0 = 0: not reported (the result rows add up to 新收 + 上年结转; only the printed （七）总计 differs, the same slip as its B2, reported once by design, as 37)',
    '1092-pingtan-resources-2021.txt': 'A1: 表三 自然人 column: 本年新收 16 + 上年结转 0 = 16, but （七）总计 18 + 结转下年度 0 = 18; 社会公益组织 column: 2 received, 0 in （七）总计: not reported (the result rows add up to 新收 + 上年结转; only the printed （七）总计 differs, the same slip as its B2, reported once by design, as 37)',
    # The fifteenth held-out set (1100-1126, 1130-1159, 1160-1170 but 1162 and 1163), measured once at stop 31, tuned on since.
    '1163-pingtan-investment-2025.txt': "C2 (warning): 表二 行政规范性文件 现行有效 32, but last year's 27 (40) + 制发 25 − 废止 0 = 52: not reported (the 1027 of 40 may be 10 | 2 | 7, and 7 + 25 - 0 = 32: only page.html decides, so no split is known to break C2)",
    '1169-pingtan-tourism-2025.txt': 'D1: text says 全年办理政府信息公开申请1件, but 表三 一、本年新收 总计 is 0 (the 1 stands only under 自然人): not reported (the text agrees with the 新收 cells; only the printed 总计 differs, the same slip as its B1, reported once by design, as 46)',
    # The sixteenth held-out set (1171-1196, 1201-1225, 1231-1233, 1236-1256), measured once at stop 32, tuned on since.
    '1231-pingtan-haitan-2021.txt': 'A1: 表三 自然人 column: 本年新收 0 + 上年结转 0 = 0, but （七）总计 1 + 结转下年度 0 = 1: not reported',
    '1232-pingtan-haitan-2022.txt': 'A1: 表三 自然人 and 总计 columns: 本年新收 4 + 上年结转 0 = 4, but （七）总计 0 + 结转下年度 0 = 0: not reported',
}
# Reports that are still refused, or on which an error no reviewer would flag is raised, with why (strict).
REFUSAL_GAPS: dict[str, str] = {
    # The twelfth held-out set (623-727 but 655, 780-799), measured once at stop 29, tuned on since.
}
FALSE_ERROR_GAPS: dict[str, str] = {
    # measured as held out at stop 25, tuned on since
    # Tenth-session tuning set (300+, gathered and landed 2026-11-30 by w21): first-contact false errors
    # w24 tuning set (470+, gathered and landed 2026-11-30 #7): first-contact false errors
    # The eleventh held-out set (435-469, 535-604), measured once at stop 27, tuned on since.
    # The twelfth held-out set (623-727 but 655, 780-799), measured once at stop 29, tuned on since.
    # The fourteenth held-out set (930-1019, 1070-1094 but 1074 and 1075), measured once at stop 30, tuned on since.
    # The sixteenth held-out set (1171-1196, 1201-1225, 1231-1233, 1236-1256), measured once at stop 32, tuned on since.
}
# Held-out reports are measured, never tuned on: what fails there is reported in the figures, not fixed here.
# (The held-out sets measured at stops 19–25, 01–24 in part, 34–194 and 230–264, have been tuned on since.)
HELD_OUT = {r.name for r in REPORTS if truth_of(r).get("held_out")}


@functools.cache
def outcome(report: Path) -> Outcome:
    return evaluate(report)


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


@pytest.mark.parametrize("report", REPORTS, ids=_ids(REPORTS))
def test_checked_without_traceback_or_refusal(report: Path) -> None:
    o = outcome(report)
    assert not o.crashed, o.crashed
    if report.name in HELD_OUT and o.refused:
        pytest.xfail("held out (not tuned on): counted in the figures")
    _gap(report, REFUSAL_GAPS, [o.refused] if o.refused else [])


@pytest.mark.parametrize("report", REPORTS, ids=_ids(REPORTS))
def test_no_cell_read_wrongly_and_no_false_error(report: Path) -> None:
    o = outcome(report)
    if report.name in HELD_OUT and (o.wrong or o.false_errors):
        pytest.xfail("held out (not tuned on): counted in the figures")
    assert o.wrong == []
    _gap(report, FALSE_ERROR_GAPS, [f"{p.code} {p.path} {p.message}" for p in o.false_errors])


def _gap(report: Path, gaps: dict[str, str], missed: list[str]) -> None:
    """Strict: a listed gap must still fail (else remove it from the list), an unlisted one must not."""
    if report.name in gaps:
        assert missed, f"{report.name} now passes: remove it from the gaps"
        pytest.xfail(gaps[report.name])
    assert missed == []


@pytest.mark.parametrize("report", TUNED, ids=_ids(TUNED))
def test_every_listed_error_is_found(report: Path) -> None:
    o = outcome(report)
    _gap(report, ERROR_GAPS, [r for r in o.errors_expected if r not in o.errors_found and r not in OUT_OF_SCOPE])


@pytest.mark.parametrize("report", TUNED, ids=_ids(TUNED))
def test_every_visible_cell_is_read(report: Path) -> None:
    o = outcome(report)
    _gap(report, CELL_GAPS, o.unread)


def test_the_corpus_is_there() -> None:
    """At least 20 reports, each with its truth file and source line."""
    assert len(REPORTS) >= 20
    assert all(truth_of(r).get("source") for r in REPORTS)
