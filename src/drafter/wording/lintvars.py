"""What ``banks lint`` reports (``Problem``) and how it finds variables a template uses that the context
lacks (``unknown_variables``): shared by the slot checks (``banklint``) and the menu checks (``menulint``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jinja2 import meta, nodes
from jinja2.sandbox import SandboxedEnvironment


@dataclass(frozen=True)
class Problem:
    bank: str  # the bank file (or the reference that could not be loaded)
    slot: str
    line: int
    message: str
    located: bool = False  # the message already names file, slot and line

    def sentence(self) -> str:
        """The whole problem as one Chinese sentence naming file, slot and line."""
        if self.located:
            return self.message
        slot = f"槽位“{self.slot}”" if self.slot else ""
        line = f"（第 {self.line} 行）" if self.line else ""
        return f"短语库“{self.bank}”{slot}{line}：{self.message}"


def unknown_variables(ast: nodes.Template, ctx: dict[str, Any], env: SandboxedEnvironment) -> list[str]:
    """Free names missing from the context, and attribute chains (``applications.nosuch``) that do not resolve."""
    free = meta.find_undeclared_variables(ast)
    bad = sorted(name for name in free if name not in ctx and name not in env.globals)
    samples = _loop_samples(ast, ctx)
    for node in ast.find_all((nodes.Getattr, nodes.Getitem)):
        chain = _chain(node)
        if chain and chain[0] in free and chain[0] in ctx:
            _resolve(chain, ctx, bad)
        elif chain and chain[0] in samples and len(samples[chain[0]]) == 1:
            _resolve(chain, {chain[0]: samples[chain[0]][0]}, bad)
    return bad


def _loop_samples(ast: nodes.Template, ctx: dict[str, Any]) -> dict[str, list[Any]]:
    """Loop variable → the first items of the context lists it iterates over ({% for d in table2.doc_rows %})."""
    samples: dict[str, list[Any]] = {}
    for loop in ast.find_all(nodes.For):
        if not isinstance(loop.target, nodes.Name):
            continue
        value: Any = ctx
        for key in _chain(loop.iter) or [""]:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, list) and value and isinstance(value[0], dict):
            samples.setdefault(loop.target.name, []).append(value[0])
        else:
            samples.setdefault(loop.target.name, []).extend([None, None])  # unknown: not checked
    return samples


def _resolve(chain: list[str], ctx: dict[str, Any], bad: list[str]) -> None:
    """Walk ``chain`` through nested dicts; record the first prefix that does not exist."""
    value: Any = ctx
    for i, key in enumerate(chain):
        if not isinstance(value, dict):
            break  # an attribute of a list or string (a method); not checked
        if key not in value:
            name = ".".join(chain[: i + 1])
            if name not in bad:
                bad.append(name)
            break
        value = value[key]


def _chain(node: nodes.Node) -> list[str]:
    """``a.b["c"]`` → ["a", "b", "c"]; [] when the chain does not start at a plain name."""
    parts: list[str] = []
    while True:
        if isinstance(node, nodes.Getattr):
            parts.append(node.attr)
            node = node.node
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
            parts.append(node.arg.value)
            node = node.node
        elif isinstance(node, nodes.Name):
            return [node.name, *reversed(parts)]
        else:
            return []
