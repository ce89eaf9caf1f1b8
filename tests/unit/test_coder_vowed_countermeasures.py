"""Text coder, coder 0.3.32: a vow of countermeasures answers the act before it.

"The EU imposed tariffs on Chinese cars, and Beijing vowed resolute countermeasures": the vow is a threat (130)
aimed at the doer of the act that hit the vowing state, as "and Islamabad vowed to respond" already was. "All
necessary measures" / "todas las medidas necesarias" after a vow is threat content too.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_vowed_countermeasures_answer_the_earlier_doer() -> None:
    events = triples("Canada imposed tariffs on Chinese steel, and Beijing vowed resolute countermeasures.", "en")
    assert ("CHN", "CAN", "130") in events


def test_all_necessary_measures_is_a_threat() -> None:
    events = triples("Japan restricted chip exports to China, and Beijing vowed to take all necessary measures.",
                     "en")
    assert ("CHN", "JPN", "130") in events


def test_spanish_medidas_necesarias() -> None:
    events = triples("México impuso aranceles al acero chino, y Pekín prometió tomar todas las medidas necesarias.",
                     "es")
    assert ("CHN", "MEX", "130") in events


def test_a_vow_of_help_is_no_threat() -> None:
    events = triples("Canada imposed tariffs on Chinese steel, and Beijing vowed to help its steelmakers.", "en")
    assert ("CHN", "CAN", "130") not in events
