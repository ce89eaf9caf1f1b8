"""Streaming JSONL extraction: one input object per line in, one coded event per line out.

Input lines: ``{"id": "...", "text": "...", "date": "YYYY-MM-DD"?, "language": "en"|"es"?}``.
Output lines are the extract contract written by ``coder.to_contract`` (docs/coder.md lists its keys).
A bad line is reported through ``warn`` with its number, what is wrong and how to fix it, and
skipped; the rest of the stream is still coded. Nothing is held beyond the current line.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from flows.normalize.coder import code_text, to_contract
from flows.reference import vocabulary


@dataclass
class ExtractStats:
    lines: int = 0
    coded_events: int = 0
    bad_lines: int = 0


class _BadLine(ValueError):
    """A line that cannot be coded; the message says what is wrong and how to fix it."""


def _parse(raw: str) -> tuple[str, str, dt.date | None, str | None]:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise _BadLine(f"invalid JSON ({exc.msg} at column {exc.colno}); "
                       "write one JSON object per line") from None
    if not isinstance(obj, dict):
        raise _BadLine("not a JSON object; write {\"id\": ..., \"text\": ...}")
    if "id" not in obj or obj["id"] is None or obj["id"] == "":
        raise _BadLine("missing \"id\"; give every line a non-empty \"id\"")
    if "text" not in obj:
        raise _BadLine("missing \"text\"; add the article or sentence text as \"text\"")
    if not isinstance(obj["text"], str):
        kind = type(obj["text"]).__name__
        raise _BadLine(f"\"text\" is {kind}, not a string; pass the text as a JSON string")
    return str(obj["id"]), obj["text"], _date(obj.get("date")), _language(obj.get("language"))


def _date(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])  # a timestamp's date part is enough
        except ValueError:
            pass
    raise _BadLine(f"bad \"date\" {value!r}; use YYYY-MM-DD or leave it out")


def _language(value: object) -> str | None:
    if value is None:
        return None
    allowed = vocabulary()["languages"]
    if value not in allowed:
        raise _BadLine(f"unknown \"language\" {value!r}; use one of {', '.join(allowed)} or leave it out")
    return str(value)


def code_line(number: int, raw: str, stats: ExtractStats) -> tuple[list[str], str | None]:
    """One input line: (serialized events, warning or None); stats are updated in place."""
    if not raw.strip():
        return [], None  # blank lines carry nothing and are not errors
    stats.lines += 1
    try:
        input_id, text, day, language = _parse(raw)
    except _BadLine as exc:
        stats.bad_lines += 1
        return [], f"line {number}: {exc}"
    events = [json.dumps(to_contract(input_id, event), ensure_ascii=False)
              for event in code_text(text, on=day, language=language)]
    stats.coded_events += len(events)
    return events, None


def code_chunk(numbered: list[tuple[int, str]]) -> tuple[list[str], list[str], ExtractStats]:
    """A run of (line number, line) pairs: (events, warnings, counts). What a fan-out worker runs."""
    stats, events, warnings = ExtractStats(), [], []
    for number, raw in numbered:
        coded, warning = code_line(number, raw, stats)
        events += coded
        if warning:
            warnings.append(warning)
    return events, warnings, stats


def extract_lines(lines: Iterable[str], write: Callable[[str], None],
                  warn: Callable[[str], None]) -> ExtractStats:
    """Code each JSONL input line and ``write`` one JSON document per event; returns the counts.

    ``write`` gets one serialized event per call, without a trailing newline; ``warn`` gets one
    message per bad line, starting with "line N:" (1-based, blank lines counted).
    """
    stats = ExtractStats()
    for number, raw in enumerate(lines, start=1):
        events, warning = code_line(number, raw, stats)
        if warning:
            warn(warning)
        for event in events:
            write(event)
    return stats
