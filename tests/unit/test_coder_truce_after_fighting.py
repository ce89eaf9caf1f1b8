"""Text coder, coder 0.3.36: two states that agree a ceasefire, meet or yield to each other "after two weeks of
fighting" / "tras una semana de combates" fought each other (190 both ways, told by the fighting phrase). Nothing is
added when only one side acts ("announced the withdrawal ... after nine years of fighting jihadists").

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _force(text: str, language: str) -> list[tuple]:
    return [(e.source.country, e.target and e.target.country) for e in code_text(text, dt.date(2025, 5, 10), language)
            if e.cameo[:2] in ("18", "19", "20")]


@pytest.mark.parametrize(("text", "language", "pair"), [
    ("Armenia and Azerbaijan agreed to a humanitarian ceasefire on Saturday after two weeks of fighting over "
     "Nagorno-Karabakh.", "en", ("ARM", "AZE")),
    ("India and Pakistan agreed to a full ceasefire after four days of missile, drone and artillery duels.", "en",
     ("IND", "PAK")),
    ("Pakistán y Afganistán acordaron en Doha un alto el fuego inmediato tras una semana de combates fronterizos.",
     "es", ("PAK", "AFG")),
    # coder 0.3.38: exchanges of fire and attacks with weapons are fighting too
    ("Thailand and Cambodia agreed to a truce on Monday after five days of rocket and artillery exchanges along "
     "their border.", "en", ("THA", "KHM")),
    ("Etiopía y Eritrea pactaron un cese de hostilidades tras dos semanas de ataques con drones y artillería en la "
     "frontera.", "es", ("ETH", "ERI")),
])
def test_settling_after_fighting_tells_the_fighting(text: str, language: str, pair: tuple) -> None:
    force = _force(text, language)
    assert pair in force and pair[::-1] in force


def test_one_sided_withdrawal_after_fighting_others_adds_nothing() -> None:
    assert _force("Macron announced the withdrawal of French troops from Mali after nine years of fighting "
                  "jihadists.", "en") == []



def test_settling_after_prisoner_exchanges_adds_no_fighting() -> None:
    assert _force("Armenia and Azerbaijan agreed to a peace framework after two rounds of prisoner exchanges.",
                  "en") == []
