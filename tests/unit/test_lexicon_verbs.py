"""The verb-dictionary converter on a small dictionary of our own in the PETRARCH format: blocks, verb
forms, phrasal verbs, synonym sets, code mapping, comment-restricted patterns, duplicates, no-event
codes, and the same bytes on a second build."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from scripts.lexicon_verbs import NO_EVENT, build, known_codes, map_code, parse_dictionary

DICTIONARY = """\
####### SYNONYM SETS #######

&ARMS_
+MISSILE
+FIGHTER_JET

####### VERB PATTERNS #######

---  HALT   [---]  ---
HALT {HALTS HALTED HALTING}
STOP {STOPPED}
- * TALKS                      [160:160]   # HALT
- * &ARMS_ (TO +)              [1634]      # STOP
- * AID                        [162]       # HALT
- * AID                        [163]       # HALT
- * {PEACE TALKS}              [999]       # HALT
- * GOSSIP                     [---]       # HALT

---  ARM   [072]  ---
+HAND_OVER {+HANDS_OVER +HANDED_OVER}  [072]
ARM

####### TRANSFORMATIONS #######
- nothing here is read
"""


def _tsv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _source(tmp_path: Path) -> Path:
    source = tmp_path / "dictionaries"
    for rel in ("petrarch2/CAMEO.2.0.txt", "universal_petrarch/spanish/verbpatterns_es_190128.txt"):
        (source / rel).parent.mkdir(parents=True, exist_ok=True)
        (source / rel).write_text(DICTIONARY, encoding="utf-8")
    return source


def test_codes_keep_known_ones_add_the_dropped_zero_or_fall_back_to_a_parent() -> None:
    codes = known_codes()
    assert map_code("163", codes) == "163"
    assert map_code("72", codes) == "072"      # the Spanish file drops leading zeros
    assert map_code("1634", codes) == "163"    # no such code here: its parent
    assert map_code("999", codes) is None      # no parent either: the pattern is dropped
    assert map_code("---", codes) == NO_EVENT  # kept: it stops the verb's default code


def test_blocks_verbs_forms_sets_and_patterns(tmp_path: Path) -> None:
    build(_source(tmp_path), tmp_path / "out")
    out = tmp_path / "out"
    verbs = {(r["phrase"], r["verb_index"], r["group"], r["code"]) for r in _tsv(out / "verbs_en.tsv")}
    assert verbs == {("halt", "0", "HALT", NO_EVENT), ("stop", "0", "HALT", NO_EVENT),
                     ("hand over", "0", "ARM", "072"), ("arm", "0", "ARM", "072")}
    forms = {(r["form"], r["lemma"]) for r in _tsv(out / "verb_forms_en.tsv")}
    assert {("halted", "halt"), ("stopped", "stop"), ("handed", "hand"), ("hands", "hand")} <= forms
    assert {(r["name"], r["phrase"]) for r in _tsv(out / "synsets_en.tsv")} == {("arms", "missile"),
                                                                                ("arms", "fighter jet")}
    patterns = {(r["verbs"], r["before"], r["after"]): (r["code"], r["reciprocal"])
                for r in _tsv(out / "verb_patterns_en.tsv")}
    assert patterns[("halt", "", "talks")] == ("160", "160")
    assert patterns[("stop", "", "&arms to +")] == ("163", NO_EVENT)  # restricted to the verb its comment names
    assert patterns[("halt", "", "aid")] == ("163", NO_EVENT)          # a later duplicate replaces the first
    assert patterns[("halt", "", "gossip")] == (NO_EVENT, NO_EVENT)
    assert not any("peace" in after for _, _, after in patterns)       # unknown code with no parent: dropped


def test_unknown_code_and_odd_lines_are_counted_as_skipped(tmp_path: Path) -> None:
    _, blocks, patterns, skipped = parse_dictionary(_source(tmp_path) / "petrarch2/CAMEO.2.0.txt", known_codes())
    assert [b.name for b in blocks] == ["HALT", "ARM"] and len(patterns) == 4
    assert skipped == 1  # the [999] pattern


def test_a_second_build_writes_the_same_bytes(tmp_path: Path) -> None:
    source = _source(tmp_path)
    build(source, tmp_path / "a")
    build(source, tmp_path / "b")
    for path in sorted((tmp_path / "a").glob("*.tsv")):
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes(), path.name


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_built_lemma_table_is_the_installed_lemmatizers_answer(language: str) -> None:
    """The coder trusts ``lemmas_<lang>.tsv`` instead of asking simplemma; an upgrade that lemmatizes
    differently would make dictionary words and sentence words disagree, so it must show here."""
    from flows.normalize.lexicon_files import read_tsv
    from flows.normalize.tokens import lemmatizer_lemma

    rows = read_tsv(f"lemmas_{language}.tsv")
    assert len(rows) > 1000
    sample = rows[::20]
    wrong = [(r["word"], r["lemma"], lemmatizer_lemma(r["word"], language)) for r in sample
             if lemmatizer_lemma(r["word"], language) != r["lemma"]]
    assert not wrong, f"rebuild the lexicon (scripts/build_lexicon.py): {wrong[:5]}"
