"""Reading a warehouse back in tests: a short-lived read-only connection, so the next run can write."""
from __future__ import annotations

from pathlib import Path

import duckdb


def rows(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
