"""The source tree keeps the pipeline's shape: no import cycles, and no package imports one above it."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "drafter"

# Bottom to top (DESIGN.md §2). A module may import its own package and anything on a lower layer;
# packages that share a layer do not import each other.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("__init__", "errors", "console", "draft", "tables", "processes"),
    ("facts",),
    ("wording", "writers", "importers"),
    ("checks",),
    ("pipeline",),
    ("interview", "batch", "summary"),
    ("commands",),
    ("cli",),
    ("__main__",),
)
LAYER = {unit: i for i, units in enumerate(LAYERS) for unit in units}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> set[str]:
    """Every drafter module this file imports: top level, in functions and under TYPE_CHECKING alike."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("drafter"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("drafter"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if (PACKAGE.parent / sub.replace(".", "/")).with_suffix(".py").exists()
                          or (PACKAGE.parent / sub.replace(".", "/")).is_dir() else node.module)
    return found


def graph() -> dict[str, set[str]]:
    return {module_name(p): imports_of(p) for p in PACKAGE.rglob("*.py")}


def unit(module: str) -> str:
    """The layer unit of a module: its first component under drafter (``drafter`` itself is ``__init__``)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_every_top_level_entry_has_a_layer() -> None:
    entries = {p.stem for p in PACKAGE.iterdir() if p.suffix == ".py" or (p.is_dir() and (p / "__init__.py").exists())}
    assert entries <= set(LAYER), f"give these a layer in LAYERS: {sorted(entries - set(LAYER))}"


def test_no_package_imports_a_higher_or_sibling_one() -> None:
    wrong = []
    for module, targets in graph().items():
        for target in targets:
            if unit(target) == unit(module) or target == "drafter":
                continue
            if LAYER[unit(target)] >= LAYER[unit(module)]:
                wrong.append(f"{module} imports {target}")
    assert not wrong, "\n".join(sorted(wrong))


def test_no_import_cycles() -> None:
    g = graph()
    names = set(g)
    edges = {m: {t for t in ts if t in names and t != m} for m, ts in g.items()}
    # a package's __init__ is imported on the way to any of its modules: count that edge too
    for m in list(edges):
        parent = m.rpartition(".")[0]
        if parent in names and parent != "drafter":
            edges[m].add(parent)
    cycles = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for t in sorted(edges[m]):
            if state.get(t) == 1:
                cycles.append(" → ".join([*stack[stack.index(t):], t]))
            elif t not in state:
                visit(t)
        stack.pop()
        state[m] = 2

    for m in sorted(edges):
        if m not in state:
            visit(m)
    assert not cycles, "\n".join(cycles)


def test_heavy_libraries_stay_in_their_rooms() -> None:
    """questionary only in the interview's terminal, python-docx only in the skeleton builder."""
    owners = {"questionary": {"drafter.interview.terminal"}, "docx": {"drafter.writers.docx_skeleton"}}
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            for name in names:
                root = name.split(".")[0]
                if root in owners and module_name(path) not in owners[root]:
                    wrong.append(f"{module_name(path)} imports {name}")
    assert not wrong, "\n".join(wrong)


def test_a_wrong_import_would_be_caught(tmp_path: Path) -> None:
    """The checker sees an import inside a function (the kind that hides a cycle)."""
    sample = tmp_path / "m.py"
    sample.write_text("def f():\n    from drafter.cli import main\n    return main\n", encoding="utf-8")
    assert imports_of(sample) == {"drafter.cli"}
    sample.write_text("from drafter.checks import rules\nimport drafter.pipeline\n", encoding="utf-8")
    assert imports_of(sample) == {"drafter.checks.rules", "drafter.pipeline"}
