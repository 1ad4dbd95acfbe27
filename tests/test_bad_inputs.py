"""The bad-input corpus (tests/bad_inputs/cases.yaml): a Chinese message, the right exit code, no traceback,
no file created or changed (except the outputs a case lists under ``creates``)."""

from __future__ import annotations

import fnmatch
import os
import shutil
from pathlib import Path

import pytest
import yaml

from drafter.cli import main
from drafter.facts.examples import example_text

HERE = Path(__file__).parent / "bad_inputs"
CASES = yaml.safe_load((HERE / "cases.yaml").read_text(encoding="utf-8"))


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _case_id(case: dict) -> str:
    return f"{case['file']}:{'-'.join(a for a in case['argv'] if not a.startswith('{'))}"


def test_corpus_has_at_least_40_cases() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_bad_input_is_refused_cleanly(case: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # a relative output would land here and be caught by the snapshot
    for name in [case["file"], *case.get("extra", [])]:
        shutil.copyfile(HERE / "files" / name, tmp_path / name)
    for name in case.get("existing", []):  # an output that is already there (and must stay as it is)
        (tmp_path / name).write_bytes(b"existing")
    for name in case.get("fifo", []):  # a named pipe: opening it would block until someone writes
        if not hasattr(os, "mkfifo"):
            pytest.skip("no named pipes on this platform")
        os.mkfifo(tmp_path / name)
    (tmp_path / "example.yaml").write_text(example_text(), encoding="utf-8")
    before = _snapshot(tmp_path)
    argv = [a.format(file=tmp_path / case["file"], example=tmp_path / "example.yaml", dir=tmp_path)
            for a in case["argv"]]
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse usage errors
        code = exc.code
    captured = capsys.readouterr()
    assert code == case["exit"], captured.err
    for fragment in case["message"]:
        assert fragment in captured.err
    assert "Traceback" not in captured.err + captured.out
    after = _snapshot(tmp_path)
    assert {name: after.get(name) for name in before} == before  # nothing changed or removed
    created = sorted(set(after) - set(before))
    allowed = case.get("creates", [])
    assert [n for n in created if not any(fnmatch.fnmatch(n, pattern) for pattern in allowed)] == []
    assert [p for p in allowed if not any(fnmatch.fnmatch(n, p) for n in created)] == []
    assert not [n for n in created if n.endswith(".tmp")]
    folders = {str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_dir()}
    assert not [f for f in folders if not any(n.startswith(f + os.sep) for n in after)]  # no empty folder left
    for name, fragments in case.get("contains", {}).items():
        text = (tmp_path / name).read_text(encoding="utf-8-sig")
        assert all(fragment in text for fragment in fragments), text
