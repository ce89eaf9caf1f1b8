"""`duckdb+allywatch://`: duckdb-engine's SQLAlchemy dialect with constraint reflection that works on
DuckDB, for BI tools that inspect tables the way Superset does.

duckdb-engine inherits PostgreSQL's reflection of primary keys, foreign keys, unique and check
constraints, whose queries cast to REGCLASS, a type DuckDB does not have: `get_pk_constraint`,
`get_foreign_keys` (what Superset calls) and `MetaData.reflect` fail on any DuckDB file (a known
duckdb-engine problem: its issue #594 and its REGCLASS reports). This subclass answers the four from
DuckDB's `duckdb_constraints()` and changes nothing else. allywatch registers it under the SQLAlchemy
entry point `duckdb.allywatch`, so once allywatch is installed beside duckdb-engine,

    create_engine("duckdb+allywatch:////abs/path/allywatch_bi.duckdb?access_mode=read_only")

works like `duckdb:///...` (Superset still sees the backend `duckdb`). Column reflection needs
SQLAlchemy < 2.1: 2.1 asks PostgreSQL's pg_collation catalog, which DuckDB lacks (docs/bi.md).
"""
from __future__ import annotations

from typing import Any

from duckdb_engine import Dialect as DuckDBDialect

from flows.db import sql_text


class AllywatchDuckDBDialect(DuckDBDialect):
    """duckdb-engine, with its table constraints read from duckdb_constraints()."""

    driver = "allywatch"
    supports_statement_cache = False

    def _constraints(self, connection: Any, table_name: str, schema: str | None, kind: str) -> list[dict]:
        database, _, name = (schema or "").rpartition(".")  # duckdb-engine names schemas "database.schema"
        params = {"database": database or None, "schema": name or None, "table": table_name}
        result = connection.exec_driver_sql(sql_text("queries/bi_table_keys.sql"), params)
        return [row for row in result.mappings() if row["constraint_type"] == kind]

    def get_pk_constraint(self, connection: Any, table_name: str, schema: str | None = None,
                          **kw: Any) -> dict[str, Any]:
        for row in self._constraints(connection, table_name, schema, "PRIMARY KEY"):
            return {"constrained_columns": list(row["constraint_column_names"]), "name": row["constraint_name"]}
        return {"constrained_columns": [], "name": None}

    def get_foreign_keys(self, connection: Any, table_name: str, schema: str | None = None,
                         **kw: Any) -> list[dict[str, Any]]:
        return [{"name": row["constraint_name"], "constrained_columns": list(row["constraint_column_names"]),
                 "referred_schema": schema, "referred_table": row["referenced_table"],
                 "referred_columns": list(row["referenced_column_names"]), "options": {}}
                for row in self._constraints(connection, table_name, schema, "FOREIGN KEY")]

    def get_unique_constraints(self, connection: Any, table_name: str, schema: str | None = None,
                               **kw: Any) -> list[dict[str, Any]]:
        return [{"name": row["constraint_name"], "column_names": list(row["constraint_column_names"])}
                for row in self._constraints(connection, table_name, schema, "UNIQUE")]

    def get_check_constraints(self, connection: Any, table_name: str, schema: str | None = None,
                              **kw: Any) -> list[dict[str, Any]]:
        return [{"name": row["constraint_name"], "sqltext": row["expression"]}
                for row in self._constraints(connection, table_name, schema, "CHECK")]

    # Table reflection (MetaData.reflect, autoload) asks for many tables at once: one at a time here.
    def get_multi_pk_constraint(self, connection: Any, **kw: Any) -> Any:
        return self._default_multi_reflect(self.get_pk_constraint, connection, **kw)

    def get_multi_foreign_keys(self, connection: Any, **kw: Any) -> Any:
        return self._default_multi_reflect(self.get_foreign_keys, connection, **kw)

    def get_multi_unique_constraints(self, connection: Any, **kw: Any) -> Any:
        return self._default_multi_reflect(self.get_unique_constraints, connection, **kw)

    def get_multi_check_constraints(self, connection: Any, **kw: Any) -> Any:
        return self._default_multi_reflect(self.get_check_constraints, connection, **kw)
