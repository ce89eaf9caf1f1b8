"""How every `allywatch` command ends: user mistakes and Ctrl-C become one line on stderr and an exit
code (2 for a mistake, 1 for an unexpected failure, 130 for an interrupt), with a traceback only under
`--debug`; plus the option parsing the commands share."""
from __future__ import annotations

import atexit
import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import click
import typer

from flows import UserError
from flows.config import Settings, load_settings
from flows.console import err

# Set by the `--debug` option of the `allywatch` callback: tracebacks on the console again.
DEBUG = threading.Event()


class _NoTraceback(logging.Filter):
    """Keeps a log record's message and drops its traceback. Prefect logs a failed task or flow with the
    whole traceback (70-190 lines for a wrong path); on the console the message says enough, and the
    command ends with its own one-line error. Records still reach the Prefect API with their traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


def quiet_console_tracebacks() -> None:
    """Put _NoTraceback on the console handlers Prefect installs on the root logger (not under --debug)."""
    if DEBUG.is_set():
        return
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.StreamHandler) and not any(
                isinstance(f, _NoTraceback) for f in handler.filters):
            handler.addFilter(_NoTraceback())


def fail(message: str, code: int = 2) -> None:
    err.print(f"error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


# Ctrl-C raises KeyboardInterrupt as usual and is also noted, because a flow engine or a library may catch
# the exception on its way up; a noted interrupt always ends the command with exit 130 and one line.
_interrupted = threading.Event()
_redelivering = threading.Event()  # set while _interrupt_in_finalizer raises the same interrupt again
GRACE_ENV = "ALLYWATCH_INTERRUPT_GRACE_SECONDS"
DEFAULT_GRACE_SECONDS = 30.0


def _grace_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get(GRACE_ENV, DEFAULT_GRACE_SECONDS)))
    except ValueError:
        return DEFAULT_GRACE_SECONDS


def _end_now() -> None:
    """Exit 130 at once, as a kill would: only committed batches stay, which a crash leaves too."""
    err.print("error: interrupted", markup=False, highlight=False)
    sys.stderr.flush()
    os._exit(130)


def _on_sigint(_signum: int, _frame: Any) -> None:
    """The first Ctrl-C stops the command at its next safe point (the open batch rolls back); a second one,
    or the grace period passing without the command ending, ends the process at once. The grace period
    covers a library that swallows the interrupt or waits on something that will not come."""
    if _redelivering.is_set():
        _redelivering.clear()
    elif _interrupted.is_set():
        _end_now()
    else:
        _interrupted.set()
        watchdog = threading.Timer(_grace_seconds(), _end_now)
        watchdog.daemon = True
        watchdog.start()
    raise KeyboardInterrupt


_REDELIVERIES = 3  # an interrupt that keeps landing in finalizers is given up on; the run then ends as it can


def _redeliver() -> None:
    _redelivering.set()
    signal.raise_signal(signal.SIGINT)


def _interrupt_in_finalizer(unraisable: Any) -> None:
    """Ctrl-C raised inside an object's finalizer (``__del__``) cannot leave it: Python would print "Exception
    ignored in ..." with a traceback and carry on. Our own interrupt is not shown; it is raised again, so
    the command still stops soon, and is reported as "interrupted" at exit."""
    global _REDELIVERIES
    if isinstance(unraisable.exc_value, KeyboardInterrupt) and _interrupted.is_set():
        if _REDELIVERIES > 0:  # from another thread, so it arrives after this hook has returned
            _REDELIVERIES -= 1
            threading.Timer(0.05, _redeliver).start()
        return
    sys.__unraisablehook__(unraisable)


def _report_interrupt() -> None:
    if _interrupted.is_set():
        err.print("error: interrupted", markup=False, highlight=False)


def guarded(action: Callable[[], Any]) -> Any:
    """Run an action, turning user mistakes into one-line errors instead of tracebacks."""
    try:
        result = action()
    except UserError as exc:
        if not _interrupted.is_set():
            fail(str(exc))
        raise typer.Exit(130) from None
    except KeyboardInterrupt:
        _interrupted.set()
        raise typer.Exit(130) from None
    except (typer.Exit, click.exceptions.ClickException, click.exceptions.Abort):
        raise
    except BaseException as exc:
        if _interrupted.is_set():
            raise typer.Exit(130) from None
        if DEBUG.is_set() or not isinstance(exc, Exception):
            raise
        first = (str(exc).splitlines() or [""])[0]
        fail(f"{type(exc).__name__}: {first} (run with --debug for the traceback)", code=1)
    if _interrupted.is_set():  # swallowed on the way up: still an interrupted run
        raise typer.Exit(130)
    return result


def flow_call(action: Callable[[], Any]) -> Any:
    """guarded() for a flow run. On Prefect's temporary server (no API URL configured) the runs go without
    flow-run heartbeats: they exist to spot crashed runs on a server that outlives them, and their thread
    sleeps in 1 s steps that every run waits out at its end (up to one step per flow, four flows in `run`)."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, get_current_settings, temporary_settings

    quiet_console_tracebacks()
    if get_current_settings().api.url:
        return guarded(action)
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        return guarded(action)


def exit_if_all_failed(batches: list[dict], sources: int | None = None) -> None:
    """Exit 1 when the run had sources and not one of them could be read (so cron notices). With `sources`,
    the run's number of sources: one skipped as already loaded did not fail, so failures must cover them all."""
    failed = sum(b["status"] in ("failed", "gave_up") for b in batches)
    if batches and failed == len(batches) and (sources is None or failed >= sources):
        fail(f"every source of this run failed ({len(batches)} batches); each one is listed above with why", code=1)


def exit_if_all_bad(lines: int, bad_lines: int) -> None:
    if lines and bad_lines == lines:
        fail(f"every input line was bad ({lines}); each one is named above", code=1)


def settings_for(warehouse: Path | None, config: Path | None) -> Settings:
    return guarded(lambda: load_settings(config, warehouse))


def when(value: str | None, end_of_day: bool = False) -> datetime | None:
    from flows.collect.gdelt import parse_timestamp

    return guarded(lambda: parse_timestamp(value, end_of_day)) if value else None


def ordered(start: datetime | None, end: datetime | None) -> None:
    """A range that ends before it starts selects nothing: refused instead of reported as loaded."""
    if start is not None and end is not None and start > end:
        fail(f"--since {start:%Y-%m-%d %H:%M:%S} is after --until {end:%Y-%m-%d %H:%M:%S}")


# Run in a child process: a query cut by Ctrl-C can leave DuckDB 1.5 unable to open that file again in this
# process (connect() never returns), and this check runs on the way out of an interrupted load.
_COUNT_BATCHES = """
import sys, duckdb
try:
    con = duckdb.connect(sys.argv[1], read_only=True)
except duckdb.Error:
    print("held"); raise SystemExit
try:
    print(con.execute(sys.argv[2]).fetchone()[0])
except duckdb.Error:
    print(0)  # no ledger yet: created and never migrated
"""


def _holds_no_batch(warehouse: Path) -> bool:
    from flows.db import sql_text

    try:
        child = subprocess.run([sys.executable, "-c", _COUNT_BATCHES, str(warehouse),
                                sql_text("queries/ledger_batch_count.sql")],
                               capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return False
    # "held": by another process, or not ours to judge; anything unreadable is left alone too
    return child.returncode == 0 and child.stdout.strip() == "0"


@contextmanager
def no_stray_warehouse(settings: Settings) -> Iterator[None]:
    """A load that fails before recording any batch leaves no warehouse behind if there was none before
    (say a wrong --source-dir): an empty file would pass for a warehouse in the next command."""
    from flows.writer_lock import writer_lock

    created = [settings.warehouse_file, settings.warehouse_file.with_name(settings.warehouse_file.name + ".wal")]
    fresh = settings.warehouse == settings.warehouse_file and not settings.warehouse_file.exists()
    try:
        yield
    except BaseException as exc:
        if fresh and getattr(exc, "exit_code", 1) and settings.warehouse_file.exists():
            try:
                # Under the writer lock (not waiting): a run that started meanwhile keeps its file. The
                # lock file itself stays; removing it under a waiting run would split the lock in two.
                with writer_lock(settings.warehouse, 0):
                    if _holds_no_batch(settings.warehouse_file):
                        for path in created:
                            path.unlink(missing_ok=True)
            except UserError:
                pass
        raise


def existing_dir(path: Path | None, what: str) -> str | None:
    if path is None:
        return None
    if not path.is_dir():
        fail(f"{what} {path} is not a folder (it must hold masterfilelist.txt, lastupdate.txt and the zips)")
    return str(path)


def install_interrupt_handler() -> None:
    """Note Ctrl-C (see _on_sigint) and say "interrupted" at exit, also when it lands outside guarded()."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, _on_sigint)
        sys.unraisablehook = _interrupt_in_finalizer
        atexit.register(_report_interrupt)
