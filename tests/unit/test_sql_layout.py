"""The layout of sql/: one definition of each metric formula, step files that say what they read and
write, one creator per temp table, and no file named that does not exist or lies unused."""
from __future__ import annotations

import re

from flows import SQL_DIR

ROOT = SQL_DIR.parent


def _sql_files() -> list:
    return sorted(SQL_DIR.rglob("*.sql"))


def _code(text: str) -> str:
    """SQL without its comments, in lower case and on one line per statement part."""
    return "\n".join(line.split("--", 1)[0] for line in text.lower().splitlines())


def test_intensity_is_defined_once() -> None:
    """|goldstein| x weight is written in v_support_event only; everything else sums its column."""
    formula = re.compile(r"abs\(\s*(\w+\.)?goldstein\s*\)\s*\*\s*(\w+\.)?weight")
    sources = [*_sql_files(), *ROOT.joinpath("flows").rglob("*.py"), *ROOT.joinpath("benchmarks").rglob("*.py")]
    found = [p.relative_to(ROOT).as_posix() for p in sources if formula.search(_code(p.read_text(encoding="utf-8")))]
    assert found == ["sql/marts/v_support_event.sql"]
