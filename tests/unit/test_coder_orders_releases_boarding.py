"""Text coder, coder 0.3.24: force ordered or launched, pardons, boarding, weapons packages, people charged.

- "ordered a special military operation in Ukraine", "ordenó una operación militar en Ucrania", "lanzó una
  operación militar contra Ucrania", "ordered an attack on": the use of force (190), not a demand or a threat;
  a verb without a project row of its own ("order", "ordenar") keeps the dictionaries' other readings
  ("ordered 15 Cuban diplomats to leave" is still an expulsion);
- "pardoned seven Iranians", "granted clemency to", "indultó a": a release (0841), not a concession or aid;
- "boarded Philippine navy boats", "abordaron buques": a seizure (171); "abordaron la crisis" is no act;
- "a $2.5 billion weapons package for Ukraine": military aid (072); an aid or arms package a criticism is about
  ("lashed out at Washington over a new aid package for Taiwan") is not the critic's aid;
- "charged two Russian officers over the poisoning": a number of a state's people charged are taken to court
  (173), while a state or a named leader charged is accused (112).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, language=language) if not e.negated}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Putin ordered a special military operation in Ukraine.", "en", {("RUS", "UKR", "190")}),
    ("Putin ordered an attack on Ukraine.", "en", {("RUS", "UKR", "190")}),
    ("Putin ordenó una operación militar en Ucrania.", "es", {("RUS", "UKR", "190")}),
    ("Rusia lanzó una operación militar contra Ucrania.", "es", {("RUS", "UKR", "190")}),
    ("The United States pardoned seven Iranians.", "en", {("USA", "IRN", "0841")}),
    ("The United States granted clemency to seven Iranians.", "en", {("USA", "IRN", "0841")}),
    ("Estados Unidos indultó a siete iraníes.", "es", {("USA", "IRN", "0841")}),
    ("Chinese coast guard personnel boarded Philippine navy boats.", "en", {("CHN", "PHL", "171")}),
    ("The Pentagon unveiled a $2.5 billion weapons package for Ukraine.", "en", {("USA", "UKR", "072")}),
    ("Beijing lashed out at Washington on Tuesday over a new aid package for Taiwan.", "en", {("CHN", "USA", "111")}),
    ("Britain charged two Russian military intelligence officers over the poisoning.", "en",
     {("GBR", "RUS", "173")}),
    ("Russia charged the United States with meddling.", "en", {("RUS", "USA", "112")}),
    ("The United States charged Maduro with drug trafficking.", "en", {("USA", "VEN", "112")}),
])
def test_the_act_is_coded(text: str, language: str, expected: set[tuple]) -> None:
    assert _events(text, language) == expected


def test_order_keeps_the_dictionaries_other_readings() -> None:
    assert _events("The State Department ordered 15 Cuban diplomats to leave the country.", "en") \
        == {("USA", "CUB", "161")}


def test_abordar_a_topic_is_no_act() -> None:
    assert _events("Los cancilleres de Brasil y Argentina abordaron la crisis venezolana.", "es") \
        <= {("BRA", "ARG", "040"), ("ARG", "BRA", "040")}
