"""`allywatch serve` and prefect.yaml against a real Prefect server started here (`prefect server start`).

The server, the serve process and a Prefect worker are real subprocesses; GDELT is a loopback HTTP mirror.
Tests run in file order: the last one replaces the served deployments by the prefect.yaml ones.
"""
from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest
import yaml
from werkzeug import Request, Response

from flows import PROJECT_ROOT
from flows.config import Settings, load_settings
from flows.serve import DEPLOYMENT_NAME, ServedDeployment, deployment_table
from tests.gdelt_files import event_row, write_export, write_lists
from tests.loopback import loopback
from tests.prefect_server import (
    PREFECT,
    api_client,
    clean_env,
    run_bounded,
    running_server,
    stop,
    tail,
    wait_final,
    wait_for,
)

pytestmark = pytest.mark.prefect_server  # a real `prefect server start`: select or skip with -m

STAMPS = ("20250301000000", "20250301001500")
NEWEST_ROWS = 3


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_server(tmp_path_factory.mktemp("prefect-home")) as url:
        yield url


@pytest.fixture(scope="module")
def gdelt_http(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A two-file GDELT mirror over loopback HTTP at /gdelt/, and a copy at /flaky/ whose lastupdate.txt
    answers 503 to its first two requests."""
    folder = tmp_path_factory.mktemp("mirror")
    zips = [write_export(folder, STAMPS[0], [event_row(1), event_row(2)]),
            write_export(folder, STAMPS[1], [event_row(10 + i) for i in range(NEWEST_ROWS)])]
    write_lists(folder, zips)
    hits: dict[str, int] = {}

    def handler(request: Request) -> Response:
        prefix, name = request.path.strip("/").split("/", 1)
        hits[request.path] = hits.get(request.path, 0) + 1
        if prefix == "flaky" and name == "lastupdate.txt" and hits[request.path] <= 2:
            return Response("busy", status=503)
        path = folder / name
        return Response(path.read_bytes(), status=200) if path.is_file() else Response("no", status=404)

    with loopback(r"^/(gdelt|flaky)/.+", handler) as http:
        yield {"base": http.url_for("/gdelt/"), "flaky": http.url_for("/flaky/"), "hits": hits}


@dataclass
class Served:
    process: subprocess.Popen
    url: str
    warehouse: Path
    config: Path
    log: Path
    folder: Path

    def stop(self) -> None:
        stop(self.process)


@pytest.fixture(scope="module")
def served(server: str, gdelt_http: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """`allywatch serve` as a subprocess, with schedules overridden in its config and a cap of one run."""
    folder = tmp_path_factory.mktemp("served")
    config = folder / "allywatch.toml"
    config.write_text(f'gdelt_base_url = "{gdelt_http["base"]}"\nhttp_retries = 1\nhttp_backoff_seconds = 0.1\n'
                      'http_timeout_seconds = 5.0\nserve_limit = 1\nnews_schedule = 7200\n'
                      'marts_schedule = "0 5 * * *"\n')
    warehouse, log = folder / "w.duckdb", folder / "serve.log"
    # A 1 s poll instead of Prefect's 10 s, so a triggered run starts promptly.
    env = clean_env(PREFECT_API_URL=server, PREFECT_HOME=str(folder / "prefect"), PREFECT_RUNNER_POLL_FREQUENCY="1",
                    PREFECT_LOGGING_LEVEL="INFO")
    with open(log, "wb") as sink:
        process = subprocess.Popen([sys.executable, "-m", "flows.cli", "serve", "--warehouse", str(warehouse),
                                    "--config", str(config)], cwd=folder, env=env, stdout=sink,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    handle = Served(process, server, warehouse, config, log, folder)
    try:
        with api_client(server) as client:
            def registered() -> bool:
                assert process.poll() is None, f"allywatch serve exited:\n{tail(log)}"
                return len(client.read_deployments()) == 3

            wait_for(registered, 60, "allywatch serve to register its deployments")
        yield handle
    finally:
        handle.stop()


def schedule_value(schedule: Any) -> tuple[str, str | int]:
    """A Prefect schedule as (timezone, cron string or interval seconds), the shape of the config values."""
    if getattr(schedule, "cron", None):
        return schedule.timezone, schedule.cron
    return schedule.timezone, int(schedule.interval.total_seconds())


def test_serve_registers_the_three_deployments_from_the_table(served: Served) -> None:
    table = deployment_table(load_settings(served.config, served.warehouse), served.config)
    assert {spec.flow_name: spec.schedule for spec in table} == {
        "gdelt_events": "2-59/15 * * * *", "news": 7200, "marts": "0 5 * * *"}  # default, then two overrides
    with api_client(served.url) as client:
        for spec in table:
            deployment = client.read_deployment_by_name(spec.full_name)
            assert deployment.entrypoint == spec.entrypoint
            assert [schedule_value(s.schedule) for s in deployment.schedules] == [("UTC", spec.schedule)]
            assert all(s.active for s in deployment.schedules) and not deployment.paused
            assert deployment.parameters == spec.parameters
            assert deployment.parameters["warehouse"] == str(served.warehouse.resolve())
            assert deployment.parameters["config"] == str(served.config.resolve())


def test_triggered_runs_complete_one_at_a_time_and_load_the_warehouse(served: Served) -> None:
    with api_client(served.url) as client:
        runs = [client.create_flow_run_from_deployment(client.read_deployment_by_name(name).id)
                for name in ("gdelt_events/allywatch", "news/allywatch")]
        gdelt_run, news_run = (wait_final(client, run.id, 120) for run in runs)
    assert gdelt_run.state.is_completed(), f"{gdelt_run.state}\n{tail(served.log)}"
    assert news_run.state.is_completed(), f"{news_run.state}\n{tail(served.log)}"
    first, second = sorted((gdelt_run, news_run), key=lambda r: r.start_time)
    assert first.end_time <= second.start_time, "serve_limit = 1, yet two flow runs ran at the same time"
    con = duckdb.connect(str(served.warehouse), read_only=True)
    try:
        batches = con.execute("select item, status, loaded, flow_run_id from batch_ledger").fetchall()
    finally:
        con.close()
    # A first run takes the newest listed file only, and the served run is the one that loaded it.
    assert batches == [(f"{STAMPS[1]}.export.CSV.zip", "loaded", NEWEST_ROWS, str(gdelt_run.id))]
    assert served.warehouse.with_name("w_bi.duckdb").exists(), "publish=True: the load ends with the marts flow"


@pytest.mark.slow  # left out of `pytest` and CI for time; `pytest -m slow` runs it
def test_a_list_fetch_that_fails_twice_is_retried_by_prefect(served: Served, gdelt_http: dict[str, Any]) -> None:
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    retry_warehouse = served.folder / "retry.duckdb"
    with api_client(served.url) as client:
        deployment = client.read_deployment_by_name("gdelt_events/allywatch")
        run = client.create_flow_run_from_deployment(deployment.id, parameters={
            "base_url": gdelt_http["flaky"], "warehouse": str(retry_warehouse), "publish": False})
        finished = wait_final(client, run.id, 120)
        assert finished.state.is_completed(), f"{finished.state}\n{tail(served.log)}"
        tasks = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run.id])))
        plan = next(t for t in tasks if t.name.startswith("gdelt-plan"))
        history = [s.name for s in sorted(client.read_task_run_states(plan.id), key=lambda s: s.timestamp)]
    assert plan.run_count == 3
    assert history.count("AwaitingRetry") == 2 and history[-1] == "Completed", history
    assert gdelt_http["hits"]["/flaky/lastupdate.txt"] == 3
    con = duckdb.connect(str(retry_warehouse), read_only=True)
    try:
        assert con.execute("select count(*) from batch_ledger where status = 'loaded'").fetchone()[0] == 1
    finally:
        con.close()


@pytest.mark.parametrize(("api_url", "fragment"), [
    (None, "allywatch serve needs a Prefect server"),
    ("http://127.0.0.1:9/api", "cannot reach the Prefect API at http://127.0.0.1:9/api"),
])
def test_serve_without_a_reachable_server_is_one_line(tmp_path: Path, api_url: str | None, fragment: str) -> None:
    env = clean_env(PREFECT_HOME=str(tmp_path / "prefect"), **({"PREFECT_API_URL": api_url} if api_url else {}))
    result = run_bounded([sys.executable, "-m", "flows.cli", "serve", "--warehouse", str(tmp_path / "w.duckdb")],
                         60, cwd=tmp_path, env=env)
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert result.returncode == 2 and len(lines) == 1 and fragment in lines[0], lines


def _yaml_deployments() -> list[dict[str, Any]]:
    return yaml.safe_load((PROJECT_ROOT / "prefect.yaml").read_text(encoding="utf-8"))["deployments"]


def _yaml_schedule(entry: dict[str, Any]) -> tuple[str, str | int]:
    (schedule,) = entry["schedules"]
    return schedule["timezone"], schedule["cron"] if "cron" in schedule else int(schedule["interval"])


def test_prefect_yaml_declares_the_served_deployments() -> None:
    from prefect import Flow
    from prefect.utilities.importtools import import_object

    table: dict[str, ServedDeployment] = {spec.entrypoint: spec for spec in deployment_table(Settings())}
    declared = {entry["entrypoint"]: entry for entry in _yaml_deployments()}
    assert declared.keys() == table.keys()
    for entrypoint, entry in declared.items():
        spec, flow = table[entrypoint], import_object(entrypoint)
        assert isinstance(flow, Flow) and flow.name == spec.flow_name
        assert entry["name"] == DEPLOYMENT_NAME and entry["work_pool"]["name"]
        assert _yaml_schedule(entry) == ("UTC", spec.schedule)
        # Paths belong to the worker's environment; every other parameter is the served one.
        assert entry["parameters"] == {k: v for k, v in spec.parameters.items() if k not in ("warehouse", "config")}


@pytest.mark.slow  # left out of `pytest` and CI for time; `pytest -m slow` runs it
def test_prefect_deploy_all_registers_them_and_a_worker_runs_one(served: Served, tmp_path: Path) -> None:
    served.stop()  # from here on only the worker may pick up runs
    from prefect.client.schemas.actions import WorkPoolCreate

    env = clean_env(PREFECT_API_URL=served.url, PREFECT_HOME=str(tmp_path / "prefect"),
                    PREFECT_WORKER_QUERY_SECONDS="1")
    pool = _yaml_deployments()[0]["work_pool"]["name"]
    with api_client(served.url) as client:
        client.create_work_pool(WorkPoolCreate(name=pool, type="process"))
    deployed = run_bounded([str(PREFECT), "--no-prompt", "deploy", "--all"], 120, cwd=PROJECT_ROOT, env=env)
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    with api_client(served.url) as client:
        for spec in deployment_table(Settings()):
            deployment = client.read_deployment_by_name(spec.full_name)
            assert deployment.work_pool_name == pool and deployment.entrypoint == spec.entrypoint
            assert [schedule_value(s.schedule) for s in deployment.schedules] == [("UTC", spec.schedule)]
        warehouse = tmp_path / "worker.duckdb"
        run = client.create_flow_run_from_deployment(client.read_deployment_by_name("marts/allywatch").id,
                                                     parameters={"warehouse": str(warehouse)})
        worker = run_bounded([str(PREFECT), "worker", "start", "--pool", pool, "--run-once"], 120, cwd=tmp_path,
                             env=env)
        finished = wait_final(client, run.id, 30)
    assert finished.state.is_completed(), worker.stdout + worker.stderr
    assert warehouse.with_name("worker_bi.duckdb").exists()
