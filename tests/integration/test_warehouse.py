"""Migrations and reference data on a real DuckDB file."""
from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import duckdb
import pytest

from flows import SQL_DIR, UserError
from flows.config import load_settings
from flows.db import connect, run_sql
from flows.prepare import prepared_warehouse

MANIFEST = tomllib.loads((SQL_DIR / 'migrations.toml').read_text())


def test_migrations_apply_once_and_upgrade_in_place(tmp_path: Path) -> None:
    settings = load_settings(warehouse=tmp_path / "w.duckdb")
    with prepared_warehouse(settings) as con:
        assert con.execute("select max(version) from schema_version").fetchone()[0] >= 1
        types = con.execute("select count(*) from dim_event_type").fetchone()[0]
        countries = con.execute("select count(*) from dim_country").fetchone()[0]
    with prepared_warehouse(settings) as con:  # a second open changes nothing
        assert con.execute("select count(*) from schema_version").fetchone()[0] == len(MANIFEST["migration"])
        assert con.execute("select count(*) from dim_event_type").fetchone()[0] == types == 312
        assert con.execute("select count(*) from dim_country").fetchone()[0] == countries >= 190
        row = con.execute("select iso3, region from dim_country where iso3 = 'VEN'").fetchone()
        assert row == ("VEN", "Americas")


def test_a_version_1_warehouse_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    first = next(m for m in MANIFEST["migration"] if m["version"] == 1)
    for relative in first["files"]:
        run_sql(con, relative)
    con.execute("create table schema_version (version integer primary key, description varchar, applied_at timestamp)")
    con.execute("insert into schema_version values (1, 'initial', now())")
    con.execute("insert into stg_article (article_key, canonical_url, url, content_hash, text, domain, source_kind, "
                "batch_id) values (1, 'https://a.example/x', 'https://a.example/x', 'h', 'kept text', 'a.example', "
                "'rss', 'b1')")
    con.close()
    with prepared_warehouse(load_settings(warehouse=path)) as con:
        assert con.execute("select max(version) from schema_version").fetchone()[0] == len(MANIFEST["migration"])
        assert con.execute("select text, minhash from stg_article").fetchall() == [("kept text", None)]
        assert con.execute("select count(*) from fetch_log").fetchone()[0] == 0


def test_natural_keys_are_stable_bigints(tmp_path: Path) -> None:
    settings = load_settings(warehouse=tmp_path / "w.duckdb")
    with prepared_warehouse(settings) as con:
        a = con.execute("select natural_key('gdelt:700000001')").fetchone()[0]
        b = con.execute("select natural_key('gdelt:700000001')").fetchone()[0]
        assert a == b and 0 <= a < 2**63


def test_missing_warehouse_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="warehouse not found"):
        connect(tmp_path / "missing.duckdb", read_only=True)


def test_warehouse_held_by_another_process_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); "
         "time.sleep(30)", str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(UserError, match="in use by another process"):
            connect(path)
    finally:
        holder.kill()
        holder.wait()


def test_a_changed_actor_mapping_closes_the_old_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    import flows.normalize.actors as actors

    settings = load_settings(warehouse=tmp_path / "w.duckdb")
    with prepared_warehouse(settings) as con:
        first = con.execute("select actor_key, sector, is_current from dim_actor "
                            "where actor_code = 'RUSGOV'").fetchall()
    assert len(first) == 1 and first[0][1:] == ("GOV", True)
    original = actors.actor_mappings()
    changed = [dict(m, sector="MIL", valid_from=dt.date(2030, 1, 1)) if m["actor_code"] == "RUSGOV" else m
               for m in original]
    monkeypatch.setattr(actors, "actor_mappings", lambda: changed)
    import flows.prepare as prepare_module

    monkeypatch.setattr(prepare_module, "reference_fingerprint", lambda: "a new version of the reference files")
    with prepared_warehouse(settings) as con:
        rows = con.execute("select actor_key, sector, valid_from, valid_to, is_current from dim_actor "
                           "where actor_code = 'RUSGOV' order by valid_from").fetchall()
        assert [(r[1], r[4]) for r in rows] == [("GOV", False), ("MIL", True)]
        assert rows[0][0] == first[0][0] and rows[0][3] == rows[1][2] == dt.date(2030, 1, 1)
        from flows.validate.warehouse_checks import run_checks

        assert dict((n, ok) for n, ok, _ in run_checks(con))["actor_scd2_consistent"]
    with prepared_warehouse(settings) as con:  # the same mapping again changes nothing
        assert con.execute("select count(*) from dim_actor where actor_code = 'RUSGOV'").fetchone()[0] == 2
