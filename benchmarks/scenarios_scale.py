"""Scenarios `backfill_1m` (a million rows through the CLI, peak memory) and `incremental` (one new
file into warehouses that already hold 0, 1M and 5M events)."""
from __future__ import annotations

import math
import time
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

import duckdb

from benchmarks.generate import STEP, generate
from benchmarks.measure import mib, timed
from benchmarks.results import Figure, Ratio, ScenarioResult
from benchmarks.runner import (
    Context,
    best_of,
    copy_warehouse,
    direct_load,
    last_file_time,
    ledger_totals,
    migrated_warehouse,
    rebuild_support_daily,
    run_cli,
    run_flow,
    totals,
)
from benchmarks.server import serve_folder
from flows.config import Settings

RSS_TARGET_BYTES = int(1.5 * 2**30)
# Ways one new file is loaded; the first two are judged against the target.
PATHS = ("flow", "direct", "flow, heartbeats on")


def backfill_1m(ctx: Context) -> ScenarioResult:
    files, rows = (20, 3000) if ctx.quick else (334, 3000)
    result = ScenarioResult("backfill_1m", f"backfill of {files * rows:,} rows ({files} files) through the CLI")
    mirror = ctx.folder("backfill-mirror")
    gen_s, _ = timed(generate, mirror, files, rows, ctx.start)
    half = files // 2
    runs = {}
    with serve_folder(mirror) as url:
        for label, count in (("half", half), ("all", files)):
            warehouse = ctx.folder(f"backfill-{label}") / "w.duckdb"
            runs[label] = (run_cli(ctx, warehouse, url, ctx.start, last_file_time(ctx.start, count)),
                           ledger_totals(warehouse))
    for label, count in (("half", half), ("all", files)):
        run, ledger = runs[label]
        result.figures.append(Figure(
            f"CLI subprocess, {count} files ({label})", run.seconds, ledger["received"],
            f"peak RSS {mib(run.peak_rss_bytes)} (tree), VmHWM {mib(run.peak_hwm_bytes)}; "
            f"{ledger['events']:,} events, {ledger['not_loaded']} files not loaded"))
    full, half_run = runs["all"][0], runs["half"][0]
    group = Settings().files_per_transaction
    result.ratios += [
        Ratio("peak RSS, all files, GiB", full.peak_rss_bytes / 2**30, f"<= {RSS_TARGET_BYTES / 2**30:.1f}"),
        Ratio("peak RSS all files / half the files", full.peak_rss_bytes / half_run.peak_rss_bytes, "<= 1.25"),
    ]
    result.notes += [
        f"Generated in {gen_s:.1f} s (not timed). Each run is `python -m flows.cli gdelt --base-url URL --since "
        "START --until END --scope all` into a fresh warehouse, PREFECT_API_URL set to the benchmark's server; "
        "seconds are the whole subprocess (interpreter start and imports included), timed once.",
        "Peak RSS is the largest sum of VmRSS over the subprocess tree, sampled every 50 ms from /proc; VmHWM is "
        "the kernel's peak for the largest single process. files_per_transaction is the default "
        f"({group}), so the full run loads {math.ceil(files / group)} groups and the half run "
        f"{math.ceil(half / group)}.",
    ]
    return result


def _grow(warehouse: Path, target: int, shift_days: int = 1) -> tuple[int, float]:
    """Duplicate fact_event rows with new event_keys until it holds `target` rows. Copy k moves its
    dates k*shift_days days back, so the history spreads over weeks as a real warehouse's would."""
    con = duckdb.connect(str(warehouse))
    started = time.perf_counter()
    try:
        base = int(con.execute("select count(*) from fact_event").fetchone()[0])
        copies = math.ceil(target / base)
        con.execute("""
            insert into fact_event
            select natural_key('bench:' || f.event_key || ':' || r.k) as event_key,
                   strftime(strptime(f.date_key::varchar, '%Y%m%d') - to_days(cast(r.k * $shift as integer)),
                            '%Y%m%d')::integer as date_key,
                   f.* exclude (event_key, date_key)
            from (select * from fact_event) as f, range(1, $copies) as r(k)
            order by r.k
            limit $extra
        """, {"shift": shift_days, "copies": copies, "extra": max(0, target - base)})
        from flows.db import run_sql

        rebuild_support_daily(con)
        run_sql(con, "load/dim_date_fill.sql")
        con.execute("checkpoint")
        total = int(con.execute("select count(*) from fact_event").fetchone()[0])
    finally:
        con.close()
    return total, time.perf_counter() - started


def _build_base(ctx: Context, url: str, base_files: int) -> tuple[Path, float]:
    warehouse = ctx.folder("incr-base") / "w.duckdb"
    run = run_cli(ctx, warehouse, url, ctx.start, last_file_time(ctx.start, base_files))
    return warehouse, run.seconds


def prepare_size(folder: Path, base: Path | None, size: int) -> tuple[Path, int, str]:
    """The warehouse every attempt at `size` events starts from a copy of: for 0, an empty warehouse
    already created and migrated (else the 0-event run alone would pay for that); otherwise a copy of
    the base load grown by SQL. Returns (prepared file, events it holds, setup note)."""
    prepared = folder / "w.duckdb"
    if size == 0:
        return migrated_warehouse(prepared), 0, "migrated empty warehouse (lastupdate.txt names the new file)"
    if base is None:
        raise ValueError("a warehouse of more than 0 events is grown from a base load")
    copy_warehouse(base, prepared)
    events, grow_s = _grow(prepared, size)
    return prepared, events, f"base load + {grow_s:.1f} s of SQL duplication"


def _one_size(ctx: Context, url: str, base: Path, size: int) -> tuple[dict[str, float], int, int, str]:
    """Best of N watermark runs (no --since) that pick up the one new file, through the flow and through
    the same stage functions called directly; returns ({path: seconds}, events before, rows, setup note)."""
    prepared, events, setup = prepare_size(ctx.folder(f"incr-{size}"), base, size)

    seconds: dict[str, float] = {}
    for path in PATHS:
        def place(n: int, path: str = path) -> Path:
            return ctx.folder(f"incr-{size}-{path.replace(', ', '-').replace(' ', '-')}-try{n}") / "w.duckdb"

        def prepare(n: int, path: str = path) -> None:
            copy_warehouse(prepared, place(n, path))

        def attempt(n: int, path: str = path) -> list:
            if path == "direct":
                return [asdict(r) for r in direct_load(place(n, path), url, None, "all")]
            return run_flow(place(n, path), url, None, "all", heartbeats=path == "flow, heartbeats on")[1]

        seconds[path], batches = best_of(1 if ctx.quick else 4, attempt, prepare)
        summary = totals(batches)
        if summary["batches"] != 1:
            raise RuntimeError(f"incremental run for {size:,} events loaded {summary['batches']} files, expected 1")
    return seconds, events, summary["received"], setup


def incremental(ctx: Context) -> ScenarioResult:
    sizes = (0, 100_000, 300_000) if ctx.quick else (0, 1_000_000, 5_000_000)
    base_files, rows = (10, 3000) if ctx.quick else (34, 3000)
    result = ScenarioResult("incremental", f"one new file ({rows:,} rows) into warehouses of "
                                           f"{', '.join(f'{s:,}' for s in sizes)} events")
    mirror = ctx.folder("incr-mirror")
    generate(mirror, base_files, rows, ctx.start)
    new_time: datetime = ctx.start + base_files * STEP
    generate(mirror, 1, rows, new_time, seed=8)
    seconds = {}
    with serve_folder(mirror) as url:
        base, base_s = _build_base(ctx, url, base_files)
        for size in sizes:
            seconds[size], events, received, setup = _one_size(ctx, url, base, size)
            tries = "once" if ctx.quick else "best of 4"
            result.figures += [
                Figure(f"one file into {events:,} events, flow", seconds[size]["flow"], received,
                       f"{tries}; {setup}"),
                Figure(f"one file into {events:,} events, stages called directly", seconds[size]["direct"],
                       received, tries),
                Figure(f"one file into {events:,} events, flow with heartbeats", seconds[size]["flow, heartbeats on"],
                       received, f"{tries}; as served runs go")]
    small, big = sizes[0], sizes[-1]
    result.ratios += [
        Ratio(f"flow: {big:,} / {small:,} events, seconds", seconds[big]["flow"] / seconds[small]["flow"], "<= 1.5"),
        Ratio(f"stages: {big:,} / {small:,} events, seconds", seconds[big]["direct"] / seconds[small]["direct"],
              "<= 1.5"),
        Ratio(f"flow: {sizes[1]:,} / {small:,} events, seconds",
              seconds[sizes[1]]["flow"] / seconds[small]["flow"]),
        Ratio(f"flow with heartbeats: {big:,} / {small:,} events, seconds",
              seconds[big]["flow, heartbeats on"] / seconds[small]["flow, heartbeats on"])]
    result.notes += [
        f"Big warehouses: {base_files} generated files ({base_files * rows:,} rows) loaded with the CLI "
        f"(--scope all, {base_s:.1f} s), then fact_event rows duplicated by SQL with new keys "
        "(natural_key('bench:' || event_key || ':' || k)), copy k dated k days earlier, until the target "
        "size; fact_support_daily rebuilt and dim_date filled. batch_ledger, dim_actor and dim_source stay "
        "those of the base load.",
        "Each timed run is gdelt_events in-process with no --since (the watermark: files from 24 h before the "
        "newest loaded one that are not settled), scope all; it must find exactly the one new file. Each of "
        "the attempts (4; 1 in quick mode), at every size, starts from a fresh copy of a prepared warehouse "
        "flushed to disk with fsync before the clock starts: at 0 events an empty warehouse already created "
        "and migrated, so no size pays for creating the file or its schema. Copy and flush are not timed "
        "(otherwise the load's checkpoint would pay for writing back the copied file).",
        "flow: as the CLI runs it on Prefect's temporary server, without flow-run heartbeats. flow with "
        "heartbeats: as served and deployed runs go. Prefect's heartbeat thread sleeps in 1 s steps and is "
        "joined when the run ends, so that figure is the run's work rounded up to a whole second after the "
        "flow starts. It is reported, not judged.",
        "The stages path is benchmarks.runner.direct_load: the flow's own task functions called without "
        "Prefect (prepare_warehouse once, then plan_gdelt, fetch_gdelt, stage_and_load_gdelt per group), "
        "connecting to the warehouse as a flow run does.",
    ]
    return result


__all__ = ["backfill_1m", "incremental", "prepare_size"]
