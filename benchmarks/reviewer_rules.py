"""How many real reports each reviewer rule flags (outline S2–S6, sections S7–S9, contradictions D7).

    python benchmarks/reviewer_rules.py            # counts per rule, then every finding per report

Runs the checks on every report in tests/realworld/ (imported in memory) and prints, per rule, the
number of reports it flags and the findings themselves, to be verified by reading the reports. Notices
("未能检查", a copy cut short) are not findings and are left out. Prints only; asserts nothing.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

RULES = ("S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "D7")


def main() -> int:
    from drafter.checks.rules import check_report
    from drafter.errors import DrafterError
    from drafter.importers.report import import_report
    from drafter.pipeline import draft_report

    flagged: dict[str, list[str]] = collections.defaultdict(list)
    lines, checked = [], 0
    reports = sorted(p for p in (ROOT / "tests" / "realworld").iterdir()
                     if p.suffix in (".txt", ".md", ".html", ".docx") and p.name != "README.md")
    for path in reports:
        try:
            facts = import_report(path).facts
            problems = check_report(facts, draft_report(facts).draft if facts.year else None,  # type: ignore[arg-type]
                                    published=True)
        except (DrafterError, ValueError) as exc:
            lines.append(f"{path.name}: 未能检查（{exc}）")
            continue
        checked += 1
        found = [p for p in problems if p.code in RULES and p.severity in ("error", "warning")]
        for code in sorted({p.code for p in found}):
            flagged[code].append(path.name)
        lines += [f"{path.name}: {p.code} {p.severity} {p.message}" for p in found]
    print(f"{checked}/{len(reports)} reports checked")
    for code in RULES:
        print(f"{code}: {len(flagged[code])} reports {' '.join(n.split('-')[0] for n in flagged[code])}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
