"""A real Prefect server for tests (`prefect server start` on a free loopback port, its own PREFECT_HOME),
and helpers to talk to it, start and stop subprocesses, and wait with a bound."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import httpx

PREFECT = Path(sys.executable).with_name("prefect")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(check: Callable[[], Any], timeout: float, what: str, interval: float = 0.25) -> Any:
    """Poll until check() is truthy; fail with `what` after timeout seconds (no test waits for ever)."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def clean_env(**extra: str) -> dict[str, str]:
    """The test's environment without allywatch or Prefect API settings that could leak in, plus extra."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALLYWATCH_") and k != "PREFECT_API_URL"}
    env.update(PREFECT_SERVER_ANALYTICS_ENABLED="false", GX_ANALYTICS_ENABLED="false")
    env.update(extra)
    return env


def stop(process: subprocess.Popen, grace: float = 20.0) -> None:
    """SIGTERM (Prefect shuts down cleanly on it), then SIGKILL to the whole process group.

    Every process here is started in its own session, so the group holds exactly what the test started,
    including flow-run children of a serve process.
    """
    if process.poll() is None:
        process.terminate()
        with suppress(subprocess.TimeoutExpired):
            process.wait(grace)
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    with suppress(subprocess.TimeoutExpired):
        process.wait(5)


def run_bounded(command: list[str], timeout: float, **popen: Any) -> subprocess.CompletedProcess:
    """subprocess.run with a timeout that also ends the command's children (its whole process group)."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True, **popen)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        stop(process, grace=2)
        raise AssertionError(f"{command[:3]} did not finish within {timeout:.0f} s") from None
    finally:
        stop(process, grace=2)
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def tail(path: Path, lines: int = 30) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""


@contextmanager
def running_server(home: Path, startup_timeout: float = 90.0) -> Iterator[str]:
    """Yield the API URL of a fresh server; it is stopped on exit whatever happened inside."""
    port = free_port()
    log = home / "server.log"
    # The scheduler service is off so that runs exist only when a test creates them: a quarter-hour
    # boundary during the test must not add a scheduled run.
    env = clean_env(PREFECT_HOME=str(home), PREFECT_SERVER_UI_ENABLED="false",
                    PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED="false")
    with open(log, "wb") as sink:
        process = subprocess.Popen([str(PREFECT), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                                   env=env, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}/api"
    try:
        def healthy() -> bool:
            if process.poll() is not None:
                raise AssertionError(f"prefect server exited with {process.returncode}:\n{tail(log)}")
            try:
                return httpx.get(f"{url}/health", timeout=1.0).status_code == 200
            except httpx.HTTPError:
                return False

        wait_for(healthy, startup_timeout, f"the Prefect server at {url}")
        yield url
    finally:
        stop(process)


@contextmanager
def api_client(url: str) -> Iterator[Any]:
    """A synchronous Prefect client for the given server, whatever server the test session uses."""
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: url}), get_client(sync_client=True) as client:
        yield client


def wait_final(client: Any, flow_run_id: Any, timeout: float) -> Any:
    """The flow run once it reaches a final state (completed, failed, crashed, cancelled)."""
    def final() -> Any:
        run = client.read_flow_run(flow_run_id)
        return run if run.state is not None and run.state.is_final() else None

    return wait_for(final, timeout, f"flow run {flow_run_id} to finish", interval=0.5)
