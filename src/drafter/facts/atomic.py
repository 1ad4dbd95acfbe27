"""Writing every file atomically (temporary file + os.replace), several files all or none.

A reader never sees half a file; a render killed between two renames is undone at the next run (``journal``).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from drafter.errors import OutputError
from drafter.facts import journal
from drafter.facts.files import reason


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
        _undo(created, replaced, folders)
        raise
    finally:
        for leftover in [tmp for tmp, _ in staged] + [saved for _, saved in replaced] + ([log] if log else []):
            journal.remove_quietly(leftover)  # the journal: done, or undone above


def _undo(created: list[Path], replaced: list[tuple[Path, Path]], folders: list[Path]) -> None:
    """Remove the files and folders a failed ``atomic_write_many`` created; give the ones it replaced their
    old content back."""
    for path in created:
        journal.remove_quietly(path)
    for target, saved in replaced:
        journal.restore(target, saved)
    for folder in reversed(folders):  # deepest first; a folder someone else wrote into stays
        with contextlib.suppress(OSError):
            folder.rmdir()


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
        raise _not_a_folder(folder) from None
    except PermissionError:
        raise OutputError(f"没有权限在“{probe}”中建立文件夹。请换一个输出位置。") from None
    except OSError as exc:
        raise OutputError(f"无法建立文件夹“{folder}”：{reason(exc)}。请换一个输出位置。") from None
    return list(reversed(missing))


def _not_a_folder(folder: Path) -> OutputError:
    return OutputError(f"输出位置“{folder}”不是文件夹（同名的文件已存在）。请换一个输出位置。")


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
        raise _not_a_folder(parent) from None
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
