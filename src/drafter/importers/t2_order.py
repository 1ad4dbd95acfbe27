"""The order of 表二's 规章/行政规范性文件 columns as a header run together with its rows prints them ("信息内容
现行有效件数本年制发件数本年废止件数规章510"): the rows' numbers stand in that order, not necessarily the format's.

Each column is known by its words (制发 or 新制作, 废止, 现行有效; the 2019 format's 新公开, 总数量), each printed once
in the header. A header in the format's order (or naming only some columns, in the format's relative order, or
none: worded otherwise, 508) changes nothing; a header naming all three columns of its format in another order gives
them; any other header (columns named twice, some in another order) leaves the rows unread.
"""

from __future__ import annotations

from drafter.importers.labels import OLD_DOC_LABELS
from drafter.importers.run_labels import label_at
from drafter.tables import DOC_ROWS

DECISION_HEADER = "本年处理决定数量"
_WORDS = {"本年制发件数": ("制发", "新制作"), "本年废止件数": ("废止",), "现行有效件数": ("现行有效",),
          "本年新公开数量": ("新公开",), "对外公开总数量": ("总数量",)}
_FORMATS = (("本年制发件数", "本年废止件数", "现行有效件数"), ("本年制发件数", "本年新公开数量", "对外公开总数量"))


def t2_header_order(text: str, pos: int) -> tuple[str, ...] | None:
    """The official headers of the columns in the order the header before the first 规章/行政规范性文件 row (at or
    after ``pos``) prints them; () when that is the format's order (or not told); None when not certain."""
    start = text.find("信息内容", pos)
    labels = [label for _, label in DOC_ROWS] + list(OLD_DOC_LABELS.values())
    ends = [found[0] for label in labels if (found := label_at(text, label, pos)) is not None]
    if start < 0 or not ends or min(ends) < start:
        return ()
    header = text[start + len("信息内容"):min(ends)]
    places: dict[str, int] = {}
    for column, words in _WORDS.items():
        hits = [i for w in words for i in _find_all(header, w)]
        if len(hits) > 1:
            return None  # a column named twice
        places.update({column: hits[0]} if hits else {})
    printed = tuple(sorted(places, key=places.__getitem__))
    for columns in _FORMATS:
        if all(c in columns for c in printed) and list(printed) == [c for c in columns if c in printed]:
            return ()
        if sorted(printed) == sorted(columns):
            return printed
    return None


def _find_all(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out
