"""Phrase banks: loading (with line numbers) and layering by ``extends``; compiling them is ``wording.templates``.

A bank is YAML::

    bank: national
    extends: []            # or a bank name / path
    slots:
      overview.requests:
        - when: not applications.has_applications
          text: "{{ year }}年，{{ self_ref }}未收到政府信息公开申请。"
        - text: "……"

Every slot's last variant has no ``when``. Conditions and texts run in ``SandboxedEnvironment``
with ``StrictUndefined`` (``wording.templates``); nothing in a bank can reach Python internals.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from drafter.errors import BankError
from drafter.facts import yamlload
from drafter.facts.files import MAX_TEXT_BYTES, read_text
from drafter.facts.load import yaml_problem
from drafter.facts.yamlload import BoundedLoader
from drafter.wording.menus import parse_practices

BUILTIN_DIR_ENV = "DRAFTER_PHRASEBANKS"


def builtin_dir() -> Path:
    """The shipped banks: inside the installed package, or ``phrasebanks/`` of a source checkout."""
    override = os.environ.get(BUILTIN_DIR_ENV)
    if override:
        return Path(override)
    package = Path(__file__).resolve().parent.parent  # src/drafter, or drafter/ when installed
    packaged = package / "phrasebanks"
    return packaged if packaged.is_dir() else package.parent.parent / "phrasebanks"


@dataclass(frozen=True)
class Variant:
    when: str | None
    text: str
    line: int  # line of the variant in its bank file
    index: int  # 1-based position within the slot
    when_line: int = 0  # line where the condition is written
    text_line: int = 0  # line where the text starts
    alternatives: tuple[str, ...] = ()  # further wordings of the same meaning (``text:`` given as a list)

    @property
    def texts(self) -> tuple[str, ...]:
        return (self.text, *self.alternatives)

    def line_of(self, part: str) -> int:
        """The line of the condition ("when") or the text, falling back to the variant's line."""
        return (self.when_line if part == "when" else self.text_line) or self.line


@dataclass(frozen=True)
class Bank:
    name: str
    path: Path
    extends: tuple[str, ...]
    slots: dict[str, tuple[Variant, ...]]
    description: str = ""
    extends_line: int = 0
    slot_lines: dict[str, int] = field(default_factory=dict)
    practices: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # raw menus (wording.menus)


class _LineLoader(BoundedLoader):
    """SafeLoader that records the line of every mapping as ``__line__`` and of each value as ``__lines__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping: dict[Any, Any] = loader.construct_mapping(node, deep=True)
    lines = {}
    for key_node, value_node in node.value:
        line = value_node.start_mark.line + 1
        if isinstance(value_node, yaml.ScalarNode) and value_node.style in ("|", ">"):
            line += 1  # a block scalar's text starts below its indicator
        elif isinstance(value_node, yaml.SequenceNode | yaml.MappingNode) and value_node.flow_style is False:
            line = key_node.start_mark.line + 1
        lines[str(key_node.value)] = line
    mapping["__line__"] = node.start_mark.line + 1
    mapping["__lines__"] = lines
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def resolve(ref: str, relative_to: Path | None = None) -> Path:
    """A bank reference is a path ("banks/xx.yaml") or the name of a shipped bank ("national")."""
    candidate = Path(ref)
    if relative_to is not None and not candidate.is_absolute() and (relative_to / candidate).is_file():
        return relative_to / candidate
    if candidate.suffix in (".yaml", ".yml") or os.sep in ref or "/" in ref:
        return candidate
    return builtin_dir() / f"{ref}.yaml"


_LOADED: dict[tuple[Path, int, int], Bank] = {}


def load_bank(path: Path) -> Bank:
    """Load a bank; a file unchanged since it was last loaded (same mtime and size) is not parsed again."""
    if not path.exists():
        raise BankError(f"找不到短语库“{path}”。请检查名称或路径；内置短语库有：{'、'.join(builtin_names())}。")
    stat = path.stat()
    key = (path, stat.st_mtime_ns, stat.st_size)  # load_chain passes resolved paths
    if key not in _LOADED:
        _LOADED[key] = _parse_bank(path)
    return _LOADED[key]


def _parse_bank(path: Path) -> Bank:
    text = read_text(path, what="短语库", limit=MAX_TEXT_BYTES)
    try:
        data = yamlload.load(text, _LineLoader, libyaml=path.parent.resolve() == builtin_dir().resolve())
    except yaml.MarkedYAMLError as exc:
        raise BankError(f"短语库“{path}”有 YAML 格式错误，{yaml_problem(exc)}。请检查缩进和引号。") from None
    except yaml.YAMLError as exc:
        raise BankError(f"短语库“{path}”不是有效的 YAML：{exc}。") from None
    if not isinstance(data, dict) or not isinstance(data.get("slots"), dict):
        raise BankError(f"短语库“{path}”缺少“slots:”部分。请参照内置的 national.yaml 的格式。")
    extends = data.get("extends") or []
    if isinstance(extends, str):
        extends = [extends]
    if not isinstance(extends, list) or not all(isinstance(e, str) for e in extends):
        raise BankError(f"短语库“{path}”第 {_line(data, 'extends')} 行：extends 应为短语库名称或路径，例如 extends: national。")
    raw_slots = {name: raw for name, raw in data["slots"].items() if name not in ("__line__", "__lines__")}
    slots = {str(name): _variants(path, str(name), raw) for name, raw in raw_slots.items()}
    return Bank(str(data.get("bank") or path.stem), path, tuple(extends), slots, str(data.get("description", "")),
                _line(data, "extends"), {str(name): _line(data["slots"], str(name)) for name in raw_slots},
                parse_practices(path, data.get("practices")))


def _line(mapping: dict[Any, Any], key: str) -> int:
    return int(mapping.get("__lines__", {}).get(key, mapping.get("__line__", 0)))


def _variants(path: Path, slot: str, raw: object) -> tuple[Variant, ...]:
    items = raw if isinstance(raw, list) else [raw]
    out = []
    for i, item in enumerate(items, 1):
        if isinstance(item, str):
            item = {"text": item}
        if not isinstance(item, dict) or "text" not in item:
            line = f"（第 {item['__line__']} 行）" if isinstance(item, dict) and "__line__" in item else ""
            raise BankError(f"短语库“{path}”槽位“{slot}”第 {i} 个写法{line}缺少“text:”。"
                            "每个写法应写成 - when: 条件 / text: 文字。")
        when = item.get("when")
        texts = item["text"] if isinstance(item["text"], list) and item["text"] else [item["text"]]
        for key, value in (("text", texts), ("when", [when])):
            if any(isinstance(v, list | dict) for v in value):
                raise BankError(f"短语库“{path}”槽位“{slot}”第 {i} 个写法（第 {_line(item, key)} 行）：{key} 应为文字"
                                "（text 也可以是几段同义文字的列表），不能是“键: 值”。")
        texts = [str(t or "") for t in texts]
        out.append(Variant(None if when in (None, "") else str(when), texts[0],
                           int(item.get("__line__", 0)), i, _line(item, "when"), _line(item, "text"), tuple(texts[1:])))
    if not out:
        raise BankError(f"短语库“{path}”槽位“{slot}”没有任何写法。请至少写一个不带 when 的写法。")
    return tuple(out)


def builtin_names() -> list[str]:
    return sorted(p.stem for p in builtin_dir().glob("*.yaml"))


MAX_EXTENDS = 16  # a county bank extends a city's, which extends national: three is usual


def load_chain(refs: list[str], base: Path | None = None) -> list[Bank]:
    """Load banks and their ancestors, parents first, each once. Detects ``extends`` cycles.

    Later banks override earlier ones slot by slot; a bank named again at the top level (``--bank national``
    for facts that use ``jinning``) moves to the end, so it overrides what came before it.
    """
    chain: list[Bank] = []
    done: set[Path] = set()

    def visit(ref: str, relative_to: Path | None, trail: tuple[Bank, ...]) -> None:
        path = resolve(ref, relative_to).resolve()
        child = f"短语库“{trail[-1].path}”第 {trail[-1].extends_line} 行的 extends " if trail else ""
        if len(trail) >= MAX_EXTENDS:  # checked before descending: a 1,200-deep chain never nears Python's limit
            raise BankError(f"{child}使短语库的继承超过 {MAX_EXTENDS} 层（{trail[0].path.name} → {trail[1].path.name} → …）。"
                            "请把中间的短语库合并，减少 extends 的层数。")
        if any(b.path.resolve() == path for b in trail):
            names = " → ".join([b.path.name for b in trail] + [path.name])
            raise BankError(f"{child}形成了循环：{names}。请去掉其中一个 extends。")
        if path in done:
            if not trail:  # named again on the command line: it now overrides everything before it
                bank = next(b for b in chain if b.path.resolve() == path)
                chain.remove(bank)
                chain.append(bank)
            return
        if not path.exists():
            where = f"{child}引用了" if trail else ""
            raise BankError(f"{where}找不到短语库“{ref}”。请检查名称或路径；内置短语库有：{'、'.join(builtin_names())}。")
        bank = load_bank(path)
        for parent_ref in bank.extends:
            visit(parent_ref, path.parent, (*trail, bank))
        done.add(path)
        chain.append(bank)

    for ref in refs or ["national"]:
        visit(ref, base, ())
    return chain


def merged_slots(chain: list[Bank]) -> dict[str, tuple[Bank, tuple[Variant, ...]]]:
    """Later banks override whole slots of earlier ones."""
    slots: dict[str, tuple[Bank, tuple[Variant, ...]]] = {}
    for bank in chain:
        for name, variants in bank.slots.items():
            slots[name] = (bank, variants)
    return slots
