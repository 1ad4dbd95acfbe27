"""Corpus copies' citations of the national documents garbled every way a page garbles them: how many does E6 report.

    python benchmarks/citation_variants.py [--copies 3] [-v]
    python benchmarks/citation_variants.py --quick     # 1 copy per citation (~15 s)

Every held-out set brought E6 misses in a form no rule knew yet (a word lost from the 条例's or the format's title, the
office's code with a character changed, lost or swapped: 179, 523, 535, 586, 601, 700, 829, 930 …). This takes tuned
copies that cite a document rightly, garbles that citation at one place at a time (each character lost, changed to
another, swapped with the next; each word of a title lost) and checks each variant: it is found when E6 says something
about the report that it does not say about the copy (a warning or an error). Variants that are right too (a title
without 中华人民共和国) are not made. Prints found/made per citation and slip; exits 0 (a measure, not a gate).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.realworld_corpus import reports, run_checks, truth_of  # noqa: E402

from drafter.checks.problem import NOTICE  # noqa: E402

# what is cited, and the parts a slip may not touch (brackets and 号 are the number's, judged by other variants)
CITATIONS = {
    "条例": "中华人民共和国政府信息公开条例",
    "格式": "中华人民共和国政府信息公开工作年度报告格式",
    "发文机关": "国务院办公厅政府信息与政务公开办公室",
    "格式文号": "国办公开办函〔2021〕30号",
    "2019通知文号": "国办公开办函〔2019〕60号",
    "处理费文号": "国办函〔2020〕109号",
}
WORDS = ("政府", "信息", "公开", "工作", "年度", "报告", "人民", "共和国")
FIXED = "〔〕号"
# characters a slip puts in: the titles' own (a word repeated or misplaced) and look-alikes
OTHERS = "力公开办涵图府政务息报告年度工作事项井"


def variants(citation: str) -> Iterator[tuple[str, str]]:
    """(slip, garbled citation): each character lost, changed, swapped with the next; each word lost."""
    pick = random.Random(citation)
    for i, ch in enumerate(citation):
        if ch in FIXED:
            continue
        yield "lost", citation[:i] + citation[i + 1:]
        if not ch.isdigit():
            yield "changed", citation[:i] + pick.choice([c for c in OTHERS if c != ch]) + citation[i + 1:]
        if i + 1 < len(citation) and citation[i + 1] not in FIXED and citation[i + 1] != ch:
            yield "swapped", citation[:i] + citation[i + 1] + ch + citation[i + 2:]
    for word in WORDS:  # 中华人民共和国 lost whole is the short title, right too
        if word in citation:
            yield "word lost", citation.replace(word, "", 1)


def _e6(path: Path, last: Path | None) -> set[str]:
    return {p.message for p in run_checks(path, last)[1] if p.code == "E6" and p.severity != NOTICE}


def measure(copies: int, verbose: bool = False, names: tuple[str, ...] = tuple(CITATIONS)) -> Counter[tuple[str, str, bool]]:
    """(citation, slip, found) → how many variants, over ``copies`` tuned copies per citation."""
    tally: Counter[tuple[str, str, bool]] = Counter()
    corpus = [r for r in reports() if r.suffix in (".txt", ".md")]
    for name in names:
        citation = CITATIONS[name]
        holding = [r for r in corpus if citation in r.read_text(encoding="utf-8") and not truth_of(r).get("held_out")]
        random.Random(name).shuffle(holding)
        for report in holding[:copies]:
            text = report.read_text(encoding="utf-8")
            truth = truth_of(report)
            last = report.with_name(truth["last_year"]) if truth.get("last_year") else None
            base, at = _e6(report, last), text.find(citation)
            for slip, garbled in variants(citation):
                with tempfile.TemporaryDirectory() as tmp:
                    copy = Path(tmp) / report.name
                    copy.write_text(text[:at] + garbled + text[at + len(citation):], encoding="utf-8")
                    found = bool(_e6(copy, last) - base)
                tally[(name, slip, found)] += 1
                if verbose and not found:
                    print(f"  missed {report.name}: {garbled}")
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=3, help="copies per citation")
    parser.add_argument("--quick", action="store_true", help="1 copy per citation")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the variants not reported")
    args = parser.parse_args()
    tally = measure(1 if args.quick else args.copies, args.verbose)
    print(f"{'citation':<12} {'slip':<10} found/made")
    for name in CITATIONS:
        for slip in ("lost", "changed", "swapped", "word lost"):
            found, made = tally[(name, slip, True)], tally[(name, slip, True)] + tally[(name, slip, False)]
            if made:
                print(f"{name:<12} {slip:<10} {found}/{made}")
    found = sum(n for (_, _, hit), n in tally.items() if hit)
    print(f"all: {found}/{sum(tally.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
