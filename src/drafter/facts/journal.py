"""All formats or none, even when drafter is killed outright between two renames.

Before renaming several files into place, ``atomic.atomic_write_many`` writes a journal,
``.drafter-writing.<pid>.json`` beside them: the names that are new, and for each file about to be
replaced (``--force``) a hard link to its old version (``.<name>.<pid>-old.bak``). On success both go.
A process killed by SIGKILL or a power cut leaves them behind; the next run calls ``undo_interrupted``,
which removes the new names and puts the old versions back. Journals of processes still running are left
alone. Version 1 journals (a list of new names) are read too.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from pathlib import Path

JOURNAL = re.compile(r"^\.drafter-writing\.(\d+)\.json$")
MAX_ENTRIES = 16  # a render writes at most a handful of formats; a hostile journal is not followed further


def write(folder: Path, new: list[Path], replaced: list[tuple[Path, Path]]) -> Path:
    """The journal for ``new`` names and ``replaced`` (target, backup) pairs, flushed to disk (OSError
    goes to the caller)."""
    journal = folder / f".drafter-writing.{os.getpid()}.json"
    entry = {"new": [p.name for p in new], "old": [[t.name, b.name] for t, b in replaced]}
    with journal.open("w", encoding="utf-8") as fh:
        json.dump(entry, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    return journal


def backup(path: Path) -> Path:
    """A second name for ``path``'s current content, kept until the new version is in place (a hard link:
    no copy; where the file system has none, a copy)."""
    saved = path.with_name(f".{path.name[:80]}.{os.getpid()}-old.bak")
    remove_quietly(saved)
    try:
        os.link(path, saved)
    except OSError:
        shutil.copy2(path, saved)
    return saved


def restore(target: Path, saved: Path) -> bool:
    """Put the old version back; whether anything changed. A target that was never replaced is the same file
    as its backup (a hard link), which rename would leave in place: that backup is just removed."""
    try:
        if target.exists() and os.path.samefile(saved, target):
            os.unlink(saved)
            return False
        os.replace(saved, target)
    except OSError:
        return False
    return True


def undo_interrupted(folder: Path) -> tuple[list[Path], list[Path]]:
    """Undo what killed drafters renamed into ``folder`` before they could rename the rest: (new files
    removed, old versions put back)."""
    removed: list[Path] = []
    restored: list[Path] = []
    with contextlib.suppress(OSError):
        for journal in folder.iterdir():
            match = JOURNAL.match(journal.name)
            if not match or running(int(match.group(1)), journal):
                continue
            with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
                new, old = _entries(json.loads(journal.read_text(encoding="utf-8")))
                for name in new:
                    target = folder / Path(str(name)).name
                    if target.is_file():
                        target.unlink()
                        removed.append(target)
                for name, saved in old:
                    target = folder / Path(str(name)).name
                    if restore(target, folder / Path(str(saved)).name):
                        restored.append(target)
            remove_quietly(journal)
    return removed, restored


def _entries(data: object) -> tuple[list[str], list[list[str]]]:
    if isinstance(data, list):  # version 1: new names only
        return [str(n) for n in data[:MAX_ENTRIES]], []
    if not isinstance(data, dict):
        raise ValueError("not a journal")
    old = [pair for pair in data.get("old", [])[:MAX_ENTRIES] if isinstance(pair, list) and len(pair) == 2]
    return [str(n) for n in data.get("new", [])[:MAX_ENTRIES]], old


def running(pid: int, path: Path) -> bool:
    """Whether the drafter that writes ``path`` may still run (where that cannot be asked, for an hour)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":  # os.kill(pid, 0) would terminate the process on Windows
        with contextlib.suppress(OSError):
            import time

            return time.time() - path.stat().st_mtime < 3600
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: another user's process
        return True
    with contextlib.suppress(OSError, IndexError):  # a killed process nobody reaped yet (Linux) is dead
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    return True


def remove_quietly(path: str | Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
