"""Text coder, coder 0.3.42: the one a causing verb makes act may carry a title ("lo que llevó al presidente X a
romper relaciones", "led President X to"), and Spanish joined private titles ("exvicepresidente", "exministra",
"exembajador") make a person no office holder, as "ex" and "expresidente" did.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.actors import find_actors, fold
from tests.coded import triples

_ON = dt.date(2024, 4, 6)


@pytest.mark.parametrize(("text", "language"), [
    ("La policía irrumpió en la embajada, lo que llevó al presidente Andrés Manuel López Obrador a romper "
     "relaciones con Ecuador.", "es"),
    ("The raid on the embassy led President Andres Manuel Lopez Obrador to break off relations with Ecuador.", "en"),
])
def test_a_titled_person_caused_to_act_is_the_doer(text: str, language: str) -> None:
    assert ("MEX", "ECU", "161") in triples(text, language, _ON)


@pytest.mark.parametrize("title", ["exvicepresidente", "exministra", "exembajador"])
def test_a_joined_former_title_makes_no_office_holder(title: str) -> None:
    text = f"La policía detuvo al {title} Jorge Glas en Quito."
    glas = [m for m in find_actors(text, _ON, "es", fold(text)) if "Glas" in m.text]
    assert glas and all(m.sector == "ELI" for m in glas)
