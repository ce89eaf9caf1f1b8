"""Expand the hand-written label sources (``<split>_<lang>.txt``) into ``<split>.jsonl``.

Each source line is ``lang | date | text | events``. An event is ``SRC>TGT CAMEO [neg] [energy] [$amount]``
where a side is ``ISO3`` (government), ``ISO3.SECTOR`` or ``-.SECTOR`` (no state: IGO, NGO, REB...);
events are separated by ``;`` and an empty field means the sentence holds no event. Direction and
support category follow from the CAMEO code through the project's decision table
(``flows/reference/event_types.csv``); ``energy`` overrides the category. Run:

    python tests/data/labelled/build_labelled.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from flows.reference import event_types  # noqa: E402


def _side(spec: str) -> dict:
    country, _, sector = spec.partition(".")
    return {"country": None if country == "-" else country, "sector": sector or "GOV"}


def _event(spec: str) -> dict:
    dyad, cameo, *flags = spec.split()
    source, target = dyad.split(">")
    kind = event_types()[cameo]
    amount = next((float(f[1:]) for f in flags if f.startswith("$")), None)
    return {"source": _side(source), "target": _side(target), "cameo": cameo, "direction": kind.direction,
            "support_category": "energy" if "energy" in flags else kind.support_category,
            "negated": "neg" in flags, "amount_usd": amount}


def build(split: str) -> int:
    rows = []
    for lang in ("en", "es"):
        path = HERE / f"{split}_{lang}.txt"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            language, date, text, events = (part.strip() for part in line.split(" | ", 3))
            rows.append({"id": f"{split}-{lang}-{len(rows) + 1:03d}", "text": text, "date": date or None,
                         "language": language,
                         "expected": [_event(e.strip()) for e in events.split(";") if e.strip()]})
    with open(HERE / f"{split}.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


if __name__ == "__main__":
    for name in sys.argv[1:] or ["dev", "heldout"]:
        if (HERE / f"{name}_en.txt").exists():
            print(name, build(name))
