"""Text coder, coder 0.3.30: Spanish absences in the plural and after "tampoco"; "acudir a" an event.

"Los presidentes de Bolivia y Honduras tampoco acudieron a la Cumbre de las Américas de Los Ángeles": any form of
"asistir", "acudir", "participar" or "viajar" after "no"/"tampoco" states an absence (a boycott, 143, of the host),
not only the singular or the infinitive. "Acudió a la cumbre" is attending, no appeal (the dictionary's "acudir a"
is turning to someone for help, which stays).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_plural_absence_after_tampoco_is_a_boycott_of_the_host() -> None:
    events = triples("Los presidentes de Bolivia y Honduras tampoco acudieron a la Cumbre de las Américas de "
                     "Los Ángeles.", "es")
    assert {("BOL", "USA", "143"), ("HND", "USA", "143")} <= events
    assert not any(code.startswith("02") for _, _, code in events)


def test_attending_a_summit_is_no_appeal() -> None:
    assert not any(code.startswith("02") for _, _, code in triples("Bolivia acudió a la cumbre en Caracas.", "es"))


def test_turning_to_a_state_for_help_stays_an_appeal() -> None:
    events = triples("Bolivia acudió a Rusia en busca de ayuda.", "es")
    assert any(s == "BOL" and t == "RUS" and code.startswith("02") for s, t, code in events)
