"""BI access: the snapshot under concurrent loads, SQLAlchemy (Superset's path, its table inspection through
`duckdb+allywatch`), Parquet marts, the data dictionary in both, counts typed BIGINT, an older DuckDB
opening the snapshot, and the example queries of docs/bi.md."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from flows import SQL_DIR
from flows.collect.gdelt import GdeltSource
from flows.config import Settings
from flows.load.dictionary import catalog_objects, dictionary
from flows.marts.snapshot import MART_VIEWS, SNAPSHOT_TABLES, publish_snapshot
from flows.prepare import prepared_warehouse
from tests.gdelt_files import event_row, write_export, write_lists

ROOT = Path(__file__).resolve().parents[2]
LOADS = 20
EXAMPLES = sorted((SQL_DIR / "analyses").glob("example_*.sql"))

READER = r'''
import json, sys, time
import duckdb

path, stop, deadline = sys.argv[1], sys.argv[2], time.monotonic() + float(sys.argv[3])
expected = set(sys.argv[4].split(","))
one = lambda con, sql: con.execute(sql).fetchone()[0]
reads, errors, states, last = 0, [], set(), -1
while time.monotonic() < deadline:
    done = __import__("os").path.exists(stop)
    try:
        con = duckdb.connect(path, read_only=True)
        try:
            tables = {r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()}
            assert expected <= tables, f"missing tables {expected - tables}"
            bad = one(con, "select count(*) from batch_ledger "
                           "where received <> loaded + quarantined + filtered + duplicate")
            assert bad == 0, f"{bad} ledger rows do not reconcile"
            received = one(con, "select coalesce(sum(received), 0) from batch_ledger where source = 'gdelt'")
            volume = one(con, "select coalesce(sum(events_received), 0) from fact_volume_daily where source = 'gdelt'")
            assert received == volume, f"ledger received {received} <> volume {volume}"
            loaded = one(con, "select coalesce(sum(loaded), 0) from batch_ledger where source = 'gdelt'")
            facts = one(con, "select count(*) from fact_event where origin = 'gdelt'")
            assert loaded == facts, f"ledger loaded {loaded} <> fact_event rows {facts}"
            daily = one(con, "select coalesce(sum(events), 0) from fact_support_daily")
            split = one(con, "select coalesce(sum(events), 0) from mart_support_monthly where origin <> 'all'")
            total = one(con, "select coalesce(sum(events), 0) from mart_support_monthly where origin = 'all'")
            assert daily == split == total, f"support events daily {daily}, monthly {split}, all {total}"
            batches = one(con, "select count(*) from batch_ledger")
            assert batches >= last, f"went back from {last} to {batches} batches"
            last = batches
            states.add((batches, int(facts)))
        finally:
            con.close()
    except Exception as exc:  # every failure is reported, none stops the loop
        errors.append(f"{type(exc).__name__}: {exc}")
    reads += 1
    if done:
        break
print(json.dumps({"reads": reads, "errors": errors[:20], "states": sorted(states)}))
'''


def _mirror(folder: Path) -> list[datetime]:
    """LOADS export files, one per day from 2025-03-01, three rows each (support and pressure toward VEN)."""
    stamps, zips = [], []
    for i in range(LOADS):
        stamp = datetime(2025, 3, 1, 12) + timedelta(days=i)
        day = stamp.strftime("%Y%m%d")
        rows = [event_row(1000 + 3 * i, day, "RUS", "VEN", "072", "8.3", "2", articles=1 + i % 4),
                event_row(1001 + 3 * i, day, "CHN", "VEN", "061", "6.4", "2"),
                event_row(1002 + 3 * i, day, "USA", "VEN", "163", "-8.0", "4")]
        zips.append(write_export(folder, stamp.strftime("%Y%m%d%H%M%S"), rows))
        stamps.append(stamp)
    write_lists(folder, zips)
    return stamps


def _load_one(settings: Settings, source: GdeltSource, stamp: datetime) -> list[str]:
    """One GDELT load through the gdelt_events flow's own stage functions (plan, fetch, stage, load), without
    the ~2 s of orchestration a flow run adds, so 20 loads fit the reader's time bound."""
    from flows.gdelt_flow import fetch_gdelt, load_gdelt, plan_gdelt, stage_gdelt
    from flows.prepare import prepare_warehouse

    prepare_warehouse(settings)  # what the flow does once before its tasks
    landed, failed = fetch_gdelt.fn(settings, source, plan_gdelt.fn(settings, source, stamp, stamp, None))
    return [r.status for _, r in failed] + [r.status for r in load_gdelt.fn(settings, stage_gdelt.fn(settings, landed))]


def test_snapshot_readers_see_only_complete_states_during_loads(tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    stamps = _mirror(mirror)
    settings = Settings(warehouse=tmp_path / "w.duckdb")
    with prepared_warehouse(settings) as con:
        publish_snapshot(con, settings.snapshot, settings.snapshot_event_window_days)
    stop = tmp_path / "stop"
    script = tmp_path / "reader.py"
    script.write_text(READER, encoding="utf-8")
    expected = ",".join((*SNAPSHOT_TABLES, *MART_VIEWS, "fact_event"))
    reader = subprocess.Popen([sys.executable, str(script), str(settings.snapshot), str(stop), "85", expected],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    started = time.monotonic()
    try:
        for stamp in stamps:
            assert _load_one(settings, GdeltSource(source_dir=mirror, base_url=None), stamp) == ["loaded"]
            with prepared_warehouse(settings) as con:
                publish_snapshot(con, settings.snapshot, settings.snapshot_event_window_days)
            assert time.monotonic() - started < 75, "the writer is too slow for the reader's time bound"
    finally:
        stop.touch()
        out, err = reader.communicate(timeout=30)
    summary = json.loads(out)
    assert summary["errors"] == [], err
    assert summary["reads"] >= LOADS
    states = [tuple(s) for s in summary["states"]]
    assert len(states) >= 3 and states[-1] == (LOADS, 3 * LOADS)  # the reader saw loads progress to the end


@pytest.fixture(scope="module")
def snapshot(sample_run: dict) -> Path:
    return Path(sample_run["first"]["paths"]["snapshot"])


def _doc_queries() -> list[str]:
    """The ```sql blocks of the example queries section of docs/bi.md, in order."""
    doc = (ROOT / "docs" / "bi.md").read_text(encoding="utf-8")
    section = doc.split("## Example queries", 1)[1].split("\n## ", 1)[0]
    return [block.split("```", 1)[0].strip() for block in section.split("```sql")[1:]]


def _without_comments(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("--")).strip()


@pytest.mark.parametrize("uri_from_doc", [False, True])
def test_superset_path_sqlalchemy_duckdb_engine_read_only(snapshot: Path, uri_from_doc: bool) -> None:
    """duckdb-engine with connect_args, and with docs/bi.md's `?access_mode=read_only` URI."""
    from sqlalchemy import create_engine, text

    engine = (create_engine(f"duckdb:///{snapshot}?access_mode=read_only") if uri_from_doc
              else create_engine(f"duckdb:///{snapshot}", connect_args={"read_only": True}))
    try:
        with engine.connect() as connection:
            rows = connection.execute(text(_doc_queries()[0])).fetchall()
            with pytest.raises(Exception, match="read-only"):
                connection.execute(text("create table t (x integer)"))
    finally:
        engine.dispose()
    assert {r[1] for r in rows} == {"RUS", "CHN", "USA"}


def test_parquet_marts_equal_the_snapshot_tables(snapshot: Path) -> None:
    folder = snapshot.with_name(snapshot.stem + "_parquet")
    con = duckdb.connect(str(snapshot), read_only=True)
    try:
        for mart in ("mart_support_monthly", "mart_appeals"):
            parquet = str(folder / f"{mart}.parquet")
            only_in_table = con.execute(f"select count(*) from (from {mart} except all from read_parquet(?))",
                                        [parquet]).fetchone()[0]
            only_in_file = con.execute(f"select count(*) from (from read_parquet(?) except all from {mart})",
                                       [parquet]).fetchone()[0]
            total = con.execute(f"select count(*) from {mart}").fetchone()[0]
            assert (only_in_table, only_in_file) == (0, 0) and total > 0, mart
    finally:
        con.close()


def _run_example(snapshot: Path, name: str) -> list[tuple]:
    con = duckdb.connect(str(snapshot), read_only=True)
    try:
        return con.execute((SQL_DIR / "analyses" / name).read_text(encoding="utf-8")).fetchall()
    finally:
        con.close()


def test_the_bi_doc_shows_the_three_tested_example_queries() -> None:
    assert [p.name for p in EXAMPLES] == ["example_1_yearly_support_and_pressure.sql",
                                          "example_2_change_since_2018_2019.sql",
                                          "example_3_pressure_to_support_ratio.sql"]
    assert _doc_queries() == [_without_comments(p) for p in EXAMPLES]


def test_example_1_support_fell_and_pressure_rose(snapshot: Path) -> None:
    intensity = {(year, state): value for year, state, _, _, value in
                 _run_example(snapshot, "example_1_yearly_support_and_pressure.sql")}
    for patron in ("RUS", "CHN"):
        assert intensity[(2025, patron)] < min(intensity[(2018, patron)], intensity[(2019, patron)])
    assert intensity[(2025, "USA")] > max(intensity[(2018, "USA")], intensity[(2019, "USA")])


def test_example_2_change_in_percent(snapshot: Path) -> None:
    change = {(state, direction): pct for state, direction, _, _, pct in
              _run_example(snapshot, "example_2_change_since_2018_2019.sql")}
    assert change[("RUS", "support")] < 0 and change[("CHN", "support")] < 0
    assert change[("USA", "pressure")] > 0


def test_example_3_pressure_per_support_rises(snapshot: Path) -> None:
    rows = {r[0]: r for r in _run_example(snapshot, "example_3_pressure_to_support_ratio.sql")}
    ratio = {year: r[5] for year, r in rows.items()}
    assert ratio[2025] > max(ratio[2018], ratio[2019])
    assert rows[2025][4] < min(rows[2018][4], rows[2019][4])  # patron support
    assert rows[2025][2] > max(rows[2018][2], rows[2019][2])  # pressure


def _snapshot_columns(snapshot: Path) -> dict[str, list[tuple[str, str, str | None]]]:
    """table -> [(column, type, comment)] of the snapshot, as DuckDB's catalog shows them."""
    con = duckdb.connect(str(snapshot), read_only=True)
    try:
        return {o.name: o.columns for o in catalog_objects(con, con.execute("select current_database()").fetchone()[0])}
    finally:
        con.close()


def test_counts_are_bigint_in_the_snapshot_and_in_parquet(snapshot: Path) -> None:
    """Every column the dictionary marks as a count is BIGINT in the snapshot and int64 in Parquet (pandas
    reads int64, not 16.0), and no column anywhere is HUGEINT, which sum() makes of BIGINT."""
    columns = _snapshot_columns(snapshot)
    folder = snapshot.with_name(snapshot.stem + "_parquet")
    wrong, checked = [], 0
    for name, entry in dictionary().items():
        types = {column: kind for column, kind, _ in columns.get(name, [])}
        parquet = pq.read_schema(folder / f"{name}.parquet") if name in MART_VIEWS else None
        for column in entry.counts:
            if column in types:
                checked += 1
                if types[column] != "BIGINT":
                    wrong.append(f"snapshot {name}.{column} is {types[column]}")
            if parquet is not None and str(parquet.field(column).type) != "int64":
                wrong.append(f"Parquet {name}.{column} is {parquet.field(column).type}")
    huge = [f"{t}.{c}" for t, cols in columns.items() for c, kind, _ in cols if kind in ("HUGEINT", "UHUGEINT")]
    assert wrong == [] and huge == []
    assert checked >= 15
    frame = pd.read_parquet(folder / "mart_support_monthly.parquet")
    assert str(frame["events"].dtype) == "int64" and len(frame) > 100


def test_snapshot_and_parquet_carry_the_data_dictionary(snapshot: Path) -> None:
    columns = _snapshot_columns(snapshot)
    assert set(columns) == {*SNAPSHOT_TABLES, *MART_VIEWS, "fact_event", "publication"}
    for name, found in columns.items():
        assert {c: comment for c, _, comment in found} == dictionary()[name].columns, name
    folder = snapshot.with_name(snapshot.stem + "_parquet")
    for mart in MART_VIEWS:
        schema = pq.read_schema(folder / f"{mart}.parquet")
        described = {f.name: (f.metadata or {}).get(b"description", b"").decode() for f in schema}
        assert described == dictionary()[mart].columns, mart
        assert json.loads(schema.metadata[b"column_descriptions"]) == dictionary()[mart].columns
    attrs = pd.read_parquet(folder / "mart_shift_alerts.parquet").attrs
    assert attrs["description"] == dictionary()["mart_shift_alerts"].description
    assert attrs["columns"]["events_behind"].startswith("How many support events")
    kv = dict(duckdb.execute("select key::varchar, value::varchar from parquet_kv_metadata(?)",
                             [str(folder / "mart_pressure.parquet")]).fetchall())
    assert kv["description"] == dictionary()["mart_pressure"].description


def test_the_sample_warehouse_is_commented_too(sample_run: dict) -> None:
    con = duckdb.connect(str(sample_run["warehouse"]), read_only=True)
    try:
        objects = catalog_objects(con, con.execute("select current_database()").fetchone()[0])
    finally:
        con.close()
    missing = [f"{o.name}.{c}" for o in objects for c, _, comment in o.columns if not comment]
    missing += [o.name for o in objects if not o.comment]
    assert missing == [] and len(objects) >= 25


SUPERSET_CALLS = ("get_columns", "get_pk_constraint", "get_foreign_keys", "get_indexes", "get_table_comment")


@pytest.mark.filterwarnings("ignore:duckdb-engine doesn.t yet support reflection on indices")
def test_superset_inspection_of_the_snapshot_through_duckdb_allywatch(snapshot: Path) -> None:
    """What Superset asks a database when a dataset is added, through the dialect allywatch registers,
    with the SQLAlchemy and duckdb-engine this install resolved."""
    from sqlalchemy import create_engine, inspect

    engine = create_engine(f"duckdb+allywatch:///{snapshot}?access_mode=read_only")
    try:
        inspector = inspect(engine)
        schemas = inspector.get_schema_names()
        tables, views = inspector.get_table_names(), inspector.get_view_names()
        answers = {name: {call: getattr(inspector, call)(name) for call in SUPERSET_CALLS} for name in tables}
    finally:
        engine.dispose()
    assert any(s.endswith(".main") for s in schemas)
    assert set(tables) == {*SNAPSHOT_TABLES, *MART_VIEWS, "fact_event", "publication"} and views == []
    for name, answer in answers.items():
        assert {c["name"]: c["comment"] for c in answer["get_columns"]} == dictionary()[name].columns, name
        assert answer["get_table_comment"] == {"text": dictionary()[name].description}
        assert answer["get_pk_constraint"]["constrained_columns"] == []  # snapshot tables are copies: no keys
        assert answer["get_foreign_keys"] == [] and answer["get_indexes"] == []
    kinds = {c["name"]: type(c["type"]).__name__ for c in answers["mart_support_monthly"]["get_columns"]}
    assert kinds["events"] == "BigInteger" and kinds["month"] == "DATE"


@pytest.mark.filterwarnings("ignore:duckdb-engine doesn.t yet support reflection on indices")
def test_duckdb_allywatch_reflects_the_warehouse_keys(sample_run: dict) -> None:
    """On the warehouse, which has keys, the dialect returns them, and a whole MetaData.reflect works."""
    from sqlalchemy import MetaData, create_engine, inspect

    engine = create_engine(f"duckdb+allywatch:///{sample_run['warehouse']}?access_mode=read_only")
    try:
        inspector = inspect(engine)
        keys = {t: inspector.get_pk_constraint(t)["constrained_columns"] for t in ("tracked_state", "dim_country")}
        unique = inspector.get_unique_constraints("dim_country")
        metadata = MetaData()
        metadata.reflect(engine, views=True)
    finally:
        engine.dispose()
    assert keys == {"tracked_state": ["iso3", "role"], "dim_country": ["country_key"]}
    assert [u["column_names"] for u in unique] == [["iso3"]]
    assert {"fact_event", "mart_support_monthly", "v_support_event"} <= set(metadata.tables)
    assert [c.name for c in metadata.tables["tracked_state"].primary_key.columns] == ["iso3", "role"]


OLD_DUCKDB = "ALLYWATCH_OLD_DUCKDB_PYTHON"
OLD_READER = r'''
import json, sys
import duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
tables = [r[0] for r in con.execute("select table_name from duckdb_tables() order by 1").fetchall()]
print(json.dumps({
    "version": duckdb.__version__,
    "rows": {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables},
    "comments": con.execute("select count(*) from duckdb_columns() where comment is not null").fetchone()[0],
    "example": con.execute(open(sys.argv[2]).read()).fetchall(),
}, default=str))
'''


def test_an_older_duckdb_opens_the_snapshot(snapshot: Path, tmp_path: Path) -> None:
    """The snapshot is written in storage version v1.1.0: DuckDB 1.1.3 (in its own venv, which .ci/run
    makes as .venv-duckdb11) opens it, reads every table, the comments and an example query."""
    python = os.environ.get(OLD_DUCKDB) or str(ROOT / ".venv-duckdb11" / "bin" / "python")
    if not Path(python).exists():
        pytest.skip(f"no older DuckDB at {python}: set {OLD_DUCKDB} to a python with duckdb==1.1.3 "
                    "(python3 -m venv .venv-duckdb11 && .venv-duckdb11/bin/pip install duckdb==1.1.3)")
    script = tmp_path / "old_reader.py"
    script.write_text(OLD_READER, encoding="utf-8")
    example = SQL_DIR / "analyses" / "example_3_pressure_to_support_ratio.sql"
    done = subprocess.run([python, str(script), str(snapshot), str(example)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    old = json.loads(done.stdout)
    con = duckdb.connect(str(snapshot), read_only=True)
    try:
        rows = {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in old["rows"]}
        example_rows = con.execute(example.read_text(encoding="utf-8")).fetchall()
    finally:
        con.close()
    assert old["version"].startswith("1.1.")
    assert set(old["rows"]) == {*SNAPSHOT_TABLES, *MART_VIEWS, "fact_event", "publication"}
    assert old["rows"] == rows and rows["mart_support_monthly"] > 100
    assert old["comments"] == sum(len(e.columns) for n, e in dictionary().items() if n in rows)
    assert len(old["example"]) == len(example_rows) > 3
