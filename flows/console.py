"""Terminal output of the CLI: batch tables, the dyad summary, quarantine and status listings."""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from flows.config import DUCKLAKE_PREFIX, Settings, redacted

# Piped output gets a fixed width so tables are not cut to 80 columns in logs and CI.
out = Console(width=None if sys.stdout.isatty() else 120)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 200)


STATUS_WIDTH = 132
COUNTS = ("received", "loaded", "quarantined", "filtered", "duplicate")


class OutputFormat(StrEnum):
    """How a listing is printed: a table for people, JSON or CSV for scripts (whole values, no cuts)."""
    table = "table"
    json = "json"
    csv = "csv"


@dataclass
class Listing:
    """Rows of a query with their column names."""
    columns: list[str]
    rows: list[tuple]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def cell(value: Any) -> str:
    """A table cell: timestamps whole to the second (no microseconds to cut), None as blank."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    return str(value)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime | date) else value


def print_machine(listings: dict[str, Listing], output_format: OutputFormat) -> None:
    """JSON: one object with a list of records per listing. CSV: the first listing only, with a header."""
    if output_format is OutputFormat.json:
        payload = {name: [{k: _plain(v) for k, v in r.items()} for r in listing.records()]
                   for name, listing in listings.items()}
        sys.stdout.write(json.dumps(payload, indent=2, default=str) + "\n")
        return
    first = next(iter(listings.values()))
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(first.columns)
    writer.writerows([[_plain(v) for v in row] for row in first.rows])


def published_paths(settings: Settings) -> dict[str, str]:
    """Where the marts flow publishes for these settings (the first client's report)."""
    report = settings.reports / f"allywatch_{settings.clients[0].lower()}.html"
    return {"snapshot": str(settings.snapshot), "parquet": str(settings.parquet_dir), "report": str(report),
            "data_docs": str(settings.data_docs / "index.html")}


def print_published(paths: dict[str, str]) -> None:
    for name in ("snapshot", "parquet", "report", "data_docs"):
        if paths.get(name):
            out.print(f"published {name}: {Path(paths[name]).resolve()}", markup=False, highlight=False,
                      soft_wrap=True)


def print_batches(batches: list[dict]) -> None:
    """Totals per source, then every batch that needs a look (not loaded, or with quarantined rows)."""
    if not batches:
        out.print("no new batches: everything listed is already loaded")
        return
    table = Table(title=f"{len(batches)} batches")
    for column in ("source", "batches", *COUNTS, "events"):
        table.add_column(column, justify="left" if column == "source" else "right")
    for source in sorted({b["source"] for b in batches}):
        mine = [b for b in batches if b["source"] == source]
        events = [b["events_loaded"] for b in mine if b.get("events_loaded") is not None]
        table.add_row(source, str(len(mine)), *(str(sum(b[k] for b in mine)) for k in COUNTS),
                      str(sum(events)) if events else "")
    out.print(table)
    notable = [b for b in batches if b["status"] != "loaded" or b["quarantined"]]
    if notable:
        # One line per batch, never wrapped: the id is whole, to paste into `allywatch quarantine --batch`.
        out.print("batches to look at (allywatch quarantine --batch ID):", markup=False, highlight=False)
        for b in notable[:30]:
            why = b.get("error") or ", ".join(f"{k} ({v})" for k, v in sorted(b["failed_expectations"].items()))
            out.print(f"  {b['batch_id']}  {b['status']}, {b['quarantined']} of {b['received']} rows quarantined"
                      + (f": {why}" if why else ""), markup=False, highlight=False, soft_wrap=True)


def read_run_summary(settings: Settings) -> tuple[list, list, list]:
    """The figures the run summary prints: dyad years, pressure years and each client's headline. Read
    while the run still holds the writer lock: once it is released, another run may hold the file and a
    read-only open would fail after a good load."""
    from flows.db import connect
    from flows.marts.headline import read_headline
    from flows.marts.summary import dyad_summary, pressure_by_year

    con = connect(settings.warehouse, read_only=True)
    try:
        headlines = [read_headline(con, settings, client) for client in settings.clients]
        return dyad_summary(con, settings), pressure_by_year(con, settings), headlines
    finally:
        con.close()


def print_snapshot_headlines(settings: Settings) -> None:
    """After a load that published: the headlines, read from the fresh snapshot (a reader never waits for,
    or blocks, the next writer of the warehouse). Nothing when the snapshot cannot be read."""
    import duckdb

    from flows.marts.headline import read_headline

    try:
        con = duckdb.connect(str(settings.snapshot), read_only=True)
        try:
            headlines = [read_headline(con, settings, client) for client in settings.clients]
        finally:
            con.close()
    except duckdb.Error:
        return
    print_headlines(headlines)


def print_headlines(headlines: list) -> None:
    """The answer first: each client's headline, one sentence per patron and pressure state."""
    for headline in headlines:
        out.print(f"{headline.title}:", markup=False, highlight=False, soft_wrap=True)
        for sentence in headline.sentences:
            out.print(f"- {sentence}", markup=False, highlight=False, soft_wrap=True)


SAMPLE_NOTE = ("These figures come from the bundled sample, which is synthetic: GDELT-format rows and articles "
               "written by allywatch to exercise the pipeline. They describe no real events.")


def print_run_summary(settings: Settings, paths: dict[str, str], figures: tuple[list, list, list],
                      on_sample: bool = False) -> None:
    summary, pressure, headlines = figures
    if on_sample:  # said before the tables, so nobody quotes the sample's trends as news
        out.print(SAMPLE_NOTE, markup=False, highlight=False, soft_wrap=True)
    print_headlines(headlines)
    for client in settings.clients:
        for patron in settings.patrons:
            rows = [s for s in summary if s.patron_iso3 == patron and s.client_iso3 == client]
            if not rows:
                continue
            table = Table(title=f"{patron} → {client}: support per year (gdelt + text); appeals {client}→{patron}")
            for column in ("year", "events", "intensity", "military", "econ.", "energy", "dipl.", "human.",
                           "material", "appeals"):
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
    for name in ("warehouse", "snapshot", "parquet", "report", "data_docs"):
        value = paths.get(name) or ""
        shown = str(Path(value).resolve()) if value and not value.startswith(DUCKLAKE_PREFIX) else redacted(value)
        out.print(f"{name}: {shown}", markup=False, highlight=False, soft_wrap=True)


def print_quarantine(columns: list[str], rows: list[tuple],
                     output_format: OutputFormat = OutputFormat.table) -> None:
    if output_format is not OutputFormat.table:
        print_machine({"quarantine": Listing(columns, rows)}, output_format)
        return
    if not rows:
        out.print("quarantine is empty for this selection")
        return
    table = Table(title=f"{len(rows)} quarantined rows")
    # The batch id is whole and never wrapped, so it can be pasted into --batch; the reason folds instead.
    table.add_column("batch", no_wrap=True)
    for column in ("stage", "row", "expectation", "reason", "resolved"):
        table.add_column(column, overflow="fold")
    for batch_id, stage, row_number, expectation, reason, resolved in rows:
        table.add_row(batch_id, stage, str(row_number), expectation or "", reason, cell(resolved))
    out.print(table)


def print_status(sources: Listing, alerts: Listing, skipped: Listing,
                 output_format: OutputFormat = OutputFormat.table) -> None:
    if output_format is not OutputFormat.table:
        print_machine({"sources": sources, "alerts": alerts, "skipped_runs": skipped}, output_format)
        return
    rows, alerts_rows, skipped_rows = sources.rows, alerts.rows, skipped.rows
    # Light borders, no wrapping: whole timestamps (min_width), the table as wide as it needs (STATUS_WIDTH).
    table = Table(title="sources", box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    for column in ("source", "newest item", "newest upstream", "last loaded at", "loaded", "rejected", "failed",
                   "gave up", "last batch at"):
        timestamp = "newest" in column or column.endswith(" at")
        table.add_column(column, no_wrap=True, min_width=19 if timestamp else None)
    for row in rows:
        table.add_row(*(cell(v) for v in row[1:10]))
    # Wider than a small terminal rather than cut (Console.print can only narrow its console's width).
    Console(file=out.file, width=max(out.width, STATUS_WIDTH), force_terminal=out.is_terminal).print(table)
    for row in rows:
        if len(row) > 10 and row[10]:  # lines of the source's lists that the last check could not read
            out.print(f"{row[1]}: {row[10]} list lines skipped at the last check (they cannot be read; "
                      "the plan task's log names them)", markup=False, highlight=False, soft_wrap=True)
    if alerts_rows:
        shown = Table(title="active shift alerts (support halved against its baseline)")
        for column in ("patron", "client", "day", "S30", "baseline"):
            shown.add_column(column)
        for alert in alerts_rows:
            shown.add_row(*(str(v) for v in alert))
        out.print(shown)
    else:
        out.print("no active shift alerts")
    for run, count, last_at, last_error in skipped_rows:
        out.print(f"{run}: {count} run(s) skipped on a busy warehouse, last at {cell(last_at)}: {last_error}",
                  markup=False, highlight=False, soft_wrap=True)


@contextmanager
def progress_bar(total: int, description: str) -> Iterator[Callable[..., None]]:
    """A rich progress bar on a terminal for long backfills; silent when output is not a terminal.

    The callable it yields takes the steps done and, optionally, a note such as the rows so far.
    """
    if total < 2 or not err.is_terminal:
        yield lambda _step, _note=None: None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[note]}"), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task_id = bar.add_task(description, total=total, note="")

        def advance(step: int, note: str | None = None) -> None:
            bar.update(task_id, advance=step, **({"note": note} if note else {}))

        yield advance
