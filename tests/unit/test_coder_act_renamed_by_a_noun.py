"""Text coder, coder 0.3.33: "a move X called reckless" names the act just told, as "in what X called" did.

"..., in a decision Tokyo called extremely regrettable", "a move Washington called reckless": the namer criticises
the act's doer (111); the doer's own framing ("in what Moscow described as cooperation") stays no event. The
"reckless" case already held through the rows for "called" with a judging word; it stays as a guard.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_decision_another_state_called_regrettable() -> None:
    events = triples("South Korea said it would scrap its intelligence-sharing pact with Japan, in a decision Tokyo "
                     "called extremely regrettable.", "en")
    assert ("JPN", "KOR", "111") in events


def test_a_move_another_state_called_reckless() -> None:
    events = triples("Two Russian bombers landed in Caracas, a move Washington called reckless.", "en")
    assert ("USA", "RUS", "111") in events


def test_the_doers_own_naming_is_no_criticism() -> None:
    events = triples("Two Russian bombers landed in Caracas, in what Moscow described as cooperation.", "en")
    assert not any(code == "111" for _, _, code in events)
