"""Text coder, coder 0.3.34: a Spanish joint operation or patrol is cooperation between its parties (062 both ways).

"Las policías de España y Marruecos desarticularon en una operación conjunta una célula", "Las fuerzas armadas de
Colombia y Venezuela realizaron su primera operación conjunta": as English "joint operation" already read ("realizaron
un patrullaje conjunto" read so before too).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "pair"), [
    ("Las policías de España y Marruecos desarticularon en una operación conjunta una célula yihadista.",
     {"ESP", "MAR"}),
    ("Las fuerzas armadas de Colombia y Venezuela realizaron su primera operación conjunta contra el narcotráfico.",
     {"COL", "VEN"}),
    ("Rusia y China realizaron un patrullaje conjunto sobre el mar de Japón.", {"RUS", "CHN"}),
])
def test_the_parties_cooperate_with_each_other(text: str, pair: set[str]) -> None:
    found = {(e.source.country, e.target and e.target.country) for e in code_text(text, dt.date(2023, 5, 1), "es")
             if e.cameo == "062"}
    a, b = sorted(pair)
    assert {(a, b), (b, a)} <= found
