"""Text coder, coder 0.3.43: forces that encircle a state "in drills" (the drill named after the verb) show force
around it (150), not an armed attack (190), as drills named before the verb already did; Spanish forces that
surround ("rodear", "cercar") an embassy or a residence put pressure on the mission's state (170), not a
military show of force (150).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_encircling_a_state_in_drills_is_a_show_of_force() -> None:
    events = triples("Russian warships encircled Japan in large-scale drills on Sunday.", "en")
    assert ("RUS", "JPN", "150") in events
    assert not any(code.startswith("19") for _, _, code in events)


def test_troops_that_encircle_a_city_with_no_drill_still_attack_it() -> None:
    """A guard: with no drill named, encircling stays the dictionary's armed attack (190)."""
    assert ("RUS", "UKR", "190") in triples("Russian troops encircled the Ukrainian city of Kharkiv.", "en")


def test_surrounding_an_embassy_is_pressure_on_its_state() -> None:
    events = triples("Fuerzas de seguridad nicaragüenses rodearon durante horas la residencia de la embajada "
                     "mexicana en Managua.", "es")
    assert ("NIC", "MEX", "170") in events
    assert not any(code.startswith("15") for _, _, code in events)
