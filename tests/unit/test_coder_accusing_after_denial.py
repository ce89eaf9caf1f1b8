"""Text coder, coder 0.3.34: a criticism, rejection, demand or threat joined by "and"/"y" to a denial is the
denier's own act, not part of what was denied.

"El canciller iraní negó que Teherán haya suministrado drones a Rusia y acusó a Washington de difundir mentiras",
"Iran's foreign minister denied that Tehran had supplied drones ... and accused Washington": the supply stays
negated, the accusation is made (it was negated with the supply). "Moscow denied that Russia had sent troops and
supplied arms" keeps both sending acts denied (a guard).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> dict[tuple, bool]:
    return {(e.source.country, e.target and e.target.country, e.cameo[:2]): e.negated
            for e in code_text(text, dt.date(2022, 10, 20), language)}


@pytest.mark.parametrize(("text", "language"), [
    ("El canciller iraní negó que Teherán haya suministrado drones a Rusia y acusó a Washington de difundir "
     "mentiras.", "es"),
    ("Iran's foreign minister denied that Tehran had supplied drones to Russia and accused Washington of spreading "
     "lies.", "en"),
])
def test_the_denial_negates_the_supply_not_the_accusation(text: str, language: str) -> None:
    found = _events(text, language)
    assert found[("IRN", "RUS", "07")] is True and found[("IRN", "USA", "11")] is False


def test_a_second_denied_act_stays_denied() -> None:
    found = _events("Moscow denied that Russia had sent troops and supplied arms to Venezuela.", "en")
    assert found and all(found.values())
