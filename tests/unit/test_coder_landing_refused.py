"""Text coder, coder 0.3.43: a state that stops another state's planes from landing ("impidió el aterrizaje de dos
aviones militares estadounidenses") rejects what that state sends (120). Before, Spanish coded nothing.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from tests.coded import triples


@pytest.mark.parametrize("text", [
    "Honduras impidió el aterrizaje de dos aviones militares mexicanos con deportados.",
    "El Gobierno de Honduras prohibió el aterrizaje de un avión militar mexicano el domingo.",
])
def test_stopping_a_states_planes_from_landing_rejects_it(text: str) -> None:
    assert ("HND", "MEX", "120") in triples(text, "es")


def test_banning_imports_keeps_its_code() -> None:
    """A guard that held before: "prohibir" with goods stays a trade ban (163)."""
    assert ("HND", "MEX", "163") in triples("Honduras prohibió la importación de carne mexicana.", "es")
