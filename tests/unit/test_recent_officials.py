"""Coder 0.3.23: office holders after the field's dictionaries end (about 2018) are in the project's overlay with
their tenure, so a sentence that names only the person ("El ministro de Asuntos Exteriores, José Manuel Albares,
...") still has its state; one name may hold two offices in turn (Lecornu: defence, then prime minister).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.actors import find_actors
from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "day", "country", "sector"), [
    ("José Manuel Albares said on Monday.", dt.date(2023, 5, 2), "ESP", "GOV"),
    ("Annalena Baerbock said on Monday.", dt.date(2022, 5, 2), "DEU", "GOV"),
    ("Kuleba said on Monday.", dt.date(2022, 5, 2), "UKR", "GOV"),
    ("Jaishankar said on Monday.", dt.date(2023, 5, 2), "IND", "GOV"),
    ("Sébastien Lecornu said on Monday.", dt.date(2023, 5, 2), "FRA", "MIL"),
    ("Sébastien Lecornu said on Monday.", dt.date(2025, 11, 2), "FRA", "GOV"),
    ("Denys Shmyhal said on Monday.", dt.date(2022, 5, 2), "UKR", "GOV"),
    ("Denys Shmyhal said on Monday.", dt.date(2025, 9, 2), "UKR", "MIL"),
    ("Mao Ning said on Monday.", dt.date(2023, 5, 2), "CHN", "GOV"),
])
def test_recent_office_holders_have_their_state(text: str, day: dt.date, country: str, sector: str) -> None:
    found = [(m.country, m.sector) for m in find_actors(text, on=day, language="en")]
    assert found == [(country, sector)]


def test_an_event_told_by_the_minister_alone_has_a_source() -> None:
    events = code_text("El ministro de Asuntos Exteriores, José Manuel Albares, exigió una disculpa pública al "
                       "presidente argentino.", language="es", on=dt.date(2024, 5, 20))
    assert {(e.source.country, e.target.country, e.cameo) for e in events if e.target} == {("ESP", "ARG", "100")}


def test_a_surname_that_is_an_english_word_is_no_alias() -> None:
    # "Cleverly" is left out of James Cleverly's aliases: an adverb must never name the British government
    assert not find_actors("Iran cleverly avoided the question.", on=dt.date(2023, 1, 5), language="en")[1:]
