"""Several workers on one PostgreSQL-catalog lake: a Prefect process work pool with two workers, each running a
GDELT flow for a different range against the same catalog. Their writes serialize on the advisory lock and
the lake ends as one sequential run into a DuckDB file leaves its warehouse. Slow (a Prefect server, two
workers and three loads): `pytest -m slow`."""
from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from benchmarks.postgres_cluster import Cluster
from flows.config import load_settings
from flows.db import connect
from tests.integration.test_lake_postgres import (  # noqa: F401  (cluster and mirror are fixtures)
    ROOT,
    cli,
    cluster,
    gdelt_args,
    lake,
    mirror,
    write_config,
)
from tests.prefect_server import PREFECT, api_client, clean_env, running_server, stop, wait_final

pytestmark = pytest.mark.slow

RANGES = [(datetime(2025, 3, 1), datetime(2025, 3, 1, 2, 25)), (datetime(2025, 3, 1, 2, 30), datetime(2025, 3, 1, 5))]
RESULT = {
    "events": "select event_key, date_key, event_type_key, origin from fact_event order by all",
    "support": "select date_key, patron_iso3, client_iso3, support_category, direction, origin, events, "
               "round(weighted_events, 9), round(intensity, 9), round(avg_tone, 9) "
               "from fact_support_daily order by all",
    "ledger": "select item, status, received from batch_ledger where source = 'gdelt' order by all",
    "counted": "select sum(loaded + duplicate), sum(quarantined), sum(filtered) from batch_ledger "
               "where source = 'gdelt'",
}


def result_of(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    return {name: con.execute(query).fetchall() for name, query in RESULT.items()}


def test_two_workers_running_gdelt_ranges_equal_one_sequential_run(cluster: Cluster, mirror: Path,  # noqa: F811
                                                                   prefect_api_url: str, tmp_path: Path) -> None:
    from prefect.client.schemas.actions import WorkPoolCreate

    from flows.gdelt_flow import gdelt_events

    config = write_config(tmp_path, files_per_transaction=4, writer_wait_seconds=300)
    warehouse = lake(cluster, "workers")
    sequential = tmp_path / "sequential.duckdb"
    done = cli("gdelt", str(sequential), config, prefect_api_url, *gdelt_args(mirror))
    assert done.returncode == 0, done.stdout + done.stderr
    home = tmp_path / "prefect"
    home.mkdir()
    with running_server(home) as url, api_client(url) as client:
        client.create_work_pool(WorkPoolCreate(name="lake", type="process"))
        from prefect.settings import PREFECT_API_URL, temporary_settings

        with temporary_settings(updates={PREFECT_API_URL: url}):
            deployment_id = gdelt_events.from_source(source=str(ROOT), entrypoint="flows/gdelt_flow.py:gdelt_events"
                                                     ).deploy(name="lake", work_pool_name="lake", build=False,
                                                              push=False, print_next_steps=False)
        env = clean_env(PREFECT_API_URL=url, PREFECT_HOME=str(home), PREFECT_WORKER_QUERY_SECONDS="1",
                        PREFECT_LOGGING_LEVEL="WARNING")
        workers = [subprocess.Popen(
            [str(PREFECT), "worker", "start", "--pool", "lake", "--limit", "1", "--name", f"worker-{n}"],
            env=env, cwd=tmp_path, stdout=(tmp_path / f"worker-{n}.log").open("w"), stderr=subprocess.STDOUT,
            start_new_session=True) for n in (1, 2)]
        try:
            runs = [client.create_flow_run_from_deployment(deployment_id, parameters={
                "warehouse": warehouse, "config": str(config), "source_dir": str(mirror), "since": since,
                "until": until, "publish": False}) for since, until in RANGES]
            finished = [wait_final(client, run.id, 600) for run in runs]
        finally:
            for worker in workers:
                stop(worker)
    logs = "\n".join((tmp_path / f"worker-{n}.log").read_text(errors="replace")[-3000:] for n in (1, 2))
    assert all(run.state.is_completed() for run in finished), logs
    first, second = sorted(finished, key=lambda r: r.start_time)
    assert second.start_time < first.end_time, "the two runs did not run at the same time (one worker took both)"
    con = connect(load_settings(config, Path(warehouse)).warehouse, read_only=True)
    try:
        on_lake = result_of(con)
    finally:
        con.close()
    plain = duckdb.connect(str(sequential), read_only=True)
    try:
        on_file = result_of(plain)
    finally:
        plain.close()
    assert len(on_lake["ledger"]) == 20 and {row[1] for row in on_lake["ledger"]} == {"loaded"}
    assert on_lake == on_file
