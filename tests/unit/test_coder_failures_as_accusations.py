"""Text coder, coder 0.3.36: a state said to have "failed to protect" (or prevent, stop, honour ...) or to have
chosen a "premeditated" war is accused of it (112), like other accusation content after ", saying"; a speaker's
own failure accuses no one.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _accusations(text: str, language: str = "en") -> set[tuple]:
    return {(e.source.country, e.target and e.target.country)
            for e in code_text(text, dt.date(2022, 2, 24), language) if e.cameo == "112"}


@pytest.mark.parametrize(("text", "pair"), [
    ("The State Department expelled 15 Cuban diplomats on Tuesday, saying Havana had failed to protect American "
     "embassy staff.", ("USA", "CUB")),
    ("Joe Biden announced sanctions on Russia's largest banks, saying Vladimir Putin had chosen a premeditated war.",
     ("USA", "RUS")),
])
def test_failures_and_premeditation_are_accusation_content(text: str, pair: tuple) -> None:
    assert pair in _accusations(text)


def test_spanish_failure_to_guarantee_safety_is_accusation_content() -> None:
    assert ("USA", "CUB") in _accusations("Estados Unidos expulsó a 15 diplomáticos cubanos, alegando que La Habana "
                                          "no garantizó la seguridad de su personal.", "es")


def test_a_speakers_own_failure_accuses_no_one() -> None:
    assert _accusations("Cuba said it had failed to protect the diplomats.") == set()
