"""The house (issue 18): layers with no arrow up, no circle between modules, small modules.

Read from the source with ``ast`` (nothing is imported), so an import inside a function counts as
much as one at the top of a module.

Layers, bottom to top; a module may import its own app and the apps below it, never one beside or
above it:

    finsam (the core domain)
    interventions
    reports
    sie, performance (side by side: neither imports the other)
    workspace (work that spans the apps: start page, "Nytt år", export/import, demo, root URLs)

``include("app.urls")`` and ``import_module("app.module")`` with a constant name count as imports.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYER = {
    "finsam": 0,
    "interventions": 1,
    "reports": 2,
    "sie": 3,
    "performance": 3,
    "workspace": 4,
}
MAX_LINES = 600
# Every Python module of the repository counts, outside migrations and installed packages.
SKIPPED_PARTS = {"migrations", "node_modules", ".venv", "venv", ".git", "__pycache__", "build"}


def python_files(top: Path = ROOT) -> list[Path]:
    return sorted(
        path
        for path in top.rglob("*.py")
        if not SKIPPED_PARTS & set(path.relative_to(ROOT).parts)
    )


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    name = getattr(test, "id", None) or getattr(test, "attr", None)
    return isinstance(node, ast.If) and name == "TYPE_CHECKING"


def _nodes(tree: ast.AST, runtime_only: bool):
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        if runtime_only and _is_type_checking(node):
            stack.extend(node.orelse)  # the ``if TYPE_CHECKING:`` body never runs
            continue
        stack.extend(ast.iter_child_nodes(node))


def imported_names(path: Path, runtime_only: bool = False) -> list[tuple[int, str]]:
    """(line, dotted module name) of every import in the file, relative imports resolved;
    ``runtime_only`` leaves out the imports under ``if TYPE_CHECKING:`` (for annotations)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = []
    for node in _nodes(tree, runtime_only):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[: len(package) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.append((node.lineno, base))
            # ``from reports import freeze`` imports the module reports.freeze
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", getattr(node.func, "attr", None))
            in ("include", "import_module")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def app_of(name: str) -> str | None:
    top = name.split(".")[0]
    return top if top in LAYER else None


def upward_imports() -> list[str]:
    wrong = []
    for app in LAYER:
        for path in python_files(ROOT / app):
            for line, name in imported_names(path):
                target = app_of(name)
                if target is None or target == app:
                    continue
                if LAYER[target] >= LAYER[app]:
                    where = f"{path.relative_to(ROOT)}:{line}"
                    wrong.append(f"{where}: {app} (layer {LAYER[app]}) imports {name}")
    return sorted(set(wrong))


def test_no_import_runs_up_or_sideways():
    assert upward_imports() == []


def test_the_layer_walk_sees_an_upward_import(tmp_path):
    """The walk itself: a lower module naming a higher one, in any of the forms, is found."""
    source = (
        "def f():\n"
        "    from reports import statements\n"
        "    import interventions.models\n"
        "    include('workspace.urls')\n"
    )
    path = ROOT / "finsam" / "_architecture_probe.py"
    try:
        path.write_text(source, encoding="utf-8")
        found = upward_imports()
    finally:
        path.unlink()
    probe = [line for line in found if "_architecture_probe" in line]
    # reports, reports.statements, interventions.models, workspace.urls: 4 names on lines 2–4
    assert len(probe) == 4, probe


def project_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports when it runs (a package name counts as its
    __init__; an import only for annotations does not count)."""
    modules = {module_name(path): path for app in LAYER for path in python_files(ROOT / app)}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        graph[name] = {
            target
            for _, target in imported_names(path, runtime_only=True)
            if target in modules and target != name and not target.endswith(".migrations")
        }
    return graph


def test_freeze_guards_and_the_models_they_guard_do_not_import_each_other():
    graph = project_graph()
    model_modules = {
        name for name in graph if name.startswith("reports.") and "models" in name.split(".")[-1]
    }
    assert "reports.models" in model_modules
    # reports.freeze queries the models; the models reach it only through the installed hook
    # (reports.freeze_guard), which imports neither.
    assert "reports.models" in graph["reports.freeze"]
    for name in model_modules:
        assert "reports.freeze" not in graph[name], name
    assert not graph["reports.freeze_guard"] & (model_modules | {"reports.freeze"})


def test_no_circle_through_a_models_module():
    """From each models module, the modules it imports (transitively, at run time) never lead
    back to it: the models sit below everything that uses them."""
    graph = project_graph()
    circles = []
    for start in (name for name in graph if "models" in name.split(".")):
        seen, stack = set(), list(graph[start])
        while stack:
            name = stack.pop()
            if name == start:
                circles.append(start)
                break
            if name not in seen:
                seen.add(name)
                stack.extend(graph.get(name, ()))
    assert circles == []


def line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


# Modules still over the limit while the restructuring is under way; each is split in its turn.
NOT_YET_SPLIT = {
    "interventions/demo.py",
    "reports/demo.py",
    "reports/statements.py",
}


def test_no_module_is_over_600_lines():
    over = {
        str(path.relative_to(ROOT)): line_count(path)
        for path in python_files()
        if line_count(path) > MAX_LINES
    }
    assert {path: lines for path, lines in over.items() if path not in NOT_YET_SPLIT} == {}
    # The allowance only shrinks: a listed module that is split must leave the list.
    assert set(NOT_YET_SPLIT) <= set(over), set(NOT_YET_SPLIT) - set(over)
