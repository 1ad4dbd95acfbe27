"""Corpus copies' tables re-rendered in the layouts pages and pasted text come in, whole and cut short: cells
seen, read and read wrongly, per layout.

    python benchmarks/layout_variants.py [--copies 60] [--cuts 3] [--seed 0]
    python benchmarks/layout_variants.py --quick     # 4 copies, 1 cut each (~20 s)

Each copy's rows (as drafter reads them) are printed again as '|' rows, Markdown, tabs, spaces, one cell a line
(with or without blank lines or a ' |' after each cell), the label on its own line, long labels broken over two
lines, full-width digits, 0 printed as —, / or 无, labels without their numbering or with other punctuation (a row
whose cells ran together, which the copy does not read as cells, left out). A cell the copy reads must be read the
same from each variant (a 0 printed as a blank mark may be read as blank or not at all); each cut copy of a variant
likewise, or as the whole variant reads it. Exits 1 when a cell is read wrongly; cells left unread are only counted.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import islice
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.realworld_corpus import reports, truth_of  # noqa: E402
from tests.realworld_cuts import (  # noqa: E402
    TEXT_SUFFIXES,
    cut_copies,
    read_cells,
    read_whole,
)

from drafter.errors import DrafterError  # noqa: E402
from drafter.importers.blocks import Row  # noqa: E402
from drafter.importers.report import import_report  # noqa: E402
from drafter.importers.source import read_blocks  # noqa: E402

Cells = list[str]
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)")


def _split(label: str) -> Cells:
    """A long label broken in two, as a narrow cell wraps it."""
    return [label[: len(label) // 2], label[len(label) // 2:]] if len(label) > 10 else [label]


def _pipe(cells: Cells) -> Cells:
    return [" | ".join(cells) + " |"]


def _blank_lines(cells: Cells) -> Cells:
    return [line for c in cells for line in (c, "")]


def _suffixed(cells: Cells) -> Cells:
    return [f"{c} |" if c else "|" for c in cells] + ["||"]


def _label_line(cells: Cells) -> Cells:
    if len(cells) > 1 and not cells[0].isdigit() and cells[-1].isdigit():
        return [cells[0] + " |", *_pipe(cells[1:])]
    return _pipe(cells)


def _label_split_pipe(cells: Cells) -> Cells:
    *head, last = _split(cells[0])
    return [*head, *_pipe([last, *cells[1:]])]


def _label_split_suffixed(cells: Cells) -> Cells:
    *head, last = _split(cells[0])
    return [*head, *_suffixed([last, *cells[1:]])]


def _zero_as(mark: str) -> Callable[[str], str]:
    return lambda c: mark if c == "0" else c


def _relabel(change: Callable[[str], str]) -> Callable[[Cells], Cells]:
    return lambda cells: [change(cells[0]), *cells[1:]]


def _same(c: str) -> str:
    return c


# name: (how a row's cells become lines, what each cell becomes, what the row's label becomes)
Layout = tuple[Callable[[Cells], Cells], Callable[[str], str], Callable[[Cells], Cells]]
_KEEP: Callable[[Cells], Cells] = list
LAYOUTS: dict[str, Layout] = {
    "pipe": (_pipe, _same, _KEEP),
    "markdown": (lambda cs: ["| " + " | ".join(cs) + " |"], _same, _KEEP),
    "tab": (lambda cs: ["\t".join(cs)], _same, _KEEP),
    "spaces": (lambda cs: ["   ".join(cs)], _same, _KEEP),
    "lines": (list, _same, _KEEP),
    "blank-lines": (_blank_lines, _same, _KEEP),
    "cell-bar": (_suffixed, _same, _KEEP),
    "bar-lines": (lambda cs: [line for c in cs for line in (c, "|")] + ["||"], _same, _KEEP),
    "label-line": (_label_line, _same, _KEEP),
    "label-split": (_label_split_pipe, _same, _KEEP),
    "label-split-lines": (lambda cs: [*_split(cs[0]), *cs[1:]], _same, _KEEP),
    "label-split-blank": (lambda cs: _blank_lines([*_split(cs[0]), *cs[1:]]), _same, _KEEP),
    "label-split-bar": (_label_split_suffixed, _same, _KEEP),
    "full-width": (_pipe, lambda c: c.translate(FULL_WIDTH), _KEEP),
    "full-width-lines": (_blank_lines, lambda c: c.translate(FULL_WIDTH), _KEEP),
    "no-numbering": (_pipe, _same, _relabel(lambda s: NUMBERING.sub("", s))),
    "no-numbering-lines": (_blank_lines, _same, _relabel(lambda s: NUMBERING.sub("", s))),
    "half-width-brackets": (_pipe, _same, _relabel(lambda s: s.replace("（", "(").replace("）", ")"))),
    "spaced-label": (_pipe, _same, _relabel(lambda s: " ".join(s) if len(s) < 12 else s)),
    "numbered-dun": (_pipe, _same, _relabel(lambda s: re.sub(r"^(\d+)\.", r"\1、", s))),
    "straight-quotes": (_pipe, _same, _relabel(lambda s: s.replace("“", '"').replace("”", '"'))),
    "dash": (_pipe, _zero_as("—"), _KEEP),
    "dash-lines": (_blank_lines, _zero_as("—"), _KEEP),
    "dash-tab": (lambda cs: ["\t".join(cs)], _zero_as("—"), _KEEP),
    "slash": (_pipe, _zero_as("/"), _KEEP),
    "slash-bar": (_suffixed, _zero_as("/"), _KEEP),
    "wu": (_pipe, _zero_as("无"), _KEEP),
    "wu-lines": (list, _zero_as("无"), _KEEP),
}


def _flattened(rows: list[Row]) -> Iterable[Cells]:
    """Rows as a flattened page prints them: a merged cell repeated from the row above (rowspan) printed once."""
    above: tuple[str, ...] = ()
    for row in rows:
        cells = [" ".join(c.split()) for c in row.cells]
        i = 0
        while i < len(cells) - 1 and i < len(above) and cells[i] == above[i] and not re.fullmatch(r"[\d.]+", cells[i]):
            i += 1
        above = tuple(cells)
        if cells[i:]:
            yield cells[i:]


def render(report: Path, layout: Layout) -> str:
    """``report``'s text with its table rows printed in ``layout``. A row whose cells ran together (``Row.run``:
    "行政规范性文件", "164640" in 37) is left out: the copy does not read it as cells, and printed as one cell it
    would stand for a row whose first cell holds all the digits."""
    lines_of, cell, label = layout
    lines: list[str] = []
    rows: list[Row] = []
    for block in [*read_blocks(report), ""]:
        if isinstance(block, Row):
            rows += [] if block.run else [block]
            continue
        for cells in _flattened(rows):
            lines += lines_of(label([cell(c) for c in cells]))
        rows = []
        lines.append(block)
    return "\n".join(lines) + "\n"


def _agrees(expected: Any, value: Any, zero_marked: bool) -> bool:
    """``value`` read from a variant is the copy's ``expected`` (a 0 printed as a blank mark may read as blank)."""
    return value == expected or zero_marked and expected == 0 and value == "blank"


def _wrong(expected: dict[str, Any], got: dict[str, Any], zero_marked: bool,
           whole: dict[str, Any] | None = None) -> list[str]:
    """Cells ``got`` reads otherwise than the copy (``expected``) and, for a cut copy, than the whole variant
    (``whole``) read them, and cells neither reads read as figures."""
    whole = whole or {}

    def right(path: str, value: Any) -> bool:
        if path in whole and value == whole[path]:
            return True
        return _agrees(expected[path], value, zero_marked) if path in expected else value == "blank"

    return [f"{path} read {value}, copy {expected.get(path)}" for path, value in got.items() if not right(path, value)]


def measure(copies: list[Path], layouts: dict[str, Layout], cuts: int, seed: int) -> tuple[Counter[str], list[str]]:
    """Per layout ``name``: ``name:seen`` cells the copies read, ``name:read`` of them read from the variant,
    ``name:wrong`` cells the variant or its cut copies read wrongly; and the wrong cells, one line each."""
    tally: Counter[str] = Counter()
    wrong: list[str] = []
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        for report in copies:
            expected = read_cells(import_report(report).facts)
            for name, layout in layouts.items():
                variant = Path(folder) / f"{report.stem}.{name}.txt"
                text = render(report, layout)
                variant.write_text(text, encoding="utf-8")
                try:
                    got = read_cells(import_report(variant).facts)
                except DrafterError:
                    got = {}
                zero_marked = layout[1]("0") != "0"
                misread = _wrong(expected, got, zero_marked)
                tally[f"{name}:seen"] += len(expected)
                tally[f"{name}:read"] += sum(1 for path, value in expected.items()
                                             if path in got and _agrees(value, got[path], zero_marked))
                points = sorted(rng.randint(len(text) // 4, len(text)) for _ in range(cuts)) if got else []
                misread += [f"cut at {cut}: {m}" for cut, facts in cut_copies(variant, points)
                            for m in _wrong(expected, read_cells(facts), zero_marked, got)]
                tally[f"{name}:wrong"] += len(misread)
                wrong += [f"{name} {report.name}: {m}" for m in misread]
    return tally, wrong


def corpus_copies(count: int, seed: int) -> list[Path]:
    """``count`` tuned texts with a dozen cells at least, drawn with ``seed`` (a copy not read whole left out)."""
    texts = [r for r in reports() if r.suffix in TEXT_SUFFIXES and not truth_of(r).get("held_out")
             and len(truth_of(r).get("cells") or {}) >= 12]
    random.Random(seed).shuffle(texts)
    return list(islice((t for t in texts if read_whole(t)), count))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=60)
    parser.add_argument("--cuts", type=int, default=3, help="cut copies of each variant")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="4 copies, 1 cut each")
    args = parser.parse_args()
    copies, cuts = (4, 1) if args.quick else (args.copies, args.cuts)
    tally, wrong = measure(corpus_copies(copies, args.seed), LAYOUTS, cuts, args.seed)
    print("\n".join(wrong))
    print(f"{copies} 份副本，每种排版 {cuts} 处截断；格：见到 / 读出 / 读错")
    for name in LAYOUTS:
        print(f"  {name:20s} {tally[name + ':seen']:6d} {tally[name + ':read']:6d} {tally[name + ':wrong']:4d}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
