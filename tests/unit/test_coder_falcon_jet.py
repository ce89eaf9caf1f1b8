"""Text coder, coder 0.3.36: "a Dassault Falcon jet" is an aircraft, not the armed group the dictionaries' lone
"falcon" names (which made Iran's rebels the target of a seizure of Maduro's plane); the plane's user is whose it
is.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.actors import find_actors
from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "language"), [
    ("U.S. authorities seized a Dassault Falcon jet used by Nicolás Maduro in the Dominican Republic.", "en"),
    ("Estados Unidos incautó en República Dominicana un avión Dassault Falcon utilizado por Nicolás Maduro.", "es"),
])
def test_seizing_maduros_falcon_jet_is_aimed_at_venezuela(text: str, language: str) -> None:
    pairs = {(e.source.country, e.target and e.target.country) for e in code_text(text, dt.date(2024, 9, 2), language)}
    assert ("USA", "VEN") in pairs
    assert not any(t == "IRN" for _, t in pairs)


def test_falcon_is_no_actor() -> None:
    assert not [m for m in find_actors("Two F-16 Fighting Falcon jets and a Falcon 900 landed.", None, "en")
                if m.country == "IRN"]
