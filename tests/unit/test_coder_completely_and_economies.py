"""Two readings that made events of nothing: Spanish "por completo" (completely) is no form of "completar", whose
dictionary block reads "la frontera" as a sanction; an economy or a market "hit" suffers a loss, no attack.

Sentences written for these tests (not taken from any evaluation set). Guards: without the lemma override the
first case codes a threat (130) from an intent to "complete the border"; without the figurative row the second
codes 190.
"""
from __future__ import annotations

from tests.coded import triples


def test_por_completo_is_an_adverb() -> None:
    found = triples("Colombia y Venezuela acordaron reabrir por completo la frontera común.", "es")
    assert ("COL", "VEN", "030") in found and not any(t[2][:2] in ("13", "17") for t in found)
    assert ("VEN", "COL", "191") in triples("Venezuela cerró por completo la frontera con Colombia.", "es")


def test_an_economy_hit_is_no_attack() -> None:
    text = ("Analysts in Washington said a Chinese blockade of Taiwan could disrupt global supplies of chips for years "
            "and hit the US economy hard.")
    assert not any(t[2][:2] == "19" for t in triples(text, "en"))
    assert ("RUS", "UKR", "190") in triples("Russian missiles hit Ukraine's energy grid overnight.", "en")
