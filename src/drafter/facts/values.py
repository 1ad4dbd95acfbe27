"""Parsing single values as a clerk types them: full-width digits, 万元 amounts, Chinese dates.

Each parser returns the value or raises ``ValueError`` with a Chinese reason; callers add file and field.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

MAX_COUNT = 10_000_000
MAX_AMOUNT = Decimal("1000000")
MAX_TEXT = 20_000  # characters in one field: a whole report is about 5,000
_DATE_CN = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]$")  # "15号" is how many say it
_DATE_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")
# A count typed with its unit ("3次", "２５０条", "1,250 件"): the number is certain, the unit is dropped.
_WITH_UNIT = re.compile(r"(.*\d)\s*(?:件|条|次|个|篇|名|人|起|项|家|期|场|份|批|户|所|座|宗)")
_HAN_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾]")  # "两名", "十二": a count written in characters


# A year named in running text ("2023年", the 年 not part of the match), never part of a longer number.
# Two variants, on purpose:
# - YEAR_IN_TEXT, a year the report itself is about: 20xx only, and not in brackets: not a document number's
#   (〔2021〕30号) nor a note's ("（2019年修订）"). The importer's year guess and check's stale-year rule (E5).
# - ANY_YEAR, every year a sentence names, 19xx and in brackets too: the interview's carried text (a sentence
#   naming last year or before is dropped; last year's years move on by one and are highlighted).
YEAR_IN_TEXT = re.compile(r"(?<![\d〔【\[［（(])(20\d{2})(?=\s*年)")
ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=\s*年)")


def nfkc(text: str) -> str:
    """Full-width digits and punctuation typed with a Chinese input method → half-width."""
    return unicodedata.normalize("NFKC", text).strip()


def without_thousands(text: str, typed: object) -> str:
    """"2,110" → "2110"; a comma anywhere but between groups of three ("2,1,10", "1,2") is refused,
    never guessed: 2,1,10 is not silently 2110."""
    if "," not in text:
        return text
    if _GROUPED.fullmatch(text):
        return text.replace(",", "")
    raise ValueError(f"“{typed}”中的逗号位置不对：千位分隔符应每三位一个（例如 2,110），也可以不写逗号；"
                     "几个数之间请用空格隔开")


def parse_count(value: object) -> int:
    """A non-negative whole number of items (件/条/次)."""
    if isinstance(value, bool):
        raise ValueError("应为数字，不能是“是/否”")
    if isinstance(value, int) and value.bit_length() > 64:  # str() of a huge int fails; it is absurd anyway
        raise ValueError("数值过大，请核对")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"应为整数，不能有小数（{value:g}）")
        number = int(value)
    elif isinstance(value, str):
        text = nfkc(value).strip()
        text = without_thousands(unit.group(1) if (unit := _WITH_UNIT.fullmatch(text)) else text, value)
        if text == "":
            raise ValueError("不能为空，没有请填 0")
        if re.fullmatch(r"[+-]?\d{19,}(\.0+)?", text):
            raise ValueError(f"数值 {text[:12]}…（{len(text)} 位）过大，请核对")
        if re.fullmatch(r"[+-]?\d+(\.0+)?", text):
            number = int(Decimal(text))
        elif re.fullmatch(r"[+-]?\d*\.\d+", text):
            raise ValueError(f"应为整数，不能有小数（{text}）")
        else:
            raise ValueError(f"应为整数，实际是“{value}”" + ("（请用阿拉伯数字填写，例如 2）" if _HAN_NUMERAL.search(text) else ""))
    else:
        raise ValueError(f"应为整数，实际是{_kind(value)}")
    if number < 0:
        raise ValueError(f"不能为负数（{number}）")
    if number > MAX_COUNT:
        raise ValueError(f"数值 {number} 过大，请核对")
    return number


def parse_amount(value: object) -> Decimal:
    """An amount in 万元: non-negative, at most 6 decimals (to the 分, as some reports print it: 24252.311082)."""
    if isinstance(value, bool):
        raise ValueError("应为金额（万元），不能是“是/否”")
    if isinstance(value, int | float):
        text = repr(value) if isinstance(value, float) else str(value)
    elif isinstance(value, str):
        text = nfkc(value).removesuffix("万元")
        if text.endswith("元"):
            raise ValueError(f"金额单位应为万元，请把“{value}”换算成万元后只填数字")
        text = without_thousands(text, value)
        if not re.fullmatch(r"[+-]?\d{1,12}(\.\d*)?|[+-]?\.\d+", text):  # no 1e3, 0x1f, inf, 100,000 digits
            raise ValueError(f"应为金额（万元），实际是“{value}”")
    else:
        raise ValueError(f"应为金额（万元），实际是{_kind(value)}")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"应为金额（万元），实际是“{value}”") from None
    if not amount.is_finite():
        raise ValueError(f"应为金额（万元），实际是“{value}”")
    if amount < 0:
        raise ValueError(f"不能为负数（{text}）")
    if amount > MAX_AMOUNT:
        raise ValueError(f"金额 {text} 万元过大，请核对单位是否为万元")
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -6:
        raise ValueError(f"最多保留 6 位小数，即精确到分（{text}）")
    return amount


def parse_date(value: object) -> dt.date:
    """A date given as YAML date, "2024-01-17" or "2024年1月17日"."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"应为日期，例如 2024-01-17，实际是{_kind(value)}")
    text = nfkc(value)
    match = _DATE_CN.match(text) or _DATE_ISO.match(text)
    if not match:
        raise ValueError(f"应为日期，例如 2024-01-17 或 2024年1月17日，实际是“{value}”")
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        raise ValueError(f"日期“{value}”不存在") from None


def parse_year(value: object) -> int:
    year = parse_count(value)
    if not 2008 <= year <= 2100:
        raise ValueError(f"年度 {year} 不合理，应为四位数年份，例如 2023")
    return year


_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Unicode "format" characters (category Cf): zero-width spaces and joiners, direction marks and overrides
# (U+202E turns "txt.exe" into "exe.txt" on screen), the BOM in mid-text. Invisible, they make a name that
# looks right but is not (a report titled with them, a file name that cannot be typed).
_FORMAT = re.compile("[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
                     "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
                     "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")


def parse_text(value: object) -> str:
    """Text as typed or pasted: Word's line and page breaks (\\v, \\f) become line breaks; other invisible
    control characters (which no .docx may contain) and broken surrogates are dropped."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(f"应为文字，实际是{_kind(value)}")
    text = str(value)
    if len(text) > MAX_TEXT:
        raise ValueError(f"文字过长（{len(text)} 字，一项最多 {MAX_TEXT} 字），不像是报告中的一段。请核对内容是否粘贴错了")
    if not text.isprintable():
        found = _FORMAT.search(text)
        if found:
            before = text[max(0, found.start() - 8):found.start()].strip()
            where = f"“{before}”之后" if before else "开头"
            raise ValueError(f"含有看不见的格式字符 U+{ord(found.group()):04X}（{where}），多半是从网页或聊天软件复制时带入的，"
                             "请重新输入这段文字（不要粘贴）")
        text = strip_invisible(text)
    return text.strip()


# A CJK character or full-width punctuation: no space where a line break between two of them is taken out
_WIDE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef《》“”‘’]")


def parse_line(value: object) -> str:
    """Text that is one line in the report (a name, a notice's title, the platforms) as ``parse_text`` reads it,
    with the line breaks a paste from Word or a PDF brought taken out ("…政府信息公开\n工作…" → "…政府信息公开
    工作…"; between Latin words or digits a space)."""
    return one_line(parse_text(value))


def one_line(text: str) -> str:
    """``text`` with its line breaks taken out: none between CJK characters, else a space."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    out = lines[0] if lines else ""
    for line in lines[1:]:
        out += ("" if _WIDE.match(out[-1]) or _WIDE.match(line[0]) else " ") + line
    return out


_LONG_DIGITS = re.compile(r"\d{19,}")  # no count or amount has 19 digits


def cap_digits(text: str) -> str:
    """A run of more than 18 digits cut to its first 18 and "…", for text that is searched with patterns
    like ``(\\d+)件``: on a 100,000-digit run those backtrack for hours, and ``int()`` refuses it."""
    return _LONG_DIGITS.sub(lambda m: m.group()[:18] + "…", text) if _LONG_DIGITS.search(text) else text


# an enclosed numeral right after a figure is the report's footnote mark ("19①"), never a digit of it (NFKC makes
# "①" a "1": 19① would read 191): circled, parenthesised, full-stop and negative circled forms
_FOOTNOTE_MARK = re.compile(r"(?<=\d)[\u2460-\u249b\u24ea-\u24ff\u2776-\u2793]+")


def drop_footnote_marks(text: str) -> str:
    """"19①" → "19": a footnote mark after a figure in a published report is not part of the number."""
    return _FOOTNOTE_MARK.sub("", text)


def strip_invisible(text: str) -> str:
    """Text with Word's line and page breaks as line breaks and no control or format characters (for text
    read from a published report, where a zero-width space is an accident of the web page)."""
    if text.isprintable():
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").replace("\f", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return _FORMAT.sub("", _INVISIBLE.sub("", text))


def _kind(value: object) -> str:
    if value is None:
        return "空值"
    if isinstance(value, dict):
        return "一组键值（映射）"
    if isinstance(value, list):
        return "列表"
    if isinstance(value, bool):
        return "是/否"
    return f"“{value}”"


CHINESE_DIGITS = "〇一二三四五六七八九"


def chinese_number(numeral: str) -> int:
    """"四" 4, "两" 2, "十二" 12, "三十" 30, "九十九" 99; without 十, digit by digit: "二〇二四" 2024."""
    numeral = numeral.replace("两", "二")
    if "十" not in numeral:
        return int("".join(str(CHINESE_DIGITS.index(d)) for d in numeral))
    tens, _, ones = numeral.partition("十")
    return (CHINESE_DIGITS.index(tens) if tens else 1) * 10 + (CHINESE_DIGITS.index(ones) if ones else 0)


def chinese_date(day: dt.date) -> str:
    """2024年1月17日 (no leading zeros)."""
    return f"{day.year}年{day.month}月{day.day}日"


def format_amount(value: Decimal) -> str:
    """万元 amounts without trailing zeros: 0 → "0", 12.50 → "12.5"."""
    text = format(value.normalize(), "f")
    return text


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Insertions, deletions and substitutions turning ``a`` into ``b`` (short names and headings), at most
    ``limit``: strings whose lengths differ by more are not compared character by character."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return min(row[-1], limit)
