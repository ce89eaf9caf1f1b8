"""A DuckLake warehouse whose catalog is in PostgreSQL (`--warehouse "ducklake:postgres:<libpq string>"`), on
a throwaway cluster started for this module (loopback stands in for the network between machines): the
sample end to end with the same figures as a DuckDB file, `allywatch validate`, a BI reader process on the
live lake during 20 loads, two writer processes at once, a SIGKILLed writer, and one-line errors."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.postgres_cluster import Cluster, binaries, start_cluster
from flows import UserError
from flows.config import load_settings
from flows.db import connect
from tests.conftest import SKIP_COLUMNS
from tests.gdelt_files import write_export, write_lists
from tests.integration.test_ducklake import figures
from tests.reliability.harness import file_rows

ROOT = Path(__file__).resolve().parents[2]
FILES = 20
STAMPS = [f"20250301{n // 4:02d}{n % 4 * 15:02d}00" for n in range(FILES)]
COMPARED = ("fact_event", "fact_support_daily", "fact_volume_daily", "quarantine", "batch_ledger", "dim_actor")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    bin_dir = binaries()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin or on "
                    "PATH: install postgresql-15 (apt-get install postgresql-15) to run the PostgreSQL-catalog tests")
    started = start_cluster(bin_dir)
    yield started
    started.stop()


def lake(cluster: Cluster, name: str) -> str:
    return "ducklake:postgres:" + cluster.create_database(name)


def write_config(folder: Path, name: str = "allywatch.toml", **values: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    settings = {"lake_data_path": str(folder / "lake_files"), "quarantine_threshold": 0.1, **values}
    path = folder / name
    path.write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in settings.items()))
    return path


@pytest.fixture(scope="module")
def mirror(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """20 export files of 25-1,425 rows: in-scope events, out-of-scope ones, repeats, two bad rows each."""
    folder = tmp_path_factory.mktemp("lake-mirror")
    write_lists(folder, [write_export(folder, stamp, file_rows(n)) for n, stamp in enumerate(STAMPS)])
    return folder


def cli(command: str, warehouse: str, config: Path, api_url: str, *extra: str, crash: str | None = None,
        wait: bool = True) -> subprocess.Popen | subprocess.CompletedProcess:
    args = [sys.executable, "-m", "flows.cli", command, "--warehouse", warehouse, "--config", str(config), *extra]
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALLYWATCH_")}
    env.update(PREFECT_API_URL=api_url, PREFECT_LOGGING_LEVEL="ERROR")
    if crash:
        env["ALLYWATCH_CRASH_AT"] = crash
    if wait:
        return subprocess.run(args, env=env, capture_output=True, text=True, timeout=300, cwd=config.parent)
    return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=config.parent, start_new_session=True)


def gdelt_args(mirror: Path) -> tuple[str, ...]:
    return ("--source-dir", str(mirror), "--since", "2025-03-01")


def rows_of(warehouse: str, config: Path) -> dict[str, list[tuple]]:
    """Every compared table's business columns (no clocks, run ids or paths), sorted."""
    settings = load_settings(config, Path(warehouse))
    con = connect(settings.warehouse, read_only=True)
    try:
        found = {}
        for table in COMPARED:
            names = [r[0] for r in con.execute(f"describe {table}").fetchall() if r[0] not in SKIP_COLUMNS]
            found[table] = con.execute(f'select {", ".join(names)} from {table} order by all').fetchall()
        return found
    finally:
        con.close()


def ledger(warehouse: str, config: Path) -> list[dict]:
    con = connect(load_settings(config, Path(warehouse)).warehouse, read_only=True)
    try:
        cursor = con.execute("select source, item, status, received, loaded, quarantined, filtered, duplicate, "
                             "(select count(*) from fact_event f where f.batch_id = b.batch_id) as stored "
                             "from batch_ledger b order by all")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        con.close()


def each_file_loaded_once(rows: list[dict]) -> None:
    gdelt = [row for row in rows if row["source"] == "gdelt"]
    assert sorted(row["item"] for row in gdelt) == sorted(f"{stamp}.export.CSV.zip" for stamp in STAMPS)
    assert {row["status"] for row in gdelt} == {"loaded"}
    assert all(row["stored"] == row["loaded"] > 0 for row in gdelt)
    assert all(row["received"] == row["loaded"] + row["quarantined"] + row["filtered"] + row["duplicate"]
               for row in gdelt)


# --- the sample end to end, validate, and the BI recipe ---------------------------------------------

@pytest.fixture(scope="module")
def sample_lake(cluster: Cluster, prefect_backend: None, tmp_path_factory: pytest.TempPathFactory) -> dict:
    from flows.pipelines import pipeline

    folder = tmp_path_factory.mktemp("pg-lake-sample")
    config = write_config(folder)
    warehouse = lake(cluster, "sample")
    return {"warehouse": warehouse, "config": config, "folder": folder,
            "result": pipeline(warehouse, str(config))}


def test_sample_into_a_postgres_catalog_gives_the_same_figures_as_a_duckdb_file(sample_run: dict,
                                                                               sample_lake: dict) -> None:
    snapshot = Path(sample_lake["result"]["paths"]["snapshot"])
    assert snapshot == sample_lake["folder"] / "allywatch_bi.duckdb"  # folders sit beside lake_data_path
    file_snapshot = sample_run["warehouse"].with_name(sample_run["warehouse"].stem + "_bi.duckdb")
    on_lake, on_file = figures(snapshot), figures(file_snapshot)
    assert len(on_lake["mart_support_monthly"]) > 100 and len(on_lake) >= 15
    assert on_lake == on_file
    assert list((sample_lake["folder"] / "lake_files").rglob("*.parquet"))  # the data is in the data path
    import psycopg

    with psycopg.connect(sample_lake["warehouse"].removeprefix("ducklake:postgres:")) as con:
        tables = con.execute("select count(*) from information_schema.tables where table_name like 'ducklake_%'")
        assert tables.fetchone()[0] > 10  # ... and the catalog in PostgreSQL


def test_validate_passes_on_the_lake(sample_lake: dict, prefect_api_url: str) -> None:
    done = cli("validate", sample_lake["warehouse"], sample_lake["config"], prefect_api_url)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "fail" not in done.stdout.lower()
    assert (sample_lake["folder"] / "data_docs" / "index.html").exists()


def test_sqlalchemy_reads_the_live_lake(sample_lake: dict) -> None:
    """The SQLAlchemy form of the BI recipe (duckdb-engine): load the extensions, attach read-only, query."""
    import duckdb_extension_ducklake
    import duckdb_extension_postgres_scanner
    from sqlalchemy import create_engine, text

    from tests.lake_reader import extension

    engine = create_engine("duckdb:///:memory:")
    conninfo = sample_lake["warehouse"].removeprefix("ducklake:postgres:")
    with engine.connect() as con:
        con.exec_driver_sql(f"load '{extension(duckdb_extension_postgres_scanner, 'postgres_scanner')}'")
        con.exec_driver_sql(f"load '{extension(duckdb_extension_ducklake, 'ducklake')}'")
        con.exec_driver_sql(f"attach 'ducklake:postgres:{conninfo}' as lake (read_only)")
        months = con.execute(text("select count(*) from lake.mart_support_monthly")).scalar()
        with pytest.raises(Exception, match=r"read-only|read only"):
            con.exec_driver_sql("delete from lake.batch_ledger")
    snapshot = Path(sample_lake["result"]["paths"]["snapshot"])
    assert months == len(figures(snapshot)["mart_support_monthly"]) > 100


# --- readers and writers at once ---------------------------------------------------------------------

# 5 loads by default; 20 (one file per transaction, about 2 minutes on 2 busy cores) with `-m slow`.
@pytest.fixture(scope="module", params=[4, pytest.param(1, marks=pytest.mark.slow)], ids=["5-loads", "20-loads"])
def read_during_loads(cluster: Cluster, mirror: Path, prefect_api_url: str,
                      tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> dict:
    """A reader process queries the lake while a writer loads the 20 files in 5 or 20 transactions."""
    folder = tmp_path_factory.mktemp("pg-lake-reader")
    config = write_config(folder, files_per_transaction=request.param)
    warehouse = lake(cluster, f"reader_{request.param}")
    from flows.prepare import prepare_warehouse

    prepare_warehouse(load_settings(config, Path(warehouse)))  # the catalog exists before the reader attaches
    stop_file = folder / "stop"
    reader = subprocess.Popen([sys.executable, "-m", "tests.lake_reader", warehouse.removeprefix("ducklake:postgres:"),
                               str(stop_file), "240"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              cwd=ROOT)
    started = time.monotonic()
    done = cli("gdelt", warehouse, config, prefect_api_url, *gdelt_args(mirror))
    stop_file.touch()
    out, err = reader.communicate(timeout=60)
    return {"warehouse": warehouse, "config": config, "done": done, "seconds": time.monotonic() - started,
            "lines": [json.loads(line) for line in out.splitlines()], "reader_err": err}


def test_a_reader_on_the_live_lake_sees_whole_batches_only(read_during_loads: dict) -> None:
    done, lines = read_during_loads["done"], read_during_loads["lines"]
    assert done.returncode == 0, done.stdout + done.stderr
    assert [line for line in lines if "error" in line] == []
    assert all(line["facts"] == line["loaded"] for line in lines)  # never a batch's facts without its ledger row
    seen = [line["batches"] for line in lines]
    assert seen == sorted(seen)  # snapshots only move forward
    assert len(set(seen)) >= 3, f"the reader saw only {sorted(set(seen))} loaded batches during the loads"
    assert seen[-1] == FILES and lines[-1]["mart_events"] > 0
    assert sorted(line["mart_events"] for line in lines) == [line["mart_events"] for line in lines]


@pytest.fixture(scope="module")
def two_writers(cluster: Cluster, mirror: Path, prefect_api_url: str, tmp_path_factory: pytest.TempPathFactory
                ) -> dict:
    """Two `allywatch gdelt` processes started together on one lake (groups of 10 files)."""
    folder = tmp_path_factory.mktemp("pg-lake-two")
    config = write_config(folder, files_per_transaction=10, writer_wait_seconds=240)
    warehouse = lake(cluster, "two")
    writers = [cli("gdelt", warehouse, config, prefect_api_url, *gdelt_args(mirror), wait=False) for _ in range(2)]
    outputs = [w.communicate(timeout=300) for w in writers]
    return {"warehouse": warehouse, "config": config, "codes": [w.returncode for w in writers], "outputs": outputs}


def test_two_writers_at_once_load_each_file_once(two_writers: dict) -> None:
    assert two_writers["codes"] == [0, 0], two_writers["outputs"]
    each_file_loaded_once(ledger(two_writers["warehouse"], two_writers["config"]))
    keys = [row[0] for row in rows_of(two_writers["warehouse"], two_writers["config"])["fact_event"]]
    assert len(keys) == len(set(keys)) > 0


def test_a_writer_waits_for_the_lock_another_process_holds(cluster: Cluster, mirror: Path, prefect_api_url: str,
                                                           two_writers: dict) -> None:
    """While this process holds the advisory lock, a writer with a long wait waits, and one with a 1 s
    wait gives up in one line and leaves a note that the next writer moves into the ledger."""
    from flows.writer_lock import writer_lock

    warehouse, config = two_writers["warehouse"], two_writers["config"]
    with writer_lock(Path(warehouse), 0):
        patient = cli("gdelt", warehouse, config, prefect_api_url, *gdelt_args(mirror), wait=False)
        hasty_config = write_config(config.parent, "hasty.toml", writer_wait_seconds=1)
        hasty = cli("gdelt", warehouse, hasty_config, prefect_api_url, *gdelt_args(mirror))
        time.sleep(2)
        assert patient.poll() is None  # still waiting
    assert hasty.returncode != 0
    message = [line for line in hasty.stderr.splitlines() if line.startswith("error:")]
    assert len(message) == 1 and "another allywatch run is writing" in message[0], hasty.stderr
    assert "Traceback" not in hasty.stderr
    patient.communicate(timeout=300)
    assert patient.returncode == 0
    assert [row["status"] for row in ledger(warehouse, config) if row["source"] == "run"] == ["skipped"]


def test_a_killed_writer_releases_the_lock_and_a_rerun_is_clean(cluster: Cluster, mirror: Path,
                                                               prefect_api_url: str, two_writers: dict,
                                                               tmp_path: Path) -> None:
    from flows.writer_lock import writer_lock

    config = write_config(tmp_path, files_per_transaction=10)
    warehouse = lake(cluster, "killed")
    killed = cli("gdelt", warehouse, config, prefect_api_url, *gdelt_args(mirror), crash="gdelt_load.after_fact_insert")
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    started = time.monotonic()
    with writer_lock(Path(warehouse), 30):  # the server dropped the dead session's lock
        waited = time.monotonic() - started
    assert waited < 10
    assert [row for row in ledger(warehouse, config) if row["source"] == "gdelt"] == []  # nothing half-done
    rerun = cli("gdelt", warehouse, config, prefect_api_url, *gdelt_args(mirror))
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    each_file_loaded_once(ledger(warehouse, config))
    clean, after = rows_of(two_writers["warehouse"], two_writers["config"]), rows_of(warehouse, config)
    for rows in (clean, after):  # the other lake also holds the note of a skipped run
        rows["batch_ledger"] = [row for row in rows["batch_ledger"] if row[1] == "gdelt"]
    assert after == clean


# --- one-line errors ------------------------------------------------------------------------------------

def test_a_lake_without_a_data_path_is_refused_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ALLYWATCH_LAKE_DATA_PATH", raising=False)
    with pytest.raises(UserError, match=r"needs lake_data_path.*ALLYWATCH_LAKE_DATA_PATH") as caught:
        load_settings(None, Path("ducklake:postgres:dbname=x host=127.0.0.1 password=hunter2"))
    assert "hunter2" not in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize(("conninfo", "expected"), [
    ("dbname=postgres host=127.0.0.1 port={down} user=postgres", "start the PostgreSQL server"),
    ("dbname=absent host=127.0.0.1 port={port} user=postgres password=hunter2", "createdb"),
    ("not a connection string", "write a libpq string"),
])
def test_catalog_errors_are_one_line_with_the_fix(cluster: Cluster, tmp_path: Path, conninfo: str,
                                                  expected: str) -> None:
    from tests.prefect_server import free_port

    warehouse = Path("ducklake:postgres:" + conninfo.format(port=cluster.port, down=free_port()))
    with pytest.raises(UserError) as caught:
        connect(warehouse, data_path=tmp_path / "files").close()
    message = str(caught.value)
    assert expected in message and "\n" not in message and "hunter2" not in message, message


def test_a_data_path_other_than_the_lakes_is_refused(sample_lake: dict, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="set lake_data_path to the folder the lake was created with"):
        connect(Path(sample_lake["warehouse"]), data_path=tmp_path / "elsewhere").close()
