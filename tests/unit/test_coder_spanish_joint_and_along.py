"""Text coder, coder 0.3.42: two Spanish words the dictionaries read as verbs. "Conjunto" (joint) coded military
cooperation on its own, so "un comunicado conjunto" made its signers cooperate militarily; "largo" in "a lo largo
de" (along) was read as the verb largar and coded a visit.

Joint drills, patrols and operations keep their own rows.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


def test_a_joint_statement_is_no_military_cooperation() -> None:
    events = triples("Chile y Perú emitieron un comunicado conjunto sobre la crisis en Bolivia.", "es")
    assert not any(code.startswith("06") for _, _, code in events)


def test_along_the_border_is_no_visit() -> None:
    events = triples("Militares chilenos y peruanos llevaron a cabo una operación conjunta contra el contrabando a lo "
                     "largo del río Lauca, en la frontera común.", "es")
    assert ("CHL", "PER", "062") in events
    assert not any(code.startswith("04") for _, _, code in events)


@pytest.mark.parametrize("text", [
    "Chile y Perú realizaron un patrullaje aéreo conjunto sobre el desierto de Atacama.",
    "Chile y Perú realizaron una operación militar conjunta contra el contrabando.",
    "Chile y Perú iniciaron maniobras navales conjuntas frente a Arica.",
])
def test_joint_drills_and_patrols_are_still_military_cooperation(text: str) -> None:
    """The first and third held before (guards); the second is new: the drills row now names operations and
    patrols."""
    events = triples(text, "es")
    assert ("CHL", "PER", "062") in events
    assert ("PER", "CHL", "062") in events
