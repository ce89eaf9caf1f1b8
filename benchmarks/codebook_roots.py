"""CAMEO root accuracy on the codebook-style proxy (``data/codebook_style``), for the coder and the floor.

The issue's bar "CAMEO root accuracy >= 0.60 on codebook examples" asks whether the coder names the right
kind of event, whoever the actors are. The proxy's labels carry a CAMEO code on every event, so it can be
measured there:

- gold: the distinct CAMEO codes of a sentence's events that are not negated, its state-to-state
  ``events`` and its ``other_events`` (a side that is no state) alike; a code told twice in a sentence
  (both directions of a symmetric event) counts once;
- a gold code is found when its root (first two digits) is the root of a prediction of the same
  sentence that is not negated; actors are not checked (dev_gold's ``score.py`` checks them);
- accuracy = found / gold. No-event sentences add nothing to it.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from benchmarks.keyword_floor import floor_events


def gold_codes(row: Mapping) -> set[str]:
    """The CAMEO codes a labelled sentence asks for (negated events left out)."""
    return {str(e["cameo"]) for e in [*row.get("events", []), *row.get("other_events", [])]
            if e.get("cameo") and not e.get("negated")}


def predicted_roots(objects: Iterable[Mapping]) -> dict[str, set[str]]:
    """Sentence id -> roots of its predictions that are not negated (extract-contract objects)."""
    roots: dict[str, set[str]] = {}
    for obj in objects:
        if obj.get("cameo") and obj.get("negated") is not True:
            roots.setdefault(str(obj.get("id")), set()).add(str(obj["cameo"])[:2])
    return roots


def root_accuracy(rows: Iterable[Mapping], roots: Mapping[str, set[str]]) -> float | None:
    """Share of the rows' gold codes whose root is predicted in their sentence (None: no gold code)."""
    found = total = 0
    for row in rows:
        predicted = roots.get(str(row["id"]), set())
        codes = gold_codes(row)
        total += len(codes)
        found += sum(code[:2] in predicted for code in codes)
    return found / total if total else None


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def floor_roots(rows: list[dict]) -> dict[str, set[str]]:
    """The keyword floor's one guess per sentence (``benchmarks/keyword_floor.py``), as roots."""
    return predicted_roots(e for r in rows for e in floor_events(str(r["id"]), r["text"], r.get("date")))


__all__ = ["floor_roots", "gold_codes", "predicted_roots", "read_rows", "root_accuracy"]
