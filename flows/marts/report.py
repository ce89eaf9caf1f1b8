"""A static, self-contained HTML report per client: support index and monthly intensity per patron,
pressure beside support, appeals and fulfilment, shift alerts and the strongest recent events.

Charts are SVG data URIs (no script, no network). Every value is escaped: evidence, titles and URLs
come from the outside world, and only http(s) and file URLs become links.
"""
from __future__ import annotations

import html
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb

from flows.config import Settings
from flows.db import sql_text
from flows.files import publish_text
from flows.marts.charts import Chart, appeals_chart, patron_chart, pressure_chart
from flows.marts.headline import Headline, read_headline
from flows.marts.summary import dyad_summary, pressure_by_year

RECENT_DAYS = 365
STRONGEST_LIMIT = 25
SHOWN_ROWS = 10  # rows of a long list shown before the rest folds away
SAFE_SCHEMES = ("http://", "https://", "file://")

STYLE = """body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#222;
line-height:1.4}h1{margin-bottom:0.2rem}h2{border-bottom:2px solid #ddd;padding-bottom:0.2rem;margin-top:2.2rem}
table{border-collapse:collapse;margin:0.5rem 0 1.5rem;font-size:0.9rem}td,th{border:1px solid #ccc;
padding:0.25rem 0.5rem;text-align:right;vertical-align:top}th{background:#f3f3f3;text-align:left}
td.text{text-align:left;
max-width:36rem}td.url{text-align:left;max-width:18rem;word-break:break-all}caption{text-align:left;
font-weight:600;padding:0.25rem 0}figure{margin:1rem 0 1.5rem}figure img{width:100%;height:auto}
figcaption{font-size:0.85rem;color:#555}.muted{color:#777}.note{color:#555;font-size:0.9rem}
.up{color:#1a9850}.down{color:#d73027}details{margin:0.5rem 0 1.5rem}"""


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}"
    return "" if value is None else str(value)


def _rows_table(caption: str, headers: list[str], rows: list[str], shown: int | None = None,
                what: str = "rows") -> str:
    """A table of ready <tr> rows; past `shown` rows, the rest sit in a closed <details> below it, so
    long lists do not bury the charts."""
    head = "<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in headers) + "</tr>"
    table = f"<table><caption>{html.escape(caption)}</caption>{head}{''.join(rows[:shown])}</table>"
    if shown is None or len(rows) <= shown:
        return table
    return (f"{table}<details><summary>{len(rows) - shown} older {html.escape(what)}</summary>"
            f"<table>{head}{''.join(rows[shown:])}</table></details>")


def _table(caption: str, headers: list[str], rows: list[list[object]], text_columns: frozenset[int] = frozenset(),
           shown: int | None = None, what: str = "rows") -> str:
    body = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            css = ' class="text"' if i in text_columns else ""
            cells.append(f"<td{css}>{html.escape(_cell(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return _rows_table(caption, headers, body, shown, what)


def _link(url: str | None) -> str:
    """A link only for http(s) and file URLs; anything else (javascript:, data:) is shown as text."""
    if not url or not url.lower().startswith(SAFE_SCHEMES):
        return html.escape(url or "")
    return f'<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer">{html.escape(url)}</a>'


def _figure(chart: Chart) -> str:
    return (f'<figure><img src="{html.escape(chart.uri, quote=True)}" alt="{html.escape(chart.alt, quote=True)}">'
            f"<figcaption>{html.escape(chart.caption)}</figcaption></figure>")


def _query(con: duckdb.DuckDBPyConnection, relative: str, params: dict) -> list[tuple]:
    return con.execute(sql_text(relative), params).fetchall()


def _glance(con: duckdb.DuckDBPyConnection, client: str, patrons: list[str]) -> str:
    """Index and trend beside the event counts of the very windows they compare, so a quiet month (index
    0 with events earlier in the year) reads as what it is rather than as a contradiction."""
    rows = _query(con, "queries/report_at_a_glance.sql", {"client": client, "patrons": patrons})
    body = []
    for patron, _, index, before, trend, last_30, base_30, last_year, year_before in rows:
        arrow = "" if not trend else (' <span class="up">▲</span>' if trend > 0 else ' <span class="down">▼</span>')
        shown = [html.escape(_cell(v)) or "–" for v in (index, before, trend)]
        cells = [html.escape(f"{patron} → {client}"), str(last_30), f"{base_30:.1f}", shown[0], shown[1],
                 shown[2] + arrow, str(last_year), str(year_before)]
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    as_of = rows[0][1].isoformat() if rows and rows[0][1] else "no data"
    return _rows_table(f"At a glance, as of {as_of} (the newest day of data)", [
        "dyad", "support events, 30 days to that day", "per 30 days in the 365 before",
        "support index (50 = as usual)", "index 90 days before", "trend (points)",
        "support events, 365 days to that day", "the 365 days before"], body) + (
        '<p class="note">The support index weighs the intensity of the 30 days to the newest day against the 365 '
        "days before them (per 30 days): it is 0 when nothing happened in those 30 days, however busy the year "
        "was. The two event columns beside it count the same windows.</p>")


def _headline(headline: Headline) -> str:
    items = "".join(f"<li>{html.escape(s)}</li>" for s in headline.sentences)
    return f'<section class="headline"><h2>{html.escape(headline.title)}</h2><ul>{items}</ul></section>'


def _patron_section(con: duckdb.DuckDBPyConnection, settings: Settings, client: str) -> list[str]:
    patrons = list(settings.patrons)
    params = {"client": client, "patrons": patrons}
    index = _query(con, "queries/report_support_index.sql", params)
    monthly = _query(con, "queries/report_monthly_category.sql", params)
    episodes = _query(con, "queries/report_alert_episodes.sql", {"client": client})
    summary = dyad_summary(con, settings.__class__(**{**settings.__dict__, "clients": (client,)}))
    parts = [f"<h2>Support for {html.escape(client)} by patron</h2>"]
    span = _span([d for _, d, _, _ in index] + [m for m, *_ in monthly])
    for patron in patrons:
        own_monthly = [(m, cat, val) for m, p, cat, val, _ in monthly if p == patron]
        if not own_monthly:
            parts.append(f'<p class="note">{html.escape(patron)} → {html.escape(client)}: no support events '
                         "recorded.</p>")
            continue
        own_index = [(d, v, m) for p, d, v, m in index if p == patron]
        alerts = [(first, last) for p, first, last, *_ in episodes if p == patron]
        parts.append(_figure(patron_chart(patron, client, own_index, own_monthly, alerts, span)))
        rows = [[s.year, s.support_events, s.support_intensity, s.military, s.economic, s.energy,
                 s.diplomatic, s.humanitarian,
                 None if s.material_share is None else f"{s.material_share:.0%}", s.appeals]
                for s in summary if s.patron_iso3 == patron]
        parts.append(_table(f"{patron} → {client}: support per year", [
            "year", "support events", f"intensity ({'Σ |Goldstein| × w'})", "military", "economic", "energy",
            "diplomatic", "humanitarian", "material share", f"appeals {client}→{patron}"], rows))
    return parts


def _span(days: list[date]) -> tuple[date, date]:
    """The common date range of the patron charts, padded by a month on each side."""
    first, last = (min(days), max(days)) if days else (date(2000, 1, 1), date(2000, 12, 31))
    return first - timedelta(days=31), last + timedelta(days=31)


def _pressure_section(con: duckdb.DuckDBPyConnection, settings: Settings, client: str) -> list[str]:
    parts = [f"<h2>Pressure on {html.escape(client)} beside patron support</h2>"]
    rows = _query(con, "queries/report_pressure_support_year.sql", {
        "client": client, "patrons": list(settings.patrons), "pressure": list(settings.pressure_states)})
    if not rows:
        return [*parts, '<p class="note">No support or pressure events recorded.</p>']
    parts.append(_figure(pressure_chart(client, [(y, s, d, i) for y, s, d, _, i in rows])))
    focus = settings.__class__(**{**settings.__dict__, "clients": (client,)})
    pressure = [list(r) for r in pressure_by_year(con, focus)]
    if pressure:
        parts.append(_table(f"Pressure on {client}", ["from", "on", "year", "events", "intensity"], pressure,
                            frozenset({0, 1})))
    return parts


def _appeals_section(con: duckdb.DuckDBPyConnection, client: str) -> list[str]:
    parts = [f"<h2>Appeals by {html.escape(client)} and fulfilment</h2>"]
    per_year = _query(con, "queries/report_appeals_year.sql", {"client": client})
    if not per_year:
        return [*parts, '<p class="note">No appeals recorded.</p>']
    parts.append(_figure(appeals_chart(client, per_year)))
    appeals = _query(con, "queries/report_appeals.sql", {"client": client})
    rows = [[str(d), f"{c}→{p}", cat, "yes" if ok else "no", ev, u] for d, c, p, cat, ok, ev, u in appeals]
    parts.append(_appeals_table(rows))
    return parts


def _pledges_section(con: duckdb.DuckDBPyConnection, settings: Settings, client: str) -> list[str]:
    parts = [f"<h2>Pledges to {html.escape(client)} against deliveries</h2>",
             '<p class="note">A pledge is an intent to give material aid or cooperate materially (CAMEO 031x, '
             "033x); it is delivered when a material act of the same category and dyad (06x-08x) follows within "
             f"{settings.pledge_window_days} days, each delivery answering the earliest open pledge. Pending: the "
             "window is still open. Share delivered counts settled pledges only.</p>"]
    rows = _query(con, "queries/report_pledge_delivery.sql", {"client": client, "patrons": list(settings.patrons)})
    if not rows:
        return [*parts, '<p class="note">No pledges recorded.</p>']
    shown = [[f"{p} → {client}", year, pledged, delivered, expired, pending,
              None if share is None else f"{share:.0%}", None if days is None else f"{days:g}"]
             for p, year, pledged, delivered, expired, pending, share, days in rows]
    parts.append(_table(f"Pledges to {client} per patron and year of the pledge, newest first", [
        "dyad", "year", "pledged", "delivered", "expired", "pending", "share delivered",
        "median days to delivery"], shown, frozenset({0}), SHOWN_ROWS, "years"))
    return parts


def _appeals_table(rows: list[list]) -> str:
    body = ["<tr>" + "".join(f"<td class=text>{html.escape(_cell(v))}</td>" for v in row[:4])
            + f"<td class=text>{_evidence(row[4])}</td><td class=url>{_link(row[5])}</td></tr>" for row in rows]
    return _rows_table("Appeals and whether they were answered, newest first", [
        "date", "appeal", "category", "material support within 90 days", "evidence", "source"], body,
        SHOWN_ROWS, "appeals")


def _evidence(text: str | None, fallback: str = "GDELT record (no text)") -> str:
    return html.escape(text) if text else f'<span class="muted">{html.escape(fallback)}</span>'


def _alerts_section(con: duckdb.DuckDBPyConnection, client: str) -> list[str]:
    parts = ["<h2>Shift alerts</h2>", '<p class="note">A shift alert marks a day when a tracked patron\'s '
             "30-day support S30 fell to half its baseline B or less, with B ≥ min_baseline. Consecutive days "
             "are shown as one episode.</p>"]
    episodes = _query(con, "queries/report_alert_episodes.sql", {"client": client})
    if not episodes:
        return [*parts, '<p class="note">No shift alerts.</p>']
    rows = [[f"{p} → {client}", str(first), str(last), days, base, s30, "yes" if active else "no"]
            for p, first, last, days, base, s30, active in episodes]
    parts.append(_table(f"Shift alert episodes toward {client}, newest first", [
        "dyad", "first day", "last day", "days", "highest baseline B", "lowest S30", "active now"], rows,
        frozenset({0}), SHOWN_ROWS, "episodes"))
    return parts


def _events_section(con: duckdb.DuckDBPyConnection, client: str) -> list[str]:
    rows = _query(con, "queries/report_strongest_events.sql",
                  {"client": client, "days": RECENT_DAYS, "limit": STRONGEST_LIMIT})
    parts = [f"<h2>Strongest events toward {html.escape(client)} in the last {RECENT_DAYS} days of data</h2>"]
    if not rows:
        return [*parts, '<p class="note">No counted events in that window.</p>']
    body = []
    for day, actor, target, direction, category, code, name, origin, intensity, evidence, url in rows:
        cells = [str(day), f"{actor} → {target}", direction, category, f"{code} {name or ''}".strip(), origin,
                 _cell(intensity)]
        body.append("<tr>" + "".join(f"<td class=text>{html.escape(c)}</td>" for c in cells[:-1])
                    + f"<td>{html.escape(cells[-1])}</td><td class=text>{_evidence(evidence)}</td>"
                    f"<td class=url>{_link(url)}</td></tr>")
    return [*parts, _rows_table(f"Top {len(rows)} by intensity |Goldstein| × (1 + ln(1 + articles))", [
        "date", "actor → target", "direction", "category", "CAMEO", "origin", "intensity", "evidence", "source"],
        body)]


def render_report(con: duckdb.DuckDBPyConnection, settings: Settings, client: str) -> str:
    parts = [f"<h1>Support for {html.escape(client)}: allywatch report</h1>",
             f'<p class="note">Generated {datetime.now(UTC):%Y-%m-%d %H:%M} UTC from '
             f"{html.escape(str(settings.warehouse))}. Patrons: {html.escape(', '.join(settings.patrons))}; "
             f"pressure states: {html.escape(', '.join(settings.pressure_states))}. "
             "Intensity = Σ |Goldstein| × (1 + ln(1 + articles)); GDELT and text events are summed. "
             "See docs/metrics.md in the allywatch repository for the definitions.</p>",
             _headline(read_headline(con, settings, client)),
             _glance(con, client, list(settings.patrons))]
    parts += _patron_section(con, settings, client)
    parts += _pressure_section(con, settings, client)
    parts += _appeals_section(con, client)
    parts += _pledges_section(con, settings, client)
    parts += _alerts_section(con, client)
    parts += _events_section(con, client)
    return (f"<!doctype html><html lang=en><meta charset=utf-8><title>allywatch: {html.escape(client)}</title>"
            f"<style>{STYLE}</style><body>{''.join(parts)}</body></html>")


def write_report(con: duckdb.DuckDBPyConnection, settings: Settings, client: str, out_dir: Path) -> Path:
    """The client's report in out_dir (the caller holds the writer lock, as for the snapshot)."""
    return publish_text(out_dir / f"allywatch_{client.lower()}.html", render_report(con, settings, client))
