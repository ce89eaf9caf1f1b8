"""Text coder, coder 0.3.35: force done "during their occupation of the town" / "durante la ocupación de" tells
the occupation too: the force's doer occupied its target's land (192), beside the killings (18x-20x). The phrase
alone, with no force before it, codes nothing (an occupation noun on its own was tried as an event in 0.3.33 and
left out).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2022, 4, 5), language)}


@pytest.mark.parametrize(("text", "language"), [
    ("Russian troops killed hundreds of Ukrainian civilians during their month-long occupation of the town.", "en"),
    ("Las tropas rusas mataron a cientos de civiles ucranianos durante la ocupación de la ciudad.", "es"),
    # 0.3.36: "durante el mes de ocupación" (a masculine article before the time noun)
    ("Las tropas rusas mataron a cientos de civiles ucranianos durante el mes de ocupación de Bucha.", "es"),
])
def test_force_during_an_occupation_tells_it(text: str, language: str) -> None:
    assert ("RUS", "UKR", "192") in _events(text, language)


def test_an_occupation_told_alone_codes_nothing() -> None:
    assert not any(e[2] == "192" for e in _events("Ukrainians remember the occupation of the town.", "en"))
