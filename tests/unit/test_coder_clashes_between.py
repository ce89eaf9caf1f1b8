"""Text coder, coder 0.3.32: clashes between two states' forces, and the toll they left.

"Clashes between Kyrgyz and Tajik troops left nearly 100 dead", "los combates entre tropas de A y B dejaron 40
muertos": the noun phrase with "between"/"entre" is an armed clash (190), each side with the other, and "left
N dead" / "dejaron N muertos" is the toll, not a departure (the dictionary read "left" as a meeting and "dejar"
as a visit). A clash "with" one side keeps its reading ("killed in a clash with Chinese troops").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_clashes_between_two_forces() -> None:
    events = triples("Clashes between Armenian and Azerbaijani troops left nearly 100 dead.", "en")
    assert {("ARM", "AZE", "190"), ("AZE", "ARM", "190")} <= events
    assert not any(code.startswith("04") for _, _, code in events)


def test_spanish_combates_entre() -> None:
    events = triples("Los combates entre tropas de Armenia y Azerbaiyán dejaron 40 muertos.", "es")
    assert {("ARM", "AZE", "190"), ("AZE", "ARM", "190")} <= events
    assert not any(code.startswith("04") for _, _, code in events)


def test_a_clash_with_one_side_keeps_its_reading() -> None:
    events = triples("Twenty Indian soldiers were killed in a clash with Chinese troops in the Galwan Valley.", "en")
    assert any(src == "CHN" and tgt == "IND" and code.startswith("19") for src, tgt, code in events)
