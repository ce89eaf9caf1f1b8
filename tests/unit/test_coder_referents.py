"""Text coder, coder 0.3.45: a criticism by "their governments", "ambos gobiernos" or "otros países que".

When an act is aimed at several states and a later criticism's doer is a plural reference to them ("after their
governments questioned the results", "entre otros países que cuestionaron", "tras las críticas de ambos gobiernos"),
those states criticised the earlier act's doer; "cuyos gobiernos se negaron a reconocer" is their refusal of it. "Ambos
gobiernos se acusaron" keeps both sides accusing each other.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _dyads(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2024, 8, 2), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Nicaragua expelled the ambassadors of Ecuador and Uruguay after their governments questioned the vote count.",
     "en"),
    ("Nicaragua expulsó a los embajadores de Ecuador y Uruguay, entre otros países que cuestionaron el recuento.",
     "es"),
    ("Nicaragua suspendió los vuelos con Ecuador y Uruguay tras las críticas de ambos gobiernos al recuento.", "es"),
])
def test_the_states_referred_to_criticised_the_earlier_doer(text: str, language: str) -> None:
    dyads = _dyads(text, language)
    assert {("ECU", "NIC", "11"), ("URY", "NIC", "11")} <= dyads, dyads
    assert ("ECU", "URY", "11") not in dyads, dyads  # never each other


@pytest.mark.parametrize("clause", ["cuyos gobiernos se negaron a reconocer el recuento",
                                    "después de que sus gobiernos se negaran a reconocer el recuento"])
def test_a_refusal_by_whose_governments_is_aimed_at_the_earlier_doer(clause: str) -> None:
    dyads = _dyads(f"Nicaragua expulsó a los embajadores de Ecuador y Uruguay, {clause}.", "es")
    assert {("ECU", "NIC", "12"), ("URY", "NIC", "12")} <= dyads, dyads


def test_both_governments_accusing_each_other_stay_each_other_s_accusers() -> None:
    dyads = _dyads("Ecuador y Perú intercambiaron disparos en la frontera, y ambos gobiernos se acusaron de iniciar "
                   "los combates.", "es")
    assert {("ECU", "PER", "11"), ("PER", "ECU", "11")} <= dyads, dyads

