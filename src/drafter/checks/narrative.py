"""Narrative lint with jieba, on the text that will be published: only ``drafter check`` runs it.

- L1 doubled characters or words ("二街镇镇", "我们们", "的的"), the agency's own names loaded into
  jieba's dictionary and legitimate reduplication (常常、人人、天天、看看…) allowed;
- L2 a section copied from last year's report: the similarity of the section's words, numbers
  masked, at or above ``COPY_THRESHOLD``, quoting the repeated sentences.
Stale years (E5) and wrong citations (E6) are shared with rendering in ``checks.text``.

jieba is imported lazily here and nowhere else (rendering never loads it); its log is silenced and
its cache kept in a per-user folder rather than the shared temporary folder.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import itertools
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.checks.rules import WARNING, Problem
from drafter.checks.units import Unit, locate, sentences, units
from drafter.draft import Draft
from drafter.facts.model import Facts
from drafter.tables import SECTION_HEADINGS

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

# L2: a section whose words (numbers masked) match last year's at this ratio or more is flagged.
# difflib's ratio 2·M/T over jieba words: 0.8 means four words in five are last year's, in order.
COPY_THRESHOLD = 0.8
# Sections shorter than this (characters) are not compared: one-line standard sentences such as
# "2023年，我镇未收到政府信息公开申请。" are expected to repeat every year.
COPY_MIN_CHARS = 50
# Repeated sentences shorter than this are not quoted.
QUOTE_MIN_CHARS = 12
SECTION_PATHS = {1: "overview", 5: "measures", 6: "other_matters"}

# Reduplication that is correct Chinese, even where jieba splits it into two single characters.
_ALLOWED = """
常常 人人 天天 看看 刚刚 仅仅 渐渐 层层 处处 事事 时时 家家 户户 个个 件件 条条 项项 年年 月月 日日 步步
默默 纷纷 往往 稍稍 频频 久久 深深 慢慢 好好 紧紧 牢牢 实实 明明 一一 村村 组组 谢谢 试试 想想 说说
听听 问问 查查 统统 多多 大大 小小 早早 轻轻 静静 悄悄 恰恰 偏偏 区区 种种 样样 桩桩 级级 环环 节节
点点 方方 面面 人人 齐齐 户户 各各 代代 声声 句句 字字 笔笔 次次 回回
"""
ALLOWED_DOUBLES = frozenset(_ALLOWED.split())
_CJK = re.compile(r"[\u3400-\u9fff]")
# the doubled character's second beginning a word of its own, which jieba leaves apart: an agency's name and its own
# office or head ("息烽县民政局局办公室", 767; "霞美镇镇府路", 849), a head taking a post ("办事处主任任组长", 867), the
# plan "十五五" (37)
_SECOND_STARTS_A_WORD = re.compile(r"[局镇乡县区旗](?:长|政府|府|党委|党组|办公室|机关|领导|班子)"
                                   r"|任副?(?:组长|组员|成员|主任)|五(?=[”\"’']?(?:规划|时期|期间))"
                                   # a road of the address ("莆田市涵江区江口镇镇兴路1号", 988)
                                   r"|[镇乡县区市][\u4e00-\u9fff]?(?:路|大道|大街|街|巷)\s*\d")
# doubled words that are right where they stand: a government's name before "政府信息公开" or its office ("连生乡人民政府
# 政府信息公开工作情况报告", 61, 102; "别拉洪乡人民政府政府办公室", 444); the 条例's own "国家有关规定规定应当主动公开" (697);
# an idiom ending in 地 before the adverbial 地 ("脚踏实地地把政务公开作为一项重点工作来抓", 624)
_RIGHT_DOUBLES = re.compile(r"人民(政府政府)|有关(规定规定)|(?:脚踏实|设身处)(地地)")
# a person's given name of one character twice after the surname, in a contact line: "请与海南省商务厅办公室曾茜茜联系"
# (477); jieba knows some such names ("王丽丽") but not all
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
             "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛"
             "邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳管"
             "柴蒙鲍喻祁蒲房滕屈饶解牟艾尤穆卓缪简项麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁巫寇桑郎甄")
_GIVEN_NAME = re.compile(rf"(?:联系人|联系|办公室|[:：,，、\s])[{_SURNAMES}]([\u4e00-\u9fff])\1"
                         r"(?=同志|联系|电话|[,，;；:：(（、\s\d]|$)")
_REPEATED_WORD = re.compile(r"([\u3400-\u9fff]{2,4})\1")
_WORD = re.compile(r"[\w#]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# The official run-in headings ("（三）政府信息管理情况。") repeat every year by design: not compared.
_RUN_IN_HEADING = re.compile(r"^（[一二三四五六七八九十]）[^。（）]{2,24}。")


def cache_dir() -> Path | None:
    """Where jieba keeps its 9 MB dictionary cache: ``DRAFTER_CACHE_DIR``, else the user's cache folder."""
    if os.environ.get("DRAFTER_CACHE_DIR"):
        base = Path(os.environ["DRAFTER_CACHE_DIR"])
    elif sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        base = Path(os.environ["LOCALAPPDATA"]) / "drafter" / "cache"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "drafter"
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # jieba then falls back to the temporary folder
    return base


def _import_jieba() -> Any:
    """jieba, without setuptools' ``pkg_resources``: jieba imports it only to open its own dict.txt and, where it
    is absent (Python 3.12 venvs have no setuptools), opens the file beside its module instead. Importing
    ``pkg_resources`` took about 0.2 s of every ``drafter check``."""
    import warnings

    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # "import pkg_resources" raises ImportError
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import jieba
    finally:
        if blocked:
            del sys.modules["pkg_resources"]
    return jieba


@functools.cache
def _base_tokenizer() -> Any:
    import logging

    jieba = _import_jieba()
    jieba.setLogLevel(logging.CRITICAL)  # also its "Dump cache file failed" traceback
    tk = jieba.Tokenizer()
    folder = cache_dir()
    if folder is not None:
        tk.tmp_dir = str(folder)
    tk.initialize()
    for word in DOMAIN_WORDS:
        tk.add_word(word)
    return tk


# Words of township reports jieba's general dictionary lacks (or holds at frequency 0: "县直"); without them "镇镇村两级"
# reads as a typo.
DOMAIN_WORDS = ("镇村", "镇属", "镇直", "镇级", "乡村两级", "村组", "村居", "街居", "社区居委会", "政务公开",
                "依申请公开", "主动公开", "政务新媒体", "信息公开栏",
                # a level's own units, after its name: "通榆县县直部门", "乌审旗旗直部门", "某某镇镇域"
                "县直", "乡直", "旗直", "旗属", "旗级", "旗委", "镇域", "乡域")


def tokenizer(words: Iterable[str] = ()) -> Any:
    """jieba's tokenizer (loaded once per process), quiet, per-user cache, with the report's domain words
    and ``words`` (the agency's own names) added to its dictionary."""
    tk = _base_tokenizer()
    for word in words:
        if word:
            tk.add_word(word)
    return tk


@contextlib.contextmanager
def tokenizer_with(words: Iterable[str]) -> Iterator[Any]:
    """``tokenizer`` with ``words`` (one report's own names) in its dictionary for the ``with`` block only: the
    tokenizer is shared by the process, and another report's name left in it cuts this report's text otherwise
    ("场监督管理局", a name read from one report, made "咸宁市市场监督管理局" of the next a doubled "市", 998)."""
    tk = tokenizer()
    words = [w for w in words if w]
    keys = {w[:n] for w in words for n in range(1, len(w) + 1)}
    saved, total = {k: tk.FREQ.get(k) for k in keys}, tk.total
    try:
        for word in words:
            tk.add_word(word)
        yield tk
    finally:
        for key, freq in saved.items():
            if freq is None:
                tk.FREQ.pop(key, None)
            else:
                tk.FREQ[key] = freq
        tk.total = total


def own_names(facts: Facts) -> list[str]:
    a = facts.agency
    names = [a.name, a.short_name, a.report_name, a.title_name, f"{a.short_name}人民政府"]
    names += [c.name.strip("“”\"") for c in facts.overview.proactive.channels]
    return sorted({n for n in names if n and len(n) > 1})


def lint_text(facts: Facts, text: list[Unit], *, last: Facts | None = None,
              last_text: list[Unit] | None = None) -> list[Problem]:
    """L1 on ``text``; L2 against ``last_text`` (last year's) when given. Texts are ``checks.text`` units."""
    with tokenizer_with(own_names(facts) + (own_names(last) if last else [])) as tk:
        problems = doubled(facts, text, tk)
        if last_text:  # last year's report, or the text of it the facts file records
            problems += copied(text, last_text, tk, last.year if last is not None else facts.year - 1)
    return problems


def lint_draft(facts: Facts, draft: Draft, *, last: Facts | None = None, last_draft: Draft | None = None) -> list[Problem]:
    return lint_text(facts, units(draft), last=last, last_text=units(last_draft) if last_draft else None)


# ---- L1 -------------------------------------------------------------------------------------------
def doubles_in(text: str, tk: Any) -> list[str]:
    """The doubled characters or words in ``text``: "二街镇镇" (a word, then its last character alone),
    "的的" (two single characters), "政府政府" (a dictionary word twice)."""
    tokens = [t for t in tk.cut(text, HMM=False) if t]
    starts = list(itertools.accumulate((len(t) for t in tokens), initial=0))
    found = []
    for i, (a, b) in enumerate(zip(tokens, tokens[1:], strict=False)):
        if not (_CJK.match(a[-1]) and a[-1] == b[0]) or _SECOND_STARTS_A_WORD.match(text, starts[i + 1]):
            continue
        if a == b and a * 2 not in ALLOWED_DOUBLES or len(b) == 1 and a[-1] * 2 not in ALLOWED_DOUBLES:
            found.append(a + b)
    for match in _REPEATED_WORD.finditer(text):
        word = match.group(1)
        if tk.FREQ.get(word) and match.group() not in found and match.group() not in ALLOWED_DOUBLES:
            found.append(match.group())
    right = [hit for m in _RIGHT_DOUBLES.finditer(text) for hit in m.groups() if hit]
    right += [m.group(1) * 2 for m in _GIVEN_NAME.finditer(text)]
    return [hit for hit in found if not any(hit.endswith(r) for r in right)]


def doubled(facts: Facts, text: list[Unit], tk: Any) -> list[Problem]:
    problems = []
    for unit in text:
        for sentence in sentences(unit.text):
            for hit in doubles_in(sentence, tk):
                problems.append(Problem(
                    "L1", WARNING, locate(facts, sentence, unit.slot),
                    f"“{hit}”疑似重复了字词（所在句：“{sentence[:60]}”）",
                    f"删去重复的字词；如“{hit}”本来就是正确的写法，可忽略"))
    return problems


# ---- L2 -------------------------------------------------------------------------------------------
def section_texts(text: list[Unit]) -> dict[int, str]:
    """Narrative text of each of the six sections (1–6), tables left out."""
    texts: dict[int, list[str]] = {}
    for unit in text:
        if 1 <= unit.section <= 6:
            texts.setdefault(unit.section, []).append(_RUN_IN_HEADING.sub("", unit.text))
    return {section: "\n".join(parts) for section, parts in texts.items()}


def _words(text: str, tk: Any) -> list[str]:
    return [w for w in tk.cut(_NUMBER.sub("#", text), HMM=False) if _WORD.match(w)]


def similarity(text: str, other: str, tk: Any) -> float:
    """Share of words in common and in order (difflib ratio over jieba words, numbers masked)."""
    return difflib.SequenceMatcher(None, _words(text, tk), _words(other, tk), autojunk=False).ratio()


def repeated_sentences(text: str, other: str) -> list[str]:
    before = {_NUMBER.sub("#", s) for s in sentences(other)}
    return [s for s in sentences(text) if len(s) >= QUOTE_MIN_CHARS and _NUMBER.sub("#", s) in before]


def copied(text: list[Unit], last_text: list[Unit], tk: Any, last_year: int) -> list[Problem]:
    now, before = section_texts(text), section_texts(last_text)
    problems = []
    for section, body in sorted(now.items()):
        other = before.get(section, "")
        if len(body) < COPY_MIN_CHARS or len(other) < COPY_MIN_CHARS:
            continue
        ratio = similarity(body, other, tk)
        if ratio < COPY_THRESHOLD:
            continue
        repeats = repeated_sentences(body, other)
        quoted = "；".join(f"“{s[:50]}”" for s in repeats[:3])
        problems.append(Problem(
            "L2", WARNING, SECTION_PATHS.get(section, f"banks:section{section}"),
            f"“{SECTION_HEADINGS[section - 1]}”与{last_year}年报告的同一部分相似度为{ratio:.0%}（按词计，数字不计）"
            + (f"，{len(repeats)}句与上年相同，如：{quoted}" if repeats else ""),
            "结合本年实际重写本部分：写明本年的新做法、具体数字和上年问题的整改情况（统一格式要求避免“内容雷同”）",
            SECTION_HEADINGS[section - 1]))
    return problems
