"""Text coder, coder 0.3.35: the state that asked for an act, named between commas right after the verb
("Grecia confiscó, a petición de Estados Unidos, un cargamento de crudo iraní"), is no target of the act when a
state the act's object names (the Iranian cargo) can be: Greece seized Iran's crude (171) at the United States'
request (020). Before, the asker came first among the adjective-named candidates and took the seizure; the
English case, with the asker after the object, was already right and guards the order.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple]:
    return {(e.source.country, e.target and e.target.country, e.cameo)
            for e in code_text(text, dt.date(2019, 7, 4), language)}


@pytest.mark.parametrize(("text", "language"), [
    ("Grecia confiscó, a petición de Estados Unidos, un cargamento de crudo iraní frente a sus costas.", "es"),
    ("Greece seized a cargo of Iranian crude at the request of the United States.", "en"),
])
def test_the_asker_is_no_target_when_the_cargo_names_its_owner(text: str, language: str) -> None:
    events = _events(text, language)
    assert ("GRC", "IRN", "171") in events and ("USA", "GRC", "020") in events
    assert ("GRC", "USA", "171") not in events

