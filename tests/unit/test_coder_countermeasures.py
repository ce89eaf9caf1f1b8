"""Text coder, coder 0.3.26: countermeasures and revenge vowed.

- "vowed resolute countermeasures against Washington", "vowed revenge against Israel", "prometió contramedidas
  contra X": a vow of countermeasures or revenge is a threat (130), not an offer;
- "demanded that Washington revoke the sale, and vowed countermeasures": the vow joined to a demand warns the state
  the demand was made of.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, None, language)}


@pytest.mark.parametrize(("text", "language"), [
    ("Beijing vowed resolute countermeasures against Washington if the sale went ahead.", "en"),
    ("Pekín prometió contramedidas contundentes contra Washington si la venta sigue adelante.", "es"),
    ("Beijing demanded that Washington revoke the arms sale to Taiwan, and vowed resolute countermeasures if the "
     "package went ahead.", "en"),
])
def test_countermeasures_vowed_are_a_threat(text: str, language: str) -> None:
    events = _events(text, language)
    assert ("CHN", "USA", "130") in events
    assert not any(code.startswith("03") for *_, code in events)


def test_revenge_vowed_is_a_threat() -> None:
    assert ("IRN", "ISR", "130") in _events("Tehran vowed revenge against Israel.", "en")
