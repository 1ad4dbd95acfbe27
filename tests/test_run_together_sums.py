"""Run-together rows decided by the table's own sums where the report's arithmetic is partly wrong (realworld 150,
平潭自然资源 2023: （七）总计 "191000019" adds up under no cut, 19 | 1 | 0 0 0 0 | 19 being what the result rows add
up to while 新收 has no 商业企业 application, an A1 error)."""

from __future__ import annotations

from pathlib import Path

from drafter.importers.digit_splits import solve
from drafter.importers.report import import_report
from drafter.importers.run_table3 import table3
from tests.test_realworld_rules import _run_together_t3


def test_when_no_assignment_fits_every_equation_each_equation_decides_alone() -> None:
    """total must be a + b (the result rows) and also n (新收): no cut fits both. a + b alone leaves one cut of
    total; n alone none: total is read. When both equations alone fit one cut each, and they differ, total stays
    unread; an equation alone that fits several cuts decides nothing."""
    sums, a1 = (("a", "b"), ("total",)), (("n",), ("total",))
    rows = {"a": [(1, 0, 1)], "b": [(0, 1, 1)], "n": [(3, 0, 3)], "total": [(1, 1, 2), (11, 0, 2)]}
    assert solve(rows, [sums, a1]) == {"a": (1, 0, 1), "b": (0, 1, 1), "n": (3, 0, 3), "total": (1, 1, 2)}
    both = {**rows, "n": [(2, 0, 2)], "total": [(1, 1, 2), (2, 0, 2)]}  # a + b says 1 | 1, n says 2 | 0
    assert "total" not in solve(both, [sums, a1])
    several = {**rows, "x": [(1, 1, 2), (2, 0, 2)], "total": [(1, 1, 2), (2, 0, 2)]}  # x = total: both fit
    assert solve(several, [sums, a1, (("x",), ("total",))])["total"] == (1, 1, 2)


def test_a_total_row_that_adds_up_under_no_cut_is_read_by_the_column_sums() -> None:
    """（七）总计 "191000019": 19 + 1 ≠ 19 under every cut; the result rows add up to 19 | 1 | 0 0 0 0 | 19, one of its
    cuts. 新收 19 | 0 … says otherwise in the 商业企业 column (A1), so that equation decides nothing. Without the
    result rows' sums (部分公开 unread) the row stays unread."""
    rows = {"new_received": "190000019", "granted": "6000006", "partially_granted": "8100008",
            "unable_to_provide.not_held": "4000004", "other_handling.other": "1000001", "total": "191000019"}
    got = {block[0][0]: block[0][1:] for block in table3(_run_together_t3(rows))}  # type: ignore[index]
    assert got["（七）总计"] == ("19", "1", "0", "0", "0", "0", "19")
    lost = {block[0][0]: block[0][1:] for block in table3(_run_together_t3(  # type: ignore[index]
        {**rows, "partially_granted": "81000081"}))}
    assert "（七）总计" not in lost


def test_realworld_150_total_row_is_read() -> None:
    facts = import_report(Path(__file__).parent / "realworld" / "150-pingtan-resources-2023.txt").facts
    assert facts.imported is not None
    stated = facts.imported.stated_totals
    assert (*stated.outcome_totals, stated.row_totals["total"]) == (19, 1, 0, 0, 0, 0, 19)


def test_a_row_that_adds_up_under_no_cut_is_never_read_for_having_one_cut() -> None:
    """A copy cut inside "2.没有现成信息需要…": the row before runs on into the next label's "2" ("40000002"). Its
    only cut 40 | 0 … | 2 does not add up and no column sum is printed to choose it: unread (``unsure``)."""
    rows = {"new_received": "4000004", "unable_to_provide.not_held": "4000004"}
    text = _run_together_t3(rows)
    cut = text[:text.index("2.没有现成信息需要") + len("2.没有现成信息需要")]
    got = {block[0][0]: block[0][1:] for block in table3(cut)}  # type: ignore[index]
    assert got["一、本年新收政府信息公开申请数量"] == ("4", "0", "0", "0", "0", "0", "4")
    assert "1.本机关不掌握相关政府信息" not in got
    assert solve({"r": [(40, 0, 2)]}, [], unsure={"r"}) == {}


HEADER4 = "结果维持结果纠正其他结果尚未审结总计未经复议直接起诉…尚未审结总计…其他结果尚未审结总计"


def test_table4_with_one_group_that_never_adds_up_reads_the_other_two() -> None:
    """151 (平潭社会事业 2024): "00202000001324015", 17 digits for 15 cells, adds up under no cut (复议后起诉 13 2 4 0
    | 15 is a B3). Every cut in which two groups add up is 0 0 2 0 | 2, 0 0 0 0 | 0 and "1324015": those two are
    read, the third is kept run together. Two readings (another group could be the one off) leave it all unread;
    a group off whose digits are one a cell is read."""
    from drafter.importers.digit_splits import grouped_cells, one_group_off
    from drafter.importers.run_together import _table4

    assert one_group_off("00202000001324015", 3, 5) == ((0, 0, 2, 0, 2), (0, 0, 0, 0, 0), "1324015")
    rows = list(_table4(HEADER4 + "00202000001324015五、"))
    assert rows[1] == (("0", "0", "2", "0", "2") + ("0",) * 5 + ("〔1324015〕",) * 5, 2)
    # 0 0 1 0 | 1, "100000", 0 1 0 0 | 1 or "001011", 0 0 0 0 | 0, 0 1 0 0 | 1: another group could be the one off
    assert one_group_off("0010110000001001", 3, 5) is None
    assert grouped_cells("0010110000001001", 3, 5) is None
    assert grouped_cells("000020000012345", 3, 5) == tuple("000020000012345")  # one digit each: read as printed
    all_add = "10001100001000000"  # 1 0 0 0 | 1, 10 0 0 0 | 10, 0 0 0 0 | 0: the cut where all three add up
    assert one_group_off(all_add, 3, 5) is None
    assert grouped_cells(all_add, 3, 5) == ("1", "0", "0", "0", "1", "10", "0", "0", "0", "10") + ("0",) * 5


def test_b3_on_a_table4_group_run_together_when_no_split_adds_up(tmp_path: Path) -> None:
    """The group kept run together is unread (never 0) and B3 names it: "1324015" adds up under no split. The
    digits survive the facts file; a group whose digits could add up ("1326"+"19" … "13 2 4 0 19") raises nothing."""
    from drafter.checks.printed import b1_b3
    from drafter.facts.dump import dump_facts
    from drafter.facts.load import parse_facts, parse_yaml

    facts = import_report(Path(__file__).parent / "realworld" / "151-pingtan-social-affairs-2024.txt").facts
    assert facts.imported is not None
    assert facts.imported.run_together == {"reviews_and_lawsuits.lawsuit_after_review": "1324015"}
    assert facts.reviews_and_lawsuits.review.other == 2 and facts.reviews_and_lawsuits.lawsuit_direct.total == 0
    assert "reviews_and_lawsuits.lawsuit_after_review.upheld" in facts.imported.missing
    assert "reviews_and_lawsuits.lawsuit_after_review.upheld" not in facts.imported.blank
    b3 = [p for p in b1_b3(facts) if p.code == "B3"]
    assert len(b3) == 1 and "1324015" in b3[0].message and b3[0].where.startswith("表四")
    loaded = parse_facts(parse_yaml(dump_facts(facts), "f.yaml"), "f.yaml")
    assert loaded.imported is not None and loaded.imported.run_together == facts.imported.run_together
    facts.imported.run_together["reviews_and_lawsuits.lawsuit_after_review"] = "1324019"
    assert not [p for p in b1_b3(facts) if p.code == "B3"]
    facts.imported.run_together["reviews_and_lawsuits.lawsuit_after_review"] = "1324015"
    facts.imported.missing = [p for p in facts.imported.missing if "lawsuit_after_review" not in p]  # filled in
    assert not [p for p in b1_b3(facts) if p.code == "B3" and "1324015" in p.message]


def test_table4_whose_first_group_never_adds_up_keeps_the_other_two(tmp_path: Path) -> None:
    """151 with its groups printed in another order, the one that adds up under no cut first ("1324015" as 行政复议):
    the marked group is data, not a row label in front of the row (dropping it lost the whole 表四)."""
    text = (Path(__file__).parent / "realworld" / "151-pingtan-social-affairs-2024.txt").read_text(encoding="utf-8")
    swapped = tmp_path / "151.txt"
    swapped.write_text(text.replace("00202000001324015", "13240150020200000"), encoding="utf-8")
    facts = import_report(swapped).facts
    assert facts.imported is not None
    assert facts.imported.run_together == {"reviews_and_lawsuits.review": "1324015"}
    assert "reviews_and_lawsuits.review.upheld" in facts.imported.missing
    assert facts.reviews_and_lawsuits.lawsuit_direct.other == 2 and facts.reviews_and_lawsuits.lawsuit_after_review.total == 0


def _reference_reading(digits: str) -> tuple[object, ...] | None:
    """``one_group_off`` by brute force over every cut into 15 numbers (short runs only)."""
    from itertools import combinations, pairwise

    from drafter.importers.digit_splits import splits

    def adds(piece: str) -> bool:
        return any(sum(c[:-1]) == c[-1] for c in splits(piece, 1, 5))

    if len(digits) == 15:
        return None  # one digit a cell: read as printed (``splits``), whether or not it adds up
    readings = set()
    for cut_at in combinations(range(1, len(digits)), 14):
        bounds = (0, *cut_at, len(digits))
        numbers = [digits[a:b] for a, b in pairwise(bounds)]
        if any(len(n) > 7 or (len(n) > 1 and n[0] == "0") for n in numbers):
            continue
        groups = [tuple(map(int, numbers[g * 5:g * 5 + 5])) for g in range(3)]
        off = [g for g in range(3) if sum(groups[g][:4]) != groups[g][4]]
        if not off:
            return None  # the whole row adds up
        piece = "".join(numbers[off[0] * 5:off[0] * 5 + 5])
        if len(off) == 1 and not adds(piece):
            readings.add(tuple(piece if g == off[0] else groups[g] for g in range(3)))
    return readings.pop() if len(readings) == 1 else None


def test_one_group_off_reads_as_every_cut_tried_would() -> None:
    """Crafted runs (two groups adding up, one 总计 off by 1, 2 or 10) against every cut into
    15 numbers tried in turn: the same reading, or None alike (two readings, or none)."""
    import random

    from drafter.importers.digit_splits import one_group_off

    rng = random.Random(12)
    read = 0
    for _ in range(40):
        cells = [[rng.choice((0, 0, 0, 1, 2, 3, 5)) for _ in range(4)] for _ in range(3)]
        off = rng.randrange(3)
        digits = "".join("".join(map(str, [*c, sum(c) + (g == off) * rng.choice((1, 2, 10))]))
                         for g, c in enumerate(cells))
        expected = _reference_reading(digits)
        assert one_group_off(digits, 3, 5) == expected, digits
        read += expected is not None
    assert read >= 10  # the crafted runs are mostly read, not all left out alike


def test_one_group_off_on_a_long_run_that_adds_up_nowhere() -> None:
    """35 digits (the most 15 cells of seven digits hold, no cut adding up): no reading, found without trying each
    way to cut them in turn (``benchmarks/bench.py`` times it)."""
    from drafter.importers.digit_splits import grouped_cells, one_group_off

    assert one_group_off("29141777631706690743915000806360837", 3, 5) is None
    assert grouped_cells("29141777631706690743915000806360837", 3, 5) is None
