"""How every `allywatch` command ends: user mistakes and Ctrl-C become one line on stderr and an exit
code (2 for a mistake, 130 for an interrupt), never a traceback; plus the option parsing the commands share."""
from __future__ import annotations

import atexit
import signal
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import typer

from flows import UserError
from flows.config import Settings, load_settings
from flows.console import err


def fail(message: str, code: int = 2) -> None:
    err.print(f"error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


# Ctrl-C raises KeyboardInterrupt as usual and is also noted, because a flow engine or a library may catch
# the exception on its way up; a noted interrupt always ends the command with exit 130 and one line.
_interrupted = threading.Event()


def _on_sigint(_signum: int, _frame: Any) -> None:
    _interrupted.set()
    raise KeyboardInterrupt


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
    except BaseException:
        if _interrupted.is_set():
            raise typer.Exit(130) from None
        raise
    if _interrupted.is_set():  # swallowed on the way up: still an interrupted run
        raise typer.Exit(130)
    return result


def flow_call(action: Callable[[], Any]) -> Any:
    """guarded() for a flow run. On Prefect's temporary server (no API URL configured) the runs go without
    flow-run heartbeats: they exist to spot crashed runs on a server that outlives them, and their thread
    sleeps in 1 s steps that every run waits out at its end (up to one step per flow, four flows in `run`)."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, get_current_settings, temporary_settings

    if get_current_settings().api.url:
        return guarded(action)
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        return guarded(action)


def settings_for(warehouse: Path | None, config: Path | None) -> Settings:
    return guarded(lambda: load_settings(config, warehouse))


def when(value: str | None, end_of_day: bool = False) -> datetime | None:
    from flows.collect.gdelt import parse_timestamp

    return guarded(lambda: parse_timestamp(value, end_of_day)) if value else None


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
        atexit.register(_report_interrupt)
