"""A real `prefect server start` for the benchmark run, in its own PREFECT_HOME, stopped at the end."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STARTUP_TIMEOUT_SECONDS = 180.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prefect_executable() -> str:
    script = Path(sys.executable).with_name("prefect")
    return str(script) if script.exists() else "prefect"


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _stop(process: subprocess.Popen) -> None:
    """SIGTERM the server's process group (the server may run workers of its own), then wait."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@contextmanager
def prefect_server() -> Iterator[tuple[str, Path, float]]:
    """Start a Prefect server on a free loopback port; yield (api_url, prefect_home, startup seconds).

    The server keeps its SQLite database and log in a throwaway PREFECT_HOME. The UI is switched
    off (it plays no part in the API's speed and its assets slow the start).
    """
    home = Path(tempfile.mkdtemp(prefix="allywatch-bench-prefect-"))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_UI_ENABLED="false")
    log = open(home / "server.log", "wb")  # noqa: SIM115 - closed in the finally below
    started = time.perf_counter()
    process = subprocess.Popen([prefect_executable(), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                               env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        health = f"http://127.0.0.1:{port}/api/health"
        while not _healthy(health):
            if process.poll() is not None:
                raise RuntimeError(f"prefect server exited with {process.returncode}; see {home / 'server.log'}")
            if time.perf_counter() - started > STARTUP_TIMEOUT_SECONDS:
                raise RuntimeError(f"prefect server not healthy after {STARTUP_TIMEOUT_SECONDS:.0f} s")
            time.sleep(0.25)
        yield f"http://127.0.0.1:{port}/api", home, time.perf_counter() - started
    except BaseException:
        _stop(process)
        log.close()  # PREFECT_HOME (with server.log) is kept for a look at what went wrong
        raise
    _stop(process)
    log.close()
    shutil.rmtree(home, ignore_errors=True)


__all__ = ["free_port", "prefect_executable", "prefect_server"]
