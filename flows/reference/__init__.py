"""The project's reference data: the CAMEO decision table and the vocabulary of allowed values."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parent
EVENT_TYPES_CSV = REFERENCE_DIR / "event_types.csv"
VOCABULARY_JSON = REFERENCE_DIR / "vocabulary.json"


@dataclass(frozen=True)
class EventType:
    cameo_code: str
    name: str
    root_code: str
    quad_class: int
    goldstein: float
    plover_event: str | None
    plover_mode: str | None
    support_category: str | None
    direction: str | None


@cache
def event_types() -> dict[str, EventType]:
    """Every CAMEO code (leading zeros kept) with its decision-table fields."""
    with open(EVENT_TYPES_CSV, newline="", encoding="utf-8") as f:
        return {
            row["cameo_code"]: EventType(
                cameo_code=row["cameo_code"],
                name=row["name"],
                root_code=row["root_code"],
                quad_class=int(row["quad_class"]),
                goldstein=float(row["goldstein"]),
                plover_event=row["plover_event"] or None,
                plover_mode=row["plover_mode"] or None,
                support_category=row["support_category"] or None,
                direction=row["direction"] or None,
            )
            for row in csv.DictReader(f)
        }


@cache
def vocabulary() -> dict:
    """Allowed values of every enumerated field (one file for coder, suites and tests)."""
    with open(VOCABULARY_JSON, encoding="utf-8") as f:
        return json.load(f)
