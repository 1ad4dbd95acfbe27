"""Findings a clerk or reviewer has checked and accepted (``drafter check FACTS --accept ID…``).

Each acceptance is kept with the finding's id, rule, location and figures, who accepted it, why and when:
in the facts file under ``reviewed:`` (the rest of the file, comments included, is left as it is), or
for a published report in the side file ``<report>.reviewed.yaml``. A later check lists an accepted
warning as "已核实"; when the figures it was about change, the id changes and the warning is shown
again, with a note that it had been accepted for other figures. Errors cannot be accepted.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from drafter.checks.problem import ERROR, Problem
from drafter.errors import DrafterError, UsageError
from drafter.facts import yamlload
from drafter.facts.atomic import atomic_write_text
from drafter.facts.files import read_text
from drafter.importers import is_report

SIDE_SUFFIX = ".reviewed.yaml"
_BLOCK_START = re.compile(r"^reviewed\s*:")
_TOP_KEY = re.compile(r"^[A-Za-z_][\w]*\s*:")


@dataclass(frozen=True)
class Review:
    id: str
    rule: str
    path: str
    figures: str
    by: str
    why: str
    when: str

    def note(self) -> str:
        return f"{self.by}于{self.when}核实" + (f"：{self.why}" if self.why else "")


def problem_ids(problems: list[Problem]) -> list[str]:
    """Each problem's id; a second finding with the same rule, location and figures gets "-2", and so on."""
    seen: dict[str, int] = {}
    out = []
    for p in problems:
        seen[p.ident] = seen.get(p.ident, 0) + 1
        out.append(p.ident if seen[p.ident] == 1 else f"{p.ident}-{seen[p.ident]}")
    return out


def store_of(path: Path) -> Path:
    """Where acceptances are kept: the facts file itself, or ``<report>.reviewed.yaml`` beside a report."""
    return path.with_name(path.name + SIDE_SUFFIX) if is_report(path) else path


def load_reviews(path: Path) -> list[Review]:
    store = store_of(path)
    if not store.exists():
        return []
    text = read_text(store, what="核实记录文件")
    try:
        data = yamlload.load(text)
    except Exception as exc:  # the facts loader reports the facts file's own YAML errors first
        raise DrafterError(f"核实记录“{store}”不是有效的 YAML：{exc}。请改正或删除其中的 reviewed: 部分。") from None
    items = data.get("reviewed") if isinstance(data, dict) else None
    if not items:
        return []
    if not isinstance(items, list) or not all(isinstance(i, dict) and i.get("id") for i in items):
        raise DrafterError(f"“{store}”中的 reviewed: 应为列表，每项含 id、rule、path、figures、by、why、when。"
                           "请改正或删除该部分（删除后已核实的提示会重新列出）。")
    return [Review(*(str(i.get(k) or "") for k in ("id", "rule", "path", "figures", "by", "why", "when")))
            for i in items]


def accept(problems: list[Problem], wanted: list[str], by: str, why: str, reviews: list[Review],
           now: dt.datetime | None = None) -> list[Review]:
    """``reviews`` with the findings ``wanted`` (ids) added (replacing older acceptances of the same id)."""
    by_id = dict(zip(problem_ids(problems), problems, strict=True))
    unknown = [i for i in wanted if i not in by_id]
    if unknown:
        known = "、".join(i for i, p in by_id.items() if p.severity != ERROR) or "（没有可核实的提示）"
        raise UsageError(f"参数 --accept：本次检查没有编号为 {'、'.join(unknown)} 的问题。可核实的提示编号：{known}。")
    errors = [i for i in wanted if by_id[i].severity == ERROR]
    if errors:
        raise UsageError(f"参数 --accept：{'、'.join(errors)} 是“错误”，不能标记为已核实，须改正。只有“提示”可以核实。")
    when = (now or dt.datetime.now()).strftime("%Y-%m-%d %H:%M")
    added = [Review(i, by_id[i].code, by_id[i].path, by_id[i].figures, by, why, when) for i in wanted]
    return [r for r in reviews if r.id not in wanted] + added


def save_reviews(path: Path, reviews: list[Review]) -> Path:
    """Write the ``reviewed:`` block into the facts file (replacing the old one) or the side file."""
    store = store_of(path)
    block = dump_block(reviews)
    if store == path:
        lines = read_text(path, what="事实文件").split("\n")
        start = next((i for i, line in enumerate(lines) if _BLOCK_START.match(line)), None)
        if start is not None:
            end = next((j for j in range(start + 1, len(lines)) if _TOP_KEY.match(lines[j])), len(lines))
            lines = lines[:start] + lines[end:]
        text = "\n".join(lines).rstrip("\n") + "\n\n" + block
    else:
        text = "# drafter check --accept 记录的已核实提示（与报告放在一起）\n" + block
    atomic_write_text(store, text)
    return store


def with_kept_reviews(path: Path, text: str) -> str:
    """``text`` (a facts file about to replace ``path``) with the ``reviewed:`` block ``path`` has now, if any:
    rewriting a facts file (interview, import --force) keeps what was accepted. An acceptance whose figures
    change is shown again by the next check, so keeping it is never wrong."""
    if not path.is_file() or is_report(path):
        return text
    try:
        reviews = load_reviews(path)
    except DrafterError:
        return text  # an unreadable old block is not carried into the new file
    return text.rstrip("\n") + "\n\n" + dump_block(reviews) if reviews else text


def dump_block(reviews: list[Review]) -> str:
    out = ["reviewed:    # 已核实的提示（drafter check --accept 记录）；所涉数字变化后会重新提示"]
    for r in reviews:
        out.append(f"  - id: {json.dumps(r.id)}")
        for key in ("rule", "path", "figures", "by", "why", "when"):
            out.append(f"    {key}: {json.dumps(getattr(r, key), ensure_ascii=False)}")
    return "\n".join(out) + "\n"


def status(problems: list[Problem], reviews: list[Review]) -> list[tuple[str, Review | None, Review | None]]:
    """Per problem: (id, its acceptance if it stands, an acceptance of the same rule and place for other
    figures). Errors are never accepted, whatever the file says."""
    by_id = {r.id: r for r in reviews}
    out = []
    for ident, p in zip(problem_ids(problems), problems, strict=True):
        accepted = by_id.get(ident) if p.severity != ERROR else None
        stale = None
        if accepted is None:
            stale = next((r for r in reviews if r.rule == p.code and r.path == p.path and r.figures != p.figures), None)
        out.append((ident, accepted, stale))
    return out
