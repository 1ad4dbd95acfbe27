"""The real-world corpus (tests/realworld/): import + check each published report, compare with its truth file.

Used by tests/test_realworld.py (assertions) and benchmarks/realworld_score.py (figures, tuned and held-out).
A truth file lists the cells visible in the stored copy (facts paths; 表三 rows as six columns, ``null`` for a
blank cell), the printed 总计 cells, the blank cells, and the errors a reviewer would flag (by rule).
"""

from __future__ import annotations

import re
import traceback
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from drafter.checks.problem import ERROR, NOTICE, Problem
from drafter.errors import DrafterError
from drafter.facts.model import Facts

CORPUS = Path(__file__).parent / "realworld"
REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
# 平潭投资促进局 2024 with 六's one sentence, on the fees, taken out (imported_copy's name and cut): its 表二
# 行政规范性文件 row ran together and is unread, and the fees are not stated
INVESTMENT_SILENT = "40-pingtan-investment-2024.txt", "2024年度我局无收取信息公开处理费。"

# A truth rule → the drafter codes that report it. Rules of other issues (outline: issue 18; narrative: 13)
# are measured too but listed in OUT_OF_SCOPE, so the test does not demand them here.
RULE_CODES = {
    "E1": {"E1"}, "E5": {"E5"}, "E6": {"E6"}, "D1": {"D1"}, "B5": {"B5"},
    "old-format": {"F1"}, "old-label": {"F2"}, "late-publication": {"E5"},
    "template-placeholder": {"T1"}, "copied-text": {"T2"},
    "structure": {"S2", "S3", "S4", "S5", "S6", "S10", "S11", "S12"}, "section-count": {"S2", "S3", "S4", "S5", "S6", "S10"},
    "missing-section": {"S2", "S3", "S4", "S5", "S6", "S10"},
}
# copied-text (T2), section-count and missing-section (S10) are demanded since w15, structure (S2–S6, S11, S12)
# since w21: nothing is out of scope now (the name stays for a rule a later issue adds before its checks)
OUT_OF_SCOPE: set[str] = set()


@dataclass
class Outcome:
    name: str
    held_out: bool
    crashed: str = ""  # a traceback
    refused: str = ""  # a DrafterError message
    problems: list[Problem] = field(default_factory=list)
    cells_seen: int = 0
    cells_read: int = 0
    wrong: list[str] = field(default_factory=list)  # "path: read X, truth Y"
    unread: list[str] = field(default_factory=list)
    errors_expected: list[str] = field(default_factory=list)  # truth rules
    errors_found: list[str] = field(default_factory=list)
    # listed problems each matched by a problem of its own (one reported problem serves one listed problem): the
    # strict count beside errors_found's, which credits every listed problem of a rule family one problem reports
    errors_matched: int = 0
    false_errors: list[Problem] = field(default_factory=list)  # error-level, matching no listed rule


def reports() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in REPORT_SUFFIXES and re.match(r"\d{2,4}-", p.name))


def truth_of(report: Path) -> dict[str, Any]:
    return yaml.safe_load(report.with_name(report.stem + ".truth.yaml").read_text(encoding="utf-8"))


def run_checks(report: Path, last_year: Path | None = None) -> tuple[Facts, list[Problem]]:
    """What ``drafter check REPORT [--last LAST_YEAR]`` does, in process: import (partial allowed), every
    rule, the lint; with last year's report of the same agency (imported too) the cross-year rules."""
    from drafter.importers.report import import_report
    from drafter.pipeline import load_last

    facts = import_report(report).facts
    last = load_last(last_year, facts, partial=True) if last_year is not None else None
    return facts, check_facts(facts, last)


def check_facts(facts: Facts, last: Facts | None = None) -> list[Problem]:
    """Every rule and the lint on an imported report (``run_checks`` without the import)."""
    from drafter.checks import narrative as lint
    from drafter.checks import rules
    from drafter.checks.units import imported_units

    problems = rules.check_report(facts, None, last=last, published=True)
    return problems + lint.lint_text(facts, imported_units(facts), last=last,
                                     last_text=imported_units(last) if last is not None else None)


def evaluate(report: Path) -> Outcome:
    truth = truth_of(report)
    out = Outcome(report.name, bool(truth.get("held_out")))
    last_year = report.with_name(truth["last_year"]) if truth.get("last_year") else None
    try:
        facts, out.problems = run_checks(report, last_year)
    except DrafterError as exc:
        out.refused = str(exc)
        return out
    except Exception:  # noqa: BLE001 - a traceback is what the corpus test exists to catch
        out.crashed = traceback.format_exc()
        return out
    _cells(truth, facts, out)
    _errors(truth, out)
    return out


def _errors(truth: dict[str, Any], out: Outcome) -> None:
    reported = {p.code for p in out.problems if p.severity != NOTICE}
    expected_codes: set[str] = set()
    for error in truth.get("errors") or []:
        rule = error["rule"]
        codes = RULE_CODES.get(rule, {rule})
        expected_codes |= codes
        out.errors_expected.append(rule)
        if codes & reported:
            out.errors_found.append(rule)
    out.errors_matched = _matched(truth.get("errors") or [], out.problems)
    out.false_errors = [p for p in out.problems if p.severity == ERROR and p.code not in expected_codes]


def _matched(listed: list[dict[str, Any]], problems: list[Problem]) -> int:
    """How many listed problems find a reported (non-notice) problem of their own, one reported problem serving
    one listed problem: two listed structure faults need two structure problems."""
    free = [p for p in problems if p.severity != NOTICE]
    matched = 0
    for error in listed:
        codes = RULE_CODES.get(error["rule"], {error["rule"]})
        hit = next((p for p in free if p.code in codes), None)
        if hit is not None:
            free.remove(hit)
            matched += 1
    return matched


def expand(path: str) -> list[str]:
    """"applications.granted[1..7]" → its cells (column 7 is the row's 总计)."""
    m = re.fullmatch(r"(.+)\[(\d+)\.\.(\d+)\]", path)
    if not m:
        return [path]
    return [f"{m.group(1)}[{c}]" for c in range(int(m.group(2)), int(m.group(3)) + 1)]


def _cells(truth: dict[str, Any], facts: Facts, out: Outcome) -> None:
    assert facts.imported is not None
    missing, blank = set(facts.imported.missing), set(facts.imported.blank)
    expected: dict[str, Any] = {}
    for path, value in (truth.get("cells") or {}).items():
        if isinstance(value, list):
            expected.update({f"{path}[{c}]": v for c, v in enumerate(value, 1)})
        else:
            expected[path] = value
    for path, value in (truth.get("stated_totals") or {}).items():
        if isinstance(value, list):
            expected.update({f"{path}[{c}]": v for c, v in enumerate(value, 1)})
        else:
            expected[path] = value
    for item in truth.get("blank_cells") or []:
        for path in expand(str(item).split("#")[0].strip()):
            expected.setdefault(path, None)
    for path, value in expected.items():
        out.cells_seen += 1
        if value is None:  # the report left it blank: read right when listed as blank
            got_blank = path in blank or _is_total(path) and read_value(facts, path) is None
            (out.unread if not got_blank else []).append(path)
            out.cells_read += got_blank
            continue
        got = None if path in missing else read_value(facts, path)
        if got is None:
            out.unread.append(path)
        elif Decimal(str(got)) != Decimal(str(value)):
            out.wrong.append(f"{path}: 读出 {got}，应为 {value}")
        else:
            out.cells_read += 1


def _is_total(path: str) -> bool:
    """A printed 总计 cell: a row's 总计 column, or a cell of the （七）总计 row."""
    return path.endswith(("[7]", ".total")) or path.startswith("applications.total[")


def read_value(facts: Facts, path: str) -> Any:
    """The value an import gave ``path`` (a facts path, or a printed 总计 of the truth files), None if not read."""
    assert facts.imported is not None
    stated = facts.imported.stated_totals
    m = re.fullmatch(r"applications\.(.+?)(?:\[(\d)\])?", path)
    if m:
        key, col = m.group(1), int(m.group(2)) if m.group(2) else None
        if key == "total" and col is not None:  # the （七）总计 row
            return stated.outcome_totals[col - 1] if stated.outcome_totals else None
        if key.endswith(".total") or col == 7:
            return stated.row_totals.get(key.removesuffix(".total"))
        return facts.applications.row(key)[col - 1] if col else None
    m = re.fullmatch(r"reviews_and_lawsuits\.(\w+)\.total", path)
    if m:
        return stated.review_totals.get(m.group(1))
    value: Any = facts
    for part in path.split("."):
        value = getattr(value, part, None)
        if value is None:
            return None
    return value


@dataclass
class Figures:
    files: int = 0
    crashed: int = 0
    refused: int = 0
    errors_expected: int = 0
    errors_found: int = 0
    errors_matched: int = 0
    in_scope_expected: int = 0
    in_scope_found: int = 0
    false_errors_on_clean: int = 0
    false_errors: int = 0
    cells_seen: int = 0
    cells_read: int = 0
    cells_wrong: int = 0


def figures(outcomes: list[Outcome]) -> Figures:
    f = Figures()
    for o in outcomes:
        f.files += 1
        f.crashed += bool(o.crashed)
        f.refused += bool(o.refused)
        f.errors_expected += len(o.errors_expected)
        f.errors_found += len(o.errors_found)
        f.errors_matched += o.errors_matched
        f.in_scope_expected += sum(r not in OUT_OF_SCOPE for r in o.errors_expected)
        f.in_scope_found += sum(r not in OUT_OF_SCOPE for r in o.errors_found)
        f.false_errors += len(o.false_errors)
        f.false_errors_on_clean += 0 if o.errors_expected else len(o.false_errors)
        f.cells_seen += o.cells_seen
        f.cells_read += o.cells_read
        f.cells_wrong += len(o.wrong)
    return f


def imported_copy(tmp_path: Path, name: str, cut: str = "", agency: str = "", signed: str = "") -> Path:
    """The facts file ``drafter import`` writes for corpus report ``name`` (with the sentence ``cut`` taken out
    of the copy first); a missing agency name or signing date filled in when given."""
    from drafter.cli import main

    facts_path, report = tmp_path / f"{name.split('-')[0]}.yaml", CORPUS / name
    if cut:
        text = report.read_text(encoding="utf-8")
        assert cut in text, cut
        report = tmp_path / name
        report.write_text(text.replace(cut, ""), encoding="utf-8")
    assert main(["import", str(report), "-o", str(facts_path)]) in (0, 1)
    text = facts_path.read_text(encoding="utf-8")
    if agency:
        text = text.replace('  name: ""', f'  name: "{agency}"', 1)
    if signed:
        text = re.sub(r"^signing_date: *(#.*)?$", f"signing_date: {signed}", text, count=1, flags=re.M)
    facts_path.write_text(text, encoding="utf-8")
    return facts_path
