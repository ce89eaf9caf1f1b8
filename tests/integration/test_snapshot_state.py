"""A snapshot knows the warehouse state it was published from, so a run that loads nothing republishes
only when the snapshot is stale (e.g. a publish was killed after a load)."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from flows.config import Settings
from flows.marts.snapshot import publish_snapshot, snapshot_is_current
from flows.prepare import prepared_warehouse


def test_a_snapshot_is_current_until_the_warehouse_changes(sample_run: dict, tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    shutil.copy(sample_run["warehouse"], warehouse)
    settings = Settings(warehouse=warehouse)
    snapshot = tmp_path / "bi.duckdb"
    assert not snapshot_is_current(warehouse, snapshot)  # none yet
    with prepared_warehouse(settings) as con:
        publish_snapshot(con, snapshot, settings.snapshot_event_window_days)
    assert snapshot_is_current(warehouse, snapshot)
    with prepared_warehouse(settings) as con:  # a recode-like change: same rows, one event's direction differs
        con.execute("update fact_event set direction = 'pressure' where event_key = "
                    "(select min(event_key) from fact_event where direction = 'support')")
    assert not snapshot_is_current(warehouse, snapshot)
    with prepared_warehouse(settings) as con:
        publish_snapshot(con, snapshot, settings.snapshot_event_window_days)
    assert snapshot_is_current(warehouse, snapshot)
    reader = duckdb.connect(str(snapshot))
    reader.execute("drop table publication")  # a snapshot from before this record is treated as stale
    reader.close()
    assert not snapshot_is_current(warehouse, snapshot)
