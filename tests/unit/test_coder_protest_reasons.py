"""Text coder, coder 0.3.42: a protest's reason told "in protest at" or "alegando" a wrong accuses (112) the state
it names, as a reason told "over" or "por" already did (the second sentence, "en protesta por", is a guard: "por"
led it before).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded import triples


@pytest.mark.parametrize(("text", "language"), [
    ("Canada will not send any officials to the Moscow summit in protest at Russia's human rights abuses in "
     "Chechnya.", "en"),
    ("Canadá no enviará a ningún funcionario a la cumbre de Moscú, en protesta por los abusos de Rusia en "
     "Chechenia.", "es"),
    ("El gobierno canadiense anunció que ningún ministro asistirá a la cumbre de Moscú, alegando abusos de Rusia "
     "en Chechenia.", "es"),
])
def test_the_protest_reason_accuses(text: str, language: str) -> None:
    events = triples(text, language, dt.date(2021, 12, 6))
    assert ("CAN", "RUS", "112") in events
