"""The coder_quality harness end to end: a stand-in dev_gold folder (our own sentences, a stand-in score.py
that runs the coder command it is given) and a tiny validation file through the real `flows.cli extract`."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from benchmarks.coder_quality import CODEBOOK_STYLE, build_result, codebook_style_scores, dev_gold_scores, measure
from benchmarks.results import ScenarioSkipped, markdown_section
from tests.unit.test_validation_records import XML

SENTENCES = [
    {"id": "t-en-1", "language": "en", "date": None, "text": "Chile sent doctors to Peru.", "events": []},
    {"id": "t-en-2", "language": "en", "date": None, "text": "The harvest was late this year.", "events": []},
    {"id": "t-es-1", "language": "es", "date": "2010-01-02", "text": "Perú criticó a Chile.", "events": []},
]
# Runs the --cmd it is given on its --gold lines like the real one, then prints a summary line whose
# n is the number of lines it was given and whose event_f1 tells the coder (0.5) from the floor (0.25).
STAND_IN_SCORE_PY = textwrap.dedent("""
    import argparse, json, subprocess, sys
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold"); ap.add_argument("--cmd"); ap.add_argument("--baseline", action="store_true")
    a = ap.parse_args()
    gold = [json.loads(line) for line in open(a.gold, encoding="utf-8") if line.strip()]
    if a.cmd:
        assert "flows.cli extract" in a.cmd, a.cmd
        lines = "".join(json.dumps({k: g[k] for k in ("id", "text", "date", "language")}) + "\\n" for g in gold)
        subprocess.run(a.cmd, shell=True, input=lines, text=True, check=True, capture_output=True)
    print("category gold hit")
    f1 = 0.25 if a.baseline else 0.5
    print(f"dev_gold: event_f1={f1:.3f} recall=0.100 precision=0.200 dyad_acc=0.300 direction_acc=1.000 "
          f"fp_rate_negatives=0.400 n={len(gold)}")
""")


@pytest.fixture
def dev_gold(tmp_path: Path) -> Path:
    folder = tmp_path / "dev_gold"
    folder.mkdir()
    (folder / "sentences.jsonl").write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in SENTENCES),
                                            encoding="utf-8")
    (folder / "score.py").write_text(STAND_IN_SCORE_PY, encoding="utf-8")
    return folder


@pytest.fixture
def validation(tmp_path: Path) -> Path:
    folder = tmp_path / "validation"
    folder.mkdir()
    (folder / "tiny.xml").write_text(XML, encoding="utf-8")
    return folder


def test_dev_gold_all_and_per_language_copies(dev_gold: Path) -> None:
    before = (dev_gold / "sentences.jsonl").read_bytes()
    scores = dev_gold_scores(dev_gold)
    assert {s: scores.coder[s]["n"] for s in ("all", "en", "es")} == {"all": 3, "en": 2, "es": 1}
    assert all(scores.coder[s]["event_f1"] == 0.5 and scores.floor[s]["event_f1"] == 0.25 for s in scores.coder)
    assert len(scores.verbatim) == 6 and scores.verbatim[0].endswith("n=3")
    assert (dev_gold / "sentences.jsonl").read_bytes() == before
    assert sorted(p.name for p in dev_gold.iterdir()) == ["score.py", "sentences.jsonl"]


def test_both_sets_in_one_section(dev_gold: Path, validation: Path) -> None:
    result = measure(dev_gold, validation)
    rows = result.tables[0].rows
    assert {(r[0], r[1]) for r in rows} >= {("dev_gold, all", "event_f1"), ("dev_gold, en - es",
                                            "event_f1 gap (English minus Spanish)"),
                                           ("validation, all", "root_accuracy"), ("validation, all", "no_event_share")}
    gap = next(r for r in rows if r[0] == "dev_gold, en - es")
    assert gap[2] == "0.000" and gap[5] == "met"
    validation_rows = [r for r in rows if r[0] == "validation, all"]
    assert all(r[2] == "" or 0 <= float(r[2]) <= 1 for r in validation_rows)
    # The floor on the tiny file, by hand: s1 "huelga" -> 143 (root 14 of event 0), s4 no stem,
    # s5 "critico" -> 111, s6 "atacaron" -> 190: roots 3 of the 6 CAMEO events.
    assert next(r for r in validation_rows if r[1] == "root_accuracy")[3] == "0.500"
    text = markdown_section(result, {"date": "d", "command": "c", "mode": "m", "machine": "x"})
    assert "| set | measure | allywatch | keyword floor | target | verdict |" in text
    assert str(validation) not in text and str(dev_gold) not in text


def test_one_set_missing_is_said(validation: Path) -> None:
    result = measure(None, validation)
    assert "Not measured in this run: dev_gold (no --dev-gold)." in result.notes
    assert not any(r[0].startswith("dev_gold") for r in result.tables[0].rows)


def test_skips_without_any_set(tmp_path: Path) -> None:
    with pytest.raises(ScenarioSkipped, match=r"no --dev-gold.*no --validation"):
        measure(None, None)
    with pytest.raises(ScenarioSkipped, match=r"no score\.py"):
        measure(tmp_path, None)


def test_codebook_style_proxy_is_scored_by_the_dev_gold_scorer(dev_gold: Path) -> None:
    held = [json.loads(line) for line in (CODEBOOK_STYLE / "held.jsonl").read_text(encoding="utf-8").splitlines()]
    scores = codebook_style_scores(dev_gold)
    n = {subset: scores.coder[subset]["n"] for subset in scores.coder}
    assert n["held"] == len(held) == n["held, en"] + n["held, es"]
    assert n["held, es"] == sum(r["language"] == "es" for r in held) > 0
    assert n["looked at"] > 0
    rows = build_result(None, None, "0.0.0", [], scores).tables[0].rows
    proxy = {(r[0], r[1]): r for r in rows if r[0].startswith("codebook-style")}
    # the stand-in prints event_f1=0.5 and dyad_acc=0.3: below the proxy bars, so both are missed
    assert proxy[("codebook-style (proxy), held", "event_f1")][4:] == [">= 0.70", "MISSED"]
    assert proxy[("codebook-style (proxy), held", "dyad_acc")][4:] == [">= 0.70", "MISSED"]
    assert proxy[("codebook-style (proxy), looked at", "event_f1")][4:] == ["", ""]  # no verdict on what was read
    assert proxy[("codebook-style (proxy), fresh (read)", "root_accuracy")][4:] == ["", ""]
    assert n["fresh (read)"] == len((CODEBOOK_STYLE / "fresh.jsonl").read_text(encoding="utf-8").splitlines())
    assert proxy[("codebook-style (proxy), fresh 2 (read)", "event_f1")][4:] == ["", ""]
    assert n["fresh 2 (read)"] == len((CODEBOOK_STYLE / "fresh2.jsonl").read_text(encoding="utf-8").splitlines())
    assert proxy[("codebook-style (proxy), fresh 3 (unread)", "event_f1")][4:] == ["", ""]
    assert n["fresh 3 (unread)"] == len((CODEBOOK_STYLE / "fresh3.jsonl").read_text(encoding="utf-8").splitlines())
    assert proxy[("codebook-style (proxy), fresh 5 (unread)", "event_f1")][4:] == ["", ""]
    assert n["fresh 5 (unread)"] == len((CODEBOOK_STYLE / "fresh5.jsonl").read_text(encoding="utf-8").splitlines())
    assert proxy[("codebook-style (proxy), fresh 6 (unread)", "event_f1")][4:] == ["", ""]
    assert n["fresh 6 (unread)"] == len((CODEBOOK_STYLE / "fresh6.jsonl").read_text(encoding="utf-8").splitlines())
    assert proxy[("codebook-style (proxy), fresh 7 (unread)", "event_f1")][4:] == ["", ""]
    assert n["fresh 7 (unread)"] == len((CODEBOOK_STYLE / "fresh7.jsonl").read_text(encoding="utf-8").splitlines())
    # root accuracy is computed here, from the real coder's output, not by the stand-in scorer
    root = proxy[("codebook-style (proxy), held", "root_accuracy")]
    assert root[4] == ">= 0.60" and root[5] in {"met", "MISSED"}
    assert 0 < float(root[2]) <= 1 and 0 < float(root[3]) <= 1
    assert scores.coder["held"]["root_accuracy"] != scores.floor["held"]["root_accuracy"]


def test_codebook_style_files_hold_labelled_sentences_in_both_languages() -> None:
    ids = set()
    for name in ("held.jsonl", "looked_at.jsonl", "fresh.jsonl", "fresh2.jsonl", "fresh3.jsonl", "fresh4.jsonl",
                 "fresh5.jsonl", "fresh6.jsonl", "fresh7.jsonl"):
        rows = [json.loads(line) for line in (CODEBOOK_STYLE / name).read_text(encoding="utf-8").splitlines()]
        assert {r["language"] for r in rows} == {"en", "es"}
        assert all(r["negative"] == (not r["events"]) for r in rows)
        ids |= {r["id"] for r in rows}
    assert len(ids) == 384 + 240 * 7  # no sentence in two files
