"""Text coder, coder 0.3.25: Spanish progressives and a few verbs and objects the tables lacked.

Folded, "está" is the demonstrative "esta", so "está presionando" read as a noun phrase and coded nothing;
a Spanish gerund is never a noun. Rows added: troops concentrated (154), "telefonear" (041), "retener a"
people (173), tariffs or sanctions a state "responded with" (163), a border reopened (081); the apostolic
nuncio is the Holy See's envoy, so expelling one reduces relations (161).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str, on: dt.date | None = None) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, on, language)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Estados Unidos está presionando a Venezuela para que convoque elecciones.", ("USA", "VEN", "10")),
    ("Rusia está desplegando tropas en la frontera con Ucrania.", ("RUS", "UKR", "154")),
    ("Irán está concentrando tropas en la frontera con Irak.", ("IRN", "IRQ", "154")),
])
def test_a_spanish_progressive_is_a_verb(text: str, expected: tuple[str, str, str]) -> None:
    source, target, code = expected
    assert any(e[:2] == (source, target) and e[2].startswith(code) for e in _events(text, "es")), _events(text, "es")


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Belarus has concentrated thousands of troops near Lithuania's border, Vilnius said.", "en",
     ("BLR", "LTU", "154")),
    ("Xi Jinping telefoneó al presidente francés Emmanuel Macron el martes.", "es", ("CHN", "FRA", "041")),
    ("La marina iraní retuvo a seis marineros británicos en el golfo Pérsico.", "es", ("IRN", "GBR", "173")),
    ("Pekín respondió con aranceles del 15% a los productos canadienses.", "es", ("CHN", "CAN", "163")),
    ("Ottawa responded with sanctions on Beijing after the arrests.", "en", ("CAN", "CHN", "163")),
    ("Colombia reabrió la frontera con Venezuela tras siete años.", "es", ("COL", "VEN", "081")),
    ("Managua expulsó al nuncio apostólico sin dar explicaciones.", "es", ("NIC", "VAT", "161")),
    ("Nicaragua expelled the apostolic nuncio on Saturday.", "en", ("NIC", "VAT", "161")),
])
def test_rows_the_tables_lacked(text: str, language: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text, language)


def test_a_date_named_after_the_article_keeps_the_office_holder_of_the_article_date() -> None:
    """Before 0.3.25 "a partir del 1 de agosto" in a July 2025 lead went back to August 2024: Trump, then out of
    office, was a former leader (ELI) and the tariffs no act of the United States."""
    text = "Donald Trump anunció aranceles del 30% a los productos mexicanos a partir del 1 de agosto."
    events = code_text(text, dt.date(2025, 7, 12), "es")
    assert [(e.source.country, e.source.sector, e.cameo) for e in events] == [("USA", "GOV", "163")]
