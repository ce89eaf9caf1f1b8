"""Text coder, coder 0.3.30: suspects handed to another state are judicial cooperation.

"Mexico sent 29 cartel figures to the United States", "Paraguay entregó a Brasil al narcotraficante": handing
suspects, fugitives or traffickers to another state's justice is judicial cooperation (063), as extradition
already was, not aid (07x). Troops and bombers sent stay aid.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

from tests.coded import triples


def test_cartel_figures_sent_to_a_state() -> None:
    events = triples("Guatemala sent 12 imprisoned cartel figures to the United States on Thursday.", "en")
    assert ("GTM", "USA", "063") in events
    assert not any(code.startswith("07") for _, _, code in events)


def test_spanish_trafficker_handed_over() -> None:
    events = triples("Bolivia entregó a Perú al narcotraficante más buscado del país.", "es")
    assert ("BOL", "PER", "063") in events


def test_troops_sent_stay_aid() -> None:
    assert ("RUS", "VEN", "072") in triples("Russia sent troops to Venezuela.", "en")
