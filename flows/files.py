"""Published files (snapshot, report, Data Docs pages): a temp name with the process id, fsync, atomic
rename, so a reader sees the old file or the new one, never half of one."""
from __future__ import annotations

import glob
import os
from pathlib import Path


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_leftovers(snapshot: Path) -> None:
    """Delete temp files (and their WAL) of publishes killed before their rename.

    They are never read, but a WAL left beside a temp name would be replayed into a later publish
    that happens to get the same process id (common in containers, where ids restart small). Only
    one run publishes at a time (it holds the warehouse's writer lock), so none of them is in use.
    """
    pattern = glob.escape(str(snapshot.with_name(f".{snapshot.name}."))) + "*.tmp*"
    for leftover in glob.glob(pattern):
        Path(leftover).unlink(missing_ok=True)


def publish_text(path: Path, text: str) -> Path:
    """A published text file (an HTML report, a Data Docs page), written as the snapshot is: a temp name
    with this process's id, fsync, atomic rename. Callers hold the writer lock, so the leftovers of
    killed publishes they remove are none of them in use."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    fsync_path(tmp)
    os.replace(tmp, path)
    fsync_path(path.parent)
    return path
