"""What the read-only listings of the CLI (`quarantine`, `status`) read from the warehouse."""
from __future__ import annotations

from typing import Any

from flows import UserError
from flows.config import Settings
from flows.console import Listing, err


def _listing(con: Any, sql_file: str, params: dict | None = None) -> Listing:
    from flows.db import sql_text

    cursor = con.execute(sql_text(sql_file), params) if params else con.execute(sql_text(sql_file))
    return Listing([c[0] for c in cursor.description], cursor.fetchall())


def quarantine_listing(settings: Settings, batch: str | None, stage: str | None, limit: int) -> Listing:
    from flows.db import connection

    with connection(settings.warehouse, read_only=True) as con:
        return _listing(con, "queries/quarantine_list.sql", {"batch": batch, "stage": stage, "limit": limit})


def status_listings(settings: Settings) -> list[Listing]:
    """Sources, active alerts and skipped runs; from the snapshot while a run holds the warehouse."""
    import duckdb

    from flows.db import WarehouseInUse, connect

    try:
        con = connect(settings.warehouse, read_only=True)
    except WarehouseInUse:
        # A run holds the file for writing: the last published snapshot carries the same tables.
        if not settings.snapshot.exists():
            raise
        con = connect(settings.snapshot, read_only=True)
        published = con.execute("select max(published_at) from publication").fetchone()[0]
        err.print(f"note: a run is writing {settings.warehouse}; showing the snapshot published at "
                  f"{published} UTC ({settings.snapshot})", markup=False, highlight=False, soft_wrap=True)
    try:
        return [_listing(con, name) for name in
                ("queries/ledger_status.sql", "queries/active_alerts.sql", "queries/skipped_runs.sql")]
    except (duckdb.CatalogException, duckdb.BinderException):  # a table or a column the snapshot lacks
        raise UserError(f"{settings.warehouse} is in use by a run and its snapshot is from an older "
                        "allywatch; run status again once the run has finished") from None
    finally:
        con.close()


def stale_sources(settings: Settings, sources: Listing) -> list[str]:
    """One line per source whose newest load is older than its threshold (GDELT: the newest file's time)."""
    from flows.db import utc_now

    now, stale = utc_now(), []
    for group, source, newest_item, _upstream, last_loaded, *_ in sources.rows:
        hours = settings.gdelt_stale_after_hours if group == "gdelt" else settings.news_stale_after_hours
        freshest = newest_item if group == "gdelt" else last_loaded
        if freshest is None or (now - freshest).total_seconds() > hours * 3600:
            stale.append(f"{source}: newest loaded {freshest or 'never'}, older than {hours:g} h")
    return stale
