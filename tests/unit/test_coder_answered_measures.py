"""Text coder, coder 0.3.28: an act answered by "a similar move", told after the act that answers it.

"Russia expelled two Estonian diplomats in response to a similar move by Tallinn", "en respuesta a una medida
idéntica adoptada por Argelia": the state named after "by"/"por" did the same act earlier, to the one now
answering it (an echo reversed, as "responded in kind" already was). A response to a move that is not said to be
the same names no echo.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import Triple, triples


def _events(text: str, language: str) -> set[Triple]:
    return triples(text, language)


def test_a_similar_move_by_a_state_is_the_same_act_reversed() -> None:
    events = _events("Russia expelled two Estonian diplomats in response to a similar move by Tallinn.", "en")
    assert {("RUS", "EST", "161"), ("EST", "RUS", "161")} <= events


def test_spanish_identical_measure_by_a_state() -> None:
    events = _events("Francia llamó a consultas a su embajador en Argel, en respuesta a una medida idéntica adoptada "
                     "por Argelia el fin de semana.", "es")
    assert ("DZA", "FRA", "161") in events


def test_a_response_to_another_kind_of_move_is_no_echo() -> None:
    events = _events("Russia expelled two Estonian diplomats in response to a statement by Tallinn.", "en")
    assert ("EST", "RUS", "161") not in events
