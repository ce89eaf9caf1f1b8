"""`allywatch recode` replaces text events in one transaction and keeps the warehouse consistent."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app


def test_recode_replaces_text_events_with_the_current_coder(sample_run: dict, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import flows.load.recode as recode_module
    import flows.load.text_load as text_load

    warehouse = tmp_path / "w.duckdb"
    shutil.copy(sample_run["warehouse"], warehouse)
    con = duckdb.connect(str(warehouse), read_only=True)
    before = con.execute("select count(*), count(distinct coder_version) from fact_event where origin = 'text'"
                         ).fetchone()
    gdelt_before = con.execute("select count(*) from fact_event where origin = 'gdelt'").fetchone()[0]
    con.close()
    monkeypatch.setattr(recode_module, "CODER_VERSION", "9.9.9-test")
    monkeypatch.setattr(text_load, "CODER_VERSION", "9.9.9-test")
    result = CliRunner().invoke(app, ["recode", "--warehouse", str(warehouse)])
    assert result.exit_code == 0, result.output
    assert f"{before[0]} text events before, {before[0]} after" in result.output
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        versions = {r[0] for r in con.execute("select distinct coder_version from fact_event where origin = 'text'")
                    .fetchall()}
        assert versions == {"9.9.9-test"}
        assert con.execute("select count(*) from fact_event where origin = 'gdelt'").fetchone()[0] == gdelt_before
        from flows.validate.warehouse_checks import run_checks

        assert [name for name, ok, _ in run_checks(con) if not ok] == []
    finally:
        con.close()


def test_recode_mistakes(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(app, ["recode", "--warehouse", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "warehouse not found" in missing.output
    assert runner.invoke(app, ["recode", "--help"]).exit_code == 0
    bad = runner.invoke(app, ["recode", "--warehouse", str(tmp_path / "none.duckdb"), "--since", "soon"])
    assert bad.exit_code == 2 and "bad timestamp" in bad.output


def test_a_coder_that_fails_midway_leaves_the_warehouse_as_it_was(sample_run: dict, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # Fault injection beside the real-path test above: the third article's coding raises.
    import flows.load.recode as recode_module
    import flows.load.text_load as text_load

    warehouse = tmp_path / "w.duckdb"
    shutil.copy(sample_run["warehouse"], warehouse)
    query = ("select event_key, coder_version, cameo_code from fact_event where origin = 'text' order by event_key")
    daily = "select * from fact_support_daily order by all"
    con = duckdb.connect(str(warehouse), read_only=True)
    events_before, daily_before = con.execute(query).fetchall(), con.execute(daily).fetchall()
    con.close()
    real, calls = text_load.code_text, []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("coder broke")
        return real(*args, **kwargs)

    monkeypatch.setattr(text_load, "code_text", failing)
    monkeypatch.setattr(recode_module, "CODER_VERSION", "9.9.9-test")
    monkeypatch.setattr(text_load, "CODER_VERSION", "9.9.9-test")
    result = CliRunner().invoke(app, ["recode", "--warehouse", str(warehouse)])
    assert result.exit_code != 0 and len(calls) == 3
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute(query).fetchall() == events_before
        assert con.execute(daily).fetchall() == daily_before
    finally:
        con.close()
