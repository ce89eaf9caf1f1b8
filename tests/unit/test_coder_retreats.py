"""Text coder, coder 0.3.11: retreats the rows missed.

- swapping or exchanging prisoners: both sides release persons (084 each way);
- scrapping, removing or lifting tariffs, duties or an embargo, and softening ("suavizar") sanctions, eases
  them (085), and the sanction noun the verb eases is not coded as a new sanction;
- a withdrawal of troops named by a noun ("anunció la retirada de sus tropas de Siria", "the withdrawal of
  its troops from Syria") is a retreat (087) from the state they leave.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Iran and the United States swapped prisoners in Oman.", "en"),
    ("Irán y Estados Unidos intercambiaron prisioneros en Omán.", "es"),
])
def test_a_prisoner_swap_is_a_release_both_ways(text: str, language: str) -> None:
    assert _events(text, language) == {("IRN", "USA", "084"), ("USA", "IRN", "084")}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("China scrapped the tariffs on Australian wine.", "en", {("CHN", "AUS", "085")}),
    ("México eliminó los aranceles a los productos de Brasil.", "es", {("MEX", "BRA", "085")}),
    ("Estados Unidos suavizó las sanciones contra Venezuela.", "es", {("USA", "VEN", "085")}),
])
def test_scrapping_tariffs_or_softening_sanctions_eases_them(text: str, language: str,
                                                            expected: set[tuple]) -> None:
    assert _events(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Rusia anunció la retirada de sus tropas de Siria.", "es"),
    ("Russia announced the withdrawal of its troops from Syria.", "en"),
])
def test_a_troop_withdrawal_noun_is_a_retreat(text: str, language: str) -> None:
    assert _events(text, language) == {("RUS", "SYR", "087")}


@pytest.mark.parametrize(("text", "language"), [
    ("Ghana and Togo declared an end to hostilities.", "en"),
    ("Ghana and Togo agreed to end the fighting.", "en"),
    ("Ghana y Togo declararon el fin de las hostilidades.", "es"),
    ("Ghana y Togo acordaron poner fin a las hostilidades.", "es"),
])
def test_ending_hostilities_declares_a_truce(text: str, language: str) -> None:
    """Coder 0.3.23: declaring or agreeing to an end of hostilities is a truce (0871), like a ceasefire."""
    events = _events(text, language)
    assert {e for e in events if e[2] == "0871"} >= {("GHA", "TGO", "0871"), ("TGO", "GHA", "0871")}
