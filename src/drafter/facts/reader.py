"""Walking a parsed YAML tree: values converted, every problem collected with its field path."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

from drafter.errors import FactsError, listed
from drafter.facts import values
from drafter.facts.model import N_APPLICANT
from drafter.tables import cell_where

T = TypeVar("T")
Mapping = dict[str, Any]

FIXES: dict[Callable[..., object], str] = {
    values.parse_count: "请填写 0 或正整数",
    values.parse_amount: "请填写以万元为单位的数字，例如 0 或 1.25",
    values.parse_date: "请写成 2024-01-17 或 2024年1月17日",
    values.parse_year: "请填写四位数年份，例如 2023",
    values.parse_text: "请填写文字",
}

class Reader:
    """Walks a parsed YAML tree, converting values and collecting every problem with its field path."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[str] = []
        self.nullable: set[str] = set()  # paths an import could not read: null there means "unknown", kept as 0
        self.given: set[str] = set()  # paths with a value (not null, not ""): a clerk may fill in what an import missed

    def refuse(self) -> NoReturn:
        """Every problem found, listed in one ``FactsError``."""
        shown, note = listed(self.problems)
        listing = "\n".join(f"  {i}. {p}" for i, p in enumerate(shown, 1)) + (f"\n{note}" if note else "")
        raise FactsError(f"事实文件“{self.source}”有 {len(self.problems)} 处问题：\n{listing}", problems=self.problems)

    def fail(self, path: str, reason: str, fix: str = "") -> None:
        label = cell_where(path)
        where = f"字段 {path}（{label}）" if label else f"字段 {path}"
        self.problems.append(f"{where}：{reason}。{fix}".rstrip())

    def mapping(self, value: object, path: str, allowed: tuple[str, ...]) -> Mapping:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(path, f"应为一组“键: 值”，实际是{values._kind(value)}", "请按示例文件的格式填写")
            return {}
        for key in value:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.5)
                fix = f"是否想写“{close[0]}”？" if close else f"可用的字段有：{'、'.join(allowed)}。"
                self.fail(f"{path}.{key}" if path else str(key), "未知字段", fix)
        return value

    def convert(self, value: object, path: str, parse: Callable[[object], T], default: T) -> T:
        if (value is None or value == "") and path in self.nullable:
            return default
        if value is not None and value != "":
            self.given.add(path)
        try:
            return parse(value)
        except ValueError as exc:
            self.fail(path, str(exc), FIXES.get(parse, "请改正后重试"))
            return default

    def count(self, data: Mapping, key: str, path: str) -> int:
        return self.convert(data.get(key, 0), f"{path}.{key}", values.parse_count, 0)

    def optional_count(self, data: Mapping, key: str, path: str) -> int | None:
        if data.get(key) is None:
            return None
        return self.count(data, key, path)

    def text(self, data: Mapping, key: str, path: str) -> str:
        return self.convert(data.get(key), f"{path}.{key}" if path else key, values.parse_text, "")

    def line(self, data: Mapping, key: str, path: str) -> str:
        """Text that is one line in the report: pasted line breaks taken out (``values.parse_line``)."""
        return self.convert(data.get(key), f"{path}.{key}" if path else key, values.parse_line, "")

    def texts(self, data: Mapping, key: str, path: str = "") -> list[str]:
        key_path = path or key
        raw = data.get(key)
        if raw is None:
            return []
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list):
            self.fail(key_path, f"应为列表（每项一行，以“- ”开头），实际是{values._kind(raw)}")
            return []
        items = [self.convert(item, f"{key_path}[{i + 1}]", values.parse_text, "") for i, item in enumerate(raw)]
        return [item for item in items if item]

    def row6(self, value: object, path: str) -> tuple[int, ...]:
        if value is None:
            return (0,) * N_APPLICANT
        if not isinstance(value, list) or len(value) != N_APPLICANT:
            actual = f"实际有 {len(value)} 个数" if isinstance(value, list) else f"实际是{values._kind(value)}"
            self.fail(path, f"应为 6 个数的列表 [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他]，"
                            f"{actual}", "例如 [1, 0, 0, 0, 0, 0]")
            return (0,) * N_APPLICANT
        return tuple(self.convert(v, f"{path}[{i + 1}]", values.parse_count, 0) for i, v in enumerate(value))
