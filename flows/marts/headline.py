"""The headline: the analyst's question answered in sentences, per client, from the marts.

Per tracked patron: material support in the newest year of data against the yearly average of the
baseline years (the comparison of BI example 2, pro-rated while the year is partial), the support index
on the newest day, and the client's appeals to it that year; per pressure state: pressure measured the
same way. The sentences are built by pure functions from query rows (sql/queries/headline_*.sql), so
they can be checked without a warehouse. docs/metrics.md defines every figure.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from functools import cache

import duckdb

from flows import SAMPLE_DIR
from flows.config import Settings
from flows.db import sql_text

BASELINE_YEARS = (2018, 2019)  # the baseline of BI example 2
SAMPLE_MARK = " (synthetic sample)"


@dataclass(frozen=True)
class Change:
    """One row of headline_change.sql: a state's intensity toward the client, now and in the baseline."""
    state_iso3: str
    last_day: date
    current_year: int
    elapsed_days: int
    year_days: int
    baseline_per_year: float
    baseline_events: int
    current_intensity: float
    current_events: int
    baseline_same_span: float


@dataclass(frozen=True)
class PatronNow:
    """One row of headline_patron.sql: the support index on the newest day and this year's appeals."""
    patron_iso3: str
    support_index: float | None
    appeals: int
    met: int
    awaiting: int


@dataclass(frozen=True)
class Headline:
    client_iso3: str
    title: str
    sentences: list[str]


def _baseline_label(years: tuple[int, int]) -> str:
    first, last = years
    return str(first) if first == last else f"{first}-{str(last)[-2:]}"


def period(row: Change) -> str:
    """The current period in words: the year, and the day it ends on while the year is partial."""
    if row.elapsed_days >= row.year_days:
        return str(row.current_year)
    return f"{row.current_year} to {row.last_day.isoformat()} (partial year)"


def _events(n: float) -> str:
    return f"{n:g} event{'' if n == 1 else 's'}"


def change_clause(row: Change, what: str, years: tuple[int, int] = BASELINE_YEARS) -> str:
    """E.g. 'material support down 79 % against the 2018-19 yearly average (intensity 93 against 445; 4
    events, 26 a year then)'; the edge cases say what is missing instead of an infinite percentage."""
    label = _baseline_label(years)
    if row.current_year <= years[1]:
        return f"{what}: no year after the {label} baseline in the data yet"
    if row.baseline_events == 0 and row.current_events == 0:
        return f"no {what} events, nor in {label}"
    if row.baseline_events == 0 or row.baseline_same_span <= 0:
        return (f"{what} {_events(row.current_events)} (intensity {row.current_intensity:,.0f}), "
                f"no baseline events in {label}")
    pct = round(100 * (row.current_intensity - row.baseline_same_span) / row.baseline_same_span)
    moved = "unchanged (0 %)" if pct == 0 else f"{'up' if pct > 0 else 'down'} {abs(pct)} %"
    span = "" if row.elapsed_days >= row.year_days else f" for the same {row.elapsed_days} days"
    per_year = row.baseline_events / (years[1] - years[0] + 1)
    return (f"{what} {moved} against the {label} yearly average{span} (intensity "
            f"{row.current_intensity:,.0f} against {row.baseline_same_span:,.0f}; {_events(row.current_events)}, "
            f"{per_year:g} a year then)")


def index_clause(now: PatronNow) -> str:
    if now.support_index is None:
        return "no support index (no support in the last 30 days nor the year before)"
    return f"support index {now.support_index:.0f} (its last 30 days against the year before; 50 = as usual)"


def appeals_clause(now: PatronNow, client: str) -> str:
    if now.appeals == 0:
        return f"no appeals from {client}"
    waiting = f", {now.awaiting} too recent to judge" if now.awaiting else ""
    return (f"{now.appeals} appeal{'s' if now.appeals != 1 else ''} from {client}, {now.met} met by material "
            f"support within 90 days{waiting}")


def patron_sentence(row: Change, now: PatronNow, names: dict[str, str], client_iso3: str,
                    sample: bool = False) -> str:
    """One patron's sentence: material support against the baseline, the support index, the appeals."""
    patron, client = names.get(row.state_iso3, row.state_iso3), names.get(client_iso3, client_iso3)
    lead = f"{patron} → {client}, {period(row)}: "
    mark = SAMPLE_MARK if sample else ""
    if row.baseline_events == 0 and row.current_events == 0 and now.support_index is None and now.appeals == 0:
        return f"{patron} → {client}: no material support, support index or appeals recorded{mark}."
    return lead + "; ".join([change_clause(row, "material support"), index_clause(now),
                             appeals_clause(now, client)]) + mark + "."


def pressure_sentence(row: Change, names: dict[str, str], client_iso3: str, sample: bool = False) -> str:
    state, client = names.get(row.state_iso3, row.state_iso3), names.get(client_iso3, client_iso3)
    return f"{state} → {client}, {period(row)}: {change_clause(row, 'pressure')}{SAMPLE_MARK if sample else ''}."


def build_headline(client_iso3: str, changes: list[Change], patrons_now: list[PatronNow], pressure: list[Change],
                   names: dict[str, str], sample: bool = False) -> Headline:
    """The headline of one client from the query rows (patrons in `changes` order)."""
    now = {p.patron_iso3: p for p in patrons_now}
    client = names.get(client_iso3, client_iso3)
    as_of = changes[0].last_day.isoformat() if changes else (pressure[0].last_day.isoformat() if pressure else "")
    title = f"The answer for {client}, as of {as_of}{SAMPLE_MARK if sample else ''}" if as_of else \
        f"The answer for {client}: no data yet"
    sentences = [patron_sentence(c, now.get(c.state_iso3, PatronNow(c.state_iso3, None, 0, 0, 0)), names,
                                 client_iso3, sample) for c in changes]
    sentences += [pressure_sentence(p, names, client_iso3, sample) for p in pressure]
    return Headline(client_iso3, title, sentences)


@cache  # the bundled files do not change while a process runs
def sample_md5s() -> list[str]:
    """md5 of every file of the bundled GDELT sample: the ledger records each loaded file's md5."""
    return sorted(hashlib.md5(p.read_bytes()).hexdigest() for p in (SAMPLE_DIR / "gdelt").glob("*.zip"))


def holds_sample(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the warehouse has loaded any file of the bundled (synthetic) sample."""
    return con.execute(sql_text("queries/sample_batches.sql"), {"md5s": sample_md5s()}).fetchone()[0] > 0


def read_headline(con: duckdb.DuckDBPyConnection, settings: Settings, client: str) -> Headline:
    """The client's headline from the warehouse (or the snapshot: both hold the marts it reads)."""
    years = {"baseline_first": BASELINE_YEARS[0], "baseline_last": BASELINE_YEARS[1], "client": client}
    if con.execute("select count(*) from dim_date").fetchone()[0] == 0:
        return Headline(client, f"The answer for {client}: no data yet", [])
    change = sql_text("queries/headline_change.sql")
    changes = [Change(*r) for r in con.execute(change, {**years, "states": list(settings.patrons),
                                                        "direction": "support"}).fetchall()]
    pressure = [Change(*r) for r in con.execute(change, {**years, "states": list(settings.pressure_states),
                                                         "direction": "pressure"}).fetchall()]
    now = [PatronNow(*r) for r in con.execute(sql_text("queries/headline_patron.sql"),
                                              {"client": client, "patrons": list(settings.patrons)}).fetchall()]
    codes = [client, *settings.patrons, *settings.pressure_states]
    names = dict(con.execute(sql_text("queries/country_names.sql"), {"codes": codes}).fetchall())
    order = {p: i for i, p in enumerate(settings.patrons)}
    changes.sort(key=lambda c: order.get(c.state_iso3, len(order)))
    return build_headline(client, changes, now, pressure, names, holds_sample(con))
