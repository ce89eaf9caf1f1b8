"""Text coder, coder 0.3.35: a match decided at a World Cup ("venció a Francia en los penaltis en la final del
Mundial") is sport, no act between states, while staying away from the final is still a boycott; "antiguas" and
"antigua" in lower case mean former ("las antiguas FARC"), not Antigua and Barbuda (the field's Spanish actor
dictionary lists "antiguas" as its demonym).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def _events(text: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2022, 12, 19), "es")}


def test_a_world_cup_match_is_no_event() -> None:
    assert _events("Brasil venció a Alemania en los penaltis en la final del Mundial.") == set()


def test_staying_away_from_the_final_is_still_a_boycott() -> None:
    assert ("FRA", "QAT", "143") in _events("Ningún ministro francés asistirá a la final del Mundial en Qatar.")


def test_former_in_lower_case_names_no_state() -> None:
    events = _events("Disidentes de las antiguas FARC colombianas atacaron a una patrulla del ejército venezolano.")
    assert not any("ATG" in (e[0], e[1]) for e in events)


def test_antigua_and_barbuda_is_still_a_state() -> None:
    assert ("VEN", "ATG", "070") in _events("Venezuela envió ayuda a Antigua y Barbuda.")
