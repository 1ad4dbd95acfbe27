"""Which kind of agency a report is from, as the rules need it (FORMAT.md E1–E3, issue point 6).

The facts know 镇 / 乡 / 街道 / 县级政府 / 部门; the rules also need county-level governments (××县/区/旗人民政府 and
their offices) and departments of a county or district, none of which may make 规章: only 国务院部门 and
the governments of provinces and 设区的市 can (《立法法》). A city's or province's department, or a
"××市人民政府" (a 设区的市 or a county-level city), is not judged.
"""

from __future__ import annotations

import datetime as dt
import re

from drafter.facts.model import COUNTY_GOVERNMENT, Facts

TOWNSHIP_KINDS = ("镇", "乡", "街道")
_COUNTY_GOVERNMENT = re.compile(r"(县|区|旗)人民政府(办公室)?$")
# a government's own report: its name, or the place a title names alone ("邢台市2023年政府信息公开工作年度报告")
_GOVERNMENT = re.compile(r"(?:人民政府|[省市州盟县区旗])$")
_COUNTY_DEPARTMENT = re.compile(r"(县|区|旗)[^县区旗市省]{1,12}(局|委员会|办公室|中心|大队|所)$")


def level(facts: Facts) -> str:
    """"township", "county" (a county-level government, its office or a county/district department), else "other"."""
    return level_of(facts.agency.kind, facts.agency.name or facts.agency.title_name)


def level_of(kind: str, name: str) -> str:
    """``level`` from an agency's kind and name alone (the interview asks before there are facts)."""
    if kind in TOWNSHIP_KINDS:
        return "township"
    if kind == COUNTY_GOVERNMENT:
        return "county"
    if _COUNTY_GOVERNMENT.search(name) or _COUNTY_DEPARTMENT.search(name):
        return "county"
    return "other"


def may_make_regulations(facts: Facts) -> bool | None:
    """False for agencies that cannot make 规章, None when it cannot be told from the report."""
    return False if level(facts) in ("township", "county") else None


def level_word(facts: Facts) -> str:
    """The word of the agency's own level: its kind for a township, 县/区/旗 for a county-level government or a
    county's or district's department; "" when not known."""
    if facts.agency.kind in TOWNSHIP_KINDS:
        return facts.agency.kind
    name = facts.agency.name or facts.agency.title_name
    m = _COUNTY_GOVERNMENT.search(name) or _COUNTY_DEPARTMENT.search(name)
    if m is None and facts.agency.kind == COUNTY_GOVERNMENT:
        m = re.search(r"(县|区|旗)$", name)
    return m.group(1) if m else ""


def described(facts: Facts) -> str:
    """How the E1 message names the agency: "镇", "县级人民政府或其部门"…"""
    if facts.agency.kind == COUNTY_GOVERNMENT:
        return "县级人民政府"
    return facts.agency.kind if level(facts) == "township" else "县级人民政府及其部门"


def default_deadline(facts: Facts) -> dt.date:
    """When the report must be published (《条例》第四十九条): a government's own report (××县/市/省人民政府) by 3月31日,
    a department's by 1月31日, a township's by 1月31日 too (the county's notices set it so, FORMAT.md). An agency
    that could not be told (no name read) is given the later of the two."""
    name = facts.agency.name or facts.agency.title_name
    if level(facts) == "township":
        return dt.date(facts.year + 1, 1, 31)
    own = facts.agency.kind == COUNTY_GOVERNMENT or not name or bool(_GOVERNMENT.search(name))
    return dt.date(facts.year + 1, 3, 31) if own else dt.date(facts.year + 1, 1, 31)
