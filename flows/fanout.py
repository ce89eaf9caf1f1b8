"""Scale-out: the Prefect task runner for `--workers N` (a local Dask cluster) or a Dask scheduler address.

Only work that needs no warehouse fans out (download and verification of GDELT files, staging: unzip,
parse, validate; text coding); loads stay in the flow's process, one writer at a time. Dask worker
processes report their task runs to the same Prefect API as the flow: without PREFECT_API_URL each worker
would start a temporary server of its own, so one is started here first and its address handed down
through the environment.
"""
from __future__ import annotations

import logging
import os
from typing import Any

from flows import UserError


def _share_prefect_api() -> None:
    """Make sure PREFECT_API_URL names a server the Dask workers can reach."""
    from prefect.settings import get_current_settings

    if get_current_settings().api.url:
        os.environ.setdefault("PREFECT_API_URL", str(get_current_settings().api.url))
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the same temporary server this process's flows would use
    server.start(timeout=int(get_current_settings().server.ephemeral.startup_timeout_seconds))
    os.environ["PREFECT_API_URL"] = server.api_url


def task_runner(workers: int | None, scheduler: str | None) -> Any | None:
    """A DaskTaskRunner, or None for Prefect's default (threads in this process)."""
    if not scheduler and not workers:
        return None
    if workers is not None and workers < 0:
        raise UserError(f"workers must be 0 (no fan-out) or more, got {workers}")
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        raise UserError("fan-out needs prefect-dask: pip install prefect-dask") from None
    _share_prefect_api()
    # Dask logs every scheduler and worker step at INFO on stderr; warnings are what an operator needs.
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    logging.getLogger("distributed").setLevel(logging.WARNING)
    if scheduler:
        return DaskTaskRunner(address=scheduler)
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                          "dashboard_address": None})


def chunks(items: list, parts: int) -> list[list]:
    """items split into at most `parts` runs of consecutive items, sizes differing by at most one."""
    parts = max(1, min(parts, len(items)))
    size, extra = divmod(len(items), parts)
    out, start = [], 0
    for index in range(parts):
        end = start + size + (1 if index < extra else 0)
        out.append(items[start:end])
        start = end
    return [c for c in out if c]
