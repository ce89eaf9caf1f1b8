"""Load landed GDELT files the way the flow does, for tests that drive the load without Prefect."""
from __future__ import annotations

import duckdb

from flows.batch import BatchResult
from flows.config import Settings
from flows.load.gdelt_load import LandedFile, load_staged
from flows.stage.gdelt_stage import stage_group


def load_landed(con: duckdb.DuckDBPyConnection, landed: list[LandedFile], settings: Settings,
                flow_run_id: str | None = None) -> list[BatchResult]:
    """Stage landed files, then store them in one transaction: what the flow's gdelt-stage-load task runs
    for a group (FetchError when a file cannot be unzipped)."""
    return load_staged(con, stage_group(landed, settings), settings, flow_run_id)
