"""Ctrl-C always ends a command: real signals sent to real processes (each test in its own subprocess, so
an interrupt can never land in pytest itself)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A DuckDB query of about 1.5 s that checks for interrupts while it runs; SIGINT comes 0.3 s into it.
QUERY_UNDER_SIGINT = """
import signal, sys, threading
import duckdb
from flows.interrupts import interrupts_held
con = duckdb.connect()
con.execute("set enable_progress_bar = false")  # its bar would share stdout
threading.Timer(0.3, signal.raise_signal, (signal.SIGINT,)).start()
try:
    if sys.argv[1] == "held":
        with interrupts_held():
            count = con.execute("select count(*) from range(300000000) where hash(range) % 7 = 0").fetchone()[0]
            print("query finished", count, flush=True)
    else:
        count = con.execute("select count(*) from range(300000000) where hash(range) % 7 = 0").fetchone()[0]
        print("query finished", count, flush=True)
except BaseException as exc:
    print("raised", type(exc).__name__, exc, flush=True)
"""

# The command's interrupt handler in front of code that swallows KeyboardInterrupt, as a library may.
SWALLOWER = """
import time
from flows.cli_guard import install_interrupt_handler
install_interrupt_handler()
announced = False
while True:
    try:
        if not announced:  # inside the try: an interrupt sent on "ready" always meets the except below
            announced = True
            print("ready", flush=True)
        time.sleep(30)
    except KeyboardInterrupt:
        print("swallowed", flush=True)
"""


def _python(code: str, *args: str, grace: float | None = None) -> subprocess.Popen:
    env = dict(os.environ)
    if grace is not None:
        env["ALLYWATCH_INTERRUPT_GRACE_SECONDS"] = str(grace)
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_held_statement_finishes_and_the_interrupt_follows() -> None:
    held = _python(QUERY_UNDER_SIGINT, "held")
    out, err = held.communicate(timeout=60)
    lines = out.splitlines()
    assert lines[0] == "query finished 42861169", repr(out + err)  # the whole count: the query was not cut
    assert lines[1].startswith("raised KeyboardInterrupt"), out + err  # delivered once the block ended


def test_the_same_statement_unheld_is_cut_short() -> None:
    """The control for the test above: without the hold, the same SIGINT at the same moment stops the query,
    so the hold is what let it finish."""
    unheld = _python(QUERY_UNDER_SIGINT, "unheld")
    out, err = unheld.communicate(timeout=60)
    assert "query finished" not in out and out.startswith("raised "), out + err


def _interrupt_when_ready(process: subprocess.Popen) -> float:
    assert process.stdout.readline().strip() == "ready"
    process.send_signal(signal.SIGINT)
    return time.monotonic()


def test_an_interrupt_swallowed_below_ends_the_command_after_the_grace_period() -> None:
    command = _python(SWALLOWER, grace=1.0)
    sent = _interrupt_when_ready(command)
    out, err = command.communicate(timeout=60)
    waited = time.monotonic() - sent
    assert "swallowed" in out, out  # the code below did catch it ...
    assert command.returncode == 130 and err.strip().splitlines()[-1] == "error: interrupted", err
    assert 0.9 <= waited < 20, waited  # ... and the command still ended, once the grace period had passed


def test_a_second_ctrl_c_ends_the_command_at_once() -> None:
    command = _python(SWALLOWER, grace=600.0)
    _interrupt_when_ready(command)
    assert command.stdout.readline().strip() == "swallowed"
    command.send_signal(signal.SIGINT)
    out, err = command.communicate(timeout=20)  # far inside the 600 s grace period
    assert command.returncode == 130 and err.strip().splitlines()[-1] == "error: interrupted", err
    assert "swallowed" not in out, out  # the second one was not handed to the code below
