"""Text coder, coder 0.3.45: a warning, a seizure or a pledge joined to the act before it.

"demanded that Manila remove the ship and warned that it would not tolerate ...", "shot down a jet and captured its
pilot": a verb of warning, threatening or seizing joined by "and"/"y" to an act of the same doers, naming no one itself,
is aimed at that act's target (a seized object that is definite, owned, counted, a bare plural or one of the people
on board: "seized a ship" still borrows nothing); after an accusation, at the accused (not at whom the accused act was
done to). A pledge joined so to a friendly act ("apologised to Congo and pledged aid") is to the same state; after a
hostile act it borrows no one. An ultimatum joined so ("y dio 24 horas a sus diplomáticos") is no warning verb and keeps
its own reading.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _dyads(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2])
            for e in code_text(text, dt.date(2024, 5, 2), language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language", "warning"), [
    ("Beijing demanded that Manila remove the grounded ship, and warned that it would not tolerate new repairs.", "en",
     ("CHN", "PHL", "13")),
    ("Caracas exigió a Guyana suspender la subasta petrolera y advirtió que no reconocerá ninguna concesión.", "es",
     ("VEN", "GUY", "13")),
    ("Moscow accused Kyiv of shelling the plant with drones supplied by Britain and threatened a harsh response.", "en",
     ("RUS", "UKR", "13")),
    ("Ankara shot down a Syrian drone over Hatay and captured its operator.", "en", ("TUR", "SYR", "17")),
    ("Ankara shot down two Syrian jets over Hatay and captured a pilot.", "en", ("TUR", "SYR", "17")),
    ("Libyan coast guards fired on two Maltese navy boats and seized radios.", "en", ("LBY", "MLT", "17")),
    ("La Armada colombiana interceptó un buque venezolano y decomisó su carga de combustible.", "es",
     ("COL", "VEN", "17")),
])
def test_a_joined_warning_or_seizure_is_aimed_at_the_previous_target(text: str, language: str, warning: tuple) -> None:
    assert warning in _dyads(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Belgium formally apologised to Congo and pledged 200 million euros in development aid.", "en"),
    ("Bélgica pidió perdón oficialmente al Congo y se comprometió a aportar 200 millones de euros en ayuda.", "es"),
])
def test_a_pledge_after_a_friendly_act_is_to_the_same_state(text: str, language: str) -> None:
    dyads = _dyads(text, language)
    assert ("BEL", "COD", "03") in dyads, dyads


def test_a_pledge_after_a_hostile_act_borrows_nothing() -> None:
    dyads = _dyads("Russia sanctioned Georgia and pledged new weapons.", "en")
    assert ("RUS", "GEO", "16") in dyads and ("RUS", "GEO", "03") not in dyads, dyads


def test_after_an_accusation_the_warning_is_aimed_at_the_accused_not_its_victim() -> None:
    dyads = _dyads("Moscow accused Washington of arming Kyiv with long-range missiles and warned of a response.", "en")
    assert ("RUS", "USA", "13") in dyads and ("RUS", "UKR", "13") not in dyads, dyads


def test_a_warning_after_another_doer_s_act_borrows_nothing() -> None:
    dyads = _dyads("Peru recalled its envoy from Bolivia, and Chile warned that it would respond.", "en")
    assert not any(d[0] == "CHL" and d[2] == "13" and d[1] == "BOL" for d in dyads), dyads
