"""Named crash points for fault tests: the process kills itself (SIGKILL) where ALLYWATCH_CRASH_AT says.

A kill is what a power cut or an OOM killer does: no finally blocks, no rollback, no cleanup. The
tests use it to prove that a rerun after any such kill ends with the same tables as a clean run.
"""
from __future__ import annotations

import os
import signal


def crash_point(name: str) -> None:
    if os.environ.get("ALLYWATCH_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
