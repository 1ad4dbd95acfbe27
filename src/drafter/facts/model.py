"""The typed facts model: everything a report says, mirroring the official tables.

Totals are never stored: they are computed here. Loading and saving live in ``facts.load``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from drafter.tables import OUTCOME_LEAF_KEYS, T3_ROWS, T4_GROUPS

N_APPLICANT = 6
ZERO_ROW: tuple[int, ...] = (0,) * N_APPLICANT
COUNTY_GOVERNMENT = "县级政府"  # a county's, district's, county-level city's or 旗's 人民政府 (its own report)
AGENCY_KINDS = ("镇", "乡", "街道", COUNTY_GOVERNMENT, "部门")
COUNTY_WORDS = "县区市旗"  # what a county-level government calls itself: 我县 / 我区 / 我市 / 我旗
# What an imported report's year and signing date hold when they were not read (listed in ``imported.missing``,
# written empty in the facts file): never shown, never checked (the rules that need them say so).
UNKNOWN_YEAR = 0
UNKNOWN_DATE = dt.date(1900, 1, 1)


def county_short_name(name: str) -> str:
    """昆明市晋宁区人民政府 → 晋宁区, 沭阳县人民政府 → 沭阳县; "" for any other name (a ××市人民政府 may be a
    设区的市 or a county-level city: it cannot be told from the name)."""
    core = name.removesuffix("人民政府")
    if core == name or not core.endswith(("县", "区", "旗")):
        return ""
    cut = max(core.rfind(mark, 0, len(core) - 1) for mark in "省市州盟")
    short = core[cut + 1:]
    return short if len(short) > 1 else ""


SCHEMA_VERSION = 1


@dataclass
class Agency:
    name: str  # 署名用全称：昆明市晋宁区二街镇人民政府
    short_name: str  # 简称：二街镇
    kind: str  # 镇 / 乡 / 街道 / 县级政府 / 部门
    title_name: str = ""  # 标题用名称：昆明市晋宁区二街镇（缺省时由全称去掉“人民政府”得到）

    @property
    def county_word(self) -> str:
        """A county-level government's word for itself: 县, 区, 市 or 旗 (晋宁区 → 区), 县 when its name does not say."""
        short = self.short_name or county_short_name(self.name) or self.name.removesuffix("人民政府")
        return short[-1] if short[-1:] and short[-1] in COUNTY_WORDS else "县"

    @property
    def report_name(self) -> str:
        if self.title_name:
            return self.title_name
        return self.name.removesuffix("人民政府") or self.name


@dataclass
class DocRow:
    issued: int = 0
    repealed: int = 0
    in_force: int = 0


@dataclass
class ProactiveTable:
    regulations: DocRow = field(default_factory=DocRow)
    normative_documents: DocRow = field(default_factory=DocRow)
    licensing: int = 0
    penalties: int = 0
    coercive_measures: int = 0
    fees_10k_yuan: Decimal = Decimal(0)


@dataclass
class Applications:
    """表三. ``rows`` maps a row key ("new_received", "withheld.state_secret", …) to six numbers."""

    rows: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def row(self, key: str) -> tuple[int, ...]:
        if key == "total":
            return self.outcome_total()
        return self.rows.get(key, ZERO_ROW)

    def row_with_total(self, key: str) -> tuple[int, ...]:
        values = self.row(key)
        return (*values, sum(values))

    def outcome_total(self) -> tuple[int, ...]:
        """（七）总计 per applicant column: the sum of the 21 outcome leaf rows."""
        cols = [0] * N_APPLICANT
        for key in OUTCOME_LEAF_KEYS:
            for i, value in enumerate(self.row(key)):
                cols[i] += value
        return tuple(cols)

    def total(self, key: str) -> int:
        return sum(self.row(key))

    def is_zero(self) -> bool:
        return all(sum(self.row(r.key)) == 0 for r in T3_ROWS)


@dataclass
class ReviewRow:
    upheld: int = 0
    corrected: int = 0
    other: int = 0
    pending: int = 0

    @property
    def total(self) -> int:
        return self.upheld + self.corrected + self.other + self.pending


@dataclass
class ReviewsAndLawsuits:
    review: ReviewRow = field(default_factory=ReviewRow)
    lawsuit_direct: ReviewRow = field(default_factory=ReviewRow)
    lawsuit_after_review: ReviewRow = field(default_factory=ReviewRow)

    def row_with_total(self, key: str) -> tuple[int, ...]:
        r: ReviewRow = getattr(self, key)
        return (r.upheld, r.corrected, r.other, r.pending, r.total)

    def is_zero(self) -> bool:
        return all(getattr(self, key).total == 0 for key, _ in T4_GROUPS)


@dataclass
class Channel:
    """One publishing channel of section 一（一）: "“魅力二街”发布356条"."""

    name: str
    count: int
    unit: str = "条"
    verb: str = ""


@dataclass
class Proactive:
    platforms: str = ""  # 主要公开平台
    total: int | None = None  # 全年主动公开信息总数
    channels: list[Channel] = field(default_factory=list)
    text: str = ""


@dataclass
class Management:
    leader_briefings: int | None = None  # 主要领导听取政务公开工作汇报次数
    text: str = ""


@dataclass
class Supervision:
    accountability_cases: int | None = None  # 责任追究次数
    text: str = ""


@dataclass
class Overview:
    proactive: Proactive = field(default_factory=Proactive)
    requests_text: str = ""
    management: Management = field(default_factory=Management)
    platform_text: str = ""
    supervision: Supervision = field(default_factory=Supervision)


@dataclass
class Fees:
    """信息处理费 (国办函〔2020〕109号)."""

    notices: int = 0  # 发出收费通知件数
    notice_amount_10k_yuan: Decimal = Decimal(0)  # 收费通知金额（万元）
    collected_10k_yuan: Decimal = Decimal(0)  # 实际收取金额（万元）


@dataclass
class Pick:
    """One standard practice picked from a phrase bank's menu (``practices:``), with its counts.

    ``id`` names the practice in the bank ("leader_briefings"); ``counts`` maps each count the
    practice declares ("times") to this year's number.
    """

    id: str
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class LastYear:
    """Last year's report as published (or drafted), recorded by ``interview --from``: this year's wordings
    avoid its sentences even when rendered without ``--last``."""

    year: int
    text: str = ""


@dataclass
class StatedTotals:
    """The 总计 cells as printed in an imported report (never used for drafting; checks compare them).

    ``row_totals``: 表三's 总计 column per row key ("total" is the （七）总计 row);
    ``outcome_totals``: 表三's （七）总计 row, six applicant columns; ``review_totals``: 表四's three 总计.
    Cells that could not be read are absent.
    """

    row_totals: dict[str, int] = field(default_factory=dict)
    outcome_totals: tuple[int | None, ...] | None = None  # None: a cell printed blank
    review_totals: dict[str, int] = field(default_factory=dict)


@dataclass
class Imported:
    """Where the facts came from when ``drafter import`` read them from a published report.

    ``missing`` lists field paths that could not be read (their value is 0 here, ``null`` in the
    file); ``blank`` the cells among them that the report itself left blank or filled with "—"/"/"
    (the report's fault, B5), the others being ours (not read); ``sections`` keeps each narrative
    section's text verbatim (lint, year-over-year similarity).
    """

    source: str = ""
    format: str = "2021"  # "2021" or "2019" (old format, mapped as far as it goes)
    missing: list[str] = field(default_factory=list)
    stated_totals: StatedTotals = field(default_factory=StatedTotals)
    sections: dict[str, str] = field(default_factory=dict)
    # the heading lines as printed, in order (sections, headings the format lacks, 一's sub-points);
    # empty when not recorded (imports before the outline rules), and then the outline is not checked
    outline: list[str] = field(default_factory=list)
    blank: list[str] = field(default_factory=list)
    # labels printed otherwise than the format has them: "规范性文件（统一格式为“行政规范性文件”）"
    variants: list[str] = field(default_factory=list)
    # 表二 rows whose cells ran together with no separator and more than one way to split them
    # ("proactive_table.normative_documents": "693665"), 表四 groups whose five cells ran together and add up under
    # no split ("reviews_and_lawsuits.lawsuit_after_review": "1324015"): unread, but a check can still try every split
    run_together: dict[str, str] = field(default_factory=dict)
    # the date the page shows above the report ("发布时间:2025-02-06 10:37", "成文日期: 2024-01-16", a bare
    # "2025-02-10 15:59" under the title): when it was published (or, failing that, written), for E5's deadline
    published: dt.date | None = None
    # the agency the page names above the report's title ("来源:东河区应急管理局", "发布机构:…", a column line
    # "应急管理局政府信息公开工作年度报告"), when it is a department's name: whose report the page says it is
    publisher: str = ""


@dataclass
class Facts:
    year: int
    agency: Agency
    signing_date: dt.date
    banks: list[str] = field(default_factory=list)
    basis_notice: str = ""
    overview: Overview = field(default_factory=Overview)
    proactive_table: ProactiveTable = field(default_factory=ProactiveTable)
    applications: Applications = field(default_factory=Applications)
    reviews_and_lawsuits: ReviewsAndLawsuits = field(default_factory=ReviewsAndLawsuits)
    problems: list[str] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)
    fees: Fees = field(default_factory=Fees)
    other_matters: list[str] = field(default_factory=list)
    # Picked standard practices per narrative subsection (narrative.PRACTICE_SECTIONS); typed text stays in the
    # fields above and is written after the picked sentences.
    practices: dict[str, list[Pick]] = field(default_factory=dict)
    # The agency's own text per narrative.OWN_TEXT_SECTIONS key (an imported report's, or last year's kept): it replaces
    # the bank's sentences and the picks of that subsection.
    own_text: dict[str, str] = field(default_factory=dict)
    last_year: LastYear | None = None
    schema: int = SCHEMA_VERSION
    imported: Imported | None = None

    @property
    def report_title(self) -> str:
        return f"{self.agency.report_name}{self.year}年政府信息公开工作年度报告"

    def unknown(self, *prefixes: str) -> list[str]:
        """The field paths an import could not read (``imported.missing``: 0 in this model, ``null`` in the
        file, unknown), in the order listed; with ``prefixes``, those at or under any of them
        ("applications.granted" covers its six cells "applications.granted[1]" …)."""
        if self.imported is None or not self.imported.missing:
            return []
        return [path for path in dict.fromkeys(self.imported.missing)
                if not prefixes or any(path == p or path.startswith((p + ".", p + "[")) for p in prefixes)]
