"""The real `pipeline` flow on the bundled sample: figures derived from the sample files themselves."""
from __future__ import annotations

import zipfile
from pathlib import Path

import duckdb
import pytest

from tests.readback import news_ledger_mismatches

SAMPLE = Path(__file__).resolve().parents[2] / "flows" / "sample" / "gdelt"
CLIENTS, OTHERS = {"VEN"}, {"RUS", "CHN", "CUB", "IRN", "TUR", "USA"}

CONTRACT = {
    "batch_ledger": "batch_id source received loaded quarantined filtered duplicate status",
    "quarantine": "batch_id stage record reason expectation resolved_at",
    "dim_date": "date_key date year quarter month iso_week",
    "dim_country": "country_key iso3 name region",
    "dim_actor": "actor_key actor_code name country_iso3 sector valid_from valid_to is_current",
    "dim_event_type": "event_type_key cameo_code name root_code quad_class goldstein plover_event "
                      "support_category direction",
    "dim_source": "source_key kind domain language",
    "fact_event": "event_key date_key source_actor_key target_actor_key event_type_key source_key origin "
                  "gdelt_event_id source_url goldstein tone num_mentions num_sources num_articles amount_usd "
                  "confidence direction support_category negated evidence coder_version batch_id",
    "fact_volume_daily": "date_key source events_received",
    "fact_support_daily": "date_key patron_iso3 client_iso3 support_category direction origin events "
                          "weighted_events intensity amount_usd avg_tone",
}
MARTS = ["mart_support_monthly", "mart_support_index", "mart_support_trend", "mart_shift_alerts",
         "mart_appeals", "mart_pledge_delivery", "mart_pressure", "mart_events_distinct"]


def sample_rows() -> list[list[str]]:
    """Every line of every sample export file, split on tabs, read without the pipeline."""
    rows = []
    for path in sorted(SAMPLE.glob("*.export.CSV.zip")):
        with zipfile.ZipFile(path) as archive:
            text = archive.read(archive.namelist()[0]).decode("utf-8")
        rows += [line.split("\t") for line in text.splitlines() if line]
    return rows


@pytest.fixture(scope="module")
def con(sample_run: dict):
    connection = duckdb.connect(str(sample_run["warehouse"]), read_only=True)
    yield connection
    connection.close()


def test_every_contract_table_has_its_columns_and_rows(con) -> None:
    columns: dict[str, set[str]] = {}
    for table, column in con.execute("select table_name, column_name from information_schema.columns").fetchall():
        columns.setdefault(table, set()).add(column)
    for table, wanted in CONTRACT.items():
        assert table in columns, table
        assert set(wanted.split()) <= columns[table], (table, set(wanted.split()) - columns[table])
        assert con.execute(f"select count(*) from {table}").fetchone()[0] > 0, f"{table} is empty"
    for mart in MARTS:
        assert mart in columns
        assert con.execute(f"select count(*) from {mart}").fetchone()[0] > 0, f"{mart} is empty"


def test_every_batch_reconciles(con) -> None:
    rows = con.execute("select batch_id, received, loaded, quarantined, filtered, duplicate from batch_ledger")
    ledger = rows.fetchall()
    assert len(ledger) >= 110  # 108 export files and 2 feeds
    for batch_id, received, loaded, quarantined, filtered, duplicate in ledger:
        assert received == loaded + quarantined + filtered + duplicate, batch_id
    assert news_ledger_mismatches(con) == []


def test_gdelt_received_equals_lines_in_files(con) -> None:
    received = con.execute("select sum(received) from batch_ledger where source = 'gdelt'").fetchone()[0]
    assert received == len(sample_rows())


def test_loaded_gdelt_events_match_an_independent_count(con) -> None:
    """In scope = a client on either side, or both actors among patrons and pressure states."""
    rows = [r for r in sample_rows() if len(r) == 61]
    in_scope = [r for r in rows if r[7] in CLIENTS or r[17] in CLIENTS or (r[7] in OTHERS and r[17] in OTHERS)]
    valid = [r for r in in_scope if r[26] != "999" and r[1][4:6] <= "12"]
    distinct_ids = {r[0] for r in valid}
    loaded = con.execute("select count(*) from fact_event where origin = 'gdelt'").fetchone()[0]
    assert loaded == len(distinct_ids)
    filtered = con.execute("select sum(filtered) from batch_ledger where source = 'gdelt'").fetchone()[0]
    assert filtered == len(rows) - len(in_scope)


def test_bad_rows_sit_in_quarantine_with_reasons(con) -> None:
    found = con.execute("select stage, expectation, reason from quarantine").fetchall()
    expectations = ",".join(e for _, e, _ in found)
    assert "parse:missing_columns" in expectations  # the 60-column row
    assert "raw_gdelt.day_is_date" in expectations  # month 13
    assert "raw_gdelt.event_code_is_cameo" in expectations  # code 999
    assert all(reason for _, _, reason in found)
    duplicate = con.execute("select sum(duplicate) from batch_ledger where item like '20181228%'").fetchone()[0]
    assert duplicate == 1


def _military_support(con, patron: str, year: int) -> int:
    return con.execute(
        "select coalesce(sum(events), 0) from fact_support_daily where patron_iso3 = ? and client_iso3 = 'VEN' "
        "and direction = 'support' and support_category = 'military' and date_key // 10000 = ?",
        [patron, year]).fetchone()[0]


def test_story_russian_military_support_fell(con) -> None:
    assert _military_support(con, "RUS", 2018) > 2 * _military_support(con, "RUS", 2025) > 0


def test_story_us_pressure_rose(con) -> None:
    def pressure(year: int) -> int:
        return con.execute(
            "select coalesce(sum(events), 0) from fact_support_daily where patron_iso3 = 'USA' "
            "and client_iso3 = 'VEN' and direction = 'pressure' and date_key // 10000 = ?", [year]).fetchone()[0]

    assert pressure(2025) > 2 * pressure(2018)


def test_text_appeal_to_russia_for_military_aid_has_evidence(con) -> None:
    rows = con.execute(
        "select evidence, source_url, confidence from fact_event where origin = 'text' and direction = 'appeal' "
        "and source_iso3 = 'VEN' and target_iso3 = 'RUS' and support_category = 'military'").fetchall()
    assert rows, "no coded appeal VEN -> RUS for military aid"
    evidence, url, confidence = rows[0]
    assert evidence and url.startswith("http") and 0 < confidence <= 1


def test_second_run_changes_nothing(sample_run: dict) -> None:
    assert sample_run["counts_after_second"] == sample_run["counts_after_first"]
    assert sample_run["second"]["batches"] == []


def test_support_daily_equals_full_rebuild(con) -> None:
    from flows.validate.warehouse_checks import run_checks

    failed = [(name, detail) for name, ok, detail in run_checks(con) if not ok]
    assert failed == []


def test_snapshot_parquet_and_report_are_published(sample_run: dict) -> None:
    paths = sample_run["first"]["paths"]
    snapshot = duckdb.connect(paths["snapshot"], read_only=True)
    try:
        tables = {r[0] for r in snapshot.execute("select table_name from information_schema.tables").fetchall()}
        assert set(MARTS) | {"fact_support_daily", "fact_event", "dim_actor"} <= tables
        assert snapshot.execute("select count(*) from mart_support_monthly").fetchone()[0] > 0
    finally:
        snapshot.close()
    assert len(list(Path(paths["parquet"]).glob("mart_*.parquet"))) == len(MARTS)
    report = Path(paths["report"]).read_text(encoding="utf-8")
    assert "RUS → VEN" in report and "<script" not in report


def test_text_events_come_from_both_feeds(con) -> None:
    languages = {r[0] for r in con.execute("select distinct language from stg_article").fetchall()}
    assert {"en", "es"} <= languages
    by_feed = con.execute("select count(*) from stg_article").fetchone()[0]
    assert by_feed >= 12
