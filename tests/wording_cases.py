"""A corpus of fact variations and, for each, the national bank's variant and key phrases for one slot.

Used by test_wording.py, which also checks that the corpus reaches every variant of national.yaml.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from drafter.facts.model import (
    Agency,
    Applications,
    Channel,
    DocRow,
    Facts,
    Fees,
    Management,
    Pick,
    Proactive,
    ProactiveTable,
    ReviewRow,
    ReviewsAndLawsuits,
    Supervision,
)


def base(kind: str = "镇", **changes: object) -> Facts:
    """A township with nothing to report: every table zero, no narrative."""
    names = {"镇": ("某县甲镇人民政府", "甲镇"), "乡": ("某县乙乡人民政府", "乙乡"),
             "街道": ("某县丙街道办事处", "丙街道"), "部门": ("某县教育体育局", "县教育体育局")}
    name, short = names[kind]
    facts = Facts(2023, Agency(name, short, kind), dt.date(2024, 1, 15), banks=["national"])
    return dataclasses.replace(facts, **changes)  # type: ignore[arg-type]


def apps(**rows: int) -> Applications:
    """Applications with each row's count in the 自然人 column: apps(new_received=5, granted=5)."""
    return Applications({key.replace("__", "."): (n, 0, 0, 0, 0, 0) for key, n in rows.items()})


def proactive(total: int | None, *counts: int, platforms: str = "县政府门户网站") -> Facts:
    names = ("县政府门户网站", "政务新媒体", "政务公开栏")
    channels = [Channel(names[i], n, "条", "发布") for i, n in enumerate(counts)]
    facts = base()
    facts.overview.proactive = Proactive(platforms, total, channels)
    return facts


def with_overview(**parts: object) -> Facts:
    facts = base()
    facts.overview = dataclasses.replace(facts.overview, **parts)  # type: ignore[arg-type]
    return facts


@dataclass(frozen=True)
class Case:
    id: str
    facts: Callable[[], Facts]
    slot: str
    variant: int
    phrases: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    last: Callable[[], Facts] | None = None
    tags: tuple[str, ...] = field(default=())


def _last_apps(n: int) -> Callable[[], Facts]:
    return lambda: base(year=2022, applications=apps(new_received=n, granted=n))


def _last_total(n: int) -> Callable[[], Facts]:
    return lambda: dataclasses.replace(proactive(n), year=2022)


NEW_ONLY = apps(new_received=5, granted=3, partially_granted=1, withheld__state_secret=1)
BOTH = apps(new_received=10, carried_over=2, granted=4, not_processed__repeated=3, other_handling__other=1,
            carried_forward=4)
CASES: tuple[Case, ...] = (
    # ---- 依申请公开 ----
    Case("applications none", base, "overview.requests", 1, ("2023年，我镇未收到政府信息公开申请。",)),
    Case("applications none: no results sentence", base, "overview.requests.results", 1),
    Case("applications new only", lambda: base(applications=NEW_ONLY), "overview.requests", 3,
         ("新收政府信息公开申请5件，无上年结转申请。",), ("上年结转政府信息公开申请",)),
    Case("applications new only: outcomes, all finished", lambda: base(applications=NEW_ONLY),
         "overview.requests.results", 3,
         ("本年度办结5件，其中予以公开3件，部分公开1件，不予公开1件；无结转下年度继续办理的申请。",),
         ("无法提供", "不予处理", "其他处理")),
    Case("applications carried over only", lambda: base(applications=apps(carried_over=2, granted=2)),
         "overview.requests", 4, ("未新收政府信息公开申请，上年结转政府信息公开申请2件。",)),
    Case("applications new and carried over", lambda: base(applications=BOTH), "overview.requests", 2,
         ("共收到政府信息公开申请12件，其中本年新收10件，上年结转2件。",)),
    Case("applications carried forward", lambda: base(applications=BOTH), "overview.requests.results", 4,
         ("本年度办结8件，其中予以公开4件，不予处理3件，其他处理1件；结转下年度继续办理4件。",),
         ("部分公开", "不予公开", "无法提供")),
    Case("applications all still pending", lambda: base(applications=apps(new_received=3, carried_forward=3)),
         "overview.requests.results", 2, ("截至2023年12月31日，上述申请均在办理中，结转下年度继续办理3件。",)),
    Case("applications: outcomes without any received (inconsistent facts)",
         lambda: base(applications=apps(granted=1)), "overview.requests", 5, ("未新收政府信息公开申请，无上年结转申请。",)),
    # ---- 行政复议、行政诉讼 ----
    Case("reviews and lawsuits none", base, "reviews.review", 1,
         ("2023年，我镇未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。",)),
    Case("reviews and lawsuits none: no lawsuit sentence", base, "reviews.lawsuit", 1),
    Case("reviews some", lambda: base(reviews_and_lawsuits=ReviewsAndLawsuits(review=ReviewRow(1, 1, 0, 0))),
         "reviews.review", 2, ("因政府信息公开工作被申请行政复议2件，其中结果维持1件、结果纠正1件。",), ("其他结果", "尚未审结")),
    Case("reviews some, no lawsuits",
         lambda: base(reviews_and_lawsuits=ReviewsAndLawsuits(review=ReviewRow(1, 1, 0, 0))),
         "reviews.lawsuit", 3, ("未发生因政府信息公开工作被提起行政诉讼的情况。",)),
    Case("lawsuits some, no reviews",
         lambda: base(reviews_and_lawsuits=ReviewsAndLawsuits(lawsuit_direct=ReviewRow(pending=1),
                                                              lawsuit_after_review=ReviewRow(upheld=2))),
         "reviews.review", 3, ("2023年，我镇未发生因政府信息公开工作被申请行政复议的情况。",)),
    Case("lawsuits some, with results",
         lambda: base(reviews_and_lawsuits=ReviewsAndLawsuits(lawsuit_direct=ReviewRow(pending=1),
                                                              lawsuit_after_review=ReviewRow(upheld=2))),
         "reviews.lawsuit", 2,
         ("因政府信息公开工作被提起行政诉讼3件（未经复议直接起诉1件、复议后起诉2件），其中结果维持2件、尚未审结1件。",)),
    # ---- 信息处理费 ----
    Case("processing fees none", base, "other.fees", 4, ("2023年，我镇未收取信息处理费。",)),
    Case("processing fee notices and amounts collected",
         lambda: base(fees=Fees(2, Decimal("0.12"), Decimal("0.1000"))), "other.fees", 1,
         ("共发出信息处理费收费通知2件，涉及金额0.12万元，实际收取信息处理费0.1万元。",)),
    Case("processing fee notices, nothing collected", lambda: base(fees=Fees(1, Decimal("0.05"), Decimal(0))),
         "other.fees", 2, ("共发出信息处理费收费通知1件，涉及金额0.05万元，未实际收取信息处理费。",)),
    Case("processing fees collected without notices", lambda: base(fees=Fees(0, Decimal(0), Decimal("0.3"))),
         "other.fees", 3, ("2023年，我镇实际收取信息处理费0.3万元。",)),
    # ---- 表二：规章、行政规范性文件、许可/处罚/强制、行政事业性收费 ----
    Case("documents none", base, "proactive_table.documents", 1,
         ("2023年，我镇未制发、废止规章和行政规范性文件，无现行有效的规章和行政规范性文件。",)),
    Case("documents some", lambda: base(proactive_table=ProactiveTable(normative_documents=DocRow(3, 1, 7))),
         "proactive_table.documents", 2, ("2023年，我镇制发行政规范性文件3件、废止1件，现行有效7件。",), ("规章",)),
    Case("regulations and documents",
         lambda: base(proactive_table=ProactiveTable(DocRow(1, 0, 2), DocRow(0, 0, 5))),
         "proactive_table.documents", 2,
         ("2023年，我镇制发规章1件、废止0件，现行有效2件；制发行政规范性文件0件、废止0件，现行有效5件。",)),
    Case("decisions none", base, "proactive_table.decisions", 1, ("本年度未作出行政许可、行政处罚和行政强制决定。",)),
    Case("decisions some, naming the ones not made",
         lambda: base(proactive_table=ProactiveTable(licensing=11, coercive_measures=2)),
         "proactive_table.decisions", 2, ("本年度作出行政许可决定11件、行政强制决定2件，未作出行政处罚决定。",)),
    Case("decisions all three",
         lambda: base(proactive_table=ProactiveTable(licensing=1, penalties=2, coercive_measures=3)),
         "proactive_table.decisions", 3, ("本年度作出行政许可决定1件、行政处罚决定2件、行政强制决定3件。",), ("未作出",)),
    Case("administrative fees none", base, "proactive_table.fees", 2, ("本年度未收取行政事业性收费。",)),
    Case("administrative fees some", lambda: base(proactive_table=ProactiveTable(fees_10k_yuan=Decimal("4.2500"))),
         "proactive_table.fees", 1, ("本年度收取行政事业性收费4.25万元。",)),
    # ---- 主动公开 ----
    Case("proactive channels add up", lambda: proactive(30, 20, 10), "overview.proactive", 1,
         ("主动公开政府信息30条，其中，县政府门户网站发布20条、政务新媒体发布10条。",), ("其他渠道",)),
    Case("proactive channels fall short: the remainder is named", lambda: proactive(558, 118, 356, 4),
         "overview.proactive", 2,
         ("主动公开政府信息558条，其中，县政府门户网站发布118条、政务新媒体发布356条、政务公开栏发布4条，通过其他渠道公开80条。",)),
    Case("proactive channels exceed the total: no false 其中", lambda: proactive(20, 20, 10), "overview.proactive", 3,
         ("主动公开政府信息20条。各渠道发布情况为：", "（同一信息在多个渠道发布的分别计数）"), ("其中",)),
    Case("proactive total only", lambda: proactive(12), "overview.proactive", 4,
         ("2023年，我镇主动在县政府门户网站上公开政府信息。2023年1月1日至12月31日，甲镇主动公开政府信息12条。",)),
    Case("proactive nothing stated", lambda: proactive(None, platforms=""), "overview.proactive", 5,
         ("2023年，我镇认真做好政府信息主动公开工作。",)),
    # ---- 与上年比较 ----
    Case("proactive without last year", lambda: proactive(558), "overview.proactive.yoy", 1),
    Case("proactive up on last year", lambda: proactive(558), "overview.proactive.yoy", 3,
         ("主动公开政府信息数量较上年增加80条，增长16.7%。",), last=_last_total(478)),
    Case("proactive up from zero", lambda: proactive(5), "overview.proactive.yoy", 4,
         ("主动公开政府信息数量较上年增加5条。",), ("%",), last=_last_total(0)),
    Case("proactive down on last year", lambda: proactive(558), "overview.proactive.yoy", 5,
         ("主动公开政府信息数量较上年减少42条，下降7%。",), last=_last_total(600)),
    Case("proactive unchanged on last year", lambda: proactive(558), "overview.proactive.yoy", 2,
         ("主动公开政府信息数量与上年持平。",), last=_last_total(558)),
    Case("applications without last year", lambda: base(applications=NEW_ONLY), "overview.requests.yoy", 1),
    Case("applications none in either year", base, "overview.requests.yoy", 1, last=_last_apps(0)),
    Case("applications up on last year", lambda: base(applications=NEW_ONLY), "overview.requests.yoy", 3,
         ("本年新收申请数量较上年增加1件，增长25%。",), last=_last_apps(4)),
    Case("applications up from none", lambda: base(applications=NEW_ONLY), "overview.requests.yoy", 4,
         ("本年新收申请数量较上年增加5件（上年未新收申请）。",), last=_last_apps(0)),
    Case("applications down on last year", lambda: base(applications=NEW_ONLY), "overview.requests.yoy", 5,
         ("本年新收申请数量较上年减少3件，下降37.5%。",), last=_last_apps(8)),
    Case("applications unchanged on last year", lambda: base(applications=NEW_ONLY), "overview.requests.yoy", 2,
         ("本年新收申请数量与上年持平。",), last=_last_apps(5)),
    # ---- 与上年相比：表三办理情况、表二、表四、信息处理费 ----
    Case("handling compared: none in either year", base, "overview.requests.results.yoy", 1, last=_last_apps(0)),
    Case("handling compared with last year", lambda: base(applications=apps(new_received=5, granted=5)),
         "overview.requests.results.yoy", 2, ("办结申请5件", "较上年增加3件", "予以公开5件"), last=_last_apps(2)),
    Case("table 2 compared: from zero, down, none", lambda: base(proactive_table=ProactiveTable(licensing=3, penalties=1)),
         "proactive_table.yoy", 2, ("行政许可决定3件", "上年为0", "行政处罚决定1件", "较上年减少1件"), ("强制",),
         last=lambda: base(year=2022, proactive_table=ProactiveTable(penalties=2))),
    Case("reviews compared: the same", lambda: base(reviews_and_lawsuits=ReviewsAndLawsuits(review=ReviewRow(1))),
         "reviews.yoy", 2, ("行政复议案件1件", "与上年持平"), ("诉讼",),
         last=lambda: base(year=2022, reviews_and_lawsuits=ReviewsAndLawsuits(review=ReviewRow(0, 1)))),
    Case("fees compared", lambda: base(fees=Fees(2, Decimal("0.1"), Decimal("0.1"))), "other.fees.yoy", 2,
         ("收费通知2件", "上年为0", "信息处理费0.1万元"), last=lambda: base(year=2022)),
    Case("fees not compared without last year", lambda: base(fees=Fees(2, Decimal("0.1"), Decimal("0.1"))),
         "other.fees.yoy", 1),
    # ---- 机关类型 ----
    Case("agency kind 乡", lambda: base("乡"), "overview.requests", 1, ("2023年，我乡未收到政府信息公开申请。",)),
    Case("agency kind 街道", lambda: base("街道"), "reviews.review", 1, ("2023年，我街道未发生",)),
    Case("agency kind 部门", lambda: base("部门"), "other.fees", 4, ("2023年，本机关未收取信息处理费。",), ("我",)),
    Case("agency kind 部门: leaders of the department",
         lambda: dataclasses.replace(with_overview(management=Management(3)), agency=base("部门").agency),
         "overview.management", 1, ("2023年，本机关主要领导共3次听取政务公开工作情况汇报",)),
    # ---- 总体情况（三）（五），五、存在的主要问题 ----
    Case("leader briefings", lambda: with_overview(management=Management(2, "并将政务公开工作纳入考评体系。")),
         "overview.management", 1, ("2023年，镇政府主要领导共2次听取政务公开工作情况汇报，研究部署政府信息公开工作。并将",)),
    Case("no leader briefings stated", lambda: with_overview(management=Management(None, "专人负责。")),
         "overview.management", 2, ("专人负责。",), ("主要领导",)),
    Case("no accountability cases", lambda: with_overview(supervision=Supervision(0, "纳入考核。")),
         "overview.supervision", 1, ("纳入考核。2023年，我镇未发生政府信息公开工作责任追究情况。",)),
    Case("accountability cases", lambda: with_overview(supervision=Supervision(2)), "overview.supervision", 2,
         ("2023年，我镇因政府信息公开工作追究责任2次。",)),
    Case("accountability not stated", lambda: with_overview(supervision=Supervision(None, "纳入考核。")),
         "overview.supervision", 3, ("纳入考核。",), ("责任追究",)),
    Case("problems listed", lambda: base(problems=["公开不够及时", "形式单一"]), "problems", 1,
         ("2023年在政府信息公开工作方面主要存在以下问题：一是公开不够及时；二是形式单一。",)),
    Case("picked practices, typed text after them",
         lambda: dataclasses.replace(with_overview(management=Management(None, "另有补充。")), practices={
             "management": [Pick("review_process"), Pick("dedicated_staff", {"staff": 2})]}),
         "overview.management", 2, ("三审", "2名工作人员", "。另有补充。"), ("主要领导",)),
    Case("picked problems before typed ones", lambda: dataclasses.replace(
        base(problems=["形式单一"]), practices={"problems": [Pick("timeliness")]}), "problems", 1,
         ("一是", "及时", "；二是形式单一。"), ("。；",)),
    Case("no problems listed", base, "problems", 2, ("2023年，我镇政府信息公开工作总体平稳，未发现突出问题。",)),
    Case("opening without a notice", base, "opening", 1, ("现向社会公布2023年度某县甲镇政府信息公开工作开展情况。",)),
    Case("title", base, "title", 1, ("某县甲镇2023年政府信息公开工作年度报告",)),
)
