"""Text coder, coder 0.3.38: opening criminal cases against or into a state's forces ("opened criminal cases against
Ukrainian commanders", "abrió causas penales contra militares ucranianos") is an investigation (09x), as opening an
investigation is; "criminal" before "case", "charges" or "investigation" describes the legal step, it names no
group of criminals.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded import triples

DAY = dt.date(2024, 8, 20)


@pytest.mark.parametrize(("text", "language", "pair"), [
    ("Russia's Investigative Committee opened criminal cases against Ukrainian commanders on Tuesday.", "en",
     ("RUS", "UKR")),
    ("Armenia's Investigative Committee opened a criminal case into Azerbaijani shelling of the border village.",
     "en", ("ARM", "AZE")),
    ("La Fiscalía de Ucrania abrió causas penales contra militares rusos por los ataques contra civiles.", "es",
     ("UKR", "RUS")),
])
def test_criminal_cases_are_an_investigation(text: str, language: str, pair: tuple) -> None:
    assert any((src, tgt) == pair and code.startswith("09") for src, tgt, code in triples(text, language, DAY))


def test_a_criminal_case_names_no_criminals() -> None:
    found = triples("Armenia's Investigative Committee opened a criminal case into the shelling of a border village.",
                    "en", DAY)
    assert not any(tgt is None for _, tgt, code in found if code.startswith("09"))  # no stateless "criminal"
