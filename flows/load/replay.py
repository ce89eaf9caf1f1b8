"""Replay the quarantined rows of a batch (GDELT rows or news articles) through the current rules.

Rows that now pass are loaded (or counted as duplicates when their event arrived meanwhile) and
their quarantine rows get resolved_at; they stay as the audit trail. The batch's ledger row moves
them from quarantined to loaded/duplicate, so it still reconciles: nothing is lost or doubled.
GDELT lines rejected as not UTF-8 are replayed from the bytes kept in quarantine, stray bytes read as
Latin-1; other lines that never parsed (a wrong column count) and pages that could not be fetched
(stage fetch, retried by the news flow itself) are not replayed here.
"""
from __future__ import annotations

import csv
import json
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb

from flows import UserError
from flows.collect.articles import Article, NewsBatch
from flows.config import Settings
from flows.db import run_sql, sql_text, transaction, utc_now
from flows.load.facts import refresh_derived
from flows.load.gdelt_load import insert_accepted, restore_staged
from flows.load.text_load import load_articles
from flows.load.validation_log import record_outcome
from flows.reference import REFERENCE_DIR
from flows.stage.gdelt_stage import (
    StagedGroup,
    count_lines,
    decode_stray_bytes,
    export_tables,
    holds_nul,
    stage_files,
    staging_connection,
    validate_group,
)


@dataclass(frozen=True)
class ReplayResult:
    batch_id: str
    replayed: int
    loaded: int
    duplicate: int
    still_quarantined: int


def _columns() -> list[str]:
    with open(REFERENCE_DIR / "gdelt_events_columns.csv", newline="", encoding="utf-8") as f:
        return [row["name"] for row in csv.DictReader(f)]


def replay_line(stage: str, record: dict, columns: list[str]) -> str | None:
    """The export line a quarantined row replays as, or None when it still cannot parse: a suite's row
    from its columns; a line that was not UTF-8 from its bytes, stray ones read as Latin-1."""
    if stage == "raw_gdelt":
        return "\t".join("" if record.get(c) is None else str(record[c]) for c in columns)
    text = decode_stray_bytes(record["line"].encode("latin-1"))
    fits = text.count("\t") == len(columns) - 1 and "\n" not in text and "\r" not in text
    return text if fits else None


def _write_lines(lines: list[str], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.writelines(line + "\n" for line in lines)


def replay_batch(con: duckdb.DuckDBPyConnection, batch_id: str, settings: Settings) -> ReplayResult:
    row = con.execute(sql_text("load/replay_batch.sql"), [batch_id]).fetchone()
    if row is None:
        raise UserError(f"no batch {batch_id!r} in the ledger (list batches with `allywatch status`)")
    if row[0] != "gdelt":
        return _replay_articles(con, batch_id, row[0], settings)
    columns = _columns()
    pending = [(quarantine_id, line) for quarantine_id, stage, record
               in con.execute(sql_text("load/quarantine_replayable.sql"), [batch_id]).fetchall()
               if (line := replay_line(stage, json.loads(record), columns)) is not None]
    if not pending:
        return ReplayResult(batch_id, 0, 0, 0, 0)
    with tempfile.TemporaryDirectory(prefix="allywatch-replay-") as work:
        path = Path(work) / f"replay-{len(pending)}.export.CSV"
        _write_lines([line for _, line in pending], path)
        return _replay(con, batch_id, path, [q for q, _ in pending], row[1] or utc_now(), settings)


def _stage_replay(batch_id: str, path: Path, newest: datetime, settings: Settings) -> StagedGroup:
    """The replayed rows parsed and validated like a GDELT file, in a private in-memory DuckDB."""
    con = staging_connection()
    try:
        stage_files(con, {batch_id: path}, settings)
        outcomes = validate_group(con, newest, count_lines([path]), holds_nul([path]))
        run_sql(con, "stage/gdelt_rejected_batch.sql")
        tables = export_tables(con, ("gdelt_batch_file", "stg_event", "gdelt_row_failure", "gdelt_rejected_batch"))
    finally:
        con.close()
    return StagedGroup(landed=[], scope=f"replay of {batch_id}", started=utc_now(), outcomes=outcomes,
                       rejected={}, tables=tables)


def _replay(con: duckdb.DuckDBPyConnection, batch_id: str, path: Path, quarantine_ids: list[int],
            item_time: datetime, settings: Settings) -> ReplayResult:
    staged = _stage_replay(batch_id, path, max(item_time, utc_now()), settings)
    with transaction(con):
        restore_staged(con, staged)
        for outcome in staged.outcomes:
            record_outcome(con, outcome, staged.scope)
        insert_accepted(con, utc_now().date())
        run_sql(con, "load/replay_row.sql")
        con.executemany("insert into replay_row values (?, ?)", list(enumerate(quarantine_ids, start=1)))
        loaded, duplicate = con.execute(sql_text("load/replay_counts.sql")).fetchone()
        run_sql(con, "load/replay_resolve.sql", {"now": utc_now(), "batch_id": batch_id,
                                                 "loaded": loaded, "duplicate": duplicate})
        refresh_derived(con, "load/gdelt_affected_days.sql")
    return ReplayResult(batch_id, len(quarantine_ids), loaded, duplicate, len(quarantine_ids) - loaded - duplicate)


def _replay_articles(con: duckdb.DuckDBPyConnection, batch_id: str, kind: str, settings: Settings) -> ReplayResult:
    """Quarantined articles of a news batch, validated and coded again under the batch's own id."""
    pending = con.execute(sql_text("load/quarantine_replayable_articles.sql"), [batch_id]).fetchall()
    if not pending:
        return ReplayResult(batch_id, 0, 0, 0, 0)
    articles = []
    for (record,) in pending:
        item = json.loads(record)
        published = date.fromisoformat(item["published"][:10]) if item.get("published") else None
        articles.append(Article(url=item["url"], title=item.get("title"), text=item.get("text") or "",
                                published=published, language=item.get("language")))
    batch = NewsBatch(batch_id=batch_id, source_kind=kind, item="replay", item_md5="", landing_path=None,
                      articles=articles)
    now = utc_now()
    with transaction(con):
        # The failing share already rejected this batch once; a replay loads whatever passes now.
        result = load_articles(con, batch, settings, now, threshold=1.0, replay=True)
        loaded_urls = [r[0] for r in con.execute(
            sql_text("load/replay_stored_urls.sql"),
            [batch_id, [a.url for a in articles]]).fetchall()]
        run_sql(con, "load/replay_resolve_articles.sql", {
            "now": now, "batch_id": batch_id, "urls": loaded_urls, "events": result.events_loaded or 0})
        refresh_derived(con, "load/text_affected_days.sql", {"batch_id": batch_id})
    # Articles that are duplicates or out of scope now stay quarantined as they were: only stored ones settle.
    return ReplayResult(batch_id, len(articles), len(loaded_urls), 0, len(articles) - len(loaded_urls))
