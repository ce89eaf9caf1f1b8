"""`python -m benchmarks [--quick] [--scenario NAME ...] [--results PATH] [--keep] [--dev-gold DIR] [--validation DIR]`

Starts a real Prefect server (`prefect server start`, throwaway PREFECT_HOME), points this process at
it through PREFECT_API_URL before Prefect or flows is imported, runs the scenarios, prints a table and
rewrites RESULTS.md. `--quick` is a smoke test (small sizes, under 2 minutes, no timing assertions);
it writes its figures to a temporary file unless --results is given, so it never replaces the real
figures in benchmarks/RESULTS.md. The coder_quality scenario needs the folders of its two yardsticks
(--dev-gold, --validation); without them it is skipped and its earlier section kept.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
import warnings
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.coder_quality import recorded_command
from benchmarks.measure import machine
from benchmarks.prefect_server import prefect_server
from benchmarks.results import SCENARIO_ORDER, ScenarioResult, ScenarioSkipped, console_report, write_results
from benchmarks.runner import QUIET_ENV, Context

RESULTS_MD = Path(__file__).resolve().parent / "RESULTS.md"


def _scenarios() -> dict[str, Callable[[Context], ScenarioResult]]:
    from benchmarks.coder_quality import coder_quality
    from benchmarks.scenarios_gdelt import gdelt_day, orchestration
    from benchmarks.scenarios_lake import lake_postgres
    from benchmarks.scenarios_marts import marts
    from benchmarks.scenarios_scale import backfill_1m, incremental
    from benchmarks.scenarios_text import text_coding

    return {"gdelt_day": gdelt_day, "backfill_1m": backfill_1m, "incremental": incremental,
            "orchestration": orchestration, "marts": marts, "text_coding": text_coding,
            "coder_quality": coder_quality, "lake_postgres": lake_postgres}


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[1])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke test under 2 minutes")
    parser.add_argument("--scenario", action="append", choices=SCENARIO_ORDER, metavar="NAME",
                        help=f"run only this scenario (repeatable): {', '.join(SCENARIO_ORDER)}")
    parser.add_argument("--results", type=Path, help="results file (default benchmarks/RESULTS.md; "
                                                     "with --quick a temporary file)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (warehouses, logs)")
    parser.add_argument("--dev-gold", type=Path, help="coder_quality: folder with sentences.jsonl and score.py")
    parser.add_argument("--validation", type=Path, help="coder_quality: folder of validation *.xml records")
    return parser.parse_args(argv)


def _flush_prefect() -> None:
    """Send queued logs and events before the server stops (else Prefect complains at exit)."""
    if "prefect" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        try:
            worker.drain_all(timeout=10)
        except Exception as exc:  # a flush that fails must not hide the figures
            print(f"note: could not flush {worker.__name__}: {exc}", file=sys.stderr)


def _run(ctx: Context, names: list[str]) -> tuple[list[ScenarioResult], list[str]]:
    from benchmarks.runner import warm_up

    print(f"warm-up flow run: {warm_up(ctx):.1f} s (not counted)", flush=True)
    scenarios, results, failed = _scenarios(), [], []
    for name in names:
        print(f"running {name} ...", flush=True)
        started, load_before = time.perf_counter(), os.getloadavg()[0]
        try:
            results.append(scenarios[name](ctx))
            # Other work on the machine moves every figure: say how busy it was beside them.
            results[-1].notes.append(f"Load average (1 min) when the scenario started and ended: {load_before:.1f} "
                                     f"and {os.getloadavg()[0]:.1f}, on {os.cpu_count()} CPUs.")
        except ScenarioSkipped as skipped:
            print(f"{name} skipped: {skipped}", flush=True)
            continue
        except Exception:
            traceback.print_exc()
            failed.append(name)
            continue
        print(f"{name} done in {time.perf_counter() - started:.1f} s", flush=True)
    return results, failed


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    # GX's pandas regex metrics warn on every batch about match groups; the figures do not need it.
    warnings.filterwarnings("ignore", message="This pattern is interpreted as a regular expression")
    names = [n for n in SCENARIO_ORDER if not args.scenario or n in args.scenario]
    given = sys.argv[1:] if argv is None else argv
    command = recorded_command(given, "python -m benchmarks")  # folder paths are shown as placeholders
    scratch = Path(tempfile.mkdtemp(prefix="allywatch-bench-"))
    started = time.perf_counter()
    try:
        with prefect_server() as (api_url, home, startup_s):
            print(f"prefect server {api_url} healthy after {startup_s:.1f} s", flush=True)
            os.environ.update(QUIET_ENV, PREFECT_API_URL=api_url, PREFECT_HOME=str(home))
            ctx = Context(root=scratch, quick=args.quick, api_url=api_url, prefect_home=home,
                          dev_gold=args.dev_gold, validation=args.validation)
            try:
                results, failed = _run(ctx, names)
            finally:
                _flush_prefect()
    finally:
        if args.keep:
            print(f"scratch kept in {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    total = time.perf_counter() - started
    print(console_report(results))
    facts = machine()
    run = {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "command": command,
           "mode": f"{'quick' if args.quick else 'full'} sizes, whole run {total:.0f} s",
           "machine": f"{facts['nproc']} CPUs, {facts['ram']} RAM"}
    header = ["Machine of the latest run: " + ", ".join(f"{k} {v}" for k, v in facts.items()) + "."]
    if failed:
        header.append(f"Failed in the latest run (earlier figures kept if any): {', '.join(failed)}.")
    target = args.results or (Path(tempfile.gettempdir()) / "allywatch-RESULTS-quick.md" if args.quick
                              else RESULTS_MD)
    write_results(target, results, run, header)
    print(f"\nwhole run {total:.1f} s; results written to {target}")
    if failed:
        print(f"scenarios that failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
