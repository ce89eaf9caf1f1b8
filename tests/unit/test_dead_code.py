"""Every top-level function and class of flows/ is used by flows/ itself (issue 19, item 18): code kept
alive only by tests or benchmarks would let them time or check a path production no longer runs.
Decorated definitions (flows, tasks, CLI commands) are entry points and are left out."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def unused_definitions(root: Path = ROOT) -> list[str]:
    sources = {path: path.read_text(encoding="utf-8") for path in sorted((root / "flows").rglob("*.py"))}
    entry_points = (root / "prefect.yaml").read_text(encoding="utf-8") + (root / "pyproject.toml").read_text()
    unused = []
    for path, source in sources.items():
        for node in ast.parse(source).body:
            if not isinstance(node, ast.FunctionDef | ast.ClassDef) or node.decorator_list:
                continue
            word = re.compile(rf"\b{re.escape(node.name)}\b")
            listed = re.compile(rf"[\"']{re.escape(node.name)}[\"']")  # names in __all__ do not count as uses
            uses = sum(len(word.findall(text)) - len(listed.findall(text)) for text in sources.values())
            if uses + len(word.findall(entry_points)) <= 1:  # the definition itself
                unused.append(f"{path.relative_to(root)}:{node.lineno} {node.name}")
    return unused


def test_no_function_or_class_of_flows_is_unused_by_flows() -> None:
    assert unused_definitions() == []


def test_the_check_finds_a_definition_nothing_uses(tmp_path: Path) -> None:
    fake = tmp_path / "flows"
    fake.mkdir()
    (fake / "a.py").write_text('__all__ = ["used", "kept_for_tests"]\n\ndef used():\n    pass\n\n\n'
                               'def kept_for_tests():\n    return used()\n', encoding="utf-8")
    for name in ("prefect.yaml", "pyproject.toml"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert unused_definitions(tmp_path) == ["flows/a.py:7 kept_for_tests"]
