"""Shared fixtures: one Prefect backend for the whole test session, sample-run warehouses."""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before Prefect is imported anywhere: no analytics, a private Prefect home, a patient server start.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="allywatch-prefect-"))
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

import pytest

SAMPLE_GDELT = Path(__file__).resolve().parents[1] / "flows" / "sample" / "gdelt"


@pytest.fixture(scope="session")
def prefect_backend() -> Iterator[None]:
    """One temporary Prefect server per test session (an ephemeral server costs 12-14 s each)."""
    if os.environ.get("PREFECT_API_URL"):
        yield  # a server given by the caller (e.g. a running `prefect server start`)
        return
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def prefect_api_url(prefect_backend: None) -> str:
    """The session's Prefect API, for subprocesses (so they do not start a server of their own)."""
    from prefect.settings import get_current_settings

    return str(get_current_settings().api.url)


@pytest.fixture(scope="session")
def sample_run(prefect_backend: None, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The real `pipeline` flow on the bundled sample, run twice into one warehouse file."""
    from flows.pipelines import pipeline

    folder = tmp_path_factory.mktemp("sample-run")
    warehouse = folder / "allywatch.duckdb"
    first = pipeline(str(warehouse))
    counts_after_first = _table_counts(warehouse)
    second = pipeline(str(warehouse))
    return {"warehouse": warehouse, "first": first, "second": second,
            "counts_after_first": counts_after_first, "counts_after_second": _table_counts(warehouse)}


def _table_counts(warehouse: Path) -> dict[str, int]:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = [r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'main'").fetchall()]
        return {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


@pytest.fixture
def mirror(tmp_path: Path) -> Path:
    """A writable copy of the bundled GDELT mirror."""
    target = tmp_path / "mirror"
    shutil.copytree(SAMPLE_GDELT, target)
    return target


SKIP_COLUMNS = {"started_at", "finished_at", "flow_run_id", "attempts", "quarantined_at", "landing_path",
                "applied_at", "resolved_at", "run_at", "checked_at", "published_at", "ledger_last_finished"}


def table_checksums(warehouse: Path, float_digits: int | None = None,
                    skip_tables: frozenset[str] = frozenset(), skip_columns: frozenset[str] = frozenset()
                    ) -> dict[str, tuple[int, str]]:
    """(row count, md5 of the sorted rows) per table, business columns only (no timestamps or run ids).
    float_digits rounds DOUBLE columns: sums over groups of different sizes differ in the last bits.
    skip_columns adds columns to leave out (a news batch's item_time is the time it was loaded)."""
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        columns: dict[str, list[str]] = {}
        for table, column, kind in con.execute(
                "select table_name, column_name, data_type from information_schema.columns where table_schema = 'main' "
                "and table_name in (select table_name from information_schema.tables where table_type = 'BASE TABLE')"
                " order by table_name, ordinal_position").fetchall():
            if column not in SKIP_COLUMNS | skip_columns and table not in skip_tables:
                rounded = float_digits is not None and kind == "DOUBLE"
                columns.setdefault(table, []).append(
                    f'round("{column}", {float_digits})' if rounded else f'"{column}"')
        sums = {}
        for table, names in columns.items():
            row = " || '|' || ".join(f"coalesce({n}::varchar, '~')" for n in names)
            sums[table] = con.execute(
                f'select count(*), coalesce(md5(string_agg({row}, chr(10) order by {row})), \'\') from "{table}"'
            ).fetchone()
        return sums
    finally:
        con.close()
