"""Reading a warehouse back in tests: a short-lived read-only connection, so the next run can write."""
from __future__ import annotations

from pathlib import Path

import duckdb


def rows(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


# Per news batch: the ledger's loaded and events_loaded beside the stg_article and fact_event rows
# stored under the batch (the ledger's own counts add up whatever was stored).
NEWS_LEDGER_VS_STORED = """
select b.batch_id, b.loaded, coalesce(b.events_loaded, 0),
       (select count(*) from stg_article as a where a.batch_id = b.batch_id),
       (select count(*) from fact_event as f where f.batch_id = b.batch_id)
from batch_ledger as b where b.source <> 'gdelt' order by b.batch_id
"""


def news_ledger_mismatches(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """News batches whose ledger counts differ from the rows stored under them (empty when all match)."""
    return [r for r in con.execute(NEWS_LEDGER_VS_STORED).fetchall() if (r[1], r[2]) != (r[3], r[4])]
