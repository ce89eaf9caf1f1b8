"""The pipeline flow: gdelt_events, news and marts once, in order (what `allywatch run` does).

Each flow lives in its own module (gdelt_flow, news_flow, marts_flow); this one only composes them.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from prefect import flow

from flows import SAMPLE_DIR
from flows.flow_common import run_settings
from flows.gdelt_flow import gdelt_events
from flows.marts_flow import marts
from flows.news_flow import news
from flows.writer_lock import writer_lock

SAMPLE_GDELT_DIR = SAMPLE_DIR / "gdelt"
SAMPLE_FEEDS = sorted((SAMPLE_DIR / "feeds").glob("*.xml"))


@flow(name="pipeline")
def pipeline(warehouse: str | None = None, config: str | None = None, source_dir: str | None = None,
             base_url: str | None = None, since: datetime | None = None, until: datetime | None = None,
             feeds: list[str] | None = None, inputs: list[str] | None = None) -> dict[str, Any]:
    """gdelt_events, news and marts once, in order (what `allywatch run` does).

    With no source given it loads the bundled offline sample: a local GDELT mirror as an explicit
    backfill of all its files, and the sample RSS/Atom feeds.
    """
    settings = run_settings(warehouse, config)
    with writer_lock(settings.warehouse, settings.writer_wait_seconds):
        return _pipeline(warehouse, config, source_dir, base_url, since, until, feeds, inputs)


def _pipeline(warehouse: str | None, config: str | None, source_dir: str | None, base_url: str | None,
              since: datetime | None, until: datetime | None, feeds: list[str] | None, inputs: list[str] | None
              ) -> dict[str, Any]:
    use_sample = not (source_dir or base_url or feeds or inputs)
    if use_sample:
        source_dir, feeds = str(SAMPLE_GDELT_DIR), [str(p) for p in SAMPLE_FEEDS]
        since = since or datetime(1979, 1, 1)
    batches = []
    if source_dir or base_url:
        batches += gdelt_events(warehouse, config, source_dir=source_dir, base_url=base_url, since=since,
                                until=until)
    if feeds or inputs:
        batches += news(warehouse, config, feeds=feeds, inputs=inputs)
    loaded_something = any(b["status"] == "loaded" for b in batches)
    paths = marts(warehouse, config, only_if_stale=not loaded_something)
    return {"batches": batches, "paths": paths, "sample": use_sample}
