"""Text coder, coder 0.3.22: truces. Agreeing to a ceasefire declares it (0871), not an intent to de-escalate
(the dictionaries' 0356), and two states named together as those who declare or agree to it declare it with
each other. A promise or an appeal for a ceasefire stays what it was.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2020, 1, 1), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language"), [
    ("Peru and Ecuador agreed to a ceasefire.", "en"),
    ("Peru and Ecuador agreed to a humanitarian truce on Saturday.", "en"),
    ("Peru and Ecuador agreed a truce.", "en"),
    ("Peru and Ecuador declared a ceasefire.", "en"),
    ("Perú y Ecuador acordaron un alto el fuego.", "es"),
    ("Perú y Ecuador pactaron una tregua humanitaria.", "es"),
    ("Perú y Ecuador declararon un alto el fuego.", "es"),
])
def test_two_states_agreeing_to_a_truce_declare_it_with_each_other(text: str, language: str) -> None:
    codes = _codes(text, language)
    assert {("PER", "ECU", "0871"), ("ECU", "PER", "0871")} <= codes, codes


def test_one_state_declaring_a_truce_in_another_declares_it_alone() -> None:
    assert _codes("Peru declared a ceasefire in Ecuador.", "en") == {("PER", "ECU", "0871")}


@pytest.mark.parametrize(("text", "language", "code"), [
    ("Peru urged Ecuador to agree to a ceasefire.", "en", "0256"),
    ("Peru agreed with Ecuador to hold talks.", "en", "036"),
])
def test_other_agreements_and_appeals_keep_their_codes(text: str, language: str, code: str) -> None:
    codes = _codes(text, language)
    assert ("PER", "ECU", code) in codes and not any(c[2] == "0871" for c in codes), codes
