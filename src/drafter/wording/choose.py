"""Choosing among wordings of the same meaning: deterministic, and never last year's where another fits.

Without last year's text a slot (or practice) takes its first wording: the bank's preferred phrasing,
so a county bank's house style (and the seed report) comes out as written. With last year's text
(``--last``, ``--from``, an imported report) the wordings are tried from a start that moves on with the
year, and the first whose sentences — numbers masked — are not sentences of last year's report is taken.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Sequence

_SENTENCE = re.compile(r"[^。！？；：\n]*[。！？；：]?")  # as checks.units splits sentences, and at "："
# The ordinal a list item gets in the report ("二是", "（三）") is not part of its wording.
_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_EDGE = "。！？；，、：:;,. \u3000"
MIN_CHARS = 6  # shorter pieces ("无。") are not worth avoiding


def sentence_keys(text: str) -> set[str]:
    """The sentences of ``text``, numbers masked and edge punctuation dropped, as comparable keys."""
    keys = set()
    for match in _SENTENCE.finditer(text):
        key = _ORDINAL.sub("", _NUMBER.sub("#", match.group()).strip(_EDGE))
        if len(key) >= MIN_CHARS:
            keys.add(key)
    return keys


class Chooser:
    def __init__(self, year: int, last_texts: Iterable[str] | None = None) -> None:
        self.year = year
        self.known = last_texts is not None  # last year's text is known (it may be empty)
        self.avoid: set[str] = set()
        for text in last_texts or ():
            self.avoid |= sentence_keys(text)

    def start(self, key: str, n: int) -> int:
        return (self.year + zlib.crc32(key.encode("utf-8"))) % n if self.known else 0

    def choose(self, key: str, candidates: Sequence[str]) -> int:
        """The index of the wording to use among ``candidates`` (rendered texts) for ``key``."""
        n = len(candidates)
        if n <= 1:
            return 0
        order = [(self.start(key, n) + i) % n for i in range(n)]
        for i in order:
            if not sentence_keys(candidates[i]) & self.avoid:
                return i
        return order[0]
