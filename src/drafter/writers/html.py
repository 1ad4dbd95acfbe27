"""HTML writer: a ``Draft`` → one self-contained UTF-8 page for the government portal.

Real ``<table>`` markup whose rowspan/colspan reproduce the official merges, the title as ``<h1>``,
section headings as ``<h2>`` (level 2 as ``<h3>``), CSS for screen and print inline: nothing is
loaded from the network.
"""

from __future__ import annotations

from html import escape

from drafter.draft import Cell, Draft, Heading, Paragraph, Signature, Table, Title, unfilled_parts

CSS = """
:root { color-scheme: light; }
body { margin: 0; background: #f4f4f4; color: #111;
  font-family: "FangSong", "仿宋_GB2312", "仿宋", "STFangsong", "Songti SC", "SimSun", serif; }
main { max-width: 52em; margin: 2em auto; padding: 3em 3.5em; background: #fff;
  box-shadow: 0 1px 4px rgba(0, 0, 0, .15); font-size: 16pt; line-height: 1.8; }
h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", "Songti SC", serif; font-weight: normal;
  font-size: 22pt; line-height: 1.5; text-align: center; margin: 0 0 1em; }
h2 { font-family: "黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-weight: normal;
  font-size: 16pt; margin: .6em 0 0; text-indent: 2em; }
h3 { font-family: "楷体_GB2312", "KaiTi", "Kaiti SC", serif; font-weight: normal; font-size: 16pt;
  margin: 0; text-indent: 2em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
.lead { font-family: "楷体_GB2312", "KaiTi", "Kaiti SC", serif; }
.table-wrap { overflow-x: auto; margin: .5em 0 1em; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.4; }
th, td { border: 1px solid #000; padding: .25em .3em; text-align: center; vertical-align: middle; }
th { font-weight: normal; }
.words { word-break: keep-all; overflow-wrap: normal; }
th.label.wide { text-align: left; }
td { font-family: "Times New Roman", serif; }
.unfilled, mark { background: #ff0; color: #000; }
.signature { text-align: right; text-indent: 0; padding-right: 2em; }
.signature.first { margin-top: 2em; }
@media (max-width: 40em) { main { padding: 1em; margin: 0; } }
@media print {
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  body { background: #fff; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .table-wrap { overflow: visible; }
  table { page-break-inside: auto; font-size: 9pt; line-height: 1.25; }
  th, td { padding: .15em .1em; }
  tr { page-break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3 { page-break-after: avoid; }
}
"""


def _cell(cell: Cell) -> str:
    tag = "td" if cell.kind == "value" else "th"
    attrs = ""
    if cell.rowspan > 1:
        attrs += f' rowspan="{cell.rowspan}"'
    if cell.colspan > 1:
        attrs += f' colspan="{cell.colspan}"'
    classes = []
    if cell.kind == "label":
        classes += ["label", "wide"] if cell.col == 2 else ["label"]
        attrs += ' scope="row"'
    elif cell.kind == "header":
        attrs += ' scope="col"' if cell.colspan == 1 else ' scope="colgroup"'
    if cell.unfilled:
        classes.append("unfilled")  # a figure not known: to be filled in, highlighted
    if cell.lines:
        classes.append("words")  # wraps only between its words (<wbr>), never inside one
    if classes:
        attrs += f' class="{" ".join(classes)}"'
    # The words stay whole in the page's text ("法律服务机构" is found by a search and read by a screen
    # reader as one word); <wbr> only says where a narrow column may wrap.
    text = "<wbr>".join(escape(line) for line in cell.lines) if cell.lines else escape(cell.text)
    return f"<{tag}{attrs}>{text}</{tag}>"


def table_html(table: Table) -> str:
    """The grid as ``<table>``: each merged cell written once, at its top-left position, with spans."""
    rows: list[list[Cell]] = [[] for _ in range(table.n_rows)]
    for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
        rows[cell.row].append(cell)
    total = sum(table.col_widths_mm)
    cols = "".join(f'<col style="width:{w / total * 100:.2f}%">' for w in table.col_widths_mm)
    out = [f'<div class="table-wrap"><table class="{table.key}"><colgroup>{cols}</colgroup>']
    for r, cells in enumerate(rows):
        if r == 0 and table.header_rows:
            out.append("<thead>")
        if r == table.header_rows:
            out.append("</thead><tbody>" if table.header_rows else "<tbody>")
        out.append("<tr>" + "".join(_cell(c) for c in cells) + "</tr>")
    out.append("</tbody></table></div>")
    return "\n".join(out)


def _marked(text: str) -> str:
    """``text`` escaped, its placeholders ("【待补充：…】") highlighted."""
    return "".join(f"<mark>{escape(piece)}</mark>" if mark else escape(piece) for piece, mark in unfilled_parts(text))


def _block(block: object) -> list[str]:
    if isinstance(block, Title):
        return [f"<h1>{_marked(block.text)}</h1>"]
    if isinstance(block, Heading):
        tag = "h2" if block.level == 1 else "h3"
        return [f"<{tag}>{escape(block.text)}</{tag}>"]
    if isinstance(block, Paragraph):
        lead = f'<span class="lead">{escape(block.lead)}</span>' if block.lead else ""
        return [f"<p>{lead}{_marked(block.text)}</p>"]
    if isinstance(block, Table):
        return [table_html(block)]
    if isinstance(block, Signature):
        return [f'<p class="signature first">{_marked(block.agency)}</p>',
                f'<p class="signature">{_marked(block.date)}</p>']
    return []


def render_html(draft: Draft) -> str:
    body: list[str] = []
    for block in draft.blocks:
        body += _block(block)
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="drafter">\n'
        f"<title>{escape(draft.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )


def render(draft: Draft) -> bytes:
    return render_html(draft).encode("utf-8")
