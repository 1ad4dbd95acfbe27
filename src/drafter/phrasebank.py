"""Phrase banks: loading (with line numbers), layering by ``extends``, and the Jinja2 sandbox.

A bank is YAML::

    bank: national
    extends: []            # or a bank name / path
    slots:
      overview.requests:
        - when: not applications.has_applications
          text: "{{ year }}年，{{ self_ref }}未收到政府信息公开申请。"
        - text: "……"

Every slot's last variant has no ``when``. Conditions and texts run in ``SandboxedEnvironment``
with ``StrictUndefined``; nothing in a bank can reach Python internals.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jinja2 import StrictUndefined, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from drafter import filters
from drafter.errors import BankError
from drafter.factsfile import yaml_problem
from drafter.fileio import read_text

BUILTIN_DIR_ENV = "DRAFTER_PHRASEBANKS"


def builtin_dir() -> Path:
    """The shipped banks: inside the installed package, or ``phrasebanks/`` of a source checkout."""
    override = os.environ.get(BUILTIN_DIR_ENV)
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    packaged = here / "phrasebanks"
    return packaged if packaged.is_dir() else here.parent.parent / "phrasebanks"


@dataclass(frozen=True)
class Variant:
    when: str | None
    text: str
    line: int  # line of the variant in its bank file
    index: int  # 1-based position within the slot


@dataclass(frozen=True)
class Bank:
    name: str
    path: Path
    extends: tuple[str, ...]
    slots: dict[str, tuple[Variant, ...]]
    description: str = ""


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that records the line of every mapping as ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping: dict[Any, Any] = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def make_environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False,
                               trim_blocks=True, lstrip_blocks=True)
    env.filters.update(filters.FILTERS)
    return env


def resolve(ref: str, relative_to: Path | None = None) -> Path:
    """A bank reference is a path ("banks/xx.yaml") or the name of a shipped bank ("national")."""
    candidate = Path(ref)
    if relative_to is not None and not candidate.is_absolute() and (relative_to / candidate).is_file():
        return relative_to / candidate
    if candidate.suffix in (".yaml", ".yml") or os.sep in ref or "/" in ref:
        return candidate
    return builtin_dir() / f"{ref}.yaml"


def load_bank(path: Path) -> Bank:
    if not path.exists():
        raise BankError(f"找不到短语库“{path}”。请检查名称或路径；内置短语库有：{'、'.join(builtin_names())}。")
    text = read_text(path, what="短语库")
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        raise BankError(f"短语库“{path}”有 YAML 格式错误，{yaml_problem(exc)}。请检查缩进和引号。") from None
    if not isinstance(data, dict) or not isinstance(data.get("slots"), dict):
        raise BankError(f"短语库“{path}”缺少“slots:”部分。请参照内置的 national.yaml 的格式。")
    extends = data.get("extends") or []
    if isinstance(extends, str):
        extends = [extends]
    slots = {name: _variants(path, name, raw) for name, raw in data["slots"].items() if name != "__line__"}
    return Bank(str(data.get("bank") or path.stem), path, tuple(extends), slots, str(data.get("description", "")))


def _variants(path: Path, slot: str, raw: object) -> tuple[Variant, ...]:
    items = raw if isinstance(raw, list) else [raw]
    out = []
    for i, item in enumerate(items, 1):
        if isinstance(item, str):
            item = {"text": item}
        if not isinstance(item, dict) or "text" not in item:
            raise BankError(f"短语库“{path}”槽位“{slot}”第 {i} 个写法缺少“text:”。每个写法应写成 - when: 条件 / text: 文字。")
        when = item.get("when")
        out.append(Variant(None if when in (None, "") else str(when), str(item["text"] or ""),
                           int(item.get("__line__", 0)), i))
    if not out:
        raise BankError(f"短语库“{path}”槽位“{slot}”没有任何写法。请至少写一个不带 when 的写法。")
    return tuple(out)


def builtin_names() -> list[str]:
    return sorted(p.stem for p in builtin_dir().glob("*.yaml"))


def load_chain(refs: list[str], base: Path | None = None) -> list[Bank]:
    """Load banks and their ancestors, parents first, each once. Detects ``extends`` cycles."""
    chain: list[Bank] = []
    done: set[Path] = set()

    def visit(ref: str, relative_to: Path | None, trail: tuple[Path, ...]) -> None:
        path = resolve(ref, relative_to).resolve()
        if path in trail:
            names = " → ".join(p.name for p in (*trail, path))
            raise BankError(f"短语库的 extends 形成了循环：{names}。请去掉其中一个 extends。")
        if path in done:
            return
        if not path.exists():
            parent = f"（由“{trail[-1]}”的 extends 引用）" if trail else ""
            raise BankError(f"找不到短语库“{ref}”{parent}。内置短语库有：{'、'.join(builtin_names())}。")
        bank = load_bank(path)
        for parent_ref in bank.extends:
            visit(parent_ref, path.parent, (*trail, path))
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


def syntax_error(bank: Bank, slot: str, variant: Variant, exc: TemplateSyntaxError) -> BankError:
    line = variant.line + max((exc.lineno or 1) - 1, 0)
    return BankError(f"短语库“{bank.path}”槽位“{slot}”（约第 {line} 行）的模板有语法错误：{exc.message}。"
                     "请检查 {{ }} 和 {% %} 是否成对。")
