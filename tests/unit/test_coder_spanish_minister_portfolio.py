"""Text coder, coder 0.3.42: "el ministro de Exteriores de Argelia", "de Asuntos Exteriores de Rusia", "de
Relaciones Exteriores de Venezuela": the capitalised portfolio before the country is a state body's name, so the
country stays an actor; it had been read as part of a longer proper name and dropped.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.actors import find_actors, fold


@pytest.mark.parametrize(("text", "country"), [
    ("El ministro de Exteriores de Argelia viajó a Rabat.", "DZA"),
    ("El ministro de Asuntos Exteriores de Rusia habló con la prensa.", "RUS"),
    ("El ministro de Relaciones Exteriores de Venezuela habló con la prensa.", "VEN"),
])
def test_the_minister_of_a_country_is_its_actor(text: str, country: str) -> None:
    found = find_actors(text, None, "es", fold(text))
    assert any(m.country == country and "ministro" in m.text.lower() for m in found)
