"""The marts' views (sql/marts/), which BI tools and the report read: the marts stage owns them."""
from __future__ import annotations

import duckdb

from flows.db import run_sql
from flows.load.schema import manifest


def apply_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create every view, in the order sql/migrations.toml lists them (later views read earlier ones)."""
    for relative in manifest()["views"]["files"]:
        run_sql(con, relative)
