"""Timings live in benchmarks/RESULTS.md, written by `python -m benchmarks`, not in comments and
docstrings of the code or in the README and docs/, where nothing re-measures them (issue 19, item 15;
issue 20, item 7)."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIMING = re.compile(r"~\s?\d[\d.,\-]*\s?(?:ms|s|min|seconds|minutes)\b")


def timings(root: Path = ROOT) -> list[str]:
    files = sorted([*(root / "flows").rglob("*.py"), *(root / "sql").rglob("*.sql"),
                    *root.glob("README.md"), *(root / "docs").rglob("*.md")])
    return [f"{path.relative_to(root)}:{n}: {match.group(0)}" for path in files
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
            for match in TIMING.finditer(line)]


def test_no_timing_is_written_into_the_code() -> None:
    assert timings() == []


def test_the_check_sees_a_timing_in_a_comment_or_a_docstring(tmp_path: Path) -> None:
    (tmp_path / "flows").mkdir()
    (tmp_path / "sql").mkdir()
    (tmp_path / "flows" / "a.py").write_text('"""Cheap (~10 ms a day)."""\nX = 1  # ~0.1-0.3 s of work\n')
    (tmp_path / "sql" / "b.sql").write_text("-- each open was ~0.15 s otherwise\nselect 1;\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "c.md").write_text("A day loads in ~ 36 seconds.\n")
    (tmp_path / "README.md").write_text("Quick start (about 30 s, ~15 s of it Prefect).\n")
    assert timings(tmp_path) == ["README.md:1: ~15 s", "docs/c.md:1: ~ 36 seconds", "flows/a.py:1: ~10 ms",
                                 "flows/a.py:2: ~0.1-0.3 s", "sql/b.sql:1: ~0.15 s"]
