"""Every Prefect task of the flows has a timeout and a name of its own (the orchestration contract)."""
from __future__ import annotations

import importlib

from prefect import Task

FLOW_MODULES = ("flows.gdelt_flow", "flows.news_flow", "flows.marts_flow", "flows.pipelines", "flows.extract_flow")


def _tasks() -> dict[str, Task]:
    found: dict[str, Task] = {}
    for name in FLOW_MODULES:
        module = importlib.import_module(name)
        found.update({t.name: t for t in vars(module).values() if isinstance(t, Task)})
    return found


def test_every_task_has_a_timeout_and_a_distinct_name() -> None:
    tasks = _tasks()
    assert {"gdelt-plan", "gdelt-fetch", "gdelt-stage", "gdelt-stage-load", "gdelt-load", "news-collect",
            "news-code", "news-load", "marts-publish", "extract-chunk"} <= set(tasks)
    untimed = sorted(name for name, t in tasks.items() if not t.timeout_seconds)
    assert untimed == []
