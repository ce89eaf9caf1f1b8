"""flows/db.py on a real DuckDB file: the transaction block every writer uses, and path literals."""
from __future__ import annotations

from pathlib import Path

import pytest

from flows import UserError
from flows.db import connection, sql_literal, transaction


def test_a_transaction_commits_its_block(tmp_path: Path) -> None:
    with connection(tmp_path / "w.duckdb") as con:
        con.execute("create table t (x integer)")
        with transaction(con):
            con.execute("insert into t values (1)")
    with connection(tmp_path / "w.duckdb", read_only=True) as con:
        assert con.execute("select x from t").fetchall() == [(1,)]


def test_a_failing_block_is_rolled_back_and_the_connection_stays_usable(tmp_path: Path) -> None:
    with connection(tmp_path / "w.duckdb") as con:
        con.execute("create table t (x integer)")
        with pytest.raises(ZeroDivisionError), transaction(con):
            con.execute("insert into t values (1)")
            _ = 1 / 0
        assert con.execute("select count(*) from t").fetchone()[0] == 0
        with transaction(con):  # not left inside the failed transaction
            con.execute("insert into t values (2)")
        assert con.execute("select x from t").fetchall() == [(2,)]


def test_sql_literal_doubles_quotes_and_refuses_nul(tmp_path: Path) -> None:
    odd = tmp_path / "it's.duckdb"
    with connection(tmp_path / "w.duckdb") as con:
        con.execute(f"attach {sql_literal(odd)} as odd")
        con.execute("create table odd.t as select 1 as x")
        con.execute("detach odd")
    assert odd.exists()
    with pytest.raises(UserError):
        sql_literal("a\x00b")
