"""A full rebuild of fact_support_daily, the oracle the incremental refresh is compared with (the loads
refresh only the days a batch touched; the same sql/ files rebuild every day)."""
from __future__ import annotations

import duckdb

from flows.db import run_sql


def rebuild_support_daily(con: duckdb.DuckDBPyConnection) -> None:
    run_sql(con, "load/refresh_scope.sql")
    run_sql(con, "load/support_rebuild_days.sql")
    run_sql(con, "load/fact_support_daily_refresh.sql")
