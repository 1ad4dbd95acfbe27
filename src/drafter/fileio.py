"""Reading user files as UTF-8 and writing every file atomically (temporary file + os.replace)."""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from pathlib import Path

from drafter.errors import DrafterError, OutputError


def read_text(path: Path, *, what: str = "文件") -> str:
    """Read a UTF-8 (optionally BOM-prefixed) text file, turning OS errors into Chinese messages."""
    if not path.exists():
        raise DrafterError(f"找不到{what}“{path}”。请检查路径是否正确。")
    if path.is_dir():
        raise DrafterError(f"“{path}”是一个文件夹，不是{what}。请给出文件的路径。")
    try:
        raw = path.read_bytes()
    except PermissionError:
        raise DrafterError(f"没有权限读取{what}“{path}”。请检查文件权限。") from None
    except OSError as exc:
        raise DrafterError(f"无法读取{what}“{path}”：{exc.strerror}。") from None
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


def check_writable(path: Path, *, force: bool) -> None:
    """Refuse to overwrite an existing file unless ``force``; refuse a missing or unwritable folder."""
    if path.exists() and path.is_dir():
        raise OutputError(f"输出路径“{path}”是一个文件夹。请给出文件名，例如 {path / '报告.docx'}。")
    if path.exists() and not force:
        raise OutputError(f"文件“{path}”已存在，未覆盖。如需覆盖，请加上 --force 参数。")
    parent = path.parent if str(path.parent) else Path(".")
    if parent.exists() and not parent.is_dir():
        raise OutputError(f"输出位置“{parent}”不是文件夹。")


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder, so readers never see half a file.

    ``durable`` flushes the data to disk before the rename (survives a power cut, ~1–10 ms); without it the
    write is still atomic for any reader and against a killed process. The file gets the permissions a
    plain ``open()`` would give (0666 less the umask), not mkstemp's private 0600.
    """
    parent = path.parent if str(path.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except PermissionError:
        raise OutputError(f"没有权限在文件夹“{parent}”中写入文件。请换一个输出位置。") from None
    except OSError as exc:
        raise OutputError(f"无法在“{parent}”中写入文件：{exc.strerror}。") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), 0o666 & ~_umask())
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except PermissionError:
        _remove_quietly(tmp)
        raise OutputError(
            f"无法写入“{path}”：文件被占用或没有权限。如果它正在 Word 或 WPS 中打开，请先关闭再重试。"
        ) from None
    except BaseException:
        _remove_quietly(tmp)
        raise


def atomic_write_text(path: Path, text: str, *, durable: bool = True) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), durable=durable)


@functools.cache
def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _remove_quietly(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)
