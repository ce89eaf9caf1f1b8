"""Text coder, coder 0.3.37: a war named by its noun with a state after "with"/"con" is armed conflict between the
two (190 both ways), "against"/"contra" force by the owner on that state (190); "its"/"su" in a time phrase is the
main clause's doer. A trade war, "crímenes de guerra contra", a feared "wider war" and a war on drugs are no armed
conflict between states.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded import triples


def _pairs(text: str, language: str = "en") -> set[tuple]:
    return triples(text, language, dt.date(2025, 7, 10))


def test_its_war_with_a_state_is_fought_both_ways() -> None:
    pairs = _pairs("Iran expelled a million Afghans after its twelve-day war with Israel.")
    assert {("IRN", "ISR", "190"), ("ISR", "IRN", "190")} <= pairs


def test_su_guerra_con() -> None:
    pairs = _pairs("Irán expulsó a miles de afganos tras su guerra con Israel.", "es")
    assert {("IRN", "ISR", "190"), ("ISR", "IRN", "190")} <= pairs


@pytest.mark.parametrize(("text", "language"), [
    ("Iran's rial plunged as fears of a wider war with Israel kept traders away.", "en"),
    ("China and the United States are locked in a trade war with tariffs.", "en"),
    ("La Fiscalía de Ucrania abrió una investigación por crímenes de guerra contra militares rusos.", "es"),
    ("Los presidentes de México y Colombia dijeron que la guerra contra las drogas ha fracasado.", "es"),
])
def test_no_war_between_states(text: str, language: str) -> None:
    assert not any(code == "190" for _, _, code in _pairs(text, language))
