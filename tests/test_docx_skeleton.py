"""The prebuilt Word skeleton the writer ships is exactly what python-docx builds from the layout today."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile

from drafter.writers import docx_layout as layout
from drafter.writers.docx_skeleton import build_skeleton


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def test_shipped_skeleton_matches_a_fresh_build() -> None:
    """If this fails, the layout changed: run ``python -m drafter.writers.docx_skeleton`` and commit the files."""
    data, document = build_skeleton()
    assert _parts(layout.SKELETON_ZIP.read_bytes()) == _parts(data)
    assert layout.SKELETON_DOCUMENT.read_text(encoding="utf-8") == document


def test_rendering_a_docx_does_not_import_python_docx() -> None:
    """With the skeleton prebuilt, writing a report loads neither python-docx nor lxml."""
    probe = ("import sys\nfrom tests.conftest import example_facts\nfrom drafter.pipeline import draft_report\n"
             "from drafter.writers import docx\ndocx.render(draft_report(example_facts()).draft)\n"
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'docx', 'lxml'}))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_zipappend_adds_parts_that_zipfile_reads_back() -> None:
    """Parts appended to a prebuilt zip read back byte for byte, CRCs check, and the old entries stay."""
    from drafter.writers import zipappend

    base = io.BytesIO()
    with zipfile.ZipFile(base, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.xml", "<a/>" * 1000)
    data = zipappend.append(zipappend.split(base.getvalue()), [("word/新.xml", "正文".encode() * 500), ("b", b"")])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.testzip() is None
        assert zf.namelist() == ["a.xml", "word/新.xml", "b"]
        assert zf.read("word/新.xml") == "正文".encode() * 500 and zf.read("a.xml") == b"<a/>" * 1000
