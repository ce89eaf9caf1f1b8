"""Lone surnames that name office holders of more than one state at the same time.

The dictionaries list some heads of state by surname alone ("HUSSEIN" under Jordan's king). When an
office holder of another state with that surname held a national office for a year or more of the same
period ("Saddam Hussein", Iraq), the lone word cannot tell them apart and resolving it to one of them
makes the other's sentences wrong; such a surname's rows are dropped. A surname after a particle
("de Castro", "bin Hussein") is a different family name and does not count, nor do short overlaps
(a month as acting minister) or offices below the national government (a ministry's sub-sector).
"""
from __future__ import annotations

import datetime as dt

OFFICE_KINDS = frozenset({"official", "leader"})
PARTICLES = frozenset({"de", "del", "da", "do", "dos", "e", "y", "bin", "ibn", "al", "el", "tun", "van", "von"})
MIN_OVERLAP = dt.timedelta(days=365)


def _span(row: tuple) -> tuple[dt.date, dt.date] | None:
    if not row[2] or row[4] not in OFFICE_KINDS:
        return None
    return dt.date.fromisoformat(row[2]), dt.date.fromisoformat(row[3]) if row[3] else dt.date.max


def _competitors(rows: set[tuple]) -> dict[str, list[tuple[str, tuple[dt.date, dt.date]]]]:
    """Surname -> (state, tenure) of national offices held by people whose full name ends with it."""
    out: dict[str, list] = {}
    for row in rows:
        words = row[0].split()
        span = _span(row)
        if len(words) < 2 or span is None or len(row[1]) != 6 or words[-2] in PARTICLES:
            continue
        out.setdefault(words[-1], []).append((row[1][:3], span))
    return out


def _overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return end > start and (end - start) >= MIN_OVERLAP


def drop_shared_surnames(rows: set[tuple]) -> set[tuple]:
    """``rows`` without the lone-surname rows whose tenure another state's namesake shared."""
    competitors = _competitors(rows)
    shared = set()
    for row in rows:
        span = _span(row)
        if " " in row[0] or span is None:
            continue
        if any(state != row[1][:3] and _overlap(span, other) for state, other in competitors.get(row[0], ())):
            shared.add(row[0])
    return {r for r in rows if r[0] not in shared}
