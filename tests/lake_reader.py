"""A BI reader on the live lake, as a process: the recipe of docs/bi.md ("The live lake"), plain DuckDB with
the two extension packages, attached read-only, querying while allywatch loads.

    python -m tests.lake_reader "<libpq string>" STOP_FILE SECONDS

prints one JSON line per query: what one snapshot of the lake holds (facts, the ledger's loaded rows,
loaded batches, the marts' events), or the error. It ends when STOP_FILE exists or after SECONDS.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import duckdb
import duckdb_extension_ducklake
import duckdb_extension_postgres_scanner

# One statement is one snapshot of the lake: the ledger and the facts it counts are read together.
SNAPSHOT_QUERY = """
select (select count(*) from lake.fact_event where origin = 'gdelt'),
       (select coalesce(sum(loaded), 0) from lake.batch_ledger where source = 'gdelt'),
       (select count(*) from lake.batch_ledger where source = 'gdelt' and status = 'loaded'),
       (select coalesce(sum(events), 0) from lake.mart_support_monthly)
"""


def extension(package: object, name: str) -> str:
    return str(Path(package.__file__).parent / "extensions" / f"v{duckdb.__version__}" / f"{name}.duckdb_extension")


def attach(conninfo: str) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"load '{extension(duckdb_extension_postgres_scanner, 'postgres_scanner')}'")
    con.execute(f"load '{extension(duckdb_extension_ducklake, 'ducklake')}'")
    con.execute(f"attach 'ducklake:postgres:{conninfo}' as lake (read_only)")
    return con


def main(conninfo: str, stop_file: str, seconds: float) -> None:
    con = attach(conninfo)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        stop = Path(stop_file).exists()  # one more query after the writer ends: it sees the last commit
        try:
            facts, loaded, batches, mart_events = con.execute(SNAPSHOT_QUERY).fetchone()
            line = {"facts": facts, "loaded": loaded, "batches": batches, "mart_events": int(mart_events)}
        except duckdb.Error as exc:
            line = {"error": str(exc).splitlines()[0]}
        print(json.dumps(line), flush=True)
        if stop:
            break
        time.sleep(0.05)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]))
