"""Recognising the official labels as real reports print them.

Tolerated: half-/full-width brackets and punctuation (NFKC), spaces and line breaks inside labels
("商业 企业"), other quote marks, numbering written "1、" or "（1）", year notes such as
"本年(2023)制发件数", and the 2019 wording ("规范性文件", "本年新制作数量" …).
"""

from __future__ import annotations

import re
import unicodedata
from typing import TypeVar

from drafter.tables import (
    DECISION_ROWS,
    DOC_ROWS,
    FEES_ROW,
    OUTCOME_GROUPS,
    T3_ROWS,
)

T = TypeVar("T")
_DROP = re.compile(r"[\s\"'“”‘’「」『』〝〞]+")
_ENUM = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|\([一二三四五六七八九十]+\)|\d+[、.．)]|\(\d+\))")
_PARENS = re.compile(r"\([^()]*\)")
_NUMBER = re.compile(r"^\s*[0-9０-９.,]*\s*$")
NEAR_LENGTH = 6  # labels this long or longer are still known with one character changed, added or left out
_PUNCT = re.compile(r"[,，、;；:：。.!！?？/]+")


def norm(text: str) -> str:
    """NFKC, no whitespace or quotes, 【】〔〕 read as brackets."""
    text = unicodedata.normalize("NFKC", text)
    for a, b in (("【", "("), ("】", ")"), ("〔", "("), ("〕", ")"), ("[", "("), ("]", ")")):
        text = text.replace(a, b)
    return _DROP.sub("", text)


def key(text: str) -> str:
    """A label's core: numbering, parenthetical notes and punctuation removed."""
    text = _ENUM.sub("", norm(text), count=1)
    text = _PARENS.sub("", text)
    return _PUNCT.sub("", text)


def lookup(text: str, table: dict[str, T]) -> T | None:
    """The entry whose core equals the cell's, else the one entry one core is a (≥4-character) prefix of, else
    the one (≥6-character) entry the core is one character away from ("行政事业型收费", "其他法律和行政法规…")."""
    if _NUMBER.match(text):
        return None  # most cells are numbers
    text = re.split(r"\s+/\s+", text)[-1]  # flattened header paths: "三、本年度办理结果 / （一）予以公开"
    k = key(text)
    if not k:
        return None
    if k in table:
        return table[k]
    hits = {v for c, v in table.items() if min(len(c), len(k)) >= 4 and (c.startswith(k) or k.startswith(c))}
    if not hits and len(k) >= NEAR_LENGTH:
        hits = {v for c, v in table.items() if len(c) >= NEAR_LENGTH and _one_apart(c, k)}
    return hits.pop() if len(hits) == 1 else None


def _one_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one character changed, added or left out."""
    if abs(len(a) - len(b)) > 1:
        return False
    head = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[head + (len(a) >= len(b)):] == b[head + (len(b) >= len(a)):]


# 表三 rows: row key (facts path under applications), plus "group:<key>" for the group labels that a
# 2019-format table uses as a data row (its （六）其他处理 has no sub-rows).
T3_LABELS: dict[str, str] = {key(row.labels[-1]): row.key for row in T3_ROWS}
T3_LABELS.update({key(glabel): f"group:{group}" for group, glabel, _ in OUTCOME_GROUPS})

# 表二 rows and column headers.
T2_ROWS: dict[str, str] = {key(label): k for k, label in (*DOC_ROWS, *DECISION_ROWS, FEES_ROW)}
OLD_DOC_LABELS = {"行政规范性文件": "规范性文件"}  # a 表二 row's 2019 wording, still printed by some (F2)
T2_ROWS.update({key(old): k for k, label in DOC_ROWS if (old := OLD_DOC_LABELS.get(label))})
T2_COLUMNS: dict[str, str] = {
    key("本年制发件数"): "issued", key("本年废止件数"): "repealed", key("现行有效件数"): "in_force",
    key("本年处理决定数量"): "value", key("本年收费金额（单位：万元）"): "value",
    # 2019 format (国办公开办函〔2019〕60号)
    key("本年新制作数量"): "issued", key("处理决定数量"): "value",
    key("本年新公开数量"): "old", key("对外公开总数量"): "old", key("上一年项目数量"): "old",
    key("本年增/减"): "old", key("采购项目数量"): "old", key("采购总金额"): "old",
}
OLD_T2_ROWS = {key("其他对外管理服务事项"), key("政府集中采购")}
