"""Text coder, coder 0.3.30: the drafter of a vetoed resolution is the veto's target.

"The United States vetoed an Algerian-drafted Security Council resolution", "China vetoed a Security Council
resolution drafted by Algeria": the council only hosts the draft; the state that drafted it is the one rejected.
A resolution with no drafter named keeps the council ("vetoed a Security Council resolution on Syria": Syria is
the topic, not the one vetoed).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_a_demonym_drafter_before_the_council() -> None:
    events = triples("Russia vetoed a Japanese-drafted Security Council resolution on Tuesday.", "en")
    assert ("RUS", "JPN", "129") in events


def test_a_drafter_named_after_drafted_by() -> None:
    events = triples("China vetoed a Security Council resolution drafted by Norway.", "en")
    assert ("CHN", "NOR", "129") in events


def test_a_resolution_on_a_state_is_not_aimed_at_it() -> None:
    events = triples("Russia vetoed a Security Council resolution on Mali.", "en")
    assert not any(t == "MLI" for _, t, _ in events)
