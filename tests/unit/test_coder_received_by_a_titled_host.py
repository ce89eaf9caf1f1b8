"""Text coder, coder 0.3.32: a guest received by a host named with a title.

- "Pedro Sánchez fue recibido en Rabat por el rey Mohamed VI", "was received by King Abdullah": a title between
  "por"/"by" and the name leaves the name the passive's agent.
- A host named as the agent of a passive hosts (043) and the guest visits (042), as in the active "Maduro
  recibió a Lavrov"; the passive had the two codes the wrong way round.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_received_by_a_king() -> None:
    events = triples("Pedro Sánchez fue recibido en Rabat por el rey Mohamed VI.", "es")
    assert {("MAR", "ESP", "043"), ("ESP", "MAR", "042")} <= events


def test_passive_host_hosts() -> None:
    events = triples("Lavrov was received by Maduro in Caracas.", "en")
    assert {("VEN", "RUS", "043"), ("RUS", "VEN", "042")} <= events
    assert ("RUS", "VEN", "043") not in events


def test_active_host_unchanged() -> None:
    events = triples("Maduro recibió a Lavrov en Miraflores.", "es")
    assert {("VEN", "RUS", "043"), ("RUS", "VEN", "042")} <= events
