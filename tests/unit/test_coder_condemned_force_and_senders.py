"""Text coder, coder 0.3.28: force named by a condemnation, and messages whose sender "from" names.

"Afghanistan condemned the Pakistani air strikes": the strikes condemned took place, and are coded besides the
condemnation (195, Pakistan to Afghanistan: with no target named, the condemner is the one struck; a target the
noun names, "the U.S. strikes on Iran", stays). "rejected an ultimatum from Spain", "rejected an offer from
Moscow": "from" names the sender of a threat, offer, demand or appeal, as it already did for a complaint; the one
who rejects it is whom it was addressed to.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import Triple, triples


def _events(text: str) -> set[Triple]:
    return triples(text, "en")


def test_force_condemned_with_no_target_hit_the_condemner() -> None:
    events = _events("Afghanistan condemned the Pakistani air strikes in Paktika province.")
    assert ("AFG", "PAK", "111") in events
    assert ("PAK", "AFG", "195") in events


def test_force_condemned_keeps_the_target_it_names() -> None:
    events = _events("Russia condemned the U.S. strikes on Iran.")
    assert any(s == "USA" and t == "IRN" and code.startswith("19") for s, t, code in events)
    assert not any(s == "USA" and t == "RUS" and code.startswith("19") for s, t, code in events)


def test_an_ultimatum_from_a_state_is_that_states_threat() -> None:
    events = _events("Nicolás Maduro on Sunday rejected an ultimatum from Spain to call a fresh presidential election "
                     "within eight days.")
    assert ("ESP", "VEN", "139") in events


def test_an_offer_from_a_state_is_that_states_offer() -> None:
    events = _events("Kyiv rejected an offer from Moscow to hold talks in Minsk.")
    assert any(s == "RUS" and t == "UKR" and code.startswith("03") for s, t, code in events)
