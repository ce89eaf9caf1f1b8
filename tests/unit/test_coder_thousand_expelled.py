"""Text coder, coder 0.3.32: "un millar", "mil", "a thousand" count as a mass.

"Venezuela deportó a más de un millar de colombianos" is a mass expulsion (201) as "más de 1.000" already was;
two people expelled stay individuals.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_un_millar_is_a_mass() -> None:
    assert ("DOM", "HTI", "201") in triples("República Dominicana deportó a más de un millar de haitianos.", "es")


def test_mil_is_a_mass() -> None:
    assert ("DOM", "HTI", "201") in triples("República Dominicana expulsó a más de mil haitianos.", "es")


def test_a_thousand_is_a_mass() -> None:
    assert ("DOM", "HTI", "201") in triples("The Dominican Republic deported more than a thousand Haitians.", "en")


def test_two_people_are_no_mass() -> None:
    events = triples("República Dominicana deportó a dos haitianos.", "es")
    assert not any(code == "201" for _, _, code in events)
