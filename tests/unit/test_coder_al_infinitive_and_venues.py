"""Text coder, coder 0.3.28: Spanish "al" before an infinitive, and a venue before the one received.

"Xi Jinping elogió la amistad con Cuba al recibir en Pekín al presidente cubano": "al" before an infinitive opens
a clause of its own ("upon receiving"), its verb is no noun, so the visit is coded (043 and 042) besides the
praise. "recibió en Pekín al presidente de Cuba": the host's own capital after "en" is where the act took place,
not a domestic object that would hide the guest.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import Triple, triples


def _events(text: str) -> set[Triple]:
    return triples(text, "es")


def test_al_before_an_infinitive_is_a_clause_of_its_own() -> None:
    events = _events("Xi Jinping elogió la amistad entre China y Cuba al recibir en Pekín al presidente cubano.")
    assert ("CHN", "CUB", "051") in events
    assert {("CHN", "CUB", "043"), ("CUB", "CHN", "042")} <= events


def test_the_hosts_capital_is_no_object() -> None:
    events = _events("Xi Jinping recibió en Pekín al presidente de Cuba.")
    assert {("CHN", "CUB", "043"), ("CUB", "CHN", "042")} <= events


def test_al_before_a_noun_is_still_an_article() -> None:
    events = _events("Rusia envió ayuda al Gobierno de Venezuela.")
    assert any(s == "RUS" and t == "VEN" and code.startswith("07") for s, t, code in events)
