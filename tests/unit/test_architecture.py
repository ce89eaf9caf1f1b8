"""The package's layers: a module imports only from its own layer or lower ones, and no import loop.

Read from the source (every `import flows...` and `from flows... import`, inside functions too), so a
lazy import cannot hide a dependency that points the wrong way. Imports under `if TYPE_CHECKING:` are
left out: they name types for annotations and never run.
"""
from __future__ import annotations

import ast
from pathlib import Path

import flows

PACKAGE = Path(flows.__file__).parent

# Lowest first. A module belongs to the first layer with a prefix that matches it.
LAYERS: list[tuple[str, ...]] = [
    ("flows",),
    ("flows.config", "flows.secrets", "flows.crashpoints", "flows.reference", "flows.batch", "flows.db",
     "flows.files", "flows.writer_lock", "flows.sample"),
    ("flows.collect", "flows.normalize", "flows.validate"),
    ("flows.stage",),
    ("flows.load",),
    ("flows.marts",),
    ("flows.prepare", "flows.flow_common", "flows.fanout", "flows.console", "flows.gdelt_flow",
     "flows.news_flow", "flows.marts_flow", "flows.extract_flow", "flows.pipelines"),
    ("flows.cli_guard", "flows.cli_read", "flows.cli_options", "flows.cli", "flows.serve"),
]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> int:
    best = (-1, -1)  # (prefix length, layer): the longest matching prefix wins
    for number, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best[0]:
                best = (len(prefix), number)
    assert best[1] >= 0, f"{module} is in no layer: add it to LAYERS"
    return best[1]


def imported_modules(path: Path, modules: set[str]) -> set[str]:
    """The package modules a file imports (`from flows.x import y` counts flows.x.y when y is a module)."""
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If) and _is_type_checking(block.test)
                 for stmt in block.body for n in ast.walk(stmt)}
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("flows")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("flows"):
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in modules}
    return {m for m in found if m in modules}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def import_graph() -> dict[str, set[str]]:
    paths = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: imported_modules(path, set(paths)) - {name} for name, path in paths.items()}


def test_every_import_points_to_the_same_layer_or_a_lower_one() -> None:
    graph = import_graph()
    upward = sorted(f"{m} (layer {layer_of(m)}) imports {t} (layer {layer_of(t)})"
                    for m, targets in graph.items() for t in targets
                    if t != "flows" and layer_of(t) > layer_of(m))
    assert not upward, "\n".join(upward)


def test_the_import_graph_has_no_loop() -> None:
    graph = {m: {t for t in targets if t != "flows"} for m, targets in import_graph().items()}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    loops: list[list[str]] = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                loops.append([*path[path.index(target):], target])
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert not loops, "\n".join(" -> ".join(loop) for loop in loops)


def test_the_checker_sees_an_upward_import(tmp_path: Path) -> None:
    """The test above can fail: a lower-layer file importing a flow module is reported."""
    probe = tmp_path / "probe.py"
    probe.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from flows.cli import app\n"
                     "def f():\n    from flows.pipelines import pipeline\n", encoding="utf-8")
    assert imported_modules(probe, {"flows.pipelines", "flows.cli"}) == {"flows.pipelines"}
    assert layer_of("flows.pipelines") > layer_of("flows.load.facts")
