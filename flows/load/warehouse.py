"""Open the warehouse, apply sql/ migrations in order, refresh reference dimensions and views."""
from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from flows import SQL_DIR, UserError
from flows.config import DUCKLAKE_PREFIX, Settings, lake_catalog_file
from flows.load.ledger import utc_now
from flows.load.writer_lock import skipped_runs
from flows.reference import EVENT_TYPES_CSV

COUNTRIES_CSV = Path(__file__).resolve().parents[1] / "normalize" / "data" / "countries.csv"


def sql_text(relative: str) -> str:
    """The text of one file under sql/ (all SQL lives there, none is assembled from input)."""
    return (SQL_DIR / relative).read_text(encoding="utf-8")


def run_sql(con: duckdb.DuckDBPyConnection, relative: str, params: dict | None = None) -> None:
    """Run every statement of a sql/ file, binding to each only the $parameters it names.

    Statements end with a ';' at the end of a line (the style of every file in sql/).
    """
    params = params or {}
    for statement in re.split(r";[ \t]*\n", sql_text(relative)):
        code = "\n".join(line for line in statement.splitlines() if not line.strip().startswith("--"))
        if not code.strip():
            continue
        used = {k: v for k, v in params.items() if re.search(rf"\${k}\b", code)}
        con.execute(statement, used) if used else con.execute(statement)


def insert_rows(con: duckdb.DuckDBPyConnection, statement: str, rows: list) -> None:
    """executemany that accepts an empty list (DuckDB refuses one)."""
    if rows:
        con.executemany(statement, rows)


def _literal(text: str) -> str:
    """A SQL string literal for LOAD and ATTACH, which take no bind parameters (paths from settings)."""
    if "\x00" in text:
        raise UserError("a path with a NUL byte cannot name a database")
    return "'" + text.replace("'", "''") + "'"


def _ducklake_extension() -> Path:
    """The DuckLake extension shipped by the duckdb-extension-ducklake package (DuckDB cannot download it)."""
    try:
        import duckdb_extension_ducklake
    except ImportError:
        raise UserError(f"a ducklake: warehouse needs the DuckLake extension: pip install "
                        f"duckdb-extension-ducklake=={duckdb.__version__}") from None
    folder = Path(duckdb_extension_ducklake.__file__).parent / "extensions" / f"v{duckdb.__version__}"
    extension = folder / "ducklake.duckdb_extension"
    if not extension.exists():
        raise UserError(f"no DuckLake extension for duckdb {duckdb.__version__} in {folder.parent}: install "
                        f"duckdb-extension-ducklake=={duckdb.__version__}")
    return extension


def _connect_ducklake(metadata: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB session with the DuckLake catalog attached as `warehouse` and in use.

    Data files go to a folder beside the catalog file; temp tables stay in the session's memory.
    """
    if read_only and not metadata.exists():
        raise UserError(f"warehouse not found: ducklake:{metadata} (run `allywatch run` first)")
    metadata = metadata.resolve()
    metadata.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    try:
        # Python replacement scans would let a Python variable answer for a missing catalog table
        # (the extension probes for its own tables by name).
        con.execute("set python_enable_replacements = false")
        con.execute(f"load {_literal(str(_ducklake_extension()))}")
        options = f"data_path {_literal(str(metadata) + '.files/')}" + (", read_only" if read_only else "")
        con.execute(f"attach {_literal(DUCKLAKE_PREFIX + str(metadata))} as warehouse ({options})")
        con.execute("use warehouse")
    except duckdb.Error as exc:
        con.close()
        raise UserError(f"cannot open warehouse ducklake:{metadata}: {str(exc).splitlines()[0]}") from None
    return con


class WarehouseInUse(UserError):
    """The DuckDB file is open for writing in another process (a run is loading)."""


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse (a DuckDB file, or a DuckLake catalog for `ducklake:PATH`) with a clear
    one-line error when it is locked or unreadable."""
    metadata = lake_catalog_file(path)
    if metadata is not None:
        return _connect_ducklake(metadata, read_only)
    if read_only and not path.exists():
        raise UserError(f"warehouse not found: {path} (run `allywatch run` first or pass --warehouse)")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise WarehouseInUse(
                f"warehouse {path} is in use by another process; wait for it to finish "
                "(BI tools must open the snapshot file, not the warehouse)"
            ) from None
        raise UserError(f"cannot open warehouse {path}: {str(exc).splitlines()[0]}") from None


def is_ducklake(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("select type from duckdb_databases() where database_name = current_database()").fetchone()
    return bool(row) and row[0] == "ducklake"


_CONSTRAINT_LINE = re.compile(r",([^\n]*)\n\s*(primary key|unique)\s*\([^)]*\)", re.IGNORECASE)
_CONSTRAINT_WORD = re.compile(r"\s+(primary key|unique)\b(?=\s*[,\n])", re.IGNORECASE)


def without_constraints(ddl: str) -> str:
    """DDL for DuckLake, which has no PRIMARY KEY or UNIQUE: loads keep keys unique by anti-join
    inserts (never ON CONFLICT), and `allywatch validate` checks that no natural key repeats."""
    return _CONSTRAINT_WORD.sub("", _CONSTRAINT_LINE.sub(r"\1", ddl))


def _manifest() -> dict:
    return tomllib.loads(sql_text("migrations.toml"))


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute(
        "create table if not exists schema_version "
        "(version integer not null, description varchar, applied_at timestamp)"
    )
    row = con.execute("select coalesce(max(version), 0) from schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every migration the warehouse lacks (each in its own transaction); return the version."""
    current = schema_version(con)
    manifest = _manifest()
    lake = is_ducklake(con)
    for migration in sorted(manifest["migration"], key=lambda m: m["version"]):
        if migration["version"] <= current:
            continue
        con.execute("begin transaction")
        try:
            for relative in migration["files"]:
                if lake:
                    con.execute(without_constraints(sql_text(relative)))
                else:
                    run_sql(con, relative)
            con.execute(
                "insert into schema_version values (?, ?, ?)",
                [migration["version"], migration["description"], datetime.now(UTC).replace(tzinfo=None)],
            )
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        current = migration["version"]
    # The macro lives in the catalog of a persistent file but is re-created so new releases win.
    con.execute(sql_text("schema/natural_key.sql"))
    return current


def refresh_reference(con: duckdb.DuckDBPyConnection) -> None:
    """Upsert dim_event_type and dim_country from the package's reference files."""
    con.execute(
        "create or replace temp table ref_event_type as select * from read_csv(?, header=true, "
        "all_varchar=true, auto_detect=false, columns={'cameo_code':'varchar','name':'varchar',"
        "'root_code':'varchar','quad_class':'varchar','goldstein':'varchar','plover_event':'varchar',"
        "'plover_mode':'varchar','plover_context':'varchar','support_category':'varchar',"
        "'direction':'varchar'})",
        [str(EVENT_TYPES_CSV)],
    )
    run_sql(con, "load/dim_event_type_upsert.sql")
    if COUNTRIES_CSV.exists():
        con.execute(
            "create or replace temp table ref_country as select * from read_csv(?, header=true, "
            "all_varchar=true)",
            [str(COUNTRIES_CSV)],
        )
        run_sql(con, "load/dim_country_upsert.sql")
    refresh_actor_mappings(con)  # after dim_country: an actor is a state only if its country is known


def refresh_actor_mappings(con: duckdb.DuckDBPyConnection) -> None:
    """dim_actor SCD2 from the versioned actor mappings of the gazetteer (flows/normalize/data)."""
    from flows.normalize.actors import actor_mappings

    mappings = actor_mappings()
    if not mappings:
        return
    con.execute("create or replace temp table actor_candidate "
                "(actor_code varchar, country_code varchar, sector varchar)")
    insert_rows(con, "insert into actor_candidate values (?, ?, ?)",
                [(m["actor_code"], m["country_iso3"], m["sector"] or "") for m in mappings])
    version = {"today": max(m["valid_from"] for m in mappings)}
    run_sql(con, "load/actor_incoming.sql")
    run_sql(con, "load/dim_actor_scd2.sql", version)
    run_sql(con, "load/dim_actor_insert_new.sql", version)


def write_run_parameters(con: duckdb.DuckDBPyConnection, settings: Settings) -> None:
    """Copy the tracked roles and mart parameters from configuration into their tables."""
    rows = [(c, "client") for c in settings.clients] + [(p, "patron") for p in settings.patrons]
    rows += [(s, "pressure") for s in settings.pressure_states]
    con.execute("delete from tracked_state")
    insert_rows(con, "insert into tracked_state values (?, ?)", rows)
    con.execute("delete from mart_parameter")
    con.execute("insert into mart_parameter values ('min_baseline', ?)", [settings.min_baseline])


def apply_views(con: duckdb.DuckDBPyConnection) -> None:
    for relative in _manifest()["views"]["files"]:
        run_sql(con, relative)


def reference_fingerprint() -> str:
    """md5 over every file that refresh_reference and apply_views read."""
    from flows.normalize.actors import DATA_DIR

    digest = hashlib.md5()
    files = [SQL_DIR / "migrations.toml", EVENT_TYPES_CSV, *sorted(DATA_DIR.glob("*.csv")),
             *sorted((SQL_DIR / "marts").glob("*.sql")), *sorted((SQL_DIR / "load").glob("dim_*.sql")),
             SQL_DIR / "load" / "actor_incoming.sql"]
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _rebuild_support_daily_without_tone_events(con: duckdb.DuckDBPyConnection) -> None:
    """Rows written before migration 6 lack tone_events, which the GDELT delta update needs: rebuild once."""
    if con.execute("select count(*) from fact_support_daily where tone_events is null").fetchone()[0]:
        run_sql(con, "load/support_rebuild_days.sql")
        run_sql(con, "load/fact_support_daily_refresh.sql")


@contextmanager
def open_warehouse(settings: Settings) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection with the schema, reference data and views up to date."""
    con = connect(settings.warehouse)
    try:
        migrate(con)
        fingerprint = reference_fingerprint()
        con.execute("begin transaction")
        applied = con.execute("select max(fingerprint) from reference_state").fetchone()[0]
        if applied != fingerprint:
            refresh_reference(con)
            apply_views(con)
            _rebuild_support_daily_without_tone_events(con)
            con.execute("delete from reference_state")
            # utc_now, not SQL now(): now() is in the session's time zone, every stored time is naive UTC.
            con.execute("insert into reference_state values (?, ?)", [fingerprint, utc_now()])
        write_run_parameters(con, settings)
        with skipped_runs(settings.warehouse) as skipped:
            for entry in (e for e in skipped if isinstance(e, dict) and e.get("at") and e.get("run")):
                run_sql(con, "load/skipped_run_insert.sql", {
                    "run": str(entry.get("run")), "at": entry.get("at"), "waited": str(entry.get("waited_seconds")),
                    "pid": str(entry.get("pid"))})
            con.execute("commit")
        yield con
    finally:
        con.close()
