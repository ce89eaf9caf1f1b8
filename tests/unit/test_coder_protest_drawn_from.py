"""Text coder, coder 0.3.33: an official protest drawn from a state answers the act that drew it.

"..., drawing a formal protest from Tokyo", "lo que provocó una protesta formal de Tokio": the state after "from"
or "de" complains officially (114) to the doer of the act. A Spanish "provocó la condena de Tokio" names its
critic as the pattern's giver, so the noun's own "de" no longer drops the pattern. Bare Spanish "protestas" and
English plural "protests" stay out: they are mostly street protests.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_drawing_a_formal_protest_from_a_state() -> None:
    events = triples("Russia expelled a Japanese consul on Monday, drawing a formal protest from Tokyo.", "en")
    assert ("JPN", "RUS", "114") in events
    assert ("RUS", "JPN", "166") in events


def test_prompting_a_protest_from_a_state() -> None:
    assert ("JPN", "RUS", "114") in triples("Russia detained a Japanese diplomat, prompting a protest from Tokyo.",
                                            "en")


def test_spanish_formal_protest_from_a_state() -> None:
    events = triples("Rusia expulsó a un cónsul japonés, lo que provocó una protesta formal de Tokio.", "es")
    assert ("JPN", "RUS", "114") in events


def test_spanish_condemnation_of_a_state() -> None:
    events = triples("Rusia expulsó a un cónsul japonés, lo que provocó la condena de Tokio.", "es")
    assert ("JPN", "RUS", "111") in events


def test_spanish_street_protests_stay_demonstrations() -> None:
    events = triples("La ley provocó airadas protestas de los ahorristas en Buenos Aires.", "es")
    assert not any(code == "114" for _, _, code in events)
