"""Text coder, coder 0.3.37: forces a state mobilises are its own. "mobilized millions of militiamen", "movilizó a
los milicianos" and "la movilización de millones de milicianos" mobilise the doer's forces (154), so the militia is
no party; when the mobilisation answers another state's act ("responded by ...", "respondió con la movilización
de ..."), it is aimed at that state. A mobilisation of protesters stays a demonstration (141).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str, language: str) -> set[tuple]:
    return triples(text, language, dt.date(2019, 8, 5))


def test_a_nominal_mobilisation_answers_the_act_before_it() -> None:
    pairs = _pairs("Estados Unidos envió buques frente a Venezuela, y Maduro respondió con la movilización de "
                   "millones de milicianos.", "es")
    assert ("VEN", "USA", "154") in pairs
    assert not any(s is None or t is None for s, t, code in pairs if code == "154")


def test_a_response_with_a_military_mobilization_is_aimed_at_the_one_answered() -> None:
    pairs = _pairs("Washington sent warships off Venezuela, and Caracas responded with a military mobilization.",
                   "en")
    assert ("VEN", "USA", "154") in pairs


def test_militiamen_mobilised_are_no_target() -> None:
    pairs = _pairs("The United States sent warships off Venezuela, and Nicolás Maduro responded by mobilizing "
                   "millions of militiamen.", "en")
    assert ("VEN", "USA", "154") in pairs
    assert ("VEN", None, "154") not in pairs


def test_spanish_militia_mobilised_is_a_mobilisation() -> None:
    assert ("VEN", "USA", "154") in _pairs(
        "Estados Unidos envió buques frente a Venezuela, y Nicolás Maduro movilizó a los milicianos.", "es")


def test_a_mobilisation_of_protesters_stays_a_demonstration() -> None:
    pairs = _pairs("Miles de personas participaron en la movilización de la oposición en Caracas.", "es")
    assert not any(code == "154" for _, _, code in pairs)
