"""Whether a batch report is up to date: the stamp beside it.

Up to date means: the report file exists, a stamp beside it (``.drafter-batch/<file>.json``) records
the hash of its inputs — the row's facts (their full dataclass repr), every phrase bank file in its
chain, the drafter version and its files — and the hash of the bytes written, and both still match.
A report drafter wrote (its bytes match the stamp) whose inputs changed is drafted again and replaced.
A report that exists without a matching stamp (written by hand, edited in Word, or a batch killed
between the report and its stamp) is drafted again in memory: identical bytes adopt it, different
bytes are left alone unless ``--force``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from drafter import __version__
from drafter.facts.atomic import atomic_write_text

STAMP_DIR = ".drafter-batch"


def stamp_path(report: Path) -> Path:
    return report.parent / STAMP_DIR / f"{report.name}.json"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def code_digest() -> str:
    """The drafter version and the hash of its files (source, the Word skeleton, shipped banks), so an
    upgrade re-renders every report."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix not in (".pyc", ".pyo") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def banks_digest(refs: tuple[str, ...], base: Path) -> str:
    from drafter.wording.phrasebank import load_chain

    digest = hashlib.sha256()
    for bank in load_chain(list(refs), base):
        digest.update(str(bank.path).encode() + b"\0" + bank.path.read_bytes())
    return digest.hexdigest()


STAMP_BYTES = 64 * 1024  # a stamp is two hashes; anything bigger is not one of ours


def _read(path: Path) -> dict[str, str]:
    from drafter.errors import DrafterError
    from drafter.facts.files import read_bytes

    try:
        data = json.loads(read_bytes(stamp_path(path), limit=STAMP_BYTES))
        return data if isinstance(data, dict) else {}
    except (DrafterError, ValueError):
        return {}


def decide(path: Path, input_hash: str, force: bool) -> str:
    """"skip" (up to date), "write" (missing, ours and outdated, or forced) or "compare" (unknown file).
    A pipe or device under the report's name is refused (reading it would block, replacing it is wrong)."""
    from drafter.facts.files import check_readable

    if force and path.exists():
        check_readable(path, what="已有的报告")
    if force or not path.exists():
        return "write"
    check_readable(path, what="已有的报告")
    stamp = _read(path)
    ours = stamp.get("output") == sha256(path.read_bytes())
    if ours:
        return "skip" if stamp.get("input") == input_hash else "write"
    return "compare"


def write(path: Path, input_hash: str, data: bytes) -> None:
    """The stamp of the report ``path`` just written (or adopted) from inputs hashing to ``input_hash``."""
    # Not flushed to disk: a stamp lost in a power cut only means the report is compared again next time.
    atomic_write_text(stamp_path(path), json.dumps({"input": input_hash, "output": sha256(data)}), durable=False)
