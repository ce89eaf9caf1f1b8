"""Text coder, coder 0.3.35: a past office before a government or an official ("el expresidente del Gobierno
español José Luis Rodríguez Zapatero") names one of the country's elites (ELI), as it did before a country name
("former presidents of A and B"): a former head of government meeting a president is no meeting between states.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def _sides(text: str) -> set[tuple]:
    return {(e.source.country, e.source.sector) for e in code_text(text, dt.date(2023, 10, 2), "es")}


def test_a_former_head_of_government_is_an_elite() -> None:
    sides = _sides("El expresidente del Gobierno español José Luis Rodríguez Zapatero se reunió en Caracas con "
                   "Nicolás Maduro.")
    assert ("ESP", "ELI") in sides and ("ESP", "GOV") not in sides


def test_the_sitting_head_of_government_is_the_state() -> None:
    sides = _sides("El presidente del Gobierno español, Pedro Sánchez, se reunió con Lula en Brasilia.")
    assert ("ESP", "GOV") in sides
