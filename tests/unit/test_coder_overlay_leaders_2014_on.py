"""Actors, coder 0.3.35: leaders the overlay lacked or named only in full: Petro Poroshenko, Ukraine's president
from June 2014 to May 2019 (the field's dictionaries know him only in earlier offices), and the lone surnames
"Petro" (Colombia's president from August 2022) and "Arce" (Bolivia's, November 2020 to November 2025), both
capitalised-only words.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.actors import find_actors


@pytest.mark.parametrize(("text", "day", "language", "code"), [
    ("Poroshenko met Putin in Minsk.", dt.date(2015, 2, 11), "en", "UKRGOV"),
    ("Petro Poroshenko met Putin in Minsk.", dt.date(2015, 2, 11), "en", "UKRGOV"),
    ("Petro y Maduro acordaron reabrir la frontera.", dt.date(2023, 6, 1), "es", "COLGOV"),
    ("Arce pidió a Chile un diálogo.", dt.date(2023, 6, 1), "es", "BOLGOV"),
])
def test_the_leader_is_found_on_the_day(text: str, day: dt.date, language: str, code: str) -> None:
    assert find_actors(text, day, language)[0].code == code


def test_poroshenko_after_his_tenure_is_no_state() -> None:
    assert find_actors("Petro Poroshenko met Zelensky in Kyiv.", dt.date(2023, 2, 11), "en")[0].sector != "GOV"
