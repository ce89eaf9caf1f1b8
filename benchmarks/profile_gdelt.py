"""Where a GDELT load spends its time: the flow's task functions without Prefect, with a per-step breakdown.

    python -m benchmarks.profile_gdelt [--files 96] [--rows 3000] [--scope all] [--grow N]
                                       [--cprofile] [--memory] [--keep]

Generates the files, serves them on loopback HTTP and loads them with benchmarks.runner.direct_load
into a fresh warehouse (or, with --grow N, into one first grown to N events). Stage functions of
flows/ are wrapped at run time (module attributes only, nothing is edited) to time each step; the
report is a tree of steps with seconds and calls. --cprofile adds cProfile's top functions, --memory
each step's peak RSS.
"""
from __future__ import annotations

import argparse
import cProfile
import functools
import io
import pstats
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks.generate import STEP, generate
from benchmarks.server import serve_folder


def _hwm_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _reset_hwm() -> None:
    """Reset the kernel's peak-RSS mark of this process (Linux: write 5 to clear_refs)."""
    Path("/proc/self/clear_refs").write_text("5")


class StepTimer:
    """Times wrapped functions; nested calls are keyed by the path of enclosing steps. With
    memory=True it also keeps each step's peak RSS (VmHWM, reset when a step starts)."""

    def __init__(self, memory: bool = False) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.peak_kb: dict[str, int] = {}
        self.memory = memory
        self._stack: list[str] = []
        self._restore: list[tuple[ModuleType, str, Any]] = []

    def _enter_memory(self) -> None:
        if self.memory:
            seen = _hwm_kb()
            for key in self._keys():
                self.peak_kb[key] = max(self.peak_kb.get(key, 0), seen)
            _reset_hwm()

    def _exit_memory(self) -> None:
        if self.memory:
            seen = _hwm_kb()
            for key in self._keys():  # the step and every step around it saw this peak
                self.peak_kb[key] = max(self.peak_kb.get(key, 0), seen)

    def _keys(self) -> list[str]:
        return [" > ".join(self._stack[:n]) for n in range(1, len(self._stack) + 1)]

    def wrap(self, module: ModuleType, name: str, label: Callable[[tuple], str] | None = None) -> None:
        """Time module.name from now on; a name the module no longer has is skipped (flows/ evolves)."""
        original = getattr(module, name, None)
        if not callable(original):
            return

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._enter_memory()
            self._stack.append(label(args) if label else name)
            key = " > ".join(self._stack)
            self.seconds.setdefault(key, 0.0)  # first start fixes the order: parents before children
            self.calls.setdefault(key, 0)
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[key] += time.perf_counter() - started
                self.calls[key] += 1
                self._exit_memory()
                self._stack.pop()

        setattr(module, name, timed)
        self._restore.append((module, name, original))

    def restore(self) -> None:
        for module, name, original in reversed(self._restore):
            setattr(module, name, original)
        self._restore.clear()

    def report(self, total: float) -> str:
        lines = [f"{'step':<70} {'seconds':>8} {'share':>6} {'calls':>6}" + ("  peak RSS" if self.memory else "")]
        for key, seconds in self.seconds.items():
            depth = key.count(" > ")
            name = "  " * depth + key.rsplit(" > ", 1)[-1]
            peak = f"  {self.peak_kb.get(key, 0) / 1024:>6,.0f} MiB" if self.memory else ""
            lines.append(f"{name:<70.70} {seconds:>8.2f} {seconds / total:>6.0%} {self.calls[key]:>6}{peak}")
        return "\n".join(lines)


def instrument(timer: StepTimer) -> None:
    from flows import gdelt_flow, prepare
    from flows.load import facts, gdelt_load, schema
    from flows.stage import gdelt_stage

    def sql_label(args: tuple) -> str:
        return f"sql {args[1]}"

    for module in (gdelt_stage, gdelt_load, facts, schema):
        timer.wrap(module, "run_sql", sql_label)
    # prepare_warehouse calls these once per run, as prepare imported them.
    for name in ("migrate", "refresh_reference", "write_run_parameters", "apply_views"):
        timer.wrap(prepare, name)
    for name in ("staging_connection", "unzip_export", "stage_files", "validate_group", "reject_batches",
                 "insert_rows", "run_suite"):
        timer.wrap(gdelt_stage, name, (lambda args: f"GX suite {args[0]}") if name == "run_suite" else None)
    # direct_load runs the flow's task functions: wrap the names as gdelt_flow imported them.
    for name in ("scan_file_list", "fetch_to_landing", "stage_group", "load_staged"):
        timer.wrap(gdelt_flow, name)
    for name in ("restore_staged", "record_outcome", "insert_accepted", "_results", "record_batch",
                 "refresh_derived"):
        timer.wrap(gdelt_load, name)
    for name in ("upsert_actors", "upsert_sources"):
        timer.wrap(gdelt_load, name)


@contextmanager
def _maybe_profile(enabled: bool) -> Iterator[cProfile.Profile | None]:
    if not enabled:
        yield None
        return
    profile = cProfile.Profile()
    profile.enable()
    try:
        yield profile
    finally:
        profile.disable()


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile_gdelt", description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=96)
    parser.add_argument("--rows", type=int, default=3000)
    parser.add_argument("--scope", default="all", choices=("all", "tracked"))
    parser.add_argument("--grow", type=int, default=0, help="first load the files, grow fact_event to N events "
                                                            "by SQL duplication, then time one more file")
    parser.add_argument("--cprofile", action="store_true", help="also print cProfile's top functions")
    parser.add_argument("--memory", action="store_true", help="also show each step's peak RSS (Linux)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (mirror, warehouse)")
    return parser.parse_args()


def main() -> None:
    from benchmarks.runner import direct_load

    args = _arguments()
    start = datetime(2025, 3, 1)
    root = Path(tempfile.mkdtemp(prefix="allywatch-profile-"))
    generate(root / "mirror", args.files, args.rows, start)
    warehouse = root / "w" / "w.duckdb"
    since: datetime | None = start
    if args.grow:
        from benchmarks.scenarios_scale import _grow

        with serve_folder(root / "mirror") as url:
            direct_load(warehouse, url, start, args.scope)
        print(f"grown to {_grow(warehouse, args.grow)[0]:,} events", flush=True)
        generate(root / "mirror", 1, args.rows, start + args.files * STEP, seed=8)
        since = None  # the watermark picks the one new file
    from flows.validate.suites import gx_context

    gx_context()  # import GX and build its context now: paid once per process, not inside the timed load
    timer = StepTimer(memory=args.memory)
    instrument(timer)
    with serve_folder(root / "mirror") as url, _maybe_profile(args.cprofile) as profile:
        started = time.perf_counter()
        results = direct_load(warehouse, url, since, args.scope)
        total = time.perf_counter() - started
    timer.restore()
    received = sum(r.received for r in results)
    print(f"{len(results)} files, {received:,} rows received in {total:.2f} s ({received / total:,.0f} rows/s)"
          + (f"; scratch kept in {root}" if args.keep else ""))
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    print(timer.report(total))
    if profile is not None:
        text = io.StringIO()
        pstats.Stats(profile, stream=text).sort_stats("cumulative").print_stats(40)
        print(text.getvalue())


if __name__ == "__main__":
    main()
