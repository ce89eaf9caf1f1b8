"""Text coder, coder 0.3.25: the talks an agreement came after.

"Thailand and Cambodia agreed to a ceasefire after talks in Putrajaya", "tras conversaciones en Doha": the talks
name no parties of their own; when two or more states agree, support, cooperate or concede together after them,
they are the ones who talked (040, both ways). Talks "with X" after one state's agreement were tried and dropped
(dev_gold 0.675 -> 0.671). After "agreed to" + a verb the talks stay inside the intent and are not coded (a limit).

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text


@pytest.mark.parametrize(("text", "language"), [
    ("Ethiopia and Eritrea signed a peace agreement after talks in Jeddah.", "en"),
    ("Etiopía y Eritrea firmaron un acuerdo de paz tras conversaciones en Yeda.", "es"),
])
def test_talks_before_a_joint_agreement_were_between_its_parties(text: str, language: str) -> None:
    events = {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, None, language)}
    assert {("ETH", "ERI", "040"), ("ERI", "ETH", "040")} <= events


def test_talks_before_a_threat_are_left_alone() -> None:
    events = code_text("Ethiopia and Eritrea threatened Sudan after talks in Jeddah.", None, "en")
    assert not any(e.cameo.startswith("04") for e in events)
