"""The coder against its hand-labelled sentences: floors a few points under the measured scores.

``dev.jsonl`` is what the rules were tuned on; ``heldout.jsonl`` was written after the coder was
finished and never tuned on. A regression below a floor fails; beating a floor is fine.
Scores: ``python scripts/score_coder.py`` (``--json`` for the figures).
"""
from __future__ import annotations

import importlib.util
import json
import re
from functools import cache
from pathlib import Path

import pytest

from flows.reference import event_types, vocabulary

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "tests" / "data" / "labelled"
REQUIRED_FAMILIES = {"02", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13", "15", "16", "17", "18", "19"}

# Measured with coder 0.2.0: dev overall F1 0.93 (P 0.95, R 0.91); held-out F1 0.85 (P 0.91, R 0.80).
# Coder 0.3.9: dev family 03 at 0.831, floor 0.84 -> 0.82: "ready to mediate between Venezuela and the
# United States" now names both parties (an article after "and" joins them); the label names one.
FLOORS = {
    "dev.jsonl": {"f1": 0.89, "precision": 0.91, "recall": 0.87, "strict_f1": 0.89, "false_alarms": 4,
                  "accuracy": {"cameo": 0.87, "category": 0.90, "source_country": 0.97,
                               "target_country": 0.95, "negated": 0.97, "amount": 0.95},
                  "families": {"02": 0.93, "03": 0.82, "04": 0.86, "05": 0.84, "06": 0.75, "07": 0.86, "08": 0.72,
                               "10": 0.93, "11": 0.90, "12": 0.93, "13": 0.93, "15": 0.86, "16": 0.90, "17": 0.69,
                               "19": 0.93}},
    "heldout.jsonl": {"f1": 0.80, "precision": 0.85, "recall": 0.75, "strict_f1": 0.80, "false_alarms": 3,
                      "accuracy": {"cameo": 0.82, "category": 0.84, "source_country": 0.95,
                                   "target_country": 0.95, "negated": 0.95, "amount": 0.92},
                      "families": {"02": 0.86, "04": 0.84, "07": 0.62, "16": 0.84}},
}


@cache
def _scorer():
    spec = importlib.util.spec_from_file_location("score_coder", ROOT / "scripts" / "score_coder.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (LABELLED / name).read_text(encoding="utf-8").splitlines() if line]


def test_sets_are_large_bilingual_and_cover_every_family() -> None:
    dev, heldout = rows("dev.jsonl"), rows("heldout.jsonl")
    everything = dev + heldout
    assert len(everything) >= 300 and len(heldout) >= 60
    assert sum(r["language"] == "es" for r in everything) >= 100
    families = {e["cameo"][:2] for r in dev for e in r["expected"]}
    assert families >= REQUIRED_FAMILIES
    assert sum(not r["expected"] for r in dev) >= 15  # sentences with no event at all
    assert len({r["id"] for r in everything}) == len(everything)
    assert not {r["text"] for r in dev} & {r["text"] for r in heldout}


@pytest.mark.parametrize("name", ["dev.jsonl", "heldout.jsonl"])
def test_expected_events_use_known_values(name: str) -> None:
    codes, voc = event_types(), vocabulary()
    for row in rows(name):
        assert row["language"] in voc["languages"] and row["text"]
        for e in row["expected"]:
            kind = codes[e["cameo"]]
            assert e["direction"] == kind.direction and e["support_category"] in voc["support_categories"]
            for side in (e["source"], e["target"]):
                assert side["sector"] in voc["sectors"]
                assert side["country"] is None or re.fullmatch(r"[A-Z]{3}", side["country"])
            assert isinstance(e["negated"], bool) and (e["amount_usd"] is None or e["amount_usd"] > 0)


def test_direction_is_not_scored_because_the_labels_derive_it_from_the_code() -> None:
    """Each label's direction is the decision table's for its CAMEO code (build_labelled.py), as is the
    coder's, so a direction accuracy would only repeat the code's: the scorer does not report one."""
    codes = event_types()
    labelled = [e for name in ("dev.jsonl", "heldout.jsonl") for r in rows(name) for e in r["expected"]]
    assert all(e["direction"] == codes[e["cameo"]].direction for e in labelled)
    result = _scorer().score(LABELLED / "heldout.jsonl")
    assert "direction" not in result["accuracy"] and {"cameo", "category"} <= set(result["accuracy"])
    assert "direction" not in _scorer().render(result)


@pytest.mark.parametrize("name", ["dev.jsonl", "heldout.jsonl"])
def test_scores_stay_above_their_floors(name: str) -> None:
    result, floor = _scorer().score(LABELLED / name), FLOORS[name]
    overall = result["overall"]
    assert overall["f1"] >= floor["f1"], overall
    assert overall["precision"] >= floor["precision"], overall
    assert overall["recall"] >= floor["recall"], overall
    assert result["strict"]["f1"] >= floor["strict_f1"], result["strict"]
    assert result["false_alarms"] <= floor["false_alarms"]
    for field, value in floor["accuracy"].items():
        assert result["accuracy"][field] >= value, (field, result["accuracy"])
    for family, value in floor["families"].items():
        assert result["families"][family]["f1"] >= value, (family, result["families"][family])


def test_the_jsonl_files_are_built_from_their_sources() -> None:
    spec = importlib.util.spec_from_file_location("build_labelled", LABELLED / "build_labelled.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name in ("dev", "heldout"):
        for lang in ("en", "es"):
            lines = (LABELLED / f"{name}_{lang}.txt").read_text(encoding="utf-8").splitlines()
            texts = [line.split(" | ")[2].strip() for line in lines if line.strip() and not line.startswith("#")]
            assert texts == [r["text"] for r in rows(f"{name}.jsonl") if r["language"] == lang]
