"""Text coder, coder 0.3.32: a pair phrase stands for two states named outside its own clause.

"Chinese and Russian bombers flew a joint patrol, and Japan lodged a protest with both governments": "both
governments" are China and Russia, not Russia and Japan, the state of the clause the phrase is in. With only
one other state named before it, the last two named stay the pair.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_protest_with_both_governments() -> None:
    events = triples("Chinese and Russian warships sailed near Hokkaido, and Japan lodged a protest with both "
                     "governments.", "en")
    assert {("JPN", "CHN", "114"), ("JPN", "RUS", "114")} <= events


def test_spanish_ante_ambos_gobiernos() -> None:
    events = triples("Rusia y China realizaron maniobras conjuntas, y Corea del Sur presentó una protesta ante ambos "
                     "gobiernos.", "es")
    assert {("KOR", "RUS", "114"), ("KOR", "CHN", "114")} <= events


def test_pair_as_subject_unchanged() -> None:
    events = triples("Putin received Xi in Moscow, and the two leaders signed a gas deal.", "en")
    assert ("RUS", "CHN", "057") in events or ("CHN", "RUS", "057") in events
