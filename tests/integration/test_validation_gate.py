"""The GX gate: one offending row per expectation family, thresholds, Data Docs, replay after a fix."""
from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.config import load_settings
from flows.prepare import prepared_warehouse
from flows.validate import suites
from flows.validate.data_docs import build_data_docs
from flows.validate.warehouse_checks import CHECKS
from tests.gdelt_files import event_row, write_export, write_lists
from tests.gdelt_loading import load_landed
from tests.integration.test_gdelt_load import land

GOOD = [event_row(i) for i in range(1, 6)]


@pytest.mark.parametrize(("bad_row", "expectation"), [
    (event_row(99, goldstein="strong"), "raw_gdelt.goldstein_is_number"),            # format / type
    (event_row(99).replace("99\t", "\t", 1), "raw_gdelt.global_event_id_present"),   # null
    (event_row(99, code="999"), "raw_gdelt.event_code_is_cameo"),                    # set
    (event_row(99, goldstein="14.5"), "stg_event.goldstein_in_range"),               # range
    (event_row(99, day="20250309"), "stg_event.event_date_in_range"),                # date after the file
    (event_row(99, day="19500101"), "stg_event.event_date_in_range"),                # date before 1979
    (event_row(99, quad="7"), "raw_gdelt.quad_class_in_1_4"),                        # set
    # Text that a cast to double reads (NaN, infinity) but that is no GDELT number: a NaN would pass
    # every range after the cast (GX skips it like a null) and make the day's intensity NaN.
    (event_row(99, goldstein="NaN"), "raw_gdelt.goldstein_is_number"),
    (event_row(99).replace("\t-1.5\t", "\tinf\t"), "raw_gdelt.tone_is_number"),
])
def test_one_offending_row_per_family(tmp_path: Path, bad_row: str, expectation: str) -> None:
    settings = replace(load_settings(warehouse=tmp_path / "w.duckdb"), quarantine_threshold=0.5)
    folder = tmp_path / "m"
    write_lists(folder, [write_export(folder, "20250301000000", [*GOOD, bad_row])])
    with prepared_warehouse(settings) as con:
        (result,) = load_landed(con, land(folder, settings), settings)
        assert (result.loaded, result.quarantined, result.status) == (5, 1, "loaded")
        names = con.execute("select expectation from quarantine").fetchone()[0].split(",")
        assert expectation in names
        assert con.execute("select count(*) from validation_result").fetchone()[0] >= 3


def test_data_docs_name_every_suite(sample_run: dict, tmp_path: Path) -> None:
    runner = CliRunner()
    config = tmp_path / "a.toml"
    config.write_text(f'data_docs_dir = "{tmp_path / "docs"}"\n')
    result = runner.invoke(app, ["validate", "--warehouse", str(sample_run["warehouse"]), "--config", str(config)])
    assert result.exit_code == 0, result.output
    index = (tmp_path / "docs" / "index.html").read_text()
    for suite in ("raw_gdelt", "stg_event", "stg_article", "text_event", "fact_support_daily"):
        assert f"{suite}.html" in index and (tmp_path / "docs" / f"{suite}.html").exists()
    for check in CHECKS:  # the warehouse-wide checks appear beside the suites, each with its result
        assert re.search(rf"<td>{check}</td><td><span class=ok>passed</span>", index), check


def test_data_docs_keep_the_history_a_passing_run_hides(sample_run: dict, tmp_path: Path) -> None:
    """The sample quarantines rows in some batches; later batches pass. Each suite's page counts the
    runs that rejected rows as validation_result records them, and lists them."""
    con = duckdb.connect(str(sample_run["warehouse"]), read_only=True)
    try:
        recorded = dict(con.execute("select suite, count(*) filter (where not success) from validation_result "
                                    "group by suite").fetchall())
        build_data_docs(con, tmp_path / "docs")
    finally:
        con.close()
    assert any(recorded.values()), "the sample should quarantine some rows"
    for suite, failed_runs in recorded.items():
        page = (tmp_path / "docs" / f"{suite}.html").read_text()
        assert f"{failed_runs} found rows to reject" in page, suite
        assert page.count("<span class=fail>FAILED</span></td><td>") >= min(failed_runs, 1), suite


def test_data_docs_show_a_failing_check(sample_run: dict, tmp_path: Path) -> None:
    """Data Docs built by a publish (no `allywatch validate`) still run the warehouse-wide checks."""
    import shutil

    broken = tmp_path / "broken.duckdb"
    shutil.copy(sample_run["warehouse"], broken)
    con = duckdb.connect(str(broken))
    try:
        con.execute("insert into fact_event select * from fact_event limit 1")
        index = build_data_docs(con, tmp_path / "docs").read_text()
    finally:
        con.close()
    assert re.search(r"<td>event_keys_unique</td><td><span class=fail>FAILED</span></td><td>1 offending rows", index)
    assert re.search(r"<td>ledger_reconciles</td><td><span class=ok>passed</span>", index)


def test_validate_catches_an_orphan_fact(sample_run: dict, tmp_path: Path) -> None:
    import shutil

    broken = tmp_path / "orphan.duckdb"
    shutil.copy(sample_run["warehouse"], broken)
    con = duckdb.connect(str(broken))
    con.execute("update fact_event set source_actor_key = 42 where event_key = (select min(event_key) from fact_event)")
    con.close()
    result = CliRunner().invoke(app, ["validate", "--warehouse", str(broken)])
    assert result.exit_code == 1 and "FAIL fact_keys_resolve" in result.output


def test_replay_after_a_rule_change_loads_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    warehouse = tmp_path / "w.duckdb"
    settings = replace(load_settings(warehouse=warehouse), quarantine_threshold=0.9)
    folder = tmp_path / "m"
    loud = event_row(50).replace("\t-1.5\t", "\t-150\t")  # a tone outside the -100..100 rule
    write_lists(folder, [write_export(folder, "20250301000000", [*GOOD, loud, event_row(51, code="999")])])
    with prepared_warehouse(settings) as con:
        (result,) = load_landed(con, land(folder, settings), settings)
    assert (result.loaded, result.quarantined) == (5, 2)
    widened = json.loads(json.dumps(suites.suite_definition("stg_event")))
    for expectation in widened["expectations"]:
        if expectation["meta"]["name"] == "tone_in_range":
            expectation["kwargs"].update(min_value=-1000, max_value=1000)
    original = suites.suite_definition
    monkeypatch.setattr(suites, "suite_definition", lambda name: widened if name == "stg_event" else original(name))
    batch = result.batch_id
    runner = CliRunner()
    config = tmp_path / "a.toml"
    config.write_text("quarantine_threshold = 0.9\n")
    first = runner.invoke(app, ["quarantine", "--warehouse", str(warehouse), "--config", str(config),
                                "--replay", "--batch", batch])
    assert first.exit_code == 0 and "1 loaded" in first.output and "1 still quarantined" in first.output
    again = runner.invoke(app, ["quarantine", "--warehouse", str(warehouse), "--config", str(config),
                                "--replay", "--batch", batch])
    assert "0 loaded" in again.output
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("select count(*) from fact_event").fetchone()[0] == 6
        assert con.execute("select count(*) from quarantine where resolved_at is not null").fetchone()[0] == 1
        assert con.execute("select count(*) from quarantine").fetchone()[0] == 2  # the audit trail stays
        received, loaded, quarantined, filtered, duplicate = con.execute(
            "select received, loaded, quarantined, filtered, duplicate from batch_ledger").fetchone()
        assert (loaded, quarantined) == (6, 1) and received == loaded + quarantined + filtered + duplicate
    finally:
        con.close()


def test_replay_needs_a_batch() -> None:
    result = CliRunner().invoke(app, ["quarantine", "--replay"])
    assert result.exit_code == 2 and "--replay needs --batch" in result.output


def test_news_batch_over_the_threshold_is_rejected_whole(prefect_backend: None, tmp_path: Path) -> None:
    from flows.news_flow import news

    lines = [json.dumps({"url": f"https://x.example/{n}", "text": text, "date": "2025-01-02", "language": "en"})
             for n, text in enumerate(["Russia sent two bombers to Venezuela on Monday, officials said.", "short",
                                       "tiny"])]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(lines) + "\n")
    warehouse = tmp_path / "w.duckdb"
    (result,) = news(str(warehouse), None, inputs=[str(path)])
    assert result["status"] == "rejected" and result["loaded"] == 0 and result["quarantined"] == 3
    assert "2 of 3 articles failed validation" in result["error"]
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("select count(*) from stg_article").fetchone()[0] == 0
        assert con.execute("select count(*) from fact_event").fetchone()[0] == 0
        reasons = [r[0] for r in con.execute("select expectation from quarantine order by row_number").fetchall()]
        assert reasons == ["batch_failing_share", "stg_article.text_long_enough", "stg_article.text_long_enough"]
    finally:
        con.close()


def test_replay_of_a_rejected_news_batch_after_a_rule_change(prefect_backend: None, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.news_flow import news

    text = "Russia sent two bombers to Venezuela on Monday, officials in Caracas said."
    lines = [json.dumps({"url": f"https://x.example/{n}", "text": body, "date": "2025-01-02", "language": "en"})
             for n, body in enumerate([text, "Short note.", "Brief."])]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(lines) + "\n")
    warehouse = tmp_path / "w.duckdb"
    (first,) = news(str(warehouse), None, inputs=[str(path)])
    assert first["status"] == "rejected"
    relaxed = json.loads(json.dumps(suites.suite_definition("stg_article")))
    for expectation in relaxed["expectations"]:
        if expectation["meta"]["name"] == "text_long_enough":
            expectation["kwargs"]["min_value"] = 7  # "Short note." now passes, "Brief." still fails
    original = suites.suite_definition
    monkeypatch.setattr(suites, "suite_definition", lambda name: relaxed if name == "stg_article" else original(name))
    result = CliRunner().invoke(app, ["quarantine", "--warehouse", str(warehouse), "--replay",
                                      "--batch", first["batch_id"]])
    assert result.exit_code == 0 and "2 loaded" in result.output and "1 still quarantined" in result.output
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("select count(*) from stg_article").fetchone()[0] == 2
        assert con.execute("select count(*) from fact_event where origin = 'text'").fetchone()[0] >= 1
        received, loaded, quarantined, status = con.execute(
            "select received, loaded, quarantined, status from batch_ledger").fetchone()
        assert (received, loaded, quarantined, status) == (3, 2, 1, "loaded")
        assert con.execute("select count(*) from quarantine where resolved_at is null").fetchone()[0] == 1
    finally:
        con.close()
