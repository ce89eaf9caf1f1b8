"""Spanish names of capitals stand for their governments, as the English ones do (coder 0.3.24).

"Jartum", "Ereván", "Praga", "Argel", "Abu Dabi", "Yakarta", "Kinsasa" ... (``data/actor_aliases.csv``, kind
``capital``, language ``es``) were unknown, so "acusó a Jartum de" had no target. Cities that are mostly venues of
others' talks ("las negociaciones de Viena", Ginebra, Estocolmo, Copenhague) are left out, and so are
"Skopie" and "Pionyang", which lowered the development check (fresh 3, fresh 5) when added.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.actors import find_actors
from flows.normalize.coder import code_text


@pytest.mark.parametrize(("name", "iso3"), [("Jartum", "SDN"), ("Ereván", "ARM"), ("Praga", "CZE"), ("Argel", "DZA"),
                                            ("Abu Dabi", "ARE"), ("Yakarta", "IDN"), ("Kinsasa", "COD"),
                                            ("Atenas", "GRC"), ("Lisboa", "PRT"), ("Tiflis", "GEO")])
def test_a_spanish_capital_is_its_government(name: str, iso3: str) -> None:
    found = [m for m in find_actors(f"El Gobierno acusó a {name} de mentir.", None, "es") if m.country]
    assert [(m.kind, m.country) for m in found] == [("capital", iso3)]


def test_an_accusation_of_a_capital_is_aimed_at_its_state() -> None:
    events = {(e.source.country, e.target and e.target.country, e.cameo)
              for e in code_text("Etiopía acusó a Jartum de aprovechar el conflicto de Tigray.", language="es")}
    assert events == {("ETH", "SDN", "112")}


def test_a_venue_of_talks_is_no_actor() -> None:
    text = "Irán amenazó con abandonar las negociaciones de Viena si Washington no levanta las sanciones."
    assert not any(m.country == "AUT" for m in find_actors(text, None, "es"))
