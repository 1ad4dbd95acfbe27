"""The Word package around the text: document properties, font table, theme language, styles with
outline levels, and the two font sets (``--fonts 标准|系统``)."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.pipeline import draft_report
from drafter.writers import docx as docx_writer
from drafter.writers import docx_layout as L
from drafter.writers import fontcheck
from tests.conftest import example_facts

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _package(fonts: str = "标准") -> dict[str, str]:
    draft = draft_report(example_facts()).draft
    draft.fonts = fonts
    with zipfile.ZipFile(io.BytesIO(docx_writer.render(draft))) as zf:
        return {name: zf.read(name).decode("utf-8") for name in zf.namelist() if not name.endswith(".jpeg")}


@pytest.fixture(scope="module")
def package() -> dict[str, str]:
    return _package()


def test_properties_name_the_report_and_the_agency_not_the_template(package: dict[str, str]) -> None:
    assert "<Application>drafter</Application>" in package["docProps/app.xml"]
    assert "Macintosh" not in "".join(package.values())
    core = package["docProps/core.xml"]
    assert "<dc:title>昆明市晋宁区二街镇2023年政府信息公开工作年度报告</dc:title>" in core
    assert "<dc:creator>昆明市晋宁区二街镇人民政府</dc:creator>" in core and "<dc:language>zh-CN</dc:language>" in core


def test_theme_language_is_chinese(package: dict[str, str]) -> None:
    assert re.search(r'<w:themeFontLang [^>]*w:eastAsia="zh-CN"', package["word/settings.xml"])
    assert "ja-JP" not in "".join(package.values())


def _east_asian_fonts(xml: str) -> set[str]:
    return set(re.findall(r'w:eastAsia="([^"]+)"', xml)) - {"zh-CN"}


@pytest.mark.parametrize("fonts", ["标准", "系统"])
def test_font_table_lists_exactly_the_fonts_used_with_families(fonts: str) -> None:
    package = _package(fonts)
    table = dict(re.findall(r'<w:font w:name="([^"]+)">(.*?)</w:font>', package["word/fontTable.xml"]))
    used = set().union(*(_east_asian_fonts(xml) for name, xml in package.items() if name.startswith("word/")))
    assert set(table) == used | {"Times New Roman"}
    assert used == set(L.FONT_SETS[fonts].names())
    assert all('<w:family w:val="' in entry and "<w:pitch" in entry for entry in table.values())
    assert all("<w:altName" in entry for name, entry in table.items() if name != "Times New Roman")
    assert not {"ＭＳ 明朝", "ＭＳ ゴシック", "Cambria"} & set(table)


def test_system_font_set_uses_only_fonts_windows_and_wps_ship() -> None:
    document = _package("系统")["word/document.xml"]
    assert _east_asian_fonts(document) <= {"仿宋", "楷体", "黑体", "宋体"}
    title = re.search(r"<w:p>.*?</w:p>", document.split("<w:body>")[1]).group(0)
    assert 'w:eastAsia="宋体"' in title and "<w:b/>" in title  # bold 宋体 for want of 方正小标宋简体


def test_headings_carry_outline_levels(package: dict[str, str]) -> None:
    styles, document = package["word/styles.xml"], package["word/document.xml"]
    for level in (1, 2):
        style = re.search(rf'<w:style [^>]*w:styleId="Heading{level}">.*?</w:style>', styles).group(0)
        assert f'<w:outlineLvl w:val="{level - 1}"/>' in style and f"heading {level}" in style
    paragraphs = re.findall(r'<w:pStyle w:val="Heading(\d)"/>.*?<w:t>([^<]*)</w:t>', document)
    assert [text for level, text in paragraphs if level == "1"][:2] == ["一、总体情况", "二、主动公开政府信息情况"]
    assert "（一）存在的主要问题" in [text for level, text in paragraphs if level == "2"]


def test_only_the_styles_the_report_uses_are_defined(package: dict[str, str]) -> None:
    defined = set(re.findall(r'w:styleId="([^"]+)"', package["word/styles.xml"]))
    used = set().union(*(re.findall(r'<w:(?:pStyle|rStyle) w:val="([^"]+)"', xml) for xml in package.values()))
    defaults = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList"}
    assert used <= defined and defined <= used | defaults
    assert "word/stylesWithEffects.xml" not in package
    assert len(docx_writer.render(draft_report(example_facts()).draft)) < 25_000  # was ~45 KB


def test_render_fonts_option_and_missing_fonts_warning(example_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(fontcheck, "missing_fonts", lambda names: [n for n in names if n.endswith("_GB2312")])
    out = example_path.parent / "r.docx"
    assert main(["render", str(example_path), "-o", str(out), "--force"]) == 0
    err = capsys.readouterr().err
    assert "仿宋_GB2312、楷体_GB2312" in err and "--fonts 系统" in err
    assert main(["render", str(example_path), "-o", str(out), "--force", "--fonts", "系统"]) == 0
    assert "本机没有安装字体" not in capsys.readouterr().err
    with zipfile.ZipFile(out) as zf:
        assert "仿宋_GB2312" not in zf.read("word/document.xml").decode()
    with pytest.raises(SystemExit) as refused:
        main(["render", str(example_path), "--fonts", "宋体"])
    assert refused.value.code == 2


def test_warning_suggests_the_other_set_only_where_it_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fontcheck, "missing_fonts", lambda names: list(names))  # a machine with no Chinese fonts
    warning = str(fontcheck.font_warning("标准"))
    assert "方正小标宋简体" in warning and "--fonts" not in warning and "请安装这些字体" in warning
    monkeypatch.setattr(fontcheck, "missing_fonts", lambda names: [])
    assert fontcheck.font_warning("系统") is None


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="needs fontconfig's fc-list")
def test_missing_fonts_asks_fontconfig() -> None:
    families = fontcheck.installed_families()
    assert families
    known = sorted(families)[0]
    assert fontcheck.missing_fonts([known, "并不存在的字体"]) == ["并不存在的字体"]
