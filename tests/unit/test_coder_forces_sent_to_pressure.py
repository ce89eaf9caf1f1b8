"""Text coder, coder 0.3.33: forces sent to no state "to increase pressure on" one are shown to it (150).

"deployed eight warships to the southern Caribbean to increase pressure on Nicolás Maduro's government",
"desplegó buques de guerra en el Caribe para presionar a Venezuela": the purpose names the state the show of
force is aimed at. Aid sent to a state "to ease pressure on" it stays aid (a guard).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_warships_sent_to_increase_pressure() -> None:
    events = triples("The United States has deployed eight warships to the southern Caribbean to increase pressure "
                     "on Nicolás Maduro's government.", "en")
    assert ("USA", "VEN", "150") in events


def test_spanish_warships_sent_to_pressure() -> None:
    events = triples("Estados Unidos ha desplegado ocho buques de guerra y un submarino nuclear en el sur del Caribe "
                     "para aumentar la presión sobre el Gobierno de Nicolás Maduro.", "es")
    assert ("USA", "VEN", "150") in events


def test_aid_sent_to_ease_pressure_stays_aid() -> None:
    events = triples("Russia sent wheat to Syria to ease pressure on the government.", "en")
    assert ("RUS", "SYR", "073") in events
