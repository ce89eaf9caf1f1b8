"""Text coder, coder 0.3.36: Spanish "ejecutar a" people ("soldados rusos ejecutaron a nueve prisioneros
ucranianos") is killing them (190, the Spanish dictionary's own reading of the verb), even when a military noun
before the verb would make the dictionary read a manoeuvre (150). Executing manoeuvres stays a show of force.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _codes(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2023, 8, 21), "es")}


@pytest.mark.parametrize("text", [
    "Soldados rusos ejecutaron a nueve prisioneros ucranianos que se habían rendido cerca de Bajmut.",
    "Tropas rusas fusilaron a tres civiles ucranianos que se habían refugiado en un sótano.",
])
def test_executing_people_is_force_not_a_manoeuvre(text: str) -> None:
    codes = _codes(text)
    assert ("RUS", "UKR", "19") in codes
    assert not any(c[2] == "15" for c in codes)


def test_executing_manoeuvres_stays_a_show_of_force() -> None:
    assert any(c[2] == "15" for c in _codes("Tropas rusas ejecutaron maniobras cerca de la frontera con Ucrania."))
