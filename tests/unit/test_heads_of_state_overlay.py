"""The project's overlay of heads of state the field's dictionaries lack (popes, monarchs, emirs who took office after
the dictionaries were made): each names its state's government within its tenure only, and is an elite (ELI)
outside it.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import find_actors, fold


def _countries(text: str, day: dt.date) -> set[str | None]:
    """The states whose government the text names on ``day`` (an office holder out of office is an elite, ELI)."""
    return {m.country for m in find_actors(text, day, None, fold(text)) if m.sector == "GOV"}


@pytest.mark.parametrize(("text", "day", "country"), [
    ("El papa Francisco recibió al presidente.", dt.date(2019, 6, 1), "VAT"),
    ("Pope Leo XIV received the president.", dt.date(2025, 9, 1), "VAT"),
    ("El rey Felipe VI recibió al presidente.", dt.date(2023, 6, 1), "ESP"),
    ("King Charles received the president.", dt.date(2023, 6, 1), "GBR"),
    ("Emir Tamim bin Hamad received the president.", dt.date(2021, 6, 1), "QAT"),
    ("Emperor Naruhito received the president.", dt.date(2023, 6, 1), "JPN"),
])
def test_a_head_of_state_resolves_within_tenure(text: str, day: dt.date, country: str) -> None:
    assert country in _countries(text, day)


@pytest.mark.parametrize(("text", "day", "country"), [
    ("Pope Leo XIV received the president.", dt.date(2020, 6, 1), "VAT"),
    ("King Charles received the president.", dt.date(2010, 6, 1), "GBR"),
])
def test_outside_tenure_a_head_of_state_is_no_government(text: str, day: dt.date, country: str) -> None:
    assert country not in _countries(text, day)
