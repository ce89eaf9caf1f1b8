"""The end-to-end sample into a DuckLake catalog (`--warehouse ducklake:PATH`) gives the same figures
as into a DuckDB file: the same sql/ runs on both (no PRIMARY KEY upserts, anti-join inserts)."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.db import connect
from flows.load.schema import without_constraints
from tests.conftest import SKIP_COLUMNS

# A feed batch's item_time is when it was read (a clock); doubles are compared to 9 decimals, because
# sums over Parquet files and over DuckDB blocks add in a different order (last-digit differences).
CLOCKS = SKIP_COLUMNS | {"item_time"}


def figures(snapshot: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(snapshot), read_only=True)
    try:
        columns: dict[str, list[str]] = {}
        for table, column, kind in con.execute(
                "select table_name, column_name, data_type from information_schema.columns "
                "order by table_name, ordinal_position").fetchall():
            if column not in CLOCKS:
                expression = f'round("{column}", 9)' if kind == "DOUBLE" else f'"{column}"'
                columns.setdefault(table, []).append(expression)
        return {table: con.execute(f'select {", ".join(names)} from "{table}" order by all').fetchall()
                for table, names in columns.items()}
    finally:
        con.close()


@pytest.fixture(scope="module")
def lake_run(prefect_backend: None, tmp_path_factory: pytest.TempPathFactory) -> dict:
    from flows.pipelines import pipeline

    folder = tmp_path_factory.mktemp("ducklake")
    result = pipeline(f"ducklake:{folder / 'allywatch.ducklake'}")
    return {"folder": folder, "result": result}


def test_sample_into_ducklake_publishes_the_same_snapshot_as_into_a_duckdb_file(sample_run: dict,
                                                                               lake_run: dict) -> None:
    lake_snapshot = Path(lake_run["result"]["paths"]["snapshot"])
    file_snapshot = sample_run["warehouse"].with_name(sample_run["warehouse"].stem + "_bi.duckdb")
    assert lake_snapshot.parent == lake_run["folder"]  # folders follow the catalog file, not the prefix
    lake, plain = figures(lake_snapshot), figures(file_snapshot)
    assert len(lake["mart_support_monthly"]) > 100 and len(lake) >= 15
    assert lake == plain


def test_the_catalog_holds_the_facts_and_reconciles(lake_run: dict) -> None:
    con = connect(Path(f"ducklake:{lake_run['folder'] / 'allywatch.ducklake'}"), read_only=True)
    try:
        kinds = dict(con.execute("select database_name, type from duckdb_databases()").fetchall())
        assert kinds["warehouse"] == "ducklake"
        events, origins = con.execute("select count(*), count(distinct origin) from fact_event").fetchone()
        unbalanced = con.execute("select count(*) from batch_ledger "
                                 "where received <> loaded + quarantined + filtered + duplicate").fetchone()[0]
    finally:
        con.close()
    assert events > 2000 and origins == 2
    assert unbalanced == 0
    assert list((lake_run["folder"] / "allywatch.ducklake.files").rglob("*.parquet"))  # data lives in Parquet


def test_constraints_are_left_out_only_for_ducklake() -> None:
    ddl = ("create table if not exists t (\n    k bigint primary key,   -- key\n    n varchar not null unique,\n"
           "    r varchar not null,     -- role\n    primary key (n, r)\n);")
    assert without_constraints(ddl) == ("create table if not exists t (\n    k bigint,   -- key\n"
                                        "    n varchar not null,\n    r varchar not null     -- role\n);")
    con = duckdb.connect()
    con.execute(without_constraints(ddl))  # still valid DDL
    assert con.execute("select count(*) from duckdb_constraints() where constraint_type in "
                       "('PRIMARY KEY', 'UNIQUE')").fetchone()[0] == 0


def test_the_catalog_carries_the_data_dictionary_as_far_as_ducklake_allows(lake_run: dict) -> None:
    """Tables, their columns and views get the dictionary's comments in a DuckLake catalog too; DuckLake
    refuses comments on a view's columns, so those stay empty there (the snapshot has them)."""
    from flows.load.dictionary import catalog_objects, dictionary

    con = connect(Path(f"ducklake:{lake_run['folder'] / 'allywatch.ducklake'}"), read_only=True)
    try:
        objects = {o.name: o for o in catalog_objects(con, "warehouse")}
    finally:
        con.close()
    assert {name: o.comment for name, o in objects.items()} == {name: dictionary()[name].description
                                                                for name in objects}
    tables = [o for o in objects.values() if not o.is_view]
    views = [o for o in objects.values() if o.is_view]
    assert len(tables) >= 15 and len(views) >= 8
    for found in tables:
        assert {c: comment for c, _, comment in found.columns} == dictionary()[found.name].columns, found.name
    assert {comment for o in views for _, _, comment in o.columns} == {None}
