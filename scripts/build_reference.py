"""Rebuild flows/reference/event_types.csv from the shared CAMEO and PLOVER tables.

    python scripts/build_reference.py REFERENCE_DIR   # holds cameo_event_codes.csv and cameo_to_plover.csv

The output is the project's own decision table: every CAMEO code with its quad class,
Goldstein score, PLOVER category and the two fields allywatch adds, `direction` and
`support_category`, by the rules below (named codes first, then rules by CAMEO root). Run it when
the reference tables change and commit the result; the package never reads them at run time.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "flows" / "reference" / "event_types.csv"

# Codes named explicitly here win over every rule below.
CATEGORY_OVERRIDES = {
    "0232": "military", "062": "military", "072": "military", "074": "military",
    "1212": "military", "1222": "military", "1622": "military",
    "0231": "economic", "061": "economic", "071": "economic", "1211": "economic",
    "1221": "economic", "1621": "economic", "163": "economic",
    "0233": "humanitarian", "073": "humanitarian", "1223": "humanitarian", "1623": "humanitarian",
    "161": "diplomatic",
    # Sub-codes whose CAMEO wording names the kind of cooperation.
    "0211": "economic", "0212": "military", "0234": "military", "0311": "economic",
    "0312": "military", "0331": "economic", "0332": "military", "0333": "humanitarian",
    "0334": "military", "075": "humanitarian", "1011": "economic", "1012": "military",
    "1031": "economic", "1032": "military", "1033": "humanitarian", "1034": "military",
    "1311": "diplomatic", "1312": "economic", "1313": "diplomatic",
}
PLOVER_CONTEXT_CATEGORY = {
    "economic": "economic", "military": "military", "humanitarian": "humanitarian",
    "peacekeeping": "military", "cbrn": "military", "asylum": "humanitarian",
    "human_security": "humanitarian",
}


def direction_of(code: str) -> str | None:
    """Direction of an event S->T by CAMEO code."""
    root = int(code[:2])
    if root in (1, 9):
        return None
    if root == 2:
        return "appeal"
    if 3 <= root <= 8:
        return "support"
    if root == 12:
        return "rejection"
    if root == 16:
        return "pressure" if code.startswith("163") else "withdrawal"
    return "pressure"  # 10, 11, 13, 14, 15, 17, 18, 19, 20


def category_of(code: str, plover_context: str) -> str | None:
    if direction_of(code) is None:
        return None
    if code in CATEGORY_OVERRIDES:
        return CATEGORY_OVERRIDES[code]
    root = int(code[:2])
    if root == 15 or root >= 17:
        return "military"
    first_context = plover_context.split(";")[0].strip()
    return PLOVER_CONTEXT_CATEGORY.get(first_context, "diplomatic")


def main(reference_dir: str) -> None:
    ref = Path(reference_dir)
    with open(ref / "cameo_to_plover.csv", newline="") as f:
        plover = {row["cameo_code"]: row for row in csv.DictReader(f)}
    rows = []
    with open(ref / "cameo_event_codes.csv", newline="") as f:
        for row in csv.DictReader(f):
            code = row["cameo_code"]
            p = plover.get(code, {})
            event = p.get("plover_event", "")
            mode = p.get("plover_mode", "")
            if code.startswith("02") and not event:
                # The PLOVER table has no appeal rows; PLOVER codes an appeal as REQUEST.
                event = "REQUEST"
                mode = "assist" if code[:3] in ("021", "023") else ""
            rows.append({
                "cameo_code": code,
                "name": row["name"],
                "root_code": row["root_code"],
                "quad_class": row["quad_class"],
                "goldstein": row["goldstein"],
                "plover_event": event,
                "plover_mode": mode,
                "plover_context": p.get("plover_context", ""),
                "support_category": category_of(code, p.get("plover_context", "")) or "",
                "direction": direction_of(code) or "",
            })
    with open(OUT, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} event types to {OUT}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
