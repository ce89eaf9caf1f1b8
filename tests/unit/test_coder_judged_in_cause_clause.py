"""Text coder, coder 0.3.35: a judgment in a clause of cause or time after an act, made by that act's target about
people who belong to no named state ("después de que París calificara de ilegítimas a las autoridades de
transición"), judges the earlier act's doer: Niger expelled France's envoy because France called Niger's
authorities illegitimate (111 from France to Niger), as a clause naming no target at all already did.

A judgment whose object names a state keeps it.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _criticism(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country) for e in code_text(text, dt.date(2023, 8, 20), language)
            if e.cameo == "111"}


@pytest.mark.parametrize(("text", "language"), [
    ("Níger expulsó al embajador francés días después de que París calificara de ilegítimas a las autoridades de "
     "transición.", "es"),
    ("Niger expelled the French ambassador after France called the authorities illegitimate.", "en"),
])
def test_a_stateless_object_of_the_judgment_is_the_main_acts_doer(text: str, language: str) -> None:
    assert _criticism(text, language) == {("FRA", "NER")}


def test_a_named_state_stays_the_target() -> None:
    text = "Níger expulsó al embajador francés después de que París calificara de ilegítimo al gobierno de Malí."
    assert _criticism(text, "es") == {("FRA", "MLI")}
