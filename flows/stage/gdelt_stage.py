"""Stage GDELT export files outside the warehouse: unzip, parse, type, scope, validate, pick quarantine.

Staging reads the landed files and the project's reference data, never the warehouse. It runs in a
private in-memory DuckDB, so it can run beside the writer (the flow stages the next group while the
current one loads) or on Dask workers, and a crash while staging cannot leave anything in the
warehouse. What the writer needs comes back as Arrow tables in a StagedGroup; gdelt_load.load_staged
restores them as temp tables inside its transaction.
"""
from __future__ import annotations

import codecs
import mmap
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pyarrow as pa

from flows.collect.gdelt import ListedFile, unzip_export
from flows.config import Settings
from flows.crashpoints import crash_point
from flows.db import insert_rows, run_sql, sql_text, utc_now
from flows.reference import EVENT_TYPES_CSV
from flows.validate.suites import SuiteOutcome, ValidationGateError, run_suite

# The temp tables a staged group hands to the writer, and the query that exports each. stg_event
# holds the in-scope rows only: the rest are counted in gdelt_batch_count and need nothing else.
STAGED_TABLES = {
    "gdelt_batch_file": "select * from gdelt_batch_file",
    "stg_event": "select * from stg_event",
    "gdelt_batch_count": "select * from gdelt_batch_count",
    "gdelt_row_failure": "select * from gdelt_row_failure",
    "gdelt_rejected_batch": "select * from gdelt_rejected_batch",
    "gdelt_staged_quarantine": "select * from quarantine",
}


@dataclass(frozen=True)
class LandedFile:
    listed: ListedFile
    zip_path: Path


@dataclass
class StagedGroup:
    """A group of files parsed and validated, ready for one load transaction."""
    landed: list[LandedFile]
    scope: str  # what the validation results name, e.g. "gdelt: a .. b (48 files)"
    started: datetime
    outcomes: list[SuiteOutcome]
    rejected: dict[str, str]  # batch_id -> why the whole batch was rejected
    tables: dict[str, pa.Table]


def staging_connection() -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with what the staging SQL reads besides the files: the natural_key macro,
    an empty quarantine table and the decision-table fields of dim_event_type."""
    con = duckdb.connect()
    run_sql(con, "schema/natural_key.sql")
    run_sql(con, "schema/quarantine.sql")
    run_sql(con, "stage/stage_event_type.sql", {"event_types_csv": str(EVENT_TYPES_CSV)})
    return con


def stage_files(con: duckdb.DuckDBPyConnection, files: dict[str, Path], settings: Settings) -> None:
    """raw_gdelt_event, stg_event and gdelt_batch_count temp tables for the group."""
    run_sql(con, "stage/gdelt_batch_file.sql")
    insert_rows(con, "insert into gdelt_batch_file values (?, ?, ?)",
                [(b, str(p), p.name) for b, p in files.items()])
    others = list(dict.fromkeys(settings.patrons + settings.pressure_states))
    run_sql(con, "stage/raw_gdelt_event.sql", {"files": [str(p) for p in files.values()], "scope": settings.scope,
                                                 "clients": list(settings.clients), "others": others})
    run_sql(con, "stage/stg_event.sql")
    run_sql(con, "stage/gdelt_batch_count.sql")


def _lines_of(path: Path, numbers: set[int]) -> dict[int, bytes]:
    """The given 1-based lines of a file, as bytes without their line end."""
    found: dict[int, bytes] = {}
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if number in numbers:
                found[number] = line.rstrip(b"\r\n")
                if len(found) == len(numbers):
                    break
    return found


def keep_encoding_rejects(con: duckdb.DuckDBPyConnection) -> None:
    """Temp table gdelt_encoding_reject_line: each line rejected as not UTF-8, read from its (still
    unzipped) file as received and held as Latin-1 text, one character per byte, so quarantine stores
    it faithfully (DuckDB's own copy shows '??') and a replay gets the original bytes back."""
    wanted: dict[str, set[int]] = {}
    for path, line in con.execute(sql_text("stage/gdelt_encoding_rejects.sql")).fetchall():
        wanted.setdefault(path, set()).add(line)
    rows = [(path, number, raw.decode("latin-1"))
            for path, numbers in wanted.items() for number, raw in _lines_of(Path(path), numbers).items()]
    run_sql(con, "stage/gdelt_encoding_reject_line.sql")
    insert_rows(con, "insert into gdelt_encoding_reject_line values (?, ?, ?)", rows)


def decode_stray_bytes(raw: bytes) -> str:
    """UTF-8 text in which each byte that is not UTF-8 is read as Latin-1 (b'Bogot\\xe1' -> 'Bogotá'):
    how a replay reads a line quarantined for its encoding."""
    return raw.decode("utf-8", errors=_LATIN1_FALLBACK)


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start:error.end].decode("latin-1"), error.end


_LATIN1_FALLBACK = "allywatch-latin1-fallback"
codecs.register_error(_LATIN1_FALLBACK, _latin1_fallback)


def holds_nul(paths: Iterable[Path]) -> bool:
    """Whether any of the files has a NUL byte (a byte search over each file, mapped in memory)."""
    for path in paths:
        if path.stat().st_size == 0:
            continue
        with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            if mapped.find(b"\x00") >= 0:
                return True
    return False


def count_lines(paths: Iterable[Path]) -> int:
    """Lines in the files (newline bytes, plus a last line without one), read in 1 MiB blocks."""
    total = 0
    for path in paths:
        last = b"\n"
        with open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                total += block.count(b"\n")
                last = block[-1:]
        total += last != b"\n"
    return total


def _table_failures(outcome: SuiteOutcome) -> list[str]:
    """Expectations that failed on the table as a whole (no failing row to quarantine)."""
    with_rows = {f.expectation for f in outcome.failures}
    return sorted(set(outcome.failed_expectations) - with_rows)


def validate_group(con: duckdb.DuckDBPyConnection, newest: datetime, max_rows: int,
                   check_nul: bool = True) -> list[SuiteOutcome]:
    """Run the raw_gdelt and stg_event suites on the staged in-scope rows; the failing rows go to the
    temp table gdelt_row_failure. The outcomes are recorded by whoever holds the warehouse. max_rows
    is the number of lines in the group's files (count_lines): more staged rows than that means the
    staging joined or read something twice, and the whole group fails (ValidationGateError). check_nul
    False (no file of the group holds a NUL byte, see holds_nul) skips the per-row search for one."""
    raw = con.execute(sql_text("stage/gdelt_validation_raw.sql"), {"check_nul": check_nul}).df()
    stg = con.execute(sql_text("stage/gdelt_validation_stg.sql")).df()
    params = {"min_event_date": "1979-01-01", "max_rows": max_rows,
              "max_event_date": (newest + timedelta(days=1)).strftime("%Y-%m-%d")}
    outcomes = [run_suite("raw_gdelt", raw), run_suite("stg_event", stg, params)]
    if table_failed := [name for o in outcomes for name in _table_failures(o)]:
        raise ValidationGateError(f"the staged group failed {', '.join(table_failed)}")
    run_sql(con, "stage/gdelt_row_failure.sql")
    insert_rows(con, "insert into gdelt_row_failure values (?, ?, ?)",
                [(f.row_id, f.expectation, f.reason) for o in outcomes for f in o.failures])
    return outcomes


def reject_batches(con: duckdb.DuckDBPyConnection, threshold: float) -> dict[str, str]:
    """Batches whose failing share of in-scope rows exceeds the threshold are rejected whole."""
    rejected = {}
    for batch_id, in_scope, failing in con.execute(sql_text("stage/gdelt_failing_share.sql")).fetchall():
        if in_scope and failing / in_scope > threshold:
            rejected[batch_id] = (f"{failing} of {in_scope} in-scope rows failed validation "
                                  f"({failing / in_scope:.0%} > {threshold:.0%})")
    run_sql(con, "stage/gdelt_rejected_batch.sql")
    insert_rows(con, "insert into gdelt_rejected_batch values (?, ?)", list(rejected.items()))
    return rejected


def export_tables(con: duckdb.DuckDBPyConnection, names: Iterable[str]) -> dict[str, pa.Table]:
    """The named staged tables (keys of STAGED_TABLES) as Arrow tables for the writer."""
    return {name: con.execute(STAGED_TABLES[name]).fetch_arrow_table() for name in names}


def stage_group(landed: list[LandedFile], settings: Settings) -> StagedGroup:
    """Parse, type, scope and validate a group of landed files, and pick its quarantine rows.

    Raises FetchError when a file cannot be unzipped (the caller then stages the files one by one).
    """
    started = utc_now()
    scope = f"gdelt: {landed[0].listed.name} .. {landed[-1].listed.name} ({len(landed)} files)"
    con = staging_connection()
    try:
        with tempfile.TemporaryDirectory(prefix="allywatch-gdelt-") as work:
            files = {f.listed.batch_id: unzip_export(f.zip_path, f.listed.name, Path(work)) for f in landed}
            stage_files(con, files, settings)  # the unzipped files are read into temp tables here
            check_nul = holds_nul(files.values())
            max_rows = count_lines(files.values())
            keep_encoding_rejects(con)
        crash_point("gdelt_stage.after_parse")
        outcomes = validate_group(con, max(f.listed.published for f in landed), max_rows, check_nul)
        crash_point("gdelt_stage.after_validation")
        rejected = reject_batches(con, settings.quarantine_threshold)
        now = utc_now()  # the writer stamps the rows again with its own time when it stores them
        run_sql(con, "stage/quarantine_parse_rejects.sql", {"now": now})
        run_sql(con, "stage/gdelt_quarantine_chosen.sql")
        run_sql(con, "stage/quarantine_gdelt_rows.sql", {"now": now})
        tables = export_tables(con, STAGED_TABLES)
    finally:
        con.close()
    return StagedGroup(landed=list(landed), scope=scope, started=started, outcomes=outcomes,
                       rejected=rejected, tables=tables)
