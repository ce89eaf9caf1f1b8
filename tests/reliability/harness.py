"""Shared pieces of the reliability suite: a GDELT mirror with every kind of row, the CLI in a subprocess,
the ledger invariants a crash must never break, and a BI reader process."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from tests.gdelt_files import event_row, write_export, write_lists

ROOT = Path(__file__).resolve().parents[2]
FILES = 13  # groups of 3: [1-3] [4-6] [7-9] [10-12] [13]
GROUP = 3
STAMPS = [f"20250301{n // 4:02d}{n % 4 * 15:02d}00" for n in range(FILES)]
SINCE = "2025-03-01"
# The first file is padded past one copy chunk (64 KiB zipped) so a kill after the first chunk leaves
# a temp file that is really partial.
PADDING_ROWS = 1400
DYADS = [("RUS", "VEN", "072", "8.3", "2"), ("CHN", "VEN", "061", "6.4", "2"), ("USA", "VEN", "163", "-8.0", "4"),
         ("VEN", "RUS", "0233", "3.4", "1"), ("CUB", "VEN", "042", "1.9", "1")]


def file_rows(n: int) -> list[str]:
    """One export file: 20 in-scope events over nine days, 5 out of scope, 2 repeats of the previous file's
    events, one unknown CAMEO code and one short line (both quarantined: 2 of 23 checked rows, under 10 %)."""
    rows = []
    for i in range(20):
        patron, client, code, goldstein, quad = DYADS[i % len(DYADS)]
        rows.append(event_row(1000 * n + i, day=f"202502{20 + i % 9:02d}", actor1=patron, actor2=client, code=code,
                              goldstein=goldstein, quad=quad, articles=1 + i % 5,
                              url=f"https://n{i % 7}.example.com/{n}/{i}"))
    rows += [event_row(1000 * n + 100 + i, actor1="FRA", actor2="DEU") for i in range(5)]
    if n:
        rows += [event_row(1000 * (n - 1) + i) for i in (0, 1)]
    rows += [event_row(1000 * n + 200, code="999"), event_row(1000 * n + 201, columns=59)]
    if n == 0:
        noise = random.Random(7)
        rows += [event_row(900_000 + i, actor1="FRA", actor2="DEU", url=f"https://p.example.com/{noise.randbytes(48).hex()}")
                 for i in range(PADDING_ROWS)]
    return rows


def build_mirror(folder: Path) -> list[Path]:
    zips = [write_export(folder, stamp, file_rows(n)) for n, stamp in enumerate(STAMPS)]
    write_lists(folder, zips)
    return zips


def write_config(folder: Path, **values: object) -> Path:
    """A TOML config: small groups so a backfill has several transactions, fast HTTP retries."""
    settings = {"files_per_transaction": GROUP, "quarantine_threshold": 0.1, "http_retries": 2,
                "http_backoff_seconds": 0.01, "http_timeout_seconds": 5.0, **values}
    path = folder / "allywatch.toml"
    path.write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in settings.items()))
    return path


@dataclass(frozen=True)
class Cli:
    """`python -m flows.cli` against the session's Prefect server, so no run starts a server of its own."""
    api_url: str
    config: Path
    mirror: Path

    def env(self, crash: str | None = None) -> dict[str, str]:
        env = {**os.environ, "PREFECT_API_URL": self.api_url, "PREFECT_LOGGING_LEVEL": "ERROR"}
        env.pop("ALLYWATCH_CRASH_AT", None)
        return {**env, "ALLYWATCH_CRASH_AT": crash} if crash else env

    def args(self, command: str, warehouse: Path, *extra: str) -> list[str]:
        args = [sys.executable, "-m", "flows.cli", command, "--warehouse", str(warehouse), "--config",
                str(self.config), "--source-dir", str(self.mirror)]
        return args + (["--since", SINCE] if command == "gdelt" else []) + list(extra)

    def run(self, command: str, warehouse: Path, *extra: str, crash: str | None = None
            ) -> subprocess.CompletedProcess:
        return subprocess.run(self.args(command, warehouse, *extra), env=self.env(crash), cwd=ROOT,
                              capture_output=True, text=True, timeout=300)

    def start(self, command: str, warehouse: Path, *extra: str) -> subprocess.Popen:
        return subprocess.Popen(self.args(command, warehouse, *extra), env=self.env(), cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    # The same flows the commands call, run in the test process: reruns and references need no kill,
    # and this saves the 3-4 s a subprocess spends importing Prefect and GX.
    def gdelt_here(self, warehouse: Path, until: str | None = None) -> list[dict]:
        from flows.collect.gdelt import parse_timestamp
        from flows.gdelt_flow import gdelt_events

        return gdelt_events(str(warehouse), str(self.config), source_dir=str(self.mirror),
                            since=parse_timestamp(SINCE), until=parse_timestamp(until) if until else None)

    def run_here(self, warehouse: Path) -> dict:
        from flows.pipelines import pipeline

        return pipeline(str(warehouse), str(self.config), source_dir=str(self.mirror))


def ok(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result


def query(database: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(database), read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def loaded_stamps(warehouse: Path) -> list[str]:
    if not warehouse.exists():
        return []
    return [r[0][:14] for r in query(warehouse, "select item from batch_ledger where source = 'gdelt' "
                                                "and status = 'loaded' order by item")]


def assert_no_partial_batch(warehouse: Path, stamps: list[str] = STAMPS, group: int = GROUP) -> int:
    """What a crash must never leave: a file loaded alone out of its group, a fact, quarantine row or
    volume count without a loaded ledger row, or a ledger row that does not reconcile.
    Returns the number of files loaded."""
    loaded = loaded_stamps(warehouse)
    if not warehouse.exists():
        return 0
    assert len(loaded) % group == 0 or len(loaded) == len(stamps), f"not whole groups: {loaded}"
    assert loaded == stamps[:len(loaded)], f"files must load in order, whole groups first: {loaded}"
    checks = {
        "ledger rows that do not reconcile":
            "select count(*) from batch_ledger where received <> loaded + quarantined + filtered + duplicate",
        "ledger rows not loaded (nothing here fails, so a crash must not leave one)":
            "select count(*) from batch_ledger where status <> 'loaded'",
        "batches whose fact_event rows differ from their ledger count":
            "select count(*) from batch_ledger l left join (select batch_id, count(*) n from fact_event group by all)"
            " f using (batch_id) where l.loaded <> coalesce(f.n, 0)",
        "fact_event rows of no loaded batch":
            "select count(*) from fact_event where batch_id not in (select batch_id from batch_ledger "
            "where status = 'loaded')",
        "batches whose quarantine rows differ from their ledger count":
            "select count(*) from batch_ledger l left join (select batch_id, count(*) n from quarantine group by all)"
            " q using (batch_id) where l.quarantined <> coalesce(q.n, 0)",
        "quarantine rows of no batch":
            "select count(*) from quarantine where batch_id not in (select batch_id from batch_ledger)",
        "duplicate event keys": "select count(*) - count(distinct event_key) from fact_event",
        "volume rows received beyond the ledger":
            "select (select coalesce(sum(events_received), 0) from fact_volume_daily) "
            "- (select coalesce(sum(received), 0) from batch_ledger)",
        "support events not in fact_event":
            "select (select coalesce(sum(events), 0) from fact_support_daily) - (select count(*) from v_support_event)",
    }
    failures = {name: n for name, sql in checks.items() if (n := query(warehouse, sql)[0][0]) != 0}
    assert not failures, failures
    return len(loaded)


def leftover_temp_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob(".*") if p.is_file() and (".incoming-" in p.name or ".tmp" in p.name))


READER = r'''
import json, os, sys, time
import duckdb

path, stop = sys.argv[1], sys.argv[2]
reads, errors, states = 0, [], set()
while True:
    done = os.path.exists(stop)
    if os.path.exists(path):  # a published snapshot is replaced, never removed
        try:
            con = duckdb.connect(path, read_only=True)
            try:
                marts = con.execute("select count(*), coalesce(sum(events), 0) from mart_support_monthly "
                                    "where origin = 'all'").fetchone()
                batches = con.execute("select count(*) from batch_ledger").fetchone()[0]
                states.add((batches, marts[0], int(marts[1])))
            finally:
                con.close()
            reads += 1
        except Exception as exc:  # every error is reported, none stops the loop
            errors.append(f"{type(exc).__name__}: {exc}")
    if done:
        break
    time.sleep(0.005)
print(json.dumps({"reads": reads, "errors": errors[:10], "states": sorted(states)}))
'''


class BiReader:
    """A BI tool's stand-in: another process opening the snapshot read-only and querying a mart, again
    and again, from before the first snapshot exists until stopped."""

    def __init__(self, snapshot: Path) -> None:
        self.stop_file = snapshot.with_name("reader.stop")
        self.process = subprocess.Popen([sys.executable, "-c", READER, str(snapshot), str(self.stop_file)],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def finish(self) -> dict:
        self.stop_file.touch()
        out, err = self.process.communicate(timeout=60)
        assert self.process.returncode == 0, err[-2000:]
        return json.loads(out)


def kill_after(process: subprocess.Popen, delay: float) -> float:
    """SIGKILL the process after delay seconds (unless it ended before); returns when it was killed."""
    started = time.monotonic()
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.kill()
    process.communicate(timeout=60)
    return time.monotonic() - started
