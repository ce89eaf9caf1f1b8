"""The gdelt_events flow: plan from the lists, fetch, stage (parse + validate) beside the writer, load.

Staging needs no warehouse, so the flow stages the next group of files while the writer loads the
current one: in a thread of this process, or on Dask workers with `--workers N` / `dask_scheduler`.
Loads stay in this process, one transaction per group, in file order.
"""
from __future__ import annotations

from collections import deque
from dataclasses import asdict, dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

import httpx
from prefect import flow, get_run_logger, task, unmapped
from prefect.cache_policies import NONE
from prefect.exceptions import MissingContextError
from prefect.logging import get_logger
from prefect.runtime import flow_run, task_run

from flows.batch import SETTLED, BatchResult
from flows.collect.gdelt import (
    GdeltSource,
    ListedFile,
    describe_skipped,
    fetch_to_landing,
    landed_path,
    list_names,
    plan_files,
    scan_file_list,
)
from flows.collect.http import FetchError, make_client, retry_policy
from flows.config import Settings
from flows.console import progress_bar
from flows.crashpoints import crash_point
from flows.db import connection, run_sql, sql_text, utc_now
from flows.fanout import chunks, task_runner
from flows.flow_common import (
    NETWORK_RETRY,
    publish_batches_artifact,
    quiet_thread_timeout_notice,
    run_id,
    run_settings,
)
from flows.load.gdelt_load import load_staged
from flows.load.ledger import ledger_status, record_failure
from flows.marts_flow import marts
from flows.prepare import prepare_warehouse
from flows.stage.gdelt_stage import LandedFile, StagedGroup, stage_group
from flows.writer_lock import writer_lock

quiet_thread_timeout_notice()


def _client(settings: Settings, source: GdeltSource) -> httpx.Client | None:
    return None if source.source_dir else make_client(settings.http_timeout_seconds, settings.source_tokens)


def _logger() -> Any:
    """The run's logger, or a plain one when a stage function is called outside a run (tests, benchmarks)."""
    try:
        return get_run_logger()
    except MissingContextError:
        return get_logger("allywatch.gdelt")


@task(name="gdelt-plan", cache_policy=NONE, timeout_seconds=600, **NETWORK_RETRY)
def plan_gdelt(settings: Settings, source: GdeltSource, since: datetime | None, until: datetime | None,
               max_files: int | None) -> list[ListedFile]:
    """Pending files from the lists (lastupdate on a first run without a range, else masterfilelist).

    Lines of a list that cannot be read are skipped: logged here, counted in source_watermark.
    """
    with connection(settings.warehouse) as con:
        statuses = dict(con.execute(sql_text("queries/gdelt_ledger_status.sql")).fetchall())
        newest = con.execute(sql_text("queries/gdelt_newest_loaded.sql")).fetchone()[0]
    newest_only = since is None and until is None and newest is None
    client = _client(settings, source)
    pending: dict[str, ListedFile] = {}  # by batch_id: a batch listed twice is one batch
    newest_seen: datetime | None = None
    skipped = 0
    for name in list_names(newest_only, settings.translated):  # each stream is planned on its own
        scanned = scan_file_list(source.read_list(name, client, retry_policy(settings)))
        if scanned.skipped_lines:
            _logger().warning(describe_skipped(f"{source.describe()} {name}", scanned.skipped_lines))
            skipped += len(scanned.skipped_lines)
        for listed in plan_files(scanned.files, statuses, newest, since, until):
            pending.setdefault(listed.batch_id, listed)
        if scanned.files:
            newest_seen = max(newest_seen or scanned.files[-1].published, scanned.files[-1].published)
    if newest_seen is not None or skipped:
        with connection(settings.warehouse) as con:
            run_sql(con, "load/source_watermark_record.sql",
                    {"source": "gdelt", "newest_seen": newest_seen, "now": utc_now(), "skipped": skipped})
    files = sorted(pending.values(), key=lambda f: f.published)
    return files[:max_files] if max_files else files


def _fetch_run_name() -> str:
    files = task_run.parameters.get("files") or []
    return f"gdelt-fetch-{files[0].name}..{files[-1].name} ({len(files)} files)" if files else "gdelt-fetch-empty"


@task(name="gdelt-fetch", cache_policy=NONE, timeout_seconds=3600, task_run_name=_fetch_run_name)
def fetch_gdelt(settings: Settings, source: GdeltSource, files: list[ListedFile]
                ) -> tuple[list[LandedFile], list[tuple[ListedFile, BatchResult]]]:
    """Fetch and verify files into landing/; a file that fails (after retries) is returned as failed.

    It never opens the warehouse, so it can run on a Dask worker while the writer works.
    """
    client = _client(settings, source)
    landed, failed = [], []
    with progress_bar(len(files), "fetching GDELT files") as advance:
        for listed in files:
            try:
                path = fetch_to_landing(listed, source, settings.landing, client, settings.max_body_bytes,
                                        retry_policy(settings))
                landed.append(LandedFile(listed, path))
            except FetchError as exc:
                failed.append((listed, BatchResult(listed.batch_id, "gdelt", listed.name, "failed",
                                                   error=str(exc))))
            advance(1)
    return landed, failed


@flow(name="gdelt-fetch-fanout")
def fetch_fanout(settings: Settings, source: GdeltSource, files: list[ListedFile]
                 ) -> tuple[list[LandedFile], list[tuple[ListedFile, BatchResult]]]:
    """The fetch split into runs of consecutive files, one task each, on the flow's (Dask) task runner.
    A task that fails (say it timed out) loses only its own answer: _fetch finds its landed files."""
    parts = chunks(files, 2 * (settings.workers or 4))
    futures = fetch_gdelt.map(settings=unmapped(settings), source=unmapped(source), files=parts)
    landed: list[LandedFile] = []
    failed: list[tuple[ListedFile, BatchResult]] = []
    for future in futures:
        try:
            part_landed, part_failed = future.result()
        except Exception as error:
            get_run_logger().warning("a GDELT fetch task failed: %s", _first_line(error))
            continue
        landed += part_landed
        failed += part_failed
    return landed, failed


def _fetch(settings: Settings, source: GdeltSource, files: list[ListedFile]
           ) -> tuple[list[LandedFile], list[tuple[ListedFile, BatchResult]]]:
    """Fetch here, or fanned out to Dask workers, without the writer lock. If a fetch task ends early (its
    timeout), the files it had landed still load: landing/ holds only verified files. The others were
    neither fetched nor failed and stay pending for the next run."""
    runner = task_runner(settings.workers, settings.dask_scheduler or None) if files else None
    try:
        if runner is None:
            landed, failed = fetch_gdelt(settings, source, files)
        else:
            landed, failed = fetch_fanout.with_options(task_runner=runner)(settings, source, files)
    except Exception as error:
        get_run_logger().warning("the GDELT fetch ended early: %s", _first_line(error))
        landed, failed = [], []
    known = {f.listed.batch_id for f in landed} | {listed.batch_id for listed, _ in failed}
    for listed in files:
        if listed.batch_id not in known and landed_path(listed, settings.landing).exists():
            landed.append(LandedFile(listed, landed_path(listed, settings.landing)))
    if len(landed) + len(failed) < len(files):
        get_run_logger().warning("%d GDELT files were not fetched in this run; they stay pending",
                                 len(files) - len(landed) - len(failed))
    return sorted(landed, key=lambda f: f.listed.published), failed


@dataclass
class StageOutcome:
    """What staging a group gave: staged groups (the group, or its files one by one) and files that failed."""
    groups: list[StagedGroup] = field(default_factory=list)
    failed: list[tuple[LandedFile, str]] = field(default_factory=list)


def _first_line(error: BaseException) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0]


def _files_run_name(prefix: str, landed: list[LandedFile]) -> str:
    if not landed:
        return f"{prefix}-empty"
    return f"{prefix}-{landed[0].listed.name}..{landed[-1].listed.name} ({len(landed)} files)"


def _stage_run_name() -> str:
    return _files_run_name("gdelt-stage", task_run.parameters.get("landed") or [])


@task(name="gdelt-stage", cache_policy=NONE, timeout_seconds=3600, task_run_name=_stage_run_name)
def stage_gdelt(settings: Settings, landed: list[LandedFile]) -> StageOutcome:
    """Parse and validate a group away from the writer. A group that cannot be staged whole (a broken
    zip) is staged file by file, so the broken file fails alone."""
    try:
        return StageOutcome(groups=[stage_group(landed, settings)])
    except Exception as error:
        if len(landed) == 1:
            return StageOutcome(failed=[(landed[0], _first_line(error))])
    outcome = StageOutcome()
    for single in landed:
        part = stage_gdelt.fn(settings, [single])
        outcome.groups += part.groups
        outcome.failed += part.failed
    return outcome


def _load_run_name() -> str:
    staged = task_run.parameters.get("staged")
    landed = [f for g in staged.groups for f in g.landed] + [f for f, _ in staged.failed] if staged else []
    return _files_run_name("gdelt-load", sorted(landed, key=lambda f: f.listed.published))


def _record_failed(con: Any, settings: Settings, listed: ListedFile, error: str) -> list[BatchResult]:
    """A failed (or gave_up) ledger row, unless the ledger already holds the batch as settled: an
    overlapping run loaded it meanwhile, and a failure must not overwrite that."""
    if ledger_status(con, [listed.batch_id]).get(listed.batch_id, ("", 0))[0] in SETTLED:
        return []
    result = BatchResult(listed.batch_id, "gdelt", listed.name, "failed", error=error)
    record_failure(con, result, settings.max_attempts, item_md5=listed.md5, item_time=listed.published,
                   started_at=utc_now(), flow_run_id=run_id())
    return [result]


def _load_outcome(con: Any, settings: Settings, staged: StageOutcome) -> list[BatchResult]:
    """Each staged group in its own transaction; if one fails, its files are staged and loaded one by one
    to isolate the bad one, which is recorded on its own ledger row."""
    results = [r for landed, error in staged.failed for r in _record_failed(con, settings, landed.listed, error)]
    for group in staged.groups:
        try:
            results += load_staged(con, group, settings, run_id())
        except Exception as error:
            if len(group.landed) == 1:
                results += _record_failed(con, settings, group.landed[0].listed, _first_line(error))
                continue
            for single in group.landed:
                results += _load_outcome(con, settings, stage_gdelt.fn(settings, [single]))
    return sorted(results, key=lambda r: r.batch_id)


@task(name="gdelt-load", cache_policy=NONE, timeout_seconds=3600, task_run_name=_load_run_name)
def load_gdelt(settings: Settings, staged: StageOutcome) -> list[BatchResult]:
    """Load what staging gave, in this (the writer's) process."""
    with connection(settings.warehouse) as con:
        return _load_outcome(con, settings, staged)


def _stage_load_run_name() -> str:
    return _files_run_name("gdelt-load", task_run.parameters.get("landed") or [])


@task(name="gdelt-stage-load", cache_policy=NONE, timeout_seconds=3600, task_run_name=_stage_load_run_name)
def stage_and_load_gdelt(settings: Settings, landed: list[LandedFile]) -> list[BatchResult]:
    """Stage a group here, then load it: one task run instead of two when nothing is
    staged ahead. Staging still happens before the warehouse is opened."""
    staged = stage_gdelt.fn(settings, landed)
    with connection(settings.warehouse) as con:
        return _load_outcome(con, settings, staged)


def _groups(items: list[LandedFile], size: int) -> list[list[LandedFile]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _stage_and_load(settings: Settings, groups: list[list[LandedFile]], ahead: int) -> list[BatchResult]:
    """Load the groups in order while up to `ahead` later groups are being staged (task runner threads or
    Dask workers); with ahead 0 one task stages each group in this process, then loads it. Staged groups
    wait in memory, so `ahead` also bounds what staging holds."""
    results: list[BatchResult] = []
    queue = deque(stage_gdelt.submit(settings, group) for group in groups[:ahead])
    upcoming = iter(groups[ahead:])
    with progress_bar(sum(len(g) for g in groups), "loading GDELT files") as advance:
        while True:
            if queue:
                staged = queue.popleft().result()
                queue.extend(stage_gdelt.submit(settings, group) for group in islice(upcoming, ahead - len(queue)))
                loaded = load_gdelt(settings, staged)
                del staged  # its Arrow tables hold every in-scope row of the group: free them before the next
            else:
                group = next(upcoming, None)
                if group is None:
                    break
                loaded = stage_and_load_gdelt(settings, group)
            results += loaded
            crash_point("gdelt_events.after_group_commit")
            advance(len(loaded), f"{sum(r.received for r in results):,} rows")
    return results


@flow(name="gdelt-stage-fanout")
def stage_fanout(settings: Settings, groups: list[list[LandedFile]]) -> list[BatchResult]:
    """_stage_and_load with staging on the flow's Dask task runner, a group per worker ahead."""
    return _stage_and_load(settings, groups, ahead=max(2, settings.workers or 2))


def _gdelt_run_name() -> str:
    params = flow_run.parameters
    source = params.get("source_dir") or params.get("base_url") or "configured source"
    return f"gdelt_events-{Path(str(source)).name or source}"


@flow(name="gdelt_events", flow_run_name=_gdelt_run_name)
def gdelt_events(warehouse: str | None = None, config: str | None = None, source_dir: str | None = None,
                 base_url: str | None = None, since: datetime | None = None, until: datetime | None = None,
                 scope: str | None = None, max_files: int | None = None, translated: bool | None = None,
                 publish: bool = False, workers: int | None = None) -> list[dict]:
    """Pending GDELT 2.0 export files (or a backfill range) into the warehouse.

    The writer lock is held to plan (the ledger) and to load, not while downloading: a slow source never
    keeps another run from loading. A run that overlaps this one may plan and fetch the same files; the
    load skips batches the ledger already holds as settled, so nothing is stored twice.
    With publish (what the served deployment sets), a run that loaded something ends with the marts flow,
    so BI readers see new data without waiting for the daily marts run.
    """
    settings = run_settings(warehouse, config, scope=scope, translated=translated, workers=workers)
    source = GdeltSource(source_dir=Path(source_dir) if source_dir else None,
                         base_url=None if source_dir else (base_url or settings.gdelt_base_url))
    with writer_lock(settings.warehouse, settings.writer_wait_seconds):
        prepare_warehouse(settings)
        files = plan_gdelt(settings, source, since, until, max_files)
    get_run_logger().info("%d GDELT export files pending from %s", len(files), source.describe())
    landed, failed = _fetch(settings, source, files)
    with writer_lock(settings.warehouse, settings.writer_wait_seconds):
        results = _load_fetched(settings, landed, failed)
        if publish and any(r["status"] == "loaded" for r in results):
            marts(warehouse, config)  # inside the writer lock (re-entrant): the snapshot matches the load
    return results


def _load_fetched(settings: Settings, landed: list[LandedFile], failed: list[tuple[ListedFile, BatchResult]]
                  ) -> list[dict]:
    """Under the writer lock: record the fetch failures, then stage and load the landed files that the
    ledger does not hold as settled yet (an overlapping run may have loaded some since the plan)."""
    statuses: dict[str, str] = {}
    recorded: list[BatchResult] = []
    if landed or failed:
        with connection(settings.warehouse) as con:
            statuses = dict(con.execute(sql_text("queries/gdelt_ledger_status.sql")).fetchall())
            recorded = [r for listed, result in failed
                        for r in _record_failed(con, settings, listed, result.error or "fetch failed")]
    groups = _groups([f for f in landed if statuses.get(f.listed.batch_id) not in SETTLED],
                     settings.files_per_transaction)
    runner = task_runner(settings.workers, settings.dask_scheduler or None) if groups else None
    if runner is None:
        # At most stage_ahead groups staged in threads beside the writer; more than one at once would
        # only split the same cores (DuckDB already uses all of them while parsing).
        loaded = _stage_and_load(settings, groups, ahead=min(settings.stage_ahead, 1))
    else:
        loaded = stage_fanout.with_options(task_runner=runner)(settings, groups)
    results = recorded + loaded
    publish_batches_artifact("gdelt", results)
    return [asdict(r) for r in results]
