"""Text coder, coder 0.3.44: "el Gobierno de la presidenta Dina Boluarte", "the government of Prime Minister X" is
the leader's state's government; a title between "de"/"of" and the leader's name no longer leaves "Gobierno" an
organ of no country (and the act aimed at it with no state).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.actors import find_actors
from tests.coded import triples


def test_a_government_of_a_titled_leader_is_that_leaders_states() -> None:
    found = find_actors("Criticó al Gobierno de la presidenta Dina Boluarte.", dt.date(2024, 3, 1), "es")
    assert [(m.text, m.code) for m in found] == [("Gobierno de la presidenta Dina Boluarte", "PERGOV")]


def test_an_english_government_of_a_titled_leader() -> None:
    """A guard that held before: the English title with capitals was already joined to the name."""
    found = find_actors("It criticised the government of Prime Minister Benjamin Netanyahu.", dt.date(2024, 3, 1), "en")
    assert [m.code for m in found] == ["ISRGOV"]


def test_calling_a_titled_leaders_government_illegitimate_is_aimed_at_the_state() -> None:
    events = triples("El presidente de México calificó de ilegítimo al Gobierno de la presidenta Dina Boluarte.", "es",
                     dt.date(2024, 3, 1))
    assert ("MEX", "PER", "111") in events
