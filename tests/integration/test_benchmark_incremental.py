"""The incremental benchmark's attempts start from a warehouse that is already created and migrated, at
every size, so the 0-event baseline does not pay for creating the file (issue 19, item 13)."""
from __future__ import annotations

import tomllib
from pathlib import Path

import duckdb

from benchmarks.runner import copy_warehouse
from benchmarks.scenarios_scale import prepare_size
from flows.config import load_settings
from flows.db import sql_text
from flows.prepare import prepared_warehouse


def _versions(path: Path) -> list[int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return [row[0] for row in con.execute("select version from schema_version order by version").fetchall()]
    finally:
        con.close()


def test_the_zero_event_start_is_a_migrated_empty_warehouse(tmp_path: Path) -> None:
    prepared, events, _ = prepare_size(tmp_path / "incr-0", None, 0)
    assert prepared.exists() and events == 0
    latest = max(m["version"] for m in tomllib.loads(sql_text("migrations.toml"))["migration"])
    assert _versions(prepared)[-1] == latest
    con = duckdb.connect(str(prepared), read_only=True)
    try:
        assert con.execute("select count(*) from fact_event").fetchone() == (0,)
    finally:
        con.close()
    # An attempt's copy opens without applying a migration: the timed run does no schema work.
    attempt = copy_warehouse(prepared, tmp_path / "try0" / "w.duckdb")
    with prepared_warehouse(load_settings(None, attempt)):
        pass
    assert _versions(attempt) == _versions(prepared)
