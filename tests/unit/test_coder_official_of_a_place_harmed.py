"""Text coder, coder 0.3.33: a person harmed named by an office in a place is harmed in that place's state.

"abducted the mayor of the occupied city of Melitopol", "secuestraron al director general de la central nuclear
de Zaporiyia": the place after the office stands a few words further from the verb than a struck place does;
the abduction (181) is aimed at Ukraine.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_mayor_of_an_occupied_city() -> None:
    events = triples("Russian troops abducted the mayor of the occupied city of Melitopol, Ukrainian officials said.",
                     "en")
    assert ("RUS", "UKR", "181") in events


def test_director_of_a_plant_in_a_city() -> None:
    events = triples("Militares rusos secuestraron al director general de la central nuclear de Zaporiyia.", "es")
    assert ("RUS", "UKR", "181") in events
