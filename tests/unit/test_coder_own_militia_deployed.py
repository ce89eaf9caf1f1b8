"""Text coder, coder 0.3.43: a state that deploys or activates militiamen or reservists ("ordenó desplegar a
millones de milicianos") mobilises its own forces (154) and may aim it at the state it answers; the militiamen
are no target. Before, the deployment coded aid (070) sent to an armed group.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_deploying_militiamen_in_answer_to_warships_mobilises_against_their_state() -> None:
    events = triples("Daniel Ortega ordenó desplegar a miles de milicianos en respuesta al envío de buques de guerra "
                     "estadounidenses frente a la costa del Pacífico.", "es")
    assert ("NIC", "USA", "154") in events
    assert not any(code.startswith("07") for _, _, code in events)


def test_militiamen_sent_to_a_border_mobilise_against_the_neighbour() -> None:
    events = triples("Nicaragua desplegó milicianos en la frontera con Costa Rica.", "es")
    assert ("NIC", "CRI", "154") in events
