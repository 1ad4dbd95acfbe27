"""The parts of the Word package that name fonts or the report: styles, font table, document properties.

Written here rather than taken from python-docx's template, which brought 166 styles (~35 KB deflated,
with stylesWithEffects), a font table of ＭＳ 明朝 and ＭＳ ゴシック, and "Microsoft Macintosh Word" as the
application. The styles are the ones the report uses; headings carry outline levels, so Word's
navigation pane and WPS's 目录 show the report's structure.
"""

from __future__ import annotations

from drafter.writers import docx_layout as L

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_HEAD = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
HEADING_INDENT_TWIPS = int(2 * L.TEXT_WIDTH_TWIPS / L.CHARS_PER_LINE)  # 空两字


def _fonts(east_asia: str) -> str:
    return f'<w:rFonts w:ascii="{L.LATIN}" w:hAnsi="{L.LATIN}" w:eastAsia="{east_asia}" w:cs="{L.LATIN}"/>'


def _size(pt: float) -> str:
    return f'<w:sz w:val="{int(pt * 2)}"/><w:szCs w:val="{int(pt * 2)}"/>'


def _style(kind: str, style_id: str, name: str, body: str, *, based: bool = True, extra: str = "") -> str:
    base = '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>' if based else ""
    return (f'<w:style w:type="{kind}" w:styleId="{style_id}"{extra}><w:name w:val="{name}"/>{base}'
            f'<w:qFormat/>{body}</w:style>')


def _heading(level: int, font: str) -> str:
    ppr = (f'<w:pPr><w:keepNext/><w:ind w:firstLine="{HEADING_INDENT_TWIPS}"/><w:jc w:val="both"/>'
           f'<w:outlineLvl w:val="{level - 1}"/></w:pPr>')
    return _style("paragraph", f"Heading{level}", f"heading {level}", ppr + f"<w:rPr>{_fonts(font)}</w:rPr>")


def styles_xml(fonts: L.FontSet) -> str:
    defaults = (f'<w:docDefaults><w:rPrDefault><w:rPr>{_fonts(fonts.body)}{_size(L.BODY_PT)}'
                '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
                '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                '</w:pPrDefault></w:docDefaults>')
    normal = _style("paragraph", "Normal", "Normal",
                    f'<w:pPr><w:widowControl w:val="0"/><w:spacing w:before="0" w:after="0" w:line="{L.LINE_TWIPS}" '
                    f'w:lineRule="exact"/></w:pPr><w:rPr>{_fonts(fonts.body)}<w:spacing w:val="{L.CONDENSE}"/>'
                    f'{_size(L.BODY_PT)}</w:rPr>', based=False, extra=' w:default="1"')
    title = _style("paragraph", "Title", "Title",
                   f'<w:pPr><w:keepNext/><w:snapToGrid w:val="0"/><w:spacing w:line="{36 * 20}" w:lineRule="exact" '
                   f'w:after="{L.LINE_TWIPS}"/><w:jc w:val="center"/></w:pPr>'
                   f'<w:rPr>{_fonts(fonts.title)}{"<w:b/><w:bCs/>" if fonts.title_bold else ""}'
                   f'{_size(L.TITLE_PT)}</w:rPr>')
    footer = _style("paragraph", "Footer", "footer", '<w:pPr><w:snapToGrid w:val="0"/></w:pPr>')
    table_text = _style("paragraph", L.TABLE_PARA, "Drafter Table Text",
                        f'<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" '
                        f'w:line="{L.TABLE_LINE_TWIPS}" w:lineRule="exact"/><w:ind w:firstLine="0" '
                        'w:firstLineChars="0"/><w:jc w:val="center"/></w:pPr>', extra=' w:customStyle="1"')
    table_char = (f'<w:style w:type="character" w:customStyle="1" w:styleId="{L.TABLE_CHAR}">'
                  f'<w:name w:val="Drafter Table Char"/><w:rPr>{_fonts(fonts.table)}<w:spacing w:val="0"/>'
                  f'{_size(L.TABLE_PT)}</w:rPr></w:style>')
    plain = ('<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
             '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>'
             '</w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
             '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
             '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" '
             'w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
             '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
             '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>')
    return (f'{XML_HEAD}<w:styles xmlns:w="{W_NS}">{defaults}{normal}{plain}{title}'
            f'{_heading(1, fonts.h1)}{_heading(2, fonts.h2)}{footer}{table_text}{table_char}</w:styles>')


def font_table_xml(fonts: L.FontSet) -> str:
    """The fonts the report uses, each with an alternative name and its generic family."""
    entries = []
    for name in [L.LATIN, *fonts.names()]:
        alt, family, pitch = L.FONT_INFO.get(name, ("", "auto", "variable"))
        charset = "00" if name == L.LATIN else "86"  # GB2312
        alt_xml = f'<w:altName w:val="{alt}"/>' if alt else ""
        entries.append(f'<w:font w:name="{name}">{alt_xml}<w:charset w:val="{charset}"/>'
                       f'<w:family w:val="{family}"/><w:pitch w:val="{pitch}"/></w:font>')
    return f'{XML_HEAD}<w:fonts xmlns:w="{W_NS}">{"".join(entries)}</w:fonts>'


APP_XML = (
    f"{XML_HEAD}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>drafter</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "</Properties>"
)
CORE_XML = (
    f"{XML_HEAD}<cp:coreProperties "
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>"
    "<dc:language>zh-CN</dc:language><cp:revision>1</cp:revision></cp:coreProperties>"
)
