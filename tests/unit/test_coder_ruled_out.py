"""Text coder, coder 0.3.33: "ruled out sending" is an act that did not happen.

"Scholz ruled out supplying Ukraine with Taurus missiles": the delivery is negated (the scorer drops it), as "did
not send" is; "refused to rule out military force" stays a threat.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text


def _events(text: str, language: str) -> list:
    return code_text(text, dt.date(2024, 3, 1), language)


def test_ruled_out_supplying_is_negated() -> None:
    events = [e for e in _events("Olaf Scholz ruled out supplying Ukraine with Taurus cruise missiles on Monday.", "en")
              if e.cameo.startswith("07")]
    assert events and all(e.negated for e in events)


def test_ruled_out_sending_is_negated() -> None:
    found = _events("Germany ruled out sending Taurus missiles to Ukraine.", "en")
    events = [e for e in found if e.cameo.startswith("07")]
    assert events and all(e.negated for e in events)


def test_refusing_to_rule_out_force_stays_a_threat() -> None:
    events = _events("Trump refused to rule out military force against Venezuela.", "en")
    assert any(e.cameo == "138" and not e.negated for e in events)
