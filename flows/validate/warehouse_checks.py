"""Warehouse-wide checks behind `allywatch validate`: each is a query in sql/checks/ counting problems."""
from __future__ import annotations

import duckdb

from flows.db import sql_text

CHECKS = {
    "ledger_reconciles": "checks/ledger_reconciles.sql",
    "ledger_matches_stored": "checks/ledger_matches_stored.sql",
    "fact_batches_known": "checks/fact_batches_known.sql",
    "fact_keys_resolve": "checks/fact_keys_resolve.sql",
    "event_keys_unique": "checks/event_keys_unique.sql",
    "support_daily_matches_rebuild": "checks/support_daily_matches_rebuild.sql",
    "actor_scd2_consistent": "checks/actor_scd2_consistent.sql",
}


def check_meaning(name: str) -> str:
    """What a check looks for: the opening comment of its SQL file, after the reads/writes header."""
    lines = []
    for line in sql_text(CHECKS[name]).splitlines():
        if not line.startswith("--"):
            break
        text = line.removeprefix("--").strip()
        if text and not text.startswith(("reads:", "writes:")):
            lines.append(text)
    return " ".join(lines)


def run_checks(con: duckdb.DuckDBPyConnection) -> list[tuple[str, bool, str]]:
    """(name, passed, detail) per check; a check's query returns the number of offending rows."""
    results = []
    for name, relative in CHECKS.items():
        problems = int(con.execute(sql_text(relative)).fetchone()[0])
        results.append((name, problems == 0, f"{problems} offending rows" if problems else "holds"))
    return results
