"""Scenario `marts`: the incremental refresh of fact_support_daily after one batch against a full
rebuild, and the three example queries of docs/bi.md on the BI snapshot against the same questions asked
of fact_event directly (the marts recomputed from the events at query time)."""
from __future__ import annotations

import shutil
import time
from pathlib import Path

import duckdb

from benchmarks.generate import generate
from benchmarks.results import Figure, Ratio, ScenarioResult
from benchmarks.runner import Context, direct_load, rebuild_support_daily
from benchmarks.server import serve_folder
from flows import SQL_DIR

EXAMPLES = sorted((SQL_DIR / "analyses").glob("example_*.sql"))

# The two marts the examples read, recomputed from fact_event (through v_support_event) at query time.
DIRECT_MONTHLY = """
create or replace view direct.mart_support_monthly as
select
    date_trunc('month', strptime(date_key::varchar, '%Y%m%d'))::date as month,
    date_key // 10000 as year,
    patron_iso3, client_iso3, support_category, direction,
    support_category in ('military', 'economic', 'energy', 'humanitarian') as is_material,
    'all' as origin,
    count(*) as events, sum(weight) as weighted_events, sum(intensity) as intensity,
    sum(amount_usd) as amount_usd, avg(tone) as avg_tone
from main.v_support_event
group by all
"""


def _best(con: duckdb.DuckDBPyConnection, sql: str, times: int = 3) -> float:
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        con.execute(sql).fetchall()
        best = min(best, time.perf_counter() - started)
    return best


def _refresh_figures(warehouse: Path, result: ScenarioResult) -> None:
    from flows.db import run_sql

    con = duckdb.connect(str(warehouse))
    try:
        last = con.execute("select max(batch_id) from fact_event").fetchone()[0]
        run_sql(con, "load/refresh_scope.sql")
        con.execute("insert into affected_day select distinct date_key from fact_event where batch_id = ?", [last])
        days = con.execute("select count(*) from affected_day").fetchone()[0]
        incremental = _timed(lambda: run_sql(con, "load/fact_support_daily_refresh.sql"))
        con.execute("create or replace temp table gdelt_batch_file as select ? as batch_id", [last])
        con.execute("begin transaction")  # the add is timed, then undone: the batch is already counted
        delta = _timed(lambda: run_sql(con, "load/fact_support_daily_add.sql"))
        con.execute("rollback")
        full = _timed(lambda: rebuild_support_daily(con))
        events = con.execute("select count(*) from fact_event").fetchone()[0]
    finally:
        con.close()
    result.figures += [
        Figure("fact_support_daily refresh of one batch's days", incremental, None,
               f"{days} days touched; recode, replay and text loads"),
        Figure("fact_support_daily delta add of one batch", delta, None, "what a GDELT group load runs"),
        Figure("fact_support_daily full rebuild", full, events, "every day of every event"),
    ]
    result.ratios.append(Ratio("incremental / full rebuild, seconds", incremental / full if full else None))
    result.ratios.append(Ratio("delta add / full rebuild, seconds", delta / full if full else None))


def _timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _query_figures(warehouse: Path, snapshot: Path, result: ScenarioResult) -> None:
    snap = duckdb.connect(str(snapshot), read_only=True)
    direct = duckdb.connect(str(warehouse))
    try:
        direct.execute("create schema if not exists direct")
        direct.execute(DIRECT_MONTHLY)
        pressure = (SQL_DIR / "marts" / "mart_pressure.sql").read_text()
        direct.execute(pressure.replace("create or replace view mart_pressure",
                                        "create or replace view direct.mart_pressure"))
        direct.execute("set search_path = 'direct,main'")
        for path in EXAMPLES:
            sql = path.read_text()
            on_snapshot, on_events = _best(snap, sql), _best(direct, sql)
            name = path.stem.removeprefix("example_")
            result.figures += [Figure(f"example {name} on the snapshot", on_snapshot, None, "best of 3"),
                               Figure(f"example {name} from fact_event", on_events, None, "best of 3")]
            result.ratios.append(Ratio(f"example {name}: fact_event / snapshot, seconds",
                                       on_events / on_snapshot if on_snapshot else None))
    finally:
        snap.close()
        direct.close()


def marts(ctx: Context) -> ScenarioResult:
    from flows.db import connect
    from flows.marts.snapshot import publish_snapshot
    from flows.validate.warehouse_checks import run_checks

    files, rows = (8, 1_000) if ctx.quick else (192, 3_000)
    result = ScenarioResult("marts", f"marts: incremental refresh vs rebuild, and BI queries ({files} files x "
                                     f"{rows:,} rows, scope all)")
    mirror = ctx.folder("marts-mirror")
    generate(mirror, files, rows, ctx.start, seed=23)
    warehouse = ctx.folder("marts") / "w.duckdb"
    with serve_folder(mirror) as url:
        direct_load(warehouse, url, ctx.start, "all")
    _refresh_figures(warehouse, result)
    con = connect(warehouse)
    try:
        started = time.perf_counter()
        snapshot = publish_snapshot(con, warehouse.with_name("w_bi.duckdb"), 3650)
        publish = time.perf_counter() - started
        checks = _timed(lambda: run_checks(con))
    finally:
        con.close()
    result.figures += [Figure("BI snapshot publish", publish, None, "every mart as a table, 3,650-day event window"),
                       Figure("warehouse-wide checks", checks, None, "sql/checks/, run by every Data Docs build")]
    result.ratios.append(Ratio("warehouse-wide checks / snapshot publish, seconds",
                               checks / publish if publish else None))
    _query_figures(warehouse, snapshot, result)
    shutil.rmtree(mirror, ignore_errors=True)
    result.notes += [
        "The refresh figure is the delete-and-recompute of fact_support_daily for the days the last batch "
        "touched, as every load runs it inside its transaction; the rebuild recomputes every day.",
        "Query figures: the example SQL files of docs/bi.md run unchanged on the snapshot (marts stored as tables) "
        "and on the warehouse with mart_support_monthly and mart_pressure recomputed from fact_event at "
        "query time (schema `direct` first on the search path). Best of 3 each, warm.",
    ]
    return result
