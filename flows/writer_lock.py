"""One writer per warehouse: an OS file lock (flock) beside the warehouse, held for a flow run.

Why a file lock and not a Prefect concurrency limit: the kernel releases a flock when its process
dies, however it dies, so a crashed or killed run never blocks the next one (a Prefect slot can stay
taken after a crash). Re-entrant within a process, so the pipeline flow and its subflows share it.
An overlapping run waits up to `wait_seconds`, then gives up with a clear one-line message.
"""
from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from flows import UserError
from flows.config import lake_catalog_file

_held: dict[str, tuple[int, int]] = {}  # lock path -> (file descriptor, depth)


class WarehouseBusy(UserError):
    """Another process holds the writer lock for longer than we were willing to wait."""


@contextmanager
def writer_lock(warehouse: Path, wait_seconds: float, purpose: str | None = None) -> Iterator[None]:
    warehouse = lake_catalog_file(warehouse) or warehouse  # a DuckLake lock sits beside its catalog file
    path = str(warehouse.resolve()) + ".lock"
    if path in _held:
        fd, depth = _held[path]
        _held[path] = (fd, depth + 1)
        try:
            yield
        finally:
            _held[path] = (fd, _held[path][1] - 1)
        return
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                note_skipped_run(warehouse, wait_seconds, purpose or _flow_name())
                raise WarehouseBusy(f"another allywatch run is writing {warehouse}; waited {wait_seconds:.0f} s, "
                                    "skipping this run (raise writer_wait_seconds to wait longer)") from None
            time.sleep(0.2)
    os.ftruncate(fd, 0)
    os.write(fd, f"{os.getpid()}\n".encode())
    _held[path] = (fd, 1)
    try:
        yield
    finally:
        del _held[path]
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def skipped_runs_file(warehouse: Path) -> Path:
    """Runs that gave up on a busy warehouse are noted here (they cannot write the ledger), and the next
    writer moves them into batch_ledger."""
    warehouse = lake_catalog_file(warehouse) or warehouse
    return Path(str(warehouse.resolve()) + ".skipped")


def _flow_name() -> str:
    """The flow that is giving up, for its ledger row (commands outside a flow name themselves)."""
    try:
        from prefect.runtime import flow_run

        if flow_run.id:
            return str(flow_run.flow_name)
    except Exception:  # outside a flow run, or Prefect not importable in this process
        pass
    return "allywatch"


def note_skipped_run(warehouse: Path, waited: float, purpose: str) -> None:
    line = json.dumps({"at": datetime.now(UTC).replace(tzinfo=None).isoformat(), "run": purpose, "pid": os.getpid(),
                       "waited_seconds": round(waited, 1)})
    with open(skipped_runs_file(warehouse), "a", encoding="utf-8") as notes:
        fcntl.flock(notes, fcntl.LOCK_EX)
        notes.write(line + "\n")


@contextmanager
def skipped_runs(warehouse: Path) -> Iterator[list[dict]]:
    """The noted skipped runs; the notes are cleared only when the caller's block succeeds."""
    path = skipped_runs_file(warehouse)
    if not path.exists():
        yield []
        return
    with open(path, "r+", encoding="utf-8") as notes:
        fcntl.flock(notes, fcntl.LOCK_EX)
        entries = []
        for line in notes.read().splitlines():
            try:
                entries.append(json.loads(line))
            except ValueError:
                continue  # a line cut by a crash mid-write: nothing to recover from it
        yield entries
        notes.seek(0)
        notes.truncate()
