"""Source tokens reach their host and nothing else: not logs, artifacts, exceptions, Data Docs or tables.

A marker token guards a loopback feed and a loopback GDELT mirror. The real CLI runs as subprocesses with
Prefect logging at DEBUG into a file; then every output the runs left behind is searched for the marker.
"""
from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest
import yaml
from typer.testing import CliRunner
from werkzeug import Request, Response

from flows import SAMPLE_DIR, UserError
from flows.cli import app
from flows.collect.http import RedirectPolicy, RetryPolicy, download, make_client
from flows.config import load_settings
from flows.secrets import Secret, token_for
from tests.gdelt_files import event_row, write_export, write_lists
from tests.loopback import loopback
from tests.prefect_server import api_client, clean_env, run_bounded

MARKER = "SECRET-MARKER-7f3a9c"
FEED = (SAMPLE_DIR / "feeds" / "allywatch_en.xml").read_bytes()
SETTINGS_LINES = ["http_retries = 1", "http_backoff_seconds = 0.01", "http_timeout_seconds = 5.0",
                  "min_feed_text_chars = 0"]  # feed items carry their text: no article pages to fetch


@pytest.fixture(scope="module")
def guarded_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Loopback HTTP where /secure/... answers 401 unless the request carries the marker as a bearer token."""
    mirror = tmp_path_factory.mktemp("mirror")
    write_lists(mirror, [write_export(mirror, "20250301000000", [event_row(1), event_row(2)])])
    seen: list[tuple[str, str | None]] = []

    def handler(request: Request) -> Response:
        authorization = request.headers.get("Authorization")
        seen.append((request.path, authorization))
        if authorization != f"Bearer {MARKER}":
            return Response("token required", status=401)
        if request.path == "/secure/feed.xml":
            return Response(FEED, status=200, content_type="application/rss+xml")
        path = mirror / request.path.removeprefix("/secure/gdelt/")
        return Response(path.read_bytes(), status=200) if path.is_file() else Response("no", status=404)

    with loopback(r"^/secure/.+", handler) as http:
        yield {"feed": http.url_for("/secure/feed.xml"), "gdelt": http.url_for("/secure/gdelt/"), "seen": seen}


def debug_logging(folder: Path, log_file: Path) -> Path:
    """Prefect's own logging config with every logger at DEBUG and a file handler that sees all records."""
    from prefect.logging.configuration import DEFAULT_LOGGING_SETTINGS_PATH

    config = yaml.safe_load(DEFAULT_LOGGING_SETTINGS_PATH.read_text(encoding="utf-8"))
    config["handlers"]["capture"] = {"class": "logging.FileHandler", "filename": str(log_file), "level": "DEBUG",
                                     "formatter": "debug", "encoding": "utf-8"}
    for logger in config["loggers"].values():
        logger["level"] = "DEBUG"
        if logger.get("propagate") is False:  # the others reach the file through the root logger
            logger["handlers"] = [*logger.get("handlers", []), "capture"]
    config["root"] = {"level": "DEBUG", "handlers": ["console", "capture"]}
    path = folder / "logging.yml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


@dataclass
class CliRun:
    result: subprocess.CompletedProcess
    requests: list[tuple[str, str | None]]  # (path, Authorization header) the guarded host received

    @property
    def output(self) -> str:
        return self.result.stdout + self.result.stderr


@pytest.fixture(scope="module")
def secret_runs(prefect_api_url: str, guarded_host: dict[str, Any],
                tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """news without the right token, news with it, GDELT with it from the environment, then validate."""
    conf, out = tmp_path_factory.mktemp("conf"), tmp_path_factory.mktemp("out")
    wrong_host, right_host, plain = conf / "wrong.toml", conf / "right.toml", conf / "plain.toml"
    plain.write_text("\n".join(SETTINGS_LINES) + "\n")
    # [source_tokens] goes last: in TOML every key after a table header belongs to that table.
    wrong_host.write_text("\n".join([*SETTINGS_LINES, "[source_tokens]", f'"localhost" = "{MARKER}"']) + "\n")
    right_host.write_text("\n".join([*SETTINGS_LINES, "[source_tokens]", f'"127.0.0.1" = "{MARKER}"']) + "\n")
    log_file, warehouse = out / "prefect-debug.log", out / "allywatch.duckdb"
    env = clean_env(PREFECT_API_URL=prefect_api_url, PREFECT_LOGGING_LEVEL="DEBUG",
                    PREFECT_LOGGING_SETTINGS_PATH=str(debug_logging(conf, log_file)),
                    PREFECT_LOGGING_EXTRA_LOGGERS="httpx,httpcore,flows")
    started = datetime.now(UTC)
    commands = {
        "news-wrong-host": (["news", "--feed", guarded_host["feed"], "--config", str(wrong_host)], {}),
        "news": (["news", "--feed", guarded_host["feed"], "--config", str(right_host)], {}),
        "gdelt": (["gdelt", "--base-url", guarded_host["gdelt"], "--since", "2025-03-01", "--config", str(plain)],
                  {"ALLYWATCH_SOURCE_TOKENS": f"127.0.0.1={MARKER}"}),
        "validate": (["validate", "--config", str(right_host)], {}),
    }
    runs = {}
    for name, (args, extra_env) in commands.items():
        before = len(guarded_host["seen"])
        result = run_bounded([sys.executable, "-m", "flows.cli", *args, "--warehouse", str(warehouse)], 240,
                             cwd=out, env={**env, **extra_env})
        runs[name] = CliRun(result, guarded_host["seen"][before:])
    return {"runs": runs, "warehouse": warehouse, "out": out, "log": log_file, "started": started,
            "api": prefect_api_url}


def test_a_token_for_another_host_is_not_sent_and_the_401_is_recorded_without_it(secret_runs: dict) -> None:
    run = secret_runs["runs"]["news-wrong-host"]
    assert run.result.returncode == 1, run.output  # its one source failed, so the run exits 1
    assert run.requests == [("/secure/feed.xml", None)]
    con = duckdb.connect(str(secret_runs["warehouse"]), read_only=True)
    try:
        failed = con.execute("select error from batch_ledger where source = 'rss' and status = 'failed'").fetchall()
    finally:
        con.close()
    assert len(failed) == 1 and "HTTP 401" in failed[0][0] and MARKER not in failed[0][0]


def test_the_token_is_sent_to_its_host_and_the_sources_load(secret_runs: dict) -> None:
    news, gdelt = secret_runs["runs"]["news"], secret_runs["runs"]["gdelt"]
    assert news.result.returncode == 0 and gdelt.result.returncode == 0, news.output + gdelt.output
    assert news.requests == [("/secure/feed.xml", f"Bearer {MARKER}")]
    assert {path for path, _ in gdelt.requests} == {"/secure/gdelt/masterfilelist.txt",
                                                    "/secure/gdelt/20250301000000.export.CSV.zip"}
    assert all(authorization == f"Bearer {MARKER}" for _, authorization in gdelt.requests)
    con = duckdb.connect(str(secret_runs["warehouse"]), read_only=True)
    try:
        loaded = dict(con.execute("select source, count(*) from batch_ledger where status = 'loaded' "
                                  "group by source").fetchall())
        articles = con.execute("select count(*) from stg_article").fetchone()[0]
    finally:
        con.close()
    assert loaded == {"rss": 1, "gdelt": 1} and articles > 0


def test_the_marker_is_nowhere_in_outputs_logs_docs_or_landing(secret_runs: dict) -> None:
    runs, out = secret_runs["runs"], secret_runs["out"]
    assert (out / "data_docs" / "index.html").exists(), runs["validate"].output
    log = secret_runs["log"].read_text(encoding="utf-8")
    assert "Beginning flow run" in log and "HTTP Request: GET" in log  # the file did capture the runs at DEBUG
    found = [f"{name} {stream}" for name, run in runs.items() for stream in ("stdout", "stderr")
             if MARKER in getattr(run.result, stream)]
    found += ["debug log"] if MARKER in log else []
    files = [p for folder in ("data_docs", "landing") for p in (out / folder).rglob("*") if p.is_file()]
    assert len(files) > 2
    found += [str(p) for p in files if MARKER.encode() in p.read_bytes()]
    assert found == []


def test_the_marker_is_not_in_prefect_artifacts_runs_or_api_logs(secret_runs: dict) -> None:
    from prefect.client.schemas.filters import (
        FlowRunFilter,
        FlowRunFilterId,
        FlowRunFilterStartTime,
        LogFilter,
        LogFilterFlowRunId,
    )

    with api_client(secret_runs["api"]) as client:
        flow_runs = client.read_flow_runs(flow_run_filter=FlowRunFilter(
            start_time=FlowRunFilterStartTime(after_=secret_runs["started"])))
        ids = [run.id for run in flow_runs]
        task_runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=ids)))
        logs: list[Any] = []
        while page := client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=ids)),
                                       limit=200, offset=len(logs)):
            logs += page
        artifacts = client.read_artifacts()
    assert len(flow_runs) >= 3 and task_runs and artifacts
    assert any(log.level == 10 for log in logs), "the runs sent DEBUG logs to the API"
    texts = [item.model_dump_json() for item in [*flow_runs, *task_runs, *logs, *artifacts]]
    assert [text[:120] for text in texts if MARKER in text] == []


def test_the_marker_is_in_no_column_of_any_table(secret_runs: dict) -> None:
    con = duckdb.connect(str(secret_runs["warehouse"]), read_only=True)
    try:
        columns = con.execute("select table_name, column_name from information_schema.columns "
                              "where table_schema = 'main'").fetchall()
        assert len(columns) > 50
        hits = [f"{t}.{c}" for t, c in columns if con.execute(
            f'select count(*) from "{t}" where cast("{c}" as varchar) like ?', [f"%{MARKER}%"]).fetchone()[0]]
    finally:
        con.close()
    assert hits == []


@pytest.mark.parametrize("toml", [
    f'[source_tokens]\n"feeds.example.org" = ["{MARKER}"]\n',
    f'[source_tokens]\n"feeds.example.org" = {{ value = "{MARKER}" }}\n',
    f'source_tokens = "{MARKER}"\n',
    f'source_tokens = ["{MARKER}"]\n',
])
def test_a_bad_token_setting_is_one_line_that_does_not_echo_the_value(tmp_path: Path, toml: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(toml)
    result = CliRunner().invoke(app, ["status", "--config", str(config), "--warehouse", str(tmp_path / "w.duckdb")])
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2 and len(lines) == 1 and "source_tokens" in lines[0], result.output
    assert MARKER not in result.output


def test_a_bad_token_in_the_environment_is_not_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALLYWATCH_SOURCE_TOKENS", MARKER)  # no host= before it
    with pytest.raises(UserError) as caught:
        load_settings(warehouse=Path("w.duckdb"))
    assert "ALLYWATCH_SOURCE_TOKENS" in str(caught.value) and MARKER not in str(caught.value)


def test_settings_and_secrets_print_masked(tmp_path: Path) -> None:
    config = tmp_path / "a.toml"
    config.write_text(f'[source_tokens]\n"Feeds.Example.org" = "{MARKER}"\n')
    settings = load_settings(config)
    secret = settings.source_tokens["feeds.example.org"]
    assert secret.reveal() == MARKER
    for text in (repr(settings), str(settings), f"{secret}", repr(secret), str(secret), f"{settings.source_tokens}"):
        assert MARKER not in text


def test_tokens_go_to_their_exact_host_over_https_or_loopback_only() -> None:
    tokens = {"feeds.example.org": Secret("a"), "api.example.org:8443": Secret("b"), "127.0.0.1": Secret("c")}
    assert token_for(tokens, httpx.URL("https://feeds.example.org/rss")) == Secret("a")
    assert token_for(tokens, httpx.URL("https://FEEDS.example.org:444/rss")) == Secret("a")
    assert token_for(tokens, httpx.URL("http://feeds.example.org/rss")) is None  # clear text: never
    assert token_for(tokens, httpx.URL("https://cdn.feeds.example.org/rss")) is None
    assert token_for(tokens, httpx.URL("https://api.example.org/x")) is None  # the key names port 8443
    assert token_for(tokens, httpx.URL("https://api.example.org:8443/x")) == Secret("b")
    assert token_for(tokens, httpx.URL("http://127.0.0.1:8080/x")) == Secret("c")


def test_a_redirect_to_another_host_drops_the_token() -> None:
    """127.0.0.1 and localhost reach the same loopback server but are different hosts."""
    seen: list[tuple[str, str | None]] = []
    ports: list[int] = []

    def handler(request: Request) -> Response:
        seen.append((request.path, request.headers.get("Authorization")))
        if request.path == "/start":
            return Response("", status=302, headers={"Location": f"http://localhost:{ports[0]}/end"})
        return Response("arrived", status=200)

    with loopback("^/(start|end)$", handler) as http:
        ports.append(http.port)
        sink = io.BytesIO()
        with make_client(5.0, {"127.0.0.1": Secret(MARKER)}) as client:
            download(client, http.url_for("/start"), sink, 10_000, RetryPolicy(attempts=1),
                     redirects=RedirectPolicy(same_host=False))
    assert sink.getvalue() == b"arrived"
    assert seen == [("/start", f"Bearer {MARKER}"), ("/end", None)]
