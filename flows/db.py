"""The database plumbing every layer shares: open a warehouse (a DuckDB file or a DuckLake catalog),
read and run the SQL files under sql/, insert rows, run a transaction, and the one clock.

Nothing here knows the schema: migrations live in flows/load/schema.py, queries in sql/.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from flows import SQL_DIR, UserError
from flows.config import DUCKLAKE_PREFIX, lake_catalog_file


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
        con.execute(f"load {sql_literal(_ducklake_extension())}")
        options = f"data_path {sql_literal(str(metadata) + '.files/')}" + (", read_only" if read_only else "")
        con.execute(f"attach {sql_literal(DUCKLAKE_PREFIX + str(metadata))} as warehouse ({options})")
        con.execute("use warehouse")
    except duckdb.Error as exc:
        con.close()
        raise UserError(f"cannot open warehouse ducklake:{metadata}: {str(exc).splitlines()[0]}") from None
    return con


class WarehouseInUse(UserError):
    """The DuckDB file is open for writing in another process (a run is loading)."""


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse (a DuckDB file, or a DuckLake catalog for `ducklake:PATH`) with a clear
    one-line error when it is locked or unreadable. It does not migrate: a flow run prepares the
    warehouse once (flows/prepare.py) and its tasks and the readers just connect."""
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


@contextmanager
def connection(path: Path, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """connect(), closed on the way out; connections never cross a task boundary."""
    con = connect(path, read_only)
    try:
        yield con
    finally:
        con.close()


def is_ducklake(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("select type from duckdb_databases() where database_name = current_database()").fetchone()
    return bool(row) and row[0] == "ducklake"
