"""What every scenario shares: the run context, the flow in-process, the CLI in a subprocess, the stages
called directly, and warehouse counts. Prefect and flows are imported inside functions only, after
__main__ has pointed PREFECT_API_URL at the benchmark's server.
"""
from __future__ import annotations

import os
import shutil
import sys
import time
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from benchmarks.generate import STEP, generate
from benchmarks.measure import ProcessRun, run_sampled
from benchmarks.server import serve_folder

QUIET_ENV = {
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING",  # console only: the API still gets every log
    "PYTHONWARNINGS": "ignore:This pattern is interpreted as a regular expression",
    "GX_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
}


@dataclass
class Context:
    root: Path  # scratch space of this run, removed at the end
    quick: bool
    api_url: str
    prefect_home: Path
    start: datetime = datetime(2025, 3, 1)
    dev_gold: Path | None = None  # coder_quality's input folders; the scenario skips without them
    validation: Path | None = None

    def folder(self, name: str) -> Path:
        path = self.root / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    def cli_env(self, with_api: bool = True) -> dict[str, str]:
        """Environment of a `python -m flows.cli` subprocess: the running server, or none (ephemeral)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
        env.update(QUIET_ENV)
        if with_api:
            env.update(PREFECT_API_URL=self.api_url, PREFECT_HOME=str(self.prefect_home))
        else:  # the CLI starts its own temporary server, in a Prefect home of its own
            env["PREFECT_HOME"] = str(self.folder(f"prefect-home-{time.monotonic_ns()}"))
        return env


def stamp(moment: datetime) -> str:
    return f"{moment:%Y%m%d%H%M%S}"


def run_flow(warehouse: Path, base_url: str, since: datetime | None, scope: str,
             heartbeats: bool = True) -> tuple[float, list[dict]]:
    """gdelt_events in this process against the running server; returns (seconds, batch dicts).
    heartbeats=False runs it as the CLI does on Prefect's temporary server (no flow-run heartbeat thread,
    whose 1 s sleeps round each run up to a whole second)."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from flows.gdelt_flow import gdelt_events

    warehouse.parent.mkdir(parents=True, exist_ok=True)
    updates = {} if heartbeats else {PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}
    with temporary_settings(updates=updates):
        started = time.perf_counter()
        batches = gdelt_events(str(warehouse), None, base_url=base_url, since=since, scope=scope)
        return time.perf_counter() - started, batches


def totals(batches: list[dict]) -> dict[str, int]:
    keys = ("received", "loaded", "quarantined", "filtered", "duplicate")
    summary = {k: sum(int(b.get(k) or 0) for b in batches) for k in keys}
    summary["batches"] = len(batches)
    summary["not_loaded"] = sum(1 for b in batches if b.get("status") != "loaded")
    return summary


def run_cli(ctx: Context, warehouse: Path, base_url: str, since: datetime, until: datetime | None = None,
            scope: str = "all", with_api: bool = True) -> ProcessRun:
    """`python -m flows.cli gdelt ...` in a subprocess, sampling its memory; fails loudly on an error."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "flows.cli", "gdelt", "--warehouse", str(warehouse), "--base-url", base_url,
               "--since", stamp(since), "--scope", scope]
    if until is not None:
        command += ["--until", stamp(until)]
    cwd = ctx.folder("cli-cwd")  # no allywatch.toml there: defaults only
    run = run_sampled(command, ctx.cli_env(with_api), cwd, warehouse.with_suffix(".log"))
    if run.returncode != 0:
        tail = "\n".join(run.output.splitlines()[-15:])
        raise RuntimeError(f"{' '.join(command)} exited with {run.returncode}:\n{tail}")
    return run


def ledger_totals(warehouse: Path) -> dict[str, int]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        row = con.execute("select count(*), coalesce(sum(received), 0), coalesce(sum(loaded), 0), "
                          "count(*) filter (where status <> 'loaded') from batch_ledger where source = 'gdelt'"
                          ).fetchone()
        events = con.execute("select count(*) from fact_event").fetchone()[0]
    finally:
        con.close()
    return {"batches": row[0], "received": row[1], "loaded": row[2], "not_loaded": row[3], "events": events}


def direct_load(warehouse: Path, base_url: str, since: datetime | None, scope: str) -> list[Any]:
    """The flow's own task functions called without Prefect (`.fn`: no task or flow runs, no API
    round trips): plan_gdelt, fetch_gdelt, then stage_and_load_gdelt per group of
    files_per_transaction, each connecting to the warehouse as it does in a flow run."""
    from flows.collect.gdelt import GdeltSource
    from flows.config import load_settings
    from flows.gdelt_flow import fetch_gdelt, plan_gdelt, stage_and_load_gdelt
    from flows.prepare import prepare_warehouse

    warehouse.parent.mkdir(parents=True, exist_ok=True)
    settings = replace(load_settings(None, warehouse), scope=scope)
    source = GdeltSource(base_url=base_url)
    prepare_warehouse(settings)  # once, as a flow run does before its tasks
    pending = plan_gdelt.fn(settings, source, since, None, None)
    landed, failed = fetch_gdelt.fn(settings, source, pending)
    if failed:
        raise RuntimeError(f"direct load: {len(failed)} files failed to fetch: {failed[0][1].error}")
    size = settings.files_per_transaction
    results: list[Any] = []
    for first in range(0, len(landed), size):
        results += stage_and_load_gdelt.fn(settings, landed[first:first + size])
    return results


def warm_up(ctx: Context) -> float:
    """One tiny flow run and one direct load, untimed: imports (Prefect client, GX) and the first API
    round trips are paid here, not inside the first scenario's figures."""
    mirror = ctx.folder("warm-up-mirror")
    generate(mirror, 1, 200, ctx.start, seed=99)
    started = time.perf_counter()
    with serve_folder(mirror) as url:
        run_flow(ctx.folder("warm-up-flow") / "w.duckdb", url, ctx.start, "all")
        direct_load(ctx.folder("warm-up-direct") / "w.duckdb", url, ctx.start, "all")
    return time.perf_counter() - started


def best_of(times: int, action: Any, prepare: Any = None) -> tuple[float, Any]:
    """Run action(attempt) `times` times, each after an untimed prepare(attempt); return the smallest
    seconds and that run's result."""
    best: tuple[float, Any] | None = None
    for attempt in range(times):
        if prepare is not None:
            prepare(attempt)
        started = time.perf_counter()
        result = action(attempt)
        seconds = time.perf_counter() - started
        if best is None or seconds < best[0]:
            best = (seconds, result)
    assert best is not None
    return best


def copy_warehouse(source: Path, target: Path) -> Path:
    """Copy a warehouse file and flush it to disk, so that the next checkpoint's fsync does not pay for
    writing back the whole copy (a long-lived warehouse file has no such backlog)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    with target.open("rb+") as copied:
        os.fsync(copied.fileno())
    return target


def migrated_warehouse(path: Path) -> Path:
    """An empty warehouse with every migration applied, flushed to disk: what an attempt copies, so no
    timed run pays for creating and migrating the file."""
    from flows.config import load_settings
    from flows.prepare import prepared_warehouse

    path.parent.mkdir(parents=True, exist_ok=True)
    with prepared_warehouse(load_settings(None, path)):
        pass
    return copy_warehouse(path, path.with_name("migrated-" + path.name))


def rebuild_support_daily(con: duckdb.DuckDBPyConnection) -> None:
    """fact_support_daily recomputed for every day that has events (the loads refresh only the days a
    batch touched); the benchmarks use it after growing fact_event by SQL, and to time a full rebuild."""
    from flows.db import run_sql

    run_sql(con, "load/refresh_scope.sql")
    run_sql(con, "load/support_rebuild_days.sql")
    run_sql(con, "load/fact_support_daily_refresh.sql")


def last_file_time(start: datetime, files: int) -> datetime:
    return start + (files - 1) * STEP


__all__ = ["Context", "best_of", "copy_warehouse", "direct_load", "last_file_time", "ledger_totals",
           "migrated_warehouse", "rebuild_support_daily", "run_cli", "run_flow", "stamp", "totals", "warm_up"]
