"""SIGKILL at ten named points and at random moments of a 13-file backfill, then a rerun: the tables must
equal a clean run's, and between the kill and the rerun the ledger must show only whole groups.

Three points run in the default suite (inside the load transaction, between two groups, during the
snapshot publish); the other seven with `pytest -m "slow and kill_point"`, which CI runs too; the random
kills, overlapping runs and re-publishes with `pytest -m slow`.
"""
from __future__ import annotations

import random
import time
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import table_checksums
from tests.reliability.conftest import Reference
from tests.reliability.harness import (
    FILES,
    GROUP,
    STAMPS,
    BiReader,
    assert_no_partial_batch,
    kill_after,
    leftover_temp_files,
    ok,
    query,
)

FAST = {"gdelt_load.before_commit", "gdelt_events.after_group_commit", "snapshot.before_replace"}
# Point -> files loaded when the kill comes (every point but the last is reached in the first group).
GDELT_POINTS = {
    "gdelt_fetch.mid_download": 0,
    "gdelt_stage.after_parse": 0,
    "gdelt_stage.after_validation": 0,
    "gdelt_load.after_quarantine": 0,
    "gdelt_load.after_fact_insert": 0,
    "facts.after_support_refresh": 0,
    "gdelt_load.before_commit": 0,
    "gdelt_events.after_group_commit": GROUP,
}
PUBLISH_POINTS = ["snapshot.mid_copy", "snapshot.before_replace"]


def matrix(points: list[str]) -> list:
    return [pytest.param(p, id=p, marks=[pytest.mark.kill_point, *(() if p in FAST else [pytest.mark.slow])])
            for p in points]


@pytest.mark.parametrize("point", matrix(list(GDELT_POINTS)))
def test_kill_during_a_backfill_then_rerun(point: str, reference: Reference, tmp_path: Path) -> None:
    warehouse = tmp_path / "allywatch.duckdb"
    killed = reference.cli.run("gdelt", warehouse, crash=point)
    assert killed.returncode == -9, killed.stderr[-3000:]
    assert assert_no_partial_batch(warehouse) == GDELT_POINTS[point]
    if point == "gdelt_fetch.mid_download":
        (partial,) = leftover_temp_files(tmp_path / "landing")
        listed = (reference.cli.mirror / f"{STAMPS[0]}.export.CSV.zip").stat().st_size
        assert 0 < partial.stat().st_size < listed  # killed with part of the file written, never renamed
        assert not list((tmp_path / "landing").rglob("*.export.CSV.zip"))
    reference.cli.gdelt_here(warehouse)
    assert assert_no_partial_batch(warehouse) == FILES
    assert table_checksums(warehouse) == reference.after_gdelt


@pytest.mark.parametrize("point", matrix(PUBLISH_POINTS))
def test_kill_while_publishing_the_snapshot_then_rerun(point: str, reference: Reference, tmp_path: Path) -> None:
    """`allywatch run` backfills 10 files (the first group is loaded before) and is killed in the publish;
    a BI reader polls the snapshot path the whole time and must never hit an error."""
    warehouse, snapshot = tmp_path / "allywatch.duckdb", tmp_path / "allywatch_bi.duckdb"
    reader = BiReader(snapshot)
    try:
        reference.cli.gdelt_here(warehouse, until=STAMPS[GROUP - 1])
        killed = reference.cli.run("run", warehouse, crash=point)
        assert killed.returncode == -9, killed.stderr[-3000:]
        assert assert_no_partial_batch(warehouse) == FILES  # the loads committed before the publish began
        assert not snapshot.exists()  # nothing half-written where readers look
        assert [p.name.split(".")[1] for p in leftover_temp_files(tmp_path)][:1] == ["allywatch_bi"]
        reference.cli.run_here(warehouse)
    finally:
        seen = reader.finish()
    assert seen["errors"] == [] and seen["reads"] >= 1, seen
    assert seen["states"][-1][0] == FILES  # the reader saw the complete snapshot
    assert leftover_temp_files(tmp_path) == []  # the next publish removed what the killed one left
    assert table_checksums(warehouse) == reference.after_run
    assert table_checksums(snapshot) == reference.snapshot


@pytest.fixture(scope="module")
def cli_seconds(reference: Reference, tmp_path_factory: pytest.TempPathFactory) -> float:
    """A clean backfill through the CLI: its duration places the random kills inside a run, and its tables
    must equal the reference's (built by the same flows in the test process)."""
    warehouse = tmp_path_factory.mktemp("cli-clean") / "allywatch.duckdb"
    started = time.monotonic()
    ok(reference.cli.run("gdelt", warehouse))
    seconds = time.monotonic() - started
    assert table_checksums(warehouse) == reference.after_gdelt
    return seconds


@pytest.mark.slow
@pytest.mark.parametrize("seed", [31, 9, 20])  # kills at 36 %, 60 % and 85 % of a clean run: landing, load, load
def test_kill_at_a_random_moment_then_rerun(seed: int, reference: Reference, cli_seconds: float,
                                            tmp_path: Path) -> None:
    warehouse = tmp_path / "allywatch.duckdb"
    delay = random.Random(seed).uniform(0.35, 0.9) * cli_seconds
    process = reference.cli.start("gdelt", warehouse)
    kill_after(process, delay)
    assert process.returncode == -9, f"the run ended before the kill at {delay:.1f} s"
    assert_no_partial_batch(warehouse)
    reference.cli.gdelt_here(warehouse)
    assert assert_no_partial_batch(warehouse) == FILES
    assert table_checksums(warehouse) == reference.after_gdelt


@pytest.mark.slow
def test_overlapping_runs_one_killed_the_other_finishes(reference: Reference, cli_seconds: float,
                                                        tmp_path: Path) -> None:
    """Two backfills of one warehouse start together; one is killed while the pair is busy. The writer lock
    dies with its holder, so the survivor (holder or waiter) loads everything exactly once."""
    warehouse = tmp_path / "allywatch.duckdb"
    first = reference.cli.start("gdelt", warehouse)
    time.sleep(0.3)
    second = reference.cli.start("gdelt", warehouse)
    kill_after(first, random.Random(404).uniform(0.4, 0.8) * cli_seconds)
    _, err = second.communicate(timeout=300)
    assert first.returncode == -9 and second.returncode == 0, err[-3000:]
    assert "Traceback" not in err
    assert assert_no_partial_batch(warehouse) == FILES
    assert table_checksums(warehouse) == reference.after_gdelt


@pytest.mark.slow
def test_a_killed_republish_keeps_the_old_snapshot_whole(reference: Reference, tmp_path: Path) -> None:
    """With a snapshot already published, a run that loads ten files is killed in its publish: readers
    keep the old snapshot, unchanged and readable, through the kill."""
    warehouse, snapshot = tmp_path / "allywatch.duckdb", tmp_path / "allywatch_bi.duckdb"
    reference.cli.gdelt_here(warehouse, until=STAMPS[GROUP - 1])
    _publish_without_loading(reference, warehouse)
    before = table_checksums(snapshot)
    reader = BiReader(snapshot)
    try:
        killed = reference.cli.run("run", warehouse, crash="snapshot.before_replace")
    finally:
        seen = reader.finish()
    assert killed.returncode == -9
    assert seen["errors"] == [] and seen["reads"] > 10, seen
    assert {state[0] for state in seen["states"]} == {GROUP}  # only the old snapshot, never a torn one
    assert table_checksums(snapshot) == before
    assert assert_no_partial_batch(warehouse) == FILES


@pytest.mark.slow
def test_the_rerun_after_a_killed_republish_refreshes_the_snapshot(reference: Reference, tmp_path: Path) -> None:
    warehouse, snapshot = tmp_path / "allywatch.duckdb", tmp_path / "allywatch_bi.duckdb"
    reference.cli.gdelt_here(warehouse, until=STAMPS[GROUP - 1])
    _publish_without_loading(reference, warehouse)
    assert reference.cli.run("run", warehouse, crash="snapshot.before_replace").returncode == -9
    reference.cli.run_here(warehouse)
    assert query(snapshot, "select count(*) from batch_ledger") == [(FILES,)]
    assert table_checksums(snapshot) == reference.snapshot


def _publish_without_loading(reference: Reference, warehouse: Path) -> None:
    """`allywatch run` over a mirror listing only the files already loaded: it loads nothing and, as no
    snapshot exists yet, publishes one."""
    listed = reference.cli.mirror / "masterfilelist.txt"
    partial = warehouse.parent / "partial-mirror"
    partial.mkdir()
    lines = [line for line in listed.read_text().splitlines()
             if line.rsplit("/", 1)[-1][:14] in STAMPS[:GROUP]]
    (partial / "masterfilelist.txt").write_text("\n".join(lines) + "\n")
    (partial / "lastupdate.txt").write_text(lines[-1] + "\n")
    for line in lines:
        name = line.rsplit("/", 1)[-1]
        (partial / name).write_bytes((reference.cli.mirror / name).read_bytes())
    replace(reference.cli, mirror=partial).run_here(warehouse)
    assert (warehouse.with_name("allywatch_bi.duckdb")).exists()
