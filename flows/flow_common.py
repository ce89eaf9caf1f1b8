"""What every flow module shares: settings for a run, the run id, the network retry policy and the
batches artifact."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from prefect.artifacts import create_markdown_artifact
from prefect.runtime import flow_run
from prefect.tasks import exponential_backoff

from flows import UserError
from flows.batch import BatchResult
from flows.collect.http import FetchError
from flows.config import Settings, load_settings


def run_settings(warehouse: str | None, config: str | None, **overrides: Any) -> Settings:
    """The config file's settings with the flow's non-None parameters on top."""
    settings = load_settings(Path(config) if config else None, Path(warehouse) if warehouse else None)
    clean = {k: v for k, v in overrides.items() if v is not None}
    return settings.__class__(**{**settings.__dict__, **clean}) if clean else settings


def run_id() -> str | None:
    return str(flow_run.id) if flow_run.id else None


def transient(exc: BaseException | None) -> bool:
    """True when a fetch error that gave up on 429/5xx/connection problems sits in the exception's chain.

    Collectors turn an unreadable GDELT list into a UserError (`from None`), which still keeps the fetch
    error as its context: an outage is worth another task try, a wrong URL (404) is not.
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, FetchError) and exc.transient:
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def retry_unless_user_error(task: Any, task_run: Any, state: Any) -> bool:
    """Prefect retries network tasks, but a user mistake (a wrong URL or path) fails at once."""
    try:
        state.result()
    except UserError as exc:
        return transient(exc)
    except Exception:
        return True
    return True


NETWORK_RETRY = {"retries": 3, "retry_delay_seconds": exponential_backoff(backoff_factor=2),
                 "retry_jitter_factor": 0.5, "retry_condition_fn": retry_unless_user_error}


def publish_batches_artifact(kind: str, results: list[BatchResult]) -> None:
    if not results:
        return
    lines = ["| batch | status | received | loaded | quarantined | filtered | duplicate | failed expectations |",
             "|---|---|---|---|---|---|---|---|"]
    for r in results:
        failed = ", ".join(f"{k} ({v})" for k, v in sorted(r.failed_expectations.items()))
        lines.append(f"| {r.item} | {r.status} | {r.received} | {r.loaded} | {r.quarantined} | "
                     f"{r.filtered} | {r.duplicate} | {failed} |")
    create_markdown_artifact(markdown="\n".join(lines), key=f"{kind}-batches",
                             description=f"{kind} batches of this run")


class _ThreadTimeoutNotice(logging.Filter):
    """Drops Prefect's warning that a task's timeout cannot interrupt a worker thread. Staging runs in a
    thread by design (and fetches in Dask worker threads); the timeout still fails a run that overran once
    its blocking step returns, which is all a timeout can do to DuckDB's C code on any thread. Said once
    here instead of once per group in every run's log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Timeout of %s seconds configured for this task, but the task is "
                                              "running in a worker thread")


def quiet_thread_timeout_notice() -> None:
    logger = logging.getLogger("prefect.task_runs")
    if not any(isinstance(f, _ThreadTimeoutNotice) for f in logger.filters):
        logger.addFilter(_ThreadTimeoutNotice())
