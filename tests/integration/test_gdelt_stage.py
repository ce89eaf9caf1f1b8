"""Staging (parse + validate outside the warehouse) and the flow that stages one group ahead of the writer."""
from __future__ import annotations

import json
import pickle
import threading
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest

from flows.config import load_settings
from flows.load.gdelt_load import load_staged
from flows.prepare import prepare_warehouse, prepared_warehouse
from flows.stage.gdelt_stage import count_lines, stage_files, stage_group, staging_connection, validate_group
from flows.validate.suites import ValidationGateError, run_suite
from tests.conftest import table_checksums
from tests.gdelt_files import event_row, write_export, write_lists
from tests.gdelt_loading import load_landed
from tests.integration.test_gdelt_load import land

STAMPS = [f"20250301{h:02d}{m:02d}00" for h in range(2) for m in (0, 15, 30, 45)]


def _mirror(folder: Path) -> None:
    """8 files; file n repeats an event of file n-1 and has a bad date and a 60-column line."""
    zips = []
    for n, stamp in enumerate(STAMPS):
        rows = [event_row(100 * n + i, url=f"https://o{i}.example.org/{n}") for i in range(5)]
        rows += [event_row(100 * (n - 1)) if n else event_row(99), event_row(100 * n + 50, day="20251345"),
                 event_row(100 * n + 60, columns=60), event_row(100 * n + 70, actor1="FRA", actor2="DEU")]
        zips.append(write_export(folder, stamp, rows))
    write_lists(folder, zips)


def test_staging_reads_no_warehouse_and_a_pickled_group_loads_like_one_staged_here(tmp_path: Path) -> None:
    _mirror(tmp_path / "m")
    staged_settings = replace(load_settings(warehouse=tmp_path / "staged.duckdb"), quarantine_threshold=0.5)
    landed = land(tmp_path / "m", staged_settings)
    staged = stage_group(landed, staged_settings)
    assert not staged_settings.warehouse.exists()  # staging never opened (or created) the warehouse
    assert staged.tables["stg_event"].num_rows == 8 * 7  # in-scope rows only (tracked scope drops FRA-DEU)
    assert staged.tables["gdelt_staged_quarantine"].num_rows == 8 * 2  # bad date + 60-column line per file

    travelled = pickle.loads(pickle.dumps(staged))  # what a Dask worker sends back to the writer
    with prepared_warehouse(staged_settings) as con:
        from_stage = load_staged(con, travelled, staged_settings)
    direct_settings = replace(staged_settings, warehouse=tmp_path / "direct.duckdb")
    with prepared_warehouse(direct_settings) as con:
        direct = load_landed(con, land(tmp_path / "m", direct_settings), direct_settings)
    assert [(r.received, r.loaded, r.quarantined, r.filtered, r.duplicate) for r in from_stage] == \
           [(r.received, r.loaded, r.quarantined, r.filtered, r.duplicate) for r in direct]
    assert sum(r.duplicate for r in direct) == 7 and sum(r.loaded for r in direct) == 8 * 5 + 1
    assert table_checksums(staged_settings.warehouse) == table_checksums(direct_settings.warehouse)


@pytest.mark.parametrize("files_per_transaction", [1, 3])
def test_flow_staging_ahead_gives_the_warehouse_of_one_group(prefect_backend: None, tmp_path: Path,
                                                            files_per_transaction: int) -> None:
    """Groups of 1 or 3 files, each staged in a thread while the previous one loads (stage_ahead 1), end in
    the same tables as all 8 files in one group staged just before its load; each group is one gdelt-stage
    task run."""
    from flows.gdelt_flow import gdelt_events

    _mirror(tmp_path / "m")
    runs = {}
    for name, size, ahead in (("one_group", 100, 0), ("pipelined", files_per_transaction, 1)):
        config = tmp_path / f"{name}.toml"
        config.write_text(f"files_per_transaction = {size}\nstage_ahead = {ahead}\nquarantine_threshold = 0.5\n")
        warehouse = tmp_path / f"{name}.duckdb"
        state = gdelt_events(str(warehouse), str(config), source_dir=str(tmp_path / "m"),
                             since=datetime(2025, 3, 1), return_state=True)
        runs[name] = (state.result(), warehouse, state.state_details.flow_run_id)
    assert [b["status"] for b in runs["pipelined"][0]] == ["loaded"] * 8
    # validation_result holds one row per suite run, so it follows the grouping; doubles are compared to 9
    # digits because fact_support_daily sums tones group by group
    same = {"float_digits": 9, "skip_tables": frozenset({"validation_result"})}
    assert table_checksums(runs["pipelined"][1], **same) == table_checksums(runs["one_group"][1], **same)
    assert _task_runs(runs["pipelined"][2], "gdelt-stage-") == -(-8 // files_per_transaction)
    assert _task_runs(runs["pipelined"][2], "gdelt-load-") == -(-8 // files_per_transaction)


def _task_runs(flow_run_id: object, prefix: str) -> int:
    """Completed task runs of one flow run whose names start with prefix, read back from the Prefect API."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
    return sum(1 for r in runs if r.name.startswith(prefix) and r.state and r.state.is_completed())


def test_validations_from_two_threads_match_one_thread() -> None:
    """The flow validates a staged group in one thread while the writer gates its daily facts in another;
    GX shares one context per process, so suites run one at a time and each sees its own frame."""
    frames = [pd.DataFrame({"row_id": range(k * 1000, k * 1000 + 300), "global_event_id": range(300),
                            "event_date": pd.to_datetime(["2025-03-01"] * 300), "quad_class": [k % 4 + 1] * 300,
                            "goldstein": [float(k)] * 300, "avg_tone": [0.0] * 300,
                            "num_articles": [1] * 300})
              for k in range(4)]
    for k, frame in enumerate(frames):
        frame.loc[k * 7, "goldstein"] = 55.0  # one out-of-range value per frame, at a different row
    params = {"min_event_date": "1979-01-01", "max_event_date": "2025-03-02", "max_rows": 300}
    alone = [sorted(f.row_id for f in run_suite("stg_event", frame, params).failures) for frame in frames]
    together: list = [None] * len(frames)

    def work(k: int) -> None:
        together[k] = sorted(f.row_id for f in run_suite("stg_event", frames[k], params).failures)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(len(frames))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert together == alone
    assert alone == [[k * 1000 + k * 7] for k in range(4)]


def test_a_broken_zip_in_a_staged_group_fails_alone(prefect_backend: None, tmp_path: Path) -> None:
    from flows.gdelt_flow import load_gdelt, stage_gdelt

    _mirror(tmp_path / "m")
    settings = replace(load_settings(warehouse=tmp_path / "w.duckdb"), files_per_transaction=8,
                       quarantine_threshold=0.5)
    landed = land(tmp_path / "m", settings)
    landed[2].zip_path.write_bytes(landed[2].zip_path.read_bytes()[:40])  # truncated after landing
    outcome = stage_gdelt.fn(settings, landed)
    assert [f.listed.name for f, _ in outcome.failed] == [landed[2].listed.name]
    assert len(outcome.groups) == 7  # the other files, staged one by one
    prepare_warehouse(settings)  # what the flow does once before its tasks
    results = load_gdelt.fn(settings, outcome)
    assert sorted(r.status for r in results) == ["failed"] + ["loaded"] * 7


def test_stray_bytes_are_read_as_latin1_and_utf8_is_kept() -> None:
    from flows.stage.gdelt_stage import decode_stray_bytes

    assert decode_stray_bytes(b"Bogot\xe1\tBogot\xc3\xa1\t\xff") == "Bogotá\tBogotá\tÿ"
    assert decode_stray_bytes("São Paulo".encode()) == "São Paulo"


def test_a_line_that_is_not_utf8_is_staged_for_quarantine_as_received(tmp_path: Path) -> None:
    settings = replace(load_settings(warehouse=tmp_path / "w.duckdb"), quarantine_threshold=0.9)
    folder = tmp_path / "m"
    raw = event_row(2).replace("\tVE\t", "\tCaf\xe9 \xff\t", 1).encode("latin-1")
    write_lists(folder, [write_export(folder, STAMPS[0], event_row(1).encode() + b"\r\n" + raw + b"\r\n")])
    staged = stage_group(land(folder, settings), settings)
    records = [r for r in staged.tables["gdelt_staged_quarantine"].to_pylist() if r["stage"] == "parse"]
    assert len(records) == 1
    record = json.loads(records[0]["record"])
    assert record["line"].encode("latin-1") == raw and record["encoding"] == "latin-1"
    assert record["line_number"] == 2


def test_count_lines_counts_a_last_line_without_its_newline(tmp_path: Path) -> None:
    ended, open_end, empty = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    ended.write_bytes(b"x\ty\n" * 3)
    open_end.write_bytes(b"x\ny\nz")
    empty.write_bytes(b"")
    assert [count_lines([p]) for p in (ended, open_end, empty)] == [3, 3, 0]
    assert count_lines([ended, open_end, empty]) == 6


def test_more_staged_rows_than_the_files_have_lines_fail_the_group(tmp_path: Path) -> None:
    """batch_row_count_sane is bounded by the files' own lines: a staging that reads a row twice fails
    the whole group instead of loading the copy (the old bound was 5,000,000 rows)."""
    settings = load_settings(warehouse=tmp_path / "w.duckdb")
    path = tmp_path / "20250301000000.export.CSV"
    path.write_text("".join(event_row(i, url=f"https://o{i}.example.org/x") + "\n" for i in range(1, 6)))
    con = staging_connection()
    try:
        stage_files(con, {"gdelt:20250301000000": path}, settings)
        newest = datetime(2025, 3, 1)
        outcomes = validate_group(con, newest, count_lines([path]))  # the real staging passes
        assert [o.success for o in outcomes] == [True, True] and outcomes[1].rows == 5
        con.execute("insert into stg_event select * from stg_event where row_id = (select min(row_id) from stg_event)")
        with pytest.raises(ValidationGateError, match=r"stg_event\.batch_row_count_sane"):
            validate_group(con, newest, count_lines([path]))
    finally:
        con.close()
