"""Which shipped phrase bank serves a region: a bank declares the place names it serves (``serves: [晋宁区]``),
so an agency (or a published report) naming one of them gets that bank, never the national one silently."""

from __future__ import annotations

import functools


@functools.cache
def shipped_banks() -> list[tuple[str, str, tuple[str, ...]]]:
    """(name, Chinese description, the place names it serves) of each shipped phrase bank, national first."""
    import yaml

    from drafter.wording.phrasebank import builtin_dir

    found = []
    for path in sorted(builtin_dir().glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            note, serves = str(data.get("description", "")), data.get("serves") or []
        except (OSError, yaml.YAMLError, AttributeError):
            note, serves = "", []
        found.append((path.stem, note or path.stem, tuple(str(s) for s in serves if s)))
    found.sort(key=lambda item: item[0] != "national")
    return found or [("national", "全国通用标准表述", ())]


def bank_for_place(name: str) -> tuple[str, str, str] | None:
    """(bank, the place name found, its description) of the bank declaring a place named in ``name``."""
    return next(((bank, place, note) for bank, note, serves in shipped_banks() for place in serves if place in name), None)
