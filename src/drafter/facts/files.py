"""Reading user files as UTF-8 and writing every file atomically (temporary file + os.replace)."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import tempfile
from pathlib import Path

from drafter.errors import DrafterError, OutputError

MAX_INPUT_BYTES = 64 * 2**20  # facts files, banks and reports are kilobytes; this guards memory, not taste
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


def safe_filename(name: str) -> str:
    """A file name made from user text (an agency's name): no folder separators or characters Windows
    forbids (they become their full-width twins, "／" for "/"), no control characters."""
    name = "".join(c for c in name.translate(_NOT_IN_NAMES) if c.isprintable() or c == "\u3000")
    return name.strip(" .") or "报告"


def read_bytes(path: Path, *, what: str = "文件", limit: int = MAX_INPUT_BYTES) -> bytes:
    """A user's file, OS errors as Chinese messages; more than ``limit`` bytes is refused."""
    if not path.exists():
        raise DrafterError(f"找不到{what}“{path}”。请检查路径是否正确。")
    if path.is_dir():
        raise DrafterError(f"“{path}”是一个文件夹，不是{what}。请给出文件的路径。")
    try:
        with path.open("rb") as fh:
            raw = fh.read(limit + 1)
    except PermissionError:
        raise DrafterError(f"没有权限读取{what}“{path}”。请检查文件权限；如果它正在其他程序中打开，请先关闭。") from None
    except OSError as exc:
        raise DrafterError(f"无法读取{what}“{path}”：{reason(exc)}。") from None
    if len(raw) > limit:
        raise DrafterError(f"{what}“{path}”超过 {limit // 2**20} MB，不像是{what}。请确认文件是否正确。")
    return raw


def read_text(path: Path, *, what: str = "文件") -> str:
    """Read a UTF-8 (optionally BOM-prefixed) text file, turning OS errors into Chinese messages."""
    raw = read_bytes(path, what=what)
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


def check_folder_writable(folder: Path) -> None:
    """Create ``folder`` if needed and prove a file can be written in it (before a long batch starts)."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"输出位置“{folder}”是一个文件，不是文件夹。请换一个输出文件夹。")
    _remove_quietly(_stage(folder / ".drafter-write-test", b"", False))


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder, so readers never see half a file.

    ``durable`` flushes the data to disk before the rename (survives a power cut, ~1–10 ms); without it the
    write is still atomic for any reader and against a killed process. The file gets the permissions a
    plain ``open()`` would give (0666 less the umask), not mkstemp's private 0600.
    """
    atomic_write_many({path: data}, durable=durable)


def atomic_write_many(files: dict[Path, bytes], *, durable: bool = True) -> None:
    """Write several files (a report in several formats) all or none: every temporary file is written
    first, every existing target is checked to be writable (not open in Word), and only then are they
    renamed into place; if a rename still fails, the files this call created are removed again.
    A temporary file is ``.<name>.<random>.tmp``: hidden, removed on any error; one left behind by a
    killed process is never read, and ``drafter batch`` removes those in its folder at the next start."""
    staged: list[tuple[str, Path]] = []
    created: list[Path] = []
    try:
        for path, data in files.items():
            staged.append((_stage(path, data, durable), path))
        for _, path in staged:
            _check_not_locked(path)
        while staged:
            tmp, path = staged[0]
            existed = path.exists()
            try:
                os.replace(tmp, path)
            except OSError as exc:
                raise _write_error(path, exc) from None
            staged.pop(0)
            if not existed:
                created.append(path)
    except BaseException:
        for path in created:
            _remove_quietly(str(path))
        raise
    finally:
        for tmp, _ in staged:
            _remove_quietly(tmp)


def _check_not_locked(path: Path) -> None:
    """Windows refuses to open a document Word holds; find that out before replacing anything."""
    if not path.is_file():
        return
    try:
        with path.open("r+b"):
            pass
    except OSError as exc:
        raise _write_error(path, exc) from None


def _write_error(path: Path, exc: OSError) -> OutputError:
    if isinstance(exc, PermissionError):
        return OutputError(f"无法写入“{path}”：文件被占用或没有权限。如果它正在 Word 或 WPS 中打开，请先关闭再重试。")
    return OutputError(f"无法写入“{path}”：{reason(exc)}。")


def _stage(path: Path, data: bytes, durable: bool) -> str:
    parent = path.parent if str(path.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:80]}.", suffix=".tmp", dir=parent)
    except (FileExistsError, NotADirectoryError):
        raise OutputError(f"输出位置“{parent}”不是文件夹（同名的文件已存在）。请换一个输出位置。") from None
    except PermissionError:
        raise OutputError(f"没有权限在文件夹“{parent}”中写入文件。请换一个输出位置。") from None
    except OSError as exc:
        raise OutputError(f"无法在“{parent}”中写入文件：{reason(exc)}。请换一个输出位置。") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), 0o666 & ~_umask())
            if durable:
                os.fsync(fh.fileno())
    except OSError as exc:
        _remove_quietly(tmp)
        raise OutputError(f"无法在“{parent}”中写入文件：{reason(exc)}。") from None
    except BaseException:
        _remove_quietly(tmp)
        raise
    return tmp


def atomic_write_text(path: Path, text: str, *, durable: bool = True) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), durable=durable)


@functools.cache
def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def remove_temporaries(folder: Path, target: str = "") -> None:
    """Remove the ``.<name>.<random>.tmp`` files a killed process left in ``folder`` (only those of
    ``target`` when given). Call it where no other drafter process writes the same files at the time."""
    if not folder.is_dir():
        return
    pattern = re.compile(rf"^\.{re.escape(target[:80]) if target else '.+'}\.[a-z0-9_]{{8}}\.tmp$")
    for path in folder.iterdir():
        if pattern.match(path.name) and path.is_file():
            _remove_quietly(str(path))


def _remove_quietly(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)
