"""The interview's progress, saved atomically after every answer to ``FACTS.yaml.partial``.

A killed terminal loses at most the question on screen; ``--resume`` reloads everything kept here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from drafter.errors import UsageError
from drafter.facts import yamlload
from drafter.facts.atomic import atomic_write_text
from drafter.facts.files import MAX_TEXT_BYTES, read_text

PARTIAL_SUFFIX = ".partial"
FORMAT = 1


@dataclass
class State:
    """``answers`` asked or kept; ``auto`` filled without asking (mode, --from year, 上年结转);
    ``defaults`` earlier answers of a section being answered again; ``baseline`` last year's answers;
    ``pending`` repeated entries typed so far for the question on screen; ``history`` the questions answered,
    in order, each with the answers it filled in besides (so Esc goes back also after ``--resume``)."""

    answers: dict[str, Any] = field(default_factory=dict)
    auto: dict[str, Any] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)
    baseline: dict[str, Any] = field(default_factory=dict)
    pending: dict[str, list[Any]] = field(default_factory=dict)
    history: list[list[Any]] = field(default_factory=list)  # [question key, [other keys it filled]]
    from_path: str = ""
    format: int = FORMAT

    def merged(self) -> dict[str, Any]:
        return {**self.auto, **self.answers}

    def default_for(self, key: str) -> Any:
        for source in (self.defaults, self.baseline):
            if source.get(key) is not None:
                return source[key]
        return None


def partial_path(facts_path: Path) -> Path:
    return facts_path.with_name(facts_path.name + PARTIAL_SUFFIX)


def save_state(state: State, path: Path) -> None:
    header = "# drafter interview 未完成的问答（每答一题自动保存）。继续：drafter interview --resume\n"
    body = yaml.safe_dump(asdict(state), allow_unicode=True, sort_keys=False, width=1000)
    atomic_write_text(path, header + body)


def load_state(path: Path) -> State:
    if not path.exists():
        raise UsageError(f"没有找到未完成的问答记录“{path}”，无法继续。请去掉 --resume 重新开始，"
                         "或用 -o 指定上次使用的事实文件名。")
    try:
        data = yamlload.load(read_text(path, what="问答记录", limit=MAX_TEXT_BYTES))
    except yaml.YAMLError:
        data = None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UsageError(f"问答记录“{path}”已损坏或版本不符，无法继续。请删除该文件后重新开始。")
    kept = {k: v for k, v in data.items() if k in State.__dataclass_fields__}
    if not all(isinstance(v, dict) for k, v in kept.items() if k not in ("from_path", "format", "history")):
        raise UsageError(f"问答记录“{path}”已损坏，无法继续。请删除该文件后重新开始。")
    state = State(**kept)
    wrong = _wrong_types(state)
    if wrong:
        raise UsageError(f"问答记录“{path}”已损坏（{wrong} 的内容类型不对，可能被手工改过），无法继续。"
                         "请改正该项或删除该文件后重新开始。")
    return state


# What each question type stores (interview.values.parse_answer): a hand-edited file must match it.
STORED: dict[str, type | tuple[type, ...]] = {
    "count": int, "year": int, "amount": str, "date": str, "text": str, "choice": str, "yesno": bool,
    "numbers": list, "list": list, "pick": list, "entries": list,
}


def _fits(question: Any, value: object) -> bool:
    """A stored value has the type its question stores, and a list the shape (a table row: one number
    per column; a pick or list: texts; channels: name and count)."""
    if not isinstance(value, STORED.get(question.type, object)):
        return False
    if question.type == "numbers":
        return (isinstance(value, list) and len(value) == len(question.fields)
                and all(type(n) is int and 0 <= n <= 10**7 for n in value))
    if question.type in ("list", "pick"):
        return isinstance(value, list) and all(isinstance(item, str | int) for item in value)
    if question.type == "entries":
        return isinstance(value, list) and all(
            isinstance(item, dict) and isinstance(item.get("name"), str) and type(item.get("count")) is int
            for item in value)
    return True


def _wrong_types(state: State) -> str:
    """The first stored answer whose type is not what its question stores ("" when all are right)."""
    from drafter.interview.questions import BY_KEY

    if not isinstance(state.from_path, str):
        return "from_path"
    if not isinstance(state.history, list) or not all(
            isinstance(h, list) and len(h) == 2 and isinstance(h[0], str) and isinstance(h[1], list)
            and all(isinstance(k, str) for k in h[1]) for h in state.history):
        return "history"
    for source in (state.answers, state.auto, state.defaults, state.baseline):
        for key, value in source.items():
            question = BY_KEY.get(key)
            if question is not None and value is not None and not _fits(question, value):
                return str(key)
    return next((str(k) for k, v in state.pending.items() if not isinstance(v, list)), "")
