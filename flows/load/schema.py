"""The warehouse schema: sql/ migrations in order, reference dimensions and the run's parameters.

flows/prepare.py calls these once per flow run, under the writer lock."""
from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path

import duckdb

from flows import SQL_DIR
from flows.config import Settings
from flows.db import insert_rows, is_ducklake, run_sql, sql_text, transaction, utc_now
from flows.reference import EVENT_TYPES_CSV

COUNTRIES_CSV = Path(__file__).resolve().parents[1] / "normalize" / "data" / "countries.csv"


_CONSTRAINT_LINE = re.compile(r",([^\n]*)\n\s*(primary key|unique)\s*\([^)]*\)", re.IGNORECASE)
_CONSTRAINT_WORD = re.compile(r"\s+(primary key|unique)\b(?=\s*[,\n])", re.IGNORECASE)


def without_constraints(ddl: str) -> str:
    """DDL for DuckLake, which has no PRIMARY KEY or UNIQUE: loads keep keys unique by anti-join
    inserts (never ON CONFLICT), and `allywatch validate` checks that no natural key repeats."""
    return _CONSTRAINT_WORD.sub("", _CONSTRAINT_LINE.sub(r"\1", ddl))


def manifest() -> dict:
    return tomllib.loads(sql_text("migrations.toml"))


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    run_sql(con, "schema/schema_version.sql")
    row = con.execute("select coalesce(max(version), 0) from schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every migration the warehouse lacks (each in its own transaction); return the version."""
    current = schema_version(con)
    migrations = manifest()["migration"]
    lake = is_ducklake(con)
    for migration in sorted(migrations, key=lambda m: m["version"]):
        if migration["version"] <= current:
            continue
        with transaction(con):
            for relative in migration["files"]:
                if lake:
                    con.execute(without_constraints(sql_text(relative)))
                else:
                    run_sql(con, relative)
            run_sql(con, "load/schema_version_record.sql", {"version": migration["version"],
                                                            "description": migration["description"],
                                                            "applied_at": utc_now()})
        current = migration["version"]
    # The macro lives in the catalog of a persistent file but is re-created so new releases win.
    con.execute(sql_text("schema/natural_key.sql"))
    return current


def refresh_reference(con: duckdb.DuckDBPyConnection) -> None:
    """Upsert dim_event_type and dim_country from the package's reference files."""
    run_sql(con, "load/ref_event_type.sql", {"csv": str(EVENT_TYPES_CSV)})
    run_sql(con, "load/dim_event_type_upsert.sql")
    if COUNTRIES_CSV.exists():
        run_sql(con, "load/ref_country.sql", {"csv": str(COUNTRIES_CSV)})
        run_sql(con, "load/dim_country_upsert.sql")
    refresh_actor_mappings(con)  # after dim_country: an actor is a state only if its country is known


def refresh_actor_mappings(con: duckdb.DuckDBPyConnection) -> None:
    """dim_actor SCD2 from the versioned actor mappings of the gazetteer (flows/normalize/data)."""
    from flows.normalize.actors import actor_mappings

    mappings = actor_mappings()
    if not mappings:
        return
    run_sql(con, "load/candidate_tables.sql")
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
    run_sql(con, "load/run_parameters.sql", {"codes": [code for code, _ in rows], "roles": [role for _, role in rows],
                                             "min_baseline": settings.min_baseline,
                                             "pledge_window_days": settings.pledge_window_days})


def reference_fingerprint() -> str:
    """md5 over every file that refresh_reference, the marts' views and the comments read: the reference
    data, the views (sql/marts/ holds nothing else), the data dictionary and the load/ files
    refresh_reference runs."""
    from flows.normalize.actors import DATA_DIR

    digest = hashlib.md5()
    load = SQL_DIR / "load"
    files = [SQL_DIR / "migrations.toml", SQL_DIR / "dictionary.toml", EVENT_TYPES_CSV, *sorted(DATA_DIR.glob("*.csv")),
             *sorted((SQL_DIR / "marts").glob("*.sql")), *sorted(load.glob("dim_*.sql")),
             *sorted(load.glob("ref_*.sql")), load / "actor_incoming.sql", load / "candidate_tables.sql"]
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def rebuild_support_daily_without_tone_events(con: duckdb.DuckDBPyConnection) -> None:
    """Rows written before migration 6 lack tone_events, which the GDELT delta update needs: rebuild once."""
    if con.execute(sql_text("load/support_daily_lacking_tone_events.sql")).fetchone()[0]:
        run_sql(con, "load/refresh_scope.sql")
        run_sql(con, "load/support_rebuild_days.sql")
        run_sql(con, "load/fact_support_daily_refresh.sql")
