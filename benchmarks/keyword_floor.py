"""A keyword coder for the validation records: the floor every figure is shown beside.

One event per sentence at most: the CAMEO code of the first row of ``data/keyword_floor.csv`` (in file
order, not text order) one of whose stems starts a word of the accent-folded, lower-cased text; no
stem, no event. Source and target are the first two different actors named, found by the project's
own ``find_actors`` (``flows.normalize.actors``), either left empty when fewer are named. It is a
floor, not a competitor: no roles, no negation, no patterns.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from functools import cache
from pathlib import Path

KEYWORDS_CSV = Path(__file__).resolve().parent / "data" / "keyword_floor.csv"
_EMPTY = {"text": None, "country": None, "sector": None}


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def keyword_rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    with open(KEYWORDS_CSV, newline="", encoding="utf-8") as f:
        return tuple((row["cameo"], re.compile(rf"\b(?:{row['stems']})")) for row in csv.DictReader(f))


def _actors(text: str, date: str | None) -> list[dict]:
    from flows.normalize.actors import find_actors

    on = dt.date.fromisoformat(date) if date else None
    named: list[dict] = []
    for mention in find_actors(text, on):
        actor = {"text": mention.text, "country": mention.country, "sector": mention.sector or None}
        if all((a["country"], a["sector"]) != (actor["country"], actor["sector"]) for a in named):
            named.append(actor)
    return named[:2]


def floor_events(record_id: str, text: str, date: str | None = None) -> list[dict]:
    """The floor's events for one sentence, as extract-contract objects (only the fields scored)."""
    folded = fold(text)
    cameo = next((code for code, stems in keyword_rows() if stems.search(folded)), None)
    if cameo is None:
        return []
    actors = [*_actors(text, date), _EMPTY, _EMPTY]
    return [{"id": record_id, "source": actors[0], "target": actors[1], "cameo": cameo, "negated": False}]


__all__ = ["KEYWORDS_CSV", "floor_events", "fold", "keyword_rows"]
