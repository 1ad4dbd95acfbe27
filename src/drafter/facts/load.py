"""Loading a facts file (YAML) into ``Facts`` with every problem reported at once, in Chinese."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from drafter.errors import FactsError
from drafter.facts import values, yamlload
from drafter.facts.files import MAX_TEXT_BYTES, read_text
from drafter.facts.imported import nullable_paths, parse_imported
from drafter.facts.model import (
    AGENCY_KINDS,
    SCHEMA_VERSION,
    UNKNOWN_DATE,
    UNKNOWN_YEAR,
    Agency,
    Applications,
    Channel,
    DocRow,
    Facts,
    Fees,
    Management,
    Overview,
    Proactive,
    ProactiveTable,
    ReviewRow,
    ReviewsAndLawsuits,
    Supervision,
)
from drafter.facts.own import parse_last_year, parse_own_text
from drafter.facts.picks import parse_practices
from drafter.facts.reader import Mapping, Reader
from drafter.tables import (
    DECISION_ROWS,
    DOC_COLUMNS,
    DOC_ROWS,
    OUTCOME_GROUPS,
    T4_GROUPS,
    T4_RESULTS,
)

TOP_KEYS = (
    "schema", "year", "agency", "signing_date", "banks", "basis_notice", "overview", "proactive_table",
    "applications", "reviews_and_lawsuits", "problems", "measures", "fees", "other_matters", "practices",
    "own_text", "last_year", "imported", "reviewed",  # reviewed: findings accepted by drafter check --accept (checks.reviewed)
)
REQUIRED_EXAMPLES = {
    "year": "year: 2023",
    "agency": "agency: {name: 某某县某某镇人民政府, short_name: 某某镇, kind: 镇}",
    "signing_date": "signing_date: 2024-01-17",
}
APPLICATION_ROWS = ("new_received", "carried_over", "granted", "partially_granted", "carried_forward")


def parse_facts(data: object, source: str) -> Facts:
    """Validate a parsed YAML tree. Raises ``FactsError`` listing every problem."""
    r = Reader(source)
    if not isinstance(data, dict):
        raise FactsError(f"事实文件“{source}”是空的或不是“键: 值”格式。请参照 drafter demo 生成的示例文件填写。")
    top = r.mapping(data, "", TOP_KEYS)
    schema = _schema(r, top)
    imported = parse_imported(r, top.get("imported"))
    r.nullable = nullable_paths(imported)
    year = r.convert(top["year"], "year", values.parse_year, UNKNOWN_YEAR) if "year" in top else UNKNOWN_YEAR
    signing_date = (r.convert(top["signing_date"], "signing_date", values.parse_date, UNKNOWN_DATE)
                    if "signing_date" in top else UNKNOWN_DATE)
    facts = Facts(
        year=year,
        agency=_agency(r, top.get("agency")),
        signing_date=signing_date,
        banks=r.texts(top, "banks"),
        basis_notice=r.line(top, "basis_notice", ""),
        overview=_overview(r, top.get("overview")),
        proactive_table=_proactive_table(r, top.get("proactive_table")),
        applications=_applications(r, top.get("applications")),
        reviews_and_lawsuits=_reviews(r, top.get("reviews_and_lawsuits")),
        problems=r.texts(top, "problems"),
        measures=r.texts(top, "measures"),
        fees=_fees(r, top.get("fees")),
        other_matters=r.texts(top, "other_matters"),
        practices=parse_practices(r, top.get("practices")),
        own_text=parse_own_text(r, top.get("own_text")),
        last_year=parse_last_year(r, top.get("last_year")),
        schema=schema,
        imported=imported,
    )
    if imported is not None:  # what the clerk has filled in since the import is known now
        imported.missing = [p for p in imported.missing if p not in r.given]
        imported.blank = [p for p in imported.blank if p not in r.given]
    if r.problems:
        r.refuse()
    return facts


def _schema(r: Reader, top: Mapping) -> int:
    """The file's format version (refused unless this program's), and the required fields named if absent."""
    schema = r.convert(top.get("schema", SCHEMA_VERSION), "schema", values.parse_count, SCHEMA_VERSION)
    if schema != SCHEMA_VERSION:
        r.fail("schema", f"不支持的格式版本 {schema}", f"本程序支持版本 {SCHEMA_VERSION}")
    for required in ("year", "agency", "signing_date"):
        if required not in top:
            r.fail(required, "缺少必填字段", f"请补上该字段，例如 {REQUIRED_EXAMPLES[required]}")
    return schema


NOT_FACTS = {".pdf": "已发布的报告", ".doc": "已发布的报告", ".wps": "已发布的报告", ".odt": "已发布的报告",
             ".xlsx": "表格", ".xls": "表格", ".csv": "表格", ".et": "表格"}


def load_facts(path: Path) -> Facts:
    kind = NOT_FACTS.get(path.suffix.lower())
    if kind:
        hint = ("表格请用 drafter batch 生成报告。" if kind == "表格" else
                "已发布的报告请先用 Word 或 WPS 另存为 .docx，再运行 drafter check 或 drafter import。")
        raise FactsError(f"“{path}”是 {path.suffix.lower()} 文件（{kind}），不是事实文件（.yaml）。{hint}")
    text = read_text(path, what="事实文件", limit=MAX_TEXT_BYTES)
    return parse_facts(parse_yaml(text, str(path)), str(path))


_YAML_PROBLEMS = (
    ("cannot start any token", "含有制表符（Tab）或不能开头的字符，请改用空格缩进"),
    ("mapping values are not allowed", "此处多了冒号：冒号后要有空格，含冒号的文字请加引号"),
    ("could not find expected ':'", "缺少冒号"),
    ("expected <block end>", "缩进不一致"),
    ("expected ',' or ']'", "方括号 [ ] 没有成对"),
    ("expected ',' or '}'", "花括号 { } 没有成对"),
    ("found unexpected end of stream", "引号没有成对"),
    ("found duplicate anchor", "重复的锚点"),
)


def yaml_problem(exc: yaml.MarkedYAMLError) -> str:
    """Where and what, in Chinese: "第 3 行第 5 列：缺少冒号"."""
    mark = exc.problem_mark or exc.context_mark
    where = f"第 {mark.line + 1} 行第 {mark.column + 1} 列" if mark else "某处"
    raw = str(exc.problem or exc.context or "")
    chinese = re.search(r"[\u4e00-\u9fff]", raw)  # our own guards (yamlload) already speak Chinese
    what = raw if chinese else next((zh for en, zh in _YAML_PROBLEMS if en in raw), f"格式错误（{raw}）")
    return f"{where}：{what}"


def parse_yaml(text: str, source: str) -> object:
    try:
        return yamlload.load(text)
    except yaml.MarkedYAMLError as exc:
        raise FactsError(
            f"事实文件“{source}”有 YAML 格式错误，{yaml_problem(exc)}。"
            "请检查该处的缩进、冒号后的空格和引号是否成对。"
        ) from None
    except yaml.YAMLError as exc:
        raise FactsError(f"事实文件“{source}”不是有效的 YAML：{exc}。") from None


def _agency(r: Reader, raw: object) -> Agency:
    data = r.mapping(raw, "agency", ("name", "short_name", "kind", "title_name"))
    name = r.line(data, "name", "agency")
    if isinstance(raw, dict) and not name and "agency.name" not in r.nullable:  # an import's unread signature
        r.fail("agency.name", "缺少机关全称", "例如：昆明市晋宁区二街镇人民政府")
    kind = r.text(data, "kind", "agency") or "镇"
    if kind not in AGENCY_KINDS:
        r.fail("agency.kind", f"机关类型“{kind}”无效", f"应为 {'、'.join(AGENCY_KINDS)} 之一")
    short = r.line(data, "short_name", "agency") or name
    return Agency(name=name, short_name=short, kind=kind, title_name=r.line(data, "title_name", "agency"))


def _overview(r: Reader, raw: object) -> Overview:
    data = r.mapping(raw, "overview", ("proactive", "requests_text", "management", "platform_text", "supervision"))
    pro = r.mapping(data.get("proactive"), "overview.proactive", ("platforms", "total", "channels", "text"))
    channels = []
    raw_channels = pro.get("channels") or []
    if not isinstance(raw_channels, list):
        r.fail("overview.proactive.channels", "应为列表", "每个渠道一项：- {name: 门户网站, count: 10, unit: 条}")
        raw_channels = []
    for i, item in enumerate(raw_channels, 1):
        path = f"overview.proactive.channels[{i}]"
        ch = r.mapping(item, path, ("name", "count", "unit", "verb"))
        if not r.text(ch, "name", path):
            r.fail(f"{path}.name", "缺少渠道名称", "例如：name: 区政府门户网站")
        channels.append(Channel(r.text(ch, "name", path), r.count(ch, "count", path),
                                r.text(ch, "unit", path) or "条", r.text(ch, "verb", path)))
    mgmt = r.mapping(data.get("management"), "overview.management", ("leader_briefings", "text"))
    sup = r.mapping(data.get("supervision"), "overview.supervision", ("accountability_cases", "text"))
    return Overview(
        proactive=Proactive(r.line(pro, "platforms", "overview.proactive"),
                            r.optional_count(pro, "total", "overview.proactive"), channels,
                            r.text(pro, "text", "overview.proactive")),
        requests_text=r.text(data, "requests_text", "overview"),
        management=Management(r.optional_count(mgmt, "leader_briefings", "overview.management"),
                              r.text(mgmt, "text", "overview.management")),
        platform_text=r.text(data, "platform_text", "overview"),
        supervision=Supervision(r.optional_count(sup, "accountability_cases", "overview.supervision"),
                                r.text(sup, "text", "overview.supervision")),
    )


def _proactive_table(r: Reader, raw: object) -> ProactiveTable:
    keys = tuple(k for k, _ in DOC_ROWS) + tuple(k for k, _ in DECISION_ROWS) + ("fees_10k_yuan",)
    data = r.mapping(raw, "proactive_table", keys)
    table = ProactiveTable()
    for key, _ in DOC_ROWS:
        setattr(table, key, DocRow(*_counts(r, data, "proactive_table", key, tuple(c for c, _ in DOC_COLUMNS))))
    for key, _ in DECISION_ROWS:
        setattr(table, key, r.count(data, key, "proactive_table"))
    table.fees_10k_yuan = r.convert(data.get("fees_10k_yuan", 0), "proactive_table.fees_10k_yuan",
                                    values.parse_amount, table.fees_10k_yuan)
    return table


def _applications(r: Reader, raw: object) -> Applications:
    groups = {g: leaves for g, _, leaves in OUTCOME_GROUPS}
    data = r.mapping(raw, "applications", APPLICATION_ROWS + tuple(groups))
    rows: dict[str, tuple[int, ...]] = {}
    for key in APPLICATION_ROWS:
        if data.get(key) is not None:
            rows[key] = r.row6(data[key], f"applications.{key}")
    for group, leaves in groups.items():
        gdata = r.mapping(data.get(group), f"applications.{group}", tuple(k for k, _ in leaves))
        for leaf, _ in leaves:
            if gdata.get(leaf) is not None:
                rows[f"{group}.{leaf}"] = r.row6(gdata[leaf], f"applications.{group}.{leaf}")
    return Applications({k: v for k, v in rows.items() if any(v)})


def _reviews(r: Reader, raw: object) -> ReviewsAndLawsuits:
    data = r.mapping(raw, "reviews_and_lawsuits", tuple(k for k, _ in T4_GROUPS))
    result = ReviewsAndLawsuits()
    for key, _ in T4_GROUPS:
        setattr(result, key, ReviewRow(*_counts(r, data, "reviews_and_lawsuits", key, tuple(k for k, _ in T4_RESULTS))))
    return result


def _counts(r: Reader, data: Mapping, table: str, key: str, cols: tuple[str, ...]) -> list[int]:
    """Row ``key`` of ``table`` (表二's 规章 row, a 表四 group): its ``cols`` as counts."""
    path = f"{table}.{key}"
    row = r.mapping(data.get(key), path, cols)
    return [r.count(row, c, path) for c in cols]


def _fees(r: Reader, raw: object) -> Fees:
    data = r.mapping(raw, "fees", ("notices", "notice_amount_10k_yuan", "collected_10k_yuan"))
    fees = Fees(notices=r.count(data, "notices", "fees"))
    for key in ("notice_amount_10k_yuan", "collected_10k_yuan"):
        setattr(fees, key, r.convert(data.get(key, 0), f"fees.{key}", values.parse_amount, getattr(fees, key)))
    return fees
