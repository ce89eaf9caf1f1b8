"""One writer per warehouse, held for a flow run: an OS file lock (flock) beside a DuckDB file or a
DuckLake catalog file, or, for a lake whose catalog is in PostgreSQL, an advisory lock held by a
session of this process on the catalog's server, so writers on several machines exclude each other.

Why a lock that dies with its holder and not a Prefect concurrency limit: the kernel releases a flock,
and the PostgreSQL server an advisory lock, when the holding process dies, however it dies, so a
crashed or killed run never blocks the next one (a Prefect slot can stay taken after a crash).
Re-entrant within a process, so the pipeline flow and its subflows share it. An overlapping run waits
up to `wait_seconds`, then gives up with a clear one-line message.
"""
from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flows import UserError
from flows.config import lake_catalog_file, lake_postgres, redacted
from flows.db import sql_text

_held: dict[str, tuple[Any, int]] = {}  # lock path or catalog -> (file descriptor or session, depth)


class WarehouseBusy(UserError):
    """Another process holds the writer lock for longer than we were willing to wait."""


@contextmanager
def writer_lock(warehouse: Path, wait_seconds: float, purpose: str | None = None) -> Iterator[None]:
    conninfo = lake_postgres(warehouse)
    warehouse = lake_catalog_file(warehouse) or warehouse  # a DuckLake lock sits beside its catalog file
    path = "postgres:" + conninfo if conninfo is not None else str(warehouse.resolve()) + ".lock"
    if path in _held:
        fd, depth = _held[path]
        _held[path] = (fd, depth + 1)
        try:
            yield
        finally:
            _held[path] = (fd, _held[path][1] - 1)
        return
    if conninfo is not None:
        with _advisory_lock(conninfo, wait_seconds, purpose) as session:
            _held[path] = (session, 1)
            try:
                yield
            finally:
                del _held[path]
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


def _catalog_session(conninfo: str) -> Any:
    """A PostgreSQL session of this process on the lake's catalog database (autocommit)."""
    try:
        import psycopg
    except ImportError:
        raise UserError("a ducklake:postgres: warehouse needs psycopg: pip install 'psycopg[binary]'") from None
    try:
        # A named session, so `pg_stat_activity` shows which machine and process holds the lock.
        return psycopg.connect(conninfo, autocommit=True, application_name=f"allywatch writer {socket.gethostname()}",
                               connect_timeout=30)
    except psycopg.Error as exc:
        reason = redacted(" ".join(str(exc).split()))
        raise UserError(f"cannot reach the lake catalog ducklake:postgres:{redacted(conninfo)} for the writer "
                        f"lock: {reason[:300]} (start the server or correct the libpq string)") from None


@contextmanager
def _advisory_lock(conninfo: str, wait_seconds: float, purpose: str | None) -> Iterator[Any]:
    """The advisory lock of a PostgreSQL catalog, held by a session that ends with this process."""
    session = _catalog_session(conninfo)
    try:
        deadline = time.monotonic() + wait_seconds
        while not session.execute(sql_text("catalog/writer_lock_try.sql")).fetchone()[0]:
            if time.monotonic() >= deadline:
                _note_skipped_in_catalog(session, wait_seconds, purpose or _flow_name())
                raise WarehouseBusy(f"another allywatch run is writing ducklake:postgres:{redacted(conninfo)}; "
                                    f"waited {wait_seconds:.0f} s, skipping this run (raise writer_wait_seconds "
                                    "to wait longer)")
            time.sleep(0.2)
        try:
            yield session
        finally:
            import psycopg

            with suppress(psycopg.Error):  # a session the server already ended holds no lock to give back
                session.execute(sql_text("catalog/writer_lock_release.sql"))
    finally:
        session.close()


def _note_skipped_in_catalog(session: Any, waited: float, purpose: str) -> None:
    session.execute(sql_text("catalog/skipped_run_table.sql"))
    session.execute(sql_text("catalog/skipped_run_note.sql"), {
        "at": datetime.now(UTC).replace(tzinfo=None), "run": purpose, "pid": str(os.getpid()),
        "host": socket.gethostname(), "waited": str(round(waited, 1))})


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
    conninfo = lake_postgres(warehouse)
    if conninfo is not None:
        with _skipped_runs_in_catalog(conninfo) as entries:
            yield entries
        return
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


@contextmanager
def _skipped_runs_in_catalog(conninfo: str) -> Iterator[list[dict]]:
    session = _catalog_session(conninfo)
    try:
        session.execute(sql_text("catalog/skipped_run_table.sql"))
        rows = session.execute(sql_text("catalog/skipped_run_list.sql")).fetchall()
        yield [{"at": at.isoformat(), "run": run, "pid": pid, "waited_seconds": waited}
               for _, at, run, pid, waited in rows]
        if rows:
            session.execute(sql_text("catalog/skipped_run_clear.sql"), {"last_id": rows[-1][0]})
    finally:
        session.close()
