"""Text coder, coder 0.3.44: Spanish "vetar" is a veto (129) also when the place comes between the verb and what is
vetoed ("vetó en el Consejo de Seguridad un proyecto de resolución presentado por X"), aimed at the drafter. Before,
the dictionaries' reading (an administrative sanction, 172) coded it as coercion.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_veto_with_the_council_named_first_is_a_veto_of_the_drafter() -> None:
    events = triples("China vetó en el Consejo de Seguridad de la ONU un proyecto de resolución presentado por Japón y "
                     "Corea del Sur que condenaba los ensayos de misiles.", "es")
    assert ("CHN", "JPN", "129") in events
    assert ("CHN", "KOR", "129") in events
    assert not any(code.startswith("17") for _, _, code in events)


def test_a_veto_of_a_return_is_no_coercion() -> None:
    events = triples("Argelia vetó el regreso del embajador francés.", "es")
    assert not any(code.startswith("17") for _, _, code in events)


def test_a_veto_named_right_before_the_resolution_was_already_one() -> None:
    """A guard that held before (the after-words row)."""
    events = triples("Rusia vetó la resolución presentada por Estados Unidos.", "es")
    assert ("RUS", "USA", "129") in events
