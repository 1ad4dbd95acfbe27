"""Reading user files (UTF-8 text, bytes) with Chinese messages for every OS error, and checking an output
path before anything is written (writing itself is ``atomic``)."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from drafter.errors import DrafterError, OutputError

MAX_INPUT_BYTES = 64 * 2**20  # a .docx or .xlsx (packed); this guards memory, not taste
MAX_TEXT_BYTES = 4 * 2**20  # facts files, banks and interview progress are kilobytes
MAX_REPORT_BYTES = 8 * 2**20  # a report saved as a web page or text (with inline images) is at most a few MB
_REASONS = {
    errno.ENOENT: "文件夹不存在", errno.ENOTDIR: "路径中有一部分不是文件夹", errno.EEXIST: "同名的文件已存在",
    errno.ENOSPC: "磁盘空间不足", errno.EROFS: "磁盘是只读的", errno.ENAMETOOLONG: "文件名过长",
    errno.EACCES: "没有权限", errno.EPERM: "没有权限", errno.EISDIR: "这是一个文件夹",
    errno.EDQUOT: "超出磁盘配额", errno.EIO: "磁盘读写出错", errno.EINVAL: "文件名中有不允许的字符",
}
_NOT_IN_NAMES = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in '/\\:*?"<>|'})


def reason(exc: OSError) -> str:
    """The Chinese reason for an OS error (never the English ``strerror``)."""
    return _REASONS.get(exc.errno or 0, f"系统错误 {exc.errno}")


def describe(exc: OSError) -> str:
    """An OS error nobody turned into a message yet, as one Chinese sentence naming the file."""
    if exc.filename is not None:
        return f"无法读写“{exc.filename}”：{reason(exc)}。请检查路径、权限和磁盘空间后重试。"
    return f"无法输出结果（屏幕或重定向的文件）：{reason(exc)}。请检查输出位置后重试。"


def safe_filename(name: str) -> str:
    """A file name made from user text (an agency's name): no folder separators or characters Windows
    forbids (they become their full-width twins, "／" for "/"), no control characters."""
    name = "".join(c for c in name.translate(_NOT_IN_NAMES) if c.isprintable() or c == "\u3000")
    return name.strip(" .") or "报告"


def check_readable(path: Path, *, what: str = "文件", limit: int = MAX_INPUT_BYTES) -> os.stat_result:
    """Refuse, before opening it, a path that is not a regular file of at most ``limit`` bytes: a FIFO, a
    device (``/dev/zero``, ``/dev/stdin``) or a socket would block or never end; a folder is no file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise DrafterError(f"找不到{what}“{path}”。请检查路径是否正确。") from None
    except OSError as exc:
        raise DrafterError(f"无法读取{what}“{path}”：{reason(exc)}。") from None
    if stat.S_ISDIR(info.st_mode):
        raise DrafterError(f"“{path}”是一个文件夹，不是{what}。请给出文件的路径。")
    if not stat.S_ISREG(info.st_mode):
        raise DrafterError(f"“{path}”不是普通文件（是设备、管道或套接字），不能作为{what}读取。"
                           f"请先把内容保存为文件，再给出该文件的路径。")
    if info.st_size > limit:
        raise _too_big(path, what, limit)
    return info


def _too_big(path: Path, what: str, limit: int) -> DrafterError:
    size = f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 1024} KB"
    return DrafterError(f"{what}“{path}”超过 {size}，不像是{what}。请确认文件是否正确。")


def read_bytes(path: Path, *, what: str = "文件", limit: int = MAX_INPUT_BYTES) -> bytes:
    """A user's regular file, OS errors as Chinese messages; more than ``limit`` bytes is refused."""
    check_readable(path, what=what, limit=limit)
    try:
        with path.open("rb") as fh:
            raw = fh.read(limit + 1)
    except PermissionError:
        raise DrafterError(f"没有权限读取{what}“{path}”。请检查文件权限；如果它正在其他程序中打开，请先关闭。") from None
    except OSError as exc:
        raise DrafterError(f"无法读取{what}“{path}”：{reason(exc)}。") from None
    if len(raw) > limit:
        raise _too_big(path, what, limit)
    return raw


def read_text(path: Path, *, what: str = "文件", limit: int = MAX_INPUT_BYTES) -> str:
    """Read a UTF-8 (optionally BOM-prefixed) text file, turning OS errors into Chinese messages."""
    raw = read_bytes(path, what=what, limit=limit)
    if b"\x00" in raw[:4096]:
        raise DrafterError(f"{what}“{path}”不是文本文件（可能是二进制文件）。请给出 UTF-8 编码的文本文件。")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        hint = ""
        with contextlib.suppress(UnicodeDecodeError):
            raw.decode("gb18030")
            hint = "文件看起来是 GBK 编码，请用记事本“另存为”UTF-8 编码后重试。"
        raise DrafterError(
            f"{what}“{path}”不是 UTF-8 编码（第 {exc.start} 字节处无法解码）。{hint or '请另存为 UTF-8 编码后重试。'}"
        ) from None


def check_writable(path: Path, *, force: bool, inputs: Iterable[Path] = ()) -> None:
    """Refuse to overwrite an existing file unless ``force``; refuse a missing or unwritable folder.
    Never (``force`` or not) an input of this run (the facts file, a bank), a device or a pipe."""
    for source in inputs:
        if same_file(path, source):
            raise OutputError(f"输出文件“{path}”就是输入文件“{source}”，写入会覆盖输入（加 --force 也不行）。"
                              "请换一个输出文件名。")
    if path.exists() and path.is_dir():
        raise OutputError(f"输出路径“{path}”是一个文件夹。请给出文件名，例如 {path / '报告.docx'}。")
    if path.exists() and not path.is_file():
        raise OutputError(f"输出路径“{path}”不是普通文件（是设备或管道），不会替换它。请换一个输出文件名。")
    if path.exists() and not force:
        raise OutputError(f"文件“{path}”已存在，未覆盖。如需覆盖，请加上 --force 参数。")
    parent = path.parent if str(path.parent) else Path(".")
    if parent.exists() and not parent.is_dir():
        raise OutputError(f"输出位置“{parent}”不是文件夹。")


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (a link, "./x" and "x", another case on Windows)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        try:
            return a.resolve() == b.resolve()
        except (OSError, RuntimeError):
            return False
