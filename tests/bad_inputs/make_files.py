"""Regenerate the corpus files that are not plain text (spreadsheets, broken Word files, bombs).

Run from the repository root: ``python tests/bad_inputs/make_files.py``. The files are committed; this
script only documents how each was made, so a case can be rebuilt or varied.
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
from drafter.facts.examples import example_text  # noqa: E402
from drafter.facts.load import parse_facts, parse_yaml  # noqa: E402
from drafter.pipeline import render_bytes  # noqa: E402

FILES = Path(__file__).parent / "files"
HEAD = ["机关全称", "机关简称", "机关类型", "报告年度", "落款日期", "表二｜行政许可｜本年处理决定数量"]
GOOD = ["某某县甲镇人民政府", "甲镇", "镇", 2023, "2024-01-17", 5]
SECOND = ["某某县乙乡人民政府", "乙乡", "乡", 2023, "2024-01-18", 2]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def xlsx(name: str, rows: list[list[object]], merges: tuple[str, ...] = ()) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "报告数据"
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    book.save(FILES / name)


X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def xlsx_parts(name: str, replace: dict[str, bytes]) -> None:
    """A good two-row table with some of its XML parts replaced; a sharedStrings.xml given is wired in
    (relationship, content type) and cell A2 (the agency's name) refers to its first string."""
    xlsx(name, [HEAD, GOOD])
    with zipfile.ZipFile(FILES / name) as zin:
        parts = {info.filename: zin.read(info) for info in zin.infolist()}
    if "xl/sharedStrings.xml" in replace:
        rels, types, sheet = "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/worksheets/sheet1.xml"
        parts[rels] = parts[rels].replace(b"</Relationships>", (
            b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"'
            b' Target="sharedStrings.xml" Id="rId9"/></Relationships>'))
        parts[types] = parts[types].replace(b"</Types>", (
            b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'))
        parts[sheet] = re.sub(rb'<c r="A2" t="inlineStr"><is><t>[^<]*</t></is></c>', b'<c r="A2" t="s"><v>0</v></c>',
                              parts[sheet])
    parts.update(replace)
    with zipfile.ZipFile(FILES / name, "w", zipfile.ZIP_DEFLATED) as zout:
        for part, data in parts.items():
            zout.writestr(part, data)


def csv_file(name: str, rows: list[list[object]], encoding: str = "utf-8-sig") -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    (FILES / name).write_bytes(buffer.getvalue().encode(encoding))


def docx_with(name: str, document: bytes, base: bytes) -> None:
    """A copy of the ``base`` .docx with its word/document.xml replaced."""
    with zipfile.ZipFile(io.BytesIO(base)) as zin, zipfile.ZipFile(FILES / name, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, document if info.filename == "word/document.xml" else zin.read(info))


def spreadsheets() -> None:
    csv_file("batch_missing_name_column.csv", [HEAD[1:], GOOD[1:]])
    csv_file("batch_missing_year_column.csv", [HEAD[:3] + HEAD[4:], GOOD[:3] + GOOD[4:]])
    csv_file("batch_extra_column.csv", [[*HEAD, "备注"], [*GOOD, "已核对"]])
    csv_file("batch_gbk_bad_row.csv", [HEAD, GOOD, [*SECOND[:5], "-3"]], "gbk")
    csv_file("batch_slash_in_name.csv", [HEAD, ["某某县/甲镇人民政府", "", "镇", 2023, "2024-01-17", 1]])
    csv_file("batch_name_too_long.csv", [HEAD, ["某某县甲镇人民政府" * 30, "", "镇", 2023, "2024-01-17", 1]])
    (FILES / "batch_huge_cell.csv").write_text(",".join(HEAD) + '\n"' + "x" * 132_000 + '"\n', encoding="utf-8")
    (FILES / "batch_not_text.csv").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(128, 256)) * 8)
    xlsx("batch_text_in_number.xlsx", [HEAD, GOOD, [*SECOND[:5], "十二"]])
    xlsx("batch_merged_cells.xlsx", [HEAD, GOOD, SECOND], merges=("C2:C3",))
    xlsx("batch_merged_header.xlsx", [HEAD, GOOD], merges=("A1:B1",))
    xlsx("batch_empty_sheet.xlsx", [])
    xlsx("batch_header_only.xlsx", [HEAD])
    xlsx("batch_duplicate_column.xlsx", [[*HEAD, "报告年度"], [*GOOD, 2022]])
    xlsx("batch_data_without_header.xlsx", [HEAD, [*GOOD, None, "备注：已核对"]])
    xlsx("batch_formula_without_result.xlsx", [HEAD, [*GOOD[:5], "=2+3"]])
    (FILES / "batch_corrupt.xlsx").write_bytes(b"PK\x03\x04" + b"\x00garbage" * 40)
    (FILES / "batch_old_format.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)


def far_cell() -> None:
    """A good table with one stray value at XFD1048576 (the last cell of a sheet)."""
    xlsx("batch_far_cell.xlsx", [HEAD, GOOD])
    path = FILES / "batch_far_cell.xlsx"
    with zipfile.ZipFile(path) as zin:
        parts = {info.filename: zin.read(info) for info in zin.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    sheet = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(
        b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)


def reports() -> None:
    facts = parse_facts(parse_yaml(example_text(), "example"), "example")
    docx = render_bytes(facts, "docx")
    (FILES / "report_truncated.docx").write_bytes(docx[: len(docx) // 2])
    (FILES / "report_text_renamed.docx").write_text("这不是 Word 文件，只是改了扩展名。\n", encoding="utf-8")
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        document = z.read("word/document.xml")
    docx_with("report_no_tables.docx", re.sub(rb"<w:tbl>.*?</w:tbl>", b"", document, flags=re.S), docx)
    docx_with("report_bad_xml.docx", b"<w:document><w:body><w:p>", docx)
    entities = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    docx_with("report_entity_bomb.docx", (f'<?xml version="1.0"?><!DOCTYPE d [{entities}]>'
                                          f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&e9;</w:t>'
                                          "</w:r></w:p></w:body></w:document>").encode(), docx)
    cell = '<w:tc><w:tcPr><w:gridSpan w:val="999999999"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>'
    docx_with("report_huge_span.docx", (f'<w:document xmlns:w="{W}"><w:body><w:tbl><w:tr>{cell}</w:tr></w:tbl>'
                                        "</w:body></w:document>").encode(), docx)
    with zipfile.ZipFile(FILES / "report_zip_bomb.docx", "w", zipfile.ZIP_DEFLATED) as z, \
            z.open("word/document.xml", "w") as part:
        part.write(f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode())
        for _ in range(70):
            part.write(b" " * 2**20)
        part.write(b"</w:t></w:r></w:p></w:body></w:document>")
    (FILES / "report_broken_utf16.txt").write_bytes("二街镇".encode("utf-16")[:-1])
    (FILES / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")


def yaml_bombs() -> None:
    head = "year: 2023\nagency: {name: 某某镇人民政府, short_name: 某某镇, kind: 镇}\nsigning_date: 2024-01-10\n"
    lines = ["a0: &a0 [甲, 甲, 甲, 甲, 甲, 甲, 甲, 甲, 甲]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    (FILES / "facts_alias_bomb.yaml").write_text(head + "\n".join(lines) + "\nproblems: *a8\n", encoding="utf-8")
    (FILES / "bank_alias_bomb.yaml").write_text(
        "\n".join(["aliases:", *("  " + line for line in lines), "slots:", "  title:", "    - text: *a8"]) + "\n",
        encoding="utf-8")
    (FILES / "facts_deep_nesting.yaml").write_text(head + "problems: " + "[" * 5000 + "]" * 5000 + "\n",
                                                    encoding="utf-8")


def bombs() -> None:
    """Inputs that hung or took gigabytes: spans, nesting, digits, sizes."""
    head = "year: 2023\nagency: {name: 某某镇人民政府, short_name: 某某镇, kind: 镇}\nsigning_date: 2024-01-10\n"
    facts = parse_facts(parse_yaml(example_text(), "example"), "example")
    docx = render_bytes(facts, "docx")
    cell = '<w:tc><w:tcPr><w:gridSpan w:val="63"/><w:vMerge/></w:tcPr><w:p/></w:tc>'
    docx_with("report_span_bomb.docx", (f'<w:document xmlns:w="{W}"><w:body><w:tbl>'
                                        + ("<w:tr>" + cell * 200 + "</w:tr>") * 300
                                        + "</w:tbl></w:body></w:document>").encode(), docx)
    deep = 100_000
    docx_with("report_deep_sdt.docx", (f'<w:document xmlns:w="{W}"><w:body>' + "<w:sdt><w:sdtContent>" * deep
                                       + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * deep
                                       + "</w:body></w:document>").encode(), docx)
    td = '<td rowspan="1000" colspan="1000">x</td>'
    (FILES / "report_span_bomb.html").write_text(
        "<html><body><table>" + ("<tr>" + td * 20 + "</tr>") * 200 + "</table></body></html>", encoding="utf-8")
    text = render_bytes(facts, "txt").decode()
    (FILES / "report_long_digits.txt").write_text(text.replace("主动公开政府信息558条", "主动公开政府信息" + "9" * 100_000 + "条"),
                                                  encoding="utf-8")
    (FILES / "facts_long_digits.yaml").write_text(head + "problems: ['" + "9" * 15_000 + "件']\n", encoding="utf-8")
    (FILES / "facts_huge_text.yaml").write_text(head + "problems: ['" + "公开" * 15_000 + "']\n", encoding="utf-8")
    (FILES / "facts_many_problems.yaml").write_text(head + "".join(f"unknown_{i}: 1\n" for i in range(5000)),
                                                    encoding="utf-8")


def round2() -> None:
    """Issue 16: inputs that were silently misread, hung, blew up memory or lost files."""
    head = "year: 2023\nagency: {name: 某某镇人民政府, short_name: 某某镇, kind: 镇}\nsigning_date: 2024-01-10\n"
    for name, value in (("octal", "0o17"), ("sexagesimal", "1:30"), ("hex", "0x1f"), ("exponent", "1.5e+3")):
        (FILES / f"facts_yaml11_{name}.yaml").write_text(head + f"proactive_table: {{licensing: {value}}}\n",
                                                         encoding="utf-8")
    (FILES / "facts_zero_width_name.yaml").write_text(
        "year: 2023\nagency: {name: 某某镇\u200b人民政府, short_name: 某某镇, kind: 镇}\nsigning_date: 2024-01-10\n",
        encoding="utf-8")
    (FILES / "facts_bidi_override.yaml").write_text(head + "problems: [\"\u202e告报\"]\n", encoding="utf-8")
    rows = [HEAD, GOOD, SECOND]
    mixed = [",".join(str(v) for v in row) for row in rows]
    (FILES / "batch_mixed_encodings.csv").write_bytes(
        (mixed[0] + "\r\n" + mixed[1] + "\r\n").encode("utf-8") + (mixed[2] + "\r\n").encode("gbk"))
    xlsx_parts("batch_broken_sheet_xml.xlsx", {"xl/worksheets/sheet1.xml": b"<worksheet><sheetData><row>"})
    entities = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    xlsx_parts("batch_billion_laughs.xlsx", {"xl/sharedStrings.xml": (
        f'<?xml version="1.0"?><!DOCTYPE sst [{entities}]><sst xmlns="{X}" count="1" uniqueCount="1">'
        "<si><t>&e9;</t></si></sst>").encode()})
    xlsx_parts("batch_xxe.xlsx", {"xl/sharedStrings.xml": (
        f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst xmlns="{X}" count="1" '
        'uniqueCount="1"><si><t>&x;</t></si></sst>').encode()})
    xlsx_parts("batch_shared_strings_bomb.xlsx", {"xl/sharedStrings.xml": (
        f'<sst xmlns="{X}" count="1" uniqueCount="1"><si><t>' + "甲" * 16_000_000 + "</t></si></sst>").encode()})
    bombs()
    csv_file("batch_formula_name.csv", [HEAD, ['=HYPERLINK("http://example.com/x","点这里")', "", "镇", 2023, "2024-01-17", "x"],
                                        ["@SUM(1+1)*cmd|' /C calc'!A0", "", "镇", 2023, "2024-01-17", "x"],
                                        ["+1", "", "镇", 2023, "2024-01-17", "x"]])


if __name__ == "__main__":
    round2()
    spreadsheets()
    far_cell()
    reports()
    yaml_bombs()
