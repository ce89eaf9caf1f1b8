"""Text coder, coder 0.3.37: in "... el programa de misiones médicas de La Habana, al que acusó de ..." the actor
right before "al que" / "a la que" is the antecedent, the accusation's object, not its subject: the subject of the
clause before accuses. "explotar a los médicos" is exploiting people, no explosion (no attack is coded).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from tests.coded import triples


def _pairs(text: str) -> set[tuple]:
    return triples(text, "es", dt.date(2025, 6, 3))


def test_the_antecedent_is_accused() -> None:
    pairs = _pairs("Marco Rubio anunció restricciones de visado para funcionarios vinculados al programa de misiones "
                   "médicas de La Habana, al que acusó de explotar a los médicos.")
    assert ("USA", "CUB", "112") in pairs
    assert ("CUB", "USA", "112") not in pairs


def test_exploiting_people_is_no_attack() -> None:
    pairs = _pairs("Marco Rubio anunció restricciones de visado para funcionarios cubanos, a los que acusó de "
                   "explotar a los médicos.")
    assert not any(code.startswith("19") for _, _, code in pairs)
