"""Text coder, coder 0.3.35: a state's mission right after a verb that carries its own preposition ("irrumpió en la
embajada de México", "stormed the Mexican embassy") is what the act is aimed at, not where it happened: an article
between the verb's preposition and the mission no longer hides it.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def test_a_raid_into_an_embassy_is_aimed_at_its_state() -> None:
    events = code_text("La policía ecuatoriana irrumpió en la embajada de México en Quito para detener al "
                       "exvicepresidente Jorge Glas.", dt.date(2024, 4, 6), "es")
    assert ("ECU", "MEX") in {(e.source.country, e.target and e.target.country) for e in events}
