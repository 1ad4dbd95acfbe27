"""Files are written whole or not at all: locked reports, unwritable folders, full disks, several formats."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.errors import DrafterError, OutputError
from drafter.facts import atomic
from drafter.facts import files as fileio

REPORT = "昆明市晋宁区二街镇2023年政府信息公开工作年度报告"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _fail_replace_for(monkeypatch: pytest.MonkeyPatch, suffix: str, error: OSError) -> None:
    """os.replace (or os.link, for a new file) onto a target ending in ``suffix`` fails as Windows does
    for a file open in Word."""
    def failing(real: Callable[[str, str], None]) -> Callable[[str, str], None]:
        def place(src: str, dst: str) -> None:
            if str(dst).endswith(suffix):
                raise error
            real(src, dst)
        return place

    monkeypatch.setattr(atomic.os, "replace", failing(os.replace))
    monkeypatch.setattr(atomic.os, "link", failing(os.link))


def test_report_locked_by_word_gives_a_clear_message_and_keeps_the_old_file(
        example_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A report open in Word (PermissionError on replace) is named, left as it was, and no .tmp remains."""
    report = example_path.parent / f"{REPORT}.docx"
    report.write_bytes(b"the report open in Word")
    _fail_replace_for(monkeypatch, ".docx", PermissionError(errno.EACCES, "Permission denied"))
    assert main(["render", str(example_path), "--force"]) == 1
    err = capsys.readouterr().err
    assert f"{REPORT}.docx" in err and "Word 或 WPS 中打开" in err and "Traceback" not in err
    assert report.read_bytes() == b"the report open in Word"
    assert not list(example_path.parent.glob("*.tmp")) and not list(example_path.parent.glob(".*.tmp"))


def test_formats_are_written_all_or_none(example_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """When the .html cannot be written, the .docx of the same render is not left behind either."""
    before = _files(example_path.parent)
    _fail_replace_for(monkeypatch, ".html", PermissionError(errno.EACCES, "Permission denied"))
    assert main(["render", str(example_path), "--format", "docx,html"]) == 1
    assert ".html" in capsys.readouterr().err
    assert _files(example_path.parent) == before


def test_unwritable_folder_is_named(example_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    """A folder where no file may be created gives one Chinese sentence naming it."""
    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    out = example_path.parent / "只读文件夹"
    assert main(["render", str(example_path), "-o", str(out / "报告.docx")]) == 1
    err = capsys.readouterr().err
    assert "没有权限在文件夹" in err and "只读文件夹" in err


def test_full_disk_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ENOSPC while writing: a Chinese reason, the old file intact, the temporary file removed."""
    target = tmp_path / "事实.yaml"
    target.write_text("old", encoding="utf-8")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(OutputError, match="磁盘空间不足"):
        atomic.atomic_write_text(target, "new")
    assert [p.name for p in tmp_path.iterdir()] == ["事实.yaml"] and target.read_text(encoding="utf-8") == "old"


def test_batch_folder_that_cannot_be_written_is_said_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """An unwritable batch output folder stops the batch before any row, with one message."""
    table = tmp_path / "t.csv"
    table.write_text("机关全称,报告年度,落款日期\n某某县甲镇人民政府,2023,2024-01-17\n", encoding="utf-8")

    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    assert main(["batch", str(table), "-o", str(tmp_path / "out")]) == 1
    captured = capsys.readouterr()
    assert captured.err.count("没有权限在文件夹") == 1 and "失败的行" not in captured.out


def test_input_larger_than_the_bound_is_refused(tmp_path: Path) -> None:
    """A file over the size bound is refused with its name instead of being read into memory."""
    big = tmp_path / "大.yaml"
    big.write_bytes(b"a" * 2048)
    with pytest.raises(DrafterError, match="大.yaml.*超过"):
        fileio.read_bytes(big, what="事实文件", limit=1024)


@pytest.mark.parametrize(("name", "expected"), [
    ("某某县/甲镇", "某某县／甲镇"), ("a\\b:c*d?e\"f<g>h|i", "a＼b：c＊d？e＂f＜g＞h｜i"), ("甲镇\n报告", "甲镇报告"),
    ("..", "报告"), ("  甲镇. ", "甲镇"),
])
def test_file_names_from_agency_names_stay_in_their_folder(name: str, expected: str) -> None:
    """Separators and characters Windows forbids become full-width twins; nothing can climb out of the folder."""
    assert fileio.safe_filename(name) == expected


def test_a_locked_existing_report_stops_every_format_before_any_is_replaced(
        example_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """With --force, an existing .html that cannot be opened for writing is found before the .docx is written."""
    html = example_path.parent / f"{REPORT}.html"
    html.write_bytes(b"published page")
    before = _files(example_path.parent)
    real_open = Path.open

    def open_(self: Path, mode: str = "r", *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self == html and mode == "r+b":
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(self, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", open_)
    assert main(["render", str(example_path), "--format", "docx,html", "--force"]) == 1
    assert "Word 或 WPS 中打开" in capsys.readouterr().err
    assert _files(example_path.parent) == before


def test_a_name_taken_meanwhile_is_refused_not_replaced(tmp_path: Path) -> None:
    """Two renders racing for one name: the second finds it taken at the rename (create-exclusive) and
    says so; the first one's file stays as it was."""
    target = tmp_path / "报告.docx"
    target.write_bytes(b"first")
    with pytest.raises(OutputError, match="已存在"):
        atomic.atomic_write_many({target: b"second"}, exclusive=True)
    assert target.read_bytes() == b"first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.docx"]


def test_an_interruption_during_the_renames_leaves_no_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C (or SIGHUP, which drafter turns into it) after the first format is in place: none remains."""
    real, calls = os.link, []

    def link(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real(src, dst)

    monkeypatch.setattr(atomic.os, "link", link)
    with pytest.raises(KeyboardInterrupt):
        atomic.atomic_write_many({tmp_path / "a.docx": b"1", tmp_path / "a.md": b"2"}, exclusive=True)
    assert list(tmp_path.iterdir()) == []


def test_stale_temporaries_of_a_killed_render_are_removed_next_time(example_path: Path) -> None:
    """A SIGKILL leaves ``.<name>.<pid>-<random>.tmp``; the next render to that name removes it, but not
    one whose process still runs (another render writing now)."""
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = example_path.parent / f".{REPORT}.docx.{dead.stdout.strip()}-abcd1234.tmp"
    live = example_path.parent / f".{REPORT}.docx.{os.getppid()}-efgh5678.tmp"
    stale.write_bytes(b"half")
    live.write_bytes(b"being written")
    assert main(["render", str(example_path)]) == 0
    assert not stale.exists() and live.exists()


def test_hangup_ends_drafter_like_ctrl_c() -> None:
    import signal

    from drafter import cli

    if not hasattr(signal, "SIGHUP"):
        pytest.skip("no SIGHUP on this platform")
    saved = {s: signal.getsignal(s) for s in (signal.SIGHUP, signal.SIGTERM)}
    try:
        for s in saved:
            signal.signal(s, signal.SIG_DFL)
        cli._hangup_as_interrupt()
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGHUP)
            signal.pthread_sigmask(signal.SIG_SETMASK, [])  # deliver now
    finally:
        for s, handler in saved.items():
            signal.signal(s, handler)


def test_facts_from_dev_stdin_need_an_output_name(example_path: Path) -> None:
    """``render /dev/stdin`` would put the report beside it, in /dev/."""
    import subprocess
    import sys

    if not Path("/dev/stdin").exists():
        pytest.skip("no /dev/stdin on this platform")
    with example_path.open("rb") as stdin:
        done = subprocess.run([sys.executable, "-m", "drafter", "render", "/dev/stdin"], stdin=stdin,
                              capture_output=True, text=True, cwd=example_path.parent)
    assert done.returncode == 2 and "-o" in done.stderr and "Traceback" not in done.stderr
    assert not list(Path("/dev").glob("*.docx"))


def test_a_failed_write_leaves_no_empty_folders(example_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """``-o 新/下一层/报告.docx`` on a full disk: the folders drafter made for it are removed again; a folder
    that was there before stays."""
    def full(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", full)
    before = sorted(p.name for p in example_path.parent.iterdir())
    target = example_path.parent / "新" / "下一层" / "报告.docx"
    assert main(["render", str(example_path), "-o", str(target)]) == 1
    assert "磁盘空间不足" in capsys.readouterr().err
    assert sorted(p.name for p in example_path.parent.iterdir()) == before


def test_formats_a_killed_render_left_without_the_others_are_removed_next_time(
        example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """SIGKILL between renaming the .docx and the .md: the journal the render wrote before its renames
    names both; the next render removes the one that made it (all formats or none) and says so."""
    import subprocess
    import sys

    folder = example_path.parent
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (folder / f".drafter-writing.{dead.stdout.strip()}.json").write_text(
        f'["{REPORT}.docx", "{REPORT}.md"]', encoding="utf-8")
    (folder / f"{REPORT}.docx").write_bytes(b"from the killed render")
    assert main(["render", str(example_path), "--format", "md,txt"]) == 0
    assert "已删除" in capsys.readouterr().err
    assert not (folder / f"{REPORT}.docx").exists() and not list(folder.glob(".drafter-writing.*"))
    assert (folder / f"{REPORT}.md").is_file() and (folder / f"{REPORT}.txt").is_file()


def test_a_completed_multi_format_render_leaves_no_journal(example_path: Path) -> None:
    assert main(["render", str(example_path), "--format", "docx,md"]) == 0
    assert not list(example_path.parent.glob(".drafter-writing.*"))


def test_a_failed_rename_gives_replaced_files_their_old_content_back(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """--force over an existing .docx and .md: the .md rename fails after the .docx was replaced; the
    .docx gets its old content back and nothing drafter made is left (no journal, no backup)."""
    docx, md = tmp_path / "r.docx", tmp_path / "r.md"
    docx.write_bytes(b"old docx")
    md.write_bytes(b"old md")
    real_place = atomic._place

    def place(tmp: str, path: Path, exclusive: bool) -> None:
        if path == md:
            raise OutputError("磁盘出错")
        real_place(tmp, path, exclusive)

    monkeypatch.setattr(atomic, "_place", place)
    with pytest.raises(OutputError):
        atomic.atomic_write_many({docx: b"new docx", md: b"new md"})
    assert (docx.read_bytes(), md.read_bytes()) == (b"old docx", b"old md")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.docx", "r.md"]


def test_a_render_killed_while_replacing_formats_is_undone_next_time(
        example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """render --force killed outright (SIGKILL) after replacing the .docx, before the .md: the next render
    puts the old .docx back, so the two formats never disagree, and says so."""
    import signal
    import subprocess
    import sys

    folder = example_path.parent
    docx, md = folder / f"{REPORT}.docx", folder / f"{REPORT}.md"
    docx.write_bytes(b"last week's docx")
    md.write_bytes(b"last week's md")
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from drafter.facts import atomic\n"
        "real = atomic._place\n"
        "def place(tmp, path, exclusive):\n"
        "    real(tmp, path, exclusive)\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "atomic._place = place\n"
        "atomic.atomic_write_many({Path(sys.argv[1]): b'new docx', Path(sys.argv[2]): b'new md'})\n")
    proc = subprocess.run([sys.executable, "-c", script, str(docx), str(md)], capture_output=True)
    assert proc.returncode == -signal.SIGKILL
    assert docx.read_bytes() == b"new docx" and md.read_bytes() == b"last week's md"  # half done
    assert main(["render", str(example_path), "--format", "txt"]) == 0
    err = capsys.readouterr().err
    assert f"已恢复被覆盖前的文件：{docx}" in err and str(md) not in err
    assert (docx.read_bytes(), md.read_bytes()) == (b"last week's docx", b"last week's md")
    assert not list(folder.glob(".drafter-writing.*")) and not list(folder.glob(".*.bak"))
