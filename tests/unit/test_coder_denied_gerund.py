"""Text coder, coder 0.3.41: "denied" before a gerund denies that act; it rejects nothing.

"an attack Ankara denied carrying out" had coded Turkey rejecting Iraq (120): "carrying out" is no event word,
so the denial stood alone and fell back to a rejection. Any gerund after "deny" now makes it a negation, as
"denied sending" always was; the act the gerund names is coded negated when it is one.

The sentences are written for these tests (not taken from any evaluation set).
"""
from __future__ import annotations

import pytest

from flows.normalize.coder import code_text
from tests.coded import triples


@pytest.mark.parametrize(("text", "complaint"), [
    ("Iraq summoned Turkey's ambassador to protest against shelling that killed nine tourists in Zakho, an attack "
     "Ankara denied carrying out.", ("IRQ", "TUR", "114")),
    ("Moscow accused Kyiv of a drone raid on an airbase in Pskov, which Ukraine has denied carrying out.",
     ("RUS", "UKR", "112")),
])
def test_a_denied_gerund_is_no_rejection(text: str, complaint: tuple[str, str, str]) -> None:
    events = triples(text, "en")
    assert complaint in events
    assert not any(code.startswith("12") for _, _, code in events)


def test_a_denied_act_word_stays_negated_not_rejected() -> None:
    """Guard (held before the change): "denied sending" negates the sending."""
    events = code_text("Tehran denied sending attack drones to Moscow.", None, "en")
    assert [(e.source.country, e.target and e.target.country, e.cameo[:2], e.negated) for e in events] \
        == [("IRN", "RUS", "07", True)]


def test_a_denied_request_is_still_a_rejection() -> None:
    """Guard (held before the change): a noun after "denied" is what is turned down."""
    assert any(code.startswith("12") and src == "TUR" for src, _, code in
               triples("Turkey denied Iraq's request for more water from the Tigris.", "en"))
