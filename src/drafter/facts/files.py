"""Reading user files as UTF-8 and writing every file atomically (temporary file + os.replace)."""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import signal
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from drafter.errors import DrafterError, OutputError
from drafter.facts import journal

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
        raise DrafterError(f"{what}“{path}”超过 {_size(limit)}，不像是{what}。请确认文件是否正确。")
    return info


def _size(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 1024} KB"


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
        raise DrafterError(f"{what}“{path}”超过 {_size(limit)}，不像是{what}。请确认文件是否正确。")
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


def check_folder_writable(folder: Path) -> None:
    """Create ``folder`` if needed and prove a file can be written in it (before a long batch starts)."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"输出位置“{folder}”是一个文件，不是文件夹。请换一个输出文件夹。")
    _make_folders(folder)
    journal.remove_quietly(_stage(folder / ".drafter-write-test", b"", False))


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder, so readers never see half a file.

    ``durable`` flushes the data to disk before the rename (survives a power cut, ~1–10 ms); without it the
    write is still atomic for any reader and against a killed process. The file gets the permissions a
    plain ``open()`` would give (0666 less the umask), not mkstemp's private 0600.
    """
    atomic_write_many({path: data}, durable=durable)


def atomic_write_many(files: dict[Path, bytes], *, durable: bool = True, exclusive: bool = False) -> None:
    """Write several files (a report in several formats) all or none: every temporary file is written
    first, every existing target is checked to be writable (not open in Word), and only then are they
    renamed into place, with Ctrl-C, SIGHUP and SIGTERM held off until all are. If a rename still fails,
    the files and folders this call created are removed and the files it replaced get their old content
    back; a process killed outright is undone at the next run (``journal``).
    ``exclusive``: a target that exists at the moment of the rename (another drafter wrote it meanwhile) is
    refused, never replaced: the name is taken with a hard link, which fails if it exists.
    A temporary file is ``.<name>.<pid>-<random>.tmp``: hidden, removed on any error; one left behind by a
    killed process is never read, and ``remove_temporaries`` removes it at the next run."""
    staged: list[tuple[str, Path]] = []
    created: list[Path] = []
    replaced: list[tuple[Path, Path]] = []  # (target, backup of its old content)
    folders: list[Path] = []
    log: Path | None = None
    try:
        for path, data in files.items():
            folders += _make_folders(path.parent if str(path.parent) else Path("."))
            staged.append((_stage(path, data, durable), path))
        for _, path in staged:
            _check_not_locked(path)
        if len(staged) > 1:
            replaced = [(path, journal.backup(path)) for _, path in staged if path.is_file()]
            log = _journal([path for _, path in staged if not path.exists()], replaced)
        with _signals_held():
            while staged:
                tmp, path = staged[0]
                existed = path.exists()
                _place(tmp, path, exclusive)
                staged.pop(0)
                if not existed:
                    created.append(path)
    except BaseException:
        for path in created:
            journal.remove_quietly(path)
        for target, saved in replaced:
            journal.restore(target, saved)
        for folder in reversed(folders):  # deepest first; a folder someone else wrote into stays
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    finally:
        for tmp, _ in staged:
            journal.remove_quietly(tmp)
        for _, saved in replaced:
            journal.remove_quietly(saved)
        if log is not None:  # done, or undone above
            journal.remove_quietly(log)


def _journal(new: list[Path], replaced: list[tuple[Path, Path]]) -> Path | None:
    if not new and not replaced:
        return None
    folder = (new or [t for t, _ in replaced])[0].parent
    try:
        return journal.write(folder, new, replaced)
    except OSError as exc:
        raise OutputError(f"无法在“{folder}”中写入文件：{reason(exc)}。") from None


def _place(tmp: str, path: Path, exclusive: bool) -> None:
    try:
        if not exclusive:
            os.replace(tmp, path)
            return
        try:
            os.link(tmp, path)  # atomic create-exclusive: of two renders racing for one name, one wins
        except FileExistsError:
            raise OutputError(f"文件“{path}”已存在（可能是另一个 drafter 刚刚生成的），未覆盖。"
                              "如需覆盖，请加上 --force 参数。") from None
        except OSError as exc:  # no hard links on this file system (FAT, some network drives)
            if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV, errno.EMLINK):
                raise
            _claim(path)
            os.replace(tmp, path)
        else:
            journal.remove_quietly(tmp)
    except OSError as exc:
        raise _write_error(path, exc) from None


def _claim(path: Path) -> None:
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    except FileExistsError:
        raise OutputError(f"文件“{path}”已存在（可能是另一个 drafter 刚刚生成的），未覆盖。"
                          "如需覆盖，请加上 --force 参数。") from None


_HELD = tuple(getattr(signal, name) for name in ("SIGINT", "SIGHUP", "SIGTERM") if hasattr(signal, name))


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold off Ctrl-C, a closed terminal and ``kill`` for the few microseconds the renames take."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _make_folders(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents; return the ones created, outermost first."""
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise OutputError(f"输出位置“{folder}”不是文件夹（同名的文件已存在）。请换一个输出位置。") from None
    except PermissionError:
        raise OutputError(f"没有权限在“{probe}”中建立文件夹。请换一个输出位置。") from None
    except OSError as exc:
        raise OutputError(f"无法建立文件夹“{folder}”：{reason(exc)}。请换一个输出位置。") from None
    return list(reversed(missing))


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
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:80]}.{os.getpid()}-", suffix=".tmp", dir=parent)
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
        journal.remove_quietly(tmp)
        raise OutputError(f"无法在“{parent}”中写入文件：{reason(exc)}。") from None
    except BaseException:
        journal.remove_quietly(tmp)
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
    """Remove the ``.<name>.<pid>-<random>.tmp`` files a killed process left in ``folder`` (only those of
    ``target`` when given). A file whose process still runs (a render writing it now) is left alone."""
    if not folder.is_dir():
        return
    pattern = re.compile(rf"^\.{re.escape(target[:80]) if target else '.+'}\.(?:(\d+)-)?[a-z0-9_]{{8}}\.tmp$")
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            match = pattern.match(path.name)
            if match and not (match.group(1) and journal.running(int(match.group(1)), path)) and path.is_file():
                journal.remove_quietly(str(path))
