"""Text coder, coder 0.3.28: where probed goods come from, and alerts answering a later clause's doer.

"una investigación antidumping sobre las importaciones de pollo procedente de Brasil": the state the goods come
from ("procedente de", "originating from") is whom a trade probe or an import ban is aimed at; a ship "procedente
de Cuba" still names no target. "elevó su nivel de alerta y reforzó la vigilancia en la frontera después de que
Corea del Norte volara dos carreteras": a readiness step joined by "y"/"and" to another one answers the doer of
the "después de que"/"after" clause, as it does when that clause follows at once.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import Triple, triples


def _events(text: str, language: str) -> set[Triple]:
    return triples(text, language)


def test_a_trade_probe_is_aimed_at_where_the_goods_come_from() -> None:
    events = _events("México abrió una investigación antidumping sobre las importaciones de acero laminado procedente "
                     "de Corea del Sur, tras las quejas de la industria local.", "es")
    assert ("MEX", "KOR", "090") in events


def test_a_ship_from_a_state_is_still_no_target() -> None:
    events = _events("Panamá abrió una investigación sobre un buque procedente de Cuba.", "es")
    assert not any(t == "CUB" for _, t, _ in events)


def test_an_alert_joined_to_another_step_answers_the_later_doer() -> None:
    events = _events("Corea del Sur elevó su nivel de alerta y reforzó la vigilancia en la frontera después de que "
                     "Corea del Norte volara tramos de dos carreteras.", "es")
    assert ("KOR", "PRK", "152") in events
