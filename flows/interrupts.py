"""Statements that must not be cut short by Ctrl-C.

DuckDB stops a query when Python reports a pending interrupt. Cut inside `DETACH` (which writes the
attached file's last checkpoint), DuckDB 1.5 leaves its in-process database cache unusable: the next
`duckdb.connect` to that warehouse in the same process never returns, so the command could not even
tidy up on its way out. Such statements run with Ctrl-C held back; it takes effect as soon as they end.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C back for the block (main thread only: Python handles signals there), then deliver it
    to the handler that was in place, once, if it came."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    came: list[Any] = []
    previous = signal.signal(signal.SIGINT, lambda _signum, frame: came.append(frame))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)
    if came:
        signal.raise_signal(signal.SIGINT)
