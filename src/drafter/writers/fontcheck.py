"""Which of a font set's fonts this computer lacks (fontconfig's ``fc-list``, or the Windows font folder).

Where neither can tell, nothing is said: a report is still written in the chosen set, and Word or WPS
substitutes a missing font when the report is opened.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

from drafter.writers import docx_layout as L

# Windows keeps fonts as files; these are the usual file names of the fonts the sets name.
WINDOWS_FILES = {
    "宋体": ("simsun.ttc",), "黑体": ("simhei.ttf",), "仿宋": ("simfang.ttf",), "楷体": ("simkai.ttf",),
    "仿宋_GB2312": ("仿宋_GB2312.ttf", "FS_GB2312.ttf", "fsgb2312.ttf"),
    "楷体_GB2312": ("楷体_GB2312.ttf", "KT_GB2312.ttf", "ktgb2312.ttf"),
    "方正小标宋简体": ("FZXBSJW.TTF", "方正小标宋简体.ttf", "FZXBSJW--GB1-0.ttf"),
}


@functools.cache
def installed_families() -> set[str] | None:
    """Every font family name fontconfig knows (all languages' names), or None where there is no fc-list."""
    program = shutil.which("fc-list")
    if program is None:
        return None
    try:
        listing = subprocess.run([program, ":", "family"], capture_output=True, text=True, timeout=20,
                                 encoding="utf-8", errors="replace").stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return {name.strip() for line in listing.splitlines() for name in line.split(",") if name.strip()}


def missing_fonts(names: list[str]) -> list[str] | None:
    """The fonts of ``names`` that are not installed; None where that cannot be known."""
    if os.name == "nt":
        folders = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
                   Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"]
        present = {p.name.lower() for folder in folders if folder.is_dir() for p in folder.iterdir()}
        return [n for n in names if n in WINDOWS_FILES and not any(f.lower() in present for f in WINDOWS_FILES[n])]
    families = installed_families()
    if families is None:
        return None
    return [name for name in names if name not in families]


def font_warning(font_set: str) -> str | None:
    """A Chinese warning when the set's fonts are missing here, naming them and the set to use instead."""
    missing = missing_fonts(L.FONT_SETS[font_set].names())
    if not missing:
        return None
    other = next(name for name in L.FONT_SETS if name != font_set)
    other_missing = missing_fonts(L.FONT_SETS[other].names())
    advice = (f"如果打开报告的电脑也没有这些字体，可改用 --fonts {other}（{'、'.join(L.FONT_SETS[other].names())}，本机都有）。"
              if other_missing == [] else "请安装这些字体，或在装有这些字体的电脑上打开和打印报告。")
    return (f"本机没有安装字体：{'、'.join(missing)}。报告中仍写明这些字体，没有它们的电脑会用其他字体显示"
            f"（在本机生成 PDF 时用最接近的已安装字体代替）。{advice}")


_SERIF = ("Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN", "AR PL UMing CN", "FandolSong")
_SANS = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Zen Hei", "FandolHei")
# For a font that is missing: the fonts that look most like it, best first (another name of the same font,
# then free fonts of the same family: serif for 仿宋/楷体/宋体, sans for 黑体).
SUBSTITUTES = {
    "仿宋_GB2312": ("仿宋", "FangSong", "FandolFang", *_SERIF),
    "仿宋": ("FangSong", "仿宋_GB2312", "FandolFang", *_SERIF),
    "楷体_GB2312": ("楷体", "KaiTi", "AR PL UKai CN", "FandolKai", *_SERIF),
    "楷体": ("KaiTi", "楷体_GB2312", "AR PL UKai CN", "FandolKai", *_SERIF),
    "方正小标宋简体": ("FZXiaoBiaoSong-B05S", "宋体", "SimSun", *_SERIF),
    "宋体": ("SimSun", "NSimSun", *_SERIF),
    "黑体": ("SimHei", *_SANS),
}


def substitutes(names: list[str]) -> dict[str, str]:
    """For each of ``names`` not installed here, the installed font most like it (none where unknown)."""
    families = installed_families()
    if not families:
        return {}
    return {name: next(alt for alt in SUBSTITUTES.get(name, ()) if alt in families) for name in names
            if name not in families and any(alt in families for alt in SUBSTITUTES.get(name, ()))}
