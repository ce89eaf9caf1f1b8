"""The lake_postgres scenario: a day of GDELT files, then one incremental file, into a DuckLake lake whose
catalog is in PostgreSQL (a throwaway cluster on loopback) and into a DuckDB file, the same files through
the same flow. Ratios only: no target yet."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from benchmarks.generate import STEP, generate
from benchmarks.postgres_cluster import binaries, start_cluster
from benchmarks.results import Figure, Ratio, ScenarioResult, ScenarioSkipped
from benchmarks.runner import Context, run_flow, totals
from benchmarks.server import serve_folder


def _loads(warehouse: Path | str, day_url: str, next_url: str, ctx: Context) -> tuple[float, dict, float, dict]:
    """The day (explicit --since), then the watermark run that must find the one new file."""
    day_s, day = run_flow(Path(warehouse), day_url, ctx.start, "all")
    next_s, new = run_flow(Path(warehouse), next_url, None, "all")
    return day_s, totals(day), next_s, totals(new)


def lake_postgres(ctx: Context) -> ScenarioResult:
    bin_dir = binaries()
    if bin_dir is None:
        raise ScenarioSkipped("no PostgreSQL server binaries (apt-get install postgresql-15)")
    files, rows = (8, 1000) if ctx.quick else (96, 3000)
    result = ScenarioResult("lake_postgres", f"a day ({files} x {rows:,} rows) and one more file into a "
                                             "PostgreSQL-catalog lake vs a DuckDB file")
    day_mirror, next_mirror = ctx.folder("lake-day-mirror"), ctx.folder("lake-next-mirror")
    generate(day_mirror, files, rows, ctx.start)
    for path in day_mirror.glob("*.zip"):
        shutil.copy(path, next_mirror / path.name)
    generate(next_mirror, 1, rows, ctx.start + files * STEP, seed=8)
    cluster = start_cluster(bin_dir)
    previous = os.environ.get("ALLYWATCH_LAKE_DATA_PATH")
    os.environ["ALLYWATCH_LAKE_DATA_PATH"] = str(ctx.folder("lake-pg") / "files")
    try:
        with serve_folder(day_mirror) as day_url, serve_folder(next_mirror) as next_url:
            on_file = _loads(ctx.folder("lake-file") / "w.duckdb", day_url, next_url, ctx)
            lake = "ducklake:postgres:" + cluster.create_database("bench")
            on_lake = _loads(lake, day_url, next_url, ctx)
    finally:
        cluster.stop()
        if previous is None:
            os.environ.pop("ALLYWATCH_LAKE_DATA_PATH", None)
        else:
            os.environ["ALLYWATCH_LAKE_DATA_PATH"] = previous
    for where, (day_s, day, next_s, new) in (("DuckDB file", on_file), ("PostgreSQL-catalog lake", on_lake)):
        result.figures += [
            Figure(f"the day into a {where}", day_s, day["received"], f"{day['loaded']:,} loaded"),
            Figure(f"one more file into a {where}", next_s, new["received"], f"{new['loaded']:,} loaded, "
                                                                            f"{new['batches']} batch")]
    result.ratios += [Ratio("day: lake / DuckDB file, seconds", on_lake[0] / on_file[0]),
                      Ratio("one more file: lake / DuckDB file, seconds", on_lake[2] / on_file[2])]
    result.notes += [
        f"{files} generated files of {rows:,} lines served over loopback HTTP; scope all; "
        "files_per_transaction 48 (the default). Each figure is one gdelt_events flow run in this process "
        "against the running Prefect server, timed once: the day with an explicit --since, then a run with "
        "no range that must find the one new file.",
        "The lake: a throwaway PostgreSQL 15 cluster on 127.0.0.1 (fsync off, as a test cluster), the "
        "Parquet files on the local disk. Over a network each catalog round trip costs more.",
    ]
    return result
