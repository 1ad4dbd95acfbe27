"""Where a label is printed on a line whose cells ran together (``run_together``), and the digits after it:
stray spaces inside a label, either kind of quotes, its bracketed note worded otherwise, a 表三 leaf label worded
a little otherwise, and a year the prose after a table's last cell opens with glued on."""

from __future__ import annotations

import functools
import re
from difflib import SequenceMatcher

from drafter.facts.values import nfkc

RUN = re.compile(r"[\d .]*")
_GLUED_YEAR = re.compile(r"^(.*\d)\s*(?:19|20)\d\d$")  # digits, then a year the prose after them opens with
NEAR_LABEL_LENGTH, NEAR_LABEL_RATIO = 8, 0.9  # a leaf label worded a little otherwise: how long, how near


def after(text: str, label: str, pos: int) -> tuple[str, int] | None:
    """The digits (spaces, dots) right after ``label`` at or after ``pos``, and where they end (a year that
    opens the prose glued after a table's last cell left out, ``without_year``)."""
    found = label_at(text, label, pos)
    if found is None:
        return None
    run = RUN.match(text, found[1])
    assert run is not None
    return without_year(run.group().strip(), text, run.end()), run.end()


def without_year(digits: str, text: str, end: int) -> str:
    """A table's last cell with the prose after it glued on, the prose opening with a year ("行政事业性收费
    02025年，我局…", "结转下年度继续办理20000022025年，…"): the digits before the year. A year is four digits
    19xx/20xx right before "年"; no number starts with 0, so "02025年" can only be 0 then 2025年."""
    m = _GLUED_YEAR.match(digits)
    return m.group(1).strip() if m and text.startswith("年", end) else digits


def label_at(text: str, label: str, pos: int) -> tuple[int, int] | None:
    """Where ``label`` is printed at or after ``pos`` (its start and end), if it is."""
    m = label_pattern(label).search(text, pos)
    return (m.start(), m.end()) if m else None


@functools.cache
def label_pattern(label: str) -> re.Pattern[str]:
    """``label`` as pages print it: stray spaces inside, either kind of quotes, its bracketed note worded
    otherwise or left out ("（二）部分公开（区分处理的，…）")."""
    plain = nfkc(label)
    note = re.search(r"(?<=.)\([^()]*\)$", plain)
    main = plain[:note.start()] if note else plain
    chars = ["[\"“”'‘’]?" if c in "\"“”'‘’" else re.escape(c) for c in main]
    return re.compile(r"\s*".join(chars) + (r"(?:\s*\([^()]{0,40}\))?" if note else ""))


def near_label_at(text: str, label: str, pos: int) -> tuple[int, int] | None:
    """Where a 表三 leaf label worded a little otherwise is printed at or after ``pos`` ("其他法律和行政法规禁止
    公开", "行政机关不再受理其…"): its number and first four characters as printed, up to the digits after it,
    nearly the whole label (long labels only: a short one worded otherwise may be another row)."""
    plain = nfkc(label)
    number = re.match(r"\d+\.", plain)
    if number is None or len(plain) - number.end() < NEAR_LABEL_LENGTH:
        return None
    start = re.compile(r"\s*".join(map(re.escape, plain[:number.end() + 4]))).search(text, pos)
    if start is None:
        return None
    digit = re.compile(r"\d").search(text, start.end())
    end = digit.start() if digit else len(text)
    printed = re.sub(r"\s+", "", text[start.start():end])
    near = SequenceMatcher(None, printed, plain, autojunk=False).ratio() >= NEAR_LABEL_RATIO
    return (start.start(), start.start() + len(text[start.start():end].rstrip())) if near else None
