"""Text coder, coder 0.3.34: a vow or warning that another state "would be punished" / "será castigado" threatens it.

"Tehran vowed on Tuesday that Israel would be punished for the attack": a threat (13x) to Israel, not an intent to
cooperate (03x); "Teherán dijo que Israel será castigado" likewise (the speaker threatens); so is a vow that
the attack "no quedará sin respuesta" (will not go unanswered).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "language"), [
    ("Tehran vowed on Tuesday that Israel would be punished for the attack.", "en"),
    ("Teherán dijo que Israel será castigado por el ataque.", "es"),
])
def test_the_vow_threatens_the_state_to_be_punished(text: str, language: str) -> None:
    found = {(e.source.country, e.target and e.target.country, e.cameo[:2])
             for e in code_text(text, dt.date(2024, 4, 2), language)}
    assert found == {("IRN", "ISR", "13")}


def test_an_attack_that_will_not_go_unanswered_is_a_threat() -> None:
    found = {(e.source.country, e.target and e.target.country, e.cameo[:2])
             for e in code_text("El bombardeo israelí mató al general iraní Abbas Nilforushan, confirmó Teherán, que "
                                "prometió que el ataque no quedará sin respuesta.", dt.date(2024, 9, 28), "es")}
    assert ("IRN", "ISR", "13") in found
