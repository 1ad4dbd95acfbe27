"""Loading YAML written by someone else (facts files, phrase banks, interview progress) with bounds.

``BoundedLoader`` is PyYAML's SafeLoader with three guards: nesting deeper than ``MAX_DEPTH`` and
documents that expand (through anchors ``&`` and aliases ``*``, the "billion laughs") to more than
``MAX_NODES`` nodes are refused with a ``MarkedYAMLError`` naming the line; integers too long to
convert and impossible dates (``2024-02-30``) stay text, so the field's own validation names them.
YAML 1.1's other number forms (``0o17``, ``017`` octal, ``0x1f``, ``0b11``, ``1_000``, sexagesimal
``1:30`` = 90, ``1e3``, ``.inf``) also stay text: a clerk who typed them did not mean 15, 90 or 31, and
the field's validation refuses them by name instead of reading a number nobody wrote.

``load(..., libyaml=True)`` takes the parse events from libyaml's C parser where PyYAML has it: the same
loader composes and constructs them (guards and constructors included), about ten times faster. The
bundled phrase banks load so (a test shows they read the same both ways); on any error the text is
parsed again by PyYAML alone, so every message and line is the same as without it.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import SafeConstructor

MAX_DEPTH = 64
MAX_NODES = 200_000


class BoundedLoader(yaml.SafeLoader):
    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self._depth = 0
        self._sizes: dict[int, int] = {}

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self._depth >= MAX_DEPTH:  # checked before descending: deep nesting never reaches Python's limit
            raise ComposerError(None, None, f"嵌套超过 {MAX_DEPTH} 层", self.peek_event().start_mark)
        self._depth += 1
        try:
            node: Any = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        size = 1
        if isinstance(node, yaml.SequenceNode):
            size += sum(self._sizes.get(id(child), 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            size += sum(self._sizes.get(id(k), 1) + self._sizes.get(id(v), 1) for k, v in node.value)
        self._sizes[id(node)] = size
        if size > MAX_NODES:
            raise ComposerError(None, None, "内容经锚点（&）和别名（*）展开后过大", node.start_mark)
        return node


_DECIMAL = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_DECIMAL_FRACTION = re.compile(r"[-+]?[0-9]+\.[0-9]*")


def _int_or_text(loader: BoundedLoader, node: yaml.ScalarNode) -> object:
    if not _DECIMAL.fullmatch(node.value):
        return loader.construct_scalar(node)
    try:
        return SafeConstructor.construct_yaml_int(loader, node)
    except ValueError:  # more digits than Python converts: the count validation says "过大"
        return loader.construct_scalar(node)


def _float_or_text(loader: BoundedLoader, node: yaml.ScalarNode) -> object:
    if not _DECIMAL_FRACTION.fullmatch(node.value):
        return loader.construct_scalar(node)
    return SafeConstructor.construct_yaml_float(loader, node)


def _timestamp_or_text(loader: BoundedLoader, node: yaml.ScalarNode) -> object:
    try:
        return SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:  # 2024-02-30: the date validation says "不存在"
        return loader.construct_scalar(node)


BoundedLoader.add_constructor("tag:yaml.org,2002:int", _int_or_text)
BoundedLoader.add_constructor("tag:yaml.org,2002:float", _float_or_text)
BoundedLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


_CParser: Any
try:
    from yaml import _yaml

    _CParser = _yaml.CParser  # libyaml's scanner and parser
except ImportError:  # PyYAML built without libyaml
    _CParser = None
_FAST: dict[type[BoundedLoader], type[BoundedLoader]] = {}


def _with_libyaml(loader: type[BoundedLoader]) -> type[BoundedLoader]:
    """``loader`` reading its events from libyaml's parser instead of PyYAML's own scanner and parser."""
    if loader not in _FAST:
        _FAST[loader] = _fast(loader)
    return _FAST[loader]


def _fast(loader: type[BoundedLoader]) -> type[BoundedLoader]:
    class Fast(loader):  # type: ignore[valid-type,misc]
        def __init__(self, stream: Any) -> None:
            super().__init__(stream)
            self._events = _CParser(stream)

        def check_event(self, *choices: Any) -> bool:
            return bool(self._events.check_event(*choices))

        def peek_event(self) -> Any:
            return self._events.peek_event()

        def get_event(self) -> Any:
            return self._events.get_event()

    return Fast


def load(text: str, loader: type[BoundedLoader] = BoundedLoader, *, libyaml: bool = False) -> Any:
    """Parse one YAML document; raises ``yaml.YAMLError`` (usually a ``MarkedYAMLError``). ``libyaml``: events
    from libyaml where available, PyYAML's own parse again on any error (its message and mark)."""
    if libyaml and _CParser is not None:
        try:
            return yaml.load(text, Loader=_with_libyaml(loader))  # noqa: S506 - a SafeLoader subclass
        except yaml.YAMLError:
            pass
    return yaml.load(text, Loader=loader)  # noqa: S506 - a SafeLoader subclass
