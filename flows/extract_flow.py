"""`allywatch extract --workers N`: text coding fanned out to Dask workers through a Prefect flow.

The input is read in chunks of consecutive lines; each chunk is one task on the flow's Dask task
runner, at most a few chunks per worker are in flight (memory stays bounded), and results are
written in input order, so the output equals the single-process `extract`.
"""
from __future__ import annotations

import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from itertools import islice
from typing import Any, TextIO

from prefect import flow, task
from prefect.cache_policies import NONE
from prefect.runtime import task_run

from flows.console import err
from flows.flow_common import quiet_thread_timeout_notice
from flows.normalize.extract import ExtractStats, code_chunk

quiet_thread_timeout_notice()

CHUNK_LINES = 500  # lines per task: large next to a task's cost, small next to a worker's memory


def _chunk_run_name() -> str:
    numbered = task_run.parameters.get("numbered") or []
    return f"extract-lines-{numbered[0][0]}..{numbered[-1][0]}" if numbered else "extract-lines-empty"


# The timeout cannot interrupt a worker thread; it fails a chunk that overran once it returns.
@task(name="extract-chunk", cache_policy=NONE, timeout_seconds=1800, task_run_name=_chunk_run_name)
def extract_chunk(numbered: list[tuple[int, str]]) -> tuple[list[str], list[str], ExtractStats]:
    return code_chunk(numbered)


def _chunks(lines: Iterable[str], size: int) -> Iterator[list[tuple[int, str]]]:
    numbered = enumerate(lines, start=1)
    while chunk := list(islice(numbered, size)):
        yield chunk


@flow(name="extract")
def extract_fanout(input_path: str, output_path: str, in_flight: int = 8, chunk_lines: int = CHUNK_LINES
                   ) -> dict[str, int]:
    """Code a JSONL file (or - for stdin) on the task runner's workers; events go to output_path (or -
    for stdout) and warnings to stderr, in input order."""
    source = sys.stdin if input_path == "-" else open(input_path, encoding="utf-8")  # noqa: SIM115
    sink = sys.stdout if output_path == "-" else open(output_path, "w", encoding="utf-8")  # noqa: SIM115
    try:
        stats = _fan_out(source, sink, in_flight, chunk_lines)
    finally:
        for handle in (source, sink):
            if handle not in (sys.stdin, sys.stdout):
                handle.close()
    return asdict(stats)


def _fan_out(source: TextIO, sink: TextIO, in_flight: int, chunk_lines: int) -> ExtractStats:
    total = ExtractStats()
    pending: deque[Any] = deque()

    def drain_one() -> None:
        events, warnings, stats = pending.popleft().result()
        for warning in warnings:
            err.print(warning, markup=False, highlight=False)
        for event in events:
            sink.write(event + "\n")
        total.lines += stats.lines
        total.coded_events += stats.coded_events
        total.bad_lines += stats.bad_lines

    for chunk in _chunks(source, chunk_lines):
        pending.append(extract_chunk.submit(chunk))
        if len(pending) >= in_flight:
            drain_one()
    while pending:
        drain_one()
    return total
