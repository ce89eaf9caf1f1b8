"""Terminal output of the CLI: batch tables, the dyad summary, quarantine and status listings."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from flows.config import Settings

out = Console()
err = Console(stderr=True)


def print_batches(batches: list[dict]) -> None:
    if not batches:
        out.print("no new batches: everything listed is already loaded")
        return
    table = Table(title=f"{len(batches)} batches", show_lines=False)
    for column in ("item", "status", "received", "loaded", "quarantined", "filtered", "duplicate", "events"):
        table.add_column(column, justify="left" if column in ("item", "status") else "right")
    totals = [0, 0, 0, 0, 0]
    for b in batches[:40]:
        table.add_row(b["item"][-48:], b["status"], *(str(b[k]) for k in
                      ("received", "loaded", "quarantined", "filtered", "duplicate")),
                      "" if b.get("events_loaded") is None else str(b["events_loaded"]))
    for b in batches:
        for i, k in enumerate(("received", "loaded", "quarantined", "filtered", "duplicate")):
            totals[i] += b[k]
    if len(batches) > 40:
        table.add_row(f"... {len(batches) - 40} more", "", "", "", "", "", "", "")
    table.add_row("total", "", *(str(t) for t in totals), "", style="bold")
    out.print(table)


def print_run_summary(settings: Settings, paths: dict[str, str]) -> None:
    from flows.load.warehouse import connect
    from flows.marts.summary import dyad_summary, pressure_by_year

    con = connect(settings.warehouse, read_only=True)
    try:
        summary = dyad_summary(con, settings)
        pressure = pressure_by_year(con, settings)
    finally:
        con.close()
    for client in settings.clients:
        for patron in settings.patrons:
            rows = [s for s in summary if s.patron_iso3 == patron and s.client_iso3 == client]
            if not rows:
                continue
            table = Table(title=f"{patron} → {client}: support per year (gdelt + text)")
            for column in ("year", "events", "intensity", "military", "economic", "energy", "diplomatic",
                           "humanitarian", "material", f"appeals {client}→{patron}"):
                table.add_column(column, justify="right")
            for s in rows:
                share = "" if s.material_share is None else f"{s.material_share:.0%}"
                table.add_row(str(s.year), str(s.support_events), f"{s.support_intensity:,.0f}", str(s.military),
                              str(s.economic), str(s.energy), str(s.diplomatic), str(s.humanitarian), share,
                              str(s.appeals))
            out.print(table)
        rows = [p for p in pressure if p[1] == client]
        if rows:
            table = Table(title=f"pressure on {client}")
            for column in ("from", "year", "events", "intensity"):
                table.add_column(column, justify="right")
            for state, _, year, events, intensity in rows:
                table.add_row(state, str(year), str(events), f"{intensity:,.0f}")
            out.print(table)
    for name in ("warehouse", "snapshot", "parquet", "report"):
        out.print(f"{name}: {paths.get(name, '')}", markup=False, highlight=False, soft_wrap=True)


def print_quarantine(rows: list[tuple]) -> None:
    if not rows:
        out.print("quarantine is empty for this selection")
        return
    table = Table(title=f"{len(rows)} quarantined rows")
    for column in ("batch", "stage", "row", "expectation", "reason", "resolved"):
        table.add_column(column)
    for batch_id, stage, row_number, expectation, reason, resolved in rows:
        table.add_row(batch_id[-40:], stage, str(row_number), expectation or "", reason,
                      "" if resolved is None else str(resolved))
    out.print(table)


def print_status(rows: list[tuple]) -> None:
    table = Table(title="sources")
    for column in ("source", "newest loaded item", "loaded", "rejected", "failed", "gave up", "last batch at"):
        table.add_column(column)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    out.print(table)
