"""Every named crash point in flows/ has a kill test, docs/operations.md says how many of them CI runs, and each
point is named after the module it lives in (issue 19, items 17 and 19)."""
from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POINT = re.compile(r"crash_point\(\"([\w.]+)\"\)")


def crash_points() -> dict[str, Path]:
    """Point name -> the module that calls crash_point with it."""
    return {name: path for path in (ROOT / "flows").rglob("*.py")
            for name in POINT.findall(path.read_text(encoding="utf-8"))}


def ci_pytest_arguments(script: str) -> list[list[str]]:
    """The arguments of each `pytest` command in a shell script (comments and other commands ignored)."""
    commands = []
    for line in script.splitlines():
        words = shlex.split(line, comments=True)
        for n, word in enumerate(words):
            if word == "pytest":
                tail = words[n + 1:]
                commands.append(tail[:tail.index("&&")] if "&&" in tail else tail)
    return commands


def test_ci_script_arguments_are_read_per_pytest_command() -> None:
    script = 'pip install -e ".[dev]" && pytest\n# pytest -m nothing\npytest -m "slow and kill_point"\n'
    assert ci_pytest_arguments(script) == [[], ["-m", "slow and kill_point"]]


def test_each_crash_point_is_named_after_the_module_it_lives_in() -> None:
    points = crash_points()
    assert len(points) >= 10
    stems = {path.stem for path in (ROOT / "flows").rglob("*.py")}
    misplaced = {name: str(path.relative_to(ROOT)) for name, path in points.items()
                 if name.split(".")[0] in stems and name.split(".")[0] != path.stem}
    assert misplaced == {}


def _collected(arguments: list[str]) -> set[str]:
    matrix = "tests/reliability/test_kill_matrix.py"
    listing = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
                              *arguments, matrix], cwd=ROOT, capture_output=True, text=True, timeout=300)
    return {line for line in listing.stdout.splitlines() if line.startswith(matrix)}


def test_every_crash_point_has_a_kill_test_and_the_docs_say_how_many_ci_runs() -> None:
    points = crash_points()
    every = _collected(["-m", "kill_point"])
    assert sorted(p for p in points if not any(f"[{p}]" in test for test in every)) == []
    in_ci: set[str] = set()
    for arguments in ci_pytest_arguments((ROOT / ".ci" / "run").read_text(encoding="utf-8")):
        in_ci |= _collected(arguments) & every
    words = {3: "three", 10: "ten"}
    claim = f"CI (`.ci/run`) run {words.get(len(in_ci), len(in_ci))} of the {words.get(len(points), len(points))}"
    assert claim in " ".join((ROOT / "docs" / "operations.md").read_text(encoding="utf-8").split())
