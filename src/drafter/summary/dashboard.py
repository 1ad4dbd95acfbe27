"""The dashboard 审核汇总.html: one self-contained page (styles and SVG charts inline, no network).

At the top the county's figures and whether the sums are complete; then the charts a reviewer would
rather look at than read (applications per unit stacked by outcome, proactive disclosure this year
against last, errors and warnings per unit); then every unit's problems.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from drafter.summary import svg
from drafter.summary.figures import FIGURES, OUTCOMES, figure, figures, outcomes
from drafter.summary.read import Unit
from drafter.summary.sums import CountySum
from drafter.summary.workbook import ordered, problem_text

MAX_BARS = 60  # units per chart; the rest are named in a note

CSS = """
body { margin: 0; background: #f4f4f4; color: #111; font-family: "Microsoft YaHei", "PingFang SC",
  "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-size: 11pt; line-height: 1.6; }
main { max-width: 62em; margin: 1.5em auto; padding: 2em 2.5em; background: #fff;
  box-shadow: 0 1px 4px rgba(0, 0, 0, .15); }
h1 { font-size: 18pt; margin: 0 0 .5em; }
h2 { font-size: 14pt; margin: 1.5em 0 .5em; border-bottom: 1px solid #999; }
.incomplete { border: 2px solid #c00000; padding: .5em 1em; }
.complete { border: 1px solid #70ad47; padding: .5em 1em; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; }
th, td { border: 1px solid #888; padding: .2em .4em; vertical-align: top; text-align: left; }
th { background: #dde4ee; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.err td.n.e { color: #c00000; font-weight: bold; }
ul { margin: 0; padding-left: 1.2em; }
svg.chart { width: 100%; height: auto; display: block; margin: .5em 0 1em; }
.muted { color: #555; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { background: #fff; font-size: 9.5pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  svg.chart, tr { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
}
"""


def _top(units: list[Unit], key: Callable[[Unit], Any]) -> tuple[list[Unit], str]:
    shown = sorted(units, key=key)[:MAX_BARS]
    rest = len(units) - len(shown)
    return shown, (f"另有 {rest} 个单位未画出（见下方问题表和审核汇总.xlsx）。" if rest else "")


def applications_chart(units: list[Unit]) -> str:
    """Applications per unit in the sums, stacked by outcome (units without any applications left out)."""
    rows = [(u, outcomes(u.facts)) for u in units if u.facts is not None and u.summed]
    rows = [(u, o) for u, o in rows if any(v for v in o) or any(v is None for v in o)]
    if not rows:
        return '<p class="muted">本年各单位均没有政府信息公开申请（含上年结转）。</p>'
    values = {u.source: o for u, o in rows}
    shown, note = _top([u for u, _ in rows], lambda u: -sum(v or 0 for v in values[u.source]))
    chart = svg.Chart("各单位政府信息公开申请办理结果（含结转下年度）", [u.name for u in shown],
                      [label for label, _ in OUTCOMES], [[*map(_f, values[u.source])] for u in shown], note=note)
    return svg.render(chart)


def _f(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


def proactive_chart(units: list[Unit], last: dict[str, Unit], year: int) -> str:
    """Proactive disclosure per unit in the sums, this year (and last year, with --last)."""
    fig = FIGURES[0]
    rows = [u for u in units if u.facts is not None and u.summed]
    if not rows:
        return ""

    def before(u: Unit) -> float | None:
        prior = last.get(u.key)
        return _f(figure(prior.facts, fig)) if prior is not None and prior.facts is not None else None

    shown, note = _top(rows, lambda u: -(_f(figure(u.facts, fig)) or 0))  # type: ignore[arg-type]
    series = [f"{year}年"] + ([f"{year - 1}年"] if last else [])
    values = [[_f(figure(u.facts, fig))] + ([before(u)] if last else []) for u in shown]  # type: ignore[arg-type]
    title = "各单位主动公开政府信息数量" + ("：本年与上年" if last else "")
    blanks = {(i, 1): "无上年报告" for i, u in enumerate(shown) if last and u.key not in last}
    return svg.render(svg.Chart(title, [u.name for u in shown], series, values, stacked=False, unit="条", note=note,
                                blanks=blanks))


def problems_chart(units: list[Unit]) -> str:
    rows = [u for u in units if u.errors or u.warnings]
    if not rows:
        return '<p class="muted">各单位均未发现问题。</p>'
    shown, note = _top(rows, lambda u: (-u.errors, -u.warnings, u.name))
    return svg.render(svg.Chart("各单位检查发现的问题数", [u.name for u in shown], ["错误", "提示"],
                                [[float(u.errors), float(u.warnings)] for u in shown], unit="个", note=note))


def _status(result: CountySum, units: list[Unit]) -> str:
    errors = sum(1 for u in units if u.errors)
    lines = [f"共 {len(units)} 个单位，计入合计 {len(result.summed)} 个；{errors} 个单位有错误。"]
    if result.complete:
        return f'<p class="complete">{escape(lines[0])}合计完整。</p>'
    items = "".join(f"<li>{escape(name)}：{escape(why.splitlines()[0])}</li>" for name, why in result.left_out)
    cells = (f"<p>另有 {len(result.partial)} 格因有单位未能读出，合计未知（全县汇总.yaml 中写为 null）。</p>"
             if result.partial else "")
    return (f'<div class="incomplete"><p><strong>合计不完整。</strong>{escape(lines[0])}</p>'
            + (f"<p>未计入合计的单位：</p><ul>{items}</ul>" if items else "") + cells + "</div>")


def _figures_table(result: CountySum) -> str:
    figs = figures(result.facts)
    unknown = {p for p in result.partial}
    cells = []
    for fig in FIGURES:
        value = figs.get(fig.key)
        lacking = any(p == n or p.startswith((n + "[", n + ".")) for p in unknown for n in fig.needs)
        cells.append(f"<td class=\"n\">{'未知' if lacking or value is None else escape(str(value))}</td>")
    head = "".join(f"<th>{escape(fig.label)}</th>" for fig in FIGURES)
    return f"<table><thead><tr>{head}</tr></thead><tbody><tr>{''.join(cells)}</tr></tbody></table>"


def _problems_table(units: list[Unit]) -> str:
    rows = []
    for u in ordered(units):
        if not (u.errors or u.warnings or u.unread or u.accepted):
            continue
        problems = "".join(f"<li>{escape(problem_text(p))}</li>" for p in u.problems)
        problems += "".join(f'<li class="muted">【已核实】{escape(a)}</li>' for a in u.accepted)
        if u.failure:
            problems = f"<li>【错误】{escape(u.failure)}</li>" + problems
        unread = "".join(f"<li>{escape(x)}</li>" for x in u.unread[:12])
        more = f"<li>……等共 {len(u.unread)} 处</li>" if len(u.unread) > 12 else ""
        rows.append(f'<tr class="{"err" if u.errors else "warn"}"><td>{escape(u.name)}<br>'
                    f'<span class="muted">{escape(u.source)}</span></td><td class="n e">{u.errors}</td>'
                    f'<td class="n">{u.warnings}</td><td><ul>{problems}</ul></td><td><ul>{unread}{more}</ul></td></tr>')
    if not rows:
        return '<p class="muted">各单位均未发现问题。</p>'
    return ("<table><thead><tr><th>单位</th><th>错误</th><th>提示</th><th>问题</th><th>未能读出</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def dashboard_html(units: list[Unit], result: CountySum, last: dict[str, Unit], with_last: bool) -> str:
    name, year = result.facts.agency.short_name, result.facts.year
    title = f"{name}{year}年政府信息公开工作年度报告审核汇总"
    body = [f"<h1>{escape(title)}</h1>", _status(result, units),
            f"<h2>全县合计（{len(result.summed)} 个单位）</h2>", _figures_table(result),
            "<h2>依申请公开</h2>", applications_chart(units),
            "<h2>主动公开</h2>", proactive_chart(units, last if with_last else {}, year),
            "<h2>检查结果</h2>", problems_chart(units),
            "<h2>各单位的问题</h2>", _problems_table(units)]
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="generator" content="drafter">\n'
            f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
            + "\n".join(body) + "\n</main>\n</body>\n</html>\n")
