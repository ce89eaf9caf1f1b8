"""Ctrl-C that lands inside an object's finalizer: no "Exception ignored" traceback, and the command still stops.

Python cannot raise out of ``__del__``: it prints "Exception ignored in ..." with a traceback and goes on.
`allywatch` notes the interrupt, hides that report and raises the interrupt again where it can leave.
The script runs in its own Python process with the real handler installed (no mock)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
from flows import cli_guard

cli_guard.install_interrupt_handler()
cli_guard._interrupted.set()  # as _on_sigint does when Ctrl-C arrives


class Finalized:
    def __del__(self):
        raise KeyboardInterrupt  # where a real Ctrl-C may land: inside a library's finalizer


try:
    Finalized()
    import time
    time.sleep(2)  # the redelivered interrupt arrives well before this ends
    print("not interrupted")
except KeyboardInterrupt:
    print("interrupted again where it could leave")
"""


def test_an_interrupt_in_a_finalizer_is_redelivered_without_a_traceback() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "interrupted again where it could leave", (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "error: interrupted", done.stderr


def test_other_finalizer_errors_are_still_reported() -> None:
    script = SCRIPT.replace("raise KeyboardInterrupt  #", "raise ValueError('boom')  #")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert "Exception ignored" in done.stderr and "ValueError: boom" in done.stderr, done.stderr
    assert done.stdout.strip() == "not interrupted"
