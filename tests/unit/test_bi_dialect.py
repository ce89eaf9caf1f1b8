"""`duckdb+allywatch://` (flows/marts/bi_dialect.py) on a DuckDB file with every kind of constraint: the
keys and constraints SQLAlchemy reflects are DuckDB's own, where duckdb-engine's PostgreSQL queries fail."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

pytest.importorskip("duckdb_engine")


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "keys.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create table country (iso3 varchar primary key, name varchar unique)")
    con.execute("create table dyad (patron varchar references country (iso3), "
                "client varchar references country (iso3), events bigint check (events >= 0), "
                "primary key (patron, client))")
    con.close()
    return path


@pytest.mark.filterwarnings("ignore:duckdb-engine doesn.t yet support reflection on indices")
def test_keys_constraints_and_a_whole_reflection(database: Path) -> None:
    from sqlalchemy import MetaData, create_engine, inspect

    engine = create_engine(f"duckdb+allywatch:///{database}?access_mode=read_only")
    try:
        inspector = inspect(engine)
        schema = next(s for s in inspector.get_schema_names() if s.startswith("keys."))
        pk = inspector.get_pk_constraint("dyad")
        pk_qualified = inspector.get_pk_constraint("dyad", schema)
        foreign = inspector.get_foreign_keys("dyad")
        unique = inspector.get_unique_constraints("country")
        checks = inspector.get_check_constraints("dyad")
        metadata = MetaData()
        metadata.reflect(engine)
    finally:
        engine.dispose()
    assert pk["constrained_columns"] == ["patron", "client"] == pk_qualified["constrained_columns"]
    assert sorted((f["constrained_columns"], f["referred_table"], f["referred_columns"]) for f in foreign) == [
        (["client"], "country", ["iso3"]), (["patron"], "country", ["iso3"])]
    assert [u["column_names"] for u in unique] == [["name"]]
    assert [c["sqltext"] for c in checks] == ["(events >= 0)"]
    dyad = metadata.tables["dyad"]
    assert [c.name for c in dyad.primary_key.columns] == ["patron", "client"]
    assert {fk.target_fullname for fk in dyad.foreign_keys} == {"country.iso3"}


def test_a_table_without_keys_has_none(database: Path) -> None:
    from sqlalchemy import create_engine, inspect

    con = duckdb.connect(str(database))
    con.execute("create table plain as select 1 as x")
    con.close()
    engine = create_engine(f"duckdb+allywatch:///{database}?access_mode=read_only")
    try:
        inspector = inspect(engine)
        answers = (inspector.get_pk_constraint("plain"), inspector.get_foreign_keys("plain"),
                   inspector.get_unique_constraints("plain"))
    finally:
        engine.dispose()
    assert answers == ({"constrained_columns": [], "name": None}, [], [])
