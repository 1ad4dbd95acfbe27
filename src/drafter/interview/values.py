"""Typed answers: one parser per question type, used both to validate at the prompt and to store.

The parsers are drafter.facts.values' own, so what the prompt accepts is exactly what the facts file accepts.
Stored values are plain YAML: int, str (amounts and ISO dates as text), bool, lists and dicts.
"""

from __future__ import annotations

import re
from typing import Any

from drafter.facts import values
from drafter.interview.prompt import validate_by
from drafter.interview.question import Question

_SPLIT_NUMBERS = re.compile(r"[\s、;；，]+")  # before NFKC: the full-width comma separates, "," may group
_SPLIT_LIST = re.compile(r"\s*[;；]\s*")
UNITS = "条篇件期次个项则份批"
VERBS = "公开|发布|推送|更新|上传|张贴|公示|刊登|刊发|报送|转载|编发|印发"
_ENTRY = re.compile(rf"^(?P<name>.+?)\s+(?:(?P<verb>\S+)\s+)?(?P<count>[+-]?[\d,]+(?:\.\d+)?)\s*(?P<unit>[{UNITS}]?)$")
_ENTRY_JOINED = re.compile(rf"^(?P<name>.+?)\s*(?P<verb>{VERBS})?\s*(?P<count>[+-]?[\d,]+(?:\.\d+)?)\s*(?P<unit>[{UNITS}]?)$")
_NUMBER_LIKE = re.compile(r"[+-]?[\d,]*\.?\d+")
YES, NO = "是", "否"
# Answers that are one line in the report (a name, a notice's title, the platforms): a pasted line break is stray
ONE_LINE = ("agency.name", "agency.short_name", "basis_notice", "overview.proactive.platforms")
NAME_KEYS = ("agency.name", "agency.short_name")
_SPACE_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff（）])[\s\u3000]+(?=[\u4e00-\u9fff（）])")
NONE_WORDS = ("无", "没有", "暂无", "未", "否")  # what a clerk types for "none" where a number is asked
ENTRY_EXAMPLE = "例如“区政府门户网站公开200条”或“晋宁区人民政府门户网 公开 118篇”"


def split_numbers(text: str, expected: int) -> list[str]:
    """The items of a row: spaces, 、, ；, full-width ， separate; "1,0,0" alone is split on its commas."""
    parts = [p for p in _SPLIT_NUMBERS.split(text.strip()) if p]
    if len(parts) == 1 and expected > 1 and "," in values.nfkc(parts[0]):
        parts = [p for p in values.nfkc(parts[0]).split(",") if p]
    return parts


def parse_numbers(text: str, fields: tuple[str, ...]) -> list[int]:
    """"1 0 0 0 0 0" → [1, 0, 0, 0, 0, 0]; the reason names the item that is wrong."""
    parts = split_numbers(text, len(fields))
    wrong = next((p for p in parts if not _NUMBER_LIKE.fullmatch(values.nfkc(p))), None)
    if wrong is not None and len(parts) != len(fields):
        raise ValueError(f"“{wrong}”不是数字。应输入 {len(fields)} 个数（{'、'.join(fields)}），用空格隔开")
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
    """"晋宁区人民政府门户网 公开 118篇" or "区政府门户网站公开200条" → {name, verb, count, unit}."""
    plain = values.nfkc(text)
    found = _ENTRY.match(plain)
    joined = found is None
    if joined:
        found = _ENTRY_JOINED.match(plain)
    if not found:
        raise ValueError(f"请写渠道名称和数量，{ENTRY_EXAMPLE}；单位可用：{'、'.join(UNITS)}")
    count = values.parse_count(found["count"])
    # Written together ("区政府门户网站公开200条"), spaces inside the name are stray: kept, they would make the
    # name's last word read as a verb when the entry is offered again as "名称 数量".
    name = re.sub(r"\s+", "", found["name"]) if joined else found["name"].strip()
    return {"name": name, "verb": found["verb"] or "", "count": count, "unit": found["unit"] or "条"}


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
    if kind in ("text", "list"):
        return _parse_text(q, text) if kind == "text" else _parse_list(q, text)
    if kind in ("count", "amount"):
        return _parse_number(q, text)
    parsers = {
        "year": values.parse_year,
        "date": lambda t: values.parse_date(t).isoformat(),
        "numbers": lambda t: parse_numbers(t, q.fields),
        "entries": parse_entry,
    }
    return parsers[kind](text)


def _parse_text(q: Question, text: str) -> str:
    text = values.parse_line(text) if q.key in ONE_LINE else values.parse_text(text)
    if q.key in NAME_KEYS:  # "平潭综合实验区 金井片区管理局": no space inside a Chinese name
        text = _SPACE_IN_NAME.sub("", text)
    if not text and not q.optional:
        raise ValueError("不能为空")
    return text


def _parse_list(q: Question, text: str) -> list[str]:
    split = [item.strip() for item in _SPLIT_LIST.split(values.parse_text(text).strip()) if item.strip()]
    # an item of punctuation only (","): nothing to keep, as the prompt shows it again empty
    items = [kept for item in split if (kept := _clause(item) if q.key == CLAUSE_LIST else _sentence(item))]
    if not items and not q.optional:
        raise ValueError("不能为空，至少写一条")
    return items


def _parse_number(q: Question, text: str) -> int | str:
    """A count, or an amount (as text); "无" and several numbers ("2，1，10") refused saying what to type."""
    if text.strip() in NONE_WORDS:
        raise ValueError(f"“{text.strip()}”不是数字：没有的请填 0")
    try:
        return values.parse_count(text) if q.type == "count" else str(values.parse_amount(text))
    except ValueError:
        parts = split_numbers(re.sub(r"\s*[\u4e00-\u9fff]$", "", text.strip()), 2)  # "2,1,10件": its unit off
        if len(parts) > 1 and all(_NUMBER_LIKE.fullmatch(values.nfkc(p)) for p in parts):
            raise ValueError(_one_number(text.strip())) from None
        raise


def _one_number(typed: str) -> str:
    """The reason for several numbers typed where one is asked ("2，1，10", "2 1 10"): not "separate them by spaces"."""
    if "," in values.nfkc(typed):
        return (f"“{typed}”中的逗号位置不对：这里只填一个数，千位分隔符应每三位一个（例如 2,110），也可以不写逗号")
    return f"“{typed}”是几个数：这里只填一个数"


def _check_options(q: Question, raw: Any) -> Any:
    allowed = [value for value, _ in q.options()]
    picked = list(raw) if q.type == "pick" else [raw]
    unknown = [p for p in picked if p not in allowed]
    if unknown:
        raise ValueError(f"无效的选项：{'、'.join(map(str, unknown))}")
    if q.type == "pick" and not picked and not q.optional:
        raise ValueError("至少选一项（空格 选中）。如果其实都为 0，请按 Esc 返回上一题改选“否”")
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
    return validate_by(lambda text: parse_answer(q, text))


CLAUSE_LIST = "problems"  # the bank joins these with "；" and ends them with "。" itself
_END = "。！？”…）)"


def _sentence(item: str) -> str:
    """"加强公开栏管理" → "加强公开栏管理。": each item of a list becomes a sentence of the report."""
    item = item.rstrip("，,；;、 ")
    return item if item.endswith(tuple(_END)) else item + "。"


def _clause(item: str) -> str:
    return item.rstrip("。，,；;、 ")


def unit_of(q: Question) -> str:
    """The unit a number answer is counted in, read from how the question is put."""
    if q.type == "amount":
        return "万元"
    named = _UNIT_IN_PROMPT.search(q.prompt)  # "…总数（条）", "…次数（次）", "…人数（名）"
    return named.group(1) if named else "次" if "几次" in q.prompt else "件"


_UNIT_IN_PROMPT = re.compile(r"（(条|次|件|个|篇|名|人|起|项|期|场)）")


def short_label(q: Question) -> str:
    """"行政许可 本年处理决定数量" → "行政许可"; "全年主动公开政府信息总数（条）" → "全年主动公开政府信息总数";
    a question listing the numbers it asks by name, without them: "政务新媒体：账号（个）、发布信息（条）" → "政务新媒体"."""
    prompt = q.prompt.removesuffix("：" + "、".join(q.fields)) if q.fields else q.prompt
    label = re.sub(r"（[^（）]*）$", "", prompt.rstrip("？?")).removesuffix("几次")
    return label.split(" 本年")[0]


# a number's label that says no more than its unit ("次数（次）")
_COUNT_WORD = re.compile(r"(?<=：)(?:次数|人数|件数|个数|数量)$")


def _count_label(q: Question) -> str:
    """What a count's echo puts before the number: "行政许可：", "明确专人负责：工作人员 " (the practice, then what
    is counted), "主要领导听取政务公开工作汇报：" (its "次数" is the unit's word)."""
    label = _COUNT_WORD.sub("", short_label(q))
    return label if label.endswith("：") else f"{label} " if "：" in label else f"{label}："


def _cell(field: str, value: Any) -> str:
    """One number of a row, its unit after it: "账号（个）" 2 → "账号 2 个"; "自然人" 3 → "自然人 3"."""
    named = re.fullmatch(r"(.+)（([^（）]+)）", field)
    return f"{named.group(1)} {value} {named.group(2)}" if named else f"{field} {value}"


def echo(q: Question, value: Any) -> str:
    """A number, date or name answer as stored, to show right after it is accepted ("行政许可：2110 件"); "" for others.
    One colon, the unit after the number: "明确专人负责：工作人员 3 名", "主要领导听取政务公开工作汇报：2 次"."""
    if q.type in ("count", "amount"):
        return f"{_count_label(q)}{value} {unit_of(q)}"
    if q.type == "year":  # "２０２５" typed
        return f"{short_label(q)}：{value}年"
    if q.key in NAME_KEYS:  # pasted as "昆明市晋宁区 二街镇人民政府": printed without the space
        return f"{short_label(q)}：{value}"
    if q.type == "date":  # "2026.1.15", "２０２６年１月１５号": read as this date
        day = values.parse_date(value)
        return f"{short_label(q)}：{day.year}年{day.month}月{day.day}日"
    if q.type == "numbers":
        cells = [_cell(label, v) for label, v in zip(q.fields, value, strict=True) if v]
        rest = "，其余为 0" if cells and len(cells) < len(value) else ""
        return f"{short_label(q)}：{'，'.join(cells) + rest if cells else '全部为 0'}"
    return ""
