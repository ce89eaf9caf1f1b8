"""The data dictionary (sql/dictionary.toml): one description of every table, view and column, applied
as COMMENTs to the warehouse and the snapshot and written into the Parquet marts' metadata.

COMMENT ON takes no bind parameters, so its statements are assembled here, from the dictionary (package
data, never user input) and from names DuckDB's own catalog returns: identifiers are double-quoted and
descriptions single-quoted, each with its quote character doubled.
"""
from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import cache

import duckdb
import pyarrow as pa

from flows import UserError
from flows.db import is_ducklake, sql_text

DICTIONARY = "dictionary.toml"
_NAME = re.compile(r"[a-z_][a-z0-9_]*")


@dataclass(frozen=True)
class Entry:
    """One table or view: what it holds, what each column means, which columns count something."""

    name: str
    description: str
    columns: dict[str, str]
    counts: tuple[str, ...]


def parse_dictionary(text: str) -> dict[str, Entry]:
    """The entries of a dictionary file's text; a malformed entry is one line naming it and the fix."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"sql/{DICTIONARY} is not valid TOML ({exc}); fix the file") from None
    entries = {}
    for name, body in raw.items():
        columns = body.get("columns", {})
        counts = tuple(body.get("counts", ()))
        problem = ("its name is not a lower-case SQL identifier" if not _NAME.fullmatch(name)
                   else "it lacks a `description`" if not str(body.get("description", "")).strip()
                   else "a column name is not a lower-case SQL identifier" if not all(map(_NAME.fullmatch, columns))
                   else "a column has an empty description" if not all(str(d).strip() for d in columns.values())
                   else "`counts` names a column it does not describe" if not set(counts) <= set(columns)
                   else None)
        if problem:
            raise UserError(f"sql/{DICTIONARY}: entry [{name}]: {problem}; fix the entry")
        entries[name] = Entry(name, body["description"].strip(), {c: str(d).strip() for c, d in columns.items()},
                              counts)
    return entries


@cache
def dictionary() -> dict[str, Entry]:
    return parse_dictionary(sql_text(DICTIONARY))


@dataclass(frozen=True)
class CatalogObject:
    """A table or view of an attached database as DuckDB's catalog shows it."""

    name: str
    is_view: bool
    comment: str | None
    columns: list[tuple[str, str, str | None]]  # (name, type, comment), in table order


def catalog_objects(con: duckdb.DuckDBPyConnection, catalog: str) -> list[CatalogObject]:
    """Every table and view in schema main of an attached database, by name."""
    objects: dict[str, CatalogObject] = {}
    for name, is_view, comment, column, data_type, column_comment in con.execute(
            sql_text("queries/catalog_columns.sql"), {"catalog": catalog}).fetchall():
        found = objects.setdefault(name, CatalogObject(name, bool(is_view), comment, []))
        found.columns.append((column, data_type, column_comment))
    return list(objects.values())


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _text(description: str) -> str:
    return "'" + description.replace("'", "''") + "'"


def comment_statements(objects: list[CatalogObject], catalog: str, view_columns: bool = True) -> list[str]:
    """COMMENT ON statements for each object and column of `objects` the dictionary describes (others
    are left alone: tests/unit/test_data_dictionary.py fails on them). DuckLake refuses comments on a
    view's columns, hence `view_columns`."""
    entries = dictionary()
    statements = []
    for found in objects:
        entry = entries.get(found.name)
        if entry is None:
            continue
        target = f"{_ident(catalog)}.{_ident(found.name)}"
        kind = "view" if found.is_view else "table"
        statements.append(f"comment on {kind} {target} is {_text(entry.description)}")
        if found.is_view and not view_columns:
            continue
        statements += [f"comment on column {target}.{_ident(column)} is {_text(entry.columns[column])}"
                       for column, _, _ in found.columns if column in entry.columns]
    return statements


def apply_comments(con: duckdb.DuckDBPyConnection, catalog: str | None = None) -> int:
    """COMMENT every described table, view and column of `catalog` (default: the current database, the
    warehouse; a named catalog must be a DuckDB file).
    Idempotent; the caller runs it after the views are (re)created, since replacing a view drops its
    comments. Returns how many statements ran."""
    view_columns = catalog is not None or not is_ducklake(con)  # a named catalog is the snapshot, a DuckDB file
    catalog = catalog or con.execute("select current_database()").fetchone()[0]
    statements = comment_statements(catalog_objects(con, catalog), catalog, view_columns)
    for statement in statements:
        con.execute(statement)
    return len(statements)


def described_schema(schema: pa.Schema, name: str) -> pa.Schema:
    """An Arrow schema carrying the dictionary's descriptions, for a mart's Parquet file: each field's
    metadata `description` (pyarrow, Arrow-based readers), and the file's key-value metadata
    `description` and `column_descriptions` (JSON; DuckDB's parquet_kv_metadata()) plus
    `PANDAS_ATTRS`, which pandas.read_parquet turns into DataFrame.attrs."""
    entry = dictionary().get(name)
    if entry is None:  # a mart the dictionary lacks: written without descriptions (test_data_dictionary fails)
        return schema
    fields = [field.with_metadata({"description": entry.columns[field.name]}) if field.name in entry.columns
              else field for field in schema]
    columns = {field.name: entry.columns[field.name] for field in schema if field.name in entry.columns}
    attrs = {"table": name, "description": entry.description, "columns": columns}
    return pa.schema(fields, metadata={"description": entry.description,
                                       "column_descriptions": json.dumps(columns, ensure_ascii=False),
                                       "PANDAS_ATTRS": json.dumps(attrs, ensure_ascii=False)})
