"""Typed answers: one parser per question type, used both to validate at the prompt and to store.

The parsers are drafter.facts.values' own, so what the prompt accepts is exactly what the facts file accepts.
Stored values are plain YAML: int, str (amounts and ISO dates as text), bool, lists and dicts.
"""

from __future__ import annotations

import re
from typing import Any

from drafter.facts import values
from drafter.interview.questions import Question

_SPLIT_NUMBERS = re.compile(r"[\s,，、;；]+")
_SPLIT_LIST = re.compile(r"\s*[;；]\s*")
UNITS = "条篇件期次个项则份批"
_ENTRY = re.compile(rf"^(?P<name>.+?)\s+(?:(?P<verb>\S+)\s+)?(?P<count>[+-]?\d+(?:\.\d+)?)\s*(?P<unit>[{UNITS}]?)$")
YES, NO = "是", "否"


def parse_numbers(text: str, fields: tuple[str, ...]) -> list[int]:
    """"1 0 0 0 0 0" → [1, 0, 0, 0, 0, 0]; the reason names the item that is wrong."""
    parts = [p for p in _SPLIT_NUMBERS.split(values.nfkc(text)) if p]
    if len(parts) != len(fields):
        raise ValueError(f"应输入 {len(fields)} 个数（{'、'.join(fields)}），用空格隔开，实际是 {len(parts)} 个")
    numbers = []
    for label, part in zip(fields, parts, strict=True):
        try:
            numbers.append(values.parse_count(part))
        except ValueError as exc:
            raise ValueError(f"“{label}”{exc}") from None
    return numbers


def parse_entry(text: str) -> dict[str, Any]:
    """"晋宁区人民政府门户网 公开 118篇" → {name, verb, count, unit}."""
    match = _ENTRY.match(values.nfkc(text))
    if not match:
        raise ValueError("格式应为“名称 动词 数量”，例如“晋宁区人民政府门户网 公开 118篇”，名称和数量之间要有空格；"
                         f"单位可用：{'、'.join(UNITS)}")
    count = values.parse_count(match["count"])
    return {"name": match["name"], "verb": match["verb"] or "", "count": count, "unit": match["unit"] or "条"}


def format_entry(entry: dict[str, Any]) -> str:
    verb = f" {entry['verb']}" if entry.get("verb") else ""
    return f"{entry['name']}{verb} {entry['count']}{entry.get('unit') or '条'}"


def parse_answer(q: Question, raw: Any) -> Any:
    """The stored value of a raw prompt answer; ``ValueError`` with a Chinese reason when invalid."""
    kind = q.type
    if kind in ("pick", "choice"):
        return _check_options(q, raw)
    if kind == "yesno":
        if isinstance(raw, bool):
            return raw
        if raw in (YES, NO):
            return raw == YES
        raise ValueError("请选择“是”或“否”")
    text = "" if raw is None else str(raw)
    if kind == "text":
        text = values.parse_text(text)
        if not text and not q.optional:
            raise ValueError("不能为空")
        return text
    if kind == "list":
        items = [item.strip() for item in _SPLIT_LIST.split(text.strip()) if item.strip()]
        if not items and not q.optional:
            raise ValueError("不能为空，至少写一条")
        return items
    parsers = {
        "count": values.parse_count,
        "year": values.parse_year,
        "amount": lambda t: str(values.parse_amount(t)),
        "date": lambda t: values.parse_date(t).isoformat(),
        "numbers": lambda t: parse_numbers(t, q.fields),
        "entries": parse_entry,
    }
    return parsers[kind](text)


def _check_options(q: Question, raw: Any) -> Any:
    allowed = [value for value, _ in q.options()]
    picked = list(raw) if q.type == "pick" else [raw]
    unknown = [p for p in picked if p not in allowed]
    if unknown:
        raise ValueError(f"无效的选项：{'、'.join(map(str, unknown))}")
    return picked if q.type == "pick" else raw


def format_default(q: Question, value: Any) -> Any:
    """A stored value as the prompt shows it (the text pre-filled, the option pre-selected)."""
    if value is None:
        return [] if q.type == "pick" else ""
    if q.type == "date":
        return values.chinese_date(values.parse_date(value))
    if q.type == "list":
        return "；".join(value)
    if q.type == "numbers":
        return " ".join(str(v) for v in value)
    if q.type == "yesno":
        return YES if value else NO
    if q.type in ("pick", "choice"):
        return value
    return str(value)


def validator(q: Question) -> Any:
    """``text → None | Chinese reason``, the exact check ``parse_answer`` makes."""

    def check(text: str) -> str | None:
        try:
            parse_answer(q, text)
        except ValueError as exc:
            return str(exc)
        return None

    return check
