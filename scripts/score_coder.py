"""Score the text coder against a labelled JSONL set (tests/data/labelled/dev.jsonl, heldout.jsonl).

Within each sentence, predicted and expected events are paired when they share the CAMEO root family
(the first two digits); among candidates the pair that agrees on most fields wins. Duplicate
predictions of one family and dyad count once. Reported:

- per family: precision, recall, F1 (a pair counts whatever its actors);
- strict micro P/R/F1: family, source country and target country all right;
- on paired events: exact CAMEO code, support category, source and target country and sector,
  negation and amount accuracy;
- sentences without any event that still got one (false alarms).

The labels list a mutual act once ("Putin met Maduro", "A and B signed a pact"); the coder may also
give its mirror (Maduro met Putin), which is true. A mirror of a paired prediction in a cooperative
family (03-06) counts neither right nor wrong, as in the dev_gold scorer's rule for symmetric events.

Usage: ``python scripts/score_coder.py [FILE ...] [--json]``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flows.normalize.coder import code_text, to_contract  # noqa: E402

LABELLED = ROOT / "tests" / "data" / "labelled"
MUTUAL_FAMILIES = {"03", "04", "05", "06"}  # cooperation is done together: the mirror is the same act
# No direction: the labels take it from the CAMEO decision table (build_labelled.py), as the coder
# does, so its accuracy would only repeat whether the code was right. It needs labels made without
# the table to be measured.
FIELDS = ("cameo", "category", "source_country", "target_country", "source_sector", "target_sector",
          "negated", "amount")


def _family(event: dict) -> str:
    return event["cameo"][:2]


def _values(event: dict) -> dict:
    return {"cameo": event["cameo"], "category": event["support_category"],
            "source_country": event["source"]["country"], "target_country": event["target"]["country"],
            "source_sector": event["source"]["sector"], "target_sector": event["target"]["sector"],
            "negated": event["negated"], "amount": event["amount_usd"]}


def predict(row: dict) -> list[dict]:
    """Coded events of one labelled row, one per family and dyad."""
    day = dt.date.fromisoformat(row["date"]) if row.get("date") else None
    out, seen = [], set()
    for ev in code_text(row["text"], on=day, language=row.get("language")):
        if ev.target is None:
            continue  # the labelled set codes events between two actors only; one-sided ones are out of its scope
        event = to_contract(row["id"], ev)
        key = (_family(event), event["source"]["country"], event["target"]["country"])
        if key not in seen:
            seen.add(key)
            out.append(event)
    return out


def pair(predicted: list[dict], expected: list[dict]) -> list[tuple[dict, dict]]:
    """Greedy pairs of the same family, best field agreement first."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, e in enumerate(expected):
            if _family(p) == _family(e):
                pv, ev = _values(p), _values(e)
                agree = 2 * (pv["source_country"] == ev["source_country"]) + 2 * (
                    pv["target_country"] == ev["target_country"]) + sum(pv[f] == ev[f] for f in FIELDS)
                candidates.append((-agree, i, j))
    used_p, used_e, pairs = set(), set(), []
    for _, i, j in sorted(candidates):
        if i not in used_p and j not in used_e:
            used_p.add(i)
            used_e.add(j)
            pairs.append((predicted[i], expected[j]))
    return pairs


def drop_mirrors(predicted: list[dict], pairs: list[tuple[dict, dict]]) -> list[dict]:
    """Predictions less the unpaired mirrors of paired mutual acts (counted neither right nor wrong)."""
    paired = {id(p) for p, _ in pairs}
    mirrors = {(_family(p), p["target"]["country"], p["source"]["country"]) for p, _ in pairs
               if _family(p) in MUTUAL_FAMILIES}
    return [p for p in predicted if id(p) in paired
            or (_family(p), p["source"]["country"], p["target"]["country"]) not in mirrors]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
            "tp": tp, "predicted": n_pred, "expected": n_gold}


def score(path: Path) -> dict:
    """All figures for one labelled file."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    agree, strict, false_alarms, negatives = Counter(), 0, 0, 0
    pairs_total = 0
    for row in rows:
        predicted, expected = predict(row), row["expected"]
        pairs = pair(predicted, expected)
        predicted = drop_mirrors(predicted, pairs)
        n_pred.update(_family(p) for p in predicted)
        n_gold.update(_family(e) for e in expected)
        if not expected:
            negatives += 1
            false_alarms += bool(predicted)
        for p, e in pairs:
            tp[_family(e)] += 1
            pairs_total += 1
            pv, ev = _values(p), _values(e)
            agree.update(f for f in FIELDS if pv[f] == ev[f])
            strict += pv["source_country"] == ev["source_country"] and pv["target_country"] == ev["target_country"]
    families = {f: _prf(tp[f], n_pred[f], n_gold[f]) for f in sorted(set(n_pred) | set(n_gold))}
    return {"file": path.name, "sentences": len(rows), "families": families,
            "overall": _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values())),
            "strict": _prf(strict, sum(n_pred.values()), sum(n_gold.values())),
            "paired": pairs_total,
            "accuracy": {f: round(agree[f] / pairs_total, 3) if pairs_total else 0.0 for f in FIELDS},
            "negatives": negatives, "false_alarms": false_alarms}


def render(result: dict) -> str:
    lines = [f"== {result['file']}: {result['sentences']} sentences, {result['negatives']} without an event "
             f"({result['false_alarms']} false alarms)",
             f"{'family':<8}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'pred':>6}{'gold':>6}"]
    rows = [*result["families"].items(), ("overall", result["overall"]), ("strict", result["strict"])]
    for name, m in rows:
        lines.append(f"{name:<8}{m['precision']:>7.2f}{m['recall']:>7.2f}{m['f1']:>7.2f}{m['tp']:>5}"
                     f"{m['predicted']:>6}{m['expected']:>6}")
    lines.append(f"on {result['paired']} paired events: " + ", ".join(
        f"{k} {v:.2f}" for k, v in result["accuracy"].items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    files = args.files or [p for p in (LABELLED / "dev.jsonl", LABELLED / "heldout.jsonl") if p.exists()]
    results = [score(p) for p in files]
    print(json.dumps(results, indent=2) if args.json else "\n\n".join(render(r) for r in results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
