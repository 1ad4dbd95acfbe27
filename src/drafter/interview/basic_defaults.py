"""What the basic questions default to: the year reported on, the signing date, the agency's short name
and kind derived from its name, the phrase bank for its place, and whether it can make 规章."""

from __future__ import annotations

import datetime as dt

from drafter.facts.model import COUNTY_GOVERNMENT, county_short_name
from drafter.interview.question import MODE, Answers
from drafter.wording.regions import bank_for_place, shipped_banks


def derive_short_name(name: str) -> str:
    """昆明市晋宁区二街镇人民政府 → 二街镇, 昆明市晋宁区人民政府 → 晋宁区; "" when the name has no recognisable
    镇/乡/街道 or county-level government."""
    if county_short_name(name):
        return county_short_name(name)
    core = name.removesuffix("人民政府").removesuffix("办事处")
    for kind in ("街道", "镇", "乡"):
        if core.endswith(kind):
            cut = max(core.rfind(mark, 0, len(core) - len(kind)) for mark in "省市区县旗州盟")
            short = core[cut + 1:]
            return short if len(short) > len(kind) else ""
    return ""


def derive_kind(short_name: str, name: str = "") -> str:
    """镇/乡/街道 by the short name; 县级政府 when the full ``name`` is a county's or district's 人民政府."""
    township = next((k for k in ("街道", "镇", "乡") if short_name.endswith(k)), "")
    return township or (COUNTY_GOVERNMENT if county_short_name(name) else "")


def kind_of(a: Answers) -> str:
    """The agency kind answered, else derived from the names ("" when neither tells)."""
    return str(a.get("agency.kind") or derive_kind(short_name(a), str(a.get("agency.name", ""))))


def short_name(a: Answers) -> str:
    return str(a.get("agency.short_name") or derive_short_name(str(a.get("agency.name", ""))))


def default_year(_: Answers, today: dt.date | None = None) -> int:
    """The year being reported on: last year in January–June (reports are due by 31 January and
    reworked into spring), this year from July on."""
    today = today or dt.date.today()
    return today.year - 1 if today.month <= 6 else today.year


def default_signing(a: Answers) -> str | None:
    if a.get(MODE) == "fill":  # the date a published report was signed is read from it, never guessed
        return None
    year = int(a.get("year") or default_year(a)) + 1
    today = dt.date.today()
    day = today if today.year == year and today.month == 1 else dt.date(year, 1, 20)
    return day.isoformat()


def bank_choices(_: Answers) -> tuple[tuple[str, str], ...]:
    return tuple((name, note) for name, note, _ in shipped_banks())


def default_bank(a: Answers) -> str:
    """The bank that declares a place name found in the agency's name (``serves: [晋宁区]``), else national."""
    found = bank_for_place(str(a.get("agency.name", "")))
    return found[0] if found else "national"


def no_regulations(a: Answers) -> bool:
    """乡镇、街道 and county-level governments and departments cannot make 规章 (the rule E1 checks)."""
    from drafter.checks.agency import level_of

    kind = kind_of(a)
    return level_of(kind, str(a.get("agency.name", ""))) in ("township", "county")

