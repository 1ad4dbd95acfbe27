"""PDF writer: the Word report converted by LibreOffice (headless), for portals that publish PDF.

Each conversion runs in a temporary folder with its own LibreOffice profile (``-env:UserInstallation``),
so conversions in parallel and a LibreOffice the user has open do not disturb each other; a time
limit stops one that hangs (its whole process group). The PDF embeds its fonts.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from drafter.draft import Draft
from drafter.errors import OutputError
from drafter.writers.docx import escape

TIMEOUT_S = 120.0
# EmbedStandardFonts: even Times and Helvetica are embedded (the other fonts always are).
EXPORT_FILTER = 'pdf:writer_pdf_Export:{"EmbedStandardFonts":{"type":"boolean","value":"true"}}'
NO_LIBREOFFICE = ("生成 PDF 需要 LibreOffice，本机没有找到（soffice）。可以安装 LibreOffice 后重试"
                  "（Linux：apt-get install libreoffice-writer-nogui；Windows/macOS：从 libreoffice.org 下载安装），"
                  "或先生成 Word 报告（--format docx），再在 Word 或 WPS 中“另存为 PDF”。")


WINDOWS_PATHS = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                 r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")


def soffice() -> str | None:
    """The LibreOffice program, or None where it is not installed."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None and os.name == "nt":
        found = next((path for path in WINDOWS_PATHS if Path(path).is_file()), None)
    return found


def require_libreoffice() -> str:
    """The LibreOffice program; where it is missing, an error saying how to get a PDF otherwise."""
    program = soffice()
    if program is None:
        raise OutputError(NO_LIBREOFFICE)
    return program


def docx_to_pdf(docx: bytes, timeout: float = TIMEOUT_S, fonts: list[str] | None = None) -> bytes:
    """The PDF LibreOffice makes of ``docx`` (bytes of a .docx). ``fonts``: those the report names; any
    missing here is replaced by the installed font most like it (a serif for 仿宋, not LibreOffice's
    default sans)."""
    program = require_libreoffice()
    with tempfile.TemporaryDirectory(prefix="drafter-pdf-") as tmp:
        folder = Path(tmp)
        (folder / "report.docx").write_bytes(docx)
        _write_profile(folder / "profile", fonts or [])
        command = [program, "--headless", "--norestore", "--nologo", "--nolockcheck",
                   f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                   "--convert-to", EXPORT_FILTER, "--outdir", str(folder), str(folder / "report.docx")]
        _run(command, timeout)
        pdf = folder / "report.pdf"
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise OutputError("LibreOffice 没有生成 PDF。请在 Word 或 WPS 中打开 Word 报告，“另存为 PDF”。")
        return pdf.read_bytes()


def _write_profile(profile: Path, fonts: list[str]) -> None:
    """A new LibreOffice profile whose font replacement table maps the missing fonts."""
    from drafter.writers.fontcheck import substitutes

    pairs = substitutes(fonts)
    if not pairs:
        return
    nodes = "".join(
        f'<item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs"><node oor:name="_{i}" '
        f'oor:op="replace">{_prop("Always", "true")}{_prop("OnScreenOnly", "false")}'
        f'{_prop("ReplaceFont", escape(missing))}{_prop("SubstituteFont", escape(substitute))}</node></item>'
        for i, (missing, substitute) in enumerate(pairs.items()))
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'<item oor:path="/org.openoffice.Office.Common/Font/Substitution">{_prop("Replacement", "true")}</item>'
        f"{nodes}</oor:items>\n", encoding="utf-8")


def _prop(name: str, value: str) -> str:
    return f'<prop oor:name="{name}" oor:op="fuse"><value>{value}</value></prop>'


def _run(command: list[str], timeout: float) -> None:
    env = {**os.environ, "HOME": str(Path(command[-1]).parent)}  # LibreOffice writes no ~/.config
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                          start_new_session=True, env=env) as proc:
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            if hasattr(os, "killpg"):  # soffice starts soffice.bin: stop both
                os.killpg(proc.pid, signal.SIGKILL)
            else:
                proc.kill()
            proc.wait()
            raise OutputError(f"LibreOffice 转换 PDF 超过 {timeout:.0f} 秒仍未完成，已停止。"
                              "请在 Word 或 WPS 中打开 Word 报告，“另存为 PDF”。") from None


def render(draft: Draft) -> bytes:
    from drafter.writers import docx
    from drafter.writers.docx_layout import FONT_SETS

    return docx_to_pdf(docx.render(draft), fonts=FONT_SETS[draft.fonts].names())
