"""A static, self-contained HTML report per client: yearly support by patron, appeals, pressure.

Every value is escaped: feed titles, evidence and URLs come from the outside world.
"""
from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from flows.config import Settings
from flows.load.warehouse import sql_text
from flows.marts.summary import dyad_summary, pressure_by_year

STYLE = """body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#222}
table{border-collapse:collapse;margin:0.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:0.25rem 0.5rem;
text-align:right}th{background:#f3f3f3}td.text{text-align:left;max-width:40rem}caption{text-align:left;
font-weight:600;padding:0.25rem 0}.bar{background:#4a7fb5;height:0.8rem;display:inline-block}"""


def _table(caption: str, headers: list[str], rows: list[list[object]], text_columns: set[int] = frozenset()
           ) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            shown = f"{value:,.1f}" if isinstance(value, float) else ("" if value is None else str(value))
            css = ' class="text"' if i in text_columns else ""
            cells.append(f"<td{css}>{html.escape(shown)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f"<table><caption>{html.escape(caption)}</caption><tr>{head}</tr>"
            + "".join(body) + "</table>")


def _link(url: str | None) -> str:
    if not url or not url.startswith(("http://", "https://", "file://")):
        return html.escape(url or "")
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>'


def render_report(con: duckdb.DuckDBPyConnection, settings: Settings, client: str) -> str:
    focus = settings.__class__(**{**settings.__dict__, "clients": (client,)})
    parts = [f"<h1>Support for {html.escape(client)}: allywatch report</h1>",
             f"<p>Generated {datetime.now(UTC):%Y-%m-%d %H:%M} UTC from {html.escape(str(settings.warehouse))}."
             " Intensity = Σ |Goldstein| × (1 + ln(1 + articles)); see the README for every definition.</p>"]
    summary = dyad_summary(con, focus)
    for patron in settings.patrons:
        rows = [[s.year, s.support_events, s.support_intensity, s.military, s.economic, s.energy,
                 s.diplomatic, s.humanitarian,
                 None if s.material_share is None else f"{s.material_share:.0%}", s.appeals]
                for s in summary if s.patron_iso3 == patron]
        if rows:
            parts.append(_table(f"{patron} → {client}: support per year", [
                "year", "support events", "intensity", "military", "economic", "energy", "diplomatic",
                "humanitarian", "material share", f"appeals {client}→{patron}"], rows))
    pressure = [list(r) for r in pressure_by_year(con, focus)]
    if pressure:
        parts.append(_table(f"Pressure on {client}", ["from", "on", "year", "events", "intensity"], pressure,
                            {0, 1}))
    appeals = con.execute(sql_text("marts/report_appeals.sql"), {"client": client}).fetchall()
    if appeals:
        rows = [[str(d), f"{c}→{p}", cat, "yes" if ok else "no", ev or "", u] for d, c, p, cat, ok, ev, u in appeals]
        parts.append(_appeals_table(rows))
    return (f"<!doctype html><html lang=en><meta charset=utf-8><title>allywatch: {html.escape(client)}</title>"
            f"<style>{STYLE}</style><body>{''.join(parts)}</body></html>")


def _appeals_table(rows: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in ["date", "appeal", "category", "material support within 90 days",
                                              "evidence", "source"])
    body = "".join(
        "<tr>" + "".join(f"<td class=text>{html.escape(v)}</td>" for v in row[:5])
        + f"<td class=text>{_link(row[5])}</td></tr>" for row in rows)
    return f"<table><caption>Appeals and whether they were answered</caption><tr>{head}</tr>{body}</table>"


def write_report(con: duckdb.DuckDBPyConnection, settings: Settings, client: str, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"allywatch_{client.lower()}.html"
    tmp = target.with_suffix(".html.tmp")
    tmp.write_text(render_report(con, settings, client), encoding="utf-8")
    tmp.replace(target)
    return target
