"""The bundled example: 昆明市晋宁区二街镇 2023 (a real published report, as a facts file)."""

from __future__ import annotations

from importlib import resources

EXAMPLE = "erjie-2023.yaml"


def example_text() -> str:
    return resources.files(__name__).joinpath(EXAMPLE).read_text(encoding="utf-8")
