"""The database plumbing every layer shares: open a warehouse (a DuckDB file or a DuckLake catalog),
read and run the SQL files under sql/, insert rows, run a transaction, and the one clock.

Nothing here knows the schema: migrations live in flows/load/schema.py, queries in sql/.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from flows import SQL_DIR, UserError
from flows.config import DUCKLAKE_PREFIX, lake_catalog_file, lake_postgres, redacted


def utc_now() -> datetime:
    """Naive UTC timestamp (DuckDB TIMESTAMP columns carry no zone; all stored times are UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


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


def sql_literal(text: str | Path) -> str:
    """A string literal for LOAD and ATTACH, which take no bind parameters. Only paths from settings
    come here, never data: quotes are doubled and a NUL byte is refused."""
    text = str(text)
    if "\x00" in text:
        raise UserError("a path with a NUL byte cannot name a database")
    return "'" + text.replace("'", "''") + "'"


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN ... COMMIT, or ROLLBACK and re-raise: a writer never leaves a half-written batch, and the
    connection is never left inside a failed transaction."""
    con.execute("begin transaction")
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def _extension(module: str, name: str) -> Path:
    """An extension file shipped by a registry package (`duckdb-extension-<name>`), loaded by path:
    DuckDB cannot download extensions here."""
    package = "duckdb-extension-" + module.removeprefix("duckdb_extension_").replace("_", "-")
    try:
        folder = Path(importlib.import_module(module).__file__).parent / "extensions" / f"v{duckdb.__version__}"
    except ImportError:
        raise UserError(f"a ducklake: warehouse needs the {name} extension: pip install "
                        f"{package}=={duckdb.__version__}") from None
    extension = folder / f"{name}.duckdb_extension"
    if not extension.exists():
        raise UserError(f"no {name} extension for duckdb {duckdb.__version__} in {folder.parent}: install "
                        f"{package}=={duckdb.__version__}")
    return extension


def _ducklake_extension() -> Path:
    return _extension("duckdb_extension_ducklake", "ducklake")


def _postgres_extension() -> Path:
    return _extension("duckdb_extension_postgres_scanner", "postgres_scanner")


def _lake_session(target: str, options: list[str], shown: str) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB session with the DuckLake catalog `target` attached as `warehouse` and in use;
    temp tables stay in the session's memory."""
    con = duckdb.connect()
    try:
        # Python replacement scans would let a Python variable answer for a missing catalog table
        # (the extension probes for its own tables by name).
        con.execute("set python_enable_replacements = false")
        if lake_postgres(target) is not None:
            con.execute(f"load {sql_literal(_postgres_extension())}")
        con.execute(f"load {sql_literal(_ducklake_extension())}")
        attach_options = f" ({', '.join(options)})" if options else ""
        con.execute(f"attach {sql_literal(target)} as warehouse{attach_options}")
        con.execute("use warehouse")
    except duckdb.Error as exc:
        con.close()
        raise UserError(lake_error(shown, str(exc), "read_only" in options)) from None
    return con


def lake_error(shown: str, message: str, read_only: bool) -> str:
    """One line for a DuckLake catalog that cannot be attached: the server's reason and the fix."""
    reason = message.split('": ', 1)[1] if "Unable to connect to Postgres" in message else message
    reason = redacted(" ".join(reason.split()))
    lowered = reason.lower()
    if "does not exist - and creating a new ducklake is explicitly disabled" in lowered:
        return f"warehouse not found: {shown} (run `allywatch run` first)"
    fixes = [("connection refused", "start the PostgreSQL server or correct host and port"),
             ("could not translate host name", "correct the host name"),
             ("missing \"=\"", "write a libpq string after ducklake:postgres:, e.g. dbname=allywatch host=db "
                                "user=allywatch"),
             ("invalid connection option", "use libpq keywords only (dbname, host, port, user, ...)"),
             ("password authentication failed", "set PGPASSWORD or a ~/.pgpass entry for this user"),
             ("no password supplied", "set PGPASSWORD or a ~/.pgpass entry for this user"),
             ("does not exist", "create it (createdb / createuser) or correct the libpq string"),
             ("does not match existing data path", "set lake_data_path to the folder the lake was created with"),
             ("data_path is not set", "set lake_data_path")]
    fix = next((f for key, f in fixes if key in lowered), "check the catalog and its data path")
    return f"cannot open warehouse {shown}: {reason[:300]} ({fix})"


def _connect_ducklake(warehouse: Path, read_only: bool, data_path: Path | None) -> duckdb.DuckDBPyConnection:
    """A DuckLake warehouse: a catalog file with its data in `<file>.files/`, or a PostgreSQL catalog
    whose data folder (lake_data_path) is given when the run prepares it; other sessions find the data
    path in the catalog."""
    options = ["read_only"] if read_only else []
    metadata = lake_catalog_file(warehouse)
    if metadata is None:
        if data_path is not None:
            options.insert(0, f"data_path {sql_literal(str(data_path.resolve()) + '/')}")
        return _lake_session(str(warehouse), options, redacted(warehouse))
    if read_only and not metadata.exists():
        raise UserError(f"warehouse not found: ducklake:{metadata} (run `allywatch run` first)")
    metadata = metadata.resolve()
    metadata.parent.mkdir(parents=True, exist_ok=True)
    options.insert(0, f"data_path {sql_literal(str(metadata) + '.files/')}")
    return _lake_session(DUCKLAKE_PREFIX + str(metadata), options, f"ducklake:{metadata}")


class WarehouseInUse(UserError):
    """The DuckDB file is open for writing in another process (a run is loading)."""


def connect(path: Path, read_only: bool = False, data_path: Path | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse (a DuckDB file, or a DuckLake catalog for `ducklake:PATH` and
    `ducklake:postgres:<libpq string>`) with a clear one-line error when it is locked or unreadable. It
    does not migrate: a flow run prepares the warehouse once (flows/prepare.py, which passes the lake's
    data path) and its tasks and the readers just connect."""
    if str(path).startswith(DUCKLAKE_PREFIX):
        return _connect_ducklake(path, read_only, data_path)
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


@contextmanager
def connection(path: Path, read_only: bool = False, data_path: Path | None = None
               ) -> Iterator[duckdb.DuckDBPyConnection]:
    """connect(), closed on the way out; connections never cross a task boundary."""
    con = connect(path, read_only, data_path)
    try:
        yield con
    finally:
        con.close()


def is_ducklake(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("select type from duckdb_databases() where database_name = current_database()").fetchone()
    return bool(row) and row[0] == "ducklake"
