"""Markdown writer: a ``Draft`` → text that reads well as is, with tables as GitHub tables.

GitHub tables cannot merge cells, so merges are flattened: the header rows of a column become one
header ("申请人情况 / 法人或其他组织 / 商业企业"), the label columns of a row become one label
("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密"), a row spanning the whole table (表二's
"第二十条第（一）项") becomes a bold line that starts a new small table, and columns that are merged
in every row of a small table become one column.
"""

from __future__ import annotations

from drafter.draft import Cell, Draft, Heading, Paragraph, Signature, Table, Title


def _owner_grid(table: Table) -> list[list[Cell]]:
    grid: list[list[Cell | None]] = [[None] * table.n_cols for _ in range(table.n_rows)]
    for cell in table.cells:
        for r in range(cell.row, cell.row + cell.rowspan):
            for c in range(cell.col, cell.col + cell.colspan):
                grid[r][c] = cell
    return [[c for c in row if c is not None] for row in grid]


def _column_groups(grid: list[list[Cell]], rows: range, n_cols: int, header_rows: int) -> list[list[int]]:
    """Adjacent columns merged in every row become one group; so do the leading label-only columns."""
    body = [r for r in rows if r >= header_rows] or list(rows)
    label_only = 0
    while label_only < n_cols and all(grid[r][label_only].kind != "value" for r in body):
        label_only += 1
    groups: list[list[int]] = [list(range(label_only))] if label_only > 1 else []
    for c in range(label_only if label_only > 1 else 0, n_cols):
        if groups and c - 1 in groups[-1] and all(grid[r][c] is grid[r][c - 1] for r in rows):
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def _text(cells: list[Cell]) -> str:
    seen: list[str] = []
    for cell in cells:
        if cell.text not in seen:
            seen.append(cell.text)
    return " / ".join(seen).replace("|", "\\|").replace("\n", " ")


def _segment(grid: list[list[Cell]], rows: range, n_cols: int, header_rows: int) -> list[str]:
    groups = _column_groups(grid, rows, n_cols, header_rows)
    head_rows = [r for r in rows if r < header_rows] or [rows[0]]
    body_rows = [r for r in rows if r not in head_rows]

    def line(cells_per_group: list[list[Cell]]) -> str:
        return "| " + " | ".join(_text(cells) for cells in cells_per_group) + " |"

    head = line([[grid[r][c] for r in head_rows for c in g] for g in groups])
    align = "| " + " | ".join(":--" if grid[body_rows[0] if body_rows else rows[0]][g[0]].kind == "label"
                              else ":-:" for g in groups) + " |"
    body = [line([[grid[r][c] for c in g] for g in groups]) for r in body_rows]
    return [head, align, *body]


def table_markdown(table: Table) -> list[str]:
    grid = _owner_grid(table)
    bands = [r for r in range(table.n_rows) if r >= table.header_rows and grid[r][0].colspan == table.n_cols]
    starts = sorted({0, *bands, *(b + 1 for b in bands)} - {table.n_rows})
    out: list[str] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else table.n_rows
        if start in bands:
            out += ["", f"**{grid[start][0].text}**"]
        elif end > start:
            out += ["", *_segment(grid, range(start, end), table.n_cols, table.header_rows)]
    return out


def render_markdown(draft: Draft) -> str:
    out: list[str] = []
    for block in draft.blocks:
        if isinstance(block, Title):
            out += [f"# {block.text}", ""]
        elif isinstance(block, Heading):
            out += [f"{'##' if block.level == 1 else '###'} {block.text}", ""]
        elif isinstance(block, Paragraph):
            lead = f"**{block.lead}**" if block.lead else ""
            out += [f"{lead}{block.text}", ""]
        elif isinstance(block, Table):
            out += [*table_markdown(block)[1:], ""]
        elif isinstance(block, Signature):
            out += [f"{block.agency}  ", block.date, ""]  # two spaces: a line break, not a new paragraph
    return "\n".join(out).rstrip("\n") + "\n"


def render(draft: Draft) -> bytes:
    return render_markdown(draft).encode("utf-8")
