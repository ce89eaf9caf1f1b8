"""Text coder, coder 0.3.28: a demand after a summons, and taking part in a summit.

"Irak convocó al encargado de negocios de Turquía y exigió una disculpa oficial": when the same state goes on to
demand an apology or a release, it asks it of whom its earlier act was aimed at (as "Russia arrested X, and
Washington demanded his release" asks it of the earlier doer). "participa en la cumbre del G7": the field's
dictionary files "participar" among the verbs of combat (190); taking part names no act against anyone, and the
protest patterns ("participaron en una protesta") stay.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import Triple, triples


def _events(text: str, language: str = "es") -> set[Triple]:
    return triples(text, language)


def test_a_demand_after_a_summons_is_made_of_the_summoned() -> None:
    events = _events("Irak convocó al encargado de negocios de Turquía y exigió una disculpa oficial por el ataque.")
    assert ("IRQ", "TUR", "114") in events
    assert any(s == "IRQ" and t == "TUR" and code.startswith("10") for s, t, code in events)


def test_a_release_demanded_after_an_arrest_is_asked_of_the_captor() -> None:
    events = _events("Russia arrested a U.S. reporter, and Washington demanded his release.", "en")
    assert any(s == "USA" and t == "RUS" and code.startswith("10") for s, t, code in events)


def test_taking_part_in_a_summit_is_no_attack() -> None:
    events = _events("El presidente de Ucrania participa en la cumbre del G7 en Japón como invitado del primer "
                     "ministro Fumio Kishida.")
    assert not any(code.startswith("19") or code.startswith("11") for _, _, code in events)
