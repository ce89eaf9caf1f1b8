"""Text coder, coder 0.3.41: tying a state to a harm accuses it (112).

"credible allegations linking agents of India's government to the killing of ..." and "vinculó a agentes del
Gobierno de India con el asesinato" had coded nothing: "link" was no event word. The harm after "to"/"con"
(a killing, an attack, a blast, a plot, ...) must follow, so a bridge "linking Russia to Crimea" stays no event.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "language"), [
    ("Oslo expelled a Russian diplomat after the prime minister said investigators had evidence linking agents of "
     "Russia's government to the poisoning of a defector.", "en"),
    ("Warsaw linked Russian military intelligence to an arson attack on a shopping centre.", "en"),
    ("El primer ministro de Polonia vinculó a agentes del Gobierno de Rusia con el incendio y el atentado contra "
     "un centro comercial de Varsovia.", "es"),
])
def test_linking_a_state_to_a_harm_is_an_accusation(text: str, language: str) -> None:
    events = triples(text, language)
    assert any(src in ("NOR", "POL") and tgt == "RUS" and code == "112" for src, tgt, code in events)


def test_a_bridge_linking_two_places_is_no_accusation() -> None:
    """Guard: no harm after "to"."""
    events = triples("Kyiv's security service said it was behind the blast on the bridge linking Russia to "
                     "Crimea.", "en")
    assert not any(code == "112" for _, _, code in events)
