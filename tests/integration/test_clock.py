"""One clock convention: every time a run stamps (ledger, quarantine, validation, reference state,
schema versions, the snapshot's publication) is naive UTC, whatever the machine's time zone."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb

from flows.config import load_settings
from flows.db import utc_now

ROOT = Path(__file__).resolve().parents[2]
# Times that come from upstream, not from our clock: when GDELT published a file or an event.
UPSTREAM = {("batch_ledger", "item_time"), ("source_watermark", "newest_seen"), ("fact_event", "date_added")}
STAMPED = {("reference_state", "applied_at"), ("schema_version", "applied_at"), ("batch_ledger", "started_at"),
           ("batch_ledger", "finished_at"), ("validation_result", "run_at"), ("source_watermark", "checked_at")}


def stamped_ranges(path: Path) -> dict[tuple[str, str], tuple]:
    """(min, max) of every TIMESTAMP column of the file's tables that holds a value, upstream times aside."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        columns = con.execute("select table_name, column_name from information_schema.columns where data_type = "
                              "'TIMESTAMP' and table_name in (select table_name from information_schema.tables "
                              "where table_type = 'BASE TABLE')").fetchall()
        # Names from the catalog just read, never from input.
        ranges = {(t, c): con.execute(f'select min("{c}"), max("{c}") from "{t}"').fetchone()
                  for t, c in columns if (t, c) not in UPSTREAM}
    finally:
        con.close()
    return {key: span for key, span in ranges.items() if span[0] is not None}


def test_a_run_in_a_zone_west_of_utc_stamps_naive_utc(prefect_api_url: str, tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    env = {**os.environ, "TZ": "America/Caracas", "PREFECT_API_URL": prefect_api_url, "PREFECT_LOGGING_LEVEL": "ERROR"}
    before = utc_now()
    run = subprocess.run([sys.executable, "-m", "flows.cli", "run", "--warehouse", str(warehouse)], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=900)
    after = utc_now()
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    stamped = stamped_ranges(warehouse)
    assert set(stamped) >= STAMPED, sorted(stamped)
    # Caracas is UTC-4: a time taken from the session's zone lands four hours before the run started.
    outside = {key: span for key, span in stamped.items() if not before <= span[0] <= span[1] <= after}
    assert outside == {}, (before, after, outside)
    published = stamped_ranges(load_settings(None, warehouse).snapshot)[("publication", "published_at")]
    assert before <= published[0] <= after
