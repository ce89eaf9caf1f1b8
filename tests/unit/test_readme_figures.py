"""The README's coder-quality table is a copy of rows of benchmarks/RESULTS.md: it must not drift from them."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _six_cell_rows(text: str) -> list[tuple[str, ...]]:
    rows = []
    for line in text.splitlines():
        cells = tuple(c.strip() for c in line.strip().strip("|").split("|"))
        if line.lstrip().startswith("|") and len(cells) == 6 and cells[0] not in {"set", "---"}:
            rows.append(cells)
    return rows


def _readme_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## How well it codes text")
    return readme[start:readme.index("\n## ", start + 1)]


def test_every_readme_figure_is_the_one_in_results() -> None:
    shown = _six_cell_rows(_readme_section())
    measured = set(_six_cell_rows((ROOT / "benchmarks" / "RESULTS.md").read_text(encoding="utf-8")))
    assert len(shown) >= 5
    stale = [row for row in shown if row not in measured]
    assert not stale, f"README rows differ from RESULTS.md (copy them again): {stale}"


def test_the_readme_prose_matches_the_validation_row() -> None:
    rows = {(r[0], r[1]): r for r in _six_cell_rows(_readme_section())}
    coder, floor = map(float, rows[("validation, all", "root_accuracy")][2:4])
    says_under = "the coder stays under the floor's root accuracy" in " ".join(_readme_section().split())
    assert says_under == (coder < floor)
