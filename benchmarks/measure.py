"""Timing, peak memory of a subprocess tree (from /proc, psutil is not a dependency) and machine facts."""
from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, TypeVar

SAMPLE_SECONDS = 0.05
T = TypeVar("T")


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])  # the command may hold spaces and parentheses
        tree.setdefault(parent, []).append(int(entry.name))
    return tree


def process_tree(root: int) -> list[int]:
    tree, pids, queue = _children(), [], [root]
    while queue:
        pid = queue.pop()
        pids.append(pid)
        queue.extend(tree.get(pid, []))
    return pids


@dataclass
class ProcessRun:
    returncode: int
    seconds: float
    peak_rss_bytes: int  # highest sum of VmRSS over the process tree, sampled every 50 ms
    peak_hwm_bytes: int  # highest VmHWM (kernel-tracked peak RSS) of any single process of the tree
    output: str


def run_sampled(command: list[str], env: dict[str, str], cwd: Path, log: Path) -> ProcessRun:
    """Run a command to its end, sampling the memory of its process tree; stdout+stderr go to `log`."""
    started = time.perf_counter()
    peak_sum = peak_hwm = 0
    with open(log, "wb") as sink:
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=sink, stderr=subprocess.STDOUT)
        while process.poll() is None:
            pids = process_tree(process.pid)
            peak_sum = max(peak_sum, sum(_status_kb(p, "VmRSS") for p in pids))
            peak_hwm = max([peak_hwm, *(_status_kb(p, "VmHWM") for p in pids)])
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - started
    output = log.read_text(errors="replace")
    return ProcessRun(process.returncode, seconds, peak_sum * 1024, peak_hwm * 1024, output)


def timed(action: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[float, T]:
    started = time.perf_counter()
    result = action(*args, **kwargs)
    return time.perf_counter() - started, result


def _ram_bytes() -> int:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _nproc() -> str:
    try:
        return subprocess.run(["nproc"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return str(os.cpu_count())


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def machine() -> dict[str, str]:
    return {
        "nproc": _nproc(),
        "cpu": _cpu_model(),
        "ram": f"{_ram_bytes() / 2**30:.1f} GiB",
        "os": f"{platform.system()} {platform.release()}",
        "python": sys.version.split()[0],
        "duckdb": _version("duckdb"),
        "prefect": _version("prefect"),
        "pandas": _version("pandas"),
        "great-expectations": _version("great-expectations"),
    }


def mib(value: int) -> str:
    return f"{value / 2**20:,.0f} MiB"


__all__ = ["ProcessRun", "machine", "mib", "process_tree", "run_sampled", "timed"]
