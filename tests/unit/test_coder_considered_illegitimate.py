"""Text coder, coder 0.3.32: judging a state's government illegitimate is criticism.

"Mexico considers Dina Boluarte's government illegitimate", "al considerar ilegítimo al Gobierno de Dina
Boluarte": criticism (111) of that state; the dictionary read "consider" as a meeting (040). "Lo consideró una
amenaza para Venezuela" names whom the thing threatens, not whom the speaker judges, and is left alone.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_considers_a_government_illegitimate() -> None:
    events = triples("Mexico considers Dina Boluarte's government illegitimate.", "en")
    assert ("MEX", "PER", "111") in events
    assert not any(code.startswith("04") for _, _, code in events)


def test_spanish_al_considerar_ilegitimo() -> None:
    events = triples("Bolivia retiró a su embajador en Lima, al considerar ilegítimo al Gobierno de Dina Boluarte.",
                     "es")
    assert ("BOL", "PER", "111") in events
